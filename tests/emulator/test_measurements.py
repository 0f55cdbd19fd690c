"""Measurements over HTTP: creation, series rules, filters, paging, deletion, supported series."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from c8y_emulator import create_app
from c8y_emulator.testing import asgi_client

MEASUREMENTS = "/measurement/measurements"
MOS = "/inventory/managedObjects"
MEASUREMENT = "application/vnd.com.nsn.cumulocity.measurement+json"
COLLECTION = "application/vnd.com.nsn.cumulocity.measurementcollection+json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"


async def _device(client: httpx.AsyncClient, **fragments: Any) -> str:
    response = await client.post(MOS, json={"name": "dev", "c8y_IsDevice": {}, **fragments})
    return str(response.json()["id"])


def _temperature(source: str, time: str, value: float, **extra: Any) -> dict[str, Any]:
    return {
        "source": {"id": source},
        "time": time,
        "type": "c8y_TemperatureMeasurement",
        "c8y_Temperature": {"T": {"value": value, "unit": "C"}},
        **extra,
    }


async def _create_many(client: httpx.AsyncClient, items: list[dict[str, Any]]) -> list[str]:
    response = await client.post(
        MEASUREMENTS,
        json={"measurements": items},
        headers={"Content-Type": COLLECTION, "Accept": COLLECTION},
    )
    assert response.status_code == 201, response.text
    return [m["id"] for m in response.json()["measurements"]]


async def _ids(client: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await client.get(MEASUREMENTS, params={"pageSize": 2000, **params})
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["measurements"]]


# --- creation ------------------------------------------------------------------------------


async def test_create_one_answers_the_measurement_with_links(any_client: httpx.AsyncClient) -> None:
    source = await _device(any_client)
    response = await any_client.post(
        MEASUREMENTS,
        json=_temperature(source, "2024-05-01T12:00:00+02:00", 21.5, id="1", self="x"),
        headers={"Content-Type": MEASUREMENT, "Accept": MEASUREMENT},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith(MEASUREMENT)
    body = response.json()
    base = str(any_client.base_url).rstrip("/")
    assert body["id"] != "1"
    assert body["self"] == f"{base}{MEASUREMENTS}/{body['id']}"
    assert response.headers["location"] == body["self"]
    assert body["source"] == {"id": source, "self": f"{base}{MOS}/{source}"}
    assert body["time"] == "2024-05-01T10:00:00.000Z"  # answered as UTC with milliseconds
    assert body["type"] == "c8y_TemperatureMeasurement"
    assert body["c8y_Temperature"] == {"T": {"value": 21.5, "unit": "C"}}
    fetched = await any_client.get(f"{MEASUREMENTS}/{body['id']}")
    assert fetched.json() == body


async def test_create_without_accept_answers_an_empty_body(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    response = await client.post(
        MEASUREMENTS,
        content=httpx.Request("POST", "/", json=_temperature(source, "2024-05-01", 1)).read(),
        headers={"Content-Type": MEASUREMENT, "Accept": ""},
    )
    assert response.status_code == 201
    assert response.content == b""
    assert (await client.get(response.headers["location"])).json()["time"] == (
        "2024-05-01T00:00:00.000Z"
    )


async def test_create_a_collection_answers_the_collection_in_order(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    items = [_temperature(source, f"2024-05-01T10:0{i}:00Z", i) for i in range(3)]
    response = await client.post(
        MEASUREMENTS,
        json={"measurements": items},
        headers={"Content-Type": COLLECTION, "Accept": COLLECTION},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith(COLLECTION)
    created = response.json()["measurements"]
    assert [m["c8y_Temperature"]["T"]["value"] for m in created] == [0, 1, 2]
    assert len({m["id"] for m in created}) == 3
    for measurement in created:
        assert (await client.get(measurement["self"])).json() == measurement


async def test_plain_json_with_a_measurements_list_is_a_collection(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    response = await client.post(
        MEASUREMENTS,
        json={"measurements": [_temperature(source, "2024-05-01T10:00:00Z", 1)]},
        headers={"Accept": COLLECTION},
    )
    assert response.status_code == 201
    assert len(response.json()["measurements"]) == 1


async def test_series_rules_keep_numeric_values_and_plain_fragments(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    response = await client.post(
        MEASUREMENTS,
        json={
            "source": {"id": source},
            "time": "2024-05-01T10:00:00Z",
            "type": "mixed",
            "c8y_Mixed": {
                "double": {"value": 3.5, "unit": "RAD"},
                "integer": {"value": 9007199254740993},
                "flag": {"value": False, "unit": "t/f"},
                "listed": {"value": [1, 2]},
                "bare": 42,
                "nounit": {"unit": "C"},
            },
            "c8y_OnlyInvalid": {"flag": {"value": True}, "text": {"value": "x"}},
            "c8y_Note": "plain",
        },
        headers={"Accept": MEASUREMENT},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["c8y_Mixed"] == {
        "double": {"value": 3.5, "unit": "RAD"},
        "integer": {"value": 9007199254740993},  # a 64-bit integer stays exact
    }
    assert body["c8y_OnlyInvalid"] == {"flag": {"value": True}, "text": {"value": "x"}}
    assert body["c8y_Note"] == "plain"
    series = (await client.get(f"{MOS}/{source}/supportedSeries")).json()
    assert series == {"c8y_SupportedSeries": ["c8y_Mixed.double", "c8y_Mixed.integer"]}


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"source": None}, "source"),
        ({"source": {"id": ""}}, "source"),
        ({"source": {"id": "424242"}}, "424242"),
        ({"source": {"id": "abc"}}, "abc"),
        ({"type": None}, "type"),
        ({"type": ""}, "type"),
        ({"type": 5}, "type"),
        ({"time": None}, "time"),
        ({"time": "yesterday"}, "time"),
        ({"time": 1714557600000}, "time"),
        ({"c8y_Temperature": {"T": {"value": 1, "unit": None}}}, "unit"),
        ({"c8y_Temperature": {"T": {"value": 1, "unit": 7}}}, "unit"),
        ({"c8y_Temperature": {"T": {"value": 2**63}}}, "64-bit"),
        ({"": {"T": {"value": 1}}}, "empty"),
    ],
)
async def test_invalid_measurements_get_422_and_store_nothing(
    client: httpx.AsyncClient, change: dict[str, Any], needle: str
) -> None:
    source = await _device(client)
    document = _temperature(source, "2024-05-01T10:00:00Z", 1)
    document.update(change)
    document = {k: v for k, v in document.items() if v is not None}
    response = await client.post(MEASUREMENTS, json=document)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(ERROR)
    assert response.json()["error"] == "measurement/Invalid Data"
    assert needle in response.json()["message"]
    assert await _ids(client) == []


async def test_a_collection_with_one_bad_entry_stores_nothing(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    items = [_temperature(source, "2024-05-01T10:00:00Z", i) for i in range(3)]
    items.append(_temperature("424242", "2024-05-01T10:00:00Z", 9))
    response = await client.post(
        MEASUREMENTS, json={"measurements": items}, headers={"Content-Type": COLLECTION}
    )
    assert response.status_code == 422
    items[3] = {**items[0], "time": "never"}
    response = await client.post(
        MEASUREMENTS, json={"measurements": items}, headers={"Content-Type": COLLECTION}
    )
    assert response.status_code == 422
    assert "measurements[3]" in response.json()["message"]
    assert await _ids(client) == []
    assert (await client.get(f"{MOS}/{source}/supportedSeries")).json() == {
        "c8y_SupportedSeries": []
    }


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (b"{not json", 400),
        (b"[1, 2]", 422),
        (b'{"measurements": []}', 422),
        (b'{"measurements": {"a": 1}}', 422),
        (b'{"measurements": [5]}', 422),
    ],
)
async def test_malformed_bodies_are_refused(
    client: httpx.AsyncClient, content: bytes, status: int
) -> None:
    response = await client.post(
        MEASUREMENTS, content=content, headers={"Content-Type": COLLECTION}
    )
    assert response.status_code == status
    assert set(response.json()) == {"error", "message", "info"}


async def test_creating_a_measurement_counts_as_a_message_of_the_source(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client, c8y_RequiredAvailability={"responseInterval": 10})
    before = (await client.get(f"{MOS}/{source}/availability")).json()
    assert before["dataStatus"] == "UNAVAILABLE"
    await client.post(MEASUREMENTS, json=_temperature(source, "2024-05-01T10:00:00Z", 1))
    after = (await client.get(f"{MOS}/{source}/availability")).json()
    assert after["dataStatus"] == "AVAILABLE"
    assert "lastMessage" in after


# --- reading, filters, paging --------------------------------------------------------------


async def test_get_and_delete_unknown_ids_answer_404(client: httpx.AsyncClient) -> None:
    for raw in ("424242", "abc", "9" * 30):
        for method in ("GET", "DELETE"):
            response = await client.request(method, f"{MEASUREMENTS}/{raw}")
            assert response.status_code == 404
            assert response.json()["error"] == "measurement/Not Found"
            assert raw in response.json()["message"]


async def test_filters_by_source_type_fragment_series_and_dates(
    client: httpx.AsyncClient,
) -> None:
    one, two = await _device(client), await _device(client)
    ids = await _create_many(
        client,
        [
            _temperature(one, "2024-05-01T10:00:00Z", 1),
            _temperature(one, "2024-05-02T10:00:00Z", 2),
            _temperature(two, "2024-05-01T12:00:00Z", 3),
            {
                "source": {"id": one},
                "time": "2024-05-03T00:00:00Z",
                "type": "c8y_Power",
                "c8y_Power": {"P": {"value": 4}, "Q": {"value": 5}},
            },
        ],
    )
    assert await _ids(client, source=one) == [ids[0], ids[1], ids[3]]
    assert await _ids(client, source=two) == [ids[2]]
    assert await _ids(client, source="424242") == []
    assert await _ids(client, source="not-an-id") == []
    assert await _ids(client, type="c8y_Power") == [ids[3]]
    by_time = [ids[0], ids[2], ids[1]]
    assert await _ids(client, valueFragmentType="c8y_Temperature") == by_time
    assert await _ids(client, valueFragmentType="c8y_Power", valueFragmentSeries="Q") == [ids[3]]
    assert await _ids(client, valueFragmentSeries="T") == by_time
    assert await _ids(client, valueFragmentType="c8y_Power", valueFragmentSeries="T") == []
    # dateFrom is inclusive, dateTo exclusive; a bare date is midnight UTC.
    assert await _ids(client, dateFrom="2024-05-01T12:00:00Z", dateTo="2024-05-03") == [
        ids[2],
        ids[1],
    ]
    assert await _ids(client, dateFrom="2024-05-02T12:00:00+02:00") == [ids[1], ids[3]]
    assert await _ids(client, source=one, dateTo="2024-05-01T10:00:00.001Z") == [ids[0]]


async def test_order_is_oldest_first_and_revert_reverses_it(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    times = ["2024-05-03T00:00:00Z", "2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z"]
    ids = await _create_many(client, [_temperature(source, t, 0) for t in times])
    assert await _ids(client, source=source) == [ids[1], ids[2], ids[0]]
    assert await _ids(client, source=source, revert="true") == [ids[0], ids[2], ids[1]]
    response = await client.get(MEASUREMENTS, params={"revert": "sometimes"})
    assert response.status_code == 422


async def test_paging_statistics_and_links(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    ids = await _create_many(
        client, [_temperature(source, f"2024-05-01T10:{i:02d}:00Z", i) for i in range(7)]
    )
    seen: list[str] = []
    url: str | None = MEASUREMENTS + f"?source={source}&pageSize=3&withTotalPages=true"
    pages = 0
    while url:
        page = (await client.get(url)).json()
        assert page["statistics"]["totalPages"] == 3
        seen.extend(m["id"] for m in page["measurements"])
        url = page.get("next")
        pages += 1
    assert pages == 3
    assert seen == ids
    counted = await client.get(
        MEASUREMENTS, params={"source": source, "withTotalElements": "true", "pageSize": 1}
    )
    assert counted.json()["statistics"]["totalElements"] == 7
    for bad in ({"pageSize": "0"}, {"currentPage": "x"}, {"dateFrom": "soon"}):
        response = await client.get(MEASUREMENTS, params=bad)
        assert response.status_code == 422
        assert response.json()["error"] == "measurement/Invalid Data"


async def test_measurement_api_resource(client: httpx.AsyncClient) -> None:
    response = await client.get("/measurement")
    assert response.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.measurementapi+json"
    )
    document = response.json()
    assert document["measurements"]["self"].endswith(MEASUREMENTS)
    assert document["measurementsForSource"].endswith("?source={source}")


# --- deletion ------------------------------------------------------------------------------


async def test_delete_by_id_removes_it_and_its_series_values(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    first, second = await _create_many(
        client,
        [
            _temperature(source, "2024-05-01T10:00:00Z", 1),
            {
                "source": {"id": source},
                "time": "2024-05-01T11:00:00Z",
                "type": "c8y_Power",
                "c8y_Power": {"P": {"value": 4}},
            },
        ],
    )
    assert (await client.delete(f"{MEASUREMENTS}/{second}")).status_code == 204
    assert (await client.get(f"{MEASUREMENTS}/{second}")).status_code == 404
    assert await _ids(client) == [first]
    supported = (await client.get(f"{MOS}/{source}/supportedMeasurements")).json()
    assert supported == {"c8y_SupportedMeasurements": ["c8y_Temperature"]}
    series = await client.get(
        f"{MEASUREMENTS}/series",
        params={"source": source, "dateFrom": "2024-01-01", "dateTo": "2025-01-01"},
    )
    assert [s["type"] for s in series.json()["series"]] == ["c8y_Temperature"]


async def test_delete_by_filter_needs_a_guard_and_narrows(client: httpx.AsyncClient) -> None:
    one, two = await _device(client), await _device(client)
    ids = await _create_many(
        client,
        [
            _temperature(one, "2024-05-01T10:00:00Z", 1),
            _temperature(one, "2024-05-02T10:00:00Z", 2),
            _temperature(two, "2024-05-01T10:00:00Z", 3),
            {
                "source": {"id": one},
                "time": "2024-05-01T11:00:00Z",
                "type": "c8y_Power",
                "c8y_Power": {"P": {"value": 4}},
            },
        ],
    )
    refused = await client.delete(MEASUREMENTS, params={"type": "c8y_TemperatureMeasurement"})
    assert refused.status_code == 422
    assert "source" in refused.json()["message"]
    assert len(await _ids(client)) == 4

    deleted = await client.delete(
        MEASUREMENTS, params={"source": one, "dateTo": "2024-05-02", "fragmentType": "c8y_Power"}
    )
    assert deleted.status_code == 204
    assert await _ids(client) == [ids[0], ids[2], ids[1]]
    assert (await client.get(f"{MOS}/{one}/supportedMeasurements")).json() == {
        "c8y_SupportedMeasurements": ["c8y_Temperature"]
    }
    await client.delete(MEASUREMENTS, params={"dateFrom": "2024-05-02"})
    assert await _ids(client) == [ids[0], ids[2]]
    await client.delete(MEASUREMENTS, params={"source": two, "type": "c8y_TemperatureMeasurement"})
    assert await _ids(client) == [ids[0]]
    bad = await client.delete(MEASUREMENTS, params={"dateFrom": "2024-13-45"})
    assert bad.status_code == 422
    assert await _ids(client) == [ids[0]]


async def test_deleting_the_source_deletes_its_measurements(client: httpx.AsyncClient) -> None:
    one, two = await _device(client), await _device(client)
    ids = await _create_many(
        client,
        [_temperature(one, "2024-05-01T10:00:00Z", 1), _temperature(two, "2024-05-01", 2)],
    )
    assert (await client.delete(f"{MOS}/{one}")).status_code == 204
    assert await _ids(client) == [ids[1]]
    assert (await client.get(f"{MEASUREMENTS}/{ids[0]}")).status_code == 404


# --- supported measurements and series -----------------------------------------------------


async def test_supported_measurements_and_series_come_from_stored_data(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(
        client,
        c8y_SupportedMeasurements=["c8y_Declared"],
        c8y_SupportedSeries=["c8y_Declared.X"],
    )
    await _create_many(
        client,
        [
            {
                "source": {"id": source},
                "time": "2024-05-01T10:00:00Z",
                "type": "m",
                "c8y_Power": {"P": {"value": 4}, "Q": {"value": 5}},
                "c8y_Temperature": {"T": {"value": 20}},
            },
            {
                "source": {"id": source},
                "time": "2024-05-01T11:00:00Z",
                "type": "m",
                "c8y_Declared": {"X": {"value": 1}},
            },
        ],
    )
    measured = (await client.get(f"{MOS}/{source}/supportedMeasurements")).json()
    assert measured == {
        "c8y_SupportedMeasurements": ["c8y_Declared", "c8y_Power", "c8y_Temperature"]
    }
    series = (await client.get(f"{MOS}/{source}/supportedSeries")).json()
    assert series == {
        "c8y_SupportedSeries": [
            "c8y_Declared.X",
            "c8y_Power.P",
            "c8y_Power.Q",
            "c8y_Temperature.T",
        ]
    }
    for path in ("supportedMeasurements", "supportedSeries"):
        missing = await client.get(f"{MOS}/424242/{path}")
        assert missing.status_code == 404
        assert missing.json()["error"] == "inventory/Not Found"


async def test_measurements_survive_a_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "measurements.sqlite3")
    first = create_app(database)
    try:
        async with asgi_client(first) as client:
            source = await _device(client)
            ids = await _create_many(
                client, [_temperature(source, f"2024-05-01T10:0{i}:00Z", i) for i in range(3)]
            )
    finally:
        first.close()
    second = create_app(database)
    try:
        async with asgi_client(second) as client:
            assert await _ids(client, source=source) == ids
            series = (await client.get(f"{MOS}/{source}/supportedSeries")).json()
            assert series == {"c8y_SupportedSeries": ["c8y_Temperature.T"]}
    finally:
        second.close()


async def test_an_empty_unit_is_kept_and_named_by_the_series(client: httpx.AsyncClient) -> None:
    """The generic value schema sets no minimum length on ``unit``; clients send ``""``."""
    source = await _device(client)
    document = _temperature(source, "2024-05-01T10:00:00Z", 1)
    document["c8y_Temperature"]["T"]["unit"] = ""
    response = await client.post(MEASUREMENTS, json=document, headers={"Accept": MEASUREMENT})
    assert response.status_code == 201, response.text
    assert response.json()["c8y_Temperature"] == {"T": {"value": 1, "unit": ""}}
    series = await client.get(
        MEASUREMENTS + "/series",
        params={"source": source, "dateFrom": "2024-05-01", "dateTo": "2024-05-02"},
    )
    assert series.json()["series"] == [{"unit": "", "name": "T", "type": "c8y_Temperature"}]
