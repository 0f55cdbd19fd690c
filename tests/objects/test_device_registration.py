"""Device registration through `DeviceInventory.request` / `accept`, against the emulator.

The whole bootstrap flow runs with three clients: the tenant user (`api`), the device polling
for its credentials with the bootstrap user, and finally the device with the user it was given.
Every test runs in-process and over loopback; the emulator's request log shows what was sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest

from c8y_emulator.deviceregistration import BOOTSTRAP_PASSWORD, BOOTSTRAP_TENANT, BOOTSTRAP_USER
from c8y_objects import (
    AuthenticationError,
    CumulocityClient,
    Device,
    InvalidIdError,
    NotFoundError,
    UnprocessableEntityError,
)
from c8y_rest import wire
from tests.objects.emulated import requests_log, unique

REQUESTS_PATH = wire.POST_NEW_DEVICE_REQUEST_COLLECTION_RESOURCE.path


@pytest.fixture
async def connect(
    api: CumulocityClient, request: pytest.FixtureRequest
) -> AsyncIterator[Callable[[str, str, str], Any]]:
    """Open more clients on the emulator `api` talks to, with other credentials."""
    in_process = request.node.callspec.params["api"] == "in-process"
    app = request.getfixturevalue("emulator_app") if in_process else None
    async with AsyncExitStack() as stack:

        async def open_client(tenant: str, username: str, password: str) -> CumulocityClient:
            options: dict[str, Any] = {}
            if app is not None:
                options["transport"] = httpx.ASGITransport(app=app)
            client = CumulocityClient(
                api.base_url, tenant, username=username, password=password, **options
            )
            return await stack.enter_async_context(client)

        yield open_client


async def poll_credentials(bootstrap: CumulocityClient, serial: str) -> dict[str, Any]:
    """What a device does until it is accepted: ask for its credentials by its serial."""
    answer: dict[str, Any] = await bootstrap.call(
        wire.POST_DEVICE_CREDENTIALS_COLLECTION_RESOURCE, json={"id": serial}
    )
    return answer


async def request_status(api: CumulocityClient, serial: str) -> str:
    document = await api.call(wire.GET_NEW_DEVICE_REQUEST_RESOURCE, path={"requestId": serial})
    status: str = document["status"]
    return status


async def test_request_poll_accept_login(api: CumulocityClient, connect: Any) -> None:
    serial = unique("serial")
    bootstrap = await connect(BOOTSTRAP_TENANT, BOOTSTRAP_USER, BOOTSTRAP_PASSWORD)

    await api.device_inventory.request(serial)
    assert await request_status(api, serial) == "WAITING_FOR_CONNECTION"

    # Not accepted yet: the device's poll is answered 404 (and moves the request on).
    with pytest.raises(NotFoundError):
        await poll_credentials(bootstrap, serial)
    assert await request_status(api, serial) == "PENDING_ACCEPTANCE"
    with pytest.raises(NotFoundError):
        await poll_credentials(bootstrap, serial)

    await api.device_inventory.accept(serial)
    assert await request_status(api, serial) == "ACCEPTED"

    credentials = await poll_credentials(bootstrap, serial)
    assert credentials["id"] == serial
    assert credentials["tenantId"] == api.tenant_id
    assert credentials["username"] == f"device_{serial}"
    assert credentials["password"]
    # The request is used up once the credentials are handed out.
    with pytest.raises(NotFoundError):
        await request_status(api, serial)

    device_client = await connect(
        credentials["tenantId"], credentials["username"], credentials["password"]
    )
    me = await device_client.call(wire.GET_CURRENT_USER_RESOURCE)
    assert me["userName"] == f"device_{serial}"
    device = await Device(device_client, name=serial, type="c8y_Bootstrapped").create()
    assert device.id is not None
    assert device.owner == f"device_{serial}"
    assert (await api.device_inventory.get(device.id)).name == serial
    impostor = await connect(api.tenant_id, credentials["username"], "not-the-password")
    with pytest.raises(AuthenticationError):
        await impostor.device_inventory.get(device.id)

    # Deleting the device with its user ends the device's access.
    await api.device_inventory.delete(device, with_device_user=True)
    with pytest.raises(AuthenticationError):
        await device_client.device_inventory.get_count()

    log = await requests_log(api)
    sent = [(e["method"], e["path"], e["content_type"]) for e in log if "newDevice" in e["path"]]
    post_type = wire.POST_NEW_DEVICE_REQUEST_COLLECTION_RESOURCE.request_media_types[0]
    put_type = wire.PUT_NEW_DEVICE_REQUEST_RESOURCE.request_media_types[0]
    assert ("POST", REQUESTS_PATH, post_type) in sent
    assert ("PUT", f"{REQUESTS_PATH}/{serial}", put_type) in sent


async def test_bootstrap_user_is_required_to_poll(api: CumulocityClient, connect: Any) -> None:
    serial = unique("serial")
    await api.device_inventory.request(serial)
    await api.device_inventory.accept(serial)
    with pytest.raises(AuthenticationError):
        await poll_credentials(api, serial)
    wrong = await connect(BOOTSTRAP_TENANT, BOOTSTRAP_USER, "not-the-password")
    with pytest.raises(AuthenticationError):
        await poll_credentials(wrong, serial)
    # The refused polls handed nothing out: the request is still there, still accepted.
    assert await request_status(api, serial) == "ACCEPTED"


async def test_request_twice_is_refused(api: CumulocityClient) -> None:
    serial = unique("serial")
    await api.device_inventory.request(serial)
    with pytest.raises(UnprocessableEntityError):
        await api.device_inventory.request(serial)


async def test_accept_unknown_request(api: CumulocityClient) -> None:
    serial = unique("never_requested")
    with pytest.raises(NotFoundError):
        await api.device_inventory.accept(serial)
    log = await requests_log(api)
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        ("PUT", f"{REQUESTS_PATH}/{serial}", 404)
    ]


async def test_identifier_with_reserved_characters_is_one_segment(api: CumulocityClient) -> None:
    serial = unique("imei") + "/a?b#c"
    await api.device_inventory.request(serial)
    await api.device_inventory.accept(serial)
    assert await request_status(api, serial) == "ACCEPTED"
    log = await requests_log(api)
    puts = [e for e in log if e["method"] == "PUT"]
    assert len(puts) == 1
    assert puts[0]["params"] == {"requestId": serial}


@pytest.mark.parametrize("bad", ["", ".", "..", 12, None])
async def test_bad_identifier_refused_before_any_request(api: CumulocityClient, bad: Any) -> None:
    with pytest.raises(InvalidIdError):
        await api.device_inventory.accept(bad)
    with pytest.raises(InvalidIdError):
        await api.device_inventory.request(bad)
    assert await requests_log(api) == []
