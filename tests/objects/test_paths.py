"""Dotted paths and JSONPath queries on plain JSON (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from c8y_objects import _paths
from c8y_objects._paths import (
    InvalidPathError,
    compile_jsonpath,
    delete_path,
    find_all,
    find_with_roots,
    get_path,
    has_path,
    is_jsonpath,
    set_path,
    split_path,
    value_getter,
)


def doc() -> dict[str, Any]:
    return {
        "c8y_Hardware": {"model": "X1", "serialNumber": "42"},
        "c8y_IsDevice": {},
        "c8y_Software": [{"name": "a", "version": "1"}, {"name": "b", "version": "2"}],
        "series": {"T": {"value": 3}, "H": {"value": 12}},
        "flag": None,
    }


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a", False),
        ("a.b.c", False),
        ("c8y_Hardware.serialNumber", False),
        ("$.a", True),
        ("a[0]", True),
        ("a..b", True),
        ("a.*", True),
        ("$..value", True),
    ],
)
def test_is_jsonpath_classifies_paths(path: str, expected: bool) -> None:
    assert is_jsonpath(path) is expected


def test_split_path_is_computed_once_and_cached() -> None:
    path = "cache_probe.first.second"
    _paths._SPLITS.pop(path, None)
    first = split_path(path)
    assert first == ("cache_probe", "first", "second")
    assert _paths._SPLITS[path] is first
    assert split_path(path) is first


def test_split_path_marks_jsonpath_with_empty_tuple() -> None:
    assert split_path("$.a.b") == ()


@pytest.mark.parametrize("bad", ["", "a.", ".a", "a.b."])
def test_split_path_refuses_empty_segments(bad: str) -> None:
    with pytest.raises(InvalidPathError):
        split_path(bad)


def test_compile_jsonpath_caches_the_compiled_query() -> None:
    assert compile_jsonpath("$.cached.query") is compile_jsonpath("$.cached.query")


def test_invalid_jsonpath_names_the_expression() -> None:
    with pytest.raises(InvalidPathError, match=r"\$\.a\[\?\(@\.x ==\]"):
        compile_jsonpath("$.a[?(@.x ==]")


def test_get_path_reads_nested_values_and_list_indexes() -> None:
    data = doc()
    assert get_path(data, "c8y_Hardware.model") == "X1"
    assert get_path(data, "c8y_Software.1.name") == "b"
    assert get_path(data, "$.c8y_Software[0].version") == "1"
    assert get_path(data, "flag") is None


def test_get_path_survives_missing_keys_with_default() -> None:
    data = doc()
    assert get_path(data, "c8y_Hardware.missing.deeper", 7) == 7
    assert get_path(data, "c8y_Software.9.name", "none") == "none"
    assert get_path(data, "c8y_Hardware.model.x", "scalar") == "scalar"
    assert get_path(data, "$.nothing.here", 0) == 0


def test_get_path_without_default_raises_key_error_naming_the_path() -> None:
    with pytest.raises(KeyError, match=r"c8y_Hardware\.nope"):
        get_path(doc(), "c8y_Hardware.nope")


def test_has_path_counts_null_values_as_present() -> None:
    data = doc()
    assert has_path(data, "flag")
    assert has_path(data, "c8y_IsDevice")
    assert not has_path(data, "c8y_Hardware.revision")
    assert has_path(data, "$..version")


def test_find_all_returns_every_match() -> None:
    assert find_all(doc(), "$..value") == [3, 12]
    assert find_all(doc(), "c8y_Software.0.name") == ["a"]
    assert find_all(doc(), "nothing.here") == []


def test_filter_on_an_object_tests_the_object_itself() -> None:
    data = doc()
    assert find_all(data, "$.c8y_Hardware[?(@.model == 'X1')]") == [data["c8y_Hardware"]]
    assert find_all(data, "$.c8y_Hardware[?(@.model == 'other')]") == []


def test_filter_on_an_array_tests_each_element() -> None:
    assert find_all(doc(), "$.c8y_Software[?(@.version > '1')].name") == ["b"]
    assert find_all(doc(), "$.series.*[?(@.value > 10)]") == [{"value": 12}]


def test_set_path_creates_missing_objects_and_reports_the_top_key() -> None:
    data: dict[str, Any] = {}
    assert set_path(data, "a.b.c", 1) == {"a"}
    assert data == {"a": {"b": {"c": 1}}}
    assert set_path(data, "a.b.d", 2) == {"a"}
    assert data == {"a": {"b": {"c": 1, "d": 2}}}


def test_set_path_writes_list_elements() -> None:
    data = doc()
    assert set_path(data, "c8y_Software.1.version", "3") == {"c8y_Software"}
    assert data["c8y_Software"][1]["version"] == "3"


def test_set_path_refuses_to_descend_into_a_scalar() -> None:
    data = {"a": 5}
    with pytest.raises(InvalidPathError, match="'a' holds a int"):
        set_path(data, "a.b", 1)
    assert data == {"a": 5}


def test_set_path_refuses_an_index_beyond_the_list() -> None:
    data = doc()
    with pytest.raises(InvalidPathError, match="index 5"):
        set_path(data, "c8y_Software.5.name", "x")


def test_set_path_by_jsonpath_sets_every_match() -> None:
    data = doc()
    assert set_path(data, "$.c8y_Software[*].version", "0") == {"c8y_Software"}
    assert [s["version"] for s in data["c8y_Software"]] == ["0", "0"]


def test_delete_path_removes_and_reports_the_top_key() -> None:
    data = doc()
    assert delete_path(data, "c8y_Hardware.model") == "c8y_Hardware"
    assert data["c8y_Hardware"] == {"serialNumber": "42"}
    assert delete_path(data, "c8y_Software.0") == "c8y_Software"
    assert [s["name"] for s in data["c8y_Software"]] == ["b"]
    with pytest.raises(KeyError):
        delete_path(data, "c8y_Hardware.model")
    with pytest.raises(InvalidPathError):
        delete_path(data, "$.c8y_Hardware")


def test_value_getter_reads_with_default() -> None:
    assert value_getter("c8y_Hardware.model")(doc()) == "X1"
    assert value_getter("c8y_Hardware.revision", "-")(doc()) == "-"
    assert value_getter("name", "?")(doc()) == "?"
    assert value_getter("$..serialNumber")(doc()) == "42"
    assert value_getter("$..nothing", 0)(doc()) == 0


# --- pinned by mutation testing (tests/MUTATION.md) --------------------------------------------


def fleet() -> dict[str, Any]:
    """Two devices whose hardware is an object, so that filters on objects matter."""
    return {
        "devices": [
            {"name": "d1", "c8y_Hardware": {"model": "X1"}},
            {"name": "d2", "c8y_Hardware": {"model": "X2"}},
        ],
        "c8y_Hardware": {"model": "X1", "serialNumber": "42"},
        "expected": "42",
    }


def test_split_path_refuses_a_non_string_naming_its_type() -> None:
    with pytest.raises(InvalidPathError, match=r"^a path must be a string, got int$"):
        split_path(12)  # type: ignore[arg-type]


def test_split_path_messages_name_the_problem() -> None:
    with pytest.raises(InvalidPathError, match=r"^the path is empty$"):
        split_path("")
    with pytest.raises(InvalidPathError, match=r"^path 'a\.b\.' has an empty segment$"):
        split_path("a.b.")


def test_split_cache_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    cache: dict[str, tuple[str, ...]] = {}
    monkeypatch.setattr(_paths, "_SPLITS", cache)
    monkeypatch.setattr(_paths, "_MAX_CACHED_SPLITS", 2)
    split_path("full.one")
    split_path("full.two")
    assert list(cache) == ["full.one", "full.two"]
    split_path("full.three")
    assert cache == {"full.three": ("full", "three")}


def test_object_filter_followed_by_a_field() -> None:
    data = fleet()
    assert find_all(data, "$.c8y_Hardware[?(@.model == 'X1')].serialNumber") == ["42"]
    assert find_all(data, "$.c8y_Hardware[?(@.model == 'X2')].serialNumber") == []


def test_filter_nested_in_a_filter_tests_objects_too() -> None:
    data = fleet()
    assert find_all(data, "$.devices[?(@.c8y_Hardware[?(@.model == 'X2')])].name") == ["d2"]


def test_filter_inside_an_or_tests_objects_too() -> None:
    path = "$.devices[?(@.name == 'none' || @.c8y_Hardware[?(@.model == 'X1')])].name"
    assert find_all(fleet(), path) == ["d1"]


def test_filter_on_an_object_may_compare_with_the_document_root() -> None:
    data = fleet()
    assert find_all(data, "$.c8y_Hardware[?(@.serialNumber == $.expected)].model") == ["X1"]
    data["expected"] = "43"
    assert find_all(data, "$.c8y_Hardware[?(@.serialNumber == $.expected)].model") == []


def test_filter_rewrite_visits_each_node_once_even_in_a_cycle() -> None:
    # Parsed queries are trees; the walk is still guarded, so a shared or cyclic node is safe.
    from jsonpath_ng import Child, Fields
    from jsonpath_ng.ext.filter import Expression, Filter

    inner = Filter([Expression(Fields("model"), "==", "X1")])
    node = Child(Fields("a"), inner)
    node.left = node  # a cycle through a field
    inner.expressions.append(node)  # and one through a list
    _paths._use_object_filters(node)
    assert type(inner) is _paths._ObjectFilter


def test_walk_does_not_index_into_a_string_or_past_a_list() -> None:
    data = {"text": "xyz", "pair": [1, 2]}
    assert get_path(data, "text.0", "none") == "none"
    assert get_path(data, "pair.2", "none") == "none"
    assert get_path(data, "pair.1") == 2


def test_has_path_walks_list_indexes_on_an_uncached_path() -> None:
    path = "c8y_Software.1.version"
    _paths._SPLITS.pop(path, None)
    assert has_path(doc(), path)
    assert not has_path(doc(), "c8y_Software.2")


def test_find_with_roots_pairs_a_dotted_path_with_its_top_key() -> None:
    data = doc()
    for expression in ("c8y_Software.1.name", "roots_probe.absent"):
        _paths._SPLITS.pop(expression, None)
    assert find_with_roots(data, "c8y_Software.1.name") == [("b", "c8y_Software")]
    assert find_with_roots(data, "c8y_Hardware") == [(data["c8y_Hardware"], "c8y_Hardware")]
    assert find_with_roots(data, "roots_probe.absent") == []
    assert find_with_roots(data, "flag") == [(None, "flag")]


def test_find_with_roots_pairs_jsonpath_matches_with_their_top_keys() -> None:
    data = doc()
    assert find_with_roots(data, "$..value") == [(3, "series"), (12, "series")]
    assert find_with_roots(data, "$.c8y_Software[?(@.name == 'b')].version") == [
        ("2", "c8y_Software")
    ]
    assert find_with_roots(data, "$.nothing") == []


def test_find_with_roots_has_no_top_key_for_the_whole_document() -> None:
    data = doc()
    assert find_with_roots(data, "$") == [(data, None)]
    assert find_with_roots([5, 6], "$[1]") == [(6, None)]


def test_set_path_reports_none_when_the_changed_keys_cannot_be_told() -> None:
    data = doc()
    # After the write the filter matches nothing, so the matches no longer name the keys.
    assert set_path(data, "$.c8y_Software[?(@.version == '1')].version", "9") is None
    assert [s["version"] for s in data["c8y_Software"]] == ["9", "2"]


def test_set_path_refuses_the_whole_document() -> None:
    data = doc()
    for path in ("$", "@"):
        with pytest.raises(InvalidPathError, match="whole document"):
            set_path(data, path, {"a": 1})
    assert data == doc()


def test_set_path_replaces_a_list_element() -> None:
    data = doc()
    assert set_path(data, "c8y_Software.0", {"name": "z"}) == {"c8y_Software"}
    assert data["c8y_Software"] == [{"name": "z"}, {"name": "b", "version": "2"}]


def test_set_path_refuses_the_index_just_past_the_list() -> None:
    data = doc()
    with pytest.raises(InvalidPathError, match="index 2 is beyond the list of length 2"):
        set_path(data, "c8y_Software.2", {"name": "c"})
    with pytest.raises(InvalidPathError, match="index 2 is beyond"):
        set_path(data, "c8y_Software.2.name", "c")
    assert data == doc()


def test_set_path_treats_a_numeric_segment_on_an_object_as_a_key() -> None:
    data: dict[str, Any] = {"a": {}}
    assert set_path(data, "a.0", "x") == {"a"}
    assert data == {"a": {"0": "x"}}


def test_set_path_error_names_the_whole_prefix() -> None:
    with pytest.raises(
        InvalidPathError, match=r"^path 'a\.b\.c': 'a\.b' holds a int, not an object$"
    ):
        set_path({"a": {"b": 5}}, "a.b.c", 1)


def test_delete_path_three_segments_deep() -> None:
    data = {"a": {"b": {"c": 1, "d": 2}, "c": 3}}
    assert delete_path(data, "a.b.c") == "a"
    assert data == {"a": {"b": {"d": 2}, "c": 3}}


def test_delete_path_of_a_top_level_key() -> None:
    data = doc()
    assert delete_path(data, "flag") == "flag"
    assert "flag" not in data


@pytest.mark.parametrize(
    "path",
    [
        "missing.child",  # no parent
        "c8y_Hardware.model.x",  # the parent is a string
        "c8y_Hardware.0",  # a numeric key the object lacks
        "c8y_Software.name",  # a list has no named members
        "c8y_Software.2",  # just past the list
        "missing",
    ],
)
def test_delete_path_of_nothing_raises_key_error_naming_the_path(path: str) -> None:
    data = doc()
    with pytest.raises(KeyError) as caught:
        delete_path(data, path)
    assert caught.value.args == (path,)
    assert data == doc()


def test_delete_path_refuses_jsonpath_naming_it() -> None:
    with pytest.raises(InvalidPathError, match=r"^removal by JSONPath is not supported: '\$\.a'$"):
        delete_path({"a": 1}, "$.a")


def test_value_getter_reads_a_top_level_key() -> None:
    assert value_getter("c8y_Hardware")(doc()) == {"model": "X1", "serialNumber": "42"}
    assert value_getter("flag", "unset")(doc()) is None


def test_value_getter_of_a_key_gives_the_default_for_a_non_object() -> None:
    assert value_getter("name", "?")("a string") == "?"
    assert value_getter("name", "?")(["name"]) == "?"


def test_value_getter_walks_list_indexes() -> None:
    assert value_getter("c8y_Software.1.name")(doc()) == "b"
    assert value_getter("c8y_Software.5.name", "none")(doc()) == "none"


@pytest.mark.parametrize("part", ["²", "\u0661"])
def test_a_non_ascii_digit_is_no_list_index(part: str) -> None:
    # str.isdigit() accepts both; int() refuses the first and reads the second (Arabic-Indic
    # one) as 1. Only ASCII digits index a list, as in the platform's own paths.
    data = {"a": [1, 2]}
    assert get_path(data, f"a.{part}", None) is None
    with pytest.raises(KeyError):
        delete_path(data, f"a.{part}")
    with pytest.raises(InvalidPathError):
        set_path(data, f"a.{part}", 3)
    assert data == {"a": [1, 2]}
