"""Values JSON cannot carry are refused before a request: NaN, infinities, naive datetimes."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from c8y_objects import (
    CumulocityClient,
    ManagedObject,
    NaiveDatetimeError,
    NonFiniteNumberError,
)
from c8y_objects._http import encode_json
from tests.objects.emulated import requests_log, unique


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"a": math.nan}, r"\$\.a"),
        ({"a": {"b": [1.0, math.inf]}}, r"\$\.a\.b\[1\]"),
        ([{"x": -math.inf}], r"\$\[0\]\.x"),
        ({1: {"v": math.nan}}, r"\$\.1\.v"),  # a key orjson only writes with OPT_NON_STR_KEYS
    ],
)
def test_nan_and_infinities_are_refused_naming_the_place(value: Any, where: str) -> None:
    with pytest.raises(NonFiniteNumberError, match=where):
        encode_json(value)


def test_null_and_finite_numbers_pass() -> None:
    assert encode_json({"a": None, "b": [1.5, None], "c": 1e308}) == (
        b'{"a":null,"b":[1.5,null],"c":1e+308}'
    )


@pytest.mark.parametrize(
    "value",
    [
        {"t": datetime(2024, 1, 1)},
        {"f": {"deep": [datetime(2024, 1, 1, 12)]}},
        {7: {"t": datetime(2024, 1, 1)}},
    ],
)
def test_a_naive_datetime_anywhere_in_a_body_is_refused(value: Any) -> None:
    with pytest.raises(NaiveDatetimeError, match="has no time zone"):
        encode_json(value)


def test_aware_datetimes_are_sent_as_the_platforms_utc_text() -> None:
    plus_two = timezone(timedelta(hours=2))
    body = {"t": datetime(2024, 1, 1, 14, 0, 0, 123456, tzinfo=plus_two), "d": date(2024, 1, 2)}
    assert encode_json(body) == b'{"t":"2024-01-01T12:00:00.123Z","d":"2024-01-02"}'


@pytest.mark.parametrize("api", ["in-process"], indirect=True)
async def test_objects_with_such_values_send_nothing(api: CumulocityClient) -> None:
    with pytest.raises(NonFiniteNumberError):
        await ManagedObject(api, name=unique("m"), c8y_Level={"value": math.nan}).create()
    with pytest.raises(NaiveDatetimeError):
        await ManagedObject(api, name=unique("m"), c8y_Seen={"at": datetime(2024, 1, 1)}).create()
    assert await requests_log(api) == []

    mo = await ManagedObject(api, name=unique("m"), c8y_Level={"value": 1.0}).create()
    mo["c8y_Level"]["value"] = math.inf  # changed in place, found by the snapshot compare
    with pytest.raises(NonFiniteNumberError, match="c8y_Level"):
        await mo.update()
    assert [entry["method"] for entry in await requests_log(api)] == ["POST"]
    stored = await api.inventory.get(mo.id or "")
    assert stored["c8y_Level"] == {"value": 1.0}
    mo["c8y_Level"]["value"] = 2.5
    await mo.update()
    assert (await api.inventory.get(mo.id or ""))["c8y_Level.value"] == 2.5
