"""Inventory queries as the wire sees them: filter rewriting, checks, and requests on a mock.

Pure tests of `inventory_query_params` and the request building, then the exact URLs, media
types and query strings on `httpx.MockTransport` (the emulator decodes paths, a mock does not).
"""

from __future__ import annotations

from typing import Any, assert_type

import httpx
import orjson
import pandas
import pytest

from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    Device,
    DeviceGroup,
    ManagedObject,
    ObjectStateError,
)
from c8y_objects._api import split_columns
from c8y_objects.errors import InvalidIdError, UnknownFilterError, WireMismatchError
from c8y_objects.inventory import (
    InventoryFilters,
    InventorySelection,
    ObjectReadOptions,
    _child_links,
    inventory_query_params,
)
from c8y_rest import wire
from c8y_rest.wire import Operation
from tests.objects.mocks import mock_client, query

# -- rewriting the filters ------------------------------------------------------------------


def test_a_single_fragments_string_is_one_fragment() -> None:
    assert inventory_query_params("objects", fragments="c8y_IsDevice") == {
        "fragmentType": "c8y_IsDevice"
    }
    assert inventory_query_params("objects", fragments="ab", fragment="c") == {
        "query": "$filter=(has(ab) and has(c))"
    }
    # A device inventory already asks for c8y_IsDevice: the same name is not added twice.
    assert inventory_query_params("devices", fragments="c8y_IsDevice") == {
        "fragmentType": "c8y_IsDevice"
    }
    assert inventory_query_params("devices", fragments=("x",)) == {
        "query": "$filter=(has(c8y_IsDevice) and has(x))"
    }


@pytest.mark.parametrize(
    ("ids", "sent"),
    [
        ("12", ["12"]),
        (12, ["12"]),
        (["12", 3], ["12", "3"]),
        (ManagedObject(id="7"), ["7"]),
        ((ManagedObject(id="7"), "8"), ["7", "8"]),
    ],
)
def test_a_single_id_is_one_id(ids: Any, sent: list[str]) -> None:
    assert inventory_query_params("objects", ids=ids) == {"ids": sent}


@pytest.mark.parametrize(
    ("filters", "named"),
    [
        ({"ids": "1", "type": "t"}, "type"),
        ({"ids": ["1", "2"], "name": "n", "fragment": "f"}, "fragment, name"),
        ({"query": "name eq 'x'", "type": "t"}, "type"),
        ({"query": "name eq 'x'", "ids": "1"}, "ids"),
        ({"query": "name eq 'x'", "parent": "3", "order_by": "name"}, "order_by, parent"),
    ],
)
def test_a_filter_beside_query_or_ids_is_refused_not_dropped(
    filters: dict[str, Any], named: str
) -> None:
    # query and ids are sent alone: a filter beside them would silently go unsent
    with pytest.raises(ConfigurationError, match="would not be sent") as refused:
        inventory_query_params("objects", **filters)
    assert named in str(refused.value)


def test_flags_still_go_beside_query_and_ids() -> None:
    assert inventory_query_params("objects", query="name eq 'x'", with_children=False) == {
        "query": "name eq 'x'",
        "withChildren": False,
    }


@pytest.mark.parametrize("ids", [["1,2"], "3,4"])
def test_an_id_with_a_comma_is_refused(ids: Any) -> None:
    with pytest.raises(InvalidIdError, match="comma"):
        inventory_query_params("objects", ids=ids)


@pytest.mark.parametrize("ids", [[""], [None], [1.5], b"12", {"1": 2}])
def test_malformed_ids_are_refused(ids: Any) -> None:
    with pytest.raises(ConfigurationError):
        inventory_query_params("objects", ids=ids)


@pytest.mark.parametrize(
    "filters",
    [
        {"parent": "1) or has(x"},
        {"parent": "1 "},
        {"fragment": "a) or (has(b"},
        {"fragments": ["ok", "not ok"]},
        {"fragments": [5]},
    ],
)
def test_what_cannot_be_written_into_a_query_is_refused(filters: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"parent|fragment"):
        inventory_query_params("objects", **filters)


def test_a_parent_object_becomes_its_id_in_the_query() -> None:
    assert inventory_query_params("objects", parent=ManagedObject(id="42")) == {
        "query": "$filter=(bygroupid(42))"
    }


def test_child_filters_take_objects_and_ids() -> None:
    params = inventory_query_params(
        "objects",
        child_device_id=ManagedObject(id="5"),
        child_asset_id=6,
        child_addition_id="7",
        with_groups=True,
    )
    assert params == {
        "childDeviceId": "5",
        "childAssetId": "6",
        "childAdditionId": "7",
        "withGroups": True,
    }


def test_text_stays_a_parameter_beside_the_query() -> None:
    assert inventory_query_params("objects", name="n", text="x y") == {
        "query": "$filter=(name eq 'n')",
        "text": "x y",
    }


