"""Query parameter building, page size inference and select semantics (pure and on a mock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import orjson
import pytest

from c8y_objects import (
    BulkError,
    ConfigurationError,
    CumulocityClient,
    Device,
    JsonPathMatcher,
    ManagedObject,
    NaiveDatetimeError,
    NotFoundError,
    ObjectStateError,
    ServerError,
)
from c8y_objects._api import (
    infer_page_size,
)
from c8y_objects._query import QuerySpec, camel_name, expression_params
from c8y_objects.errors import WireMismatchError
from c8y_objects.inventory import inventory_query_params
from c8y_rest import wire

# -- pure parameter building -----------------------------------------------------------------


def test_camel_name() -> None:
    assert camel_name("with_children_count") == "withChildrenCount"
    assert camel_name("withParents") == "withParents"
    assert camel_name("type") == "type"


_SPEC = QuerySpec(
    "tests.SampleFilters",
    wire.GET_EVENT_COLLECTION_RESOURCE,
    ["with_source_assets", "source", "type", "date_from", "fragment"],
    params={"fragment": "fragmentType"},
)


def test_query_spec_converts_names_and_values() -> None:
    params = _SPEC.build(
        {
            "with_source_assets": True,
            "source": 5,
            "type": (1, "2"),
            "date_from": datetime(2024, 1, 1, tzinfo=UTC),
            "fragment": None,
        },
        call="select",
        extra_params={"pageSize": 3},
    )
    assert params == {
        "withSourceAssets": True,
        "source": 5,
        "type": ["1", "2"],
        "dateFrom": "2024-01-01T00:00:00.000Z",
        "pageSize": 3,
    }
    assert _SPEC.build({"fragment": "c8y_X"}, call="select") == {"fragmentType": "c8y_X"}


def test_query_spec_query_sends_an_expression_as_it_is_or_builds_the_filters() -> None:
    raw = _SPEC.query("type=a b&x=1", {}, call="select", extra_params={"pageSize": 2})
    assert raw == {"type": "a b", "x": "1", "pageSize": 2}
    assert _SPEC.query(None, {"source": 5}, call="select") == {"source": 5}
    with pytest.raises(ConfigurationError, match="expression and the filter"):
        _SPEC.query("type=a", {"source": 5}, call="select")


def test_query_spec_refuses_naive_datetimes() -> None:
    with pytest.raises(NaiveDatetimeError, match="date_from"):
        _SPEC.build({"date_from": datetime(2024, 1, 1)}, call="select")


def test_query_spec_refuses_a_filter_the_operation_does_not_declare() -> None:
    with pytest.raises(WireMismatchError, match=r"tests\.SampleFilters\.nonsense_flag"):
        QuerySpec(
            "tests.SampleFilters", wire.GET_MANAGED_OBJECT_COLLECTION_RESOURCE, ["nonsense_flag"]
        )


def test_expression_is_split_unchanged() -> None:
    assert expression_params("type=a%20b&withParents=true") == {
        "type": "a b",
        "withParents": "true",
    }
    with pytest.raises(ConfigurationError, match="not a query string"):
        expression_params("just text")


@pytest.mark.parametrize(
    ("limit", "page_size", "client_side", "expected"),
    [
        (5, None, False, 5),
        (None, None, False, 2000),
        (5000, None, False, 2000),
        (5, None, True, 100),
        (50, None, True, 500),
        (None, None, True, 2000),
        (5, 17, True, 17),
        (0, None, False, 2000),
    ],
)
def test_infer_page_size(
    limit: int | None, page_size: int | None, client_side: bool, expected: int
) -> None:
    assert infer_page_size(limit, page_size, client_side) == expected


@pytest.mark.parametrize(("limit", "page_size"), [(-1, None), (5, 0), (5, 2001), (5, "10")])
def test_infer_page_size_refuses_out_of_range(limit: Any, page_size: Any) -> None:
    with pytest.raises(ConfigurationError):
        infer_page_size(limit, page_size, False)


def test_plain_filters_stay_parameters() -> None:
    assert inventory_query_params(
        "objects", type="t", owner="o", text="x", fragment="f", with_children=False
    ) == {"type": "t", "owner": "o", "text": "x", "fragmentType": "f", "withChildren": False}


def test_device_mode_adds_the_device_fragment() -> None:
    assert inventory_query_params("devices", type="t") == {
        "type": "t",
        "fragmentType": "c8y_IsDevice",
    }
    assert inventory_query_params("groups") == {"fragmentType": "c8y_IsDeviceGroup"}


def test_name_forces_the_query_form_with_every_filter() -> None:
    params = inventory_query_params(
        "devices", name="it's", type="t", owner="o", fragment="f", order_by="name desc"
    )
    assert params == {
        "query": "$filter=(has(c8y_IsDevice) and has(f) and name eq 'it''s' and type eq 't' "
        "and owner eq 'o') $orderby=name desc"
    }


def test_parent_and_fragments_force_the_query_form() -> None:
    assert inventory_query_params("objects", parent=12) == {"query": "$filter=(bygroupid(12))"}
    assert inventory_query_params("objects", fragments=["a", "b"], only_roots=True) == {
        "query": "$filter=(has(a) and has(b))",
        "onlyRoots": True,
    }


def test_a_custom_query_goes_alone_and_as_q_for_devices() -> None:
    assert inventory_query_params("objects", query="name eq 'x'") == {"query": "name eq 'x'"}
    assert inventory_query_params("devices", query="name eq 'x'") == {"q": "name eq 'x'"}
    # The platform lets a query override type: rather than drop type unsent, refuse it.
    with pytest.raises(ConfigurationError, match="type would not be sent"):
        inventory_query_params("objects", query="name eq 'x'", type="t")


def test_ids_go_alone_with_the_flags() -> None:
    assert inventory_query_params("objects", ids=[1, 2], with_parents=True) == {
        "ids": ["1", "2"],
        "withParents": True,
    }
    with pytest.raises(ConfigurationError, match="type would not be sent"):
        inventory_query_params("objects", ids=[1, 2], type="t")


# -- select on a mock transport --------------------------------------------------------------


def page_server(
    total: int, seen: list[dict[str, list[str]]]
) -> Callable[[httpx.Request], httpx.Response]:
    """A mock collection of `total` objects; records each request's query."""

    def handle(request: httpx.Request) -> httpx.Response:
        query = parse_qs(urlsplit(str(request.url)).query)
        seen.append(query)
        size = int(query["pageSize"][0])
        page = int(query["currentPage"][0])
        start = (page - 1) * size
        items = [
            {"id": str(i), "name": f"o{i}", "odd": i % 2 == 1}
            for i in range(start, min(total, start + size))
        ]
        return httpx.Response(200, content=orjson.dumps({"managedObjects": items}))

    return handle


