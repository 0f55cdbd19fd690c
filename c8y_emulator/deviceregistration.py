"""Device registration: new device requests, the bootstrap credentials poll and device users.

The platform's flow, as the emulator plays it:

1. A user registers a device by its external id: ``POST /devicecontrol/newDeviceRequests``
   (``{"id": "<serial>"}``, optional ``groupId``, ``type``, ``enrollmentToken``); the request
   is ``WAITING_FOR_CONNECTION`` (201). A second request for the same id is refused (422).
2. The device polls ``POST /devicecontrol/deviceCredentials`` (``{"id": "<serial>"}``) with the
   bootstrap user (:data:`BOOTSTRAP_LOGIN` / :data:`BOOTSTRAP_PASSWORD`, Basic auth; anyone else
   gets 401). Until the request is accepted the answer is 404; the first poll moves the request
   to ``PENDING_ACCEPTANCE``.
3. The user accepts: ``PUT /devicecontrol/newDeviceRequests/{id}`` with ``{"status":
   "ACCEPTED"}`` (optionally ``securityToken``, which the device's poll must then repeat; else
   401). Emulator choice: a request may be accepted before the device polled.
4. The next poll answers the new device user (``device_<serial>``, a random password, the
   tenant id) and removes the request. The device user then authenticates like the tenant's
   user (Basic ``<tenant>/device_<serial>``), so the device can create its managed object.
   Deleting that object with ``withDeviceUser=true`` removes the device user again.

``GET`` lists (paged) and reads requests, ``DELETE`` removes one (404 when unknown). A PUT may
repeat ``id``, ``groupId``, ``type`` and ``self`` unchanged (:mod:`c8y_emulator.readonly`).

The spec documents 200 for the credentials answer; the platform answers 201 (clients such as
``c8y_api`` wait for exactly 201), and so does the emulator.

Storage: ``new_device_requests`` keeps each request's JSON; ``device_users`` the credentials
handed out (the passwords as salted digests). Both survive a restart.
"""

from __future__ import annotations

import hmac
import secrets
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from c8y_emulator import media
from c8y_emulator.access import require
from c8y_emulator.auth import Authenticator, decode_basic
from c8y_emulator.errors import ApiError, invalid_data, not_found, unauthorized
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.passwords import VerifiedLogins, hash_password
from c8y_emulator.readonly import refuse_changes
from c8y_emulator.storage import Storage, now_iso
from c8y_emulator.web import Request, Response, Router, write_response

AREA = "devicecontrol"
REQUESTS_PATH = "/devicecontrol/newDeviceRequests"
CREDENTIALS_PATH = "/devicecontrol/deviceCredentials"

NEW_DEVICE_REQUEST = media.vendor("newdevicerequest")
NEW_DEVICE_REQUEST_COLLECTION = media.vendor("newdevicerequestcollection")
DEVICE_CREDENTIALS = media.vendor("devicecredentials")

STATUSES = ("WAITING_FOR_CONNECTION", "PENDING_ACCEPTANCE", "ACCEPTED")
BOOTSTRAP_TENANT = "management"
BOOTSTRAP_USER = "devicebootstrap"
BOOTSTRAP_LOGIN = f"{BOOTSTRAP_TENANT}/{BOOTSTRAP_USER}"
BOOTSTRAP_PASSWORD = "Fhdt1bb1f"
"""The bootstrap user's password (the platform's documented default)."""
DEVICE_USER_PREFIX = "device_"

SCHEMA = """
CREATE TABLE IF NOT EXISTS new_device_requests (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS device_users (
    username TEXT PRIMARY KEY,
    password TEXT NOT NULL
) WITHOUT ROWID;
"""

_CLIENT_MEMBERS = ("groupId", "type", "enrollmentToken")


class TenantAuthenticator(Authenticator):
    """The tenant's user, plus the device users created by accepted registrations.

    Args:
        storage: The database holding the device users.
        tenant_id: The tenant id.
        username: The tenant user's name.
        password: The tenant user's password.
    """

    def __init__(self, storage: Storage, tenant_id: str, username: str, password: str) -> None:
        super().__init__(tenant_id, username, password)
        self.storage = storage
        self._logins = VerifiedLogins()

    def check_password(self, login: str, password: str) -> str:
        """Return the user name when the login is the tenant user or a device user.

        Raises:
            ApiError: 401 for anything else.
        """
        tenant, _, user = login.rpartition("/")
        if user.startswith(DEVICE_USER_PREFIX) and (not tenant or tenant == self.tenant_id):
            with self.storage.read() as cur:
                row = cur.execute(
                    "SELECT password FROM device_users WHERE username = ?", (user,)
                ).fetchone()
            if row is not None and self._logins.check(user, password, str(row[0])):
                return user
        return super().check_password(login, password)


