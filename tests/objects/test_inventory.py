"""Managed objects, devices, groups and the inventory APIs against the emulator.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The loopback emulator is shared by the tests of this module, so each test works on objects of
its own unique type or name.
"""

from __future__ import annotations

import httpx
import orjson
import pytest

from c8y_objects import (
    APIError,
    Availability,
    BulkError,
    ConfigurationError,
    ConnectionStatus,
    CumulocityClient,
    DataStatus,
    Device,
    DeviceGroup,
    Hardware,
    JsonPathMatcher,
    ManagedObject,
    NotFoundError,
    ObjectStateError,
    Position,
    RequiredAvailability,
)
from tests.objects.emulated import requests_log, unique


async def clear_log(c8y: CumulocityClient) -> None:
    await c8y.http.delete("/_emulator/requests")


# -- active records --------------------------------------------------------------------------


async def test_managed_object_lifecycle(api: CumulocityClient) -> None:
    kind = unique()
    draft = ManagedObject(api, type=kind, name="first", c8y_Hardware=Hardware(model="X1"))
    obj = await draft.create()
    assert obj.id is not None
    assert draft.id is None
    assert obj.owner == "admin"
    assert obj.creation_datetime is not None
    assert obj.creation_datetime.tzinfo is not None

    obj.name = "second"
    obj["c8y_Hardware"]["serialNumber"] = "42"  # in place, nested
    obj += Position(lat=52.5, lng=13.4)
    same = await obj.update()
    assert same is obj
    assert obj.to_diff_json() == {}

    fresh = await api.inventory.get(obj.id)
    assert fresh.name == "second"
    assert fresh.fragment(Hardware) == Hardware(model="X1", serial_number="42")
    assert fresh.fragment(Position).lat == 52.5

    await obj.delete()
    with pytest.raises(NotFoundError):
        await obj.reload()


async def test_update_sends_removed_fragments_as_null(api: CumulocityClient) -> None:
    obj = await ManagedObject(api, type=unique(), a={"x": 1}, b={"y": 2}).create()
    del obj["a"]
    await obj.update()
    assert "a" not in obj
    reloaded = await obj.reload(copy=True)
    assert "a" not in reloaded
    assert reloaded["b"] == {"y": 2}


async def test_update_sends_only_the_changed_fragment(api: CumulocityClient) -> None:
    obj = await ManagedObject(api, type=unique(), keep={"v": 1}, change={"v": 1}).create()
    # Another writer changes `keep` behind our back; our update must not overwrite it.
    await api.inventory.apply_to({"keep": {"v": 99}}, obj.id or "")
    obj["change.v"] = 2
    await obj.update()
    assert obj["keep.v"] == 99
    assert obj["change.v"] == 2


async def test_failed_update_keeps_the_staged_changes(api: CumulocityClient) -> None:
    obj = await ManagedObject(api, type=unique(), frag={"v": 1}).create()
    await api.inventory.delete(obj)
    obj["frag.v"] = 2
    with pytest.raises(NotFoundError):
        await obj.update()
    assert obj.to_diff_json() == {"frag": {"v": 2}}
    assert obj["frag.v"] == 2


async def test_apply_and_apply_to(api: CumulocityClient) -> None:
    kind = unique()
    obj = await ManagedObject(api, type=kind, name="src", frag={"v": 1}).create()
    other = await ManagedObject(api, type=kind, name="dst").create()
    result = await obj.apply_to(other.id or "")
    assert result.id == other.id
    assert result.name == "src"
    assert result["frag"] == {"v": 1}
    copy = await obj.apply({"extra": True}, copy=True)
    assert copy["extra"] is True
    assert "extra" not in obj
    await obj.apply({"extra": False})
    assert obj["extra"] is False


async def test_child_links_of_every_kind(api: CumulocityClient) -> None:
    kind = unique()
    parent = await ManagedObject(api, type=kind, name="parent").create()
    children = [await ManagedObject(api, type=kind, name=f"c{i}").create() for i in range(3)]
    await parent.assign_child_device(children[0])
    await parent.assign_child_asset(children[1].id or "")
    await parent.assign_child_addition(children[2])
    reloaded = await api.inventory.get(parent.id or "", with_children=True)
    assert reloaded.child_device_ids == [children[0].id]
    assert reloaded.child_asset_ids == [children[1].id]
    assert reloaded.child_addition_ids == [children[2].id]
    parents = await api.inventory.get_all(child_device_id=children[0].id)
    assert [p.id for p in parents] == [parent.id]

    await parent.unassign_child_device(children[0])
    await parent.unassign_child_asset(children[1])
    await parent.unassign_child_addition(children[2].id or "")
    reloaded = await reloaded.reload()
    assert reloaded.child_device_ids == reloaded.child_asset_ids == []
    assert reloaded.child_addition_ids == []
    with pytest.raises(APIError, match="not a child"):
        await parent.unassign_child_device(children[0])


