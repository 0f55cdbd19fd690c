"""Upload helpers of the connection: reading a `FileSpec`, multipart bodies, extra headers."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from c8y_objects._http import encode_multipart, read_file_spec
from tests.objects.mocks import mock_client, parse_multipart


def test_read_file_spec_from_a_path_str_and_pathlike(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01payload")
    assert read_file_spec(str(path)) == (b"\x00\x01payload", "data.bin")
    assert read_file_spec(path) == (b"\x00\x01payload", "data.bin")


def test_read_file_spec_from_bytes_and_file_objects(tmp_path: Path) -> None:
    assert read_file_spec(b"raw") == (b"raw", None)
    assert read_file_spec(io.BytesIO(b"buffer")) == (b"buffer", None)
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n")
    with path.open("rb") as handle:
        assert read_file_spec(handle) == (b"a,b\n", "report.csv")


def test_read_file_spec_missing_path_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.txt"):
        read_file_spec(tmp_path / "nope.txt")


def test_read_file_spec_refuses_text_mode_and_other_types() -> None:
    with pytest.raises(TypeError, match="binary mode"):
        read_file_spec(io.StringIO("text"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got int"):
        read_file_spec(42)  # type: ignore[arg-type]


def test_encode_multipart_round_trips_fields_and_files() -> None:
    content = bytes(range(256)) * 4
    body, content_type = encode_multipart(
        {"object": '{"name": "hello.bin", "type": "application/octet-stream"}'},
        {"file": ("hello.bin", content, "application/octet-stream")},
    )
    assert content_type.startswith("multipart/form-data; boundary=")
    parts = parse_multipart(body, content_type)
    assert list(parts) == ["object", "file"]
    assert parts["object"][0] is None
    assert parts["object"][2] == b'{"name": "hello.bin", "type": "application/octet-stream"}'
    assert parts["file"] == ("hello.bin", "application/octet-stream", content)


async def test_request_sends_extra_headers_and_keeps_accept_and_content_type() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"ok": True})

    client = mock_client(handler)
    async with client:
        await client.request(
            "PUT",
            "/x",
            content=b"data",
            content_type="application/octet-stream",
            accept="application/json",
            headers={"Content-Disposition": 'attachment; filename="a.txt"'},
        )
    (request,) = seen
    assert request.headers["Content-Disposition"] == 'attachment; filename="a.txt"'
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Authorization"].startswith("Basic ")
    assert request.content == b"data"
