"""The query language: parsing, literals, evaluation, sorting; values as clients write them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from c8y_emulator.query import (
    MAX_DEPTH,
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


# --- pinned behaviours: messages, limits, dates, comparisons, sorting, functions ---------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("", "the query is empty"),
        (" + ", "the query is empty"),
        ("name eq 'open", "unterminated string literal starting at position 8"),
        ("name eq 1 ~ 2", "expected 'and', 'or', ')' or $orderby= at position 10, found '~'"),
        ("name eq 'it''s", "unterminated string literal starting at position 12"),
        ("a eq 'x' or b eq '", "unterminated string literal starting at position 17"),
        (
            "name eq",
            "expected a value ('text', a word, a number, true, false or null) "
            "at position 7, found the end of the query",
        ),
        (
            "eq 1",
            "expected a comparison operator (eq, ne, gt, ge, lt, le) after 'eq' "
            "at position 3, found '1'",
        ),
        (") a", "expected a field name, a function or '(' at position 0, found ')'"),
        (
            "name like 'x'",
            "expected a comparison operator (eq, ne, gt, ge, lt, le) after "
            "'name' at position 5, found 'like'",
        ),
        ("(name eq 'x'", "expected ')' at position 12, found the end of the query"),
        ("a eq 1 b", "expected 'and', 'or', ')' or $orderby= at position 7, found 'b'"),
        (
            "frob(x)",
            "unknown function 'frob' at position 0 "
            "(supported: bygroupid, has, hasany, isinhierarchyof)",
        ),
        ("has()", "expected an argument of has() at position 4, found ')'"),
        ("hasany(a b)", "expected ',' or ')' in hasany() at position 9, found 'b'"),
        ("has(a, b)", "has() takes exactly one fragment name, got 2"),
        ("$orderby=", "expected a field name to sort by at position 9, found the end of the query"),
        ("$orderby='a'", "expected a field name to sort by at position 9, found \"'a'\""),
        (
            "not " * (MAX_DEPTH + 1) + "a eq 1",
            f"the query nests parentheses and 'not' deeper than {MAX_DEPTH} levels "
            f"(at position {4 * MAX_DEPTH})",
        ),
    ],
)
def test_refusals_name_the_problem_and_its_position(bad: str, message: str) -> None:
    with pytest.raises(QueryError) as refused:
        parse_query(bad)
    assert str(refused.value) == message


@pytest.mark.parametrize("opener", ["(", "not ", "not (", "(not "])
def test_nesting_limit_is_exact(opener: str) -> None:
    per_level = 2 if opener in ("not (", "(not ") else 1
    closing = ")" * opener.count("(")
    levels = MAX_DEPTH // per_level
    parse_query(opener * levels + "a eq 1" + closing * levels)
    with pytest.raises(QueryError, match="deeper than"):
        parse_query(opener * (levels + 1) + "a eq 1" + closing * (levels + 1))


def test_depth_counts_nesting_not_length() -> None:
    # Levels are given back when a group closes: long flat queries are fine.
    count = MAX_DEPTH * 3
    assert _matches(" and ".join(["(a eq 1)"] * count), {"a": 1})
    assert _matches(" or ".join(["not a eq 2"] * count), {"a": 1})
    assert _matches(" and ".join(["(not (a eq 2))"] * count), {"a": 1})
    # A closed group gives back exactly its levels: the next one may use all of them, no more.
    deepest = "(" * MAX_DEPTH + "a eq 1" + ")" * MAX_DEPTH
    assert _matches(f"(a eq 1) and {deepest}", {"a": 1})
    assert _matches(f"not a eq 2 and {'not ' * MAX_DEPTH}a eq 1", {"a": 1})
    for too_deep in (
        f"(a eq 1) and ({deepest})",
        f"not a eq 2 and {'not ' * (MAX_DEPTH + 1)}a eq 1",
    ):
        with pytest.raises(QueryError, match="deeper than"):
            parse_query(too_deep)


def test_query_parts() -> None:
    only_order = parse_query("$orderby=a asc, b desc,c")
    assert only_order.filter is None
    assert only_order.order == ((("a",), False), (("b",), True), (("c",), False))
    only_filter = parse_query("$filter=a eq 1")
    assert only_filter.filter == Compare(("a",), "eq", 1)
    assert only_filter.order == ()
    assert parse_query("a eq 1").order == ()
    assert parse_query("$orderby=a ASC").order == ((("a",), False),)
    assert parse_query("$orderby=a DESC").order == ((("a",), True),)


def test_words_that_name_functions_or_keywords_as_fields() -> None:
    assert parse_query("has eq 1").filter == Compare(("has",), "eq", 1)
    assert parse_query("desc eq 1").filter == Compare(("desc",), "eq", 1)
    assert parse_query("bygroupid('it''s', x)").filter == Function("bygroupid", ("it's", "x"))


@pytest.mark.parametrize(
    ("literal", "value"),
    [("2f", 2.0), ("2F", 2.0), ("3.5d", 3.5), ("3.5D", 3.5), ("-0.25d", -0.25), ("7", 7)],
)
def test_number_suffixes(literal: str, value: float) -> None:
    parsed = parse_query(f"a eq {literal}").filter
    assert parsed == Compare(("a",), "eq", value)
    assert isinstance(parsed, Compare)
    assert type(parsed.value) is type(value)


# Instants that sort differently as text: 00:00Z is later than 01:30+02:00 (23:30Z the day before).
_EARLY_WITH_OFFSET = "2024-01-01T01:30:00+02:00"
_LATER_IN_UTC = "2024-01-01T00:00:00.000Z"


@pytest.mark.parametrize(
    ("query", "document", "expected"),
    [
        # dates compare as instants, across UTC offsets
        (f"t gt '{_EARLY_WITH_OFFSET}'", {"t": _LATER_IN_UTC}, True),
        (f"t ge '{_EARLY_WITH_OFFSET}'", {"t": _LATER_IN_UTC}, True),
        (f"t lt '{_EARLY_WITH_OFFSET}'", {"t": _LATER_IN_UTC}, False),
        (f"t le '{_EARLY_WITH_OFFSET}'", {"t": _LATER_IN_UTC}, False),
        ("t gt '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T00:00:00Z"}, False),
        ("t ge '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T00:00:00Z"}, True),
        ("t lt '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T00:00:00Z"}, False),
        ("t le '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T00:00:00Z"}, True),
        ("t eq '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T00:00:00.000Z"}, True),
        ("t ne '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T00:00:00.000Z"}, False),
        ("t eq '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T01:00:00+01:00"}, True),
        ("t eq '2024-01-01T01:00:00+01:00'", {"t": "2024-01-01T01:00:00Z"}, False),
        ("t eq '2024-01-01T01:00:00+01:00'", {"t": "not a date"}, False),
        ("t eq '2024-01-01T01:00:00+01:00'", {"t": 5}, False),
        ("t eq '2024-01-01T01:00:00+01:00'", {}, False),
        # without an offset on both sides the text is compared
        ("t gt '2024-01-01T01:30:00'", {"t": "2024-01-01T00:00:00Z"}, False),
        ("t gt '2024-01-01T00:00:00'", {"t": "2024-01-01T00:00:00Z"}, True),
        ("t gt '2024-01-01T01:30:00+02:00'", {"t": "zzz"}, True),
        ("t lt '2024-01-01T01:30:00+02:00'", {"t": "2024-01-01T00:00:00"}, True),
        ("t eq '2024-01-01T00:00:00'", {"t": "2024-01-01T00:00:00"}, True),
        ("t lt '20240101T000000Z'", {"t": "20240101T000001Z"}, False),
        # comparisons at equal values, and either side of them
        ("n gt 5", {"n": 5}, False),
        ("n ge 5", {"n": 5}, True),
        ("n lt 5", {"n": 5}, False),
        ("n le 5", {"n": 5}, True),
        ("n ge 5", {"n": 4}, False),
        ("n le 5", {"n": 6}, False),
        ("n lt 5", {"n": 4.5}, True),
        ("s ge 'b'", {"s": "b"}, True),
        ("s gt 'b'", {"s": "b"}, False),
        ("s lt 'b'", {"s": "a"}, True),
        ("s le 'b'", {"s": "c"}, False),
        ("n gt 'b'", {"n": 5}, False),
        ("n eq 1", {"n": 1}, True),
        ("n eq 1", {"n": 2}, False),
        ("n eq 1", {"n": 1.0}, True),
        ("n eq 1", {"n": True}, False),
        ("n eq 1", {"n": "1"}, False),
        # false, and null on present and missing fields
        ("flag eq false", {"flag": False}, True),
        ("flag eq false", {"flag": 0}, False),
        ("flag eq false", {"flag": True}, False),
        ("flag eq false", {}, False),
        ("flag ne false", {}, True),
        ("flag ne false", {"flag": True}, True),
        ("name eq null", {"name": "x"}, False),
        ("name eq null", {"name": None}, True),
        ("name eq null", {"other": None}, True),
        ("name ne null", {"name": "x"}, True),
        ("name ne null", {"name": None}, False),
        ("name ne null", {}, False),
        ("name ne 'x'", {"name": "x"}, False),
        ("name ne 'x'", {"name": "y"}, True),
        # ids compare as numbers
        ("id eq 12", {"id": "12"}, True),
        ("id eq '12'", {"id": "12"}, True),
        ("id eq 12", {"id": "13"}, False),
        ("id ne 12", {"id": "13"}, True),
        ("id gt 9", {"id": "10"}, True),
        ("id lt 9", {"id": "10"}, False),
        ("id gt '\u00b2'", {"id": "10"}, False),
        # paths through arrays, and the .date suffix of date fields
        ("items.k eq 2", {"items": [1, "k", {"j": 2}, {"k": 2}]}, True),
        ("items.k eq 2", {"items": ["k", {"k": 3}]}, False),
        ("date eq 'x'", {"date": "x"}, True),
        ("date eq null", {}, True),
        ("a.b.date lt '2030-01-01T00:00:00Z'", {"a": {"b": "2024-01-01T00:00:00Z"}}, True),
        ("a.b.date eq null", {"a": {"b": "2024-01-01T00:00:00Z"}}, False),
        ("a.date.b eq 1", {"a": {"b": 1}}, False),
    ],
)
def test_comparisons(query: str, document: dict[str, Any], expected: bool) -> None:
    assert _matches(query, {"id": "1", **document}) is expected


@pytest.mark.parametrize(
    ("query", "document", "expected"),
    [
        ("has(x)", {}, False),
        ("has(x)", {"x": []}, True),
        ("has(x)", {"x": None}, True),
        ("has(a.b)", {"a": {"b": []}}, True),
        ("has(a.b)", {"a": {"c": 1}}, False),
        ("has(a.b)", {"a": 5}, False),
        ("has(a.b)", {"a": [{"b": 1}]}, True),
        ("has(a.b)", {"a": [{"c": 1}, 3]}, False),
        ("has(a.b.c)", {"a": [{"b": {"c": 0}}]}, True),
        ("hasany(x, a.b)", {"a": [{"b": 1}]}, True),
        ("hasany(x, y)", {"z": 1}, False),
        ("not has(x)", {}, True),
        ("not has(x)", {"x": 1}, False),
    ],
)
def test_fragment_functions(query: str, document: dict[str, Any], expected: bool) -> None:
    assert _matches(query, document) is expected


class _Resolvers:
    """Group and hierarchy resolvers that remember what they were asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, tuple[str, ...]]] = []

    def groups(self, ids: Sequence[str]) -> set[str]:
        self.asked.append(("groups", tuple(ids)))
        return {"1"}

    def hierarchy(self, ids: Sequence[str]) -> set[str]:
        self.asked.append(("hierarchy", tuple(ids)))
        return {"2"}