def test_unknown_keywords_are_refused_and_named() -> None:
    with pytest.raises(UnknownFilterError, match=r"tpye.*extra_params="):
        inventory_query_params("objects", tpye="x")  # type: ignore[call-arg]
    with pytest.raises(UnknownFilterError, match="q"):
        inventory_query_params("devices", q="x")  # type: ignore[call-arg]
    with pytest.raises(UnknownFilterError, match="fragmentType"):
        inventory_query_params("objects", fragmentType="x")  # type: ignore[call-arg]


def test_extra_params_are_merged_but_never_override_a_filter() -> None:
    assert inventory_query_params(
        "objects", type="t", extra_params={"withTotalElements": True, "custom": "x"}
    ) == {"type": "t", "withTotalElements": True, "custom": "x"}
    with pytest.raises(ConfigurationError, match="fragmentType given twice"):
        inventory_query_params("objects", fragment="a", extra_params={"fragmentType": "b"})


def test_the_typed_dicts_declare_every_filter_once() -> None:
    selection = InventorySelection.__optional_keys__
    read = ObjectReadOptions.__optional_keys__
    assert not selection & read
    assert selection | read <= InventoryFilters.__optional_keys__
    assert "with_children" in read
    assert "fragments" in selection


# -- the wire checks made at import ---------------------------------------------------------


def _post(media_types: tuple[str, ...], params: tuple[str, ...] = ("id",)) -> Operation[object]:
    return Operation(
        operation_id="postX",
        method="POST",
        path="/x/{id}/children",
        path_params=params,
        query_params=frozenset(),
        request_media_types=media_types,
        response_media_types=(),
    )


def test_child_links_need_the_reference_media_type_and_the_path_parameters() -> None:
    unassign = wire.DELETE_MANAGED_OBJECT_CHILD_DEVICE_RESOURCE
    reference = "application/vnd.com.nsn.cumulocity.managedobjectreference+json"
    links = _child_links(
        _post(("application/vnd.com.nsn.cumulocity.managedobject+json", reference)), unassign
    )
    assert links.media_type == reference
    with pytest.raises(WireMismatchError, match="postX"):
        _child_links(_post(("application/vnd.com.nsn.cumulocity.managedobject+json",)), unassign)
    with pytest.raises(WireMismatchError, match="path parameters"):
        _child_links(_post((reference,), params=("parentId",)), unassign)


# -- to_dataframe columns -------------------------------------------------------------------


def test_frame_columns_take_paths_and_named_paths() -> None:
    assert split_columns(["id", ("model", "c8y_Hardware.model")]) == (
        ["id", "model"],
        ["id", "c8y_Hardware.model"],
    )


@pytest.mark.parametrize(
    "columns", [[], "id", ["id", "id"], [("a",)], [("a", 1)], [5], [("x", "a"), "x"]]
)
def test_malformed_frame_columns_are_refused(columns: Any) -> None:
    with pytest.raises(ConfigurationError, match="columns"):
        split_columns(columns)


# -- the requests, exactly as sent ----------------------------------------------------------


class Recorder:
    """Answers every request with `answer` and keeps the requests."""

    def __init__(self, answer: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = {"id": "1"} if answer is None else answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, content=orjson.dumps(self.answer))

    @property
    def paths(self) -> list[bytes]:
        return [r.url.raw_path for r in self.requests]


async def test_ids_become_one_encoded_segment_in_every_path() -> None:
    recorder = Recorder()
    async with mock_client(recorder) as c8y:
        await c8y.inventory.get("1/2?x=3#f")
        await c8y.inventory.get_latest_availability("a/b")
        await c8y.inventory.get_supported_series("..x")
        await c8y.inventory.get_supported_measurements("%2F")
        await c8y.inventory.assign_child_devices("p/1", "c?2")
        await c8y.inventory.unassign_child_assets("p#1", "c/2")
        await c8y.device_inventory.get_user("a/b")
        await Device(c8y, id="9/9", name="x y").get_user()
    assert recorder.paths == [
        b"/inventory/managedObjects/1%2F2%3Fx%3D3%23f",
        b"/inventory/managedObjects/a%2Fb/availability",
        b"/inventory/managedObjects/..x/supportedSeries",
        b"/inventory/managedObjects/%252F/supportedMeasurements",
        b"/inventory/managedObjects/p%2F1/childDevices",
        b"/inventory/managedObjects/p%231/childAssets/c%2F2",
        b"/user/t1/users/device_a%2Fb",
        b"/user/t1/users/device_x%20y",
    ]
    assert orjson.loads(recorder.requests[4].content) == {"managedObject": {"id": "c?2"}}


