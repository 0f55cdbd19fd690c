"""Arbitrary alarm input: typed errors, never a 500, nothing half-written; oversized bodies."""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from c8y_emulator import create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.strategies import JSON, fill_source, member

_REQUIRED = {
    "source": member(st.just({"id": "{source}"})),
    "type": member(st.sampled_from(["t1", "t2", ""])),
    "text": member(st.text(max_size=5)),
    "severity": member(st.sampled_from(["MAJOR", "MINOR", "major", "LOUD"])),
    "time": member(
        st.sampled_from(["2024-05-01T10:00:00Z", "2024-05-01", "9999-12-31T23:59:59-14:00"])
    ),
}
_ALARM = st.tuples(
    st.fixed_dictionaries(
        _REQUIRED,
        optional={
            "status": member(st.sampled_from(["ACTIVE", "ACKNOWLEDGED", "CLEARED", "OPEN"])),
            "count": JSON,
            "id": JSON,
            "c8y_Custom": JSON,
        },
    ),
    st.sets(st.sampled_from(sorted(_REQUIRED)), max_size=1),
).map(lambda pair: {k: v for k, v in pair[0].items() if k not in pair[1]})
_FILTERS = st.dictionaries(
    st.sampled_from(
        [
            "source",
            "status",
            "severity",
            "type",
            "resolved",
            "dateFrom",
            "createdTo",
            "withSourceAssets",
            "pageSize",
            "currentPage",
        ]
    ),
    st.text(max_size=12) | st.sampled_from(["ACTIVE,CLEARED", "true", "2024-05-01", "-1"]),
    max_size=4,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=_ALARM, second=_ALARM, update=_ALARM, filters=_FILTERS)
async def test_random_alarm_requests_never_500(
    first: dict[str, Any], second: dict[str, Any], update: dict[str, Any], filters: dict[str, str]
) -> None:
    app = create_app()
    try:
        async with asgi_client(app) as http:
            source = (await http.post("/inventory/managedObjects", json={"name": "s"})).json()["id"]
            created_ids = set()
            for document in (first, second):
                response = await http.post(
                    "/alarm/alarms", content=orjson.dumps(fill_source(document, source))
                )
                assert response.status_code in (201, 422), response.text
                event(f"create {response.status_code}")
                if response.status_code == 201:
                    created_ids.add(response.json()["id"])
                stored = (await http.get("/alarm/alarms", params={"pageSize": 100})).json()[
                    "alarms"
                ]
                assert {a["id"] for a in stored} == created_ids  # a refusal wrote nothing
            for alarm_id in created_ids:
                before = (await http.get(f"/alarm/alarms/{alarm_id}")).json()
                response = await http.put(f"/alarm/alarms/{alarm_id}", content=orjson.dumps(update))
                assert response.status_code in (200, 422), response.text
                after = (await http.get(f"/alarm/alarms/{alarm_id}")).json()
                if response.status_code == 422:
                    assert after == before
            for path in ("/alarm/alarms", "/alarm/alarms/count"):
                listing = await http.get(path, params=filters)
                assert listing.status_code in (200, 422), listing.text
            bulk = await http.put("/alarm/alarms", params=filters, content=orjson.dumps(update))
            assert bulk.status_code in (200, 422), bulk.text
            deleted = await http.delete("/alarm/alarms", params=filters)
            assert deleted.status_code in (204, 422), deleted.text
            upsert = await http.post(
                "/alarm/alarms/upsert", content=orjson.dumps(fill_source(first, source))
            )
            assert upsert.status_code in (200, 201, 422), upsert.text
    finally:
        app.close()


async def test_oversized_alarm_body_is_413_and_nothing_is_written() -> None:
    app = create_app(max_body_bytes=2048)
    try:
        async with asgi_client(app) as http:
            source = (await http.post("/inventory/managedObjects", json={"name": "s"})).json()["id"]
            document = {
                "source": {"id": source},
                "type": "t",
                "text": "x" * 4096,
                "severity": "MAJOR",
                "time": "2024-05-01T10:00:00Z",
            }
            response = await http.post("/alarm/alarms", json=document)
            assert response.status_code == 413
            assert response.json()["error"] == "general/Payload Too Large"
            assert (await http.get("/alarm/alarms/count")).json() == 0
    finally:
        app.close()


async def test_garbage_bytes_are_400() -> None:
    app = create_app()
    try:
        async with asgi_client(app) as http:
            for content in (b"\xff\xfe", b'{"type": "\xff"}', b""):
                response = await http.post("/alarm/alarms", content=content)
                assert response.status_code == 400, response.text
                assert response.json()["error"] == "alarm/Bad Request"
    finally:
        app.close()
