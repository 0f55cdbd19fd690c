"""The users object model against the emulator's user management: what one side sends, the
other understands (role enforcement has its own tests in tests/emulator/test_access.py)."""

from __future__ import annotations

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_objects import (
    AuthenticationError,
    CumulocityClient,
    NotFoundError,
    UnprocessableEntityError,
    User,
    UserGroup,
)
from tests.objects.conftest import ASGI_BASE_URL, TENANT
from tests.objects.emulated import unique

PASSWORD = "Secret-Pass-42"


async def test_a_user_created_through_the_sdk_logs_in_and_changes_its_password(
    c8y: CumulocityClient, emulator_app: EmulatorApp
) -> None:
    name = unique("u")
    created = await User(
        c8y, username=name, email=f"{name}@example.com", password=PASSWORD
    ).create()
    assert created.username == name
    assert PASSWORD not in repr(created)

    transport = httpx.ASGITransport(app=emulator_app)
    async with CumulocityClient(
        ASGI_BASE_URL, TENANT, username=name, password=PASSWORD, transport=transport
    ) as own:
        me = await own.users.get_current()
        assert me.username == name
        await own.users.set_current_password(PASSWORD, PASSWORD + "x")
    async with CumulocityClient(
        ASGI_BASE_URL, TENANT, username=name, password=PASSWORD, transport=transport
    ) as stale:
        with pytest.raises(AuthenticationError):
            await stale.users.get_current()


async def test_groups_members_and_lookups(c8y: CumulocityClient) -> None:
    name = unique("u")
    user = await User(c8y, username=name, email=f"{name}@example.com", password=PASSWORD).create()
    group = await UserGroup(c8y, name=unique("g")).create()
    await group.assign_users(user)
    assert [g.id for g in await c8y.user_groups.get_all(username=name, limit=None)] == [group.id]
    assert (await c8y.user_groups.get_by_name(group.name or "")).id == group.id
    assert await c8y.user_groups.resolve_group_ids(group.name or "") == [group.id]
    assert name in [u.username for u in await c8y.users.get_all(limit=None)]
    with pytest.raises(UnprocessableEntityError):
        await User(c8y, username=unique("weak"), email="w@example.com", password="short").create()


async def test_owner_and_delegate_through_the_sdk(c8y: CumulocityClient) -> None:
    boss, worker, deputy = (unique(p) for p in ("boss", "worker", "deputy"))
    for name in (boss, worker, deputy):
        await User(c8y, username=name, email=f"{name}@example.com", password=PASSWORD).create()
    user = await c8y.users.get(worker)
    await user.set_owner(boss)
    await user.set_delegate(deputy)
    assert (user.owner, user.delegated_by) == (boss, deputy)
    again = await c8y.users.get(worker)
    assert (again.owner, again.delegated_by) == (boss, deputy)
    assert [u.username for u in await c8y.users.get_all(owner=boss, limit=None)] == [worker]
    assert [u.username async for u in c8y.users.select(owner=User(username=boss))] == [worker]
    assert await c8y.users.get_count(owner=boss) == 1
    with pytest.raises(UnprocessableEntityError):
        await c8y.users.set_owner(boss, worker)  # worker is owned by boss: a cycle
    with pytest.raises(NotFoundError):
        await c8y.users.set_delegate(worker, unique("nobody"))
    await c8y.users.set_owner(worker, None)
    await c8y.users.set_delegate(worker, None)
    cleared = await c8y.users.get(worker)
    assert (cleared.owner, cleared.delegated_by) == (None, None)
    assert await c8y.users.get_all(owner=boss) == []


async def test_revoke_totp_secret_through_the_sdk(
    c8y: CumulocityClient, emulator_app: EmulatorApp
) -> None:
    name = unique("totp")
    await User(c8y, username=name, email=f"{name}@example.com", password=PASSWORD).create()
    with emulator_app.storage.write() as cur:
        cur.execute("INSERT INTO user_totp (username, secret, active) VALUES (?, 'S', 1)", (name,))
    await c8y.users.revoke_totp_secret(name)
    with emulator_app.storage.read() as cur:
        assert cur.execute("SELECT 1 FROM user_totp WHERE username = ?", (name,)).fetchone() is None
    with pytest.raises(NotFoundError):
        await c8y.users.revoke_totp_secret(unique("nobody"))


async def test_logout_all_ends_token_sessions(
    c8y: CumulocityClient, emulator_app: EmulatorApp
) -> None:
    name = unique("u")
    await User(c8y, username=name, email=f"{name}@example.com", password=PASSWORD).create()
    token, _ = emulator_app.auth.issue_token(name)
    transport = httpx.ASGITransport(app=emulator_app)
    async with CumulocityClient(ASGI_BASE_URL, TENANT, token=token, transport=transport) as own:
        assert (await own.users.get_current()).username == name
        await c8y.users.logout_all()
        with pytest.raises(AuthenticationError):
            await own.users.get_current()
    # Basic credentials are no session: the client that logged everyone out goes on.
    assert (await c8y.users.get_current()).username == c8y.username
