"""Client-side include/exclude matchers and as_values extraction (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from c8y_objects import (
    ConfigurationError,
    DisplayFilter,
    InvalidFilterError,
    InvalidPathError,
    JmesPathMatcher,
    JsonMatcher,
    JsonPathMatcher,
    ManagedObject,
)
from c8y_objects._filters import build_extractor, build_matcher, extractor_is_tuple

DEVICE = {"id": "1", "name": "a", "c8y_IsDevice": {}, "c8y_Hardware": {"model": "X"}, "n": None}
ASSET = {"id": "2", "name": "b", "c8y_Hardware": {"model": "Y"}}


@pytest.mark.parametrize(
    ("expression", "device", "asset"),
    [
        ("c8y_IsDevice", True, False),
        ("c8y_Hardware.model", True, True),
        ("c8y_Hardware.revision", False, False),
        ("n", True, False),  # a null value counts as present
        ("$.c8y_Hardware[?(@.model == 'X')]", True, False),
        ("$[?(@.name == 'b')]", False, True),
        ("$..model", True, True),
    ],
)
def test_jsonpath_matcher_matches_when_something_is_found(
    expression: str, device: bool, asset: bool
) -> None:
    matcher = JsonPathMatcher(expression)
    assert matcher.matches(DEVICE) is device
    assert matcher.matches(ASSET) is asset


def test_no_matchers_means_no_filter() -> None:
    assert build_matcher(None, None) is None


@pytest.mark.parametrize(
    ("expression", "device", "asset"),
    [
        ("c8y_Hardware.model == 'X'", True, False),
        ("length(c8y_Hardware.model) == `1`", True, True),
        ("c8y_IsDevice", False, False),  # {} is false in JMESPath
        ("n", False, False),  # so is null
        ("c8y_Hardware", True, True),
        ("[name] == ['b']", False, True),
        ("length(id) > `5`", False, False),
        ("length(c8y_Hardware.model)", True, True),  # a number, even 0, is true
    ],
)
def test_jmespath_matcher_matches_on_a_true_result(
    expression: str, device: bool, asset: bool
) -> None:
    matcher = JmesPathMatcher(expression)
    assert matcher.matches(DEVICE) is device
    assert matcher.matches(ASSET) is asset
    assert repr(matcher) == f"JmesPathMatcher({expression!r})"


def test_jmespath_falsy_results_do_not_match() -> None:
    doc: dict[str, Any] = {"s": "", "l": [], "o": {}, "f": False, "z": 0, "t": "x"}
    assert [JmesPathMatcher(key).matches(doc) for key in doc] == [
        False,
        False,
        False,
        False,
        True,
        True,
    ]


def test_jmespath_type_error_in_a_function_is_no_match() -> None:
    matcher = JmesPathMatcher("length(n)")
    assert matcher.matches({"n": 5}) is False
    assert matcher.matches({"n": "abc"}) is True


@pytest.mark.parametrize(
    ("expression", "column"),
    [("c8y_Hardware[?model ==", None), ("a.b ||| c", 7), ("a ^ b", 3)],
)
def test_jmespath_syntax_errors_are_typed(expression: str, column: int | None) -> None:
    with pytest.raises(InvalidFilterError, match="JMESPath") as caught:
        JmesPathMatcher(expression)
    assert caught.value.expression == expression
    if column is not None:
        assert caught.value.column == column
    assert isinstance(caught.value, ConfigurationError)


def test_matcher_objects_are_json_matchers() -> None:
    for matcher in (JsonPathMatcher("a"), JmesPathMatcher("a"), DisplayFilter("a")):
        assert isinstance(matcher, JsonMatcher)
        keep = build_matcher(matcher, None)
        assert keep is not None
        assert not keep.needs_object
        assert keep({"a": 1}) is True
        assert keep({"b": 1}) is False


def test_include_then_exclude_on_json() -> None:
    keep = build_matcher("c8y_Hardware", "c8y_Hardware.model == 'Y'")
    assert keep is not None
    assert not keep.needs_object
    assert keep(DEVICE) is True
    assert keep(ASSET) is False
    assert keep({"id": "3"}) is False


def test_a_string_matcher_is_a_display_filter() -> None:
    keep = build_matcher("c8y_Hardware.model == X or name == b", "c8y_IsDevice")
    assert keep is not None
    assert keep(DEVICE) is False  # included, then excluded as a device
    assert keep(ASSET) is True
    assert keep({"name": "c"}) is False


@pytest.mark.parametrize("expression", ["c8y_IsDevice", "c8y_Hardware.model", "n"])
def test_a_bare_dotted_path_string_still_means_present(expression: str) -> None:
    keep = build_matcher(expression, None)
    assert keep is not None
    assert keep(DEVICE) is JsonPathMatcher(expression).matches(DEVICE)
    assert keep(ASSET) is JsonPathMatcher(expression).matches(ASSET)


def test_callable_matchers_get_the_object() -> None:
    seen: list[Any] = []

    def include(obj: ManagedObject) -> bool:
        seen.append(obj)
        return obj.name == "a"

    keep = build_matcher(include, None)
    assert keep is not None
    assert keep.needs_object
    device = ManagedObject.from_json(dict(DEVICE))
    assert keep(DEVICE, device) is True
    assert seen == [device]


def test_custom_json_matcher_protocol() -> None:
    class HasId:
        def matches(self, json: dict[str, Any]) -> bool:
            return json.get("id") == "2"

    keep = build_matcher(None, HasId())
    assert keep is not None
    assert keep(DEVICE) is True
    assert keep(ASSET) is False


def test_matcher_of_wrong_type_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="include must be"):
        build_matcher(5, None)  # type: ignore[arg-type]


def test_matcher_with_invalid_jsonpath_is_refused_at_once() -> None:
    with pytest.raises(InvalidPathError):
        build_matcher(JsonPathMatcher("$.a[?(@.x ==]"), None)


@pytest.mark.parametrize("expression", ["$.c8y_Hardware[?(@.model == 'X')]", "$..model", " $"])
def test_a_jsonpath_string_is_refused_with_a_pointer_to_the_matcher(expression: str) -> None:
    with pytest.raises(InvalidFilterError, match="JsonPathMatcher"):
        build_matcher(expression, None)
    with pytest.raises(InvalidFilterError, match="JsonPathMatcher"):
        build_matcher(None, expression)


def test_as_values_single_path_yields_bare_values() -> None:
    extract = build_extractor("c8y_Hardware.model")
    assert not extractor_is_tuple("c8y_Hardware.model")
    assert extract(DEVICE) == "X"
    assert build_extractor("missing")(DEVICE) is None


def test_as_values_tuple_sets_the_default() -> None:
    extract = build_extractor(("c8y_Hardware.revision", "n/a"))
    assert extract(DEVICE) == "n/a"


def test_as_values_list_yields_tuples() -> None:
    specs: list[str | tuple[str, Any]] = ["id", ("c8y_IsDevice", False), "$..model"]
    extract = build_extractor(specs)
    assert extractor_is_tuple(specs)
    assert extract(DEVICE) == ("1", {}, "X")
    assert extract(ASSET) == ("2", False, "Y")
    assert build_extractor(["id"])(ASSET) == ("2",)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (("a", 1, 2), "must be \\(path, default\\)"),
        ([], "list of paths is empty"),
        ([5], "expected a path string"),
        (5, "expected a path"),
    ],
)
def test_malformed_as_values_is_refused(spec: Any, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        build_extractor(spec)
