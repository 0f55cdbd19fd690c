"""Identity: external ids (``type`` + ``externalId``) bound to managed objects.

A type/value pair names at most one managed object (a second binding is 409). Deleting a managed
object removes its external ids (registered as a storage deletion hook). The list of an object's
external ids is paged like every collection. ``POST /identity/search`` maps a list of external
ids to their managed objects in one call (unknown ones are left out of the answer; a malformed
list is 400, as documented for that operation).
"""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import quote

import orjson

from c8y_emulator import media
from c8y_emulator.access import ANY_USER, require
from c8y_emulator.errors import ApiError, bad_request, conflict, invalid_data, not_found
from c8y_emulator.paging import page_response, parse_page_request
from c8y_emulator.storage import Storage, parse_id
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "identity"

SCHEMA = """
CREATE TABLE IF NOT EXISTS external_ids (
    type TEXT NOT NULL,
    external_id TEXT NOT NULL,
    managed_object_id INTEGER NOT NULL,
    PRIMARY KEY (type, external_id)
);
CREATE INDEX IF NOT EXISTS external_ids_by_object ON external_ids (managed_object_id);
"""


def parse_external_id(document: Any) -> tuple[str, str]:
    """Return ``(type, externalId)`` of an external id document.

    Raises:
        ApiError: 422 when either is missing or not a non-empty string.
    """
    if not isinstance(document, dict):
        raise invalid_data(AREA, "An external id must be an object with type and externalId")
    pair = document.get("type"), document.get("externalId")
    for name, value in zip(("type", "externalId"), pair, strict=True):
        if not isinstance(value, str) or not value:
            raise invalid_data(AREA, f"External id field {name} must be a non-empty string")
    return pair[0], pair[1]  # type: ignore[return-value]


def parse_external_id_list(documents: Any) -> list[tuple[str, str]]:
    """Validate the ``externalIds`` list of a managed object being created."""
    if not isinstance(documents, list):
        raise invalid_data(AREA, "externalIds must be a list of {type, externalId} objects")
    pairs = [parse_external_id(d) for d in documents]
    if len(set(pairs)) != len(pairs):
        raise invalid_data(AREA, "externalIds lists the same type and externalId twice")
    return pairs


def insert_external_id(cur: sqlite3.Cursor, object_id: int, id_type: str, value: str) -> None:
    """Bind an external id to a managed object (inside the caller's transaction).

    Raises:
        ApiError: 409 when the type/value pair is already bound.
    """
    bound = cur.execute(
        "SELECT managed_object_id FROM external_ids WHERE type = ? AND external_id = ?",
        (id_type, value),
    ).fetchone()
    if bound is not None:
        raise conflict(
            AREA,
            f"External id {id_type}/{value} is already bound to managed object {bound[0]}",
        )
    cur.execute(
        "INSERT INTO external_ids (type, external_id, managed_object_id) VALUES (?, ?, ?)",
        (id_type, value, object_id),
    )


def external_id_values(cur: sqlite3.Cursor, object_id: int) -> list[str]:
    """Return the external id values of a managed object, oldest first."""
    return [
        row[0]
        for row in cur.execute(
            "SELECT external_id FROM external_ids WHERE managed_object_id = ? ORDER BY rowid",
            (object_id,),
        )
    ]


