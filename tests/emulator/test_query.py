"""The query language: parsing, literals, evaluation, sorting; values as clients write them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from c8y_emulator.query import (
    Compare,
    Function,
    Not,
    QueryError,
    compile_filter,
    parse_query,
    sort_documents,
)


def _no_groups(ids: Sequence[str]) -> set[str]:
    return set()


def _matches(query: str, document: dict[str, Any]) -> bool:
    parsed = parse_query(query)
    assert parsed.filter is not None
    predicate = compile_filter(
        parsed.filter, group_members=_no_groups, hierarchy_members=_no_groups
    )
    return predicate({"id": "1", **document})


def test_literals() -> None:
    assert parse_query("a eq 'it''s'").filter == Compare(("a",), "eq", "it's")
    assert parse_query("a eq 12").filter == Compare(("a",), "eq", 12)
    assert parse_query("a eq -3.5d").filter == Compare(("a",), "eq", -3.5)
    assert parse_query("a eq 2f").filter == Compare(("a",), "eq", 2.0)
    # An unsuffixed decimal is a string, as the platform documents.
    assert parse_query("a eq 6.6").filter == Compare(("a",), "eq", "6.6")
    assert parse_query("a eq null").filter == Compare(("a",), "eq", None)
    assert parse_query("a.b.c ne true").filter == Compare(("a", "b", "c"), "ne", True)


def test_structure_and_precedence() -> None:
    parsed = parse_query("not has(x) and (a eq 1 or b eq 2) $orderby=a desc, b")
    assert parsed.order == ((("a",), True), (("b",), False))
    assert parsed.filter is not None
    assert parsed.filter.__class__.__name__ == "And"
    assert parse_query("NOT HAS(x)").filter == Not(Function("has", ("x",)))
    assert parse_query("bygroupid(1, '2')").filter == Function("bygroupid", ("1", "2"))


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "a eq", "eq 1", "a eq 1 or", "has()", "has(a, b)", "a eq 1 $orderby=", "a ~ 1"],
)
def test_malformed_queries_raise(bad: str) -> None:
    with pytest.raises(QueryError, match=r"\S"):
        parse_query(bad)


@pytest.mark.parametrize(
    ("query", "document", "expected"),
    [
        ("name eq 'Dev*'", {"name": "device 7"}, True),
        ("name eq '*7'", {"name": "device 7"}, True),
        ("name eq 'Device 7'", {"name": "device 7"}, False),
        ("name eq '*'", {}, False),
        ("name eq null", {}, True),
        ("name ne 'x'", {}, True),
        ("n gt 5", {"n": 6}, True),
        ("n gt 5", {"n": "6"}, False),
        ("n le 5.5d", {"n": 5.5}, True),
        ("flag eq true", {"flag": True}, True),
        ("flag eq true", {"flag": 1}, False),
        ("t gt '2024-01-01T00:00:00+01:00'", {"t": "2024-01-01T00:30:00.000Z"}, True),
        (
            "creationTime.date lt '2030-01-01T00:00:00Z'",
            {"creationTime": "2024-01-01T00:00:00.000Z"},
            True,
        ),
        ("list eq 'b'", {"list": ["a", "b"]}, True),
        ("items.k eq 2", {"items": [{"k": 1}, {"k": 2}]}, True),
        ("has(a.b)", {"a": {"b": None}}, True),
        ("hasany(x, y)", {"y": {}}, True),
        ("id gt 0", {}, True),
    ],
)
def test_evaluation(query: str, document: dict[str, Any], expected: bool) -> None:
    assert _matches(query, document) is expected


def test_sort_mixed_types_missing_first() -> None:
    docs: list[dict[str, Any]] = [
        {"id": "1", "v": "b"},
        {"id": "2", "v": 3},
        {"id": "3"},
        {"id": "4", "v": "a"},
    ]
    ordered = sort_documents(docs, [(("v",), False)])
    assert [d["id"] for d in ordered] == ["3", "2", "4", "1"]
    reverse = sort_documents(docs, [(("v",), True)])
    assert [d["id"] for d in reverse] == ["1", "4", "2", "3"]


# --- values as clients write them, through HTTP ------------------------------------------------

MOS = "/inventory/managedObjects"


async def _new(client: httpx.AsyncClient, **fragments: Any) -> str:
    response = await client.post(MOS, json=fragments)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _found(client: httpx.AsyncClient, **params: str) -> list[str]:
    response = await client.get(MOS, params={"pageSize": "2000", **params})
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["managedObjects"]]


@pytest.fixture
async def fleet(client: httpx.AsyncClient) -> dict[str, str]:
    """Four objects whose names and types clients filter on without quotes."""
    return {
        "sub": await _new(client, name="abc-floor", type="c8y_DeviceSubGroup"),
        "group": await _new(client, name="Abcd", type="c8y_DeviceGroup"),
        "mine": await _new(client, name="zeta", type="my-device-type", c8y_IsDevice={}),
        "other": await _new(client, name="abc", type="my-device-type-2", c8y_IsDevice={}),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type eq c8y_DeviceSubGroup", ["sub"]),
        ("type eq my-device-type", ["mine"]),
        ("type eq 'my-device-type'", ["mine"]),
        ("type ne my-device-type and type ne c8y_DeviceGroup", ["sub", "other"]),
        # A bare word with a wildcard matches case-insensitively, as a quoted pattern does.
        ("name eq abc*", ["sub", "group", "other"]),
        ("name eq *a", ["mine"]),
        ("type eq my-device-type*", ["mine", "other"]),
        ("$filter=(type eq c8y_DeviceSubGroup or name eq zeta)", ["sub", "mine"]),
        ("has(c8y_IsDevice) and name eq abc", ["other"]),
    ],
)
async def test_unquoted_values(
    client: httpx.AsyncClient, fleet: dict[str, str], query: str, expected: list[str]
) -> None:
    assert await _found(client, query=query) == [fleet[name] for name in expected]


@pytest.mark.parametrize(
    "query",
    [
        "$filter=(name eq abc*) $orderby=name desc",
        "$filter=(name eq abc*)$orderby=name desc",
        # c8y_api joins the two parts with '+', which reaches the server percent-encoded.
        "$filter=(name eq abc*)+$orderby=name+desc",
    ],
)
async def test_filter_and_orderby_in_one_query(
    client: httpx.AsyncClient, fleet: dict[str, str], query: str
) -> None:
    # Code-point order, descending: "abc-floor" > "abc" > "Abcd".
    assert await _found(client, query=query) == [fleet["sub"], fleet["other"], fleet["group"]]


async def test_legacy_device_query_takes_unquoted_values(
    client: httpx.AsyncClient, fleet: dict[str, str]
) -> None:
    assert await _found(client, q="$filter=(type eq my-device-type*) $orderby=name") == [
        fleet["other"],
        fleet["mine"],
    ]


def test_unquoted_words_parse_as_strings_and_keywords_stay_keywords() -> None:
    assert parse_query("type eq c8y_DeviceSubGroup").filter == Compare(
        ("type",), "eq", "c8y_DeviceSubGroup"
    )
    assert parse_query("a eq x-1:2.b").filter == Compare(("a",), "eq", "x-1:2.b")
    assert parse_query("a eq 12abc").filter == Compare(("a",), "eq", "12abc")
    assert parse_query("a eq 2024-01-01").filter == Compare(("a",), "eq", "2024-01-01")
    assert parse_query("a eq *x*").filter == Compare(("a",), "eq", "*x*")
    assert parse_query("a eq FALSE").filter == Compare(("a",), "eq", False)
    assert parse_query("a eq Null").filter == Compare(("a",), "eq", None)
    assert parse_query("a eq 12").filter == Compare(("a",), "eq", 12)
    assert parse_query("bygroupid(12x)").filter == Function("bygroupid", ("12x",))
