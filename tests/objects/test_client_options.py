"""`with_options`: another timeout or retry budget for one call or a block, on the same pool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, assert_type

import httpx
import pytest

from c8y_objects import (
    APITimeoutError,
    ConfigurationError,
    CumulocityClient,
    RetryPolicy,
    ServerError,
)
from tests.objects.conftest import RecordingSleep

if TYPE_CHECKING:
    from c8y_emulator import Emulator
    from c8y_emulator.testing import FaultHelper

MOS = "/inventory/managedObjects"


async def typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (never run): a view has the client's type."""
    assert_type(c8y.with_options(timeout=5), CumulocityClient)
    async with c8y.with_options(max_retries=0, timeout=None) as strict:
        assert_type(strict, CumulocityClient)
        assert_type(await strict.inventory.get_count(), int)


def attempts(faults: FaultHelper, path: str = MOS) -> list[int]:
    """The statuses the emulator answered for `path`, oldest first."""
    return [entry["status"] for entry in faults.requests() if entry["path"] == path]


async def test_fewer_retries_for_one_call_while_the_client_keeps_its_own(
    c8y: CumulocityClient, c8y_faults: FaultHelper, retry_sleeps: RecordingSleep
) -> None:
    c8y_faults.status(MOS, 503, count=2)
    with pytest.raises(ServerError):
        await c8y.with_options(max_retries=0).inventory.get_count()
    assert attempts(c8y_faults) == [503]
    assert retry_sleeps.waits == []
    # The client itself still retries (3 by default): one 503 left, then the answer.
    assert await c8y.inventory.get_count() == 0
    assert attempts(c8y_faults) == [503, 503, 200]
    assert len(retry_sleeps.waits) == 1


async def test_more_retries_for_a_block(
    c8y: CumulocityClient, c8y_faults: FaultHelper, retry_sleeps: RecordingSleep
) -> None:
    c8y_faults.status(MOS, 503, count=5)
    async with c8y.with_options(max_retries=5) as patient:
        assert await patient.inventory.get_count() == 0
        assert await patient.get(MOS) is not None
    assert attempts(c8y_faults) == [503] * 5 + [200, 200]
    assert len(retry_sleeps.waits) == 5
    # Leaving the block closed the view only: the client and its pool still work.
    assert await c8y.inventory.get_count() == 0


async def test_a_retry_policy_replaces_the_whole_policy(c8y: CumulocityClient) -> None:
    policy = RetryPolicy(max_retries=1, backoff_base=0.0)
    view = c8y.with_options(retry_policy=policy)
    assert view.retry_policy is policy
    fewer = c8y.with_options(max_retries=0)
    # Only the budget changes; the backoff settings are inherited.
    assert fewer.retry_policy == RetryPolicy(
        max_retries=0,
        backoff_base=c8y.retry_policy.backoff_base,
        backoff_cap=c8y.retry_policy.backoff_cap,
        retry_after_cap=c8y.retry_policy.retry_after_cap,
    )
    assert c8y.retry_policy.max_retries == 3


async def test_the_view_shares_pool_and_settings_and_binds_its_own_api_objects(
    c8y: CumulocityClient,
) -> None:
    view = c8y.with_options(timeout=7.5)
    assert view is not c8y
    assert type(view) is CumulocityClient
    assert view.http is not c8y.http
    assert view._transport is c8y._transport  # the one connection pool
    assert (view.base_url, view.tenant_id, view.username) == (
        c8y.base_url,
        c8y.tenant_id,
        c8y.username,
    )
    assert view.http.headers["Authorization"] == c8y.http.headers["Authorization"]
    assert view.http.timeout == httpx.Timeout(7.5)
    assert c8y.http.timeout != httpx.Timeout(7.5)
    assert view.inventory.c8y is view
    assert c8y.inventory.c8y is c8y
    nested = view.with_options(max_retries=1)
    assert nested.http.timeout == httpx.Timeout(7.5)  # inherited from the view
    assert nested._transport is c8y._transport
    assert await nested.inventory.get_count() == 0
    # The generated client of a view sends through the view as well.
    assert view.rest.get_async_httpx_client() is view.http


async def test_no_timeout_is_none_and_left_out_is_inherited(c8y: CumulocityClient) -> None:
    assert c8y.with_options(timeout=None).http.timeout == httpx.Timeout(None)
    assert c8y.with_options(max_retries=1).http.timeout == c8y.http.timeout
    custom = httpx.Timeout(3.0, connect=1.0)
    assert c8y.with_options(timeout=custom).http.timeout == custom


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": -1.0}, "timeout must be a positive number"),
        ({"timeout": True}, "timeout must be a positive number"),
        ({"timeout": "5"}, "timeout must be a positive number"),
        ({"timeout": float("inf")}, "timeout must be a positive number"),
        ({"max_retries": -1}, "max_retries must be an int of 0 or more"),
        ({"max_retries": 1.5}, "max_retries must be an int of 0 or more"),
        ({"max_retries": True}, "max_retries must be an int of 0 or more"),
    ],
)
async def test_bad_options_are_refused(
    c8y: CumulocityClient, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        c8y.with_options(**options)


@pytest.mark.parametrize("timeout", [-5, 0, float("nan"), float("inf"), True, "5"])
def test_the_constructor_refuses_a_bad_timeout(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout must be a positive number"):
        CumulocityClient("https://h", "t1", token="x", timeout=timeout)


@pytest.mark.parametrize("timeout", [None, 2.5, 7, httpx.Timeout(3.0)])
def test_the_constructor_takes_a_good_timeout(timeout: Any) -> None:
    client = CumulocityClient("https://h", "t1", token="x", timeout=timeout)
    assert client.http.timeout == httpx.Timeout(timeout)


def test_the_constructor_refuses_a_negative_retry_budget() -> None:
    with pytest.raises(ConfigurationError, match="max_retries must be an int of 0 or more"):
        CumulocityClient("https://h", "t1", token="x", max_retries=-2)


@pytest.mark.parametrize("verify", [False, "/etc/ssl/ca.pem"])
def test_the_constructor_refuses_verify_beside_a_transport(verify: Any) -> None:
    # verify configures the transport the client builds; with one passed in it would go unused
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with pytest.raises(ConfigurationError, match="verify applies to the default transport"):
        CumulocityClient("https://h", "t1", token="x", transport=transport, verify=verify)
    client = CumulocityClient("https://h", "t1", token="x", transport=transport, verify=True)
    assert client.base_url == "https://h"


async def test_a_short_timeout_for_one_call_on_a_socket(
    loopback: Emulator, loopback_client: CumulocityClient
) -> None:
    c8y = loopback_client
    fault = {"path": MOS, "kind": "delay", "delay": 0.6, "count": 2}
    (await c8y.http.post("/_emulator/faults", json=fault)).raise_for_status()
    with pytest.raises(APITimeoutError):
        await c8y.with_options(timeout=0.1, max_retries=0).inventory.get_count()
    # The client's own timeout (30 s) is untouched: the second delayed request is answered.
    assert await c8y.inventory.get_count() >= 0
    log = (await c8y.http.get("/_emulator/requests")).json()["requests"]
    assert [entry["path"] for entry in log].count(MOS) == 2
