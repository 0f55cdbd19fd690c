"""Tests of scripts/derive_spec.py: the derivation of openapi/c8y-core.json from upstream."""

from __future__ import annotations

import copy
import http.server
import json
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import derive_spec as ds

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
LATEST = SHARED / "spec" / "c8y-oas-latest.yml"
OLDER = SHARED / "spec" / "c8y-oas-10.18.0.json"
OVERLAY = ROOT / "openapi" / "overlay.yaml"
COMMITTED = ROOT / "openapi" / "c8y-core.json"
COMMITTED_RECORD = ROOT / "openapi" / "c8y-core.sha256.json"

needs_latest = pytest.mark.skipif(
    not LATEST.is_file(), reason=f"upstream document not present at {LATEST} (outside the repo)"
)
needs_older = pytest.mark.skipif(
    not OLDER.is_file(), reason=f"upstream 10.18.0 document not present at {OLDER}"
)

SCALAR_TYPES = {"string", "number", "integer", "boolean"}
NAME_MAPS = {
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
    "paths",
    "webhooks",
    "content",
    "encoding",
    "variables",
    "scopes",
    "mapping",
    "examples",
}
DATA_KEYS = {"example", "default", "enum", "const", "value"}


# ------------------------------------------------------------------------------------------
# Helpers, written independently of the module under test
# ------------------------------------------------------------------------------------------


def prose_positions(node: Any, path: str = "") -> Iterator[str]:
    """Yield the pointers of prose keys in prose positions, found by a generic walk.

    Map keys of name maps (property names, component names, ...) are names, not keys of an
    OpenAPI object, and data values (examples, defaults, enums) are not looked into. A response
    may keep an empty description, which OpenAPI requires.
    """
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from prose_positions(item, f"{path}/{index}")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        where = f"{path}/{ds.escape_token(key)}"
        required_empty = value == "" and re.search(r"/responses/[^/]+$", path)
        if key.startswith("x-") or (key in ("description", "summary") and not required_empty):
            yield where
        if key in DATA_KEYS or (key == "examples" and isinstance(value, list)):
            continue
        if key in NAME_MAPS and isinstance(value, dict):
            for name, child in value.items():
                yield from prose_positions(child, f"{where}/{ds.escape_token(name)}")
        else:
            yield from prose_positions(value, where)


def prose_texts(document: Any) -> list[str]:
    """The prose strings of a document, at the positions `prose_positions` finds."""
    texts = []
    for pointer in prose_positions(document):
        found, value = ds.resolve_pointer(document, ds.parse_pointer(pointer))
        if found and isinstance(value, str):
            texts.append(value)
    return texts


