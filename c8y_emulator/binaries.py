"""Binaries: files stored next to a managed object that describes them.

- ``POST /inventory/binaries`` takes ``multipart/form-data`` with an ``object`` part (JSON:
  ``name``, ``type``) and a ``file`` part (the content), and creates a managed object with
  ``c8y_IsBinary``, ``name``, ``type``, ``contentType`` and ``length``. ``type`` is the
  ``object`` part's ``type`` as given (any string). ``contentType`` (what downloads answer with)
  is the first of the ``object`` part's ``type`` and the ``file`` part's Content-Type that is a
  media type, else ``application/octet-stream``; ``name`` is the ``object`` part's name, else the
  file name.
- ``GET /inventory/binaries/{id}`` answers the stored bytes with the stored content type; a
  single ``Range: bytes=...`` is answered 206 with that slice.
- ``PUT /inventory/binaries/{id}`` replaces the content with the raw request body (its
  Content-Type, when sent, becomes the new ``contentType``); answers 201 with the object.
- ``DELETE /inventory/binaries/{id}`` removes the object and its content.
- ``GET /inventory/binaries`` lists the binaries' objects (``ids``, ``type``, ``owner``,
  ``childAdditionId``, ``childAssetId``, ``childDeviceId``, paging), oldest first.

The size limit of a file is the app's request body limit (``max_body_bytes``, 8 MiB by default);
a larger upload is refused with 413 before it is read completely. The content lives in the
``binaries`` table as a BLOB keyed by the managed object's id; deleting the managed object through
the inventory deletes the content too.

:func:`read_upload` reads an upload (multipart form or raw body) for the binaries and for event
attachments alike.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

import orjson

from c8y_emulator import media
from c8y_emulator.access import INVENTORY_RULES, restrict
from c8y_emulator.errors import ApiError, bad_request, not_found
from c8y_emulator.inventory import delete_managed_objects, insert_managed_object
from c8y_emulator.multipart import header_parameters, is_form_data, parse_form_data
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.storage import Storage, fetch_raw_text, now_iso, parse_id
from c8y_emulator.web import Request, Response, Router, write_response

AREA = "inventory"
BASE_PATH = "/inventory/binaries"
OCTET_STREAM = "application/octet-stream"
DEFAULT_NAME = "file"

SCHEMA = """
CREATE TABLE IF NOT EXISTS binaries (
    id INTEGER PRIMARY KEY,
    content BLOB NOT NULL
);
"""

_TOKEN = r"[A-Za-z0-9!#$&^_.+-]+"
_MEDIA_TYPE = re.compile(rf"{_TOKEN}/{_TOKEN}(\s*;[^\x00-\x1f\x7f]*)?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_CHILD_FILTERS = (
    ("childDeviceId", "childDevices"),
    ("childAssetId", "childAssets"),
    ("childAdditionId", "childAdditions"),
)


@dataclass(frozen=True, slots=True)
class Upload:
    """A received file: its name, its declared type, its media type and its bytes.

    ``type`` is free text (what the uploader called the file); ``content_type`` is always a
    well-formed media type, because downloads send it as a header.
    """

    name: str
    type: str
    content_type: str
    data: bytes


def _string_member(info: dict[str, Any], key: str, area: str) -> str | None:
    value = info.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise bad_request(
            area, f"Member {key} of the object part must be a non-empty string, got {value!r}"
        )
    return value


def read_upload(
    request: Request, area: str, *, raw_allowed: bool, object_optional: bool = False
) -> Upload:
    """Read a file upload from a request.

    A ``multipart/form-data`` body needs an ``object`` part (JSON with optional ``name`` and
    ``type``; may be left out when ``object_optional``, then the name and type come from the
    ``file`` part) and a ``file`` part. Any other body is the file itself (when ``raw_allowed``):
    its name comes from the ``filename`` of a Content-Disposition header, its type from
    Content-Type.

    Raises:
        ApiError: 400 when the form is malformed or lacks a part, or the body is not a form
            although one is required.
    """
    header = request.headers.get("content-type", "")
    if not is_form_data(header):
        if not raw_allowed:
            raise bad_request(
                area,
                "Upload a file as multipart/form-data with an 'object' part (JSON name and type) "
                f"and a 'file' part; got Content-Type {request.content_type or 'none'!r}",
            )
        disposition = header_parameters(request.headers.get("content-disposition", ""))
        media_type = _media_type(request.content_type)
        return Upload(
            name=disposition.get("filename") or DEFAULT_NAME,
            type=media_type,
            content_type=media_type,
            data=request.body,
        )
    parts = {part.name: part for part in parse_form_data(request.body, header, area)}
    required = ("file",) if object_optional else ("object", "file")
    missing = [name for name in required if name not in parts]
    if missing:
        raise bad_request(
            area, f"The multipart form lacks the part(s) {', '.join(missing)} (object and file)"
        )
    object_data = parts["object"].data if "object" in parts else b""
    try:
        info = orjson.loads(object_data) if object_data.strip() else {}
    except orjson.JSONDecodeError as exc:
        raise bad_request(area, f"The object part is not valid JSON: {exc}") from None
    if not isinstance(info, dict):
        raise bad_request(area, "The object part must be a JSON object with name and type")
    file_part = parts["file"]
    name = _string_member(info, "name", area) or file_part.filename or DEFAULT_NAME
    declared = _string_member(info, "type", area)
    content_type = _media_type(declared, file_part.content_type)
    return Upload(
        name=name, type=declared or content_type, content_type=content_type, data=file_part.data
    )


def _media_type(*candidates: str | None) -> str:
    """Return the first candidate that is a well-formed media type, else octet-stream."""
    for candidate in candidates:
        if candidate and _MEDIA_TYPE.fullmatch(candidate):
            return candidate
    return OCTET_STREAM


def content_response(
    data: bytes, content_type: str, name: str, range_header: str | None
) -> Response:
    """Answer stored bytes (a single satisfiable ``Range`` gets 206 with that slice).

    Raises:
        ApiError: 416 when the requested range starts beyond the content.
    """
    headers = [
        (b"content-type", content_type.encode("latin-1", errors="replace")),
        (b"accept-ranges", b"bytes"),
        (b"content-disposition", _disposition(name)),
    ]
    window = _byte_range(range_header, len(data)) if range_header else None
    if window is None:
        return Response(200, data, None, headers)
    start, end = window
    headers.append((b"content-range", f"bytes {start}-{end}/{len(data)}".encode()))
    return Response(206, data[start : end + 1], None, headers)


def _disposition(name: str) -> bytes:
    safe = _CONTROL.sub("_", name).replace("\\", "_").replace('"', "_")
    return f'attachment; filename="{safe}"'.encode("latin-1", errors="replace")


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """Return the inclusive window of a single ``bytes=`` range, or None to send everything.

    Raises:
        ApiError: 416 when the range starts beyond the content.
    """
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None  # other units and multiple ranges: the whole content (RFC 9110 allows it)
    first, dash, last = spec.strip().partition("-")
    if not dash:
        return None
    try:
        start = int(first) if first else None
        end = int(last) if last else None
    except ValueError:
        return None
    if start is None:  # the last N bytes
        if end is None or end <= 0 or size == 0:
            return None
        return max(size - end, 0), size - 1
    if start < 0 or (end is not None and end < start):
        return None
    if start >= size:
        raise _unsatisfiable(size)
    return start, size - 1 if end is None else min(end, size - 1)


def _unsatisfiable(size: int) -> ApiError:
    return ApiError(
        416,
        "general/Range Not Satisfiable",
        f"The requested range starts beyond the content ({size} bytes)",
        headers=[(b"content-range", f"bytes */{size}".encode())],
    )


def _missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Finding binary from database failed : No binary for id '{raw_id}'!")


def _delete_for_objects(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        cur.execute(f"DELETE FROM binaries WHERE id IN ({','.join('?' * len(chunk))})", chunk)


_ROW_SQL = (
    "SELECT CAST(managed_objects.id AS TEXT), managed_objects.body FROM managed_objects "
    "JOIN binaries ON binaries.id = managed_objects.id"
)


def _render_rows(base_url: str, rows: list[tuple[bytes, bytes]]) -> list[bytes]:
    prefix = (base_url + BASE_PATH + "/").encode()
    return [
        b'{"id":"' + object_id + b'","self":"' + prefix + object_id + b'",' + body[1:]
        for object_id, body in rows
    ]


def _render_one(request: Request, cur: sqlite3.Cursor, object_id: int) -> bytes:
    rows = fetch_raw_text(cur, _ROW_SQL + " WHERE managed_objects.id = ?", (object_id,))
    if not rows:
        raise _missing(str(object_id))
    return _render_rows(request.base_url, rows)[0]


def register(router: Router, storage: Storage) -> None:
    """Add the binaries' routes to ``router`` and their cleanup to ``storage``."""
    storage.add_source_deleted_hook(_delete_for_objects)
    api = _BinariesApi(storage)
    router.add("GET", BASE_PATH, api.list_binaries, access=INVENTORY_RULES.read)
    router.add("POST", BASE_PATH, api.upload, access=INVENTORY_RULES.write)
    router.add("GET", BASE_PATH + "/{id}", api.download, access=INVENTORY_RULES.read_one)
    router.add("PUT", BASE_PATH + "/{id}", api.replace, access=INVENTORY_RULES.write_one)
    router.add("DELETE", BASE_PATH + "/{id}", api.delete, access=INVENTORY_RULES.write_one)


