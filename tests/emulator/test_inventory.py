"""Inventory semantics: filters, references, hierarchy, deletion cascade, bulk, availability."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

MOS = "/inventory/managedObjects"
REF = "application/vnd.com.nsn.cumulocity.managedobjectreference+json"
REF_COLLECTION = "application/vnd.com.nsn.cumulocity.managedobjectreferencecollection+json"
MO = "application/vnd.com.nsn.cumulocity.managedobject+json"
MO_COLLECTION = "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"


@pytest.fixture
def client(any_client: httpx.AsyncClient) -> httpx.AsyncClient:
    """Run every inventory test in-process and on loopback."""
    return any_client


async def _new(client: httpx.AsyncClient, **fragments: Any) -> str:
    response = await client.post(MOS, json=fragments)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _ids(client: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await client.get(MOS, params={"pageSize": 2000, **params})
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["managedObjects"]]


async def _assign(client: httpx.AsyncClient, parent: str, kind: str, child: str) -> None:
    response = await client.post(
        f"{MOS}/{parent}/{kind}",
        json={"managedObject": {"id": child}},
        headers={"Content-Type": REF},
    )
    assert response.status_code == 201, response.text


async def test_simple_filters(client: httpx.AsyncClient) -> None:
    a = await _new(client, name="Alpha sensor", type="sensor", c8y_IsDevice={})
    b = await _new(client, name="Beta meter", type="meter", owner="someone")
    c = await _new(client, name="gamma", type="sensor", c8y_Position={"lat": 1})
    assert await _ids(client, type="sensor") == [a, c]
    assert await _ids(client, fragmentType="c8y_IsDevice") == [a]
    assert await _ids(client, owner="someone") == [b]
    assert await _ids(client, ids=f"{c},{a},999999") == [a, c]
    assert await _ids(client, text="beta") == [b]
    assert await _ids(client, text="sensor meter") == [a, b, c]  # c has type sensor
    assert await _ids(client, text='"alpha sensor"') == [a]
    assert await _ids(client, type="sensor", fragmentType="c8y_Position") == [c]


async def test_query_language_filters_and_orders(client: httpx.AsyncClient) -> None:
    low = await _new(client, name="Dev-low", c8y_IsDevice={}, level=1, tags=["x", "y"])
    high = await _new(client, name="dev-high", c8y_IsDevice={}, level=7, pos={"lat": 52.5})
    other = await _new(client, name="Other", level=3, customers=[{"id": "123"}, {"id": "9"}])
    q = "query"
    assert await _ids(client, **{q: "$filter=(name eq 'dev*')"}) == [low, high]
    assert await _ids(client, **{q: "name eq 'Dev-low'"}) == [low]
    assert await _ids(client, **{q: "name eq 'dev-low'"}) == []  # exact match is case-sensitive
    assert await _ids(client, **{q: "level gt 2 and level le 7"}) == [high, other]
    assert await _ids(client, **{q: "not has(c8y_IsDevice)"}) == [other]
    assert await _ids(client, **{q: "tags eq 'y'"}) == [low]
    assert await _ids(client, **{q: "customers.id eq '123'"}) == [other]
    assert await _ids(client, **{q: "pos.lat gt 52.1d"}) == [high]
    assert await _ids(client, **{q: "(level eq 1) or (level eq 3)"}) == [low, other]
    assert await _ids(client, **{q: "$filter=has(c8y_IsDevice) $orderby=level desc"}) == [
        high,
        low,
    ]
    # Strings sort by code point, as the platform does: upper case before lower case.
    assert await _ids(client, **{q: "$orderby=name"}) == [low, other, high]
    assert await _ids(client, **{q: f"id eq '{high}'"}) == [high]
    # q is the legacy device query: it adds has(c8y_IsDevice).
    assert await _ids(client, q="$filter=(level lt 5)") == [low]


async def test_query_overrides_type_parameter(client: httpx.AsyncClient) -> None:
    a = await _new(client, name="A", type="one")
    b = await _new(client, name="B", type="two")
    assert await _ids(client, type="one", query="name eq 'B'") == [b]
    assert await _ids(client, type="one") == [a]


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("name eq", "expected a value"),
        ("name like 'x'", "comparison operator"),
        ("(name eq 'x'", "expected ')'"),
        ("frob(x)", "unknown function 'frob'"),
        ("name eq 'open", "unterminated string"),
        ("name eq 'a' extra", "expected 'and', 'or'"),
    ],
)
async def test_invalid_query_is_a_clear_client_error(
    client: httpx.AsyncClient, query: str, needle: str
) -> None:
    response = await client.get(MOS, params={"query": query})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "inventory/Invalid Data"
    assert "Query could not be understood" in body["message"]
    assert needle in body["message"]


async def test_groups_bygroupid_and_hierarchy(client: httpx.AsyncClient) -> None:
    site = await _new(client, name="Site", type="c8y_DeviceGroup", c8y_IsDeviceGroup={})
    floor = await _new(client, name="Floor", type="c8y_DeviceSubGroup", c8y_IsDeviceGroup={})
    d1 = await _new(client, name="d1", c8y_IsDevice={})
    d2 = await _new(client, name="d2", c8y_IsDevice={})
    loose = await _new(client, name="loose", c8y_IsDevice={})
    await _assign(client, site, "childAssets", floor)
    await _assign(client, floor, "childAssets", d1)
    await _assign(client, site, "childAssets", d2)
    await _assign(client, d1, "childDevices", d2)
    assert await _ids(client, query=f"bygroupid({site})") == [floor, d2]
    assert await _ids(client, query=f"bygroupid({floor},{site})") == [floor, d1, d2]
    assert await _ids(client, query=f"isinhierarchyof({floor})") == [floor, d1, d2]
    assert await _ids(client, onlyRoots="true") == [site, loose]
    assert await _ids(client, childAssetId=d1) == [floor]
    assert await _ids(client, childDeviceId=d2) == [d1]

    plain = (await client.get(f"{MOS}/{site}", params={"withChildren": "false"})).json()
    assert plain["childAssets"]["references"] == []
    detailed = (
        await client.get(
            f"{MOS}/{site}", params={"withChildren": "true", "withChildrenCount": "true"}
        )
    ).json()
    refs = detailed["childAssets"]["references"]
    assert [r["managedObject"]["id"] for r in refs] == [floor, d2]
    assert refs[0]["managedObject"]["name"] == "Floor"
    assert refs[0]["self"].endswith(f"{MOS}/{site}/childAssets/{floor}")
    assert detailed["childAssets"]["count"] == 2
    assert detailed["childDevices"]["count"] == 0
    nameless = (
        await client.get(
            f"{MOS}/{site}", params={"withChildren": "true", "skipChildrenNames": "true"}
        )
    ).json()
    assert "name" not in nameless["childAssets"]["references"][0]["managedObject"]

    d1_doc = (await client.get(f"{MOS}/{d1}")).json()
    assert [r["managedObject"]["id"] for r in d1_doc["assetParents"]["references"]] == [floor]
    ancestors = (await client.get(f"{MOS}/{d1}", params={"withParents": "true"})).json()
    assert [r["managedObject"]["id"] for r in ancestors["assetParents"]["references"]] == [
        floor,
        site,
    ]
    d2_doc = (await client.get(f"{MOS}/{d2}")).json()
    assert [r["managedObject"]["id"] for r in d2_doc["deviceParents"]["references"]] == [d1]


async def test_reference_operations(client: httpx.AsyncClient) -> None:
    parent = await _new(client, name="gateway")
    c1 = await _new(client, name="c1")
    c2 = await _new(client, name="c2")
    c3 = await _new(client, name="c3")
    many = await client.post(
        f"{MOS}/{parent}/childDevices",
        json={"references": [{"managedObject": {"id": c1}}, {"managedObject": {"id": c2}}]},
        headers={"Content-Type": REF_COLLECTION, "Accept": REF_COLLECTION},
    )
    assert many.status_code == 201
    assert [r["managedObject"]["id"] for r in many.json()["references"]] == [c1, c2]
    one = await client.post(
        f"{MOS}/{parent}/childDevices",
        json={"managedObject": {"id": c3}},
        headers={"Content-Type": REF, "Accept": REF},
    )
    assert one.json()["managedObject"]["id"] == c3
    assert one.headers["location"].endswith(f"/childDevices/{c3}")
    created = await client.post(
        f"{MOS}/{parent}/childDevices",
        json={"name": "born as child", "c8y_IsDevice": {}},
        headers={"Content-Type": MO, "Accept": MO},
    )
    born = created.json()["id"]
    assert created.json()["name"] == "born as child"

    listing = (await client.get(f"{MOS}/{parent}/childDevices", params={"pageSize": 10})).json()
    assert [r["managedObject"]["id"] for r in listing["references"]] == [c1, c2, c3, born]
    assert listing["references"][0]["managedObject"]["name"] == "c1"
    filtered = await client.get(f"{MOS}/{parent}/childDevices", params={"query": "name eq 'c2'"})
    assert [r["managedObject"]["id"] for r in filtered.json()["references"]] == [c2]

    single = await client.get(f"{MOS}/{parent}/childDevices/{c2}")
    assert single.status_code == 200
    assert single.headers["content-type"].startswith(REF)
    assert (await client.get(f"{MOS}/{parent}/childAssets/{c2}")).status_code == 422
    assert (await client.get(f"{MOS}/{parent}/childDevices/99999999")).status_code == 404
    assert (await client.get(f"{MOS}/99999999/childDevices")).status_code == 404

    assert (await client.delete(f"{MOS}/{parent}/childDevices/{c2}")).status_code == 204
    assert (await client.delete(f"{MOS}/{parent}/childDevices/{c2}")).status_code == 422
    bulk = await client.request(
        "DELETE",
        f"{MOS}/{parent}/childDevices",
        json={"references": [{"managedObject": {"id": c1}}, {"managedObject": {"id": c3}}]},
        headers={"Content-Type": REF_COLLECTION},
    )
    assert bulk.status_code == 204
    remaining = (await client.get(f"{MOS}/{parent}/childDevices")).json()["references"]
    assert [r["managedObject"]["id"] for r in remaining] == [born]


async def test_reference_errors_change_nothing(client: httpx.AsyncClient) -> None:
    parent = await _new(client, name="p")
    child = await _new(client, name="c")
    missing = await client.post(
        f"{MOS}/{parent}/childAssets",
        json={"references": [{"managedObject": {"id": child}}, {"managedObject": {"id": "777"}}]},
        headers={"Content-Type": REF_COLLECTION},
    )
    assert missing.status_code == 404
    itself = await client.post(
        f"{MOS}/{parent}/childAssets", json={"managedObject": {"id": parent}}
    )
    assert itself.status_code == 422
    malformed = await client.post(
        f"{MOS}/{parent}/childAssets", json={"managedObject": {"name": "no id"}}
    )
    assert malformed.status_code == 422
    refs = (await client.get(f"{MOS}/{parent}/childAssets")).json()["references"]
    assert refs == []
    not_child = await client.request(
        "DELETE",
        f"{MOS}/{parent}/childAssets",
        json={"references": [{"managedObject": {"id": child}}]},
    )
    assert not_child.status_code == 422


async def _tree(client: httpx.AsyncClient) -> dict[str, str]:
    ids = {
        "group": await _new(client, name="group", c8y_IsDeviceGroup={}),
        "sub": await _new(client, name="sub", c8y_IsDeviceGroup={}),
        "device": await _new(client, name="device", c8y_IsDevice={}),
        "child": await _new(client, name="child", c8y_IsDevice={}),
        "addition": await _new(client, name="addition"),
    }
    await _assign(client, ids["group"], "childAssets", ids["sub"])
    await _assign(client, ids["sub"], "childAssets", ids["device"])
    await _assign(client, ids["device"], "childDevices", ids["child"])
    await _assign(client, ids["child"], "childAdditions", ids["addition"])
    await client.post(
        f"/identity/globalIds/{ids['device']}/externalIds",
        json={"type": "c8y_Serial", "externalId": "tree-device"},
    )
    return ids


@pytest.mark.parametrize(
    ("params", "gone"),
    [
        ({}, {"group", "sub"}),
        ({"cascade": "true"}, {"group", "sub", "device", "child", "addition"}),
        ({"forceCascade": "true"}, {"group", "sub", "device", "child", "addition"}),
    ],
)
async def test_delete_group_cascade_rules(
    client: httpx.AsyncClient, params: dict[str, str], gone: set[str]
) -> None:
    ids = await _tree(client)
    assert (await client.delete(f"{MOS}/{ids['group']}", params=params)).status_code == 204
    for name, object_id in ids.items():
        status = (await client.get(f"{MOS}/{object_id}")).status_code
        assert status == (404 if name in gone else 200), name
    serial = await client.get("/identity/externalIds/c8y_Serial/tree-device")
    assert serial.status_code == (404 if "device" in gone else 200)
    if "device" not in gone:
        device = (await client.get(f"{MOS}/{ids['device']}")).json()
        assert device["assetParents"]["references"] == []


async def test_delete_plain_object_keeps_children_and_cleans_references(
    client: httpx.AsyncClient,
) -> None:
    ids = await _tree(client)
    assert (await client.delete(f"{MOS}/{ids['device']}")).status_code == 204
    assert (await client.get(f"{MOS}/{ids['child']}")).status_code == 200
    sub = (await client.get(f"{MOS}/{ids['sub']}", params={"withChildren": "true"})).json()
    assert sub["childAssets"]["references"] == []
    assert (await client.get("/identity/externalIds/c8y_Serial/tree-device")).status_code == 404
    force_device = await client.delete(f"{MOS}/{ids['child']}", params={"forceCascade": "true"})
    assert force_device.status_code == 204
    assert (await client.get(f"{MOS}/{ids['addition']}")).status_code == 404


async def test_delete_with_a_reference_cycle_terminates(client: httpx.AsyncClient) -> None:
    a = await _new(client, name="a", c8y_IsDevice={})
    b = await _new(client, name="b", c8y_IsDevice={})
    await _assign(client, a, "childDevices", b)
    await _assign(client, b, "childDevices", a)
    assert (await client.delete(f"{MOS}/{a}", params={"cascade": "true"})).status_code == 204
    assert await _ids(client) == []


async def test_bulk_create_and_update(client: httpx.AsyncClient) -> None:
    created = await client.post(
        MOS,
        json={"managedObjects": [{"name": "b1"}, {"name": "b2"}]},
        headers={"Content-Type": MO_COLLECTION, "Accept": MO_COLLECTION},
    )
    assert created.status_code == 201
    first, second = (m["id"] for m in created.json()["managedObjects"])
    updated = await client.put(
        MOS,
        json={"managedObjects": [{"id": first, "x": 1}, {"id": second, "name": "B2"}]},
        headers={"Content-Type": MO_COLLECTION},
    )
    assert updated.status_code == 200
    assert [m.get("x") for m in updated.json()["managedObjects"]] == [1, None]
    assert (await client.get(f"{MOS}/{second}")).json()["name"] == "B2"
    half = await client.put(
        MOS,
        json={"managedObjects": [{"id": first, "x": 2}, {"id": "99999999", "x": 2}]},
        headers={"Content-Type": MO_COLLECTION},
    )
    assert half.status_code == 404
    assert (await client.get(f"{MOS}/{first}")).json()["x"] == 1  # nothing half-applied
    too_many = await client.post(
        MOS,
        json={"managedObjects": [{"name": str(i)} for i in range(51)]},
        headers={"Content-Type": MO_COLLECTION},
    )
    assert too_many.status_code == 422
    assert "At most 50" in too_many.json()["message"]


async def test_create_with_external_ids_is_all_or_nothing(client: httpx.AsyncClient) -> None:
    ok = await client.post(
        MOS, json={"name": "x", "externalIds": [{"type": "c8y_Serial", "externalId": "E1"}]}
    )
    assert ok.status_code == 201
    lookup = await client.get("/identity/externalIds/c8y_Serial/E1")
    assert lookup.json()["managedObject"]["id"] == ok.json()["id"]
    assert "externalIds" not in ok.json()
    taken = await client.post(
        MOS, json={"name": "y", "externalIds": [{"type": "c8y_Serial", "externalId": "E1"}]}
    )
    assert taken.status_code == 409
    assert await _ids(client) == [ok.json()["id"]]


async def test_heartbeat_put_with_only_id(client: httpx.AsyncClient) -> None:
    device = await _new(client, name="hb", c8y_RequiredAvailability={"responseInterval": 10})
    before = (await client.get(f"{MOS}/{device}")).json()
    beat = await client.put(f"{MOS}/{device}", json={"id": device})
    assert beat.json() == {"id": device}
    after = (await client.get(f"{MOS}/{device}")).json()
    assert after == before
    availability = (await client.get(f"{MOS}/{device}/availability")).json()
    assert availability["dataStatus"] == "AVAILABLE"
    assert availability["interval"] == 10
    assert availability["deviceId"] == device


async def test_availability_and_supported_series(client: httpx.AsyncClient) -> None:
    unmonitored = await _new(client, name="plain")
    assert (await client.get(f"{MOS}/{unmonitored}/availability")).status_code == 404
    device = await _new(
        client,
        c8y_RequiredAvailability={"responseInterval": 5},
        c8y_Availability={"status": "UNAVAILABLE", "lastMessage": "2020-01-01T00:00:00.000Z"},
        c8y_SupportedMeasurements=["c8y_Temperature"],
        c8y_SupportedSeries=["c8y_Temperature.T"],
    )
    availability = (await client.get(f"{MOS}/{device}/availability")).json()
    assert availability["dataStatus"] == "UNAVAILABLE"
    assert availability["lastMessage"] == "2020-01-01T00:00:00.000Z"
    measurements = (await client.get(f"{MOS}/{device}/supportedMeasurements")).json()
    assert measurements == {"c8y_SupportedMeasurements": ["c8y_Temperature"]}
    series = (await client.get(f"{MOS}/{device}/supportedSeries")).json()
    assert series == {"c8y_SupportedSeries": ["c8y_Temperature.T"]}
    empty = (await client.get(f"{MOS}/{unmonitored}/supportedSeries")).json()
    assert empty == {"c8y_SupportedSeries": []}


async def test_inventory_api_resource(client: httpx.AsyncClient) -> None:
    api = (await client.get("/inventory")).json()
    assert api["managedObjects"]["self"].endswith(MOS)
    assert api["managedObjectsForType"].endswith("?type={type}")


async def test_read_only_fields_and_owner(client: httpx.AsyncClient) -> None:
    response = await client.post(
        MOS,
        json={
            "id": "1",
            "self": "x",
            "creationTime": "2000-01-01T00:00:00Z",
            "childDevices": {"references": [{"managedObject": {"id": "5"}}]},
            "owner": "device_abc",
        },
    )
    body = response.json()
    assert body["id"] != "1"
    assert body["creationTime"] != "2000-01-01T00:00:00Z"
    assert body["childDevices"]["references"] == []
    assert body["owner"] == "device_abc"
    removed = await client.put(f"{MOS}/{body['id']}", json={"owner": None})
    assert removed.status_code == 422