async def no_sleep(seconds: float) -> None:
    """Retries in these tests do not wait."""


def client(handler: Callable[[httpx.Request], httpx.Response]) -> CumulocityClient:
    return CumulocityClient(
        base_url="http://mock",
        tenant_id="t1",
        username="u",
        password="p",
        transport=httpx.MockTransport(handler),
        retry_sleep=no_sleep,
    )


async def test_select_defaults_to_five_results_in_one_request() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(100, seen)) as c8y:
        objs = [o async for o in c8y.inventory.select()]
    assert [o.id for o in objs] == ["0", "1", "2", "3", "4"]
    assert all(isinstance(o, ManagedObject) and o.c8y is c8y for o in objs)
    assert len(seen) == 1
    assert seen[0]["pageSize"] == ["5"]


async def test_select_without_limit_reads_every_page() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(25, seen)) as c8y:
        ids = [o.id async for o in c8y.inventory.select(limit=None, page_size=10)]
    assert ids == [str(i) for i in range(25)]
    assert [q["currentPage"] for q in seen] == [["1"], ["2"], ["3"]]


async def test_client_side_filter_reads_on_until_limit_matches() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(1000, seen)) as c8y:
        odd = await c8y.inventory.get_all(
            include=JsonPathMatcher("$[?(@.odd == true)]"), limit=3, page_size=2
        )
        even = await c8y.inventory.get_all(exclude=lambda o: o["odd"], limit=2)
    assert [o.id for o in odd] == ["1", "3", "5"]
    assert len(seen) == 4  # pages of 2 until the third match
    assert [o.id for o in even] == ["0", "2"]
    assert seen[-1]["pageSize"] == ["100"]  # inferred: larger with client-side filters


