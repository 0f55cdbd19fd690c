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
