"""encode_json: how request bodies are serialised."""

from __future__ import annotations

import enum
from decimal import Decimal

import orjson
import pytest

from c8y_objects._http import encode_json
from c8y_objects.errors import ConfigurationError


class Color(enum.StrEnum):
    RED = "red"


def test_string_keys_give_plain_orjson_output() -> None:
    body = {"c8y_Hardware": {"model": "X", "revision": 2}, "name": "ü", "a": [1.5, None, True]}
    assert encode_json(body) == orjson.dumps(body)


def test_keys_that_are_not_strings_are_written_as_strings() -> None:
    assert orjson.loads(encode_json({"series": {1: "a", Color.RED: "b"}})) == {
        "series": {"1": "a", "red": "b"}
    }


def test_embedded_fragments_are_copied_as_they_are() -> None:
    assert encode_json({"x": orjson.Fragment(b'{"k":1}')}) == b'{"x":{"k":1}}'


@pytest.mark.parametrize("value", [{"a": Decimal("1.5")}, {"a": object()}, {("t", 1): 1}])
def test_values_orjson_cannot_write_are_a_configuration_error(value: object) -> None:
    with pytest.raises(ConfigurationError, match="not JSON-serialisable"):
        encode_json(value)