@pytest.mark.parametrize(
    ("query", "matching", "asked"),
    [
        ("bygroupid(5)", ["1"], [("groups", ("5",))]),
        ("isinhierarchyof(7, 8)", ["2"], [("hierarchy", ("7", "8"))]),
        ("bygroupid(5) and name eq 'a'", ["1"], [("groups", ("5",))]),
        ("name eq 'a' and isinhierarchyof(7)", ["2"], [("hierarchy", ("7",))]),
        ("bygroupid(5) or name eq 'c'", ["1", "3"], [("groups", ("5",))]),
        ("name eq 'c' or isinhierarchyof(7)", ["2", "3"], [("hierarchy", ("7",))]),
        ("not bygroupid(5)", ["2", "3"], [("groups", ("5",))]),
        ("not isinhierarchyof(7)", ["1", "3"], [("hierarchy", ("7",))]),
        (
            "not (bygroupid(5) or isinhierarchyof(7))",
            ["3"],
            [("groups", ("5",)), ("hierarchy", ("7",))],
        ),
    ],
)
def test_group_functions_under_and_or_not(
    query: str, matching: list[str], asked: list[tuple[str, tuple[str, ...]]]
) -> None:
    resolvers = _Resolvers()
    parsed = parse_query(query)
    assert parsed.filter is not None
    predicate = compile_filter(
        parsed.filter, group_members=resolvers.groups, hierarchy_members=resolvers.hierarchy
    )
    documents = [{"id": "1", "name": "a"}, {"id": "2", "name": "a"}, {"id": "3", "name": "c"}]
    assert [d["id"] for d in documents if predicate(d)] == matching
    assert resolvers.asked == asked  # each function resolves its members once


