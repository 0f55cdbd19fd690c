"""``progress=`` on queries (select, get_all), tables (to_arrow) and series; the tqdm adapter."""

from __future__ import annotations

import io
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from c8y_objects import (
    Alarm,
    ConfigurationError,
    CumulocityClient,
    Device,
    Measurement,
    MissingDependencyError,
)
from c8y_objects._api import CumulocityResource
from c8y_objects.progress import TqdmProgress, tqdm_progress

Calls = list[tuple[int, int | None]]

ITEMS = 3
PAGE = 2


def _collection_keys() -> set[str]:
    keys = set()
    pending: list[type[Any]] = [CumulocityResource]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        key = cls.__dict__.get("_collection_key")
        if isinstance(key, str):
            keys.add(key)
    return keys | {"references"}  # a user's groups and a tenant's applications come as references


KEYS = _collection_keys()


def answer(request: httpx.Request) -> httpx.Response:
    """Any collection of `ITEMS` items, paged as asked; counts as the platform gives them."""
    params = request.url.params
    size = int(params.get("pageSize", "5"))
    if params.get("withTotalElements") == "true" or params.get("withTotalPages") == "true":
        return httpx.Response(
            200, json={"statistics": {"totalElements": ITEMS, "totalPages": ITEMS}}
        )
    start = (int(params.get("currentPage", "1")) - 1) * size
    items = [
        {
            "id": str(n),
            "group": {"id": str(n)},
            "application": {"id": str(n)},
            "name": f"n{n}",
        }
        for n in range(start, min(start + size, ITEMS))
    ]
    return httpx.Response(200, json={key: items for key in KEYS})


@pytest.fixture
async def mocked() -> AsyncIterator[CumulocityClient]:
    async with CumulocityClient(
        "https://c8y.example", "t1", token="x", transport=httpx.MockTransport(answer)
    ) as client:
        yield client


async def _listed(items: AsyncIterator[Any]) -> list[Any]:
    """The eager form of a query that has no ``get_all`` twin."""
    return [item async for item in items]


# Each main API's query: (name, select with the given keywords). Every class that has
# select/get_all is listed; a new main API class belongs here too.
Query = Callable[..., Any]
QUERIES: dict[str, Callable[[CumulocityClient], tuple[Query, Query]]] = {
    "inventory": lambda c: (c.inventory.select, c.inventory.get_all),
    "device_inventory": lambda c: (c.device_inventory.select, c.device_inventory.get_all),
    "group_inventory": lambda c: (c.group_inventory.select, c.group_inventory.get_all),
    "identity": lambda c: (
        lambda **kw: c.identity.select("7", **kw),
        lambda **kw: c.identity.get_all("7", **kw),
    ),
    "binaries": lambda c: (c.binaries.select, c.binaries.get_all),
    "measurements": lambda c: (c.measurements.select, c.measurements.get_all),
    "events": lambda c: (c.events.select, c.events.get_all),
    "alarms": lambda c: (c.alarms.select, c.alarms.get_all),
    "operations": lambda c: (c.operations.select, c.operations.get_all),
    "bulk_operations": lambda c: (c.bulk_operations.select, c.bulk_operations.get_all),
    "users": lambda c: (c.users.select, c.users.get_all),
    "user_groups": lambda c: (c.user_groups.select, c.user_groups.get_all),
    "groups_of_a_user": lambda c: (
        lambda **kw: c.user_groups.select(username="u1", **kw),
        lambda **kw: c.user_groups.get_all(username="u1", **kw),
    ),
    "inventory_roles": lambda c: (c.inventory_roles.select, c.inventory_roles.get_all),
    "applications": lambda c: (c.applications.select, c.applications.get_all),
    "applications_subscribed": lambda c: (
        lambda **kw: c.applications.select_subscribed("t2", **kw),
        lambda **kw: _listed(c.applications.select_subscribed("t2", **kw)),
    ),
    "audit_records": lambda c: (c.audit_records.select, c.audit_records.get_all),
    "audit_records_for": lambda c: (
        lambda **kw: c.audit_records.select_for(Alarm.from_json({"id": "9"}, c), **kw),
        lambda **kw: c.audit_records.get_all_for(Alarm.from_json({"id": "9"}, c), **kw),
    ),
    "tenant_options": lambda c: (c.tenant_options.select, c.tenant_options.get_all),
    "subscriptions": lambda c: (c.subscriptions.select, c.subscriptions.get_all),
}


@pytest.mark.parametrize("api", sorted(QUERIES))
async def test_select_and_get_all_report_each_page(mocked: CumulocityClient, api: str) -> None:
    select, get_all = QUERIES[api](mocked)
    lazy: Calls = []
    eager: Calls = []
    found = [
        x async for x in select(limit=None, page_size=PAGE, progress=lambda *a: lazy.append(a))
    ]
    listed = await get_all(limit=None, page_size=PAGE, progress=lambda *a: eager.append(a))
    assert len(found) == len(listed) == ITEMS
    assert lazy == eager == [(2, 3), (3, 3)]