@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_ids_that_cannot_be_a_segment_are_refused_before_any_request(bad: str) -> None:
    recorder = Recorder()
    async with mock_client(recorder) as c8y:
        with pytest.raises(ConfigurationError):
            await c8y.inventory.get(bad)
        with pytest.raises(ConfigurationError):
            await c8y.inventory.get_latest_availability(bad)
        with pytest.raises(ConfigurationError):
            await c8y.inventory.unassign_child_devices("1", "2", bad)
        with pytest.raises(ConfigurationError):
            await c8y.inventory.assign_child_additions(bad, "2")
        with pytest.raises(ConfigurationError):
            await ManagedObject(c8y, id="1").unassign_child_asset(bad)
        with pytest.raises((InvalidIdError, ObjectStateError)):  # "" is no ID at all
            await ManagedObject(c8y, id=bad).assign_child_asset("2")
        with pytest.raises(ConfigurationError):
            await c8y.inventory.delete("1", bad)
    assert recorder.requests == []


async def test_child_links_send_a_reference_with_the_reference_media_type() -> None:
    recorder = Recorder()
    async with mock_client(recorder) as c8y:
        parent = ManagedObject(c8y, id="1")
        await parent.assign_child_device("2")
        await parent.assign_child_asset(ManagedObject(id="3"))
        await c8y.inventory.assign_child_additions(parent, 4)
        await c8y.group_inventory.assign_children("1", "5")
    assert [r.headers["Content-Type"] for r in recorder.requests] == [
        "application/vnd.com.nsn.cumulocity.managedobjectreference+json"
    ] * 4
    assert [orjson.loads(r.content)["managedObject"]["id"] for r in recorder.requests] == [
        "2",
        "3",
        "4",
        "5",
    ]


async def test_delete_flags_come_from_the_delete_operation() -> None:
    recorder = Recorder()
    async with mock_client(recorder) as c8y:
        await ManagedObject(c8y, id="1").delete_tree()
        await Device(c8y, id="2").delete(with_device_user=True)
        await Device(c8y, id="3").delete_tree()
        await c8y.group_inventory.delete("4")
        await c8y.device_inventory.delete_trees("5", with_device_user=True)
        await c8y.inventory.delete("6")
    assert [query(r) for r in recorder.requests] == [
        {"forceCascade": ["true"]},
        {"withDeviceUser": ["true"]},
        {"cascade": ["true"]},
        {"cascade": ["false"]},
        {"cascade": ["true"], "withDeviceUser": ["true"]},
        {},
    ]
    assert {r.method for r in recorder.requests} == {"DELETE"}


async def test_get_sends_the_read_options_and_refuses_others() -> None:
    recorder = Recorder()
    async with mock_client(recorder) as c8y:
        await c8y.inventory.get(1, with_children=False, with_latest_values=True)
        await c8y.inventory.get(1, extra_params={"custom": "x"})
        with pytest.raises(UnknownFilterError, match="with_child"):
            await c8y.inventory.get(1, with_child=True)  # type: ignore[call-arg]
        with pytest.raises(UnknownFilterError, match="type"):
            await c8y.inventory.get(1, type="x")  # type: ignore[call-arg]
    assert [query(r) for r in recorder.requests] == [
        {"withChildren": ["false"], "withLatestValues": ["true"]},
        {"custom": ["x"]},
    ]


async def test_a_device_query_goes_as_q_and_a_built_query_as_query() -> None:
    recorder = Recorder({"managedObjects": []})
    async with mock_client(recorder) as c8y:
        await c8y.device_inventory.get_all(query="name eq 'x'", with_parents=True)
        await c8y.device_inventory.get_all(name="x")
        await c8y.inventory.get_all(query="name eq 'x'")
    sent = [query(r) for r in recorder.requests]
    assert sent[0]["q"] == ["name eq 'x'"]
    assert sent[0]["withParents"] == ["true"]
    assert "query" not in sent[0]
    assert sent[1]["query"] == ["$filter=(has(c8y_IsDevice) and name eq 'x')"]
    assert sent[2]["query"] == ["name eq 'x'"]


async def test_an_expression_takes_extra_params_but_not_twice() -> None:
    recorder = Recorder({"managedObjects": []})
    async with mock_client(recorder) as c8y:
        await c8y.inventory.get_all("type=t", extra_params={"withParents": "true"})
        with pytest.raises(ConfigurationError, match="type given twice"):
            await c8y.inventory.get_all("type=t", extra_params={"type": "u"})
        with pytest.raises(UnknownFilterError, match="tpye"):
            await c8y.inventory.get_all("type=t", tpye="u")  # type: ignore[call-overload]
    assert len(recorder.requests) == 1
    assert query(recorder.requests[0])["type"] == ["t"]
    assert query(recorder.requests[0])["withParents"] == ["true"]


async def _typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (never run): what `get_by` and `to_dataframe` give a type checker."""
    assert_type(await c8y.device_inventory.get_by(name="x"), Device)
    assert_type(await c8y.group_inventory.get_by(parent="1"), DeviceGroup)
    assert_type(await c8y.inventory.get_by(ids="1", as_values="name"), Any)
    assert_type(await c8y.inventory.get_by(as_values=["id", ("name", "")]), tuple[Any, ...])
    assert_type(await c8y.inventory.to_dataframe(columns=["id"], type="t"), pandas.DataFrame)
