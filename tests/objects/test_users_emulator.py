"""The users object model against the emulator's user management (both halves of issue 12 so
far): what one side sends, the other understands. Role enforcement is not built yet."""

from __future__ import annotations

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_objects import (
    AuthenticationError,
    CumulocityClient,
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