# Bulk calls of the newer APIs that send one request per item: (name, call with progress=).
BULK: dict[str, Callable[[CumulocityClient, Any], Any]] = {
    "subscribe": lambda c, p: c.applications.subscribe("t2", "1", "2", "3", progress=p),
    "unsubscribe": lambda c, p: c.applications.unsubscribe("t2", "1", "2", "3", progress=p),
    "assign_users": lambda c, p: c.user_groups.assign_users("5", "a", "b", "c", progress=p),
    "unassign_users": lambda c, p: c.user_groups.unassign_users("5", "a", "b", "c", progress=p),
    "assign_roles": lambda c, p: c.user_groups.assign_roles("5", "R1", "R2", "R3", progress=p),
    "unassign_roles": lambda c, p: c.user_groups.unassign_roles("5", "R1", "R2", "R3", progress=p),
    "unassign": lambda c, p: c.inventory_roles.unassign("u1", "1", "2", "3", progress=p),
    "subscriptions.delete": lambda c, p: c.subscriptions.delete("1", "2", "3", progress=p),
}


@pytest.mark.parametrize("call", sorted(BULK))
async def test_bulk_calls_report_each_item(call: str) -> None:
    sent: list[str] = []

    def accept(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(201, json={})

    calls: Calls = []
    async with CumulocityClient(
        "https://c8y.example", "t1", token="x", transport=httpx.MockTransport(accept)
    ) as c8y:
        await BULK[call](c8y, lambda *a: calls.append(a))
    assert len(sent) == ITEMS
    assert calls == [(1, 3), (2, 3), (3, 3)]


async def test_total_is_capped_by_limit_and_unknown_for_one_page(mocked: CumulocityClient) -> None:
    calls: Calls = []
    await mocked.inventory.get_all(limit=2, page_size=1, progress=lambda *a: calls.append(a))
    assert calls == [(1, 2), (2, 2)]
    calls.clear()
    await mocked.events.get_all(page_number=2, page_size=2, progress=lambda *a: calls.append(a))
    assert calls == [(1, None)]


async def test_with_a_client_side_filter_progress_counts_what_was_read(
    mocked: CumulocityClient,
) -> None:
    calls: Calls = []
    kept = await mocked.inventory.get_all(
        limit=1, page_size=PAGE, include="name == 'n1'", progress=lambda *a: calls.append(a)
    )
    assert [d.id for d in kept] == ["1"]
    # The limit counts results, not items read: the total stays the count of the query.
    assert calls == [(2, 3)]


async def test_a_collection_without_statistics_reports_an_unknown_total() -> None:
    def no_statistics(request: httpx.Request) -> httpx.Response:
        if "withTotal" in str(request.url.params):
            return httpx.Response(200, json={"events": [], "statistics": {"pageSize": 1}})
        return answer(request)

    calls: Calls = []
    async with CumulocityClient(
        "https://c8y.example", "t1", token="x", transport=httpx.MockTransport(no_statistics)
    ) as c8y:
        found = await c8y.events.get_all(
            limit=None, page_size=PAGE, progress=lambda *a: calls.append(a)
        )
    assert len(found) == ITEMS
    assert calls == [(2, None), (3, None)]


async def test_no_progress_no_count_request() -> None:
    sent: list[str] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url.params))
        return answer(request)

    async with CumulocityClient(
        "https://c8y.example", "t1", token="x", transport=httpx.MockTransport(recording)
    ) as c8y:
        await c8y.alarms.get_all(limit=None, page_size=PAGE)
        assert not any("withTotal" in query for query in sent)
        await c8y.alarms.get_all(limit=None, page_size=PAGE, progress=lambda *a: None)
    assert sum("withTotal" in query for query in sent) == 1


async def test_a_progress_that_is_not_callable_is_refused(mocked: CumulocityClient) -> None:
    with pytest.raises(ConfigurationError, match="progress must be None or a callable"):
        mocked.inventory.select(progress=5)  # type: ignore[call-overload]


async def test_measurement_tables_and_series_refuse_a_bad_progress_before_sending(
    tmp_path: Path,
) -> None:
    sent: list[str] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return answer(request)

    async with CumulocityClient(
        "https://c8y.example", "t1", token="x", transport=httpx.MockTransport(recording)
    ) as c8y:
        measurements = c8y.measurements
        bad: Any = 5
        calls: dict[str, Callable[[], Awaitable[object]]] = {
            "to_arrow": lambda: measurements.to_arrow(limit=1, progress=bad),
            "export_parquet": lambda: measurements.export_parquet(
                tmp_path / "m.parquet", limit=1, progress=bad
            ),
            "get_series": lambda: measurements.get_series("7", after="2024-01-01", progress=bad),
            "get_series(expression)": lambda: measurements.get_series(
                expression="source=7", progress=bad
            ),
        }
        for name, call in calls.items():
            with pytest.raises(ConfigurationError, match="progress must be None or a callable"):
                await call()
            assert sent == [], name
    assert not (tmp_path / "m.parquet").exists()


