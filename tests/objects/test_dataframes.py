"""`to_dataframe` of Events, Measurements, Operations and Binaries against the emulator.

Each test runs in-process and over loopback (the loopback emulator is shared by the tests of
this module, so each test works on a device of its own).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest

from c8y_objects import (
    Binary,
    ConfigurationError,
    CumulocityClient,
    Device,
    Event,
    Measurement,
    Operation,
    UnknownFilterError,
)
from tests.objects.emulated import requests_log, unique

T0 = datetime(2024, 5, 1, tzinfo=UTC)


async def new_device(api: CumulocityClient) -> str:
    device = await Device(
        api, name=unique("df"), type="test", com_cumulocity_model_Agent={}
    ).create()
    assert device.id is not None
    return device.id


def last_query(log: list[dict[str, Any]], path: str) -> dict[str, list[str]]:
    """The query of the last logged GET of `path`."""
    gets = [e for e in log if e["method"] == "GET" and e["path"] == path]
    assert gets, f"no GET {path} in the request log"
    return parse_qs(gets[-1]["query"])


async def test_events_to_dataframe(api: CumulocityClient) -> None:
    device = await new_device(api)
    other = await new_device(api)
    for minute in range(7):
        extra = {"c8y_Door": {"state": f"s{minute}"}} if minute % 2 else {}
        time = T0 + timedelta(minutes=minute)
        await Event(
            api, type="c8y_Door", time=time, source=device, text=f"t{minute}", **extra
        ).create()
    await Event(api, type="c8y_Door", time=T0, source=other, text="elsewhere").create()

    frame = await api.events.to_dataframe(
        source=device,
        columns=["text", ("state", "c8y_Door.state"), ("device", "source.id")],
        page_size=3,
    )
    assert list(frame.columns) == ["text", "state", "device"]
    # Every match (not select's default of 5), newest first as the platform lists them.
    assert frame["text"].tolist() == [f"t{m}" for m in reversed(range(7))]
    assert frame["device"].tolist() == [device] * 7
    assert frame["state"].isna().tolist() == [m % 2 == 0 for m in reversed(range(7))]
    assert frame["state"].dropna().tolist() == ["s5", "s3", "s1"]
    query = last_query(await requests_log(api), "/event/events")
    assert query["source"] == [device]

    some = await api.events.to_dataframe(source=device, columns=["id"], limit=2, include="c8y_Door")
    assert len(some) == 2
    dated = await api.events.to_dataframe(
        source=device, after=T0 + timedelta(minutes=5), columns=["text"]
    )
    assert sorted(dated["text"]) == ["t5", "t6"]
    raw = await api.events.to_dataframe(f"source={other}&type=c8y_Door", columns=["text"])
    assert raw["text"].tolist() == ["elsewhere"]


async def test_measurements_to_dataframe(api: CumulocityClient) -> None:
    device = await new_device(api)
    for i in range(3):
        series: list[tuple[str, float, str]] = [("c8y_T.T", 20.0 + i, "C")]
        if i == 1:
            series.append(("c8y_H.H", 50.0, "%"))
        await Measurement(
            api, type="c8y_Climate", source=device, time=T0 + timedelta(hours=i), series=series
        ).create()

    frame = await api.measurements.to_dataframe(
        source=device,
        columns=["time", ("t", "c8y_T.T.value"), ("unit", "c8y_T.T.unit"), ("h", "c8y_H.H.value")],
    )
    assert list(frame.columns) == ["time", "t", "unit", "h"]
    assert frame["t"].tolist() == [20.0, 21.0, 22.0]
    assert frame["unit"].tolist() == ["C", "C", "C"]
    assert frame["h"].isna().tolist() == [True, False, True]
    assert frame["h"][1] == 50.0
    assert [datetime.fromisoformat(t) for t in frame["time"]] == [
        T0 + timedelta(hours=i) for i in range(3)
    ]
    # The series filter of select: only the measurements that carry c8y_H.H.
    humid = await api.measurements.to_dataframe(
        source=device, series="c8y_H.H", columns=[("h", "c8y_H.H.value")]
    )
    assert humid["h"].tolist() == [50.0]
    query = last_query(await requests_log(api), "/measurement/measurements")
    assert query["valueFragmentType"] == ["c8y_H"]
    assert query["valueFragmentSeries"] == ["H"]


async def test_operations_to_dataframe(api: CumulocityClient) -> None:
    device = await new_device(api)
    await Operation(
        api, device_id=device, description="restart", c8y_Restart={"reason": "update"}
    ).create()
    await Operation(api, device_id=device, description="firmware", c8y_Firmware={}).create()

    frame = await api.operations.to_dataframe(
        device_id=device,
        columns=["description", "status", ("reason", "c8y_Restart.reason"), "deviceId"],
    )
    assert list(frame.columns) == ["description", "status", "reason", "deviceId"]
    frame = frame.sort_values("description", ignore_index=True)
    assert frame["description"].tolist() == ["firmware", "restart"]
    assert frame["status"].tolist() == ["PENDING", "PENDING"]
    assert frame["deviceId"].tolist() == [device, device]
    assert frame["reason"].isna().tolist() == [True, False]
    assert frame["reason"][1] == "update"

    restarts = await api.operations.to_dataframe(
        device_id=device, fragment="c8y_Restart", columns=["description"]
    )
    assert restarts["description"].tolist() == ["restart"]
    extra = await api.operations.to_dataframe(
        device_id=device, columns=["description"], extra_params={"fragmentType": "c8y_Firmware"}
    )
    assert extra["description"].tolist() == ["firmware"]
    query = last_query(await requests_log(api), "/devicecontrol/operations")
    assert query["deviceId"] == [device]
    assert query["fragmentType"] == ["c8y_Firmware"]


async def test_binaries_to_dataframe(api: CumulocityClient) -> None:
    noted = await Binary(
        api, name="a.txt", content_type="text/plain", file=b"abc", c8y_Note={"by": "ops"}
    ).create()
    plain = await Binary(api, name="b.bin", file=b"\x00\x01").create()
    ids = [noted.id, plain.id]
    assert all(ids)

    frame = await api.binaries.to_dataframe(
        ids=[i for i in ids if i is not None],
        columns=["name", "length", ("note", "c8y_Note.by"), "id"],
    )
    assert list(frame.columns) == ["name", "length", "note", "id"]
    frame = frame.sort_values("name", ignore_index=True)
    assert frame["name"].tolist() == ["a.txt", "b.bin"]
    assert frame["length"].tolist() == [3, 2]
    assert frame["note"].isna().tolist() == [False, True]
    assert frame["note"][0] == "ops"
    # A single ID is one ID, not its characters.
    assert noted.id is not None
    one = await api.binaries.to_dataframe(ids=noted.id, columns=["name"])
    assert one["name"].tolist() == ["a.txt"]
    query = last_query(await requests_log(api), "/inventory/binaries")
    assert query["ids"] == [noted.id]


@pytest.mark.parametrize(
    ("resource", "misspelt"),
    [
        ("events", "sorce"),
        ("measurements", "sereis"),
        ("operations", "devce_id"),
        ("binaries", "tpye"),
    ],
)
async def test_to_dataframe_refuses_before_any_request(
    api: CumulocityClient, resource: str, misspelt: str
) -> None:
    main_api: Any = getattr(api, resource)
    with pytest.raises(UnknownFilterError, match=misspelt):
        await main_api.to_dataframe(columns=["id"], **{misspelt: "1"})
    with pytest.raises(ConfigurationError, match="non-empty list"):
        await main_api.to_dataframe(columns=[])
    with pytest.raises(ConfigurationError, match="non-empty list"):
        await main_api.to_dataframe(columns="id")
    with pytest.raises(ConfigurationError, match="twice"):
        await main_api.to_dataframe(columns=["id", ("id", "self")])
    assert await requests_log(api) == []
