"""Passwords never leak: SDK and emulator together, every answer, log line, repr and error.

`test_users_wire.py` checks the SDK side alone (mocked answers) and
`tests/emulator/test_users.py` the emulator alone (raw requests). Here the two run together:
users are created with known passwords, passwords are changed (by the user and by an
administrator), logins fail with wrong ones and policy-breaking passwords are refused; then
everything that came back or was written down is searched for every password used, as it is and
as the Basic credentials that carry it.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_objects import (
    AuthenticationError,
    BulkError,
    CumulocityClient,
    UnprocessableEntityError,
    User,
)
from tests.objects.contract import violations

TENANT = "t12345"
BASE_URL = "http://emulator"
ADMIN_PASSWORD = "Admin-Secret-9"
FIRST = "First-Pass-41"
BULK = "Bulk-Pass-43"
CHANGED = "Changed-Pass-44"
RESET = "Reset-By-Admin-45"
WRONG = "Wrong-Guess-46"
WEAK = "weak pass 47"  # breaks the policy (a space): refused, and must not be quoted
PASSWORDS = [ADMIN_PASSWORD, FIRST, BULK, CHANGED, RESET, WRONG, WEAK]


class RecordingTransport(httpx.AsyncBaseTransport):
    """Passes requests to the emulator and keeps every answer's status, headers and body."""

    def __init__(self, app: EmulatorApp) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self.answers: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()
        self.answers.append(f"{response.status_code} {dict(response.headers)!r}")
        self.answers.append(content.decode("utf-8", "replace"))
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )


class Collected:
    """Everything a test gathered to scan: answers come from the transport, the rest is added."""

    def __init__(self, transport: RecordingTransport) -> None:
        self.transport = transport
        self.texts: list[str] = []

    def error(self, exc: BaseException) -> None:
        chain: BaseException | None = exc
        while chain is not None:
            self.texts += [str(chain), repr(chain)]
            chain = chain.__cause__ or chain.__context__
        if isinstance(exc, BulkError):
            self.objects(exc.item)
            for _, failure in exc.failures:
                self.error(failure)

    def objects(self, *values: Any) -> None:
        self.texts += [repr(v) for v in values] + [str(v) for v in values]


@pytest.fixture
def app() -> Iterator[EmulatorApp]:
    """An emulator whose administrator password is unlike any name, so a leak can be told."""
    emulator_app = create_app(tenant_id=TENANT, password=ADMIN_PASSWORD)
    yield emulator_app
    assert violations(emulator_app.request_log.entries()) == []
    emulator_app.close()


@pytest.fixture
def transport(app: EmulatorApp) -> RecordingTransport:
    return RecordingTransport(app)


def client(transport: RecordingTransport, username: str, password: str) -> CumulocityClient:
    return CumulocityClient(
        BASE_URL, TENANT, username=username, password=password, transport=transport
    )


@pytest.fixture
async def admin(transport: RecordingTransport) -> AsyncIterator[CumulocityClient]:
    async with client(transport, "admin", ADMIN_PASSWORD) as c8y:
        yield c8y


def secret_forms(password: str, names: list[str]) -> list[str]:
    """The password itself and the Basic credentials that would carry it for each user."""
    forms = [password]
    for name in names:
        for login in (name, f"{TENANT}/{name}"):
            forms.append(base64.b64encode(f"{login}:{password}".encode()).decode())
    return forms


def find_leaks(texts: list[str], names: list[str]) -> list[tuple[str, str]]:
    """(password, start of the text) for every text holding a password in any of its forms."""
    return [
        (password, text[:120])
        for password in PASSWORDS
        for form in secret_forms(password, names)
        for text in texts
        if form in text
    ]


