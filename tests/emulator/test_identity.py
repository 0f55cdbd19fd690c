"""External ids: create, look up, list, delete, conflicts and unknown objects."""

from __future__ import annotations

import httpx

EXT = "application/vnd.com.nsn.cumulocity.externalid+json"


async def _device(client: httpx.AsyncClient) -> str:
    return str((await client.post("/inventory/managedObjects", json={"name": "d"})).json()["id"])


async def test_external_id_lifecycle(any_client: httpx.AsyncClient) -> None:
    device = await _device(any_client)
    created = await any_client.post(
        f"/identity/globalIds/{device}/externalIds",
        json={"type": "c8y_Serial", "externalId": "A/B 1"},
        headers={"Content-Type": EXT, "Accept": EXT},
    )
    assert created.status_code == 201
    body = created.json()
    assert body["managedObject"]["id"] == device
    assert body["self"].endswith("/identity/externalIds/c8y_Serial/A%2FB%201")
    looked_up = await any_client.get(body["self"])
    assert looked_up.status_code == 200
    assert looked_up.headers["content-type"].startswith(EXT)
    assert looked_up.json() == body

    listing = (await any_client.get(f"/identity/globalIds/{device}/externalIds")).json()
    assert [e["externalId"] for e in listing["externalIds"]] == ["A/B 1"]

    assert (await any_client.delete(body["self"])).status_code == 204
    gone = await any_client.get(body["self"])
    assert gone.status_code == 404
    assert gone.json()["error"] == "identity/Not Found"
    assert (await any_client.delete(body["self"])).status_code == 404


async def test_duplicate_external_id_is_409(client: httpx.AsyncClient) -> None:
    first, second = await _device(client), await _device(client)
    spec = {"type": "c8y_Serial", "externalId": "dup"}
    assert (await client.post(f"/identity/globalIds/{first}/externalIds", json=spec)).is_success
    again = await client.post(f"/identity/globalIds/{second}/externalIds", json=spec)
    same = await client.post(f"/identity/globalIds/{first}/externalIds", json=spec)
    assert again.status_code == 409
    assert same.status_code == 409
    assert first in again.json()["message"]
    owner = (await client.get("/identity/externalIds/c8y_Serial/dup")).json()
    assert owner["managedObject"]["id"] == first


async def test_unknown_object_is_404(client: httpx.AsyncClient) -> None:
    spec = {"type": "c8y_Serial", "externalId": "x"}
    posted = await client.post("/identity/globalIds/4242424/externalIds", json=spec)
    listed = await client.get("/identity/globalIds/4242424/externalIds")
    assert posted.status_code == 404
    assert listed.status_code == 404
    assert posted.json()["error"] == "identity/Not Found"


async def test_invalid_external_id_bodies(client: httpx.AsyncClient) -> None:
    device = await _device(client)
    url = f"/identity/globalIds/{device}/externalIds"
    for body, needle in (
        ({"type": "c8y_Serial"}, "externalId must be a non-empty string"),
        ({"type": "", "externalId": "x"}, "type must be a non-empty string"),
        ({"type": 1, "externalId": "x"}, "type must be a non-empty string"),
    ):
        response = await client.post(url, json=body)
        assert response.status_code == 422
        assert needle in response.json()["message"]
    listing = (await client.get(url)).json()
    assert listing["externalIds"] == []


async def test_identity_api_resource(client: httpx.AsyncClient) -> None:
    api = (await client.get("/identity")).json()
    assert api["externalId"].endswith("/identity/externalIds/{type}/{externalId}")
    assert api["externalIdsOfGlobalId"].endswith("/identity/globalIds/{globalId}/externalIds")


async def test_search_maps_external_ids_to_objects(any_client: httpx.AsyncClient) -> None:
    first, second = await _device(any_client), await _device(any_client)
    for device, serial in ((first, "S-1"), (second, "S-2")):
        await any_client.post(
            f"/identity/globalIds/{device}/externalIds",
            json={"type": "c8y_Serial", "externalId": serial},
        )
    wanted = [
        {"type": "c8y_Serial", "externalId": "S-2"},
        {"type": "c8y_Serial", "externalId": "missing"},
        {"type": "c8y_Serial", "externalId": "S-1"},
    ]
    response = await any_client.post("/identity/search", json={"externalIds": wanted})
    assert response.status_code == 200
    found = [(e["externalId"], e["managedObject"]["id"]) for e in response.json()["externalIds"]]
    assert found == [("S-2", second), ("S-1", first)]
    bad_bodies: list[dict[str, object]] = [
        {"externalIds": []},
        {"externalIds": [{"type": "t"}]},
        {},
    ]
    for bad in bad_bodies:
        refused = await any_client.post("/identity/search", json=bad)
        assert refused.status_code == 400
        assert refused.json()["error"] == "identity/Bad Request"