def all_strings(node: Any) -> Iterator[str]:
    """Every string of a document, keys included."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from all_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from all_strings(item)
    elif isinstance(node, str):
        yield node


def all_dicts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from all_dicts(value)
    elif isinstance(node, list):
        for item in node:
            yield from all_dicts(item)


def operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return {
        (method, path): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in methods
    }


def resolve(document: dict[str, Any], ref: str) -> dict[str, Any]:
    found, value = ds.resolve_pointer(document, ds.parse_pointer(ref[1:]))
    assert found, ref
    assert isinstance(value, dict), ref
    return value


def media_examples(document: dict[str, Any]) -> dict[str, Any]:
    """Examples of the media types of operations and component responses, by pointer."""
    found: dict[str, Any] = {}
    places: list[tuple[str, Any]] = []
    for (method, path), operation in operations(document).items():
        base = f"/paths/{ds.escape_token(path)}/{method}"
        places.append((f"{base}/requestBody", operation.get("requestBody")))
        for code, response in operation["responses"].items():
            places.append((f"{base}/responses/{code}", response))
    for name, response in document["components"].get("responses", {}).items():
        places.append((f"/components/responses/{name}", response))
    for where, holder in places:
        if not isinstance(holder, dict):
            continue
        for media_type, media in holder.get("content", {}).items():
            for key in ("example", "examples"):
                if key in media:
                    examples = media[key]
                    if key == "examples":
                        examples = {name: ex.get("value") for name, ex in examples.items()}
                    found[f"{where}/content/{ds.escape_token(media_type)}/{key}"] = examples
    return found


def minimal_spec(**paths: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Vendor", "version": "9.9", "description": "Vendor words."},
        "paths": paths
        or {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok"}}}}},
    }


def write(path: Path, content: Any) -> Path:
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def run_cli(
    capsys: pytest.CaptureFixture[str], upstream: str, tmp_path: Path, overlay: Path = OVERLAY
) -> tuple[int, str, Path, Path]:
    output, record = tmp_path / "out" / "c8y-core.json", tmp_path / "out" / "c8y-core.sha256.json"
    code = ds.main(
        [
            "--upstream",
            upstream,
            "--overlay",
            str(overlay),
            "--output",
            str(output),
            "--record",
            str(record),
        ]
    )
    return code, capsys.readouterr().err, output, record


# ------------------------------------------------------------------------------------------
# Fixtures: each upstream document is parsed and derived once per module
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def overlay() -> ds.Overlay:
    return ds.load_overlay(OVERLAY)


@pytest.fixture(scope="module")
def latest_bytes() -> bytes:
    if not LATEST.is_file():
        pytest.skip(f"upstream document not present at {LATEST} (outside the repo)")
    return LATEST.read_bytes()


@pytest.fixture(scope="module")
def upstream(latest_bytes: bytes) -> dict[str, Any]:
    document: dict[str, Any] = ds.parse_document(latest_bytes, "latest")
    return document


@pytest.fixture(scope="module")
def latest(latest_bytes: bytes, overlay: ds.Overlay) -> ds.Derivation:
    return ds.derive(latest_bytes, overlay)


@pytest.fixture(scope="module")
def derived(latest: ds.Derivation) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(latest.output)
    return document


# ------------------------------------------------------------------------------------------
# The latest upstream document
# ------------------------------------------------------------------------------------------


def test_derivation_is_deterministic(
    latest_bytes: bytes, overlay: ds.Overlay, latest: ds.Derivation
) -> None:
    again = ds.derive(latest_bytes, overlay)
    assert again.output == latest.output
    assert ds.record(latest_bytes, again) == ds.record(latest_bytes, latest)
    assert latest.output.endswith(b"}\n")
    assert list(json.loads(latest.output)) == [
        "openapi",
        "info",
        "servers",
        "security",
        "tags",
        "paths",
        "components",
    ]


# What the committed overlay adds to an operation's parameters (its edits say why).
OVERLAY_ADDED_PARAMETERS: dict[tuple[str, str], list[Any]] = {
    ("get", "/identity/globalIds/{id}/externalIds"): [
        "#/components/parameters/queryParam_currentPage",
        "#/components/parameters/queryParam_pageSize",
        "#/components/parameters/queryParam_withTotalElements",
        "#/components/parameters/queryParam_withTotalPages",
    ],
}


# Paths the platform serves and upstream omits, with the operations the overlay declares for them.
OVERLAY_ADDED_PATHS: dict[str, list[str]] = {
    "/user/{tenantId}/users/{userId}/owner": ["put", "delete"],
    "/user/{tenantId}/users/{userId}/delegatedby": ["put", "delete"],
    "/user/{tenantId}/users/{userId}/totpSecret/revoke": ["delete"],
}
# Schema members the overlay adds (the platform answers them).
OVERLAY_ADDED_PROPERTIES: dict[str, list[str]] = {"user": ["delegatedBy"]}


def test_every_operation_is_kept(upstream: dict[str, Any], derived: dict[str, Any]) -> None:
    before, after = operations(upstream), operations(derived)
    added = [(method, path) for path, methods in OVERLAY_ADDED_PATHS.items() for method in methods]
    assert len(before) == 246
    assert list(after) == list(before) + added
    for key, operation in before.items():
        kept = after[key]
        assert list(kept["responses"]) == list(operation["responses"]), key
        assert kept["tags"] == operation["tags"], key
        assert kept["security"] == operation["security"], key
        assert kept.get("deprecated") == operation.get("deprecated"), key
        upstream_params = [
            p.get("$ref") or (p["name"], p["in"]) for p in operation.get("parameters", [])
        ]
        upstream_params += OVERLAY_ADDED_PARAMETERS.get(key, [])
        assert [
            p.get("$ref") or (p["name"], p["in"]) for p in kept.get("parameters", [])
        ] == upstream_params, key
        body, kept_body = operation.get("requestBody"), kept.get("requestBody")
        assert (body is None) == (kept_body is None), key
        if body is not None and kept_body is not None:
            assert list(kept_body["content"]) == list(body["content"]), key
            assert kept_body.get("required") == body.get("required"), key
    for kind in ("schemas", "parameters", "responses", "securitySchemes"):
        assert list(derived["components"][kind]) == list(upstream["components"][kind]), kind
    assert list(derived["paths"]) == list(upstream["paths"]) + list(OVERLAY_ADDED_PATHS)
    for name, added_properties in OVERLAY_ADDED_PROPERTIES.items():
        upstream_properties = list(upstream["components"]["schemas"][name]["properties"])
        derived_properties = list(derived["components"]["schemas"][name]["properties"])
        assert derived_properties == upstream_properties + added_properties, name


def test_structure_examples_and_servers_are_kept(
    upstream: dict[str, Any], derived: dict[str, Any]
) -> None:
    examples = media_examples(upstream)
    assert len(examples) > 100
    assert media_examples(derived) == examples
    assert derived["info"] == {"title": ds.TITLE, "version": upstream["info"]["version"]}
    assert derived["servers"] == [{"url": server["url"]} for server in upstream["servers"]]
    assert derived["tags"] == [{"name": tag["name"]} for tag in upstream["tags"]]
    assert derived["security"] == upstream["security"]
    parameter = derived["components"]["parameters"]["queryParam_pageSize"]
    upstream_parameter = upstream["components"]["parameters"]["queryParam_pageSize"]
    assert parameter == {k: v for k, v in upstream_parameter.items() if k != "description"}


def test_no_prose_is_left(upstream: dict[str, Any], derived: dict[str, Any]) -> None:
    assert len(list(prose_positions(upstream))) > 1000  # the scan does find prose upstream
    assert list(prose_positions(derived)) == []
    assert not any(key.startswith("x-") for node in [derived, derived["info"]] for key in node), (
        "x-tagGroups / x-logo"
    )
    # Responses keep the description OpenAPI requires, empty.
    assert derived["components"]["responses"]["alarmCollectionFound"]["description"] == ""


def test_long_upstream_sentences_are_gone(
    upstream: dict[str, Any], derived: dict[str, Any]
) -> None:
    sentences = sorted(
        {
            sentence.strip()
            for text in prose_texts(upstream)
            for sentence in re.split(r"(?<=\.)\s", text)
            if len(sentence.strip()) >= 60
        }
    )
    assert len(sentences) > 500
    sample = sentences[:: max(1, len(sentences) // 60)]
    sample.append(upstream["info"]["description"].splitlines()[2])
    blob = "\n".join(all_strings(derived))
    leaked = [sentence for sentence in sample if sentence in blob]
    assert leaked == []


def test_property_names_called_description_survive(
    upstream: dict[str, Any], derived: dict[str, Any]
) -> None:
    names = [
        name
        for name, schema in upstream["components"]["schemas"].items()
        if "description" in schema.get("properties", {})
    ]
    assert names, "upstream has schemas with a 'description' field"
    for name in names:
        properties = derived["components"]["schemas"][name]["properties"]
        assert "description" in properties, name
        upstream_property = upstream["components"]["schemas"][name]["properties"]["description"]
        for key in ("type", "$ref", "example"):
            assert properties["description"].get(key) == upstream_property.get(key), name


def test_rules_fix_the_known_defects(latest: ds.Derivation, derived: dict[str, Any]) -> None:
    assert latest.rule_counts == {
        "boolean-default-not-boolean": 2,
        "allof-wrapped-scalar": 25,
        "duplicate-operation-id": 1,
        "joined-media-types": 1,
    }
    count = derived["paths"]["/alarm/alarms/count"]["get"]["responses"]["200"]["content"]
    assert list(count) == ["application/json", "text/plain"]
    report = latest.report()
    assert "rule allof-wrapped-scalar: fixed 25 place(s)" in report
    revert = derived["components"]["parameters"]["queryParam_measurement_revert"]["schema"]
    assert revert == {"type": "boolean", "example": True}
    for node in all_dicts(derived):
        if node.get("type") == "boolean" and "default" in node:
            assert isinstance(node["default"], bool), node
        for member in node.get("allOf", []) if isinstance(node.get("allOf"), list) else []:
            if "$ref" in member:
                assert resolve(derived, member["$ref"]).get("type") not in SCALAR_TYPES, node
    schemas = derived["components"]["schemas"]
    for name in (
        "ManagedObjectReferenceCollection",
        "GroupReferenceCollection",
        "UserGroupCollection",
        "InventoryAssignmentCollection",
        "PlatformApiResource",
    ):
        self_link = schemas[name]["properties"]["self"]
        assert self_link["type"] == "string", name
        assert self_link["example"].startswith("https://<TENANT_DOMAIN>/"), name
    ids = [operation["operationId"] for operation in operations(derived).values()]
    assert len(ids) == len(set(ids))


def test_edits_of_the_committed_overlay(latest: ds.Derivation, derived: dict[str, Any]) -> None:
    assert latest.stale_edits == []
    assert [edit.pointer for edit in latest.applied_edits] == [
        "/paths/~1.well-known~1est~1simpleenroll/post/operationId",
        "/paths/~1.well-known~1est~1simplereenroll/post/operationId",
        "/paths/~1identity~1globalIds~1{id}~1externalIds/get/parameters",
        "/components/schemas/RoleReferenceCollection/properties/references",
        "/paths/~1user~1{tenantId}~1users~1{userId}~1owner",
        "/paths/~1user~1{tenantId}~1users~1{userId}~1delegatedby",
        "/paths/~1user~1{tenantId}~1users~1{userId}~1totpSecret~1revoke",
        "/components/schemas/user/properties/delegatedBy",
    ]
    paths = derived["paths"]
    assert paths["/.well-known/est/simpleenroll"]["post"]["operationId"] == (
        "postSimpleEnrollDeviceResource"
    )
    assert paths["/.well-known/est/simplereenroll"]["post"]["operationId"] == (
        "postSimpleReEnrollDeviceResource"
    )


def test_without_the_overlay_the_defects_stay(latest_bytes: bytes) -> None:
    bare = json.loads(ds.derive(latest_bytes, ds.Overlay()).output)
    revert = bare["components"]["parameters"]["queryParam_measurement_revert"]["schema"]
    assert isinstance(revert["default"], str)
    assert "allOf" in bare["components"]["schemas"]["PlatformApiResource"]["properties"]["self"]
    ids = [operation["operationId"] for operation in operations(bare).values()]
    assert len(ids) == len(set(ids)) + 1


def test_committed_output_is_a_fresh_derivation(latest_bytes: bytes, latest: ds.Derivation) -> None:
    assert COMMITTED.read_bytes() == latest.output, "run scripts/derive_spec.py --upstream ..."
    assert COMMITTED_RECORD.read_bytes() == ds.record(latest_bytes, latest)
    committed_record = json.loads(COMMITTED_RECORD.read_bytes())
    assert committed_record["upstream"]["info_version"] == "Latest"
    assert str(LATEST) not in COMMITTED_RECORD.read_text(encoding="utf-8")


@needs_latest
def test_cli_writes_the_same_bytes_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, latest: ds.Derivation
) -> None:
    code, err, output, record = run_cli(capsys, str(LATEST), tmp_path / "one")
    assert code == 0, err
    assert "rule boolean-default-not-boolean: fixed 2 place(s)" in err
    assert "rule duplicate-operation-id: fixed 1 place(s)" in err
    copied = write(tmp_path / "elsewhere.yml", LATEST.read_text(encoding="utf-8"))
    code2, _, output2, record2 = run_cli(capsys, str(copied), tmp_path / "two")
    assert code2 == 0
    assert output.read_bytes() == output2.read_bytes() == latest.output
    assert record.read_bytes() == record2.read_bytes(), "the record must not depend on the path"


# ------------------------------------------------------------------------------------------
# The older release
# ------------------------------------------------------------------------------------------


@needs_older
def test_older_release_derives(overlay: ds.Overlay) -> None:
    data = OLDER.read_bytes()
    result = ds.derive(data, overlay)
    before = operations(ds.parse_document(data, "10.18.0"))
    after = operations(json.loads(result.output))
    added = [(method, path) for path, methods in OVERLAY_ADDED_PATHS.items() for method in methods]
    assert list(after) == list(before) + added
    assert len(before) == 219
    assert result.rule_counts == {
        "boolean-default-not-boolean": 1,
        "allof-wrapped-scalar": 23,
        "duplicate-operation-id": 0,
        "joined-media-types": 2,
    }
    assert len(result.stale_edits) == 2  # 10.18.0 has no EST endpoints
    assert list(prose_positions(json.loads(result.output))) == []
    assert json.loads(result.output)["info"]["version"] == "Release 10.18.0"


# ------------------------------------------------------------------------------------------
# Prose stripping on crafted documents
# ------------------------------------------------------------------------------------------


def tricky_spec() -> dict[str, Any]:
    schema = {
        "type": "object",
        "description": "Vendor prose.",
        "x-vendor": True,
        "required": ["description", "summary"],
        "properties": {
            "description": {"type": "string", "description": "Prose about the field."},
            "summary": {"type": "string", "default": "summary"},
            "x-custom": {"type": "integer", "x-ignored": 1},
        },
        "example": {"description": "data", "x-data": 1, "summary": "data"},
        "default": {"description": "data"},
        "discriminator": {"propertyName": "kind", "mapping": {"description": "#/c/s/A"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Vendor", "version": "1.0", "description": "Vendor intro.", "x-logo": {}},
        "servers": [{"url": "https://{host}", "description": "Prod", "variables": {"host": {}}}],
        "tags": [{"name": "T", "description": "Tag prose.", "x-codegen-ignore": True}],
        "x-tagGroups": [{"name": "G", "tags": ["T"]}],
        "paths": {
            "/a/{id}": {
                "summary": "Item prose.",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "Param prose.",
                        "schema": {"type": "string", "enum": ["description", "summary"]},
                        "examples": {
                            "one": {"summary": "Ex prose.", "value": {"description": "data"}}
                        },
                    }
                ],
                "post": {
                    "operationId": "postA",
                    "summary": "Op prose.",
                    "description": "Op prose.",
                    "x-code-samples": [{"lang": "sh", "source": "curl"}],
                    "requestBody": {
                        "description": "Body prose.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/S"},
                                "example": {"summary": "data", "description": "data"},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "Response prose.",
                            "headers": {"X-Rate": {"description": "Header prose.", "schema": {}}},
                            "content": {"application/json": {"schema": schema}},
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {"S": copy.deepcopy(schema)},
            "securitySchemes": {
                "O": {
                    "type": "oauth2",
                    "description": "Scheme prose.",
                    "flows": {"implicit": {"authorizationUrl": "/a", "scopes": {"r": "Read."}}},
                }
            },
        },
    }


def test_strip_prose_keeps_data_named_like_prose() -> None:
    spec = tricky_spec()
    pristine = copy.deepcopy(spec)
    out = ds.strip_prose(spec)
    assert spec == pristine, "the input is not modified"
    assert list(prose_positions(out)) == []
    schema = out["components"]["schemas"]["S"]
    assert schema["required"] == ["description", "summary"]
    assert list(schema["properties"]) == ["description", "summary", "x-custom"]
    assert schema["properties"]["description"] == {"type": "string"}
    assert schema["properties"]["summary"] == {"type": "string", "default": "summary"}
    assert schema["properties"]["x-custom"] == {"type": "integer"}
    assert schema["example"] == {"description": "data", "x-data": 1, "summary": "data"}
    assert schema["default"] == {"description": "data"}
    assert schema["discriminator"]["mapping"] == {"description": "#/c/s/A"}
    item = out["paths"]["/a/{id}"]
    parameter = item["parameters"][0]
    assert parameter["schema"]["enum"] == ["description", "summary"]
    assert parameter["examples"] == {"one": {"value": {"description": "data"}}}
    operation = item["post"]
    assert list(operation) == ["operationId", "requestBody", "responses"]
    assert operation["requestBody"]["content"]["application/json"]["example"] == {
        "summary": "data",
        "description": "data",
    }
    response = operation["responses"]["200"]
    assert response["description"] == ""
    assert response["headers"] == {"X-Rate": {"schema": {}}}
    assert out["info"] == {"title": ds.TITLE, "version": "1.0"}
    assert out["servers"] == [{"url": "https://{host}", "variables": {"host": {}}}]
    assert out["tags"] == [{"name": "T"}]
    assert "x-tagGroups" not in out
    scheme = out["components"]["securitySchemes"]["O"]
    assert scheme == {
        "type": "oauth2",
        "flows": {"implicit": {"authorizationUrl": "/a", "scopes": {"r": ""}}},
    }


def test_yaml_keys_and_timestamps_stay_strings() -> None:
    text = b"openapi: 3.0.3\ninfo: {version: 1.0}\npaths: {}\nx: {200: {at: 2024-01-01T00:00:00Z}}"
    document = ds.parse_document(text, "t")
    assert document["x"] == {"200": {"at": "2024-01-01T00:00:00Z"}}
    assert json.loads(ds.derive(text, ds.Overlay()).output)["info"]["version"] == "1.0"


# ------------------------------------------------------------------------------------------
# Rules on crafted documents: they match shapes, wherever they are
# ------------------------------------------------------------------------------------------


def rule_overlay(*names: str) -> ds.Overlay:
    return ds.parse_overlay({"rules": [{"rule": name, "reason": "test"} for name in names]})


def test_rules_match_shapes_anywhere() -> None:
    scalar_ref = {"$ref": "#/components/schemas/Count"}
    spec = minimal_spec(
        **{
            "/x": {
                "parameters": [
                    {"name": "f", "in": "query", "schema": {"type": "boolean", "default": "on"}}
                ],
                "get": {
                    "operationId": "same",
                    "responses": {
                        "200": {
                            "description": "",
                            "headers": {"H": {"schema": {"allOf": [scalar_ref, {"example": 3}]}}},
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "flag": {"type": "boolean", "default": None},
                                            "ok": {"type": "boolean", "default": False},
                                            "maybe": {
                                                "type": "boolean",
                                                "nullable": True,
                                                "default": None,
                                            },
                                            "kind": {
                                                "allOf": [
                                                    {"$ref": "#/components/schemas/Kind"},
                                                    {"example": "a"},
                                                ]
                                            },
                                            "obj": {
                                                "allOf": [
                                                    {"$ref": "#/components/schemas/Obj"},
                                                    {"example": {}},
                                                ]
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    },
                },
                "post": {"operationId": "same", "responses": {"204": {"description": ""}}},
            },
            "/x/{id}/y-z": {
                "put": {"operationId": "same", "responses": {"204": {"description": ""}}},
                "patch": {"operationId": "putXIdYZ", "responses": {"204": {"description": ""}}},
            },
        }
    )
    spec["components"] = {
        "schemas": {
            "Count": {"type": "integer", "minimum": 0, "description": "Prose."},
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Obj": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Wrapped": {"allOf": [{"$ref": "#/components/schemas/Count"}], "example": 1},
        }
    }
    result = ds.derive(json.dumps(spec).encode(), rule_overlay(*ds.RULES))
    assert result.rule_counts == {
        "boolean-default-not-boolean": 2,
        "allof-wrapped-scalar": 3,
        "duplicate-operation-id": 2,
        "joined-media-types": 0,
    }
    out = json.loads(result.output)
    item = out["paths"]["/x"]
    assert item["parameters"][0]["schema"] == {"type": "boolean"}
    response = item["get"]["responses"]["200"]
    assert response["headers"]["H"]["schema"] == {"type": "integer", "minimum": 0, "example": 3}
    properties = response["content"]["application/json"]["schema"]["properties"]
    assert properties["flag"] == {"type": "boolean"}
    assert properties["ok"]["default"] is False
    assert properties["maybe"]["default"] is None
    assert properties["kind"] == {"$ref": "#/components/schemas/Kind"}  # an enum stays named
    assert "allOf" in properties["obj"]  # an object in allOf is fine
    assert out["components"]["schemas"]["Wrapped"] == {
        "type": "integer",
        "minimum": 0,
        "example": 1,
    }
    assert item["get"]["operationId"] == "same"
    assert item["post"]["operationId"] == "postX"
    assert out["paths"]["/x/{id}/y-z"]["put"]["operationId"] == "putXIdYZ2"
    assert out["paths"]["/x/{id}/y-z"]["patch"]["operationId"] == "putXIdYZ"


# ------------------------------------------------------------------------------------------
# Edits
# ------------------------------------------------------------------------------------------


def test_pointer_edits_and_stale_pointers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec = minimal_spec(
        **{
            "/a~b/{id}": {
                "get": {
                    "operationId": "old",
                    "tags": ["one"],
                    "deprecated": True,
                    "responses": {"200": {"description": ""}},
                }
            }
        }
    )
    upstream = write(tmp_path / "spec.json", spec)
    overlay = write(
        tmp_path / "overlay.yaml",
        """
