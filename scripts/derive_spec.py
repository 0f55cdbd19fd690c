"""Derive the project's OpenAPI document from the platform's published one.

The derivation keeps every operation and the API's structure and examples, drops the vendor's
prose (descriptions, summaries, ``info`` texts and ``x-*`` extensions) and fixes known upstream
defects from a declarative overlay: shape rules that apply wherever a defect occurs, and
JSON-pointer edits for one-place fixes.

Usage::

    python scripts/derive_spec.py --upstream PATH_OR_URL [--overlay openapi/overlay.yaml]
        [--output openapi/c8y-core.json] [--record openapi/c8y-core.sha256.json]

The pipeline is load (bytes -> document) -> derive (pure) -> serialize (document -> bytes); only
``read_source``, ``write_atomically`` and ``main`` touch the outside world.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OVERLAY = ROOT / "openapi" / "overlay.yaml"
DEFAULT_OUTPUT = ROOT / "openapi" / "c8y-core.json"
DEFAULT_RECORD = ROOT / "openapi" / "c8y-core.sha256.json"

#: The title of the derived document; the vendor's own title and texts are not kept.
TITLE = "c8y-core"
FETCH_TIMEOUT_SECONDS = 60.0
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCALAR_TYPES = frozenset({"string", "number", "integer", "boolean"})

Json: TypeAlias = Any
"""A value decoded from JSON or YAML (PyYAML and json are untyped, so this stays ``Any``)."""
JsonObject: TypeAlias = dict[str, Json]


class SpecError(Exception):
    """Refused input: an unusable upstream document or a malformed overlay."""


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML loader that keeps mapping keys and timestamps as the strings they were written as.

    OpenAPI keys are always strings (``200:`` is a status code, not an int), and JSON has no
    timestamp type, so both are left exactly as spelled in the source.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping whose scalar keys are the source strings."""
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a scalar", key_node.start_mark
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_document(data: bytes, what: str) -> Json:
    """Decode JSON or YAML bytes.

    Args:
        data: The raw bytes.
        what: How to name the source in error messages.

    Returns:
        The decoded value.

    Raises:
        SpecError: The bytes are not UTF-8 text, or not valid JSON or YAML.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{what} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except ValueError:
            pass  # Not strict JSON; YAML may still read it (YAML is a superset).
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())
        raise SpecError(f"{what} is neither JSON nor YAML: {detail}") from exc


def check_openapi3(document: Json, what: str) -> JsonObject:
    """Check that a decoded value is an OpenAPI 3.x document.

    Args:
        document: The decoded upstream value.
        what: How to name the source in error messages.

    Returns:
        The document as a mapping.

    Raises:
        SpecError: It is not an OpenAPI 3.x document.
    """
    if not isinstance(document, dict):
        kind = "empty" if document is None else f"a {type(document).__name__}"
        raise SpecError(f"{what} is not an OpenAPI document: its content is {kind}, not a mapping")
    if "swagger" in document and "openapi" not in document:
        raise SpecError(
            f"{what} is a Swagger {document['swagger']} document; only OpenAPI 3.x is supported"
        )
    version = document.get("openapi")
    if version is None:
        raise SpecError(f"{what} is not an OpenAPI document: it has no 'openapi' key")
    if not str(version).startswith("3."):
        raise SpecError(f"{what} declares openapi {version!r}; only OpenAPI 3.x is supported")
    info = document.get("info")
    if not isinstance(info, dict) or info.get("version") is None:
        raise SpecError(f"{what} is not a valid OpenAPI document: it has no info.version")
    if "paths" not in document and str(version).startswith("3.0"):
        raise SpecError(f"{what} is not a valid OpenAPI 3.0 document: it has no 'paths'")
    for key in ("paths", "components"):
        if key in document and not isinstance(document[key], dict):
            raise SpecError(f"{what} is not a valid OpenAPI document: '{key}' is not a mapping")
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            raise SpecError(f"{what} is not a valid OpenAPI document: a path item is not a mapping")
    return document


# --------------------------------------------------------------------------------------------
# Dropping the prose: a walk over OpenAPI object types
# --------------------------------------------------------------------------------------------

#: Prose keys per object type; ``x-*`` keys are dropped from every typed object as well.
_PROSE = frozenset({"description", "summary"})
_SCHEMA_PROSE = frozenset({"description", "$comment"})

Walker: TypeAlias = Callable[[Json], Json]


def _is_extension(key: str) -> bool:
    return key.startswith("x-")


def _map_of(walk: Walker) -> Walker:
    """Walk each value of a name -> object map (the names are data)."""

    def walk_map(node: Json) -> Json:
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        return {name: walk(value) for name, value in node.items()}

    return walk_map


def _list_of(walk: Walker) -> Walker:
    """Walk each item of a list of objects."""

    def walk_list(node: Json) -> Json:
        if not isinstance(node, list):
            return copy.deepcopy(node)
        return [walk(item) for item in node]

    return walk_list


def _object(
    prose: frozenset[str], children: dict[str, Walker], blank: frozenset[str] = frozenset()
) -> Walker:
    """Build a walker for one OpenAPI object type.

    Args:
        prose: Keys holding vendor prose, dropped.
        children: Keys holding nested OpenAPI objects, with the walker for each.
        blank: Prose keys that the format requires; their text is replaced by "".

    Returns:
        A function mapping such an object to its prose-free copy. Every other key is data and
        is copied unchanged.
    """

    def walk(node: Json) -> Json:
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        out: JsonObject = {}
        for key, value in node.items():
            if key in blank:
                out[key] = ""
            elif key in prose or _is_extension(key):
                continue
            elif key in children:
                out[key] = children[key](value)
            else:
                out[key] = copy.deepcopy(value)
        return out

    return walk


def _schema(node: Json) -> Json:
    return _SCHEMA_WALK(node)


def _schema_or_list(node: Json) -> Json:
    return _list_of(_schema)(node) if isinstance(node, list) else _schema(node)


def _path_item(node: Json) -> Json:
    return _PATH_ITEM_WALK(node)


def _header(node: Json) -> Json:
    return _HEADER_WALK(node)


_EXTERNAL_DOCS = _object(_PROSE, {})
_EXAMPLE = _object(_PROSE, {})
_SCHEMA_WALK = _object(
    _SCHEMA_PROSE,
    {
        **{key: _list_of(_schema) for key in ("allOf", "anyOf", "oneOf", "prefixItems")},
        **{
            key: _map_of(_schema)
            for key in ("properties", "patternProperties", "$defs", "definitions")
        },
        **{key: _map_of(_schema) for key in ("dependentSchemas",)},
        **{
            key: _schema
            for key in (
                "not",
                "additionalProperties",
                "contains",
                "if",
                "then",
                "else",
                "propertyNames",
                "unevaluatedItems",
                "unevaluatedProperties",
                "additionalItems",
                "contentSchema",
            )
        },
        "items": _schema_or_list,
        "externalDocs": _EXTERNAL_DOCS,
    },
)
_MEDIA_TYPE = _object(
    _PROSE,
    {
        "schema": _schema,
        "examples": _map_of(_EXAMPLE),
        "encoding": _map_of(_object(_PROSE, {"headers": _map_of(_header)})),
    },
)
_PARAMETER = _object(
    _PROSE,
    {"schema": _schema, "content": _map_of(_MEDIA_TYPE), "examples": _map_of(_EXAMPLE)},
)
_HEADER_WALK = _PARAMETER
_SERVER = _object(_PROSE, {"variables": _map_of(_object(_PROSE, {}))})
_LINK = _object(_PROSE, {"server": _SERVER})
_REQUEST_BODY = _object(_PROSE, {"content": _map_of(_MEDIA_TYPE)})
# A Response must have a description (OpenAPI 3.0 and the generator require it): keep it empty.
_RESPONSE = _object(
    frozenset(),
    {"headers": _map_of(_header), "content": _map_of(_MEDIA_TYPE), "links": _map_of(_LINK)},
    blank=frozenset({"description"}),
)
_CALLBACK = _map_of(_path_item)


def _blank_scopes(node: Json) -> Json:
    """Keep OAuth scope names; their texts are prose."""
    if not isinstance(node, dict):
        return copy.deepcopy(node)
    return dict.fromkeys(node, "")


_OAUTH_FLOW = _object(_PROSE, {"scopes": _blank_scopes})
_SECURITY_SCHEME = _object(
    _PROSE,
    {
        "flows": _object(
            _PROSE,
            {
                name: _OAUTH_FLOW
                for name in ("implicit", "password", "clientCredentials", "authorizationCode")
            },
        )
    },
)
_OPERATION = _object(
    _PROSE,
    {
        "parameters": _list_of(_PARAMETER),
        "requestBody": _REQUEST_BODY,
        "responses": _map_of(_RESPONSE),
        "callbacks": _map_of(_CALLBACK),
        "servers": _list_of(_SERVER),
        "externalDocs": _EXTERNAL_DOCS,
    },
)
_PATH_ITEM_WALK = _object(
    _PROSE,
    {
        **dict.fromkeys(HTTP_METHODS, _OPERATION),
        "parameters": _list_of(_PARAMETER),
        "servers": _list_of(_SERVER),
    },
)
_COMPONENTS = _object(
    _PROSE,
    {
        "schemas": _map_of(_schema),
        "responses": _map_of(_RESPONSE),
        "parameters": _map_of(_PARAMETER),
        "examples": _map_of(_EXAMPLE),
        "requestBodies": _map_of(_REQUEST_BODY),
        "headers": _map_of(_header),
        "securitySchemes": _map_of(_SECURITY_SCHEME),
        "links": _map_of(_LINK),
        "callbacks": _map_of(_CALLBACK),
        "pathItems": _map_of(_path_item),
    },
)
_TAG = _object(_PROSE, {"externalDocs": _EXTERNAL_DOCS})
_DOCUMENT = _object(
    _PROSE,
    {
        "servers": _list_of(_SERVER),
        "paths": _map_of(_path_item),
        "webhooks": _map_of(_path_item),
        "components": _COMPONENTS,
        "tags": _list_of(_TAG),
        "externalDocs": _EXTERNAL_DOCS,
    },
)


def strip_prose(document: JsonObject) -> JsonObject:
    """Copy an OpenAPI document without the vendor's prose.

    ``description``/``summary`` texts and ``x-*`` keys are dropped where they are annotations of
    an OpenAPI object; the same names are kept where they are data (property names, examples,
    defaults, enums, ``required`` entries). ``info`` becomes our own title plus the upstream
    version.

    Args:
        document: A checked OpenAPI 3.x document; it is not modified.

    Returns:
        The prose-free copy, keys in upstream order.
    """
    stripped: JsonObject = _DOCUMENT(document)
    version = document["info"]["version"]
    info = {"title": TITLE, "version": version if isinstance(version, str) else str(version)}
    out: JsonObject = {}
    for key, value in stripped.items():
        out[key] = info if key == "info" else value
    return out


# --------------------------------------------------------------------------------------------
# Finding things in a (prose-free) document
# --------------------------------------------------------------------------------------------

Slot: TypeAlias = tuple[Any, Any]
"""A container and a key (or index) such that ``container[key]`` is the object of interest."""

_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONES = (
    "not",
    "additionalProperties",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
    "contentSchema",
)


def _dict_values(node: Json) -> Iterator[Slot]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict):
                yield node, key


def _list_items(node: Json) -> Iterator[Slot]:
    if isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict):
                yield node, index


def _schema_slots_below(schema: Json) -> Iterator[Slot]:
    """Yield the slots of the sub-schemas of a schema, depth first, parents before children."""
    if not isinstance(schema, dict):
        return
    children: list[Slot] = []
    for key in _SCHEMA_LISTS:
        children.extend(_list_items(schema.get(key)))
    for key in _SCHEMA_MAPS:
        children.extend(_dict_values(schema.get(key)))
    for key in (*_SCHEMA_ONES, "items"):
        if isinstance(schema.get(key), dict):
            children.append((schema, key))
    children.extend(_list_items(schema.get("items")))
    for slot in children:
        yield from _schema_slots(slot)


def _schema_slots(slot: Slot) -> Iterator[Slot]:
    yield slot
    container, key = slot
    yield from _schema_slots_below(container[key])


def _media_schema_slots(content: Json) -> Iterator[Slot]:
    for media_type, media_key in _dict_values(content):
        media = media_type[media_key]
        if isinstance(media.get("schema"), dict):
            yield from _schema_slots((media, "schema"))
        for encoding, enc_key in _dict_values(media.get("encoding")):
            for headers, name in _dict_values(encoding[enc_key].get("headers")):
                yield from _parameter_schema_slots(headers[name])


def _parameter_schema_slots(parameter: Json) -> Iterator[Slot]:
    if not isinstance(parameter, dict):
        return
    if isinstance(parameter.get("schema"), dict):
        yield from _schema_slots((parameter, "schema"))
    yield from _media_schema_slots(parameter.get("content"))


def _response_schema_slots(response: Json) -> Iterator[Slot]:
    if not isinstance(response, dict):
        return
    for headers, name in _dict_values(response.get("headers")):
        yield from _parameter_schema_slots(headers[name])
    yield from _media_schema_slots(response.get("content"))


def iter_operations(document: JsonObject) -> Iterator[tuple[str, str, JsonObject]]:
    """Yield ``(method, path, operation)`` for every operation under ``paths``, in order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield method, path, operation


