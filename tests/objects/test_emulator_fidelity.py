"""The emulator's fidelity fixes of issue 11, driven through our own SDK.

`tests/thirdparty/test_c8y_api.py` drives the same differences through the published c8y_api
client, and `tests/emulator/` at the HTTP level; these tests show that c8y_objects code gets
the platform's answers too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

import c8y_rest
from c8y_emulator import EmulatorApp
from c8y_objects import (
    Alarm,
    BulkError,
    CumulocityClient,
    Device,
    DeviceGroup,
    ManagedObject,
    Measurement,
    UnprocessableEntityError,
)
from c8y_rest.api.login_options import get_login_option_collection_resource
from tests.objects.emulated import unique

T0 = datetime(2024, 3, 1, tzinfo=UTC)


async def test_queries_take_unquoted_values_wildcards_and_a_sort(api: CumulocityClient) -> None:
    kind = unique("kind")
    prefix = unique("abc")
    names = [f"{prefix}-{n}" for n in ("a", "b", "c")]
    for name in names:
        await ManagedObject(api, name=name, type=kind).create()
    await ManagedObject(api, name=unique("other"), type=kind).create()

    found = await api.inventory.get_all(query=f"type eq {kind}", limit=None)
    assert len(found) == 4
    wildcard = await api.inventory.get_all(query=f"name eq {prefix}*", limit=None)
    assert sorted(mo.name or "" for mo in wildcard) == names
    ordered = await api.inventory.get_all(
        query=f"$filter=(type eq {kind} and name eq {prefix}*) $orderby=name desc", limit=None
    )
    assert [mo.name for mo in ordered] == sorted(names, reverse=True)


async def test_series_answer_exactly_the_requested_functions_as_floats(
    api: CumulocityClient,
) -> None:
    device = await Device(api, name=unique("d")).create()
    await api.measurements.create(
        *(
            Measurement(
                api,
                type="c8y_Climate",
                source=device,
                time=T0 + timedelta(minutes=minute),
                series=("c8y_Temperature.T", minute, "C"),
            )
            for minute in range(120)
        )
    )
    series = await api.measurements.get_series(
        device,
        "c8y_Temperature.T",
        after=T0,
        before=T0 + timedelta(hours=2),
        aggregation_function=["avg", "count", "sum"],
        aggregation_interval="1h",
    )
    rows = series.collect(value=["avg", "count", "sum"])
    assert rows == [(29.5, 60.0, 1770.0), (89.5, 60.0, 5370.0)]
    assert all(type(value) is float for row in rows for value in row)
    assert {
        key for entry in series["values"].values() for value in entry if value for key in value
    } == {
        "avg",
        "count",
        "sum",
    }


async def test_an_empty_unit_is_kept(api: CumulocityClient) -> None:
    device = await Device(api, name=unique("d")).create()
    created = await Measurement(
        api, type="c8y_Count", source=device, time=T0, series=("c8y_Count.n", 3, "")
    ).create()
    stored = await api.measurements.get(created.id or "")
    assert stored["c8y_Count.n"] == {"value": 3, "unit": ""}


async def test_children_are_listed_unless_asked_not_to(api: CumulocityClient) -> None:
    group = await DeviceGroup(api, name=unique("g")).create()
    child = await Device(api, name=unique("d")).create()
    await group.assign_child_asset(child)
    read = await api.inventory.get(group.id or "")
    assert [ref["managedObject"]["id"] for ref in read["childAssets.references"]] == [child.id]
    bare = await api.inventory.get(group.id or "", with_children=False)
    assert bare["childAssets.references"] == []


async def test_a_put_may_repeat_an_alarms_source_but_not_change_it(
    api: CumulocityClient,
) -> None:
    device = await Device(api, name=unique("d")).create()
    other = await Device(api, name=unique("d")).create()
    alarm = await Alarm(
        api, type="c8y_Test", source=device, time=T0, text="t", severity="MINOR"
    ).create()
    # A full document read earlier, sent back with one change (as clients that PUT what they
    # read do): the unchanged source is accepted.
    document = {k: v for k, v in alarm.json.items() if k not in ("id", "self", "creationTime")}
    document["text"] = "changed"
    await api.alarms.apply_to(document, alarm)
    assert (await alarm.reload(copy=True)).text == "changed"
    document["source"] = {"id": other.id}
    with pytest.raises(BulkError) as failed:
        await api.alarms.apply_to(document, alarm)
    assert isinstance(failed.value.__cause__, UnprocessableEntityError)
    assert "source cannot be changed" in str(failed.value.__cause__)
    assert (await alarm.reload(copy=True)).source == device.id


async def test_login_options_answer_without_credentials(emulator_app: EmulatorApp) -> None:
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=emulator_app),
        base_url="http://emulator",
        event_hooks={"request": [record]},
    ) as http:
        client = c8y_rest.Client(base_url="http://emulator").set_async_httpx_client(http)
        response = await get_login_option_collection_resource.asyncio_detailed(client=client)
    assert response.status_code == 200
    assert [r.url.path for r in sent] == ["/tenant/loginOptions"]
    assert "Authorization" not in sent[0].headers  # the request really went without credentials
