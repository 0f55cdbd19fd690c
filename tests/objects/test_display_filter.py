"""Display filters: the language of string `include` / `exclude` matchers.

Pure tests of `DisplayFilter` (a table of expressions against documents, the errors, properties
checked with hypothesis), then `select` against the emulator with a display filter.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    DisplayFilter,
    InvalidFilterError,
    ManagedObject,
)
from tests.objects.emulated import requests_log, unique

PUMP: dict[str, Any] = {
    "id": "1001",
    "name": "Pump 7",
    "type": "acme_Pump",
    "c8y_IsDevice": {},
    "c8y_Hardware": {"model": "P-200", "revision": "B"},
    "c8y_SupportedOperations": ["c8y_Restart", "c8y_Firmware"],
    "c8y_Position": {"lat": 52.5, "lng": 13.4},
    "c8y_Software": [{"name": "agent", "version": "1.2"}],
    "flow": 12,
    "level": "7",
    "owner": None,
    "active": True,
    "creationTime": "2024-05-01T10:00:00.000Z",
    "note": 'say "hi"\tnow',
}
VALVE: dict[str, Any] = {
    "id": "1002",
    "name": "valve",
    "type": "acme_Valve",
    "c8y_Hardware": {"model": "V-1"},
    "c8y_SupportedOperations": [],
    "flow": 3.5,
    "level": "high",
    "active": False,
    "creationTime": "2023-12-31T23:59:59.000Z",
    "tags": [1, 5, "9", None],
}
EMPTY: dict[str, Any] = {}

# expression, matches PUMP, matches VALVE, matches EMPTY
TABLE: list[tuple[str, bool, bool, bool]] = [
    # presence
    ("c8y_IsDevice", True, False, False),
    ("c8y_Hardware.model", True, True, False),
    ("c8y_Hardware.revision", True, False, False),
    ("owner", True, False, False),  # present as null
    ("c8y_Software.0.name", True, False, False),  # a numeric segment indexes a list
    ("c8y_Software.1.name", False, False, False),
    ("not c8y_IsDevice", False, True, True),
    ("!c8y_IsDevice", False, True, True),
    ("nothing", False, False, False),  # a field that starts like a keyword
    # equality: strings, bare words, quotes
    ("type == acme_Pump", True, False, False),
    ("type == 'acme_Pump'", True, False, False),
    ('type == "acme_Pump"', True, False, False),
    ("type eq acme_Pump", True, False, False),
    ("type == acme_pump", False, False, False),  # case matters
    ("name == 'Pump 7'", True, False, False),
    ("name == Pump", False, False, False),
    ("note == 'say \"hi\"\\tnow'", True, False, False),
    ('note == "say \\"hi\\"\\x09now"', True, False, False),
    ("type != acme_Pump", False, True, False),  # missing: false, even for !=
    ("type ne acme_Pump", False, True, False),
    ("not type == acme_Pump", False, True, True),
    # numbers, and strings that read as numbers
    ("flow == 12", True, False, False),
    ("flow == 12.0", True, False, False),
    ("flow == 1.2e1", True, False, False),
    ("flow == 0xc", True, False, False),
    ("flow == '12'", True, False, False),  # a numeric string compares as a number
    ("flow == 3.5", False, True, False),
    ("id == 1001", True, False, False),  # "1001" reads as a number
    ("id == '1001'", True, False, False),
    ("id > 1001", False, True, False),
    ("id >= 1001", True, True, False),
    ("level == 7", True, False, False),
    ("level > 6", True, False, False),  # "high" does not read as a number
    ("level < 100", True, False, False),
    ("level == high", False, True, False),
    ("level < '10'", False, False, False),  # two strings compare as text: "7" > "10"
    ("level < 10", True, False, False),  # a bare number: "7" reads as 7
    ("flow > 10", True, False, False),
    ("flow gt 10", True, False, False),
    ("flow < 10", False, True, False),
    ("flow lt 10", False, True, False),
    ("flow <= 12", True, True, False),
    ("flow le 3.5", False, True, False),
    ("flow >= 3.5", True, True, False),
    ("flow ge 12", True, False, False),
    ("flow > -1", True, True, False),
    ("flow > abc", False, False, False),  # a number never orders with a plain string
    ("flow == abc", False, False, False),
    ("flow != abc", True, True, False),  # present and not equal
    ("c8y_Position.lat > 50 and c8y_Position.lng < 20", True, False, False),
    # strings order as text
    ("name > P", True, True, False),
    ("name < valve", True, False, False),
    ("creationTime >= 2024-01-01", True, False, False),
    ("creationTime < '2024-01-01T00:00:00Z'", False, True, False),
    # booleans and null
    ("active == true", True, False, False),
    ("active == True", True, False, False),
    ("active == false", False, True, False),
    ("active == 1", False, False, False),  # true is not 1
    ("active == 'true'", False, False, False),  # nor a string
    ("owner == null", True, False, False),
    ("owner != null", False, False, False),
    ("active != null", True, True, False),
    ("flow == true", False, False, False),
    # lists: comparisons match any element, != means no element equals
    ("c8y_SupportedOperations == c8y_Restart", True, False, False),
    ("c8y_SupportedOperations != c8y_Restart", False, True, False),
    ("tags == 5", False, True, False),
    ("tags == 9", False, True, False),  # "9" reads as a number
    ("tags > 8", False, True, False),
    ("tags > 100", False, False, False),
    ("tags == null", False, True, False),
    ("c8y_SupportedOperations", True, True, False),  # an empty list is present
    # contains: membership in a list, substring of a string, key of an object
    ("c8y_SupportedOperations contains c8y_Firmware", True, False, False),
    ("c8y_SupportedOperations contains c8y_Firm", False, False, False),
    ("c8y_SupportedOperations ~= 'c8y_Restart'", True, False, False),
    ("tags contains 1", False, True, False),
    ("tags contains '9'", False, True, False),
    ("name contains ump", True, False, False),
    ("name contains 'p 7'", True, False, False),
    ("name contains P", True, False, False),
    ("c8y_Hardware contains revision", True, False, False),
    ("c8y_Hardware contains model", True, True, False),
    ("flow contains 1", False, False, False),  # numbers hold nothing
    # matches: re.search on strings (and on each string of a list)
    ("name matches '^P.*7$'", True, False, False),
    ("name matches 'alv'", False, True, False),
    ("name ~ '(?i)^PUMP'", True, False, False),
    ('c8y_Hardware.model matches "^[A-Z]-\\d$"', False, True, False),
    ('c8y_Hardware.model matches "^[A-Z]-\\\\d{3}$"', True, False, False),
    ("c8y_SupportedOperations matches Firm", True, False, False),
    ("flow matches 1", False, False, False),  # only strings match
    ("tags matches 9", False, True, False),
    # membership in a set
    ("type in {acme_Pump, acme_Valve}", True, True, False),
    ("type in {'acme_Valve' other}", False, True, False),
    ("flow in {1 2 12}", True, False, False),
    ("tags in {7, 9}", False, True, False),
    ("not type in {acme_Pump}", False, True, True),
    # functions
    ("len(c8y_SupportedOperations) == 2", True, False, False),
    ("len(c8y_SupportedOperations) == 0", False, True, False),
    ("len(name) > 5", True, False, False),
    ("len(c8y_Hardware) == 2", True, False, False),
    ("len(flow) == 2", False, False, False),  # a number has no length
    ("len(nothing) == 0", False, False, False),
    ("lower(type) == acme_pump", True, False, False),
    ("upper(name) contains PUMP", True, False, False),
    ("lower(c8y_SupportedOperations) contains c8y_restart", True, False, False),
    ("lower(flow) == 12", True, False, False),  # other values pass through
    ("len (name) == 5", False, True, False),
    # logic: precedence not > and > xor > or, parentheses, symbol forms
    ("c8y_IsDevice and flow > 10", True, False, False),
    ("c8y_IsDevice && flow > 10", True, False, False),
    ("c8y_IsDevice or tags", True, True, False),
    ("c8y_IsDevice || tags", True, True, False),
    ("c8y_IsDevice xor active", False, True, False),
    ("c8y_IsDevice ^^ active", False, True, False),
    ("not c8y_IsDevice and tags", False, True, False),
    ("not (c8y_IsDevice or tags)", False, False, True),
    ("!(c8y_IsDevice||tags)", False, False, True),
    ("nothing or c8y_IsDevice and tags", False, False, False),  # and binds tighter
    ("(nothing or c8y_IsDevice) and tags", False, False, False),
    ("(nothing or c8y_IsDevice) and flow", True, False, False),
    ("tags or c8y_IsDevice xor active", False, True, False),  # xor binds tighter than or
    ("(tags or c8y_IsDevice) xor active", False, False, False),
    ("c8y_IsDevice xor active or tags", False, True, False),
    ("c8y_IsDevice xor (active or tags)", False, True, False),
    ("c8y_IsDevice or flow and nothing", True, False, False),
    ("not not c8y_IsDevice", True, False, False),
    ("  type==acme_Pump&&flow>=12  ", True, False, False),
    ("type == acme_Pump\nand flow > 1", True, False, False),
    ("and.or == 1 or not.x", False, False, False),  # keywords are free as path parts
    ("c8y-Style_key or c8y_Hardware.model-x", False, False, False),
]


@pytest.mark.parametrize(("expression", "pump", "valve", "empty"), TABLE)
def test_display_filter_table(expression: str, pump: bool, valve: bool, empty: bool) -> None:
    matcher = DisplayFilter(expression)
    assert (matcher.matches(PUMP), matcher.matches(VALVE), matcher.matches(EMPTY)) == (
        pump,
        valve,
        empty,
    )


def test_display_filter_keeps_its_expression() -> None:
    matcher = DisplayFilter("a == 1")
    assert matcher.expression == "a == 1"
    assert repr(matcher) == "DisplayFilter('a == 1')"


def test_keywords_work_only_as_whole_words() -> None:
    doc = {"android": 1, "order": 2, "notes": 3, "index": 4}
    assert DisplayFilter("android and order and notes and index").matches(doc)
    assert not DisplayFilter("not notes").matches(doc)


def test_a_keyword_names_a_field_where_no_operator_can_stand() -> None:
    doc = {"and": 1, "in": 2, "contains": "xyz", "len": [1]}
    assert DisplayFilter("and and in").matches(doc)
    assert DisplayFilter("in == 2").matches(doc)
    assert DisplayFilter("contains contains y").matches(doc)
    assert DisplayFilter("len == 1 and len(len) == 1").matches(doc)
    assert not DisplayFilter("in == 3 or or").matches(doc)


# expression, what the message says, column (None: no single place)
ERRORS: list[tuple[str, str, int | None]] = [
    ("", "empty", None),
    ("   ", "empty", None),
    ("$..model", "JsonPathMatcher", 1),
    ("  $.c8y_Hardware[?(@.model == 'X')]", "JsonPathMatcher", 3),
    ("a ==", "ends early; expected a value", None),
    ("(a", "ends early; expected '\\)'", None),
    ("a and", "ends early", None),
    ("a == (", "unexpected '\\('", 6),
    ("a b", "unexpected 'b'", 3),
    ("a == b c", "unexpected 'c'", 8),
    ("a == b andc", "unexpected 'andc'", 8),
    ("a = 1", "unexpected character '='", 3),
    ("a & b", "unexpected character '&'", 3),
    ("a <> 1", "unexpected '>'", 4),
    ("a == 1)", "unexpected '\\)'", 7),
    ("A AND B", "unexpected 'AND'", 3),
    ("a == 'open", "not closed with '", 6),
    ('a == "open', 'not closed with "', 6),
    ("a.", "unexpected '.'", 2),
    (".a", "unexpected '.a'", 1),
    ("a[0] == 1", "JsonPathMatcher", 2),
    ("a..b", "JsonPathMatcher", 2),
    ("a in {}", "unexpected '}'", 7),
    ("lower(a)", "ends early", None),
    ("len(1) > 2", "unexpected '1'", 5),
    ("a > true", "true has no order", 5),
    ("a <= null", "null has no order", 6),
    ("a matches '('", "bad regular expression", 11),
    ("a and (b == 1 or )", "unexpected '\\)'", 18),
    ("not == 3", "unexpected '=='", 5),
]


@pytest.mark.parametrize(("expression", "problem", "column"), ERRORS)
def test_bad_filters_raise_a_typed_error_naming_the_place(
    expression: str, problem: str, column: int | None
) -> None:
    with pytest.raises(InvalidFilterError, match=problem) as caught:
        DisplayFilter(expression)
    error = caught.value
    assert isinstance(error, ConfigurationError)
    assert error.expression == expression
    assert error.column == column
    if column is not None:
        assert f"at column {column}" in str(error)


def test_long_chains_evaluate_without_deep_recursion() -> None:
    doc = {"a": 1}
    assert DisplayFilter(" and ".join(["a"] * 1500)).matches(doc)
    assert not DisplayFilter(" and ".join(["a"] * 1500) + " and x").matches(doc)
    assert DisplayFilter(" or ".join(["x"] * 1500) + " || a").matches(doc)
    assert DisplayFilter(" xor ".join(["a"] * 1501)).matches(doc)  # odd count: true
    assert not DisplayFilter(" ^^ ".join(["a"] * 1500)).matches(doc)
    assert DisplayFilter("(" * 1500 + "a" + ")" * 1500).matches(doc)


def test_nesting_too_deep_to_compile_is_a_typed_error() -> None:
    with pytest.raises(InvalidFilterError, match="nested too deeply"):
        DisplayFilter("not " * 5000 + "a")


def test_a_non_string_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="must be a string, got int"):
        DisplayFilter(5)  # type: ignore[arg-type]


# -- properties ---------------------------------------------------------------------------------

FIELDS = ["a", "b", "c.d", "x"]
scalars = st.one_of(
    st.integers(-3, 3),
    st.sampled_from([0.5, -1.5, 2.0]),
    st.sampled_from(["", "a", "ab", "1", "2", "-3", "x y", "A"]),
    st.booleans(),
    st.none(),
)
json_values = st.one_of(scalars, st.lists(scalars, max_size=3))
documents = st.fixed_dictionaries(
    {},
    optional={
        "a": json_values,
        "b": json_values,
        "c": st.one_of(scalars, st.fixed_dictionaries({}, optional={"d": json_values})),
    },
)
values = st.sampled_from(["1", "-3", "0.5", "2.0", "a", "'ab'", '"x y"', "''", "'1'", "A"])
equality_values = st.one_of(values, st.sampled_from(["true", "false", "null"]))
fields = st.sampled_from(FIELDS)
operands = st.one_of(fields, fields.map(lambda f: f"len({f})"), fields.map(lambda f: f"lower({f})"))

atoms = st.one_of(
    fields,
    st.tuples(operands, st.sampled_from(["==", "!=", "eq", "ne"]), equality_values).map(" ".join),
    st.tuples(operands, st.sampled_from(["<", "<=", ">", ">=", "lt", "ge"]), values).map(" ".join),
    st.tuples(fields, st.sampled_from(["contains", "~="]), values).map(" ".join),
    st.tuples(fields, st.sampled_from(["matches", "~"]), st.sampled_from(["'^a'", "1", "'.'"])).map(
        " ".join
    ),
    st.tuples(fields, st.lists(equality_values, min_size=1, max_size=3)).map(
        lambda t: f"{t[0]} in {{{', '.join(t[1])}}}"
    ),
)
expressions = st.recursive(
    atoms,
    lambda inner: st.one_of(
        inner.map(lambda e: f"not ({e})"),
        st.tuples(inner, st.sampled_from(["and", "or", "xor", "&&", "||", "^^"]), inner).map(
            lambda t: f"({t[0]}) {t[1]} ({t[2]})"
        ),
    ),
    max_leaves=6,
)

bounded = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def matches(expression: str, doc: dict[str, Any]) -> bool:
    return DisplayFilter(expression).matches(doc)


@bounded
@given(expression=expressions, doc=documents)
def test_not_is_the_negation(expression: str, doc: dict[str, Any]) -> None:
    assert matches(f"not ({expression})", doc) is not matches(expression, doc)
    assert matches(f"!({expression})", doc) is not matches(expression, doc)


@bounded
@given(left=expressions, right=expressions, doc=documents)
def test_connectives_combine_their_operands(left: str, right: str, doc: dict[str, Any]) -> None:
    a, b = matches(left, doc), matches(right, doc)
    assert matches(f"({left}) and ({right})", doc) is (a and b)
    assert matches(f"({left}) && ({right})", doc) is (a and b)
    assert matches(f"({left}) or ({right})", doc) is (a or b)
    assert matches(f"({left}) || ({right})", doc) is (a or b)
    assert matches(f"({left}) xor ({right})", doc) is (a != b)
    assert matches(f"not ({left}) or not ({right})", doc) is not (a and b)


@bounded
@given(field=fields, value=equality_values, doc=documents)
def test_not_equal_is_present_and_not_equal(field: str, value: str, doc: dict[str, Any]) -> None:
    expected = matches(field, doc) and not matches(f"{field} == {value}", doc)
    assert matches(f"{field} != {value}", doc) is expected
    assert matches(f"{field} ne {value}", doc) is expected
    assert matches(f"{field} eq {value}", doc) is matches(f"{field} == {value}", doc)


@bounded
@given(field=fields, value=values, doc=documents)
def test_comparisons_on_a_missing_field_are_false(
    field: str, value: str, doc: dict[str, Any]
) -> None:
    if matches(field, doc):
        return
    for op in ("==", "!=", "<", "<=", ">", ">=", "contains", "matches"):
        assert not matches(f"{field} {op} {value}", doc)
        assert matches(f"not {field} {op} {value}", doc)


@bounded
@given(field=fields, value=values, doc=documents)
def test_orderings_agree_with_each_other(field: str, value: str, doc: dict[str, Any]) -> None:
    raw: Any = doc
    for part in field.split("."):
        raw = raw.get(part) if isinstance(raw, dict) else None
    if isinstance(raw, list):
        return  # any-element semantics: <= is not < or == on a list
    lt, eq, le = (matches(f"{field} {op} {value}", doc) for op in ("<", "==", "<="))
    assert le is (lt or eq)
    gt, ge = (matches(f"{field} {op} {value}", doc) for op in (">", ">="))
    assert ge is (gt or eq)
    assert not (lt and gt)


# -- against the emulator -----------------------------------------------------------------------


async def test_select_keeps_what_an_include_display_filter_matches(api: CumulocityClient) -> None:
    kind = unique("df")
    specs = [
        ("p1", {"model": "P-200"}, ["c8y_Restart"], 3),
        ("p2", {"model": "P-300"}, [], 12),
        ("v1", {"model": "V-1"}, ["c8y_Restart", "c8y_Firmware"], 7),
        ("bare", None, None, None),
    ]
    for name, hardware, operations, flow in specs:
        obj = ManagedObject(type=kind, name=name)
        if hardware is not None:
            obj["c8y_Hardware"] = hardware
            obj["c8y_SupportedOperations"] = operations
            obj["flow"] = flow
        await api.inventory.create(obj)

    async def names(include: str, exclude: str | None = None) -> list[str]:
        found = await api.inventory.get_all(type=kind, include=include, exclude=exclude, limit=None)
        return sorted(o.name or "" for o in found)

    assert await names("c8y_Hardware") == ["p1", "p2", "v1"]
    assert await names("c8y_Hardware.model matches '^P-' and flow > 5") == ["p2"]
    assert await names("c8y_SupportedOperations contains c8y_Restart") == ["p1", "v1"]
    assert await names("not c8y_Hardware or len(c8y_SupportedOperations) == 2") == ["bare", "v1"]
    assert await names("flow >= 3", exclude="name in {p1, p9}") == ["p2", "v1"]
    values = [
        v
        async for v in api.inventory.select(
            type=kind, include="flow < 10", as_values="name", limit=None
        )
    ]
    assert sorted(values) == ["p1", "v1"]


async def test_a_bad_display_filter_fails_before_any_request(api: CumulocityClient) -> None:
    before = [r for r in await requests_log(api) if r["path"].startswith("/inventory")]
    with pytest.raises(InvalidFilterError, match="at column 7"):
        api.inventory.select(include="flow >> 3")
    with pytest.raises(InvalidFilterError, match="JsonPathMatcher"):
        await api.inventory.get_all(exclude="$[?(@.flow > 3)]")
    after = [r for r in await requests_log(api) if r["path"].startswith("/inventory")]
    assert after == before
