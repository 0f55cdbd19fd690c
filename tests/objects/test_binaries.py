"""Binaries without a server: the Binary object, query parameters, upload request shapes.

Requests go to `httpx.MockTransport`, which records them, so the multipart parts of an upload
and the raw body of a replacement are checked exactly.
"""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import orjson
import pytest

from c8y_objects import Binary, BulkError, CumulocityClient, ManagedObject, ObjectStateError
from c8y_objects.binaries import binary_query_params
from c8y_objects.errors import ConfigurationError, UnknownFilterError
from tests.objects.mocks import mock_client, multipart_parts


def test_binary_defaults_name_type_and_content_type(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    from_path = Binary(file=path, content_type="image/png")
    assert from_path.to_json() == {
        "name": "logo.png",
        "type": "image/png",
        "contentType": "image/png",
    }
    assert from_path.file == path
    typed = Binary(type="c8y_Firmware", content_type="application/zip", name="fw.zip", x={"a": 1})
    assert typed.to_json() == {
        "name": "fw.zip",
        "type": "c8y_Firmware",
        "contentType": "application/zip",
        "x": {"a": 1},
    }
    assert Binary(type="text/plain").content_type == "text/plain"
    assert Binary(type="c8y_Firmware").content_type is None
    loaded = Binary.from_json({"id": "3", "name": "a", "length": 12, "contentType": "x/y"})
    assert loaded.file is None
    assert loaded.length == 12
    assert loaded.content_type == "x/y"
    assert "length" not in loaded.to_json()
    assert isinstance(loaded, ManagedObject)


def test_binary_query_params() -> None:
    parent = ManagedObject()
    parent.id = "8"
    assert binary_query_params(
        ids=[1, "2"], type="t", owner="me", child_device=parent, child_asset=5, child_addition="6"
    ) == {
        "ids": ["1", "2"],
        "type": "t",
        "owner": "me",
        "childDeviceId": "8",
        "childAssetId": "5",
        "childAdditionId": "6",
    }
    assert binary_query_params(type=None, extra_params={"text": "x"}) == {"text": "x"}
    assert binary_query_params(ids="12") == {"ids": ["12"]}  # one ID, not two characters
    assert binary_query_params(ids=7) == {"ids": ["7"]}
    with pytest.raises(UnknownFilterError, match="with_totals"):
        binary_query_params(with_totals=True)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="ids: the list of IDs is empty"):
        binary_query_params(ids=[])


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "GET" and request.url.path.startswith("/inventory/binaries/"):
            return httpx.Response(200, content=b"stored", headers={"Content-Type": "text/plain"})
        if request.method == "DELETE":
            return httpx.Response(204)
        if request.method == "PUT" and request.url.path.startswith("/inventory/managedObjects/"):
            return httpx.Response(200, json={"id": "4", **orjson.loads(request.content)})
        if request.method == "PUT":
            return httpx.Response(
                201, json={"id": "4", "name": "n", "length": len(request.content)}
            )
        # An upload: the platform stores the name and type of the object part, nothing else.
        info = orjson.loads(multipart_parts(request)["object"][2])
        return httpx.Response(
            201,
            json={
                "id": "4",
                "name": info["name"],
                "type": info["type"],
                "contentType": info["type"],
            },
        )


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


