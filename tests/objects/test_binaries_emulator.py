"""Binaries and the Binaries API against the emulator.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The loopback emulator is shared by the tests of this module, so each test uses a type of its
own.
"""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from c8y_objects import Binary, ConfigurationError, CumulocityClient, Device, NotFoundError
from c8y_objects.errors import UnknownFilterError
from tests.objects.emulated import requests_log, unique


async def test_binary_lifecycle_from_a_path(api: CumulocityClient, tmp_path: Path) -> None:
    path = tmp_path / "firmware.bin"
    content = bytes(range(256)) * 40
    path.write_bytes(content)
    draft = Binary(api, file=path, content_type="application/octet-stream")
    created = await draft.create()
    assert created.id is not None
    assert draft.id is None
    assert created.name == "firmware.bin"
    assert created.length == len(content)
    assert created.has("c8y_IsBinary")
    assert await created.read_file() == content

    created.file = io.BytesIO(b"replaced")
    same = await created.update()
    assert same is created
    assert created.length == len(b"replaced")
    assert await api.binaries.read_file(created.id) == b"replaced"

    described = await api.binaries.get(created.id)
    assert described.name == "firmware.bin"
    assert described.length == len(b"replaced")

    await created.delete()
    with pytest.raises(NotFoundError):
        await api.binaries.read_file(created.id)
    with pytest.raises(NotFoundError):
        await api.binaries.get(created.id)


async def test_upload_of_bytes_with_name_and_type(api: CumulocityClient) -> None:
    kind = unique("text")
    binary = await api.binaries.upload(b"hello world", "hello.txt", f"text/{kind}")
    assert binary.name == "hello.txt"
    assert binary.content_type == f"text/{kind}"
    assert binary.id is not None
    assert await binary.read_file() == b"hello world"
    await api.binaries.update(binary, b"bye", f"text/{kind}")
    assert await api.binaries.read_file(binary) == b"bye"
    await api.binaries.delete(binary)
    with pytest.raises(NotFoundError):
        await api.binaries.read_file(binary.id)


async def test_custom_fragments_are_stored_with_the_description(api: CumulocityClient) -> None:
    binary = await Binary(
        api, file=b"x", name="x.cfg", type=unique("cfg"), c8y_Config={"version": 3}
    ).create()
    described = await api.binaries.get(binary.id or "")
    assert described["c8y_Config.version"] == 3
    # The description is a managed object: reload and apply work on it.
    described["c8y_Config"]["version"] = 4
    await described.apply({"c8y_Config": {"version": 4}})
    assert (await binary.reload())["c8y_Config.version"] == 4


async def test_bulk_create_select_count_and_delete(api: CumulocityClient) -> None:
    kind = unique("b")
    await api.binaries.create(
        *(Binary(file=f"content {i}".encode(), name=f"f{i}.txt", type=kind) for i in range(5)),
        workers=3,
    )
    assert await api.binaries.get_count(type=kind) == 5
    found = await api.binaries.get_all(type=kind, limit=None)
    assert sorted(b.name or "" for b in found) == [f"f{i}.txt" for i in range(5)]
    names = await api.binaries.get_all(type=kind, limit=None, as_values="name", page_size=2)
    assert sorted(names) == [f"f{i}.txt" for i in range(5)]
    some = await api.binaries.get_all(ids=[b.id or "" for b in found[:2]], limit=None)
    assert {b.id for b in some} == {b.id for b in found[:2]}
    big = [
        b
        async for b in api.binaries.select(
            type=kind, limit=None, include=lambda b: (b.name or "") > "f2.txt"
        )
    ]
    assert sorted(b.name or "" for b in big) == ["f3.txt", "f4.txt"]
    await api.binaries.delete(*found, workers=2)
    assert await api.binaries.get_count(type=kind) == 0


async def test_select_by_child_reference(api: CumulocityClient) -> None:
    kind = unique("b")
    holder = await Binary(api, file=b"h", name="holder", type=kind).create()
    other = await Binary(api, file=b"o", name="other", type=kind).create()
    device = await Device(api, name=unique("dev")).create()
    await holder.assign_child_device(device)
    found = await api.binaries.get_all(type=kind, child_device=device, limit=None)
    assert [b.id for b in found] == [holder.id]
    assert await api.binaries.get_count(type=kind) == 2
    assert other.id is not None


async def test_a_single_id_string_is_one_id(api: CumulocityClient) -> None:
    kind = unique("b")
    first = await Binary(api, file=b"1", name="one", type=kind).create()
    await Binary(api, file=b"2", name="two", type=kind).create()
    assert first.id is not None
    found = await api.binaries.get_all(ids=first.id, limit=None)
    assert [b.id for b in found] == [first.id]
    assert await api.binaries.get_count(ids=first.id) == 1
    assert await api.binaries.get_count(ids=int(first.id)) == 1
    assert await api.binaries.get_count(extra_params={"type": kind}) == 2


async def test_unknown_keywords_and_bad_ids_are_refused_before_any_request(
    api: CumulocityClient,
) -> None:
    with pytest.raises(UnknownFilterError, match="tpye"):
        await api.binaries.get_all(tpye="x")  # type: ignore[call-overload]
    with pytest.raises(UnknownFilterError, match="child_devices"):
        await api.binaries.get_count(child_devices="1")  # type: ignore[call-arg]
    for bad in ("", ".", ".."):
        with pytest.raises(ConfigurationError):
            await api.binaries.read_file(bad)
        with pytest.raises(ConfigurationError):
            await api.binaries.update(bad, b"x")
        with pytest.raises(ConfigurationError):
            await api.binaries.delete(bad)
    assert await requests_log(api) == []


@pytest.mark.parametrize("binary_id", ["1/2", "1?x=2", "1#f", "../managedObjects"])
async def test_an_id_is_one_encoded_segment(api: CumulocityClient, binary_id: str) -> None:
    sent: list[bytes] = []

    async def hook(request: httpx.Request) -> None:
        sent.append(request.url.raw_path)

    api.http.event_hooks["request"].append(hook)
    with pytest.raises(NotFoundError):
        await api.binaries.read_file(binary_id)
    with pytest.raises(NotFoundError):
        await api.binaries.get(binary_id)
    assert [p.count(b"/") for p in sent] == [3, 3]
    assert all(b"?" not in p and b"#" not in p for p in sent)
    assert [(r["method"], r["status"]) for r in await requests_log(api)] == [
        ("GET", 404),
        ("GET", 404),
    ]


async def test_uploads_keep_the_multipart_content_type(api: CumulocityClient) -> None:
    types: list[tuple[str, str]] = []

    async def hook(request: httpx.Request) -> None:
        types.append((request.method, request.headers.get("Content-Type", "")))

    api.http.event_hooks["request"].append(hook)
    binary = await api.binaries.upload(b"x", "x.txt", "text/plain")
    await api.binaries.update(binary, b"y", "text/csv")
    assert types[0][0] == "POST"
    assert types[0][1].startswith("multipart/form-data; boundary=")
    assert types[1] == ("PUT", "text/csv")
