"""Property tests: arbitrary text IDs reach the route they name, as one path segment, and no other.

For random strings, an event ID and an external ID's type and value go to the in-process
emulator. The raw path the client sent holds exactly the template's slashes (each value is one
percent-encoded segment), and the emulator answers for exactly that value: the event route
reports the whole ID as not found, and an external ID round-trips through create, read and
delete. Bounded and derandomized (hypothesis), so the file stays fast and reproducible.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from c8y_objects import CumulocityClient, Device, ExternalId, NotFoundError
from c8y_objects.errors import InvalidIdError

TENANT, USER, PASSWORD = "t1", "admin", "admin"

ids = st.text(min_size=1, max_size=24)
PROPERTY_SETTINGS = settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def run_against_emulator(
    scenario: Callable[[CumulocityClient, list[bytes]], Awaitable[None]],
) -> None:
    """Run `scenario` with a client to a fresh in-process emulator and the raw paths it sends."""
    from c8y_emulator import create_app

    async def main() -> None:
        app = create_app(database=":memory:", tenant_id=TENANT, username=USER, password=PASSWORD)
        sent: list[bytes] = []

        async def hook(request: httpx.Request) -> None:
            sent.append(request.url.raw_path)

        try:
            client = CumulocityClient(
                base_url="http://emulator",
                tenant_id=TENANT,
                username=USER,
                password=PASSWORD,
                transport=httpx.ASGITransport(app=app),
                max_retries=0,
            )
            async with client:
                client.http.event_hooks["request"].append(hook)
                await scenario(client, sent)
        finally:
            app.close()

    asyncio.run(main())


@PROPERTY_SETTINGS
@given(event_id=ids)
def test_any_event_id_reaches_the_event_route_as_one_segment(event_id: str) -> None:
    assume(event_id not in (".", ".."))

    async def scenario(c8y: CumulocityClient, sent: list[bytes]) -> None:
        with pytest.raises(NotFoundError) as caught:
            await c8y.events.get(event_id)
        with pytest.raises(NotFoundError):
            await c8y.events.delete_attachment(event_id)
        assert f"No event for gid '{event_id}'" in str(caught.value)
        assert [path.count(b"/") for path in sent] == [3, 4]
        assert all(path.startswith(b"/event/events/") for path in sent)
        assert sent[1] == sent[0] + b"/binaries"

    run_against_emulator(scenario)


@PROPERTY_SETTINGS
@given(value=ids, kind=ids)
def test_any_external_id_round_trips_through_its_route(value: str, kind: str) -> None:
    assume(value not in (".", "..") and kind not in (".", ".."))

    async def scenario(c8y: CumulocityClient, sent: list[bytes]) -> None:
        device = await Device(c8y, name="d").create()
        await c8y.identity.create(external_id=value, external_type=kind, managed_object_id=device)
        read = await c8y.identity.get(value, kind)
        assert (read.external_id, read.external_type, read.managed_object_id) == (
            value,
            kind,
            device.id,
        )
        await ExternalId(c8y, external_id=value, external_type=kind).delete()
        with pytest.raises(NotFoundError):
            await c8y.identity.get_id(value, kind)
        by_key = [path for path in sent if path.startswith(b"/identity/externalIds/")]
        assert len(by_key) == 3
        assert all(path.count(b"/") == 4 for path in by_key)

    run_against_emulator(scenario)


@pytest.mark.parametrize("bad", [".", ".."])
def test_dot_segments_are_refused_for_every_part(bad: str) -> None:
    async def scenario(c8y: CumulocityClient, sent: list[bytes]) -> None:
        with pytest.raises(InvalidIdError):
            await c8y.events.get(bad)
        with pytest.raises(InvalidIdError):
            await c8y.identity.get(bad, "t")
        with pytest.raises(InvalidIdError):
            await c8y.identity.get("v", bad)
        with pytest.raises(InvalidIdError):
            await c8y.binaries.read_file(bad)
        assert sent == []

    run_against_emulator(scenario)