def _path_item_schema_slots(item: Json, seen: set[int]) -> Iterator[Slot]:
    if not isinstance(item, dict) or id(item) in seen:
        return
    seen.add(id(item))
    for parameters, index in _list_items(item.get("parameters")):
        yield from _parameter_schema_slots(parameters[index])
    for method in HTTP_METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        for parameters, index in _list_items(operation.get("parameters")):
            yield from _parameter_schema_slots(parameters[index])
        body = operation.get("requestBody")
        if isinstance(body, dict):
            yield from _media_schema_slots(body.get("content"))
        for responses, code in _dict_values(operation.get("responses")):
            yield from _response_schema_slots(responses[code])
        for callbacks, name in _dict_values(operation.get("callbacks")):
            for callback, expression in _dict_values(callbacks[name]):
                yield from _path_item_schema_slots(callback[expression], seen)


def iter_schema_slots(document: JsonObject) -> Iterator[Slot]:
    """Yield a slot for every schema (or schema reference) of the document, in document order."""
    seen: set[int] = set()
    for key in ("paths", "webhooks"):
        for items, path in _dict_values(document.get(key)):
            yield from _path_item_schema_slots(items[path], seen)
    components = document.get("components")
    if not isinstance(components, dict):
        return
    for schemas, name in _dict_values(components.get("schemas")):
        yield from _schema_slots((schemas, name))
    for kind in ("parameters", "headers"):
        for parameters, name in _dict_values(components.get(kind)):
            yield from _parameter_schema_slots(parameters[name])
    for responses, name in _dict_values(components.get("responses")):
        yield from _response_schema_slots(responses[name])
    for bodies, name in _dict_values(components.get("requestBodies")):
        yield from _media_schema_slots(bodies[name].get("content"))
    for callbacks, name in _dict_values(components.get("callbacks")):
        for callback, expression in _dict_values(callbacks[name]):
            yield from _path_item_schema_slots(callback[expression], seen)
    for items, name in _dict_values(components.get("pathItems")):
        yield from _path_item_schema_slots(items[name], seen)