class _BinariesApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def _existing(self, cur: sqlite3.Cursor, raw_id: str) -> int:
        object_id = parse_id(raw_id)
        if (
            object_id is None
            or not cur.execute("SELECT 1 FROM binaries WHERE id = ?", (object_id,)).fetchone()
        ):
            raise _missing(raw_id)
        return object_id

    def list_binaries(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        where: list[str] = []
        args: list[Any] = []
        for name, column in (("type", "type"), ("owner", "owner")):
            value = request.param(name)
            if value:
                where.append(f"managed_objects.{column} = ?")
                args.append(value)
        raw_ids = [p.strip() for v in request.query.get("ids", []) for p in v.split(",")]
        raw_ids = [r for r in raw_ids if r]
        if raw_ids:
            ids = [i for i in map(parse_id, raw_ids) if i is not None]
            where.append(f"managed_objects.id IN ({','.join('?' * len(ids))})" if ids else "0")
            args.extend(ids)
        for param, kind in _CHILD_FILTERS:
            raw = request.param(param)
            if raw:
                where.append(
                    "managed_objects.id IN (SELECT parent_id FROM managed_object_references "
                    "WHERE kind = ? AND child_id = ?)"
                )
                args.extend((kind, parse_id(raw) or -1))
        with self.storage.read() as cur:
            restrict(
                request.visibility, cur, where, args, "managed_objects.id", "managed_objects.type"
            )
            condition = " AND ".join(where) if where else "1"
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {condition} ORDER BY managed_objects.id",
                count="SELECT COUNT(*) FROM managed_objects "
                f"JOIN binaries ON binaries.id = managed_objects.id WHERE {condition}",
                args=args,
            )
        return page_response(
            request,
            page,
            key="managedObjects",
            items=_render_rows(request.base_url, found.rows),
            has_more=found.has_more,
            total=found.total,
            media_type=media.MANAGED_OBJECT_COLLECTION,
        )

    def upload(self, request: Request, params: dict[str, str]) -> Response:
        upload = read_upload(request, AREA, raw_allowed=False)
        document = {
            "name": upload.name,
            "type": upload.type,
            "c8y_IsBinary": {},
            "contentType": upload.content_type,
            "length": len(upload.data),
        }
        with self.storage.write() as cur:
            object_id = insert_managed_object(cur, self.storage, document, request.user)
            cur.execute(
                "INSERT INTO binaries (id, content) VALUES (?, ?)", (object_id, upload.data)
            )
            body = _render_one(request, cur, object_id)
        response = write_response(request, 201, body, media.MANAGED_OBJECT)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{object_id}").encode()))
        return response

    def download(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            object_id = self._existing(cur, params["id"])
            content, body = cur.execute(
                "SELECT b.content, m.body FROM binaries b JOIN managed_objects m ON m.id = b.id "
                "WHERE b.id = ?",
                (object_id,),
            ).fetchone()
        document = orjson.loads(body)
        content_type = document.get("contentType")
        name = document.get("name")
        return content_response(
            bytes(content),
            content_type if isinstance(content_type, str) and content_type else OCTET_STREAM,
            name if isinstance(name, str) else DEFAULT_NAME,
            request.headers.get("range"),
        )

    def replace(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            object_id = self._existing(cur, params["id"])
            row = cur.execute("SELECT body FROM managed_objects WHERE id = ?", (object_id,))
            document: dict[str, Any] = orjson.loads(row.fetchone()[0])
            if request.content_type:
                document["contentType"] = _media_type(request.content_type)
            document["length"] = len(request.body)
            document["lastUpdated"] = now_iso()
            cur.execute(
                "UPDATE managed_objects SET body = ? WHERE id = ?",
                (orjson.dumps(document).decode(), object_id),
            )
            cur.execute("UPDATE binaries SET content = ? WHERE id = ?", (request.body, object_id))
            body = _render_one(request, cur, object_id)
        return write_response(request, 201, body, media.MANAGED_OBJECT)

    def delete(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            object_id = self._existing(cur, params["id"])
            delete_managed_objects(cur, self.storage, [object_id])
        return Response(204)
