"""Arbitrary measurement input: typed errors, never a 500, nothing half-written."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from c8y_emulator import create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.strategies import WIDE_JSON, corrupted

MEASUREMENTS = "/measurement/measurements"
COLLECTION = "application/vnd.com.nsn.cumulocity.measurementcollection+json"

_SERIES = st.fixed_dictionaries(
    {"value": st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)},
    optional={"unit": st.sampled_from(["C", "%", ""])},
)
_MEASUREMENT = corrupted(
    st.fixed_dictionaries(
        {
            "source": st.just({"id": "{source}"}),
            "type": st.sampled_from(["t1", "t2", ""]),
            "time": st.sampled_from(
                ["2024-05-01T10:00:00Z", "2024-05-01", "9999-12-31T23:59:59-14:00"]
            ),
        },
        optional={
            "c8y_F": st.dictionaries(st.sampled_from(["a", "b", ""]), _SERIES, max_size=2),
            "id": WIDE_JSON,
        },
    ),
    ("source", "type", "time", "c8y_F"),
)
_FILTERS = st.dictionaries(
    st.sampled_from(
        [
            "source",
            "type",
            "valueFragmentType",
            "valueFragmentSeries",
            "dateFrom",
            "dateTo",
            "revert",
            "pageSize",
            "series",
            "aggregationType",
            "aggregationInterval",
            "aggregationFunction",
            "fragmentType",
        ]
    ),
    st.text(max_size=12)
    | st.sampled_from(["{source}", "DAILY", "1d", "avg", "true", "2024-05-01", "c8y_F.a", "-1"]),
    max_size=5,
)


def _fill(document: Any, source: str) -> Any:
    if isinstance(document, dict):
        return {k: _fill(v, source) for k, v in document.items()}
    if isinstance(document, list):
        return [_fill(v, source) for v in document]
    return source if document == "{source}" else document


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(_MEASUREMENT, min_size=1, max_size=3),
    as_collection=st.booleans(),
    filters=_FILTERS,
)
async def test_random_measurement_requests_never_500(
    items: list[dict[str, Any]], as_collection: bool, filters: dict[str, str]
) -> None:
    app = create_app()
    try:
        async with asgi_client(app) as http:
            source = (await http.post("/inventory/managedObjects", json={"name": "s"})).json()["id"]
            body: Any = {"measurements": items} if as_collection else items[0]
            response = await http.post(
                MEASUREMENTS,
                content=json.dumps(_fill(body, source)).encode(),  # big integers too
                headers={"Content-Type": COLLECTION} if as_collection else {},
            )
            assert response.status_code in (201, 400, 422), response.text
            event(f"create {response.status_code}")
            stored = (await http.get(MEASUREMENTS, params={"pageSize": 100})).json()
            expected = (len(items) if as_collection else 1) if response.status_code == 201 else 0
            assert len(stored["measurements"]) == expected  # a refusal wrote nothing
            params = _fill(filters, source)
            window = {"source": source, "dateFrom": "2024-01-01", "dateTo": "2025-01-01"}
            for path, query, allowed in (
                (MEASUREMENTS, params, (200, 422)),
                (MEASUREMENTS + "/series", params, (200, 400, 422)),
                (MEASUREMENTS + "/series", {**window, **params}, (200, 400, 422)),
            ):
                answer = await http.get(path, params=query)
                assert answer.status_code in allowed, answer.text
                event(f"{path} {answer.status_code}")
            deleted = await http.delete(MEASUREMENTS, params=params)
            assert deleted.status_code in (204, 422), deleted.text
    finally:
        app.close()