# --------------------------------------------------------------------------------------------
# JSON pointers (RFC 6901)
# --------------------------------------------------------------------------------------------


def parse_pointer(pointer: str) -> list[str]:
    """Split an RFC 6901 JSON pointer into unescaped reference tokens.

    Raises:
        SpecError: The pointer is not well formed (or is the empty whole-document pointer).
    """
    if not pointer.startswith("/"):
        raise SpecError(f"JSON pointer {pointer!r} must start with '/'")
    tokens = pointer[1:].split("/")
    for token in tokens:
        if re.search(r"~(?![01])", token):
            raise SpecError(f"JSON pointer {pointer!r} has a '~' not followed by 0 or 1")
    return [token.replace("~1", "/").replace("~0", "~") for token in tokens]


def escape_token(token: str) -> str:
    """Escape one reference token for a JSON pointer."""
    return token.replace("~", "~0").replace("/", "~1")


def _index(container: list[Any], token: str, allow_end: bool) -> int | None:
    if allow_end and token == "-":
        return len(container)
    if not re.fullmatch(r"0|[1-9][0-9]*", token):
        return None
    index = int(token)
    limit = len(container) + (1 if allow_end else 0)
    return index if index < limit else None


def resolve_pointer(document: Json, tokens: Sequence[str]) -> tuple[bool, Json]:
    """Follow reference tokens from a document root.

    Returns:
        ``(True, value)`` if the target exists, else ``(False, None)``.
    """
    node = document
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and (index := _index(node, token, False)) is not None:
            node = node[index]
        else:
            return False, None
    return True, node