# -- against the emulator ---------------------------------------------------------------------


async def test_measurement_tables_report_pages(c8y: CumulocityClient) -> None:
    device = await Device(c8y, name="meter").create()
    start = datetime(2024, 5, 1, tzinfo=UTC)
    await c8y.measurements.create(
        *(
            Measurement(
                type="t", source=device, time=start + timedelta(minutes=i), series=("c_T.T", i)
            )
            for i in range(5)
        )
    )
    calls: Calls = []
    table = await c8y.measurements.to_arrow(
        source=device, page_size=2, progress=lambda *a: calls.append(a)
    )
    assert table.num_rows == 5
    assert calls == [(2, 5), (4, 5), (5, 5)]
    calls.clear()
    got = await c8y.measurements.get_all(
        source=device, limit=None, page_size=4, progress=lambda *a: calls.append(a)
    )
    assert len(got) == 5
    assert calls == [(4, 5), (5, 5)]


async def test_get_series_reports_the_range_read(c8y: CumulocityClient) -> None:
    device = await Device(c8y, name="series").create()
    start = datetime(2024, 5, 1, tzinfo=UTC)
    await c8y.measurements.create(
        *(
            Measurement(
                type="t", source=device, time=start + timedelta(minutes=i), series=("c_T.T", i)
            )
            for i in range(3)
        )
    )
    calls: Calls = []
    end = start + timedelta(hours=1)
    result = await c8y.measurements.get_series(
        device, "c_T.T", after=start, before=end, progress=lambda *a: calls.append(a)
    )
    assert len(result) == 3
    assert calls == [(3_600_000, 3_600_000)]


async def test_get_series_completion_reports_until_the_whole_range() -> None:
    from c8y_objects.series import complete_series

    # A range of 100 ms answered by a truncated first answer up to ms 40, then the rest.
    def doc(stamps: list[int], truncated: bool) -> dict[str, Any]:
        values = {_iso(ms): [{"min": 1.0}] for ms in stamps}
        return {"series": [{"type": "c", "name": "T"}], "values": values, "truncated": truncated}

    async def fetch(low: int, high: int) -> dict[str, Any]:
        if high - low > 40:
            return doc([low, low + 30], truncated=True)
        return doc([low], truncated=False)

    seen: list[int] = []
    merged = await complete_series(
        fetch, doc([0, 40], True), 0, 100, reverse=False, workers=None, covered=seen.append
    )
    assert merged["truncated"] is False
    # The first answer's part (0..40) is the caller's; the completion settles the other 60 ms.
    assert sum(seen) == 60
    assert all(width >= 0 for width in seen)


def _iso(ms: int) -> str:
    from c8y_objects.series import format_millis

    return format_millis(ms)


async def test_get_series_with_an_expression_reports_one_answer(c8y: CumulocityClient) -> None:
    device = await Device(c8y, name="expr").create()
    calls: Calls = []
    await c8y.measurements.get_series(
        expression=f"source={device.id}&dateFrom=2024-05-01T00:00:00Z&dateTo=2024-05-02T00:00:00Z",
        progress=lambda *a: calls.append(a),
    )
    assert calls == [(1, 1)]


# -- the tqdm adapter ---------------------------------------------------------------------------


async def typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (never run): the adapter is a valid ``progress=`` everywhere."""
    with tqdm_progress("devices") as bar:
        await c8y.inventory.get_all(limit=None, progress=bar)
        await c8y.measurements.to_arrow(progress=bar)
        await c8y.events.create(progress=bar)


async def test_tqdm_bar_follows_a_query(mocked: CumulocityClient) -> None:
    out = io.StringIO()
    with tqdm_progress("devices", file=out, mininterval=0) as bar:
        await mocked.inventory.get_all(limit=None, page_size=PAGE, progress=bar)
        assert (bar.bar.n, bar.bar.total) == (3, 3)
    assert "devices" in out.getvalue()
    assert "3/3" in out.getvalue()


def test_tqdm_bar_grows_its_total_and_stays_open_ended_without_one() -> None:
    out = io.StringIO()
    bar = TqdmProgress(file=out, mininterval=0)
    bar(2, None)
    assert (bar.bar.n, bar.bar.total) == (2, None)
    bar(5, 10)
    assert (bar.bar.n, bar.bar.total) == (5, 10)
    bar.close()
    assert "5/10" in out.getvalue()


def test_tqdm_missing_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(MissingDependencyError, match=r"c8y-objects\[tqdm\]") as caught:
        tqdm_progress()
    assert caught.value.extra == "tqdm"
