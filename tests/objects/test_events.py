"""Events without a server: the Event object, query parameters, request shapes, refusals.

Requests go to `httpx.MockTransport`, which records them, so paths, bodies and headers of the
attachment calls are checked exactly.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    Event,
    NaiveDatetimeError,
    ObjectStateError,
)
from c8y_objects.errors import UnknownFilterError
from c8y_objects.events import event_query_params
from tests.objects.mocks import multipart_parts

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

# -- the object -------------------------------------------------------------------------------


def test_event_json_and_properties() -> None:
    event = Event(type="c8y_Door", time=NOW, source=42, text="opened", c8y_Door={"open": True})
    assert event.to_json() == {
        "type": "c8y_Door",
        "text": "opened",
        "source": {"id": "42"},
        "time": "2024-05-01T12:00:00.000Z",
        "c8y_Door": {"open": True},
    }
    assert event.source == "42"
    assert event.datetime == NOW
    loaded = Event.from_json(
        {
            "id": "7",
            "type": "t",
            "text": "x",
            "time": "2024-05-01T12:00:00.000+02:00",
            "creationTime": "2024-05-01T10:00:01.000Z",
            "lastUpdated": "2024-05-01T10:00:02.000Z",
            "source": {"id": "42", "self": "http://x"},
        }
    )
    assert loaded.datetime == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert loaded.creation_datetime == datetime(2024, 5, 1, 10, 0, 1, tzinfo=UTC)
    assert loaded.updated_datetime == datetime(2024, 5, 1, 10, 0, 2, tzinfo=UTC)
    assert loaded.creation_time == "2024-05-01T10:00:01.000Z"
    assert loaded.updated_time == "2024-05-01T10:00:02.000Z"
    assert "creationTime" not in loaded.to_json()
    assert not loaded.has_attachment()
    loaded["c8y_IsBinary"] = {"name": "a"}
    assert loaded.has_attachment()


def test_event_refuses_naive_times() -> None:
    with pytest.raises(NaiveDatetimeError, match="time"):
        Event(type="t", time=datetime(2024, 1, 1))
    event = Event(type="t")
    with pytest.raises(NaiveDatetimeError, match="time"):
        event.time = "2024-01-01T00:00:00"
    assert "time" not in event


def test_changed_text_and_fragments_are_the_update_body() -> None:
    event = Event.from_json({"id": "1", "type": "t", "text": "a", "c8y_X": {"n": 1}})
    event.text = "b"
    event["c8y_X"]["n"] = 2
    event["c8y_New"] = {"k": "v"}
    assert event.to_diff_json() == {"text": "b", "c8y_X": {"n": 2}, "c8y_New": {"k": "v"}}


# -- query parameters -------------------------------------------------------------------------


def test_query_params_map_the_platform_names() -> None:
    params = event_query_params(
        type="t",
        source=5,
        fragment="c8y_Door",
        fragment_value="open",
        with_source_assets=True,
        with_source_devices=False,
        reverse=True,
        after=NOW,
        created_before="2024-06-01T00:00:00Z",
        updated_after=NOW - timedelta(days=1),
        with_source_children=True,
        with_source_additions=None,
    )
    assert params == {
        "type": "t",
        "source": "5",
        "fragmentType": "c8y_Door",
        "fragmentValue": "open",
        "withSourceAssets": True,
        "withSourceDevices": False,
        "revert": True,
        "dateFrom": "2024-05-01T12:00:00.000Z",
        "createdTo": "2024-06-01T00:00:00Z",
        "lastUpdatedFrom": "2024-04-30T12:00:00.000Z",
        "withSourceChildren": True,
    }


def test_date_aliases_and_ages() -> None:
    assert event_query_params(
        created_from=NOW, created_to=NOW + timedelta(1), last_updated_to=NOW
    ) == {
        "createdFrom": "2024-05-01T12:00:00.000Z",
        "createdTo": "2024-05-02T12:00:00.000Z",
        "lastUpdatedTo": "2024-05-01T12:00:00.000Z",
    }
    assert event_query_params(max_age=timedelta(hours=2), now=NOW) == {
        "dateFrom": "2024-05-01T10:00:00.000Z"
    }
    with pytest.raises(ConfigurationError, match="created_after and created_from both set"):
        event_query_params(created_after=NOW, created_from=NOW)
    with pytest.raises(NaiveDatetimeError, match="updated_before"):
        event_query_params(updated_before=datetime(2024, 1, 1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fragment": "a", "fragment_type": "b"}, "both set fragmentType"),
        ({"fragment_value": "x"}, "fragment_value needs fragment"),
        ({"with_source_assets": True}, "with_source_assets needs source"),
        ({"with_source_devices": True}, "with_source_devices needs source"),
    ],
)
def test_incomplete_or_conflicting_filters_are_refused(
    kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        event_query_params(**kwargs)


def test_source_in_extra_params_satisfies_the_source_flags() -> None:
    assert event_query_params(with_source_devices=True, extra_params={"source": "4"}) == {
        "withSourceDevices": True,
        "source": "4",
    }


def test_unknown_keywords_are_refused_and_named() -> None:
    with pytest.raises(UnknownFilterError, match=r"event_query_params\(\) got unknown filter"):
        event_query_params(page_hint=None)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="type given twice"):
        event_query_params(type="a", extra_params={"type": "b"})


def test_fragment_and_fragment_type_may_agree() -> None:
    assert event_query_params(fragment="a", fragment_type="a") == {"fragmentType": "a"}


# -- requests on a recording transport --------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "DELETE":
            return httpx.Response(204)
        if request.url.path.endswith("/binaries"):
            if request.method == "GET":
                return httpx.Response(200, content=b"\x00file", headers={"Content-Type": "x/y"})
            return httpx.Response(201, json={"name": "n", "type": "t", "source": "1"})
        if request.method == "GET":
            return httpx.Response(200, json={"events": [{"id": "3", "type": "t"}]})
        body = orjson.loads(request.content)
        return httpx.Response(201 if request.method == "POST" else 200, json={"id": "1", **body})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


async def test_create_attachment_posts_object_and_file_parts(
    mock_c8y: CumulocityClient, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8jpeg")
    event = Event.from_json({"id": "77", "type": "t"}, mock_c8y)
    answer = await event.create_attachment(path, "image/jpeg")
    assert answer == {"name": "n", "type": "t", "source": "1"}
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url.path == "/event/events/77/binaries"
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    parts = multipart_parts(request)
    assert orjson.loads(parts["object"][2]) == {"name": "photo.jpg", "type": "image/jpeg"}
    assert parts["file"] == ("photo.jpg", "image/jpeg", b"\xff\xd8jpeg")


async def test_update_attachment_puts_the_raw_content_with_its_name(
    mock_c8y: CumulocityClient, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"new")
    await mock_c8y.events.update_attachment("77", path, "text/plain")
    await mock_c8y.events.update_attachment("77", io.BytesIO(b"bytes only"))
    first, second = recorder.requests
    assert first.method == "PUT"
    assert first.url.path == "/event/events/77/binaries"
    assert first.content == b"new"
    assert first.headers["Content-Type"] == "text/plain"
    assert first.headers["Content-Disposition"] == 'attachment; filename="notes.txt"'
    assert second.content == b"bytes only"
    assert second.headers["Content-Type"] == "application/octet-stream"
    assert "Content-Disposition" not in second.headers


async def test_non_ascii_file_names_are_sent_in_both_forms(
    mock_c8y: CumulocityClient, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / 'Grüße "1".txt'
    path.write_bytes(b"x")
    await mock_c8y.events.update_attachment("1", path)
    disposition = recorder.requests[0].headers["Content-Disposition"]
    assert disposition == (
        "attachment; filename=\"Gr??e _1_.txt\"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%221%22.txt"
    )


async def test_download_and_delete_attachment(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    event = Event.from_json({"id": "5"}, mock_c8y)
    assert await event.download_attachment() == b"\x00file"
    assert await mock_c8y.events.download_attachment(event) == b"\x00file"
    await event.delete_attachment()
    await mock_c8y.events.delete_attachment("5")
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("GET", "/event/events/5/binaries"),
        ("GET", "/event/events/5/binaries"),
        ("DELETE", "/event/events/5/binaries"),
        ("DELETE", "/event/events/5/binaries"),
    ]


async def test_missing_attachment_file_fails_before_any_request(
    mock_c8y: CumulocityClient, recorder: Recorder, tmp_path: Path
) -> None:
    event = Event.from_json({"id": "5"}, mock_c8y)
    with pytest.raises(FileNotFoundError, match=r"missing\.bin"):
        await event.create_attachment(tmp_path / "missing.bin")
    with pytest.raises(FileNotFoundError):
        await mock_c8y.events.update_attachment("5", str(tmp_path / "missing.bin"))
    with pytest.raises(ObjectStateError, match="no database ID"):
        await Event(mock_c8y, type="t").create_attachment(b"x")
    assert recorder.requests == []


async def test_apply_to_sends_only_the_staged_changes(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    model = Event(mock_c8y, text="new text", c8y_X={"a": 1})
    result = await model.apply_to("9")
    await mock_c8y.events.apply_to(model, "10", Event.from_json({"id": "11"}))
    loaded = Event.from_json(
        {"id": "5", "type": "t", "text": "old", "c8y_Kept": {"k": 1}, "c8y_Y": {"n": 1}},
        mock_c8y,
    )
    loaded["c8y_Y"]["n"] = 2
    del loaded["c8y_Kept"]
    await loaded.apply_to(12)
    await mock_c8y.events.apply_to({"text": "raw", "type": "kept"}, "13")
    bodies = [(r.url.path, orjson.loads(r.content)) for r in recorder.requests]
    assert bodies == [
        ("/event/events/9", {"text": "new text", "c8y_X": {"a": 1}}),
        ("/event/events/10", {"text": "new text", "c8y_X": {"a": 1}}),
        ("/event/events/11", {"text": "new text", "c8y_X": {"a": 1}}),
        ("/event/events/12", {"c8y_Y": {"n": 2}, "c8y_Kept": None}),
        ("/event/events/13", {"text": "raw", "type": "kept"}),
    ]
    assert {r.headers["Content-Type"] for r in recorder.requests} == {
        "application/vnd.com.nsn.cumulocity.event+json"
    }
    assert result.id == "1"
    assert model.id is None
    assert model.to_diff_json() == {"text": "new text", "c8y_X": {"a": 1}}  # still staged


@pytest.mark.parametrize(
    ("model", "message"),
    [
        (Event(type="t", text="x"), "type is fixed"),
        (Event(source="1", time=NOW, text="x"), "source, time is fixed"),
        (Event.from_json({"id": "1", "text": "unchanged"}), "no staged changes"),
    ],
)
async def test_apply_to_refuses_fixed_keys_and_empty_changes_before_sending(
    mock_c8y: CumulocityClient, recorder: Recorder, model: Event, message: str
) -> None:
    model.c8y = mock_c8y
    with pytest.raises(ObjectStateError, match=message):
        await model.apply_to("9")
    with pytest.raises(ObjectStateError, match=message):
        await mock_c8y.events.apply_to(model, "9", "10")
    assert recorder.requests == []


async def test_bulk_create_checks_all_events_first(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    good = Event(type="t", source="1", text="x")
    with pytest.raises(ObjectStateError, match=r"event 1: .* has no text"):
        await mock_c8y.events.create(good, Event(type="t", source="1"))
    with pytest.raises(ObjectStateError, match=r"event 0: .* has no source"):
        await mock_c8y.events.create(Event(type="t", text="x"))
    with pytest.raises(ConfigurationError, match="event 0: expected an Event"):
        await mock_c8y.events.create({"type": "t"})  # type: ignore[arg-type]
    assert recorder.requests == []
    await mock_c8y.events.create(good, good, workers=2)
    assert len(recorder.requests) == 2
    for request in recorder.requests:
        body = orjson.loads(request.content)
        assert datetime.fromisoformat(body["time"]) <= datetime.now(UTC)
    assert "time" not in good


async def test_get_last_asks_for_one_event_in_a_range(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    last = await mock_c8y.events.get_last(source="4", type="t", min_age=timedelta(0))
    assert last is not None
    assert last.id == "3"
    params = dict(recorder.requests[0].url.params)
    assert params.pop("dateTo")
    assert params == {
        "source": "4",
        "type": "t",
        "dateFrom": "1970-01-01T00:00:00.000Z",
        "pageSize": "1",
        "currentPage": "1",
    }


async def test_get_last_keeps_a_given_lower_bound(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    await mock_c8y.events.get_last(source="4", after=NOW, extra_params={"withTotalPages": True})
    assert dict(recorder.requests[0].url.params) == {
        "source": "4",
        "dateFrom": "2024-05-01T12:00:00.000Z",
        "withTotalPages": "true",
        "pageSize": "1",
        "currentPage": "1",
    }
    with pytest.raises(ConfigurationError, match="reverse=True is refused"):
        await mock_c8y.events.get_last(source="4", reverse=True)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({}, ConfigurationError, "needs source or a date bound"),
        ({"type": "t"}, ConfigurationError, "needs source or a date bound"),
        ({"source": "1", "fragment_value": "x"}, UnknownFilterError, "filter.*fragment_value"),
        (
            {"source": "1", "with_source_devices": True},
            UnknownFilterError,
            "filter.*with_source_devices",
        ),
        ({"source": "1", "updated_before": NOW}, UnknownFilterError, "filter.*updated_before"),
        ({"source": "1", "fragment": "a", "fragment_type": "b"}, ConfigurationError, "both set"),
    ],
)
async def test_delete_by_refuses_calls_that_would_delete_too_much(
    mock_c8y: CumulocityClient,
    recorder: Recorder,
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        await mock_c8y.events.delete_by(**kwargs)
    assert recorder.requests == []


async def test_delete_by_sends_the_supported_filters(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    await mock_c8y.events.delete_by(type="t", fragment="f", created_before=NOW)
    (request,) = recorder.requests
    assert request.method == "DELETE"
    assert dict(request.url.params) == {
        "type": "t",
        "fragmentType": "f",
        "createdTo": "2024-05-01T12:00:00.000Z",
    }


async def test_the_data_apis_are_attached_to_the_client(mock_c8y: CumulocityClient) -> None:
    from c8y_objects import Binaries, Events, Measurements

    assert isinstance(mock_c8y.events, Events)
    assert isinstance(mock_c8y.measurements, Measurements)
    assert isinstance(mock_c8y.binaries, Binaries)
    assert mock_c8y.events is mock_c8y.events
    assert mock_c8y.events.c8y is mock_c8y
    assert mock_c8y.measurements.c8y is mock_c8y
    assert mock_c8y.binaries.c8y is mock_c8y