def resolve_ref(document: JsonObject, ref: str, limit: int = 32) -> Json:
    """Resolve a local ``#/...`` reference, following chains of references.

    Returns:
        The referenced object, or None if the reference is not local or does not resolve.
    """
    node: Json = {"$ref": ref}
    for _ in range(limit):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        target = node["$ref"]
        if not target.startswith("#/"):
            return None
        try:
            tokens = parse_pointer(target[1:])
        except SpecError:
            return None
        found, node = resolve_pointer(document, tokens)
        if not found:
            return None
    return None


# --------------------------------------------------------------------------------------------
# The overlay: its format and its validation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A shape rule of the overlay."""

    name: str
    reason: str


@dataclass(frozen=True)
class Edit:
    """A one-place edit of the overlay."""

    op: str
    pointer: str
    tokens: tuple[str, ...]
    reason: str
    value: Json = None


@dataclass(frozen=True)
class Overlay:
    """A validated overlay: rules first, then edits, each in file order."""

    rules: tuple[Rule, ...] = ()
    edits: tuple[Edit, ...] = ()


EDIT_OPS = ("replace", "add", "remove")


def _reason(entry: JsonObject, where: str) -> str:
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise SpecError(f"overlay: {where} has no 'reason' (a one-line text)")
    if "\n" in reason.strip():
        raise SpecError(f"overlay: {where} has a 'reason' of several lines; keep it to one line")
    return reason.strip()