async def test_no_password_in_answers_logs_reprs_or_errors(
    app: EmulatorApp,
    transport: RecordingTransport,
    admin: CumulocityClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    seen = Collected(transport)
    name, other = "scan-user", "scan-bulk"

    # Created with a password, one at a time and in bulk; a weak one refused both ways.
    user = User(admin, username=name, email="s@example.com", password=FIRST)
    created = await user.create()
    await admin.users.create(User(username=other, email="b@example.com", password=BULK))
    with pytest.raises(UnprocessableEntityError) as weak_create:
        await User(admin, username="scan-weak", email="w@example.com", password=WEAK).create()
    with pytest.raises(BulkError) as weak_bulk:
        await admin.users.create(User(username="scan-weak2", email="w@example.com", password=WEAK))
    seen.error(weak_create.value)
    seen.error(weak_bulk.value)
    seen.objects(user, created, admin, admin.users, admin.http)

    # The user logs in, holds a token, and changes the password itself (a wrong current first).
    token, _ = app.auth.issue_token(name)
    async with (
        client(transport, name, FIRST) as own,
        CumulocityClient(BASE_URL, TENANT, token=token, transport=transport) as by_token,
    ):
        me = await own.users.get_current()
        assert (await by_token.users.get_current()).username == name
        with pytest.raises(UnprocessableEntityError) as wrong_current:
            await me.update_password(WRONG, CHANGED)
        with pytest.raises(UnprocessableEntityError) as weak_new:
            await own.users.set_current_password(FIRST, WEAK)
        await me.update_password(FIRST, CHANGED)
        seen.error(wrong_current.value)
        seen.error(weak_new.value)
        seen.objects(me, own, by_token)
        # The old password and the token taken before the change are both dead now.
        with pytest.raises(AuthenticationError) as stale_password:
            await own.users.get_current()
        with pytest.raises(AuthenticationError) as stale_token:
            await by_token.users.get_current()
        seen.error(stale_password.value)
        seen.error(stale_token.value)

    # Logins with a wrong password, for a known and an unknown user.
    for login in (name, "nobody"):
        async with client(transport, login, WRONG) as wrong:
            with pytest.raises(AuthenticationError) as refused:
                await wrong.users.get_current()
            seen.error(refused.value)
            seen.objects(wrong)

    # An administrator resets the password: staged, refused when weak, then sent.
    target = await admin.users.get(name)
    target.password = WEAK
    seen.objects(target)
    with pytest.raises(UnprocessableEntityError) as weak_reset:
        await target.update()
    seen.error(weak_reset.value)
    target.password = RESET
    seen.objects(target)
    updated = await target.update()
    seen.objects(target, updated)
    async with client(transport, name, CHANGED) as before_reset:
        with pytest.raises(AuthenticationError):
            await before_reset.users.get_current()
    async with client(transport, name, RESET) as after_reset:
        assert (await after_reset.users.get_current()).username == name
        seen.objects(after_reset, await after_reset.users.get_current())
    seen.objects(*(await admin.users.get_all(limit=None)))

    texts = [
        *transport.answers,
        *seen.texts,
        *(record.getMessage() for record in caplog.records),
        *(record.exc_text or "" for record in caplog.records),
        *(repr(entry) for entry in app.request_log.entries()),
    ]
    # The scan has material: answers to every request, SDK log lines, the errors above.
    assert len(transport.answers) >= 2 * 20
    assert any("/user/currentUser/password" in t for t in caplog.messages)
    assert sum("422" in t or "401" in t for t in seen.texts) >= 8
    names = ["admin", name, other, "scan-weak", "scan-weak2", "nobody"]
    assert find_leaks(texts, names) == []


async def test_the_scan_finds_a_planted_leak(
    transport: RecordingTransport, admin: CumulocityClient
) -> None:
    """The scan is not blind: answers are really collected, and a password in them is found."""
    await User(admin, username="scan-probe", email="p@example.com", password=FIRST).create()
    await admin.users.get("scan-probe")
    assert any('"userName":"scan-probe"' in answer for answer in transport.answers)
    assert find_leaks(transport.answers, ["scan-probe"]) == []
    header = base64.b64encode(f"{TENANT}/scan-probe:{FIRST}".encode()).decode()
    planted = [
        transport.answers[-1].replace("scan-probe", FIRST, 1),
        f"DEBUG sent Authorization: Basic {header}",
    ]
    assert find_leaks(planted, ["scan-probe"]) == [
        (FIRST, planted[0][:120]),
        (FIRST, planted[1][:120]),
    ]
