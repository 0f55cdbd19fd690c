"""Timestamps: the platform's UTC text, offsets, bare dates, and clear errors for anything else."""

from __future__ import annotations

import pytest

from c8y_emulator.errors import ApiError
from c8y_emulator.timestamps import date_param, format_millis, now_millis, parse_timestamp
from c8y_emulator.web import Request


def _request(query: dict[str, str]) -> Request:
    return Request("GET", "/x", "", {k: [v] for k, v in query.items()}, {}, b"", "http://h")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T12:00:00.123Z", "2024-05-01T12:00:00.123Z"),
        ("2024-05-01T14:00:00.123+02:00", "2024-05-01T12:00:00.123Z"),
        ("2024-05-01T12:00:00-01:30", "2024-05-01T13:30:00.000Z"),
        ("2024-05-01T12:00:00", "2024-05-01T12:00:00.000Z"),  # no offset: UTC
        ("2024-05-01T12:00:00.123456Z", "2024-05-01T12:00:00.123Z"),
        ("2024-05-01", "2024-05-01T00:00:00.000Z"),
        ("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z"),
        ("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"),
        ("0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00.000Z"),
    ],
)
def test_body_timestamps_round_trip_to_utc_milliseconds(text: str, expected: str) -> None:
    assert format_millis(parse_timestamp(text, "time", "alarm")) == expected


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "2024-13-01",
        "2024-05-01T25:00:00Z",
        "12:00",
        "",
        1714564800000,
        None,
        "9999-12-31T23:59:59-14:00",  # after year 9999 in UTC
        "0001-01-01T00:00:00+14:00",  # before year 1 in UTC
    ],
)
def test_bad_body_timestamp_is_422_naming_the_field(value: object) -> None:
    with pytest.raises(ApiError) as caught:
        parse_timestamp(value, "time", "alarm")
    assert caught.value.status == 422
    assert caught.value.error == "alarm/Invalid Data"
    assert "time" in caught.value.message
    assert repr(value) in caught.value.message


def test_date_param_accepts_dates_date_times_and_a_decoded_plus() -> None:
    request = _request(
        {
            "a": "2024-05-01",
            "b": "2024-05-01T12:00:00Z",
            "c": "2024-05-01T14:00:00 02:00",  # '+' sent unencoded arrives as a space
            "d": "",
        }
    )
    assert format_millis(date_param(request, "a", "alarm") or 0) == "2024-05-01T00:00:00.000Z"
    assert date_param(request, "b", "alarm") == date_param(request, "c", "alarm")
    assert date_param(request, "d", "alarm") is None
    assert date_param(request, "missing", "alarm") is None


def test_bad_date_param_is_422_naming_the_parameter() -> None:
    with pytest.raises(ApiError) as caught:
        date_param(_request({"dateFrom": "last week"}), "dateFrom", "devicecontrol")
    assert caught.value.status == 422
    assert caught.value.error == "devicecontrol/Invalid Data"
    assert "dateFrom" in caught.value.message
    assert "'last week'" in caught.value.message


def test_now_is_formatted_like_the_platform() -> None:
    before = now_millis()
    text = format_millis(before)
    assert parse_timestamp(text, "time", "alarm") == before
    assert len(text) == len("2024-05-01T12:00:00.000Z")
    assert text.endswith("Z")