async def test_as_values_skips_objects() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(3, seen)) as c8y:
        names = await c8y.inventory.get_all(as_values="name", limit=None)
        pairs = await c8y.inventory.get_all(as_values=["id", ("missing", 0)], limit=2)
        odd_names = await c8y.inventory.get_all(
            as_values="name", include=lambda o: o["odd"], limit=None
        )
    assert names == ["o0", "o1", "o2"]
    assert pairs == [("0", 0), ("1", 0)]
    assert odd_names == ["o1"]


async def test_page_number_reads_one_page_only() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(100, seen)) as c8y:
        ids = await c8y.inventory.get_all(page_number=3, page_size=10, limit=None)
    assert ids[0].id == "20"
    assert len(ids) == 10
    assert len(seen) == 1


async def test_filters_reach_the_request() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(0, seen)) as c8y:
        await c8y.device_inventory.get_all(
            type="t", with_parents=True, extra_params={"customParam": "x"}
        )
        with pytest.raises(ConfigurationError, match=r"an expression and the filter\(s\) type"):
            await c8y.inventory.get_all("type=raw&withChildren=false", type="dropped")
        await c8y.inventory.get_all("type=raw&withChildren=false")
    assert seen[0]["type"] == ["t"]
    assert seen[0]["fragmentType"] == ["c8y_IsDevice"]
    assert seen[0]["withParents"] == ["true"]
    assert seen[0]["customParam"] == ["x"]
    assert seen[1]["type"] == ["raw"]
    assert seen[1]["withChildren"] == ["false"]


async def test_bad_select_arguments_fail_at_the_call_not_on_iteration() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(10, seen)) as c8y:
        with pytest.raises(ConfigurationError):
            c8y.inventory.select(limit=-1)
        with pytest.raises(ConfigurationError):
            c8y.inventory.select(page_size=5000)
        with pytest.raises(ConfigurationError):
            c8y.inventory.select(workers=0)
        with pytest.raises(ConfigurationError):
            c8y.inventory.select(as_values=[])
    assert seen == []


async def test_breaking_out_of_select_stops_requests() -> None:
    seen: list[dict[str, list[str]]] = []
    async with client(page_server(10_000, seen)) as c8y:
        async for _ in c8y.inventory.select(limit=None, page_size=10, workers=4):
            break
    assert len(seen) <= 4


# -- active records on a mock: copy= and failure semantics -----------------------------------


def object_server(
    state: dict[str, Any], log: list[tuple[str, str, Any]], fail: set[str]
) -> Callable[[httpx.Request], httpx.Response]:
    """One managed object '7'; PUT merges top-level keys; methods in `fail` answer 500."""

    def handle(request: httpx.Request) -> httpx.Response:
        body = orjson.loads(request.content) if request.content else None
        log.append((request.method, request.url.path, body))
        if request.method in fail:
            return httpx.Response(500, json={"error": "x/boom", "message": "boom"})
        if request.url.path != "/inventory/managedObjects/7":
            return httpx.Response(404, json={"error": "inventory/Not Found", "message": "no"})
        if request.method == "PUT":
            assert body is not None
            for key, value in body.items():
                if value is None:
                    state.pop(key, None)
                else:
                    state[key] = value
        return httpx.Response(200, content=orjson.dumps(state))

    return handle


def seven() -> dict[str, Any]:
    return {"id": "7", "name": "n", "frag": {"a": 1}, "other": {"b": 2}}