def _check_keys(entry: JsonObject, allowed: set[str], where: str) -> None:
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise SpecError(f"overlay: {where} has unknown key(s) {', '.join(unknown)}")


def parse_overlay(raw: Json) -> Overlay:
    """Validate a decoded overlay.

    The format is a mapping with two optional lists::

        rules:                      # shape rules, applied wherever the shape occurs
          - rule: <one of RULES>
            reason: <one line>
        edits:                      # one-place edits, applied after the rules
          - op: replace | add | remove
            pointer: /json/pointer  # RFC 6901 into the derived document
            value: <any>            # for replace and add only
            reason: <one line>

    Raises:
        SpecError: The overlay is malformed; the message names the problem.
    """
    if raw is None:
        return Overlay()
    if not isinstance(raw, dict):
        raise SpecError(f"overlay: must be a mapping with 'rules' and 'edits', not a {_kind(raw)}")
    _check_keys(raw, {"rules", "edits"}, "the top level")
    rules: list[Rule] = []
    for number, entry in enumerate(_entries(raw, "rules"), start=1):
        where = f"rules entry {number}"
        _check_keys(entry, {"rule", "reason"}, where)
        name = entry.get("rule")
        if name not in RULES:
            known = ", ".join(RULES)
            raise SpecError(f"overlay: {where} has unknown rule {name!r} (known: {known})")
        rules.append(Rule(name=name, reason=_reason(entry, where)))
    edits: list[Edit] = []
    for number, entry in enumerate(_entries(raw, "edits"), start=1):
        where = f"edits entry {number}"
        _check_keys(entry, {"op", "pointer", "value", "reason"}, where)
        op = entry.get("op")
        pointer = entry.get("pointer")
        if op is None:
            raise SpecError(f"overlay: {where} has no 'op' (one of {', '.join(EDIT_OPS)})")
        if op not in EDIT_OPS:
            raise SpecError(f"overlay: {where} has bad op {op!r} (one of {', '.join(EDIT_OPS)})")
        if not isinstance(pointer, str) or not pointer:
            raise SpecError(f"overlay: {where} has no 'pointer' (an RFC 6901 JSON pointer)")
        try:
            tokens = parse_pointer(pointer)
        except SpecError as exc:
            raise SpecError(f"overlay: {where}: {exc}") from exc
        if op == "remove" and "value" in entry:
            raise SpecError(f"overlay: {where} removes, so it takes no 'value'")
        if op != "remove" and "value" not in entry:
            raise SpecError(f"overlay: {where} ({op}) has no 'value'")
        edits.append(
            Edit(
                op=op,
                pointer=pointer,
                tokens=tuple(tokens),
                reason=_reason(entry, where),
                value=entry.get("value"),
            )
        )
    return Overlay(rules=tuple(rules), edits=tuple(edits))


def _kind(value: Json) -> str:
    return "nothing" if value is None else type(value).__name__


def _entries(raw: JsonObject, key: str) -> list[JsonObject]:
    entries = raw.get(key)
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise SpecError(f"overlay: '{key}' must be a list, not a {_kind(entries)}")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise SpecError(
                f"overlay: {key} entry {number} must be a mapping, not a {_kind(entry)}"
            )
    return entries


