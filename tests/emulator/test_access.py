"""Role enforcement: every route refuses a caller without its role and changes nothing.

The table test replays the contract scenarios (``contract_*.py``, which drive every implemented
route through its success and error paths). Each request the scenario sends as the administrator
is sent twice instead:

1. as ``nobody``, a user in no group, without inventory roles and owning nothing: the answer
   must be the platform's 403 (or, where inventory roles could grant access, an empty list, or
   the same client error the administrator got for a missing item or bad input), and the
   database digest must not move;
2. as a user whose only group holds exactly one of the roles the route accepts: its answer must
   have the status the administrator's answer had in a separate run of the same scenario.
"""

from __future__ import annotations

import base64
import importlib
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import httpx
import orjson
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.access import ANY_USER, Rule
from c8y_emulator.testing import asgi_client, basic_auth
from tests.emulator.db_state import database_digest

TENANT = "t12345"
PASSWORD = "Probe-Pass-123"
COLLECTION_KEYS = ("managedObjects", "alarms", "events", "measurements", "operations", "references")


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{TENANT}/{user}:{password}".encode()).decode()


def _scenarios() -> list[ModuleType]:
    here = Path(__file__).parent
    return [
        importlib.import_module(f"{__package__}.{path.stem}")
        for path in sorted(here.glob("contract_*.py"))
    ]


async def _run_scenarios(client: httpx.AsyncClient) -> None:
    for module in _scenarios():
        await module.scenario(client)


async def _make_user(client: httpx.AsyncClient, name: str, roles: tuple[str, ...] = ()) -> None:
    users = f"/user/{TENANT}/users"
    created = await client.post(users, json={"userName": name, "password": PASSWORD})
    assert created.status_code == 201, created.text
    if not roles:
        return
    group = await client.post(f"/user/{TENANT}/groups", json={"name": f"only {name}"})
    assert group.status_code == 201, group.text
    group_path = f"/user/{TENANT}/groups/{group.json()['id']}"
    for role in roles:
        added = await client.post(
            group_path + "/roles", json={"role": {"self": f"http://x/user/roles/{role}"}}
        )
        assert added.status_code == 201, added.text
    member = await client.post(group_path + "/users", json={"user": {"id": name}})
    assert member.status_code == 201, member.text


def _is_empty_answer(response: httpx.Response) -> bool:
    """A restricted list that shows nothing: every collection empty, or a count of 0."""
    if response.status_code != 200:
        return False
    if response.content.strip() == b"0":
        return True
    document = orjson.loads(response.content)
    present = [key for key in COLLECTION_KEYS if key in document]
    return bool(present) and all(document[key] == [] for key in present)


@dataclass
class _Probe(httpx.AsyncBaseTransport):
    """Sends each administrator request first as ``nobody``, then as a holder of the role."""

    app: EmulatorApp
    admin_statuses: list[int]
    admin_auth: str
    nobody_auth: str
    holder_auth: dict[str, str]
    inner: httpx.ASGITransport = field(init=False)
    index: int = 0
    failures: list[str] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    replayed: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.inner = httpx.ASGITransport(app=self.app)

    async def _send(self, request: httpx.Request, auth: str) -> httpx.Response:
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "authorization"]
        copy = httpx.Request(
            request.method,
            request.url,
            headers=[*headers, ("Authorization", auth)],
            content=request.content,
        )
        response = await self.inner.handle_async_request(copy)
        await response.aread()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        admin_status = self.admin_statuses[self.index]
        self.index += 1
        raw_path = request.url.raw_path.decode().split("?", 1)[0]
        found = self.app.router.match(request.method, raw_path)
        rule: Rule | None = None if isinstance(found, list) else found[0].access
        if (
            rule is None
            or rule == ANY_USER
            or request.headers.get("authorization") != (self.admin_auth)
        ):
            return await self._send(request, request.headers.get("authorization", ""))
        assert not isinstance(found, list)
        route = f"{request.method} {found[0].template}"
        label = f"{request.method} {request.url} (admin: {admin_status})"
        before = database_digest(self.app)
        refused = await self._send(request, self.nobody_auth)
        if database_digest(self.app) != before:
            self.failures.append(f"{label}: nobody's request changed the database")
        status = refused.status_code
        if status == 403:
            body = orjson.loads(refused.content)
            if body.get("error") != "security/Forbidden":
                self.failures.append(f"{label}: 403 without the platform's error body")
            self.refused[route] = self.refused.get(route, 0) + 1
        elif rule.api is None:
            self.failures.append(f"{label}: nobody got {status}, not 403")
        elif _is_empty_answer(refused) and request.method == "GET" and rule.target is None:
            self.refused[route] = self.refused.get(route, 0) + 1
        elif not (400 <= admin_status < 500 and status == admin_status):
            self.failures.append(f"{label}: nobody got {status} {refused.text[:200]}")
        holder = sorted(rule.roles)[0]
        self.replayed.add(route)
        answered = await self._send(request, self.holder_auth[holder])
        if answered.status_code != admin_status:
            self.failures.append(
                f"{label}: holder of {holder} got {answered.status_code} {answered.text[:200]}"
            )
        return answered