async def test_update_sends_only_changes_and_adopts_the_server_state() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        obj = await c8y.inventory.get(7)
        obj["frag"]["a"] = 2
        del obj["other"]
        result = await obj.update()
    assert result is obj
    assert log[-1] == ("PUT", "/inventory/managedObjects/7", {"frag": {"a": 2}, "other": None})
    assert obj.to_diff_json() == {}
    assert obj._json == {"id": "7", "name": "n", "frag": {"a": 2}}


async def test_update_copy_leaves_self_unchanged() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        obj = await c8y.inventory.get(7)
        obj.name = "m"
        fresh = await obj.update(copy=True)
    assert fresh is not obj
    assert fresh.name == "m"
    assert obj.to_diff_json() == {"name": "m"}  # still staged on self


async def test_failed_update_leaves_the_object_exactly_as_it_was() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, {"PUT"})) as c8y:
        obj = await c8y.inventory.get(7)
        obj["frag"]["a"] = 5
        obj.name = "m"
        before = orjson.dumps(obj._json)
        with pytest.raises(ServerError, match="boom"):
            await obj.update()
    assert orjson.dumps(obj._json) == before
    assert obj.to_diff_json() == {"frag": {"a": 5}, "name": "m"}


async def test_reload_discards_changes_or_copies() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        obj = await c8y.inventory.get(7)
        obj.name = "local"
        copy = await obj.reload(copy=True)
        assert copy.name == "n"
        assert obj.name == "local"
        same = await obj.reload()
    assert same is obj
    assert obj.name == "n"
    assert obj.to_diff_json() == {}


async def test_apply_writes_json_and_honours_copy() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        obj = await c8y.inventory.get(7)
        fresh = await obj.apply({"extra": 1}, copy=True)
        assert fresh["extra"] == 1
        assert "extra" not in obj
        await obj.apply({"more": 2})
    assert obj["more"] == 2
    assert obj["extra"] == 1
    assert log[-1] == ("PUT", "/inventory/managedObjects/7", {"more": 2})


async def test_create_returns_a_fresh_instance() -> None:
    log: list[tuple[str, str, Any]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        log.append((request.method, request.url.path, orjson.loads(request.content)))
        return httpx.Response(
            201, content=orjson.dumps({"id": "9", **orjson.loads(request.content)})
        )

    async with client(handle) as c8y:
        draft = Device(c8y, name="d")
        created = await draft.create()
    assert created is not draft
    assert created.id == "9"
    assert draft.id is None
    assert log == [("POST", "/inventory/managedObjects", {"name": "d", "c8y_IsDevice": {}})]


async def test_calls_without_connection_or_id_are_refused_before_any_request() -> None:
    with pytest.raises(ObjectStateError, match="no connection"):
        await ManagedObject(name="x").create()
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        with pytest.raises(ObjectStateError, match="no database ID"):
            await ManagedObject(c8y, name="x").update()
        with pytest.raises(ObjectStateError):
            await c8y.inventory.update(ManagedObject(name="no id"))
    assert log == []


async def test_bulk_update_marks_each_saved_object() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        obj = await c8y.inventory.get(7)
        obj.name = "bulk"
        await c8y.inventory.update(obj, workers=2)
    assert obj.to_diff_json() == {}
    assert log[-1] == ("PUT", "/inventory/managedObjects/7", {"name": "bulk"})


async def test_bulk_error_names_the_failed_item() -> None:
    state, log = seven(), list[tuple[str, str, Any]]()
    async with client(object_server(state, log, set())) as c8y:
        with pytest.raises(BulkError) as info:
            await c8y.inventory.delete("7", "8", "9", workers=1)
    assert info.value.index == 1
    assert isinstance(info.value.error, NotFoundError)


async def test_paging_parameters_among_raw_ones_are_refused_not_overwritten(
    c8y: CumulocityClient,
) -> None:
    with pytest.raises(ConfigurationError, match="pageSize in the query"):
        c8y.inventory.select(extra_params={"pageSize": 50})
    with pytest.raises(ConfigurationError, match="currentPage in the query"):
        await c8y.alarms.get_all("currentPage=3")
    with pytest.raises(ConfigurationError, match="pageSize in the query"):
        await c8y.events.get_count(extra_params={"pageSize": 1})