# --------------------------------------------------------------------------------------------
# Shape rules
# --------------------------------------------------------------------------------------------


def _allowed_types(schema: JsonObject) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {item for item in kind if isinstance(item, str)}
    return set()


def rule_boolean_default(document: JsonObject) -> int:
    """Drop the ``default`` of every boolean schema whose default is not a boolean.

    A null default is kept where the schema allows null (``nullable`` or a ``null`` type).

    Returns:
        How many defaults were dropped.
    """
    fixed = 0
    for container, key in iter_schema_slots(document):
        schema = container[key]
        types = _allowed_types(schema)
        if "boolean" not in types or "default" not in schema or types - {"boolean", "null"}:
            continue
        default = schema["default"]
        nullable = schema.get("nullable") is True or "null" in types
        if isinstance(default, bool) or (default is None and nullable):
            continue
        del schema["default"]
        fixed += 1
    return fixed


#: Keys that only annotate a schema (they add no constraint a generator has to merge).
_ANNOTATIONS = frozenset(
    {
        "example",
        "examples",
        "title",
        "readOnly",
        "writeOnly",
        "deprecated",
        "nullable",
        "default",
        "externalDocs",
        "description",
        "$comment",
    }
)
_COMPOSITE = frozenset(
    {
        "$ref",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "properties",
        "items",
        "additionalProperties",
        "patternProperties",
    }
)


def _is_plain_scalar(schema: Json) -> bool:
    if not isinstance(schema, dict):
        return False
    types = _allowed_types(schema)
    return (
        bool(types & SCALAR_TYPES)
        and types <= SCALAR_TYPES | {"null"}
        and not (_COMPOSITE & set(schema))
    )


def _unwrap_scalar_allof(document: JsonObject, schema: Json) -> Json:
    """Return the replacement of a scalar ``allOf`` wrapper, or None if the shape does not match."""
    if not isinstance(schema, dict) or set(schema) - _ANNOTATIONS - {"allOf"}:
        return None
    members = schema.get("allOf")
    if not isinstance(members, list) or not all(isinstance(member, dict) for member in members):
        return None
    refs = [member for member in members if "$ref" in member]
    if len(refs) != 1 or set(refs[0]) != {"$ref"} or not isinstance(refs[0]["$ref"], str):
        return None
    target = resolve_ref(document, refs[0]["$ref"])
    if not _is_plain_scalar(target):
        return None
    annotations: JsonObject = {}
    for member in members:
        if member is refs[0]:
            continue
        if set(member) - _ANNOTATIONS:
            return None
        annotations.update(member)
    annotations.update({key: value for key, value in schema.items() if key != "allOf"})
    if "enum" in target:
        # An enum keeps its one named type: point at it rather than copy it.
        return {"$ref": refs[0]["$ref"]}
    inline: JsonObject = copy.deepcopy(target)
    inline.update(copy.deepcopy(annotations))
    return inline


def rule_scalar_allof(document: JsonObject) -> int:
    """Replace ``allOf: [{$ref: <plain scalar schema>}, {<annotations>}]`` by an inline schema.

    The inline schema is the referenced one plus the wrapper's annotations (its example), which
    is what the wrapper meant; generators refuse ``allOf`` over a non-object.

    Returns:
        How many wrappers were replaced.
    """
    fixed = 0
    for container, key in list(iter_schema_slots(document)):
        replacement = _unwrap_scalar_allof(document, container[key])
        if replacement is not None:
            container[key] = replacement
            fixed += 1
    return fixed


def derived_operation_id(method: str, path: str) -> str:
    """Build an operationId from a method and a path (``post`` + ``/a/{id}`` -> ``postAId``)."""
    words = re.findall(r"[A-Za-z0-9]+", path)
    return method.lower() + "".join(word[0].upper() + word[1:] for word in words)


def rule_duplicate_operation_id(document: JsonObject) -> int:
    """Give every later operation that repeats an earlier operationId a unique derived one.

    Returns:
        How many operationIds were changed.
    """
    taken = {
        operation["operationId"]
        for _, _, operation in iter_operations(document)
        if isinstance(operation.get("operationId"), str)
    }
    seen: set[str] = set()
    fixed = 0
    for method, path, operation in iter_operations(document):
        current = operation.get("operationId")
        if not isinstance(current, str):
            continue
        if current in seen:
            base = derived_operation_id(method, path)
            candidate, suffix = base, 2
            while candidate in taken:
                candidate, suffix = f"{base}{suffix}", suffix + 1
            operation["operationId"] = candidate
            taken.add(candidate)
            current = candidate
            fixed += 1
        seen.add(current)
    return fixed


