"""IDs in paths: each becomes exactly one percent-encoded segment, or is refused before sending.

The emulator routes on the raw path and logs the route template that served each request with
its decoded parameters, so the log shows whether a call reached the route it names and no other
(``inventory.get("../../user/currentUser")`` must not read the current user).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c8y_objects import CumulocityClient, InvalidIdError, NotFoundError
from c8y_objects._wire import object_path, path_segment, render_path
from c8y_rest import wire
from tests.objects.emulated import requests_log

MO_ROUTE = "/inventory/managedObjects/{id}"

# Text that matters for paths, mixed with anything else hypothesis draws.
tricky = st.sampled_from(["/", "..", ".", "?", "#", "%", "%2F", "&", "=", " ", "\\", "\x00", "é"])
ids = st.lists(st.one_of(tricky, st.text(max_size=6)), max_size=6).map("".join)


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("12", "12"),
        (12, "12"),
        ("a/b", "a%2Fb"),
        ("../x", "..%2Fx"),
        ("1?x=2", "1%3Fx%3D2"),
        ("1#f", "1%23f"),
        ("50%", "50%25"),
        ("a b", "a%20b"),
        ("é", "%C3%A9"),
        ("...", "..."),
    ],
)
def test_a_value_becomes_one_encoded_segment(value: str | int, encoded: str) -> None:
    assert path_segment(value) == encoded


@pytest.mark.parametrize("value", ["", ".", "..", True, None, 1.5, b"1", "\ud800"])
def test_a_value_that_cannot_be_a_segment_is_refused(value: Any) -> None:
    with pytest.raises(InvalidIdError):
        path_segment(value)


def test_render_path_fills_every_parameter_and_insists_on_the_names() -> None:
    op = wire.GET_EXTERNAL_IDRESOURCE
    path = render_path(op, type="c8y Serial", externalId="a/b")
    assert path == "/identity/externalIds/c8y%20Serial/a%2Fb"
    with pytest.raises(TypeError, match="type, externalId"):
        render_path(op, type="x")
    with pytest.raises(TypeError, match="got type, external_id"):
        render_path(op, type="x", external_id="y")
    assert render_path(wire.GET_ALARM_COLLECTION_RESOURCE) == "/alarm/alarms"
    assert object_path(wire.GET_ALARM_RESOURCE, "../1") == "/alarm/alarms/..%2F1"
    with pytest.raises(TypeError, match="not one ID"):
        object_path(wire.GET_EXTERNAL_IDRESOURCE, "1")


@pytest.mark.parametrize(
    "object_id", ["../../user/currentUser", "1?x=2", "1#f", "..%2F..%2Fuser", "1/childDevices"]
)
async def test_an_id_never_reaches_another_route(c8y: CumulocityClient, object_id: str) -> None:
    with pytest.raises(NotFoundError):
        await c8y.inventory.get(object_id)
    last = (await requests_log(c8y))[-1]
    assert (last["route"], last["params"]) == (MO_ROUTE, {"id": object_id})


async def test_refused_ids_send_nothing(c8y: CumulocityClient) -> None:
    for object_id in ["", ".", ".."]:
        with pytest.raises(InvalidIdError):
            await c8y.inventory.get(object_id)
        with pytest.raises(InvalidIdError):
            await c8y.alarms.get(object_id)
    assert await requests_log(c8y) == []


@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(object_id=ids)
async def test_any_text_reaches_the_route_it_names_or_is_refused(
    c8y: CumulocityClient, object_id: str
) -> None:
    calls: list[tuple[Callable[[str], Awaitable[Any]], str]] = [
        (c8y.inventory.get, MO_ROUTE),
        (c8y.alarms.get, "/alarm/alarms/{id}"),
        (c8y.events.get, "/event/events/{id}"),
        (c8y.operations.get, "/devicecontrol/operations/{id}"),
    ]
    for call, route in calls:
        await c8y.http.delete("/_emulator/requests")
        if object_id in ("", ".", ".."):
            with pytest.raises(InvalidIdError):
                await call(object_id)
            assert await requests_log(c8y) == []
            continue
        with pytest.raises(NotFoundError):
            await call(object_id)
        log = await requests_log(c8y)
        assert [(e["method"], e["route"], e["params"]) for e in log] == [
            ("GET", route, {"id": object_id})
        ]


def test_rules_about_parameters_are_checked_against_the_operation() -> None:
    from c8y_objects._query import declared
    from c8y_objects.errors import WireMismatchError

    op = wire.DELETE_ALARM_COLLECTION_RESOURCE
    assert declared("here", op, "source", "dateFrom") == ("source", "dateFrom")
    with pytest.raises(WireMismatchError, match=r"here: DELETE /alarm/alarms .* 'lastUpdatedFrom'"):
        declared("here", op, "source", "lastUpdatedFrom")