@pytest.fixture
async def admin_statuses() -> list[int]:
    """The statuses of the scenarios' requests, sent by the administrator on a fresh emulator."""
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async with asgi_client() as client:
        client.event_hooks["response"].append(record)
        await _run_scenarios(client)
    return statuses


@pytest.fixture
async def probed_app() -> AsyncIterator[EmulatorApp]:
    app = create_app()
    yield app
    app.close()


async def test_every_route_refuses_callers_without_its_role(
    admin_statuses: list[int], probed_app: EmulatorApp
) -> None:
    rules = {
        f"{route.method} {route.template}": route.access
        for route in probed_app.router
        if not route.public
    }
    roles = sorted({role for rule in rules.values() if rule is not None for role in rule.roles})
    async with asgi_client(probed_app) as admin:
        await _make_user(admin, "probe_nobody")
        for role in roles:
            await _make_user(admin, f"holder_{role.lower()}", (role,))
    probe = _Probe(
        probed_app,
        admin_statuses,
        admin_auth=_admin_header(probed_app),
        nobody_auth=_basic("probe_nobody", PASSWORD),
        holder_auth={r: _basic(f"holder_{r.lower()}", PASSWORD) for r in roles},
    )
    async with httpx.AsyncClient(
        transport=probe,
        base_url="http://emulator.test",
        auth=basic_auth(probed_app),
    ) as client:
        await _run_scenarios(client)
    assert probe.index == len(admin_statuses)
    assert not probe.failures, "\n".join(probe.failures)
    guarded = {route for route, rule in rules.items() if rule is not None and rule.roles}
    assert guarded - probe.replayed == set(), "routes no scenario sent as the administrator"
    assert guarded - set(probe.refused) == set(), "routes never refused to nobody"


def _admin_header(app: EmulatorApp) -> str:
    request = httpx.Request("GET", "http://x/")
    return next(basic_auth(app).auth_flow(request)).headers["authorization"]


def test_every_route_declares_who_may_call_it() -> None:
    app = create_app()
    try:
        undeclared = [
            f"{route.method} {route.template}"
            for router in (app.router, app.control_router)
            for route in router
            if not route.public and route.access is None
        ]
    finally:
        app.close()
    assert undeclared == []


async def test_reader_cannot_use_the_control_api(client: httpx.AsyncClient) -> None:
    reader = httpx.BasicAuth(f"{TENANT}/reader", "Reader-Pass-1")
    reset = await client.post("/_emulator/reset", auth=reader)
    assert reset.status_code == 403
    assert reset.json()["error"] == "security/Forbidden"


async def test_an_unexpected_failure_while_admitting_is_a_500_with_the_error_body(
    app: EmulatorApp, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(cur: sqlite3.Cursor, user: str) -> frozenset[str]:
        raise RuntimeError("role store unavailable")

    monkeypatch.setattr(app.access, "_roles_of", broken)
    failed = await client.get("/inventory/managedObjects")
    assert failed.status_code == 500
    assert failed.json()["error"] == "general/Internal Server Error"
    assert "RuntimeError: role store unavailable" in failed.json()["message"]
    monkeypatch.undo()
    assert (await client.get("/inventory/managedObjects")).status_code == 200


@pytest.mark.parametrize("credentials", [b"Basic \xe9\xe9\xe9\xe9", b"Basic not-base64!"])
@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/inventory/managedObjects"), ("POST", "/devicecontrol/deviceCredentials")],
)
async def test_malformed_basic_credentials_are_a_401_on_every_login_path(
    app: EmulatorApp, credentials: bytes, method: str, path: str
) -> None:
    # The second path is public: the bootstrap user's credentials are checked by its handler.
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://emulator.test"
    ) as anonymous:
        answer = await anonymous.request(
            method, path, headers={b"authorization": credentials}, json={"id": "4711"}
        )
    assert answer.status_code == 401, answer.text
    assert answer.json()["message"] == "Malformed Basic credentials"
