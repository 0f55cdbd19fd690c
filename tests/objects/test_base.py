"""The object base: JSON access, staged changes and diffs, dates, fragments (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest

from c8y_objects import (
    CumulocityObject,
    Device,
    DeviceGroup,
    Fragment,
    FragmentNotFoundError,
    Hardware,
    InvalidFragmentError,
    ManagedObject,
    NaiveDatetimeError,
    Position,
    SupportedOperations,
)
from c8y_objects._base import SettableDateTimeField, format_datetime, parse_datetime


def loaded() -> ManagedObject:
    return ManagedObject.from_json(
        {
            "id": "7",
            "self": "http://x/inventory/managedObjects/7",
            "name": "pump",
            "type": "c8y_Pump",
            "owner": "admin",
            "creationTime": "2024-05-01T10:00:00.123+02:00",
            "lastUpdated": "2024-05-02T08:00:00.000Z",
            "c8y_Hardware": {"model": "X1", "serialNumber": "42"},
            "c8y_Software": [{"name": "fw", "version": "1"}],
            "counter": 1,
            "childDevices": {"references": [{"managedObject": {"id": "8", "name": "c"}}]},
        }
    )


# -- construction ----------------------------------------------------------------------------


def test_from_json_wraps_the_dict_without_copying() -> None:
    json: dict[str, Any] = {"id": "1", "frag": {"a": 1}}
    obj = ManagedObject.from_json(json)
    assert obj._json is json
    assert obj.to_diff_json() == {}
    assert not obj.is_modified


def test_from_json_list_binds_every_object_to_the_connection() -> None:
    sentinel: Any = object()
    objs = ManagedObject.from_json_list([{"id": "1"}, {"id": "2"}], sentinel)
    assert [o.id for o in objs] == ["1", "2"]
    assert all(o.c8y is sentinel for o in objs)


def test_constructor_takes_fields_and_fragments() -> None:
    obj = ManagedObject(
        type="t", name="n", c8y_Position=Position(lat=1, lng=2), custom={"a": 1}, skipped=None
    )
    assert obj.to_json() == {
        "type": "t",
        "name": "n",
        "c8y_Position": {"lat": 1.0, "lng": 2.0},
        "custom": {"a": 1},
    }
    assert obj.to_diff_json() == obj.to_json()


def test_device_always_has_is_device_fragment() -> None:
    device = Device(name="d")
    assert device["c8y_IsDevice"] == {}
    assert device.is_device
    assert not ManagedObject(name="m").is_device


def test_device_group_type_depends_on_root() -> None:
    root = DeviceGroup(root=True, name="g")
    sub = DeviceGroup(name="s")
    assert root.type == DeviceGroup.ROOT_TYPE == "c8y_DeviceGroup"
    assert sub.type == DeviceGroup.CHILD_TYPE == "c8y_DeviceSubGroup"
    assert root.is_device_group
    assert "c8y_IsDeviceGroup" in sub


def test_to_json_leaves_out_platform_maintained_keys() -> None:
    body = loaded().to_json()
    for key in ("id", "self", "creationTime", "lastUpdated", "childDevices"):
        assert key not in body
    assert body["name"] == "pump"


def test_child_reference_ids() -> None:
    obj = loaded()
    assert obj.child_device_ids == ["8"]
    assert obj.child_asset_ids == []


# -- dict-style and dot-path access ----------------------------------------------------------


def test_dict_and_dot_path_reads() -> None:
    obj = loaded()
    assert obj["c8y_Hardware"]["model"] == "X1"
    assert obj["c8y_Hardware.model"] == "X1"
    assert obj["c8y_Software.0.version"] == "1"
    assert obj["$.c8y_Hardware.serialNumber"] == "42"
    with pytest.raises(KeyError, match=r"c8y_Hardware\.nope"):
        obj["c8y_Hardware.nope"]
    with pytest.raises(KeyError):
        obj["nope.deeper"]


def test_get_and_set_survive_missing_keys() -> None:
    obj = loaded()
    assert obj.get("my_Fragment.value", default=42) == 42
    assert obj.get("c8y_Hardware.model.deeper") is None
    obj.set("my_Fragment.value", 43).set("my_Fragment.unit", "C")
    assert obj["my_Fragment"] == {"value": 43, "unit": "C"}
    assert obj.get("my_Fragment.value") == 43


def test_contains_accepts_keys_paths_and_jsonpath() -> None:
    obj = loaded()
    assert "c8y_Hardware" in obj
    assert "c8y_Hardware.model" in obj
    assert "c8y_Hardware.revision" not in obj
    assert "$..serialNumber" in obj
    assert 5 not in obj


def test_find_answers_jsonpath_queries() -> None:
    obj = loaded()
    assert obj.find("$..version") == ["1"]
    assert obj.find("$.c8y_Hardware[?(@.model == 'X1')].serialNumber") == ["42"]
    assert obj.find("$.nothing") == []


# -- staged changes --------------------------------------------------------------------------


def test_update_body_holds_only_changed_top_level_fragments() -> None:
    obj = loaded()
    obj.name = "renamed"
    obj["c8y_Hardware.model"] = "X2"
    assert obj.to_diff_json() == {
        "name": "renamed",
        "c8y_Hardware": {"model": "X2", "serialNumber": "42"},
    }


def test_in_place_nested_mutation_of_a_handed_out_fragment_is_detected() -> None:
    obj = loaded()
    obj["c8y_Software"][0]["version"] = "2"  # no write through the object
    obj.get("c8y_Hardware")  # handed out but left unchanged
    assert obj.to_diff_json() == {"c8y_Software": [{"name": "fw", "version": "2"}]}


def test_in_place_mutation_after_a_dot_path_read_of_a_container_is_detected() -> None:
    obj = loaded()
    obj["c8y_Software.0"]["name"] = "other"
    assert obj.to_diff_json() == {"c8y_Software": [{"name": "other", "version": "1"}]}


def test_in_place_mutation_after_find_is_detected() -> None:
    obj = loaded()
    obj.find("$.c8y_Software[0]")[0]["version"] = "9"
    assert obj.to_diff_json()["c8y_Software"][0]["version"] == "9"


def test_reading_containers_without_change_sends_nothing() -> None:
    obj = loaded()
    _ = obj["c8y_Hardware"], obj["c8y_Software"], obj.get("c8y_Hardware.model")
    assert obj.to_diff_json() == {}
    assert not obj.is_modified


def test_removed_fragments_are_sent_as_null() -> None:
    obj = loaded()
    del obj["counter"]
    obj.type = None
    assert "counter" not in obj
    assert obj.to_diff_json() == {"counter": None, "type": None}


def test_removing_a_nested_value_sends_the_whole_fragment() -> None:
    obj = loaded()
    del obj["c8y_Hardware.serialNumber"]
    assert obj.to_diff_json() == {"c8y_Hardware": {"model": "X1"}}


def test_jsonpath_write_marks_the_touched_fragment() -> None:
    obj = loaded()
    obj["$.c8y_Software[*].version"] = "0"
    assert obj.to_diff_json() == {"c8y_Software": [{"name": "fw", "version": "0"}]}


def test_diff_body_sends_a_fragment_changed_in_place_as_its_value() -> None:
    obj = loaded()
    obj["c8y_Hardware"]["model"] = "X3"
    body = obj._diff_body()
    # The value itself, not the bytes of the comparison: the transport checks values.
    assert body["c8y_Hardware"] is obj.json["c8y_Hardware"]
    assert orjson.loads(orjson.dumps(body)) == {
        "c8y_Hardware": {"model": "X3", "serialNumber": "42"}
    }


def test_mark_saved_forgets_the_staged_changes() -> None:
    obj = loaded()
    obj.name = "x"
    obj["c8y_Software"].append({"name": "more"})
    obj._mark_saved()
    assert obj.to_diff_json() == {}


def test_iadd_adds_fragments_of_every_kind() -> None:
    obj = loaded()
    obj += Fragment("c8y_Temperature", unit="C", value=3)
    obj += Hardware(model="M", serial_number="S")
    obj += SupportedOperations(["c8y_Restart"])
    obj += {"a": 1, "b": Position(lat=0, lng=0)}
    assert obj["c8y_Temperature"] == {"unit": "C", "value": 3}
    assert obj["c8y_Hardware"] == {"model": "M", "serialNumber": "S"}
    assert obj["c8y_SupportedOperations"] == ["c8y_Restart"]
    assert obj["b"] == {"lat": 0.0, "lng": 0.0}
    assert set(obj.to_diff_json()) == {
        "c8y_Temperature",
        "c8y_Hardware",
        "c8y_SupportedOperations",
        "a",
        "b",
    }


def test_iadd_refuses_other_types() -> None:
    obj = loaded()
    with pytest.raises(TypeError, match="cannot add int"):
        obj += 5  # type: ignore[arg-type]


def test_add_fragment_replaces_a_fragment() -> None:
    obj = loaded().add_fragment("c8y_Hardware", model="Z")
    assert obj.to_diff_json() == {"c8y_Hardware": {"model": "Z"}}


def test_id_is_settable_and_not_part_of_the_diff() -> None:
    obj = ManagedObject.from_json({"name": "x"})
    obj.id = 12
    assert obj.id == "12"
    assert obj.to_diff_json() == {}


# -- typed fragments -------------------------------------------------------------------------


def test_fragment_returns_the_validated_model() -> None:
    hardware = loaded().fragment(Hardware)
    assert hardware == Hardware(model="X1", serial_number="42")


def test_fragment_reads_under_another_name() -> None:
    obj = ManagedObject(backup_Hardware={"model": "B"})
    assert obj.fragment(Hardware, name="backup_Hardware").model == "B"


def test_missing_fragment_is_a_clear_error() -> None:
    with pytest.raises(FragmentNotFoundError, match="no fragment 'c8y_Position'"):
        loaded().fragment(Position)


def test_invalid_fragment_is_a_clear_error_with_the_cause() -> None:
    obj = ManagedObject(c8y_Position={"lat": "north"})
    with pytest.raises(InvalidFragmentError, match="not a valid Position") as info:
        obj.fragment(Position)
    assert info.value.__cause__ is not None


def test_model_without_fragment_name_is_refused() -> None:
    from pydantic import BaseModel

    class Plain(BaseModel):
        x: int = 0

    with pytest.raises(TypeError, match="defines no fragment_name"):
        ManagedObject().fragment(Plain)


# -- dates -----------------------------------------------------------------------------------


def test_date_properties_read_strings_and_aware_utc_datetimes() -> None:
    obj = loaded()
    assert obj.creation_time == "2024-05-01T10:00:00.123+02:00"
    assert obj.creation_datetime == datetime(2024, 5, 1, 8, 0, 0, 123000, tzinfo=UTC)
    assert obj.creation_datetime is not None
    assert obj.creation_datetime.tzinfo is UTC
    assert obj.update_time == obj.last_updated == "2024-05-02T08:00:00.000Z"
    assert obj.update_datetime == obj.last_updated_datetime == datetime(2024, 5, 2, 8, tzinfo=UTC)
    assert ManagedObject().creation_datetime is None


def test_platform_dates_cannot_be_set() -> None:
    obj = loaded()
    with pytest.raises(AttributeError):
        obj.creation_datetime = datetime.now(UTC)  # type: ignore[misc]


class Stamped(CumulocityObject):
    __slots__ = ()
    time = SettableDateTimeField("time")


def test_settable_date_takes_aware_datetimes_and_iso_strings() -> None:
    obj = Stamped()
    obj.time = datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=timezone(timedelta(hours=1)))
    assert obj["time"] == "2024-01-02T02:04:05.600Z"
    obj.time = "2024-01-02T03:04:05+01:00"
    assert obj["time"] == "2024-01-02T03:04:05+01:00"
    assert obj.to_diff_json() == {"time": "2024-01-02T03:04:05+01:00"}


@pytest.mark.parametrize("naive", [datetime(2024, 1, 1), "2024-01-01T00:00:00"])
def test_naive_times_are_refused_naming_the_field(naive: datetime | str) -> None:
    obj = Stamped()
    with pytest.raises(NaiveDatetimeError, match=r"time: .* has no time zone") as info:
        obj.time = naive
    assert isinstance(info.value, ValueError)
    assert info.value.field == "time"
    assert "time" not in obj


def test_naive_datetime_value_in_a_fragment_is_refused() -> None:
    with pytest.raises(NaiveDatetimeError):
        ManagedObject()["when"] = datetime(2024, 1, 1)


def test_format_datetime_refuses_bad_strings_and_types() -> None:
    with pytest.raises(ValueError, match="not an ISO 8601"):
        format_datetime("yesterday", field="f")
    with pytest.raises(TypeError, match="expected a datetime"):
        format_datetime(5, field="f")  # type: ignore[arg-type]


def test_parse_datetime_treats_missing_offset_as_utc() -> None:
    assert parse_datetime("2024-01-01T00:00:00") == datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_datetime(None) is None


def test_repr_names_id_type_and_name() -> None:
    assert repr(loaded()) == "ManagedObject(id='7', type='c8y_Pump', name='pump')"
