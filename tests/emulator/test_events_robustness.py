"""Arbitrary event and attachment input: typed errors, never a 500, nothing half-written."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from c8y_emulator import create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.strategies import WIDE_JSON, corrupted, fill_source

EVENTS = "/event/events"

_EVENT = corrupted(
    st.fixed_dictionaries(
        {
            "source": st.just({"id": "{source}"}),
            "type": st.sampled_from(["t1", "t2", ""]),
            "text": st.text(max_size=5),
            "time": st.sampled_from(["2024-05-01T10:00:00Z", "2024-05-01", "2024-02-30"]),
        },
        optional={
            "c8y_Custom": WIDE_JSON,
            "c8y_IsBinary": WIDE_JSON,
            "id": WIDE_JSON,
            "lastUpdated": WIDE_JSON,
        },
    ),
    ("source", "type", "text", "time"),
)
_FILTERS = st.dictionaries(
    st.sampled_from(
        [
            "source",
            "type",
            "fragmentType",
            "fragmentValue",
            "dateFrom",
            "createdTo",
            "lastUpdatedFrom",
            "withSourceAssets",
            "withSourceChildren",
            "revert",
            "pageSize",
        ]
    ),
    st.text(max_size=12)
    | st.sampled_from(["{source}", "true", "2024-05-01", "c8y_Custom", "-1", 'a"b']),
    max_size=4,
)
_UPLOAD = st.tuples(
    st.binary(max_size=64),
    st.sampled_from(
        [
            "text/plain",
            "application/octet-stream",
            "multipart/form-data",
            "multipart/form-data; boundary=b",
            "",
        ]
    ),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=_EVENT, update=_EVENT, filters=_FILTERS, upload=_UPLOAD)
async def test_random_event_requests_never_500(
    first: dict[str, Any],
    update: dict[str, Any],
    filters: dict[str, str],
    upload: tuple[bytes, str],
) -> None:
    app = create_app()
    try:
        async with asgi_client(app) as http:
            source = (await http.post("/inventory/managedObjects", json={"name": "s"})).json()["id"]
            created = await http.post(
                EVENTS, content=json.dumps(fill_source(first, source)).encode()
            )
            assert created.status_code in (201, 400, 422), created.text
            event(f"create {created.status_code}")
            listing = (await http.get(EVENTS)).json()["events"]
            assert len(listing) == (1 if created.status_code == 201 else 0)
            params = fill_source(filters, source)
            answer = await http.get(EVENTS, params=params)
            assert answer.status_code in (200, 422), answer.text
            if created.status_code == 201:
                url = created.headers["location"]
                before = (await http.get(url)).json()
                changed = await http.put(
                    url, content=json.dumps(fill_source(update, source)).encode()
                )
                assert changed.status_code in (200, 400, 422), changed.text
                event(f"update {changed.status_code}")
                if changed.status_code != 200:
                    assert (await http.get(url)).json() == before
                content, content_type = upload
                attached = await http.post(
                    f"{url}/binaries", content=content, headers={"Content-Type": content_type}
                )
                assert attached.status_code in (201, 400), attached.text
                event(f"attach {attached.status_code}")
                stored = await http.get(f"{url}/binaries")
                assert stored.status_code == (200 if attached.status_code == 201 else 404)
                marked = "c8y_IsBinary" in (await http.get(url)).json()
                assert marked == (attached.status_code == 201)
            deleted = await http.delete(EVENTS, params=params)
            assert deleted.status_code in (204, 422), deleted.text
    finally:
        app.close()