edits:
  - op: replace
    pointer: /paths/~1a~0b~1{id}/get/operationId
    value: getAB
    reason: escaped pointer
  - op: add
    pointer: /paths/~1a~0b~1{id}/get/tags/-
    value: two
    reason: append to a list
  - op: add
    pointer: /paths/~1a~0b~1{id}/get/tags/0
    value: zero
    reason: insert into a list
  - op: remove
    pointer: /paths/~1a~0b~1{id}/get/deprecated
    reason: remove a key
  - op: add
    pointer: /components
    value: {schemas: {}}
    reason: add a key
  - op: replace
    pointer: /paths/~1gone/get/operationId
    value: nothing
    reason: upstream fixed this one
  - op: remove
    pointer: /paths/~1a~0b~1{id}/get/tags/7
    reason: out of range
""",
    )
    code, err, output, _ = run_cli(capsys, str(upstream), tmp_path, overlay)
    assert code == 0, err
    operation = json.loads(output.read_bytes())["paths"]["/a~b/{id}"]["get"]
    assert operation == {
        "operationId": "getAB",
        "tags": ["zero", "one", "two"],
        "responses": {"200": {"description": ""}},
    }
    assert json.loads(output.read_bytes())["components"] == {"schemas": {}}
    assert "edit replace /paths/~1a~0b~1{id}/get/operationId: applied" in err
    assert (
        "warning: edit replace /paths/~1gone/get/operationId: target not found, skipped "
        "(upstream may have fixed it)" in err
    )
    assert "warning: edit remove /paths/~1a~0b~1{id}/get/tags/7: target not found" in err


def test_pointer_parsing() -> None:
    assert ds.parse_pointer("/a~1b/c~0d/~01") == ["a/b", "c~d", "~1"]
    assert ds.parse_pointer("/") == [""]
    with pytest.raises(ds.SpecError, match="must start with '/'"):
        ds.parse_pointer("a/b")
    with pytest.raises(ds.SpecError, match="'~' not followed by 0 or 1"):
        ds.parse_pointer("/a~2")


# ------------------------------------------------------------------------------------------
# Refused input: clear message, exit code 2, nothing written
# ------------------------------------------------------------------------------------------


@pytest.fixture
def occupied(tmp_path: Path) -> Path:
    """An output folder whose files must survive a refused run."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "c8y-core.json").write_text("previous output\n", encoding="utf-8")
    return folder