def delete_device_users(cur: sqlite3.Cursor, usernames: Sequence[str]) -> None:
    """Remove the device users among ``usernames`` (other names are left alone)."""
    cur.executemany(
        "DELETE FROM device_users WHERE username = ?",
        [(name,) for name in usernames if name.startswith(DEVICE_USER_PREFIX)],
    )


def _missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Could not find newDeviceRequest by ID {raw_id}")


def _string(document: Mapping[str, Any], name: str, *, required: bool = False) -> str | None:
    value = document.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise invalid_data(AREA, f"Field {name} must be a non-empty string, got {value!r}")
    return value


def _load(cur: sqlite3.Cursor, request_id: str) -> dict[str, Any]:
    row = cur.execute("SELECT body FROM new_device_requests WHERE id = ?", (request_id,)).fetchone()
    if row is None:
        raise _missing(request_id)
    document: dict[str, Any] = orjson.loads(row[0])
    return document


def _store(cur: sqlite3.Cursor, document: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE new_device_requests SET status = ?, body = ? WHERE id = ?",
        (document["status"], orjson.dumps(document).decode(), document["id"]),
    )


def _public(request: Request, document: dict[str, Any]) -> dict[str, Any]:
    """The answer form of a stored request: ``self`` added, the write-only token left out."""
    shown = {k: v for k, v in document.items() if k != "securityToken"}
    shown["self"] = request.url(f"{REQUESTS_PATH}/{document['id']}")
    return shown


def _bootstrap_login(request: Request) -> None:
    """Check that the request carries the bootstrap user's Basic credentials.

    Raises:
        ApiError: 401 otherwise.
    """
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        raise unauthorized("Device credentials are requested with the bootstrap user")
    login, _, password = decode_basic(credentials).partition(":")
    login_ok = login in (BOOTSTRAP_LOGIN, BOOTSTRAP_USER)
    password_ok = hmac.compare_digest(password.encode(), BOOTSTRAP_PASSWORD.encode())
    if not (login_ok and password_ok):
        raise unauthorized("Device credentials are requested with the bootstrap user")


_READ = require("ROLE_DEVICE_CONTROL_READ")
_ADMIN = require("ROLE_DEVICE_CONTROL_ADMIN")


def register(router: Router, storage: Storage, tenant_id: str) -> None:
    """Add the new device request and device credentials routes to ``router``."""
    api = _RegistrationApi(storage, tenant_id)
    router.add("GET", REQUESTS_PATH, api.list_requests, access=_READ)
    router.add("POST", REQUESTS_PATH, api.create_request, access=_ADMIN)
    router.add("GET", REQUESTS_PATH + "/{requestId}", api.get_request, access=_READ)
    router.add("PUT", REQUESTS_PATH + "/{requestId}", api.update_request, access=_ADMIN)
    router.add("DELETE", REQUESTS_PATH + "/{requestId}", api.delete_request, access=_ADMIN)
    # The bootstrap user is no tenant user: the handler checks its credentials itself.
    router.add("POST", CREDENTIALS_PATH, api.request_credentials, public=True)