async def test_delete_tree_removes_the_children(api: CumulocityClient) -> None:
    kind = unique()
    root = await ManagedObject(api, type=kind).create()
    child = await ManagedObject(api, type=kind).create()
    await root.assign_child_asset(child)
    await root.delete_tree()
    assert await api.inventory.get_count(type=kind) == 0


async def test_device_delete_and_delete_tree(api: CumulocityClient) -> None:
    kind = unique()
    device = await Device(api, type=kind, name="d").create()
    child = await Device(api, type=kind, name="c").create()
    await device.assign_child_device(child)
    plain = await Device(api, type=kind, name="p").create()
    await plain.delete(with_device_user=True)
    assert await api.device_inventory.get_count(type=kind) == 2
    await device.delete_tree(with_device_user=True)
    assert await api.device_inventory.get_count(type=kind) == 0
    log = await requests_log(api)
    deletes = [r for r in log if r["method"] == "DELETE"]
    assert "withDeviceUser=true" in deletes[-2]["query"]
    assert "cascade=true" in deletes[-1]["query"]


async def test_device_groups(api: CumulocityClient) -> None:
    name = unique("g")
    root = await DeviceGroup(api, root=True, name=name).create()
    assert root.type == DeviceGroup.ROOT_TYPE
    sub = await root.create_child("sub", c8y_Note={"text": "x"})
    assert sub.type == DeviceGroup.CHILD_TYPE
    other = await DeviceGroup(api, name=unique("g")).create()
    await root.assign_child_group(other)
    subgroups = await api.group_inventory.get_all(parent=root.id, limit=None)
    assert sorted(g.id or "" for g in subgroups) == sorted([sub.id or "", other.id or ""])
    assert all(isinstance(g, DeviceGroup) for g in subgroups)
    await root.unassign_child_group(other)
    assert [g.id for g in await api.group_inventory.get_all(parent=root.id)] == [sub.id]

    device = await Device(api, name=unique("d")).create()
    await root.assign_child_asset(device)
    await root.delete()  # cascade=false: the subgroup goes, the device stays
    assert (await device.reload()).id == device.id
    with pytest.raises(NotFoundError):
        await sub.reload()
    await other.delete_tree()
    with pytest.raises(NotFoundError):
        await other.reload()


async def test_group_update_and_copy(api: CumulocityClient) -> None:
    group = await DeviceGroup(api, root=True, name=unique("g")).create()
    group.name = "renamed"
    fresh = await group.update(copy=True)
    assert fresh.name == "renamed"
    assert group.to_diff_json() == {"name": "renamed"}


async def test_availability_and_supported_series(api: CumulocityClient) -> None:
    device = await Device(
        api,
        name=unique("d"),
        c8y_SupportedMeasurements=["c8y_Temperature"],
        c8y_SupportedSeries=["c8y_Temperature.T"],
    ).create()
    with pytest.raises(NotFoundError):
        await device.get_latest_availability()  # not monitored yet
    device += RequiredAvailability(response_interval=10)
    device["c8y_Connection"] = {"status": "CONNECTED"}
    await device.update()
    availability = await device.get_latest_availability()
    assert isinstance(availability, Availability)
    assert availability.device_id == device.id
    assert availability.interval == 10
    assert availability.connection_status == ConnectionStatus.CONNECTED
    assert availability.data_status in set(DataStatus)
    twin = await api.inventory.get_latest_availability(device.id or "")
    assert twin.json == availability.json
    assert await device.get_supported_measurements() == ["c8y_Temperature"]
    assert await device.get_supported_series() == ["c8y_Temperature.T"]
    assert await api.inventory.get_supported_series(device) == ["c8y_Temperature.T"]
    assert await api.inventory.get_supported_measurements(device) == ["c8y_Temperature"]


# -- queries ---------------------------------------------------------------------------------


async def seed(api: CumulocityClient, kind: str, count: int) -> list[ManagedObject]:
    objs = [
        ManagedObject(
            type=kind, name=f"n{i:02d}", c8y_Hardware={"model": "even" if i % 2 else "odd"}
        )
        for i in range(count)
    ]
    await api.inventory.create(*objs)  # one by one: ids follow the names
    return await api.inventory.get_all(type=kind, limit=None)