def assert_refused(code: int, err: str, message: str, output: Path, record: Path) -> None:
    assert code == 2
    assert err.startswith("error: "), err
    assert message in err, err
    assert output.read_text(encoding="utf-8") == "previous output\n"
    assert not record.exists()
    assert sorted(path.name for path in output.parent.iterdir()) == ["c8y-core.json"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


BAD_UPSTREAMS = {
    "swagger": ('{"swagger": "2.0", "info": {"version": "1"}, "paths": {}}', "Swagger 2.0"),
    "no-openapi-key": ("info: {version: '1'}\npaths: {}\n", "has no 'openapi' key"),
    "openapi-2": ("openapi: 2.0.0\ninfo: {version: '1'}\npaths: {}\n", "only OpenAPI 3.x"),
    "no-info-version": ("openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n", "no info.version"),
    "not-yaml": ("openapi: [3.0.3\ninfo: {\n", "neither JSON nor YAML"),
    "not-json": ('{"openapi": "3.0.3", ', "neither JSON nor YAML"),
    "scalar": ("just some words\n", "not a mapping"),
    "empty": ("", "content is empty"),
}


@pytest.mark.parametrize("case", sorted(BAD_UPSTREAMS))
def test_bad_upstream_is_refused(
    case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, occupied: Path
) -> None:
    content, message = BAD_UPSTREAMS[case]
    upstream = write(tmp_path / "upstream.yml", content)
    code, err, output, record = run_cli(capsys, str(upstream), tmp_path)
    assert_refused(code, err, message, output, record)


def test_unreadable_inputs_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, occupied: Path
) -> None:
    binary = tmp_path / "binary.yml"
    binary.write_bytes(b"openapi: \xff\xfe\n")
    cases = [
        (str(tmp_path / "missing.yml"), "cannot read"),
        (str(tmp_path), "cannot read"),
        (str(binary), "not UTF-8 text"),
        (f"http://127.0.0.1:{closed_port()}/c8y-oas.yml", "cannot fetch"),
        ("ftp://example.invalid/c8y-oas.yml", "only paths and http(s) URLs"),
    ]
    for upstream, message in cases:
        code, err, output, record = run_cli(capsys, upstream, tmp_path)
        assert_refused(code, err, message, output, record)


