"""Binaries over HTTP: upload, download (with ranges), replace, delete, list, limits, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.testing import asgi_client

BINARIES = "/inventory/binaries"
MOS = "/inventory/managedObjects"
MO = "application/vnd.com.nsn.cumulocity.managedobject+json"
MO_COLLECTION = "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"


def _form(
    content: bytes,
    info: str | None = '{"name": "hello.txt", "type": "text/plain"}',
    *,
    filename: str = "local.txt",
    part_type: str = "application/octet-stream",
) -> tuple[bytes, str]:
    data = {"object": info} if info is not None else {}
    request = httpx.Request(
        "POST", "http://x", files={"file": (filename, content, part_type)}, data=data
    )
    return request.read(), request.headers["content-type"]


async def _upload(client: httpx.AsyncClient, content: bytes, **form: Any) -> dict[str, Any]:
    body, content_type = _form(content, **form)
    response = await client.post(
        BINARIES, content=body, headers={"Content-Type": content_type, "Accept": MO}
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_upload_download_replace_delete(any_client: httpx.AsyncClient) -> None:
    content = bytes(range(256)) * 40
    binary = await _upload(any_client, content)
    base = str(any_client.base_url).rstrip("/")
    assert binary["self"] == f"{base}{BINARIES}/{binary['id']}"
    assert binary["name"] == "hello.txt"
    assert binary["type"] == "text/plain"
    assert binary["contentType"] == "text/plain"
    assert binary["length"] == len(content)
    assert binary["c8y_IsBinary"] == {}
    assert binary["owner"] == "admin"

    url = f"{BINARIES}/{binary['id']}"
    downloaded = await any_client.get(url)
    assert downloaded.status_code == 200
    assert downloaded.content == content
    assert downloaded.headers["content-type"] == "text/plain"
    assert downloaded.headers["content-length"] == str(len(content))

    # The same managed object is visible in the inventory.
    managed = (await any_client.get(f"{MOS}/{binary['id']}")).json()
    assert managed["c8y_IsBinary"] == {}
    assert managed["length"] == len(content)

    replaced = await any_client.put(
        url, content=b"new", headers={"Content-Type": "application/json", "Accept": MO}
    )
    assert replaced.status_code == 201
    assert replaced.json()["length"] == 3
    assert replaced.json()["contentType"] == "application/json"
    assert replaced.json()["name"] == "hello.txt"
    assert replaced.json()["lastUpdated"] >= binary["lastUpdated"]
    again = await any_client.get(url)
    assert again.content == b"new"
    assert again.headers["content-type"] == "application/json"

    assert (await any_client.delete(url)).status_code == 204
    assert (await any_client.get(url)).status_code == 404
    assert (await any_client.get(f"{MOS}/{binary['id']}")).status_code == 404


async def test_metadata_falls_back_to_the_file_part(client: httpx.AsyncClient) -> None:
    binary = await _upload(
        client, b"<svg/>", info="{}", filename="logo.svg", part_type="image/svg+xml"
    )
    assert binary["name"] == "logo.svg"
    assert binary["contentType"] == "image/svg+xml"
    assert binary["type"] == "image/svg+xml"
    response = await client.get(f"{BINARIES}/{binary['id']}")
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"] == 'attachment; filename="logo.svg"'


async def test_upload_without_accept_answers_an_empty_body(client: httpx.AsyncClient) -> None:
    body, content_type = _form(b"quiet")
    response = await client.post(
        BINARIES, content=body, headers={"Content-Type": content_type, "Accept": ""}
    )
    assert response.status_code == 201
    assert response.content == b""
    assert (await client.get(response.headers["location"])).content == b"quiet"


async def test_empty_files_are_stored(client: httpx.AsyncClient) -> None:
    binary = await _upload(client, b"")
    assert binary["length"] == 0
    response = await client.get(f"{BINARIES}/{binary['id']}")
    assert response.status_code == 200
    assert response.content == b""
    suffix = await client.get(f"{BINARIES}/{binary['id']}", headers={"Range": "bytes=-3"})
    assert suffix.status_code == 200
    assert "content-range" not in suffix.headers
    beyond = await client.get(f"{BINARIES}/{binary['id']}", headers={"Range": "bytes=0-"})
    assert beyond.status_code == 416


@pytest.mark.parametrize(
    ("header", "status", "content", "content_range"),
    [
        ("bytes=2-5", 206, b"2345", "bytes 2-5/10"),
        ("bytes=7-", 206, b"789", "bytes 7-9/10"),
        ("bytes=-3", 206, b"789", "bytes 7-9/10"),
        ("bytes=8-100", 206, b"89", "bytes 8-9/10"),
        ("bytes=-50", 206, b"0123456789", "bytes 0-9/10"),
        ("bytes=0-1,4-5", 200, b"0123456789", None),  # several ranges: everything
        ("items=0-1", 200, b"0123456789", None),
        ("bytes=5-2", 200, b"0123456789", None),
        ("bytes=x-y", 200, b"0123456789", None),
    ],
)
async def test_ranged_downloads(
    client: httpx.AsyncClient,
    header: str,
    status: int,
    content: bytes,
    content_range: str | None,
) -> None:
    binary = await _upload(client, b"0123456789")
    response = await client.get(f"{BINARIES}/{binary['id']}", headers={"Range": header})
    assert response.status_code == status
    assert response.content == content
    assert response.headers.get("content-range") == content_range
    assert response.headers["accept-ranges"] == "bytes"


async def test_a_range_beyond_the_content_is_416(client: httpx.AsyncClient) -> None:
    binary = await _upload(client, b"0123456789")
    response = await client.get(f"{BINARIES}/{binary['id']}", headers={"Range": "bytes=10-"})
    assert response.status_code == 416
    assert response.headers["content-range"] == "bytes */10"
    assert "10 bytes" in response.json()["message"]


async def test_list_filters_and_paging(client: httpx.AsyncClient) -> None:
    first = await _upload(client, b"1", info='{"name": "a", "type": "text/plain"}')
    second = await _upload(client, b"2", info='{"name": "b", "type": "image/png"}')
    third = await _upload(client, b"3", info='{"name": "c", "type": "text/plain"}')
    plain = (await client.post(MOS, json={"name": "not a binary", "type": "text/plain"})).json()
    device = (await client.post(MOS, json={"name": "device"})).json()
    await client.post(
        f"{MOS}/{second['id']}/childAdditions", json={"managedObject": {"id": device["id"]}}
    )

    async def listed(**params: Any) -> list[str]:
        response = await client.get(BINARIES, params=params)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(MO_COLLECTION)
        return [item["id"] for item in response.json()["managedObjects"]]

    ids = [first["id"], second["id"], third["id"]]
    assert await listed() == ids
    assert plain["id"] not in await listed(type="text/plain")
    assert await listed(type="text/plain") == [first["id"], third["id"]]
    assert await listed(owner="admin") == ids
    assert await listed(owner="somebody") == []
    assert await listed(ids=f"{third['id']},{first['id']},{plain['id']},x") == [
        first["id"],
        third["id"],
    ]
    assert await listed(childAdditionId=device["id"]) == [second["id"]]
    assert await listed(childAssetId=device["id"]) == []
    page = (await client.get(BINARIES, params={"pageSize": 2, "withTotalPages": "true"})).json()
    assert page["statistics"]["totalPages"] == 2
    assert [item["id"] for item in page["managedObjects"]] == ids[:2]
    assert [item["id"] for item in (await client.get(page["next"])).json()["managedObjects"]] == [
        third["id"]
    ]
    assert page["managedObjects"][0]["self"].endswith(f"{BINARIES}/{first['id']}")
    assert (await client.get(BINARIES, params={"pageSize": "big"})).status_code == 422


@pytest.mark.parametrize(
    ("body", "content_type", "needle"),
    [
        (b"raw bytes", "application/octet-stream", "multipart/form-data"),
        (b"--b\r\n", "multipart/form-data", "boundary"),
        (b"no delimiter", "multipart/form-data; boundary=b", "boundary"),
        (
            b"--b\r\nContent-Type: x\r\n\r\ndata\r\n--b--",
            "multipart/form-data; boundary=b",
            "Disposition",
        ),
        (
            b'--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nunclosed',
            "multipart/form-data; boundary=b",
            "closed",
        ),
    ],
)
async def test_malformed_uploads_are_400(
    client: httpx.AsyncClient, body: bytes, content_type: str, needle: str
) -> None:
    response = await client.post(BINARIES, content=body, headers={"Content-Type": content_type})
    assert response.status_code == 400
    assert response.json()["error"] == "inventory/Bad Request"
    assert needle in response.json()["message"]
    assert (await client.get(BINARIES)).json()["managedObjects"] == []


@pytest.mark.parametrize(
    ("info", "needle"),
    [
        (None, "object"),
        ("{oops", "JSON"),
        ("[1]", "JSON object"),
        ('{"name": 5}', "name"),
        ('{"type": ""}', "type"),
    ],
)
async def test_bad_object_parts_are_400(
    client: httpx.AsyncClient, info: str | None, needle: str
) -> None:
    body, content_type = _form(b"x", info)
    response = await client.post(BINARIES, content=body, headers={"Content-Type": content_type})
    assert response.status_code == 400
    assert needle in response.json()["message"]
    assert (await client.get(MOS)).json()["managedObjects"] == []


async def test_a_form_without_a_file_part_is_400(client: httpx.AsyncClient) -> None:
    request = httpx.Request("POST", "http://x", files={"other": ("a", b"a")}, data={"object": "{}"})
    response = await client.post(
        BINARIES, content=request.read(), headers={"Content-Type": request.headers["content-type"]}
    )
    assert response.status_code == 400
    assert "file" in response.json()["message"]


async def test_unknown_binaries_and_plain_objects_are_404(client: httpx.AsyncClient) -> None:
    plain = (await client.post(MOS, json={"name": "plain"})).json()["id"]
    for raw in ("424242", plain, "abc"):
        for method in ("GET", "PUT", "DELETE"):
            response = await client.request(method, f"{BINARIES}/{raw}", content=b"x")
            assert response.status_code == 404, (method, raw)
            assert response.json()["error"] == "inventory/Not Found"
    assert (await client.get(f"{MOS}/{plain}")).status_code == 200


async def test_the_size_limit_is_the_body_limit(client: httpx.AsyncClient) -> None:
    async with asgi_client(max_body_bytes=2048) as small:
        body, content_type = _form(b"x" * 4096)
        response = await small.post(BINARIES, content=body, headers={"Content-Type": content_type})
        assert response.status_code == 413
        assert response.json()["error"] == "general/Payload Too Large"
        assert "2048" in response.json()["message"]
        assert (await small.get(BINARIES)).json()["managedObjects"] == []
        binary = await _upload(small, b"fits")
        replaced = await small.put(f"{BINARIES}/{binary['id']}", content=b"y" * 4096)
        assert replaced.status_code == 413
        assert (await small.get(f"{BINARIES}/{binary['id']}")).content == b"fits"


async def test_deleting_the_managed_object_deletes_the_content(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    binary = await _upload(client, b"payload")
    assert (await client.delete(f"{MOS}/{binary['id']}")).status_code == 204
    assert (await client.get(f"{BINARIES}/{binary['id']}")).status_code == 404
    with app.storage.read() as cur:
        assert cur.execute("SELECT COUNT(*) FROM binaries").fetchone()[0] == 0


async def test_binaries_survive_a_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "binaries.sqlite3")
    first = create_app(database)
    try:
        async with asgi_client(first) as client:
            binary = await _upload(client, b"\x00persisted\xff")
    finally:
        first.close()
    second = create_app(database)
    try:
        async with asgi_client(second) as client:
            response = await client.get(f"{BINARIES}/{binary['id']}")
    finally:
        second.close()
    assert response.content == b"\x00persisted\xff"
    assert response.headers["content-type"] == "text/plain"


async def test_names_with_line_breaks_cannot_break_the_download_headers(
    any_client: httpx.AsyncClient,
) -> None:
    binary = await _upload(any_client, b"x", info='{"name": "a\\r\\nX-Injected: 1\\"b"}')
    assert binary["name"] == 'a\r\nX-Injected: 1"b'
    response = await any_client.get(f"{BINARIES}/{binary['id']}")
    assert response.status_code == 200
    assert "x-injected" not in response.headers
    assert response.headers["content-disposition"] == 'attachment; filename="a__X-Injected: 1_b"'


@pytest.mark.parametrize(
    ("declared", "part_type", "expected"),
    [
        ("c8y_Firmware", "text/csv", "text/csv"),
        ("c8y_Firmware", "application/octet-stream", "application/octet-stream"),
        ("text/plain\r\nX-Injected: 1", "image/png", "image/png"),
        ("application/json", "text/plain", "application/json"),
    ],
)
async def test_a_free_form_type_is_kept_and_downloads_use_a_media_type(
    any_client: httpx.AsyncClient, declared: str, part_type: str, expected: str
) -> None:
    info = orjson.dumps({"name": "f.bin", "type": declared}).decode()
    binary = await _upload(any_client, b"payload", info=info, part_type=part_type)
    assert binary["type"] == declared
    assert binary["contentType"] == expected
    response = await any_client.get(f"{BINARIES}/{binary['id']}")
    assert response.status_code == 200
    assert response.headers["content-type"] == expected
    assert "x-injected" not in response.headers
