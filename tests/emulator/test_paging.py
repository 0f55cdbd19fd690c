"""The one paging implementation: sizes, links, statistics and refused values."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

COLLECTION = "/inventory/managedObjects"


async def _create(client: httpx.AsyncClient, count: int) -> list[str]:
    ids = []
    for index in range(count):
        response = await client.post(COLLECTION, json={"name": f"obj{index:03d}", "type": "t"})
        ids.append(response.json()["id"])
    return ids


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


async def test_default_page_and_links(any_client: httpx.AsyncClient) -> None:
    ids = await _create(any_client, 12)
    first = (await any_client.get(COLLECTION, params={"type": "t"})).json()
    assert [m["id"] for m in first["managedObjects"]] == ids[:5]
    assert first["statistics"] == {"currentPage": 1, "pageSize": 5}
    assert "prev" not in first
    assert _query(first["next"]) == {"type": ["t"], "pageSize": ["5"], "currentPage": ["2"]}
    assert first["self"].startswith(str(any_client.base_url).rstrip("/") + COLLECTION + "?")

    second = (await any_client.get(first["next"])).json()
    assert [m["id"] for m in second["managedObjects"]] == ids[5:10]
    assert _query(second["prev"])["currentPage"] == ["1"]
    third = (await any_client.get(second["next"])).json()
    assert [m["id"] for m in third["managedObjects"]] == ids[10:]
    assert "next" not in third


async def test_totals_only_when_asked(client: httpx.AsyncClient) -> None:
    await _create(client, 7)
    both = await client.get(
        COLLECTION,
        params={"pageSize": 3, "withTotalPages": "true", "withTotalElements": "true"},
    )
    assert both.json()["statistics"] == {
        "currentPage": 1,
        "pageSize": 3,
        "totalPages": 3,
        "totalElements": 7,
    }
    pages_only = await client.get(COLLECTION, params={"pageSize": 3, "withTotalPages": "true"})
    assert pages_only.json()["statistics"] == {"currentPage": 1, "pageSize": 3, "totalPages": 3}


async def test_page_size_above_limit_is_trimmed(client: httpx.AsyncClient) -> None:
    response = await client.get(COLLECTION, params={"pageSize": 99999999})
    assert response.status_code == 200
    assert response.json()["statistics"]["pageSize"] == 2000


async def test_page_beyond_the_end_is_empty(client: httpx.AsyncClient) -> None:
    await _create(client, 2)
    response = await client.get(COLLECTION, params={"currentPage": 50})
    assert response.json()["managedObjects"] == []
    assert "next" not in response.json()


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"pageSize": "0"}, "pageSize must be 1 or greater"),
        ({"pageSize": "-5"}, "pageSize must be 1 or greater"),
        ({"pageSize": "ten"}, "pageSize must be an integer"),
        ({"currentPage": "0"}, "currentPage must be 1 or greater"),
        ({"withTotalPages": "maybe"}, "withTotalPages must be true or false"),
    ],
)
async def test_invalid_paging_values_are_refused(
    client: httpx.AsyncClient, params: dict[str, str], needle: str
) -> None:
    response = await client.get(COLLECTION, params=params)
    assert response.status_code == 422
    assert needle in response.json()["message"]


@pytest.mark.parametrize(
    "path",
    ["/inventory/managedObjects/{id}/childAssets", "/identity/globalIds/{id}/externalIds"],
)
async def test_other_collections_page_the_same_way(client: httpx.AsyncClient, path: str) -> None:
    parent = (await client.post(COLLECTION, json={"name": "parent"})).json()["id"]
    children = await _create(client, 3)
    for child in children:
        await client.post(
            f"{COLLECTION}/{parent}/childAssets", json={"managedObject": {"id": child}}
        )
        await client.post(
            f"/identity/globalIds/{parent}/externalIds",
            json={"type": "c8y_Serial", "externalId": f"S-{child}"},
        )
    url = path.format(id=parent)
    page = (await client.get(url, params={"pageSize": 2, "withTotalElements": "true"})).json()
    key = "references" if "childAssets" in path else "externalIds"
    assert len(page[key]) == 2
    assert page["statistics"] == {"currentPage": 1, "pageSize": 2, "totalElements": 3}
    rest = (await client.get(page["next"])).json()
    assert len(rest[key]) == 1
    assert "next" not in rest
    refused = await client.get(url, params={"pageSize": "x"})
    assert refused.status_code == 422