async def test_select_filters_and_paging(api: CumulocityClient) -> None:
    kind = unique()
    objs = await seed(api, kind, 25)
    assert len(objs) == 25
    assert await api.inventory.get_count(type=kind) == 25
    assert len(await api.inventory.get_all(type=kind)) == 5  # default limit
    named = await api.inventory.get_all(type=kind, name="n07")
    assert [o.name for o in named] == ["n07"]
    ordered = await api.inventory.get_all(type=kind, order_by="name desc", limit=3)
    assert [o.name for o in ordered] == ["n24", "n23", "n22"]
    by_ids = await api.inventory.get_all(ids=[objs[0].id or "", objs[3].id or ""], limit=None)
    assert {o.id for o in by_ids} == {objs[0].id, objs[3].id}
    paged = [
        o.name async for o in api.inventory.select(type=kind, limit=None, page_size=4, workers=3)
    ]
    assert paged == [f"n{i:02d}" for i in range(25)]
    third = await api.inventory.get_all(type=kind, page_size=10, page_number=3, limit=None)
    assert [o.name for o in third] == [f"n{i:02d}" for i in range(20, 25)]
    # The pager sets the page size: one in a raw expression is refused, not overwritten.
    with pytest.raises(ConfigurationError, match="pageSize in the query"):
        await api.inventory.get_all(f"type={kind}&pageSize=3", limit=None)
    raw = await api.inventory.get_all(f"type={kind}", page_size=3, limit=None)
    assert len(raw) == 25


async def test_select_client_side_filters_and_values(api: CumulocityClient) -> None:
    kind = unique()
    await seed(api, kind, 12)
    odd = await api.inventory.get_all(
        type=kind, include=JsonPathMatcher("$.c8y_Hardware[?(@.model == 'odd')]"), limit=None
    )
    assert [o.name for o in odd] == [f"n{i:02d}" for i in range(0, 12, 2)]
    not_first = await api.inventory.get_all(
        type=kind, include="c8y_Hardware", exclude=lambda o: o.name == "n00", limit=2
    )
    assert [o.name for o in not_first] == ["n01", "n02"]
    values = await api.inventory.get_all(
        type=kind, as_values=["name", ("c8y_Hardware.model", "?"), ("missing", 0)], limit=2
    )
    assert values == [("n00", "odd", 0), ("n01", "even", 0)]
    names = [n async for n in api.inventory.select(type=kind, as_values="name", limit=3)]
    assert names == ["n00", "n01", "n02"]


async def test_device_and_group_inventories_select_their_kind_only(api: CumulocityClient) -> None:
    kind = unique()
    await ManagedObject(api, type=kind).create()
    device = await Device(api, type=kind, name="dev").create()
    group = await DeviceGroup(api, root=True, name=kind).create()
    devices = await api.device_inventory.get_all(type=kind, limit=None)
    assert [d.id for d in devices] == [device.id]
    assert isinstance(devices[0], Device)
    assert await api.device_inventory.get_count(type=kind) == 1
    assert [d.name for d in await api.device_inventory.get_all(type=kind, name="dev")] == ["dev"]
    assert [d.id for d in await api.device_inventory.get_all(query=f"type eq '{kind}'")] == [
        device.id
    ]
    groups = await api.group_inventory.get_all(name=kind, limit=None)
    assert [g.id for g in groups] == [group.id]
    assert isinstance(await api.group_inventory.get(group.id or ""), DeviceGroup)
    assert isinstance(await api.device_inventory.get(device.id or ""), Device)


async def test_fragments_filters(api: CumulocityClient) -> None:
    kind = unique()
    await ManagedObject(api, type=kind, a={}, b={}).create()
    await ManagedObject(api, type=kind, a={}).create()
    assert await api.inventory.get_count(type=kind, fragment="a") == 2
    assert await api.inventory.get_count(type=kind, fragments=["a", "b"]) == 1


# -- bulk calls ------------------------------------------------------------------------------