class _RegistrationApi:
    def __init__(self, storage: Storage, tenant_id: str) -> None:
        self.storage = storage
        self.tenant_id = tenant_id

    def create_request(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        request_id = _string(document, "id", required=True)
        assert request_id is not None
        body: dict[str, Any] = {"id": request_id}
        for name in _CLIENT_MEMBERS:
            value = _string(document, name)
            if value is not None:
                body[name] = value
        body.update(
            status="WAITING_FOR_CONNECTION",
            owner=request.user,
            creationTime=now_iso(),
            tenantId=self.tenant_id,
        )
        with self.storage.write() as cur:
            if "groupId" in body:
                found = cur.execute(
                    "SELECT 1 FROM managed_objects WHERE CAST(id AS TEXT) = ?", (body["groupId"],)
                ).fetchone()
                if found is None:
                    raise invalid_data(
                        AREA, f"groupId '{body['groupId']}' is not a managed object of this tenant"
                    )
            if cur.execute(
                "SELECT 1 FROM new_device_requests WHERE id = ?", (request_id,)
            ).fetchone():
                raise invalid_data(AREA, f"A newDeviceRequest for ID {request_id} already exists")
            seq = _next_seq(cur)
            cur.execute(
                "INSERT INTO new_device_requests (id, seq, status, body) VALUES (?, ?, ?, ?)",
                (request_id, seq, body["status"], orjson.dumps(body).decode()),
            )
        answer = orjson.dumps(_public(request, body))
        response = write_response(request, 201, answer, NEW_DEVICE_REQUEST)
        location = request.url(f"{REQUESTS_PATH}/{request_id}")
        response.headers.append((b"location", location.encode()))
        return response

    def list_requests(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            found = fetch_page(
                cur,
                page,
                select="SELECT body FROM new_device_requests ORDER BY seq",
                count="SELECT COUNT(*) FROM new_device_requests",
                args=(),
            )
        items = [orjson.dumps(_public(request, orjson.loads(row[0]))) for row in found.rows]
        return page_response(
            request,
            page,
            key="newDeviceRequests",
            items=items,
            has_more=found.has_more,
            total=found.total,
            media_type=NEW_DEVICE_REQUEST_COLLECTION,
        )

    def get_request(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            document = _load(cur, params["requestId"])
        body = orjson.dumps(_public(request, document))
        return Response(200, body, media.negotiate(request.headers, NEW_DEVICE_REQUEST))

    def update_request(self, request: Request, params: dict[str, str]) -> Response:
        changes = request.json_object(AREA)
        status = changes.get("status")
        if status not in STATUSES:
            raise invalid_data(
                AREA, f"Field status must be one of {', '.join(STATUSES)}, got {status!r}"
            )
        token = _string(changes, "securityToken")
        unknown = sorted(
            set(changes) - {"status", "securityToken", "id", "groupId", "type", "self"}
        )
        if unknown:
            raise invalid_data(
                AREA, f"A newDeviceRequest update takes status and securityToken, got {unknown}"
            )
        with self.storage.write() as cur:
            document = _load(cur, params["requestId"])
            refuse_changes(
                AREA,
                f"newDeviceRequest {document['id']}",
                changes,
                {**document, "self": request.url(f"{REQUESTS_PATH}/{document['id']}")},
                ("id", "groupId", "type", "self"),
                "only status and securityToken can change",
            )
            document["status"] = status
            if token is not None:
                document["securityToken"] = token
            _store(cur, document)
        body = orjson.dumps(_public(request, document))
        return write_response(request, 200, body, NEW_DEVICE_REQUEST)

    def delete_request(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            cur.execute("DELETE FROM new_device_requests WHERE id = ?", (params["requestId"],))
            if cur.rowcount == 0:
                raise _missing(params["requestId"])
        return Response(204)

    def request_credentials(self, request: Request, params: dict[str, str]) -> Response:
        _bootstrap_login(request)
        poll = request.json_object(AREA)
        request_id = _string(poll, "id", required=True)
        assert request_id is not None
        token = poll.get("securityToken")
        with self.storage.write() as cur:
            row = cur.execute(
                "SELECT body FROM new_device_requests WHERE id = ?", (request_id,)
            ).fetchone()
            if row is None:
                raise not_found(AREA, f"There is no newDeviceRequest for ID {request_id}")
            document: dict[str, Any] = orjson.loads(row[0])
            if document["status"] == "WAITING_FOR_CONNECTION":
                document["status"] = "PENDING_ACCEPTANCE"
                _store(cur, document)
            if document["status"] != "ACCEPTED":
                # Committed: the poll itself moves the request on, the answer is still 404.
                pending = not_found(
                    AREA, f"The newDeviceRequest for ID {request_id} is not accepted yet"
                )
            else:
                pending = None
                expected = document.get("securityToken")
                if expected is not None and not (
                    isinstance(token, str)
                    and hmac.compare_digest(token.encode(), str(expected).encode())
                ):
                    raise unauthorized(
                        f"The securityToken of the poll for ID {request_id} does not match"
                    )
                username = DEVICE_USER_PREFIX + request_id
                password = secrets.token_urlsafe(18)
                # Stored as a salted digest, like every other user's password.
                cur.execute(
                    "INSERT OR REPLACE INTO device_users (username, password) VALUES (?, ?)",
                    (username, hash_password(password)),
                )
                cur.execute("DELETE FROM new_device_requests WHERE id = ?", (request_id,))
        if pending is not None:
            raise pending
        answer = {
            "id": request_id,
            "tenantId": self.tenant_id,
            "username": username,
            "password": password,
            "self": request.url(f"{CREDENTIALS_PATH}/{request_id}"),
        }
        # The spec documents 200; the platform answers 201 (see the module docstring). The
        # credentials are the point of the call: answered whatever the Accept header says.
        body = orjson.dumps(answer)
        return Response(201, body, media.negotiate(request.headers, DEVICE_CREDENTIALS))


def _next_seq(cur: sqlite3.Cursor) -> int:
    """The next insertion number of the requests table (list order)."""
    row = cur.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM new_device_requests").fetchone()
    return int(row[0])
