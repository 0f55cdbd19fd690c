"""Property: any text ID of a measurement, operation or bulk operation reaches its object route.

For arbitrary strings (slashes, ``?``, ``#``, dots, percent signs, controls, non-ASCII) the
call either refuses the ID before sending (`InvalidIdError`) or sends exactly one request,
whose path, as the emulator decodes it, is the object route followed by the ID unchanged, with
an empty query. Bounded: a fixed number of examples, derandomized.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from c8y_objects import APIError
from c8y_objects.client import CumulocityClient
from c8y_objects.errors import InvalidIdError
from tests.objects.conftest import ASGI_BASE_URL, PASSWORD, TENANT, USERNAME

if TYPE_CHECKING:
    from c8y_emulator import EmulatorApp

ROUTES: list[tuple[str, Callable[[CumulocityClient, str], Awaitable[Any]]]] = [
    ("/measurement/measurements/", lambda c8y, i: c8y.measurements.get(i)),
    ("/devicecontrol/operations/", lambda c8y, i: c8y.operations.get(i)),
    ("/devicecontrol/bulkoperations/", lambda c8y, i: c8y.bulk_operations.get(i)),
]


async def _calls(app: EmulatorApp, object_id: str) -> list[tuple[str, list[dict[str, Any]]]]:
    """Per route: the outcome (``refused`` / ``sent``) and the requests the emulator logged."""
    client = CumulocityClient(
        base_url=ASGI_BASE_URL,
        tenant_id=TENANT,
        username=USERNAME,
        password=PASSWORD,
        transport=httpx.ASGITransport(app=app),
        max_retries=0,
    )
    outcomes = []
    async with client:
        for _, call in ROUTES:
            await client.http.delete("/_emulator/requests")
            try:
                await call(client, object_id)
                outcome = "sent"
            except InvalidIdError:
                outcome = "refused"
            except APIError:
                outcome = "sent"
            log = (await client.http.get("/_emulator/requests")).json()["requests"]
            outcomes.append((outcome, log))
    return outcomes


@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(object_id=st.text(max_size=12))
@example(object_id="../../user/currentUser")
@example(object_id="1?x=2")
@example(object_id="1#f")
@example(object_id="..")
@example(object_id="")
@example(object_id="a%2Fb")
def test_an_id_reaches_its_object_route_and_no_other(
    emulator_app: EmulatorApp, object_id: str
) -> None:
    outcomes = asyncio.run(_calls(emulator_app, object_id))
    for (prefix, _), (outcome, log) in zip(ROUTES, outcomes, strict=True):
        if object_id in ("", ".", ".."):
            assert outcome == "refused"
            assert log == []
            continue
        assert outcome == "sent"
        (entry,) = log
        assert entry["path"] == prefix + object_id
        assert entry["query"] == ""
        assert entry["method"] == "GET"