async def test_bulk_create_update_apply_delete(api: CumulocityClient) -> None:
    kind = unique()
    progress: list[tuple[int, int | None]] = []
    await api.inventory.create(
        *[ManagedObject(type=kind, name=f"b{i}") for i in range(6)],
        workers=3,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert progress[-1] == (6, 6)
    objs = await api.inventory.get_all(type=kind, limit=None)
    for obj in objs:
        obj["marker"] = {"v": obj.name}
    await api.inventory.update(*objs, workers=3)
    assert all(o.to_diff_json() == {} for o in objs)
    assert await api.inventory.get_count(type=kind, fragment="marker") == 6

    await api.inventory.apply_to({"shared": {"x": 1}}, *objs[:2], workers=2)
    model = ManagedObject(type=kind, other={"y": 2})
    await api.inventory.apply_to(model, objs[2].id or "")
    assert await api.inventory.get_count(type=kind, fragment="shared") == 2
    assert (await objs[2].reload())["other"] == {"y": 2}

    await api.inventory.delete(*objs[:3], workers=2)
    await api.inventory.delete_trees(*[o.id or "" for o in objs[3:]])
    assert await api.inventory.get_count(type=kind) == 0


async def test_bulk_failure_names_the_item_and_keeps_the_others(api: CumulocityClient) -> None:
    kind = unique()
    objs = await seed(api, kind, 3)
    with pytest.raises(BulkError) as info:
        await api.inventory.delete(objs[0], "999999999", objs[2])
    assert info.value.index == 1
    assert isinstance(info.value.error, NotFoundError)
    assert await api.inventory.get_count(type=kind) == 2  # the first went before the failure


async def test_group_and_device_bulk_extras(api: CumulocityClient) -> None:
    kind = unique()
    root = await DeviceGroup(api, root=True, name=kind).create()
    subs = [await DeviceGroup(api, name=f"{kind}_{i}").create() for i in range(3)]
    linked: list[tuple[int, int | None]] = []
    await api.group_inventory.assign_children(
        root, *subs, workers=2, progress=lambda done, total: linked.append((done, total))
    )
    assert sorted(linked) == [(1, 3), (2, 3), (3, 3)]
    assert await api.group_inventory.get_count(parent=root.id) == 3
    await api.group_inventory.unassign_children(root.id or "", subs[0])
    assert await api.group_inventory.get_count(parent=root.id) == 2
    created = await api.group_inventory.create_child(root, DeviceGroup(name=f"{kind}_new"))
    assert await api.group_inventory.get_count(parent=root.id) == 3
    await api.group_inventory.delete_trees(root)
    with pytest.raises(NotFoundError):
        await created.reload()
    await api.group_inventory.delete(subs[0])

    devices = [await Device(api, type=kind, name=f"d{i}").create() for i in range(2)]
    await api.inventory.assign_child_devices(devices[0], devices[1])
    await api.inventory.unassign_child_devices(devices[0], devices[1])
    await api.inventory.assign_child_assets(devices[0], devices[1])
    await api.inventory.unassign_child_assets(devices[0], devices[1])
    await api.inventory.assign_child_additions(devices[0], devices[1])
    await api.inventory.unassign_child_additions(devices[0], devices[1])
    assert (await devices[0].reload()).child_device_ids == []
    await api.device_inventory.delete(devices[0], with_device_user=True)
    await api.device_inventory.delete_trees(devices[1])
    assert await api.device_inventory.get_count(type=kind) == 0


async def test_select_survives_a_transient_server_error(api: CumulocityClient) -> None:
    kind = unique()
    await seed(api, kind, 4)
    await api.http.post(
        "/_emulator/faults",
        json={
            "path": "^/inventory/managedObjects$",
            "method": "GET",
            "count": 1,
            "kind": "status",
            "status": 503,
            "retry_after": None,
            "delay": 0,
        },
    )
    assert len(await api.inventory.get_all(type=kind, limit=None)) == 4
    await api.http.delete("/_emulator/faults")


# -- without the emulator --------------------------------------------------------------------


async def test_device_username_and_user() -> None:
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, content=orjson.dumps({"userName": "device_d1"}))

    async with CumulocityClient(
        base_url="http://mock",
        tenant_id="t9",
        username="u",
        password="p",
        transport=httpx.MockTransport(handle),
    ) as c8y:
        device = Device(c8y, name="d1")
        assert device.get_username() == "device_d1"
        assert await device.get_user() == {"userName": "device_d1"}
        assert await c8y.device_inventory.get_user("d2") == {"userName": "device_d1"}
        assert await c8y.device_inventory.get_user(device) == {"userName": "device_d1"}
    assert seen == [
        "/user/t9/users/device_d1",
        "/user/t9/users/device_d2",
        "/user/t9/users/device_d1",
    ]
    with pytest.raises(ObjectStateError, match="no name"):
        Device().get_username()


def test_availability_reads_older_interval_text() -> None:
    availability = Availability.from_json(
        {"deviceId": 5, "interval": "15 minutes", "lastMessage": "2024-01-01T00:00:00Z"}
    )
    assert availability.device_id == "5"
    assert availability.interval_minutes == 15
    assert availability.last_message_datetime is not None
    assert availability.last_message_datetime.year == 2024
    assert Availability.ConnectionStatus.DISCONNECTED == "DISCONNECTED"