def _delete_for_objects(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        cur.execute(f"DELETE FROM external_ids WHERE managed_object_id IN ({marks})", chunk)


def _object_exists(cur: sqlite3.Cursor, raw_id: str) -> int | None:
    object_id = parse_id(raw_id)
    if object_id is None:
        return None
    found = cur.execute("SELECT id FROM managed_objects WHERE id = ?", (object_id,)).fetchone()
    return int(found[0]) if found else None


def _global_missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Global ID not found: no managed object with id '{raw_id}'")


def render_external_id(
    request: Request, id_type: str, value: str, object_id: int
) -> dict[str, Any]:
    """Return the external id document of ``id_type``/``value`` bound to ``object_id``."""
    return {
        "externalId": value,
        "type": id_type,
        "self": request.url(
            f"/identity/externalIds/{quote(id_type, safe='')}/{quote(value, safe='')}"
        ),
        "managedObject": {
            "id": str(object_id),
            "self": request.url(f"/inventory/managedObjects/{object_id}"),
        },
    }


_READ = require("ROLE_IDENTITY_READ")
_ADMIN = require("ROLE_IDENTITY_ADMIN")


def register(router: Router, storage: Storage) -> None:
    """Add the identity routes to ``router`` and the deletion hook to ``storage``."""
    storage.add_source_deleted_hook(_delete_for_objects)
    api = _IdentityApi(storage)
    router.add("GET", "/identity", api.get_api, access=ANY_USER)
    router.add("GET", "/identity/globalIds/{id}/externalIds", api.list_external_ids, access=_READ)
    router.add(
        "POST", "/identity/globalIds/{id}/externalIds", api.create_external_id, access=_ADMIN
    )
    router.add("POST", "/identity/search", api.search, access=_READ)
    router.add(
        "GET", "/identity/externalIds/{type}/{externalId}", api.get_external_id, access=_READ
    )
    router.add(
        "DELETE", "/identity/externalIds/{type}/{externalId}", api.delete_external_id, access=_ADMIN
    )


class _IdentityApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        document = {
            "self": request.url("/identity"),
            "externalId": request.url("/identity/externalIds/{type}/{externalId}"),
            "externalIdsOfGlobalId": request.url("/identity/globalIds/{globalId}/externalIds"),
        }
        return json_response(request, 200, document, media.IDENTITY_API)

    def list_external_ids(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            object_id = _object_exists(cur, params["id"])
            if object_id is None:
                raise _global_missing(params["id"])
            rows = cur.execute(
                "SELECT type, external_id FROM external_ids WHERE managed_object_id = ? "
                "ORDER BY rowid LIMIT ? OFFSET ?",
                (object_id, page.page_size + 1, page.offset),
            ).fetchall()
            total = None
            if page.needs_total:
                total = cur.execute(
                    "SELECT COUNT(*) FROM external_ids WHERE managed_object_id = ?", (object_id,)
                ).fetchone()[0]
        items = [
            orjson.dumps(render_external_id(request, t, v, object_id))
            for t, v in rows[: page.page_size]
        ]
        return page_response(
            request,
            page,
            key="externalIds",
            items=items,
            has_more=len(rows) > page.page_size,
            total=total,
            media_type=media.EXTERNAL_ID_COLLECTION,
        )

    def create_external_id(self, request: Request, params: dict[str, str]) -> Response:
        id_type, value = parse_external_id(request.json_object(AREA))
        with self.storage.write() as cur:
            object_id = _object_exists(cur, params["id"])
            if object_id is None:
                raise _global_missing(params["id"])
            insert_external_id(cur, object_id, id_type, value)
        document = render_external_id(request, id_type, value, object_id)
        response = write_response(request, 201, orjson.dumps(document), media.EXTERNAL_ID)
        response.headers.append((b"location", str(document["self"]).encode()))
        return response

    def search(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json(AREA)
        wanted = document.get("externalIds") if isinstance(document, dict) else None
        if not isinstance(wanted, list) or not wanted:
            raise bad_request(AREA, "The search needs externalIds: a non-empty list")
        pairs: list[tuple[str, str]] = []
        for item in wanted:
            try:
                pairs.append(parse_external_id(item))
            except ApiError as exc:
                raise bad_request(AREA, exc.message) from None
        found: list[bytes] = []
        with self.storage.read() as cur:
            for id_type, value in dict.fromkeys(pairs):
                row = cur.execute(
                    "SELECT managed_object_id FROM external_ids WHERE type = ? AND external_id = ?",
                    (id_type, value),
                ).fetchone()
                if row is not None:
                    found.append(
                        orjson.dumps(render_external_id(request, id_type, value, int(row[0])))
                    )
        body = (
            b'{"externalIds":['
            + b",".join(found)
            + b'],"self":'
            + orjson.dumps(request.url("/identity/search"))
            + b"}"
        )
        return Response(200, body, media.negotiate(request.headers, media.EXTERNAL_ID_COLLECTION))

    def _lookup(self, cur: sqlite3.Cursor, params: dict[str, str]) -> int:
        found = cur.execute(
            "SELECT managed_object_id FROM external_ids WHERE type = ? AND external_id = ?",
            (params["type"], params["externalId"]),
        ).fetchone()
        if found is None:
            raise not_found(AREA, f"External ID not found: {params['type']}/{params['externalId']}")
        return int(found[0])

    def get_external_id(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            object_id = self._lookup(cur, params)
        document = render_external_id(request, params["type"], params["externalId"], object_id)
        return json_response(request, 200, document, media.EXTERNAL_ID)

    def delete_external_id(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            self._lookup(cur, params)
            cur.execute(
                "DELETE FROM external_ids WHERE type = ? AND external_id = ?",
                (params["type"], params["externalId"]),
            )
        return Response(204)
