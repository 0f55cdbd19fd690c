"""The transport against the emulator: in-process (ASGI) and on a loopback socket.

Faults are injected through the emulator's control API; the request log shows what really
reached the server, so retries are counted there, not guessed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from c8y_objects._bulk import run_bulk
from c8y_objects._paging import get_count, iter_pages
from c8y_objects.client import CumulocityClient
from c8y_objects.errors import (
    APIConnectionError,
    AuthenticationError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
)
from tests.objects.conftest import ASGI_BASE_URL, TENANT, USERNAME, RecordingSleep

MOS = "/inventory/managedObjects"

# These tests drive the connection's raw calls (a path and a JSON body, sent as
# application/json, which the platform accepts besides the vendor types the spec lists), not the
# object model, so the request contract check of conftest.py does not apply.
pytestmark = pytest.mark.raw_requests
KEY = "managedObjects"


@pytest.fixture(params=["in_process", "loopback"])
def client(request: pytest.FixtureRequest) -> CumulocityClient:
    """Each test runs once in-process and once over a real socket."""
    name = "c8y" if request.param == "in_process" else "loopback_client"
    value: CumulocityClient = request.getfixturevalue(name)
    return value


async def add_fault(client: CumulocityClient, **spec: Any) -> None:
    response = await client.http.post("/_emulator/faults", json=spec)
    assert response.status_code in (200, 201), response.text


async def logged(client: CumulocityClient, method: str, path: str) -> list[int]:
    """The statuses of the logged requests with this method and path, oldest first."""
    response = await client.http.get("/_emulator/requests")
    response.raise_for_status()
    return [
        entry["status"]
        for entry in response.json()["requests"]
        if entry["method"] == method and entry["path"] == path
    ]


async def create_objects(client: CumulocityClient, count: int, type_: str) -> list[str]:
    async def create(n: int) -> str:
        created = await client.post(MOS, {"name": f"{type_}-{n}", "type": type_})
        return str(created["id"])

    return await run_bulk(range(count), create, workers=8)


async def test_429_with_retry_after_is_waited_out(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(
        client, path=f"^{MOS}$", method="GET", count=2, kind="status", status=429, retry_after=3
    )
    data = await client.get(MOS)
    assert KEY in data
    assert retry_sleeps.waits == [3.0, 3.0]
    assert await logged(client, "GET", MOS) == [429, 429, 200]


async def test_429_without_retry_after_backs_off(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", method="POST", count=2, kind="status", status=429)
    created = await client.post(MOS, {"name": "after-429"})
    assert created["name"] == "after-429"
    first, second = retry_sleeps.waits
    assert 0.0 <= first <= 0.5
    assert 0.0 <= second <= 1.0
    assert await logged(client, "POST", MOS) == [429, 429, 201]


async def test_429_beyond_the_retries_is_a_rate_limit_error(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", count=-1, kind="status", status=429, retry_after=1)
    with pytest.raises(RateLimitError) as info:
        await client.get(MOS)
    assert info.value.retry_after == "1"
    assert len(await logged(client, "GET", MOS)) == 4  # 1 + max_retries


async def test_503_burst_within_the_retries_succeeds(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", count=3, kind="status", status=503)
    await client.get(MOS)
    assert await logged(client, "GET", MOS) == [503, 503, 503, 200]


async def test_503_burst_beyond_the_retries_is_a_server_error(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", count=5, kind="status", status=503)
    with pytest.raises(ServerError) as info:
        await client.get(MOS)
    assert info.value.status_code == 503
    assert info.value.error is not None
    assert await logged(client, "GET", MOS) == [503] * 4


async def test_post_503_from_the_platform_is_retried_and_applied_once(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", method="POST", count=1, kind="status", status=503)
    created = await client.post(MOS, {"name": "once", "type": "retry_once"})
    assert await logged(client, "POST", MOS) == [503, 201]
    assert await get_count(client, MOS, {"type": "retry_once"}) == 1
    assert created["type"] == "retry_once"


async def test_post_500_is_not_retried(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", method="POST", count=1, kind="status", status=500)
    with pytest.raises(ServerError):
        await client.post(MOS, {"name": "x"})
    assert await logged(client, "POST", MOS) == [500]
    assert retry_sleeps.waits == []


async def test_dropped_get_is_retried(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", method="GET", count=1, kind="drop")
    assert KEY in await client.get(MOS)
    assert await logged(client, "GET", MOS) == [0, 200]


async def test_dropped_post_is_not_retried(
    client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(client, path=f"^{MOS}$", method="POST", count=1, kind="drop")
    with pytest.raises(APIConnectionError) as info:
        await client.post(MOS, {"name": "maybe"})
    assert info.value.method == "POST"
    assert await logged(client, "POST", MOS) == [0]
    assert retry_sleeps.waits == []


async def test_truncated_body_in_process_is_a_decode_error(
    c8y: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await create_objects(c8y, 3, "cut")
    await add_fault(c8y, path=f"^{MOS}$", method="GET", count=1, kind="truncate")
    with pytest.raises(ResponseDecodeError) as info:
        await c8y.get(MOS, {"type": "cut"})
    assert info.value.status_code == 200
    pages = iter_pages(c8y, MOS, {"type": "cut"}, key=KEY, page_size=5)
    await add_fault(c8y, path=f"^{MOS}$", method="GET", count=1, kind="truncate")
    with pytest.raises(ResponseDecodeError):
        await anext(pages)


async def test_truncated_body_on_a_socket_is_retried_for_get(
    loopback_client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await create_objects(loopback_client, 3, "cut-socket")
    await add_fault(loopback_client, path=f"^{MOS}$", method="GET", count=1, kind="truncate")
    data = await loopback_client.get(MOS, {"type": "cut-socket"})
    assert len(data[KEY]) == 3
    assert await logged(loopback_client, "GET", MOS) == [200, 200]
    assert len(retry_sleeps.waits) == 1


async def test_truncated_body_on_a_socket_every_time_is_a_connection_error(
    loopback_client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(loopback_client, path=f"^{MOS}$", method="GET", count=-1, kind="truncate")
    with pytest.raises(APIConnectionError):
        await loopback_client.get(MOS)
    assert len(retry_sleeps.waits) == 3


async def test_truncated_post_on_a_socket_is_not_repeated(
    loopback_client: CumulocityClient, retry_sleeps: RecordingSleep
) -> None:
    await add_fault(loopback_client, path=f"^{MOS}$", method="POST", count=1, kind="truncate")
    with pytest.raises(APIConnectionError):
        await loopback_client.post(MOS, {"name": "cut", "type": "cut-post"})
    # The server did create it; sending again would have made a duplicate.
    assert await logged(loopback_client, "POST", MOS) == [201]
    assert await get_count(loopback_client, MOS, {"type": "cut-post"}) == 1


async def test_wrong_password_is_an_authentication_error(emulator_app: Any) -> None:
    wrong = "not-the-password-42"
    async with CumulocityClient(
        ASGI_BASE_URL,
        TENANT,
        username=USERNAME,
        password=wrong,
        transport=httpx.ASGITransport(app=emulator_app),
    ) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.get("/user/currentUser")
    assert info.value.status_code == 401
    assert wrong not in str(info.value)
    assert wrong not in repr(info.value)
    assert wrong not in repr(client)


async def test_wrong_password_on_a_socket(loopback: Any) -> None:
    async with CumulocityClient(
        loopback.base_url, TENANT, username=USERNAME, password="nope"
    ) as client:
        with pytest.raises(AuthenticationError):
            await client.get(MOS)


async def test_paging_with_workers_matches_sequential_order(client: CumulocityClient) -> None:
    created = await create_objects(client, 57, "paged")
    params = {"type": "paged"}

    async def read(workers: int | None) -> list[str]:
        return [
            str(item["id"])
            async for page in iter_pages(
                client, MOS, params, key=KEY, page_size=10, workers=workers
            )
            for item in page
        ]

    sequential = await read(None)
    assert sorted(sequential) == sorted(created)
    assert await read(4) == sequential
    assert await read(16) == sequential
    limited = [
        item["id"]
        async for page in iter_pages(
            client, MOS, params, key=KEY, page_size=10, limit=23, workers=4
        )
        for item in page
    ]
    assert limited == sequential[:23]


async def test_get_count_against_the_emulator(client: CumulocityClient) -> None:
    await create_objects(client, 12, "counted")
    await create_objects(client, 3, "other-counted")
    assert await get_count(client, MOS, {"type": "counted"}) == 12
    assert await get_count(client, MOS, {"type": "no-such-type"}) == 0


async def test_early_exit_cancels_the_request_in_flight(client: CumulocityClient) -> None:
    await create_objects(client, 40, "early")
    pages = iter_pages(client, MOS, {"type": "early"}, key=KEY, page_size=5, workers=2)
    assert len(await anext(pages)) == 5
    # From now on every page takes a second; the next anext starts page 3 and returns page 2.
    await add_fault(client, path=f"^{MOS}$", method="GET", count=-1, kind="delay", delay=1.0)
    assert len(await anext(pages)) == 5
    loop = asyncio.get_running_loop()
    started = loop.time()
    await pages.aclose()
    assert loop.time() - started < 0.5  # page 3 was cancelled, not awaited
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_rest_client_reads_the_current_user(client: CumulocityClient) -> None:
    from c8y_rest.api.current_user import get_current_user_resource

    response = await get_current_user_resource.asyncio_detailed(client=client.rest)
    assert response.status_code == 200
    assert b'"userName"' in response.content


async def test_api_attributes_are_bound_to_the_client(c8y: CumulocityClient) -> None:
    from c8y_objects.identity import Identity
    from c8y_objects.inventory import DeviceGroupInventory, DeviceInventory, Inventory

    assert isinstance(c8y.inventory, Inventory)
    assert isinstance(c8y.device_inventory, DeviceInventory)
    assert isinstance(c8y.group_inventory, DeviceGroupInventory)
    assert isinstance(c8y.identity, Identity)
    for api in (c8y.inventory, c8y.device_inventory, c8y.group_inventory, c8y.identity):
        assert api.c8y is c8y
    assert c8y.inventory is c8y.inventory  # created once
    await create_objects(c8y, 2, "bound")
    assert await c8y.inventory.get_count(type="bound") == 2


async def test_no_credentials_in_debug_logs_on_a_socket(
    loopback: Any, caplog: pytest.LogCaptureFixture
) -> None:
    import base64
    import logging

    secret = "wrong-Secret-77"
    caplog.set_level(logging.DEBUG)
    async with CumulocityClient(
        loopback.base_url, TENANT, username=USERNAME, password=secret
    ) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.get(MOS)
    encoded = base64.b64encode(f"{TENANT}/{USERNAME}:{secret}".encode()).decode()
    assert "httpcore" in caplog.text  # the socket layer really logged at DEBUG
    for text in (caplog.text, str(info.value), repr(info.value)):
        assert secret not in text
        assert encoded not in text
