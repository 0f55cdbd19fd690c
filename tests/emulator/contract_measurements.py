"""Contract scenario for measurements (``/measurement``) and supported measurements/series.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios. The series request here
asks for series that have a value at every timestamp: a gap is answered ``null``, which the
upstream ``MeasurementSeriesValue`` schema does not allow (pinned in ``test_series.py``).
"""

from __future__ import annotations

import httpx

MEASUREMENT = "application/vnd.com.nsn.cumulocity.measurement+json"
COLLECTION = "application/vnd.com.nsn.cumulocity.measurementcollection+json"
MEASUREMENTS = "/measurement/measurements"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", MEASUREMENTS, 400): "malformed JSON body",
    ("GET", MEASUREMENTS, 422): "invalid date or paging value",
    ("GET", MEASUREMENTS + "/series", 422): "source/dateFrom/dateTo missing, bad aggregationType",
    ("GET", MEASUREMENTS + "/series", 400): "aggregationFunction without aggregationInterval",
}


def _measurement(source: str, time: str, value: float) -> dict[str, object]:
    return {
        "source": {"id": source},
        "time": time,
        "type": "c8y_Climate",
        "c8y_Climate": {
            "temperature": {"value": value, "unit": "C"},
            "humidity": {"value": value * 2, "unit": "%RH"},
        },
    }


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every measurement operation the emulator implements."""
    mos = "/inventory/managedObjects"
    source = (await client.post(mos, json={"name": "M", "c8y_IsDevice": {}})).json()["id"]
    await client.get("/measurement")
    single = await client.post(
        MEASUREMENTS,
        json=_measurement(source, "2024-05-01T10:00:00.000Z", 20.5),
        headers={"Content-Type": MEASUREMENT, "Accept": MEASUREMENT},
    )
    await client.post(
        MEASUREMENTS,
        json={
            "measurements": [
                _measurement(source, f"2024-05-01T1{hour}:30:00+02:00", hour) for hour in range(4)
            ]
        },
        headers={"Content-Type": COLLECTION, "Accept": COLLECTION},
    )
    await client.post(
        MEASUREMENTS, json=_measurement(source, "2024-05-02T00:00:00Z", 1), headers={"Accept": ""}
    )
    await client.post(MEASUREMENTS, json=_measurement("424242", "2024-05-01T10:00:00Z", 1))
    await client.post(MEASUREMENTS, json={"source": {"id": source}, "type": "x"})
    await client.post(MEASUREMENTS, content=b"{", headers={"Content-Type": MEASUREMENT})
    measurement_id = single.json()["id"]

    await client.get(f"{MEASUREMENTS}/{measurement_id}")
    await client.get(f"{MEASUREMENTS}/424242")
    queries: list[dict[str, str | int]] = [
        {},
        {"source": source, "withTotalPages": "true", "withTotalElements": "true", "pageSize": 2},
        {"valueFragmentType": "c8y_Climate", "valueFragmentSeries": "temperature"},
        {"dateFrom": "2024-05-01", "dateTo": "2024-05-02T00:00:00Z", "revert": "true"},
        {"type": "c8y_Climate", "currentPage": 2, "pageSize": 1},
        {"dateFrom": "yesterday"},
    ]
    for params in queries:
        await client.get(MEASUREMENTS, params=params)

    series = f"{MEASUREMENTS}/series"
    window = {"source": source, "dateFrom": "2024-05-01", "dateTo": "2024-05-03"}
    await client.get(series, params=window)
    await client.get(
        series,
        params={**window, "series": ["c8y_Climate.temperature", "c8y_Climate.humidity"]},
    )
    await client.get(series, params={**window, "aggregationType": "HOURLY", "revert": "true"})
    await client.get(series, params={**window, "aggregationInterval": "1d"})
    functions = ["avg", "sum", "count", "stdDevPop", "min"]
    await client.get(
        series, params={**window, "aggregationInterval": "15m", "aggregationFunction": functions}
    )
    await client.get(series, params={**window, "aggregationType": "WEEKLY"})
    await client.get(series, params={**window, "aggregationFunction": "avg"})
    await client.get(series, params={"source": source})

    await client.get(f"{mos}/{source}/supportedMeasurements")
    await client.get(f"{mos}/{source}/supportedSeries")

    await client.delete(f"{MEASUREMENTS}/{measurement_id}")
    await client.delete(f"{MEASUREMENTS}/{measurement_id}")
    await client.delete(MEASUREMENTS, params={"source": source, "type": "c8y_Climate"})
    await client.delete(MEASUREMENTS, params={"type": "c8y_Climate"})
