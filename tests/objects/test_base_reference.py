"""`ReferenceField`: an ``{"id": ...}`` reference key (sources of measurements and events)."""

from __future__ import annotations

from typing import Any

import pytest

from c8y_objects import ConfigurationError, Event, ManagedObject, Measurement, ObjectStateError


def test_reference_reads_the_id_as_text() -> None:
    assert Measurement.from_json({"source": {"id": 12, "self": "http://x"}}).source == "12"
    assert Measurement.from_json({"source": {"name": "no id"}}).source is None
    assert Measurement.from_json({"source": "not an object"}).source is None
    assert Measurement.from_json({}).source is None


def test_reference_takes_objects_and_ids_and_stages_the_key() -> None:
    device = ManagedObject(type="t")
    device.id = "77"
    event = Event.from_json({"id": "1", "source": {"id": "5"}})
    event.source = device
    assert event["source"] == {"id": "77"}
    assert event.to_diff_json() == {"source": {"id": "77"}}
    event.source = 8
    assert event.source == "8"
    event.source = None
    assert "source" not in event
    assert event.to_diff_json() == {"source": None}


@pytest.mark.parametrize("bad", ["", True, 1.5, ["1"]])
def test_reference_refuses_values_that_are_no_id(bad: Any) -> None:
    measurement = Measurement(source="1")
    with pytest.raises(ConfigurationError, match="source: expected an object or a database ID"):
        measurement.source = bad
    assert measurement.source == "1"


def test_reference_to_an_object_without_id_is_refused() -> None:
    with pytest.raises(ObjectStateError, match="no database ID"):
        Measurement(source=ManagedObject(type="new"))