async def test_create_uploads_description_and_file(
    mock_c8y: CumulocityClient, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01\x02")
    draft = Binary(mock_c8y, file=path, content_type="application/x-data", c8y_Kind={"v": 1})
    created = await draft.create()
    assert created.id == "4"
    assert draft.id is None
    request, fragments = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/inventory/binaries")
    # The fragment the upload did not store is written to the managed object.
    assert (fragments.method, fragments.url.path) == ("PUT", "/inventory/managedObjects/4")
    assert orjson.loads(fragments.content) == {"c8y_Kind": {"v": 1}}
    assert created["c8y_Kind"] == {"v": 1}
    parts = multipart_parts(request)
    assert orjson.loads(parts["object"][2]) == {
        "name": "data.bin",
        "type": "application/x-data",
        "contentType": "application/x-data",
        "c8y_Kind": {"v": 1},
    }
    assert parts["file"] == ("data.bin", "application/x-data", b"\x00\x01\x02")


async def test_upload_of_bytes_and_file_objects(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    await mock_c8y.binaries.upload(b"raw", "raw.txt", "text/plain")
    await mock_c8y.binaries.upload(io.BytesIO(b"stream"))
    first, second = (multipart_parts(r) for r in recorder.requests)
    assert orjson.loads(first["object"][2]) == {"name": "raw.txt", "type": "text/plain"}
    assert first["file"] == ("raw.txt", "text/plain", b"raw")
    assert orjson.loads(second["object"][2]) == {"name": "file", "type": "application/octet-stream"}
    assert second["file"] == ("file", "application/octet-stream", b"stream")


async def test_update_puts_the_raw_content_and_adopts_the_answer(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    binary = Binary.from_json({"id": "4", "name": "n", "contentType": "text/plain"}, mock_c8y)
    binary.file = b"new content"
    same = await binary.update()
    assert same is binary
    assert binary.length == len(b"new content")
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("PUT", "/inventory/binaries/4")
    assert request.content == b"new content"
    assert request.headers["Content-Type"] == "text/plain"
    copy = await binary.update(copy=True)
    assert copy is not binary


async def test_read_file_and_delete_use_the_binaries_path(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    binary = Binary.from_json({"id": "4"}, mock_c8y)
    assert await binary.read_file() == b"stored"
    assert await mock_c8y.binaries.read_file("4") == b"stored"
    await binary.delete()
    await mock_c8y.binaries.delete("5", binary)
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("GET", "/inventory/binaries/4"),
        ("GET", "/inventory/binaries/4"),
        ("DELETE", "/inventory/binaries/4"),
        ("DELETE", "/inventory/binaries/5"),
        ("DELETE", "/inventory/binaries/4"),
    ]
    assert recorder.requests[0].headers["Accept"] == "*/*"


async def test_missing_files_fail_before_any_request(
    mock_c8y: CumulocityClient, recorder: Recorder, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.txt"
    present = tmp_path / "here.txt"
    present.write_bytes(b"x")
    with pytest.raises(FileNotFoundError, match=r"gone\.txt"):
        await Binary(mock_c8y, file=missing).create()
    with pytest.raises(FileNotFoundError, match=r"gone\.txt"):
        await mock_c8y.binaries.create(Binary(file=present), Binary(file=str(missing)))
    with pytest.raises(FileNotFoundError):
        await mock_c8y.binaries.upload(missing)
    with pytest.raises(FileNotFoundError):
        await mock_c8y.binaries.update("4", missing)
    binary = Binary.from_json({"id": "4"}, mock_c8y)
    binary.file = missing
    with pytest.raises(FileNotFoundError):
        await binary.update()
    with pytest.raises(ObjectStateError, match="no file to upload"):
        await mock_c8y.binaries.create(Binary(file=present), Binary(name="empty"))
    with pytest.raises(ObjectStateError, match="no database ID"):
        await Binary(mock_c8y, file=present).update()
    assert recorder.requests == []


async def test_bulk_create_uploads_each_binary(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    items = [Binary(file=f"content {i}".encode(), name=f"f{i}.txt") for i in range(4)]
    done: list[int] = []
    await mock_c8y.binaries.create(*items, workers=2, progress=lambda d, _: done.append(d))
    names = sorted(multipart_parts(r)["file"][0] or "" for r in recorder.requests)
    assert names == ["f0.txt", "f1.txt", "f2.txt", "f3.txt"]
    assert done == [1, 2, 3, 4]


async def test_bulk_create_failure_names_the_binary(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if b"bad.txt" in request.content:
            return httpx.Response(400, json={"error": "x", "message": "no"})
        return httpx.Response(201, json={"id": "1"})

    client = mock_client(handler)
    bad = Binary(file=b"x", name="bad.txt")
    async with client:
        with pytest.raises(BulkError) as caught:
            await client.binaries.create(Binary(file=b"y", name="ok.txt"), bad)
    assert caught.value.index == 1
    assert caught.value.item is bad