@pytest.fixture
def http_folder(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Serve a folder over http on localhost; yields the base URL and the folder."""
    folder = tmp_path / "served"
    folder.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_url_upstream(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, http_folder: tuple[str, Path]
) -> None:
    base, folder = http_folder
    write(folder / "c8y-oas.json", minimal_spec())
    local = write(tmp_path / "local.json", minimal_spec())
    code, err, output, record = run_cli(capsys, f"{base}/c8y-oas.json", tmp_path / "url")
    assert code == 0, err
    code2, _, output2, record2 = run_cli(capsys, str(local), tmp_path / "path")
    assert code2 == 0
    assert output.read_bytes() == output2.read_bytes()
    assert record.read_bytes() == record2.read_bytes()
    assert json.loads(record.read_bytes())["upstream"]["info_version"] == "9.9"


def test_url_not_found_is_refused(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    occupied: Path,
    http_folder: tuple[str, Path],
) -> None:
    base, _ = http_folder
    code, err, output, record = run_cli(capsys, f"{base}/missing.yml", tmp_path)
    assert_refused(code, err, "HTTP 404", output, record)


BAD_OVERLAYS = {
    "list": ("- rule: duplicate-operation-id\n", "must be a mapping"),
    "scalar": ("rules\n", "must be a mapping"),
    "unknown-top-key": ("rules: []\nfixes: []\n", "unknown key(s) fixes"),
    "rules-not-list": ("rules: {rule: duplicate-operation-id}\n", "'rules' must be a list"),
    "entry-not-mapping": ("rules: [duplicate-operation-id]\n", "rules entry 1 must be a mapping"),
    "unknown-rule": ("rules: [{rule: fix-all, reason: r}]\n", "unknown rule 'fix-all'"),
    "rule-without-reason": ("rules: [{rule: duplicate-operation-id}]\n", "has no 'reason'"),
    "edit-without-pointer": ("edits: [{op: remove, reason: r}]\n", "has no 'pointer'"),
    "edit-without-op": ("edits: [{pointer: /a, reason: r}]\n", "has no 'op'"),
    "bad-op": ("edits: [{op: move, pointer: /a, reason: r}]\n", "bad op 'move'"),
    "edit-without-reason": ("edits: [{op: remove, pointer: /a}]\n", "entry 1 has no 'reason'"),
    "empty-reason": ("edits: [{op: remove, pointer: /a, reason: ' '}]\n", "has no 'reason'"),
    "long-reason": (
        'edits: [{op: remove, pointer: /a, reason: "one\\ntwo"}]\n',
        "keep it to one line",
    ),
    "replace-without-value": ("edits: [{op: replace, pointer: /a, reason: r}]\n", "no 'value'"),
    "remove-with-value": ("edits: [{op: remove, pointer: /a, value: 1, reason: r}]", "no 'value'"),
    "relative-pointer": ("edits: [{op: remove, pointer: a/b, reason: r}]\n", "start with '/'"),
    "bad-escape": ("edits: [{op: remove, pointer: /a~2, reason: r}]\n", "'~' not followed"),
    "not-yaml": ("rules: [\n", "neither JSON nor YAML"),
}


@pytest.mark.parametrize("case", sorted(BAD_OVERLAYS))
def test_malformed_overlay_is_refused(
    case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, occupied: Path
) -> None:
    content, message = BAD_OVERLAYS[case]
    overlay = write(tmp_path / "overlay.yaml", content)
    upstream = write(tmp_path / "spec.json", minimal_spec())
    code, err, output, record = run_cli(capsys, str(upstream), tmp_path, overlay)
    assert_refused(code, err, message, output, record)
    assert "overlay" in err


def test_missing_overlay_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, occupied: Path
) -> None:
    upstream = write(tmp_path / "spec.json", minimal_spec())
    code, err, output, record = run_cli(capsys, str(upstream), tmp_path, tmp_path / "nope.yaml")
    assert_refused(code, err, "cannot read overlay", output, record)


def test_script_runs_as_a_command(tmp_path: Path) -> None:
    upstream = write(tmp_path / "spec.json", {"swagger": "2.0"})
    refused = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "derive_spec.py"), "--upstream", str(upstream)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: ")
    good = write(tmp_path / "good.json", minimal_spec())
    output = tmp_path / "c8y-core.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "derive_spec.py"),
            "--upstream",
            str(good),
            "--output",
            str(output),
            "--record",
            str(tmp_path / "record.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(output.read_bytes())["info"] == {"title": ds.TITLE, "version": "9.9"}


def test_joined_media_types_are_split_json_first_wherever_they_occur() -> None:
    media = {"schema": {"type": "integer"}}
    spec = minimal_spec(
        **{
            "/n": {
                "get": {
                    "operationId": "n",
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {"text/plain, application/json": media},
                        }
                    },
                },
                "post": {
                    "operationId": "m",
                    "requestBody": {
                        "content": {
                            "application/xml,application/vnd.x+json": media,
                            "application/xml": {"schema": {"type": "string"}},
                        }
                    },
                    "responses": {"201": {"description": ""}},
                },
            }
        }
    )
    fixed = ds.rule_joined_media_types(spec)

    assert fixed == 2
    response = spec["paths"]["/n"]["get"]["responses"]["200"]["content"]
    assert list(response) == ["application/json", "text/plain"]
    assert response["application/json"] == media
    assert response["application/json"] is not response["text/plain"]
    body = spec["paths"]["/n"]["post"]["requestBody"]["content"]
    # The type the map already had keeps its own entry.
    assert list(body) == ["application/vnd.x+json", "application/xml"]
    assert body["application/xml"] == {"schema": {"type": "string"}}
    assert ds.rule_joined_media_types(spec) == 0
