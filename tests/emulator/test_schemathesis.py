"""The emulator against the platform's spec, driven by schemathesis: no 5xx, no half-done refusal.

Every operation of ``openapi/c8y-core.json`` that the emulator implements (the route table that
``c8y_emulator.coverage`` reads) gets schema-conforming and schema-violating requests, sent
in-process to one seeded app. Each answer must be below 500; an answer of 400 or more must leave
the database exactly as it was. Examples are bounded and derandomized, so a run is repeatable
and takes about a minute on two cores.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core.result import Ok

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.coverage import implemented_operations, spec_template
from c8y_emulator.seed import seed_demo_fleet
from c8y_emulator.testing import asgi_client
from tests.emulator.db_state import database_digest

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "c8y-core.json"
# For a deeper one-off search set C8Y_EMULATOR_SCHEMATHESIS_EXAMPLES (e.g. 200).
EXAMPLES_PER_OPERATION = int(os.environ.get("C8Y_EMULATOR_SCHEMATHESIS_EXAMPLES", "12"))


def _implemented() -> set[tuple[str, str]]:
    app = create_app()
    try:
        return set(implemented_operations(app))
    finally:
        app.close()


_SPEC = json.loads(SPEC.read_text())
_SPEC["servers"] = [{"url": "http://testserver"}]
SCHEMA = schemathesis.openapi.from_dict(_SPEC)
_IMPLEMENTED = _implemented()
# An operation schemathesis cannot read is missing here, and the coverage test below says so.
OPERATIONS = [
    result.ok()
    for result in SCHEMA.get_all_operations()
    if isinstance(result, Ok)
    and (result.ok().method.upper(), spec_template(result.ok().path)) in _IMPLEMENTED
]


async def _seed(app: EmulatorApp) -> dict[str, list[str]]:
    """The demo fleet and one of each other resource; return path parameter values that exist."""
    fleet = seed_demo_fleet(app)
    device = str(fleet["devices"]["Pump 01"])
    ids = [str(i) for i in (*fleet["devices"].values(), *fleet["groups"].values())]
    time = "2024-05-01T12:00:00.000Z"
    source = {"source": {"id": device}}
    async with asgi_client(app) as http:
        agent = await http.put(
            f"/inventory/managedObjects/{device}", json={"com_cumulocity_model_Agent": {}}
        )
        assert agent.status_code == 200, agent.text
        created = [
            await http.post(
                "/alarm/alarms",
                json={**source, "type": "a", "text": "t", "time": time, "severity": "MAJOR"},
            ),
            await http.post(
                "/event/events", json={**source, "type": "e", "text": "t", "time": time}
            ),
            await http.post(
                "/measurement/measurements",
                json={**source, "type": "m", "time": time, "c8y_T": {"T": {"value": 1.5}}},
            ),
            await http.post(
                "/devicecontrol/operations", json={"deviceId": device, "c8y_Restart": {}}
            ),
            await http.post(
                "/devicecontrol/bulkoperations",
                json={
                    "groupId": str(fleet["groups"]["Munich"]),
                    "startDate": time,
                    "creationRamp": 1,
                    "operationPrototype": {"c8y_Restart": {}},
                },
            ),
            await http.post(
                "/inventory/binaries",
                files={
                    "object": (None, '{"name": "b.txt", "type": "text/plain"}'),
                    "file": ("b.txt", b"hello", "text/plain"),
                },
            ),
            await http.post(
                "/application/applications",
                json={"name": "micro", "key": "micro-key", "type": "MICROSERVICE"},
                headers={"Accept": "application/json"},
            ),
        ]
    for response in created:
        assert response.status_code == 201, response.text
        ids.append(str(response.json()["id"]))
    return {
        "id": ids,
        "childId": ids,
        "applicationId": ids,
        "tenantId": [app.tenant_id],
        "type": ["c8y_Serial"],
        "externalId": ["FP9-2001", "TX2-0001"],
    }


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[EmulatorApp, dict[str, list[str]]]]:
    """One app for the whole module, seeded, and the path parameter values that exist in it."""
    app = create_app()
    known = asyncio.run(_seed(app))
    yield app, known
    app.close()


def test_every_implemented_operation_is_exercised() -> None:
    assert {(op.method.upper(), spec_template(op.path)) for op in OPERATIONS} == _IMPLEMENTED


def _with_existing_ids(drawn: tuple[Any, bool, dict[str, str]]) -> Any:
    case, use_existing, existing = drawn
    if use_existing and case.path_parameters:
        for name in case.path_parameters:
            if name in existing:
                case.path_parameters[name] = existing[name]
    return case


def _check_operation(app: EmulatorApp, known: dict[str, list[str]], operation: Any) -> None:
    """Send generated requests for ``operation``; fail on a 5xx or a refusal that wrote."""
    credentials = base64.b64encode(
        f"{app.tenant_id}/{app.username}:{app.password}".encode()
    ).decode()
    generated = st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    )
    # Random ids nearly always miss; half of the cases name things that exist.
    existing = st.fixed_dictionaries(
        {name: st.sampled_from(values) for name, values in known.items()}
    )
    cases = st.tuples(generated, st.booleans(), existing).map(_with_existing_ids)

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases)
    def check(case: Any) -> None:
        before = database_digest(app)
        response = case.call(app=app, headers={"Authorization": f"Basic {credentials}"})
        assert response.status_code < 500, (case.method, case.formatted_path, response.text)
        if response.status_code >= 400:
            assert database_digest(app) == before, (
                f"{case.method} {case.formatted_path} answered {response.status_code} "
                "but changed the database"
            )

    check()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.method.upper()} {op.path}")
def test_operation_never_answers_5xx(
    seeded: tuple[EmulatorApp, dict[str, list[str]]], operation: Any
) -> None:
    _check_operation(*seeded, operation)


def test_a_5xx_fails_the_check() -> None:
    app = create_app()
    try:
        app.faults.add({"path": "^/alarm$", "status": 503, "count": 1000})
        (operation,) = [op for op in OPERATIONS if op.path == "/alarm"]
        with pytest.raises(AssertionError, match="Service Unavailable"):
            _check_operation(app, {}, operation)
    finally:
        app.close()
