"""`_query.newest_first`: the filters of get_last and skim_latest (measurements, operations)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from c8y_objects._query import date_query, newest_first
from c8y_objects.errors import ConfigurationError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def test_without_a_lower_bound_the_range_starts_at_the_epoch() -> None:
    filters = {"type": "t", "before": "2024-01-01T00:00:00Z"}
    result = newest_first(filters, "get_last")
    assert result == {**filters, "reverse": True, "after": EPOCH}
    assert "reverse" not in filters  # the caller's filters are left as they were


@pytest.mark.parametrize(
    "bound",
    [
        {"after": "2024-01-01T00:00:00Z"},
        {"date_from": "2024-01-01T00:00:00Z"},
        {"max_age": timedelta(hours=1)},
    ],
)
def test_a_given_lower_bound_is_kept(bound: dict[str, object]) -> None:
    result = newest_first(bound, "skim_latest")
    assert result == {**bound, "reverse": True}
    assert set(date_query(result)) == {"dateFrom"}  # exactly one bound, no clash


def test_reverse_given_by_the_caller_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="get_last reads newest first"):
        newest_first({"reverse": False}, "get_last")
    assert newest_first({"reverse": None}, "get_last")["reverse"] is True
