"""`TimestampField`, `ChoiceField`, `check_choice` and the `_update_body` hook of updates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, ClassVar

import httpx
import orjson
import pytest

from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    CumulocityObject,
    CumulocityResource,
    NaiveDatetimeError,
    ObjectStateError,
)
from c8y_objects._base import ChoiceField, DateTimeField, TimestampField, check_choice
from c8y_objects._wire import ResourceOperations
from c8y_rest.wire import Operation


def _operation(method: str, path: str) -> Operation[object]:
    return Operation(
        operation_id=f"{method.lower()}Things",
        method=method,
        path=path,
        path_params=("id",) if "{id}" in path else (),
        query_params=frozenset({"pageSize", "currentPage"}),
        request_media_types=("application/json",),
        response_media_types=("application/json",),
    )


THINGS = ResourceOperations(
    list=_operation("GET", "/things"),
    create=_operation("POST", "/things"),
    read=_operation("GET", "/things/{id}"),
    update=_operation("PUT", "/things/{id}"),
    delete=_operation("DELETE", "/things/{id}"),
)


class Color(StrEnum):
    RED = "RED"
    GREEN = "GREEN"


class Thing(CumulocityObject):
    __slots__ = ()
    _operations: ClassVar[ResourceOperations] = THINGS

    color = ChoiceField("color", Color)
    time = TimestampField("time")
    datetime = DateTimeField("time")


def test_check_choice_accepts_members_and_their_text() -> None:
    assert check_choice(Color, Color.RED, field="color") == "RED"
    assert type(check_choice(Color, Color.RED, field="color")) is str
    assert check_choice(Color, "GREEN", field="color") == "GREEN"


@pytest.mark.parametrize("value", ["red", "BLUE", "", 1, None])
def test_check_choice_refuses_other_values_listing_the_choices(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"color: .* is not one of RED, GREEN"):
        check_choice(Color, value, field="color")


def test_choice_field_stores_plain_text_and_stages_the_change() -> None:
    thing = Thing.from_json({"id": "1", "color": "RED"})
    assert thing.color == "RED"
    thing.color = Color.GREEN
    assert thing.to_diff_json() == {"color": "GREEN"}
    assert type(thing["color"]) is str
    thing.color = None
    assert "color" not in thing
    assert thing.to_diff_json() == {"color": None}


def test_choice_field_refuses_unknown_values_and_keeps_the_old_one() -> None:
    thing = Thing.from_json({"color": "RED"})
    with pytest.raises(ConfigurationError, match="is not one of RED, GREEN"):
        thing.color = "PURPLE"
    assert thing.color == "RED"
    assert not thing.is_modified


def test_choice_field_reads_unknown_platform_values_as_they_are() -> None:
    assert Thing.from_json({"color": "ULTRAVIOLET"}).color == "ULTRAVIOLET"
    assert Thing.from_json({}).color is None


def test_choice_field_reads_a_listed_value_as_the_enum_member() -> None:
    color = Thing.from_json({"color": "GREEN"}).color
    assert color is Color.GREEN


@pytest.mark.parametrize(("sent", "text"), [("ULTRAVIOLET", "ULTRAVIOLET"), (7, "7")])
def test_choice_field_reads_an_unlisted_value_as_an_unlisted_enum_instance(
    sent: object, text: str
) -> None:
    color = Thing.from_json({"color": sent}).color
    assert isinstance(color, Color)
    assert color == text
    assert color.value == text
    assert color not in Color  # not one of the listed members
    assert list(Color) == [Color.RED, Color.GREEN]  # the enum itself is unchanged
    assert orjson.dumps({"c": color}) == orjson.dumps({"c": text})


def test_require_id_gives_the_id_of_a_stored_object_and_refuses_a_new_one() -> None:
    assert Thing.from_json({"id": 12}).require_id() == "12"
    with pytest.raises(ObjectStateError, match="Thing has no database ID"):
        Thing().require_id()


def test_timestamp_field_formats_datetimes_and_keeps_strings() -> None:
    thing = Thing()
    thing.time = datetime(2024, 5, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    assert thing.time == "2024-05-01T12:00:00.000Z"
    assert thing.datetime == datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    thing.time = "2024-05-01T12:00:00+02:00"
    assert thing.time == "2024-05-01T12:00:00+02:00"
    assert thing.to_diff_json() == {"time": "2024-05-01T12:00:00+02:00"}
    thing.time = None
    assert thing.time is None


def test_timestamp_field_refuses_naive_values_naming_the_key() -> None:
    thing = Thing()
    with pytest.raises(NaiveDatetimeError, match="time"):
        thing.time = datetime(2024, 5, 1)
    with pytest.raises(NaiveDatetimeError, match="time"):
        thing.time = "2024-05-01T12:00:00"
    assert "time" not in thing


# -- the update body hook ----------------------------------------------------------------------


class Strict(CumulocityObject):
    """Refuses changes to ``frozen``; always sends its ``status`` along with other changes."""

    __slots__ = ()
    _operations: ClassVar[ResourceOperations] = THINGS

    def _update_body(self) -> dict[str, Any]:
        body = self._diff_body()
        if "frozen" in body:
            raise ObjectStateError("frozen cannot change")
        if body and "status" not in body:
            body["status"] = self._json.get("status")
        return body


class Strictly(CumulocityResource[Strict]):
    _operations: ClassVar[ResourceOperations] = THINGS
    _collection_key: ClassVar[str] = "things"
    _object_class = Strict


@pytest.fixture
async def recorded() -> AsyncIterator[tuple[CumulocityClient, list[httpx.Request]]]:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": request.url.path.rsplit("/", 1)[-1]})

    client = CumulocityClient(
        "http://mock", "t1", username="u", password="p", transport=httpx.MockTransport(handle)
    )
    async with client:
        yield client, sent


async def test_update_and_bulk_update_send_the_hook_body(
    recorded: tuple[CumulocityClient, list[httpx.Request]],
) -> None:
    c8y, sent = recorded
    one = Strict.from_json({"id": "1", "status": "ON", "note": "a"}, c8y)
    one["note"] = "b"
    await one._update(copy=False)
    assert orjson.loads(sent[-1].content) == {"note": "b", "status": "ON"}

    two = Strict.from_json({"id": "2", "status": "OFF", "note": "a"}, c8y)
    two["note"] = "c"
    await Strictly(c8y)._update_many([two], workers=None, progress=None)
    assert orjson.loads(sent[-1].content) == {"note": "c", "status": "OFF"}
    assert not two.is_modified


async def test_a_refused_change_stops_a_bulk_update_before_any_request(
    recorded: tuple[CumulocityClient, list[httpx.Request]],
) -> None:
    c8y, sent = recorded
    fine = Strict.from_json({"id": "1", "note": "a"}, c8y)
    fine["note"] = "b"
    refused = Strict.from_json({"id": "2", "frozen": 1}, c8y)
    refused["frozen"] = 2
    with pytest.raises(ObjectStateError, match="frozen cannot change"):
        await Strictly(c8y)._update_many([fine, refused], workers=2, progress=None)
    with pytest.raises(ObjectStateError, match="frozen cannot change"):
        await refused._update(copy=False)
    assert sent == []
    assert fine.is_modified
