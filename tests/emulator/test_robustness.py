"""Arbitrary input never crashes the emulator: typed errors, never a 500, nothing half-written."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c8y_emulator import create_app
from c8y_emulator.query import QueryError, compile_filter, parse_query
from c8y_emulator.testing import asgi_client
from tests.emulator.strategies import json_values

_QUERY_WORDS = st.sampled_from(
    [
        "name",
        "eq",
        "ne",
        "gt",
        "and",
        "or",
        "not",
        "(",
        ")",
        "'a*'",
        "12",
        "3.5d",
        "null",
        "has(x)",
        "bygroupid(1)",
        "$filter=",
        "$orderby=",
        "desc",
        ",",
        "'",
        "c8y.a.b",
        "true",
    ]
)

_JSON = json_values(max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUERY_WORDS, max_size=10).map(" ".join) | st.text(max_size=30))
def test_query_parser_only_raises_query_error(text: str) -> None:
    try:
        parsed = parse_query(text)
    except QueryError:
        return
    if parsed.filter is not None:
        predicate = compile_filter(
            parsed.filter, group_members=lambda ids: set(), hierarchy_members=lambda ids: set()
        )
        predicate({"id": "1", "name": "abc", "c8y": {"a": {"b": [1, "x"]}}})


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=_JSON, query=st.text(max_size=20))
async def test_random_bodies_and_queries_never_500(body: Any, query: str) -> None:
    app = create_app()
    try:
        async with asgi_client(app) as http:
            created = await http.post("/inventory/managedObjects", content=orjson.dumps(body))
            assert created.status_code in (201, 400, 409, 422), created.text
            listing = await http.get("/inventory/managedObjects", params={"query": query})
            assert listing.status_code in (200, 422), listing.text
            count = await http.get(
                "/inventory/managedObjects", params={"withTotalElements": "true"}
            )
            expected = 1 if created.status_code == 201 else 0
            assert count.json()["statistics"]["totalElements"] == expected
            if created.status_code == 201:
                object_id = created.json()["id"]
                updated = await http.put(
                    f"/inventory/managedObjects/{object_id}", content=orjson.dumps(body)
                )
                assert updated.status_code in (200, 400, 422), updated.text
    finally:
        app.close()


async def test_non_utf8_and_garbage_bytes(client: httpx.AsyncClient) -> None:
    for content in (b"\xff\xfe\x00", b"\x00" * 10, b'{"a": "\xff"}'):
        response = await client.post("/inventory/managedObjects", content=content)
        assert response.status_code == 400
    odd_path = await client.get("/inventory/managedObjects/%FF%00")
    assert odd_path.status_code == 404
    form = await client.post(
        "/tenant/oauth/token",
        content=b"\xff\xff",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert form.status_code in (401, 422)
