"""Arbitrary device control input: typed errors, never a 500, nothing half-written."""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from c8y_emulator import create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.strategies import JSON, member

MOS = "/inventory/managedObjects"
OPS = "/devicecontrol/operations"
BULK_PATH = "/devicecontrol/bulkoperations"

_OPERATION = st.fixed_dictionaries(
    {"deviceId": member(st.sampled_from(["{agent}", "{lone}"]))},
    optional={
        "status": member(st.sampled_from(["PENDING", "EXECUTING", "SUCCESSFUL", "FAILED"])),
        "failureReason": member(st.text(max_size=5)),
        "c8y_Restart": JSON,
        "id": JSON,
    },
)
_BULK = st.fixed_dictionaries(
    {
        "groupId": member(st.just("{group}")),
        "creationRamp": member(st.sampled_from([0, 1.5, -1, 10**12])),
        "operationPrototype": member(st.just({"c8y_Restart": {}})),
    },
    optional={
        "startDate": member(st.sampled_from(["2024-05-01T10:00:00", "2100-01-01", "noon"])),
        "failedParentId": JSON,
        "status": JSON,
    },
)
_FILTERS = st.dictionaries(
    st.sampled_from(
        ["deviceId", "agentId", "status", "fragmentType", "bulkOperationId", "dateFrom", "revert"]
    ),
    st.text(max_size=12) | st.sampled_from(["PENDING", "true", "2024-05-01", "{agent}"]),
    max_size=3,
)


def _fill(document: Any, names: dict[str, str]) -> Any:
    if isinstance(document, dict):
        return {k: _fill(v, names) for k, v in document.items()}
    if isinstance(document, str):
        return names.get(document, document)
    return document


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operation=_OPERATION, update=_OPERATION, bulk=_BULK, bulk_update=_BULK, filters=_FILTERS)
async def test_random_device_control_requests_never_500(
    operation: dict[str, Any],
    update: dict[str, Any],
    bulk: dict[str, Any],
    bulk_update: dict[str, Any],
    filters: dict[str, str],
) -> None:
    app = create_app()
    try:
        async with asgi_client(app) as http:
            agent = (
                await http.post(
                    MOS, json={"name": "a", "c8y_IsDevice": {}, "com_cumulocity_model_Agent": {}}
                )
            ).json()["id"]
            lone = (await http.post(MOS, json={"name": "l", "c8y_IsDevice": {}})).json()["id"]
            group = (await http.post(MOS, json={"name": "g", "c8y_IsDeviceGroup": {}})).json()["id"]
            for device in (agent, lone):
                await http.post(
                    f"{MOS}/{group}/childAssets", json={"managedObject": {"id": device}}
                )
            names = {"{agent}": agent, "{lone}": lone, "{group}": group}

            created = await http.post(OPS, content=orjson.dumps(_fill(operation, names)))
            event(f"operation {created.status_code}")
            assert created.status_code in (201, 422), created.text
            listed = (await http.get(OPS)).json()["operations"]
            assert len(listed) == (1 if created.status_code == 201 else 0)
            if created.status_code == 201:
                url = f"{OPS}/{created.json()['id']}"
                before = (await http.get(url)).json()
                updated = await http.put(url, content=orjson.dumps(_fill(update, names)))
                assert updated.status_code in (200, 422), updated.text
                if updated.status_code == 422:
                    assert (await http.get(url)).json() == before

            made = await http.post(BULK_PATH, content=orjson.dumps(_fill(bulk, names)))
            event(f"bulk {made.status_code}")
            assert made.status_code in (201, 422), made.text
            bulks = (await http.get(BULK_PATH)).json()["bulkOperations"]
            assert len(bulks) == (1 if made.status_code == 201 else 0)
            if made.status_code == 201:
                url = f"{BULK_PATH}/{made.json()['id']}"
                before = (await http.get(url)).json()
                changed = await http.put(url, content=orjson.dumps(_fill(bulk_update, names)))
                assert changed.status_code in (200, 422), changed.text
                if changed.status_code == 422:
                    assert (await http.get(url)).json() == before
                assert (await http.delete(url)).status_code == 204

            query = _fill(filters, names)
            assert (await http.get(OPS, params=query)).status_code in (200, 422)
            assert (await http.delete(OPS, params=query)).status_code in (204, 422)
    finally:
        app.close()


async def test_oversized_operation_body_is_413_and_nothing_is_written() -> None:
    app = create_app(max_body_bytes=1024)
    try:
        async with asgi_client(app) as http:
            agent = (
                await http.post(
                    MOS, json={"name": "a", "c8y_IsDevice": {}, "com_cumulocity_model_Agent": {}}
                )
            ).json()["id"]
            response = await http.post(OPS, json={"deviceId": agent, "blob": "x" * 2048})
            assert response.status_code == 413
            assert response.json()["error"] == "general/Payload Too Large"
            assert (await http.get(OPS)).json()["operations"] == []
    finally:
        app.close()