def _order(query: str, documents: list[dict[str, Any]]) -> list[str]:
    return [d["id"] for d in sort_documents(documents, parse_query(query).order)]


def test_orderby_id_is_numeric() -> None:
    docs: list[dict[str, Any]] = [{"id": "100"}, {"id": "9"}, {"id": "10"}]
    assert _order("$orderby=id", docs) == ["9", "10", "100"]
    assert _order("$orderby=id asc", docs) == ["9", "10", "100"]
    assert _order("$orderby=id desc", docs) == ["100", "10", "9"]


def test_orderby_ranks_json_types() -> None:
    docs: list[dict[str, Any]] = [
        {"id": "1", "v": True},
        {"id": "2", "v": [[2]]},
        {"id": "3", "v": {"b": 1}},
        {"id": "4", "v": "s"},
        {"id": "5", "v": -1},
        {"id": "6"},
        {"id": "7", "v": None},
        {"id": "8", "v": False},
        {"id": "9", "v": [[1]]},
        {"id": "10", "v": {"a": 1}},
        {"id": "11", "v": 2.5},
        {"id": "12", "v": "a"},
        {"id": "13", "v": [3, 0]},
    ]
    # missing and null, numbers, strings, objects, arrays, booleans; objects and arrays keep
    # their input order, the others sort by value. An array field sorts by its first element
    # (paths look into arrays); only an array inside an array ranks as an array.
    expected = ["6", "7", "5", "11", "13", "12", "4", "3", "10", "2", "9", "8", "1"]
    assert _order("$orderby=v", docs) == expected
    assert _order("$orderby=v asc", docs) == expected
    # Descending reverses the ranks and the values; equal keys keep their input order.
    descending = ["1", "8", "2", "9", "3", "10", "4", "12", "13", "11", "5", "6", "7"]
    assert _order("$orderby=v desc", docs) == descending


def test_orderby_missing_before_null_keeps_input_order() -> None:
    docs: list[dict[str, Any]] = [{"id": "1"}, {"id": "2", "v": None}, {"id": "3", "v": 0}]
    assert _order("$orderby=v", docs) == ["1", "2", "3"]
    flipped: list[dict[str, Any]] = [{"id": "2", "v": None}, {"id": "1"}]
    assert _order("$orderby=v", flipped) == ["2", "1"]


def test_orderby_several_keys() -> None:
    docs: list[dict[str, Any]] = [
        {"id": "1", "a": 1, "b": "x"},
        {"id": "2", "a": 2, "b": "x"},
        {"id": "3", "a": 1, "b": "y"},
    ]
    assert _order("$orderby=b asc, a desc", docs) == ["2", "1", "3"]
    assert _order("$orderby=b desc,a", docs) == ["3", "1", "2"]


def test_an_empty_filter_beside_a_sort_selects_everything() -> None:
    parsed = parse_query("$filter=()+$orderby=name desc")
    assert parsed.filter is None
    assert parsed.order == ((("name",), True),)
    assert parse_query("$filter=( ) $orderby=id").filter is None
    with pytest.raises(QueryError, match="expected a field name"):
        parse_query("$filter=(()) $orderby=id")