def _content_maps(document: JsonObject) -> Iterator[JsonObject]:
    """Yield every ``content`` map of request bodies and responses, inline or in components."""
    holders: list[Json] = []
    for _, _, operation in iter_operations(document):
        holders.append(operation.get("requestBody"))
        responses = operation.get("responses")
        if isinstance(responses, dict):
            holders.extend(responses.values())
    components = document.get("components")
    if isinstance(components, dict):
        for section in ("requestBodies", "responses"):
            entries = components.get(section)
            if isinstance(entries, dict):
                holders.extend(entries.values())
    for holder in holders:
        if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
            yield holder["content"]


def _is_json_media_type(media_type: str) -> bool:
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


def rule_joined_media_types(document: JsonObject) -> int:
    """Split a ``content`` key that lists several media types (``"text/plain, application/json"``).

    Each listed type gets its own entry with a copy of the media type object, at the place of the
    joined key, JSON types first (a generator that takes the first type it can parse then reads
    JSON), the others in the listed order; a type the map already has keeps its own entry.

    Returns:
        How many joined keys were split.
    """
    fixed = 0
    for content in _content_maps(document):
        if not any("," in key for key in content):
            continue
        split: JsonObject = {}
        for key, media in content.items():
            if "," not in key:
                split.setdefault(key, media)
                continue
            parts = [item.strip() for item in key.split(",")]
            parts.sort(key=lambda part: not _is_json_media_type(part))
            for part in parts:
                if part and part not in content:
                    split.setdefault(part, copy.deepcopy(media))
            fixed += 1
        content.clear()
        content.update(split)
    return fixed


RULES: dict[str, Callable[[JsonObject], int]] = {
    "boolean-default-not-boolean": rule_boolean_default,
    "allof-wrapped-scalar": rule_scalar_allof,
    "duplicate-operation-id": rule_duplicate_operation_id,
    "joined-media-types": rule_joined_media_types,
}


# --------------------------------------------------------------------------------------------
# Edits
# --------------------------------------------------------------------------------------------


def apply_edit(document: JsonObject, edit: Edit) -> bool:
    """Apply one edit in place.

    Returns:
        False if the target (for add: its parent) does not exist, so nothing was changed.
    """
    found, parent = resolve_pointer(document, edit.tokens[:-1])
    if not found:
        return False
    last = edit.tokens[-1]
    value = copy.deepcopy(edit.value)
    if isinstance(parent, dict):
        if edit.op != "add" and last not in parent:
            return False
        if edit.op == "remove":
            del parent[last]
        else:
            parent[last] = value
        return True
    if isinstance(parent, list):
        index = _index(parent, last, allow_end=edit.op == "add")
        if index is None:
            return False
        if edit.op == "remove":
            del parent[index]
        elif edit.op == "add":
            parent.insert(index, value)
        else:
            parent[index] = value
        return True
    return False


# --------------------------------------------------------------------------------------------
# Derivation and serialization
# --------------------------------------------------------------------------------------------


@dataclass
class Derivation:
    """The outcome of a derivation: the document, its bytes and what was done."""

    document: JsonObject
    output: bytes
    info_version: str
    rule_counts: dict[str, int] = field(default_factory=dict)
    applied_edits: list[Edit] = field(default_factory=list)
    stale_edits: list[Edit] = field(default_factory=list)

    def report(self) -> list[str]:
        """Lines for stderr: one per rule, one per edit."""
        lines = [f"rule {name}: fixed {count} place(s)" for name, count in self.rule_counts.items()]
        lines += [f"edit {edit.op} {edit.pointer}: applied" for edit in self.applied_edits]
        lines += [
            f"warning: edit {edit.op} {edit.pointer}: target not found, skipped "
            "(upstream may have fixed it)"
            for edit in self.stale_edits
        ]
        return lines


def serialize(document: Json) -> bytes:
    """Serialize deterministically: indented JSON, keys in document order, UTF-8, final newline.

    Raises:
        SpecError: A value has no JSON form (NaN, infinity, binary, ...).
    """
    try:
        text = json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise SpecError(f"the document holds a value that JSON cannot represent: {exc}") from exc
    return (text + "\n").encode("utf-8")


