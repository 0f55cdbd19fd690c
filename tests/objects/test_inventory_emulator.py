"""The inventory's typed filters, safe IDs, `get_by` and `to_dataframe` against the emulator.

The emulator's request log shows what reached it: nothing for a refused call, one request to
the named route for an ID of any text.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c8y_objects import (
    APIError,
    ConfigurationError,
    CumulocityClient,
    Device,
    DeviceGroup,
    ManagedObject,
    NotFoundError,
)
from c8y_objects.errors import NoUniqueMatchError, UnknownFilterError
from c8y_objects.inventory import MANAGED_OBJECTS
from tests.objects.emulated import requests_log, unique


async def clear_log(c8y: CumulocityClient) -> None:
    await c8y.http.delete("/_emulator/requests")


# -- unknown keywords: refused before anything is sent -----------------------------------------

Misspelt = Callable[[CumulocityClient], Awaitable[Any]]
_MISSPELT: dict[str, Misspelt] = {
    "get_all": lambda c8y: c8y.inventory.get_all(tpye="acme"),  # type: ignore[call-overload]
    "select": lambda c8y: c8y.inventory.select(fragmentType="x").__anext__(),  # type: ignore[call-overload]
    "get_count": lambda c8y: c8y.device_inventory.get_count(fragmnets="x"),  # type: ignore[call-arg]
    "get_by": lambda c8y: c8y.group_inventory.get_by(nmae="g"),  # type: ignore[call-overload]
    "to_dataframe": lambda c8y: c8y.inventory.to_dataframe(columns=["id"], q="x"),  # type: ignore[call-arg]
    "get": lambda c8y: c8y.inventory.get("1", withChildren=True),  # type: ignore[call-arg]
}


@pytest.mark.parametrize("call", sorted(_MISSPELT))
async def test_an_unknown_keyword_is_refused_before_any_request(
    api: CumulocityClient, call: str
) -> None:
    await clear_log(api)
    with pytest.raises(UnknownFilterError, match=r"unknown filter.*extra_params="):
        await _MISSPELT[call](api)
    assert await requests_log(api) == []


async def test_extra_params_reach_the_query(api: CumulocityClient) -> None:
    kind = unique()
    parent = await ManagedObject(api, type=kind, name="p").create()
    child = await ManagedObject(api, type=kind, name="c").create()
    await parent.assign_child_asset(child)
    await clear_log(api)
    found = await api.inventory.get_all(type=kind, name="c", extra_params={"withParents": True})
    assert [o.id for o in found] == [child.id]
    assert [r["managedObject"]["id"] for r in found[0]["assetParents"]["references"]] == [parent.id]
    (request,) = await requests_log(api)
    assert "withParents=true" in request["query"]
    with pytest.raises(ConfigurationError, match="type given twice"):
        await api.inventory.get_count(type=kind, extra_params={"type": kind})
    assert len(await requests_log(api)) == 1


# -- single strings for list-valued filters ----------------------------------------------------


async def test_a_single_string_for_fragments_and_ids_is_one_value(api: CumulocityClient) -> None:
    kind = unique()
    fragment = unique("frag")
    marked = await ManagedObject(api, type=kind).set(fragment, {}).create()
    await ManagedObject(api, type=kind).create()
    device = await Device(api, type=kind, name="d").set(fragment, {}).create()
    await clear_log(api)
    assert await api.inventory.get_count(type=kind, fragments=fragment) == 2
    assert [d.id for d in await api.device_inventory.get_all(fragments=fragment)] == [device.id]
    assert [
        d.id for d in await api.device_inventory.get_all(fragments="c8y_IsDevice", type=kind)
    ] == [device.id]
    assert [o.id for o in await api.inventory.get_all(ids=marked.id or "")] == [marked.id]
    log = await requests_log(api)
    assert f"fragmentType={fragment}" in log[0]["query"]
    assert f"has%28{fragment}%29" in log[1]["query"]
    assert "has%28c%29" not in "".join(r["query"] for r in log)
    assert f"ids={marked.id}&" in log[3]["query"] + "&"


# -- IDs of any text reach the route they name, and no other -----------------------------------


@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_an_id_that_cannot_be_a_segment_sends_nothing(
    api: CumulocityClient, bad: str
) -> None:
    parent = await ManagedObject(api, type=unique()).create()
    await clear_log(api)
    with pytest.raises(ConfigurationError):
        await api.inventory.get(bad)
    with pytest.raises(ConfigurationError):
        await api.inventory.get_supported_series(bad)
    with pytest.raises(ConfigurationError):
        await parent.unassign_child_device(bad)
    with pytest.raises(ConfigurationError):
        await api.inventory.delete_trees(parent, bad)
    assert await requests_log(api) == []
    await parent.reload()  # the bulk call refused every ID before its first request


async def test_the_old_traversals_reach_the_managed_object_route(api: CumulocityClient) -> None:
    await clear_log(api)
    for text in ("../../user/currentUser", "1?x=2", "1#f", "../measurements"):
        with pytest.raises(NotFoundError) as info:
            await api.inventory.get(text)
        assert info.value.error == "inventory/Not Found"
        assert f"'{text}'" in info.value.message
    paths = [r["path"] for r in await requests_log(api)]
    assert paths == [
        f"{MANAGED_OBJECTS}/../../user/currentUser",
        f"{MANAGED_OBJECTS}/1?x=2",
        f"{MANAGED_OBJECTS}/1#f",
        f"{MANAGED_OBJECTS}/../measurements",
    ]


_IDS = st.text(max_size=12)


@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_IDS)
async def test_any_id_text_reaches_its_own_route_or_nothing(
    c8y: CumulocityClient, text: str
) -> None:
    await clear_log(c8y)
    if text in ("", ".", "..") or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        with pytest.raises(ConfigurationError):  # InvalidIdError, or "" as no ID at all
            await c8y.inventory.get(text)
        assert await requests_log(c8y) == []
        return
    with pytest.raises(NotFoundError) as info:  # the fresh emulator holds no objects
        await c8y.inventory.get(text)
    assert info.value.error == "inventory/Not Found"
    assert urlsplit(info.value.url).path == f"{MANAGED_OBJECTS}/{quote(text, safe='')}"
    (request,) = await requests_log(c8y)
    assert request["method"] == "GET"
    assert (request["route"], request["params"]) == (f"{MANAGED_OBJECTS}/{{id}}", {"id": text})


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_IDS.filter(lambda t: t not in ("", ".", "..") and t.isprintable()))
async def test_any_child_id_text_reaches_the_child_route(c8y: CumulocityClient, text: str) -> None:
    parent = ManagedObject(c8y, id="1")
    await clear_log(c8y)
    with pytest.raises(APIError) as info:
        await parent.unassign_child_device(text)
    assert info.value.status_code in (404, 422)
    assert info.value.error is not None
    assert info.value.error.startswith("inventory/")
    assert urlsplit(info.value.url).path == (
        f"{MANAGED_OBJECTS}/1/childDevices/{quote(text, safe='')}"
    )
    (request,) = await requests_log(c8y)
    assert (request["method"], request["path"]) == (
        "DELETE",
        f"{MANAGED_OBJECTS}/1/childDevices/{text}",
    )


# -- get_by ------------------------------------------------------------------------------------


async def test_get_by_returns_the_one_match(api: CumulocityClient) -> None:
    kind = unique()
    first = await ManagedObject(api, type=kind, name="a", c8y_Note={"text": "x"}).create()
    await ManagedObject(api, type=kind, name="b").create()
    await clear_log(api)
    found = await api.inventory.get_by(type=kind, name="a")
    assert isinstance(found, ManagedObject)
    assert found.id == first.id
    assert await api.inventory.get_by(type=kind, name="a", as_values="c8y_Note.text") == "x"
    assert await api.inventory.get_by(type=kind, name="b", as_values=["name", ("x", 0)]) == (
        "b",
        0,
    )
    assert (await api.inventory.get_by(f"type={kind}&query=name eq 'b'")).name == "b"
    log = await requests_log(api)
    assert len(log) == 4  # one request each, two results at most
    assert all("pageSize=2" in r["query"] for r in log)


async def test_get_by_refuses_no_match_and_several(api: CumulocityClient) -> None:
    kind = unique()
    await ManagedObject(api, type=kind, name="a").create()
    await ManagedObject(api, type=kind, name="a").create()
    with pytest.raises(NoUniqueMatchError, match="no managed object") as none:
        await api.inventory.get_by(type=kind, name="missing")
    assert none.value.found == 0
    with pytest.raises(NoUniqueMatchError, match="more than one") as several:
        await api.inventory.get_by(type=kind, name="a")
    assert several.value.found == 2
    assert isinstance(several.value, ValueError)  # pyc8y callers catch ValueError


async def test_get_by_on_devices_and_groups_keeps_their_kind(api: CumulocityClient) -> None:
    kind = unique()
    await ManagedObject(api, type=kind, name="same").create()
    device = await Device(api, type=kind, name="same").create()
    root = await DeviceGroup(api, root=True, name=unique("g")).create()
    sub = await root.create_child("sub")
    found = await api.device_inventory.get_by(type=kind, name="same")
    assert isinstance(found, Device)
    assert found.id == device.id
    subgroup = await api.group_inventory.get_by(parent=root)  # parent without type: subgroups
    assert isinstance(subgroup, DeviceGroup)
    assert subgroup.id == sub.id
    only = await api.inventory.get_by(type=kind, include=lambda o: o.is_device)
    assert only.id == device.id


# -- to_dataframe ------------------------------------------------------------------------------


async def test_to_dataframe_reads_every_match_into_columns(api: CumulocityClient) -> None:
    kind = unique()
    for i in range(7):
        await ManagedObject(
            api, type=kind, name=f"n{i}", c8y_Hardware={"model": f"m{i}"} if i % 2 else None
        ).create()
    frame = await api.inventory.to_dataframe(
        type=kind,
        order_by="name",
        columns=["name", ("model", "c8y_Hardware.model")],
        page_size=3,
    )
    assert list(frame.columns) == ["name", "model"]
    assert frame["name"].tolist() == [f"n{i}" for i in range(7)]  # all, not the default 5
    assert frame["model"].isna().tolist() == [i % 2 == 0 for i in range(7)]
    assert frame["model"].dropna().tolist() == ["m1", "m3", "m5"]
    some = await api.inventory.to_dataframe(
        type=kind, columns=["id"], limit=2, include="c8y_Hardware"
    )
    assert len(some) == 2
    empty = await api.device_inventory.to_dataframe(type=kind, columns=["id", "name"])
    assert list(empty.columns) == ["id", "name"]
    assert len(empty) == 0


async def test_to_dataframe_refuses_bad_columns_before_any_request(
    api: CumulocityClient,
) -> None:
    await clear_log(api)
    with pytest.raises(ConfigurationError, match="columns"):
        await api.inventory.to_dataframe(columns=[])
    with pytest.raises(ConfigurationError, match="twice"):
        await api.inventory.to_dataframe(columns=["a", ("a", "b")])
    assert await requests_log(api) == []
