"""Timestamps as the platform reads and writes them, shared by the time-stamped resources.

The platform writes every time as UTC with milliseconds and a ``Z``
(``2024-05-01T12:00:00.123Z``). It reads ISO 8601 date-times with any offset (a time without an
offset is taken as UTC) and, in date range query parameters, also a bare date
(``2024-05-01``, midnight UTC). Resources store times as epoch milliseconds (an integer column
that SQL can compare and index) next to the formatted text.

A ``+`` of an offset that a client forgot to percent-encode arrives as a space
(``...T10:00:00 02:00``); query parameters accept that form too.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime, timedelta

from c8y_emulator.errors import invalid_data
from c8y_emulator.web import Request

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The instants format_millis can write (years 1 to 9999 in UTC).
_MIN_MILLIS = -62_135_596_800_000
_MAX_MILLIS = 253_402_300_799_999
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACE_OFFSET = re.compile(r"(T[\d:.]+) (\d{2}(:?\d{2})?)$")


def now_millis() -> int:
    """Return the current time in epoch milliseconds."""
    return time.time_ns() // 1_000_000


def format_millis(millis: int) -> str:
    """Return epoch milliseconds as the platform's UTC text (``...T12:00:00.123Z``)."""
    moment = _EPOCH + timedelta(milliseconds=millis)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:"
        f"{moment.minute:02d}:{moment.second:02d}.{moment.microsecond // 1000:03d}Z"
    )


def _to_millis(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def _parse(text: str) -> int | None:
    if _DATE_ONLY.fullmatch(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return None
        return _to_millis(datetime(day.year, day.month, day.day, tzinfo=UTC))
    if "T" not in text:
        return None
    try:
        millis = _to_millis(datetime.fromisoformat(text))
    except (ValueError, OverflowError):
        return None
    return millis if _MIN_MILLIS <= millis <= _MAX_MILLIS else None


def parse_timestamp(value: object, field: str, area: str) -> int:
    """Read a date-time member of a request body.

    Args:
        value: The member's JSON value.
        field: Its name, for the error message.
        area: The error area of the resource (``alarm``, ``devicecontrol``, ...).

    Returns:
        Epoch milliseconds.

    Raises:
        ApiError: 422 when the value is not an ISO 8601 date-time string.
    """
    if isinstance(value, str):
        millis = _parse(value.strip())
        if millis is not None:
            return millis
    raise invalid_data(
        area,
        f"Field {field} must be an ISO 8601 date-time such as 2024-05-01T12:00:00.000Z, "
        f"got {value!r}",
    )


def date_param(request: Request, name: str, area: str) -> int | None:
    """Read a date or date-time query parameter (``dateFrom``, ``createdTo``, ...).

    Returns:
        Epoch milliseconds, or None when the parameter is absent or empty.

    Raises:
        ApiError: 422 when the value is neither a date nor a date-time.
    """
    raw = request.param(name)
    if raw is None or not raw.strip():
        return None
    text = _SPACE_OFFSET.sub(r"\1+\2", raw.strip())
    millis = _parse(text)
    if millis is None:
        raise invalid_data(
            area,
            f"Query parameter {name} must be a date (2024-05-01) or an ISO 8601 date-time "
            f"(2024-05-01T12:00:00Z), got {raw!r}",
        )
    return millis