def derive(upstream: bytes, overlay: Overlay, what: str = "upstream document") -> Derivation:
    """Derive our document from the upstream bytes (pure: no I/O).

    Args:
        upstream: The upstream OpenAPI 3.x document, JSON or YAML.
        overlay: The validated overlay.
        what: How to name the upstream in error messages.

    Returns:
        The derivation.

    Raises:
        SpecError: The upstream is not a usable OpenAPI 3.x document.
    """
    document = strip_prose(check_openapi3(parse_document(upstream, what), what))
    result = Derivation(document=document, output=b"", info_version=document["info"]["version"])
    for rule in overlay.rules:
        result.rule_counts[rule.name] = result.rule_counts.get(rule.name, 0) + RULES[rule.name](
            document
        )
    for edit in overlay.edits:
        (result.applied_edits if apply_edit(document, edit) else result.stale_edits).append(edit)
    result.output = serialize(document)
    return result


def record(upstream: bytes, derivation: Derivation) -> bytes:
    """The provenance record: sha256 of the input and output bytes and the upstream version."""
    content = {
        "upstream": {
            "info_version": derivation.info_version,
            "sha256": hashlib.sha256(upstream).hexdigest(),
        },
        "output": {"sha256": hashlib.sha256(derivation.output).hexdigest()},
    }
    return serialize(content)


# --------------------------------------------------------------------------------------------
# I/O
# --------------------------------------------------------------------------------------------


def read_source(source: str) -> bytes:
    """Read a path or fetch an http(s) URL.

    Raises:
        SpecError: The file cannot be read or the URL cannot be fetched.
    """
    scheme = source.split("://", 1)[0].lower() if "://" in source else ""
    if scheme in ("http", "https"):
        request = urllib.request.Request(source, headers={"User-Agent": "c8y-objects derive_spec"})
        try:
            with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
                data: bytes = response.read(MAX_DOCUMENT_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise SpecError(f"cannot fetch {source}: HTTP {exc.code} {exc.reason}") from exc
        except urllib.error.URLError as exc:
            raise SpecError(f"cannot fetch {source}: {exc.reason}") from exc
        except (OSError, ValueError) as exc:
            raise SpecError(f"cannot fetch {source}: {exc}") from exc
        if len(data) > MAX_DOCUMENT_BYTES:
            raise SpecError(f"cannot fetch {source}: larger than {MAX_DOCUMENT_BYTES} bytes")
        return data
    if scheme:
        raise SpecError(f"cannot read {source}: only paths and http(s) URLs are supported")
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read {source}: {exc.strerror or exc}") from exc


def load_overlay(path: Path) -> Overlay:
    """Read and validate an overlay file.

    Raises:
        SpecError: The file cannot be read or the overlay is malformed.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read overlay {path}: {exc.strerror or exc}") from exc
    return parse_overlay(parse_document(data, f"overlay {path}"))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write files through temporary files in their folders, then move them into place.

    Nothing is moved unless every temporary file was written completely.

    Raises:
        SpecError: A file cannot be written.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            staged.append((temp, path))
            os.chmod(temp, 0o666 & ~_umask())
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temp, path in staged:
            os.replace(temp, path)
    except OSError as exc:
        raise SpecError(f"cannot write {exc.filename or 'output'}: {exc.strerror or exc}") from exc
    finally:
        for temp, _ in staged:
            if os.path.exists(temp):
                os.unlink(temp)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="derive_spec.py",
        description="Derive openapi/c8y-core.json from the platform's OpenAPI document.",
    )
    parser.add_argument(
        "--upstream", required=True, help="path or http(s) URL of the c8y-oas document"
    )
    parser.add_argument("--overlay", type=Path, default=DEFAULT_OVERLAY, help="overlay YAML")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="derived spec (JSON)")
    parser.add_argument("--record", type=Path, default=DEFAULT_RECORD, help="sha256 record")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0, or 2 for refused input)."""
    args = _parser().parse_args(argv)
    try:
        overlay = load_overlay(args.overlay)
        upstream = read_source(args.upstream)
        derivation = derive(upstream, overlay, what=args.upstream)
        write_atomically(
            [(args.output, derivation.output), (args.record, record(upstream, derivation))]
        )
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in derivation.report():
        print(line, file=sys.stderr)
    operations = sum(1 for _ in iter_operations(derivation.document))
    print(
        f"wrote {args.output} ({operations} operations, info.version {derivation.info_version!r})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
