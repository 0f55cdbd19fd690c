"""The shared date filters of the main API classes: `date_filter_params` (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from c8y_objects import ConfigurationError, NaiveDatetimeError
from c8y_objects._api import date_filter_params

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_no_filters_give_no_params() -> None:
    assert date_filter_params() == {}


@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("after", "dateFrom"),
        ("date_from", "dateFrom"),
        ("before", "dateTo"),
        ("date_to", "dateTo"),
        ("created_after", "createdFrom"),
        ("created_from", "createdFrom"),
        ("created_before", "createdTo"),
        ("created_to", "createdTo"),
        ("updated_after", "lastUpdatedFrom"),
        ("last_updated_from", "lastUpdatedFrom"),
        ("updated_before", "lastUpdatedTo"),
        ("last_updated_to", "lastUpdatedTo"),
    ],
)
def test_each_point_filter_sets_its_parameter(name: str, param: str) -> None:
    when = datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=timezone(timedelta(hours=2)))
    kwargs: dict[str, Any] = {name: when}
    assert date_filter_params(**kwargs) == {param: "2024-01-02T01:04:05.678Z"}


def test_iso_strings_with_offset_are_sent_as_given() -> None:
    params = date_filter_params(after="2024-01-01T00:00:00+02:00", before="2024-02-01T00:00:00Z")
    assert params == {"dateFrom": "2024-01-01T00:00:00+02:00", "dateTo": "2024-02-01T00:00:00Z"}


def test_ages_count_back_from_now() -> None:
    params = date_filter_params(min_age=timedelta(hours=1), max_age=timedelta(days=1), now=NOW)
    assert params == {"dateFrom": "2024-04-30T12:00:00.000Z", "dateTo": "2024-05-01T11:00:00.000Z"}


def test_ages_default_to_the_current_time() -> None:
    before = datetime.now(UTC)
    params = date_filter_params(max_age=timedelta(minutes=5))
    after = datetime.now(UTC)
    sent = datetime.fromisoformat(params["dateFrom"])
    assert before - timedelta(minutes=5, milliseconds=1) <= sent <= after - timedelta(minutes=5)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"after": NOW, "date_from": NOW},
        {"after": NOW, "max_age": timedelta(1)},
        {"before": NOW, "min_age": timedelta(1)},
        {"created_after": NOW, "created_from": NOW},
        {"updated_before": NOW, "last_updated_to": NOW},
    ],
)
def test_two_filters_for_one_bound_are_refused(kwargs: dict[str, Any]) -> None:
    first, second = kwargs
    with pytest.raises(ConfigurationError, match=rf"{first} and {second} both set"):
        date_filter_params(**kwargs)


@pytest.mark.parametrize("age", [3600, "1h", timedelta(seconds=-1)])
def test_an_age_must_be_a_non_negative_timedelta(age: Any) -> None:
    with pytest.raises(ConfigurationError, match="min_age must be a non-negative timedelta"):
        date_filter_params(min_age=age)


def test_naive_datetimes_and_strings_are_refused_naming_the_filter() -> None:
    with pytest.raises(NaiveDatetimeError, match="created_before") as info:
        date_filter_params(created_before=datetime(2024, 1, 1))
    assert info.value.field == "created_before"
    with pytest.raises(NaiveDatetimeError, match="after"):
        date_filter_params(after="2024-01-01T00:00:00")


def test_malformed_strings_and_wrong_types_are_refused() -> None:
    with pytest.raises(ValueError, match="before: 'yesterday' is not an ISO 8601 timestamp"):
        date_filter_params(before="yesterday")
    with pytest.raises(TypeError, match="date_to: expected a datetime or an ISO string"):
        date_filter_params(date_to=1700000000)  # type: ignore[arg-type]


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="empty time range: dateFrom"):
        date_filter_params(after=NOW, before=NOW - timedelta(seconds=1))
    with pytest.raises(ConfigurationError, match="empty time range: dateFrom"):
        # swapped ages: at least a day old but at most an hour old
        date_filter_params(min_age=timedelta(days=1), max_age=timedelta(hours=1), now=NOW)
    with pytest.raises(ConfigurationError, match="empty time range: createdFrom"):
        date_filter_params(
            created_after="2024-02-01T00:00:00Z", created_before=NOW - timedelta(1000)
        )
    same = date_filter_params(after=NOW, before=NOW)
    assert same["dateFrom"] == same["dateTo"]
