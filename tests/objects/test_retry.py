"""Retry decisions (pure) and the retry transport (over httpx.MockTransport)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import orjson
import pytest

from c8y_objects._retry import (
    Outcome,
    RetryPolicy,
    RetryTransport,
    classify_exception,
    parse_retry_after,
)
from tests.objects.conftest import RecordingSleep

IDEMPOTENT = ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"]
NOT_IDEMPOTENT = ["POST", "PATCH"]
ALL_METHODS = IDEMPOTENT + NOT_IDEMPOTENT
NO_RETRY_STATUSES = [200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 422]
OTHER_5XX = [500, 501, 502, 504, 599]
NOTHING_SENT: list[Outcome] = ["connect", "pool"]
MAYBE_APPLIED: list[Outcome] = ["read", "write", "timeout"]
PLATFORM_503 = orjson.dumps({"error": "general/serviceUnavailable", "message": "busy"})

POLICY = RetryPolicy(max_retries=3, backoff_base=0.5, backoff_cap=8.0, retry_after_cap=60.0)


def always_full() -> float:
    return 1.0


# --- the pure decision ------------------------------------------------------------------------


@pytest.mark.parametrize("method", ALL_METHODS)
@pytest.mark.parametrize("status", NO_RETRY_STATUSES)
def test_success_and_client_errors_are_never_retried(method: str, status: int) -> None:
    assert POLICY.delay(method, status, 1, {"retry-after": "1"}) is None


@pytest.mark.parametrize("method", ALL_METHODS)
def test_429_is_retried_for_every_method(method: str) -> None:
    assert POLICY.delay(method, 429, 1, {}, jitter=always_full) == 0.5


@pytest.mark.parametrize("status", OTHER_5XX)
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_5xx_is_retried_for_idempotent_methods(method: str, status: int) -> None:
    assert POLICY.delay(method, status, 1, {}, jitter=always_full) == 0.5


@pytest.mark.parametrize("status", [*OTHER_5XX, 503])
@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
def test_5xx_without_platform_body_is_not_retried_for_post(method: str, status: int) -> None:
    assert POLICY.delay(method, status, 1, {}, platform_error_body=False) is None


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
def test_503_with_platform_error_body_is_retried_for_post(method: str) -> None:
    wait = POLICY.delay(method, 503, 1, {}, platform_error_body=True, jitter=always_full)
    assert wait == 0.5


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
def test_500_with_platform_error_body_is_still_not_retried_for_post(method: str) -> None:
    assert POLICY.delay(method, 500, 1, {}, platform_error_body=True) is None


@pytest.mark.parametrize("kind", NOTHING_SENT)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_failures_before_sending_are_retried_for_every_method(method: str, kind: Outcome) -> None:
    assert POLICY.delay(method, kind, 1, jitter=always_full) == 0.5


@pytest.mark.parametrize("kind", MAYBE_APPLIED)
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_failures_after_sending_are_retried_for_idempotent_methods(
    method: str, kind: Outcome
) -> None:
    assert POLICY.delay(method, kind, 1, jitter=always_full) == 0.5


@pytest.mark.parametrize("kind", MAYBE_APPLIED)
@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
def test_failures_after_sending_are_never_retried_for_post(method: str, kind: Outcome) -> None:
    assert POLICY.delay(method, kind, 1) is None


def test_method_case_does_not_matter() -> None:
    assert POLICY.delay("get", 500, 1, jitter=always_full) == 0.5
    assert POLICY.delay("post", 500, 1) is None


@pytest.mark.parametrize("outcome", [429, 500, 503, "connect", "read"])
def test_attempts_are_bounded_by_max_retries(outcome: Outcome) -> None:
    policy = RetryPolicy(max_retries=2)
    assert policy.delay("GET", outcome, 1) is not None
    assert policy.delay("GET", outcome, 2) is not None
    assert policy.delay("GET", outcome, 3) is None
    assert policy.delay("GET", outcome, 10) is None


def test_zero_max_retries_disables_retrying() -> None:
    policy = RetryPolicy(max_retries=0)
    assert policy.delay("GET", 429, 1, {"retry-after": "1"}) is None
    assert policy.delay("GET", "connect", 1) is None


def test_backoff_doubles_per_attempt_up_to_the_cap() -> None:
    policy = RetryPolicy(max_retries=10, backoff_base=0.5, backoff_cap=8.0)
    ceilings = [policy.delay("GET", 500, n, jitter=always_full) for n in range(1, 8)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.999])
def test_backoff_uses_full_jitter(fraction: float) -> None:
    wait = POLICY.delay("GET", 502, 3, jitter=lambda: fraction)
    assert wait == pytest.approx(2.0 * fraction)


def test_default_jitter_stays_within_the_ceiling() -> None:
    waits = [POLICY.delay("GET", 500, 3) for _ in range(200)]
    assert all(w is not None and 0.0 <= w <= 2.0 for w in waits)
    assert len(set(waits)) > 1  # really random


def test_retry_after_seconds_replace_the_backoff() -> None:
    assert POLICY.delay("GET", 429, 1, {"retry-after": "7"}) == 7.0
    assert POLICY.delay("POST", 429, 3, {"retry-after": "0"}) == 0.0


def test_retry_after_is_capped() -> None:
    assert POLICY.delay("GET", 503, 1, {"retry-after": "3600"}) == 60.0
    policy = RetryPolicy(retry_after_cap=5.0)
    assert policy.delay("GET", 429, 1, {"retry-after": "30"}) == 5.0


def test_retry_after_http_date_is_relative_to_now() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    header = {"retry-after": format_datetime(now + timedelta(seconds=30), usegmt=True)}
    assert POLICY.delay("GET", 429, 1, header, now=now) == 30.0


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    assert POLICY.delay("GET", 429, 2, {"retry-after": "soon"}, jitter=always_full) == 1.0


def test_retry_after_does_not_make_a_post_500_retryable() -> None:
    assert POLICY.delay("POST", 500, 1, {"retry-after": "1"}) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("12", 12.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        ("-3", None),
        ("nan", None),
        ("inf", None),
        ("later", None),
        ("Wed, 01 May 2024 12:00:10 GMT", 10.0),
        ("Wed, 01 May 2024 11:59:00 GMT", 0.0),  # in the past: no wait
        ("Wed, 01 May 2024 12:01:00", 60.0),  # no zone: read as UTC
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == expected


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ConnectError("refused"), "connect"),
        (httpx.ConnectTimeout("slow"), "connect"),
        (httpx.PoolTimeout("busy"), "pool"),
        (httpx.WriteError("broken pipe"), "write"),
        (httpx.WriteTimeout("slow"), "write"),
        (httpx.ReadTimeout("slow"), "timeout"),
        (httpx.ReadError("reset"), "read"),
        (httpx.RemoteProtocolError("peer closed"), "read"),
        (httpx.CloseError("close"), "read"),
        (ValueError("not transport"), None),
    ],
)
def test_classify_exception(exc: BaseException, kind: Outcome | None) -> None:
    assert classify_exception(exc) == kind


def test_policy_rejects_negative_settings() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="backoff"):
        RetryPolicy(backoff_cap=-1.0)


# --- the transport ----------------------------------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]


def scripted(*steps: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A MockTransport handler playing `steps` in order (the last one repeats)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = steps[min(len(seen), len(steps)) - 1]
        if isinstance(step, Exception):
            raise step
        return step

    return handler, seen


def client_for(
    handler: Handler | httpx.AsyncBaseTransport,
    sleeps: RecordingSleep,
    *,
    max_retries: int = 3,
) -> httpx.AsyncClient:
    inner = (
        handler if isinstance(handler, httpx.AsyncBaseTransport) else httpx.MockTransport(handler)
    )
    transport = RetryTransport(
        inner, RetryPolicy(max_retries=max_retries), sleep=sleeps, jitter=lambda: 0.5
    )
    return httpx.AsyncClient(base_url="http://c8y", transport=transport)


async def test_get_is_retried_until_it_succeeds(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.Response(503), httpx.Response(502), httpx.Response(200, json=[]))
    async with client_for(handler, retry_sleeps) as http:
        response = await http.get("/inventory/managedObjects")
    assert response.status_code == 200
    assert len(seen) == 3
    assert retry_sleeps.waits == [0.25, 0.5]  # ceilings 0.5 and 1.0, half jitter


async def test_exhausted_retries_return_the_last_response(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.Response(500, json={"error": "x", "message": "boom"}))
    async with client_for(handler, retry_sleeps, max_retries=2) as http:
        response = await http.get("/x")
    assert response.status_code == 500
    assert response.json() == {"error": "x", "message": "boom"}
    assert len(seen) == 3
    assert len(retry_sleeps.waits) == 2


async def test_retry_after_header_sets_the_wait(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(
        httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(201, json={})
    )
    async with client_for(handler, retry_sleeps) as http:
        response = await http.post("/inventory/managedObjects", json={"name": "a"})
    assert response.status_code == 201
    assert len(seen) == 2
    assert retry_sleeps.waits == [2.0]


async def test_post_500_is_sent_once(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.Response(500), httpx.Response(201))
    async with client_for(handler, retry_sleeps) as http:
        response = await http.post("/x", json={})
    assert response.status_code == 500
    assert len(seen) == 1
    assert retry_sleeps.waits == []


async def test_post_503_is_retried_only_with_the_platform_error_body(
    retry_sleeps: RecordingSleep,
) -> None:
    handler, seen = scripted(httpx.Response(503, content=PLATFORM_503), httpx.Response(201))
    async with client_for(handler, retry_sleeps) as http:
        assert (await http.post("/x", json={})).status_code == 201
    assert len(seen) == 2

    handler, seen = scripted(httpx.Response(503, text="<html>proxy</html>"), httpx.Response(201))
    async with client_for(handler, retry_sleeps) as http:
        response = await http.post("/x", json={})
    assert response.status_code == 503
    assert response.text == "<html>proxy</html>"
    assert len(seen) == 1


async def test_post_connect_error_is_retried(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.ConnectError("refused"), httpx.Response(201))
    async with client_for(handler, retry_sleeps) as http:
        assert (await http.post("/x", json={})).status_code == 201
    assert len(seen) == 2


async def test_post_read_error_is_not_retried(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.ReadError("reset"), httpx.Response(201))
    async with client_for(handler, retry_sleeps) as http:
        with pytest.raises(httpx.ReadError):
            await http.post("/x", json={})
    assert len(seen) == 1


async def test_get_read_error_is_retried(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.RemoteProtocolError("dropped"), httpx.Response(200, json=1))
    async with client_for(handler, retry_sleeps) as http:
        assert (await http.get("/x")).json() == 1
    assert len(seen) == 2


async def test_transport_errors_surface_after_the_last_attempt(
    retry_sleeps: RecordingSleep,
) -> None:
    handler, seen = scripted(httpx.ConnectError("refused"))
    async with client_for(handler, retry_sleeps, max_retries=1) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get("/x")
    assert len(seen) == 2


async def test_retried_request_resends_the_same_body(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.Response(502), httpx.Response(200, json={}))
    async with client_for(handler, retry_sleeps) as http:
        await http.put("/x/1", json={"name": "same"})
    assert [r.content for r in seen] == [b'{"name":"same"}'] * 2


class BrokenBody(httpx.AsyncByteStream):
    """A response body that delivers one chunk, then loses the connection."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"managedObjects": ['
        raise httpx.ReadError("connection lost mid-body")

    async def aclose(self) -> None:
        self.log.append("closed")


class HalfBodyTransport(httpx.AsyncBaseTransport):
    """Fails the body of the first `broken` responses, then answers normally."""

    def __init__(self, broken: int) -> None:
        self.broken = broken
        self.calls = 0
        self.log: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.broken:
            return httpx.Response(200, stream=BrokenBody(self.log))
        return httpx.Response(200, json={"managedObjects": []})


async def test_connection_lost_in_the_body_is_retried_for_get(retry_sleeps: RecordingSleep) -> None:
    transport = HalfBodyTransport(broken=1)
    async with client_for(transport, retry_sleeps) as http:
        response = await http.get("/inventory/managedObjects")
    assert response.json() == {"managedObjects": []}
    assert transport.calls == 2
    assert transport.log == ["closed"]  # the broken response was released


async def test_connection_lost_in_the_body_is_not_retried_for_post(
    retry_sleeps: RecordingSleep,
) -> None:
    transport = HalfBodyTransport(broken=1)
    async with client_for(transport, retry_sleeps) as http:
        with pytest.raises(httpx.ReadError):
            await http.post("/inventory/managedObjects", json={})
    assert transport.calls == 1


# --- pinned by mutation testing (tests/MUTATION.md) --------------------------------------------


def test_policy_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.backoff_base, policy.backoff_cap) == (3, 0.5, 8.0)
    assert policy.retry_after_cap == 60.0
    assert RetryTransport(httpx.MockTransport(lambda _: httpx.Response(200))).policy == policy


def test_delay_assumes_no_platform_error_body() -> None:
    assert POLICY.delay("POST", 503, 1) is None
    assert POLICY.delay("POST", 503, 1, {"retry-after": "1"}) is None


def test_zero_settings_are_allowed_and_mean_no_wait() -> None:
    policy = RetryPolicy(max_retries=1, backoff_base=0.0, backoff_cap=0.0, retry_after_cap=0.0)
    assert policy.delay("GET", 500, 1, jitter=always_full) == 0.0
    assert policy.delay("GET", 429, 1, {"retry-after": "30"}) == 0.0
    assert RetryPolicy(backoff_base=0.0).delay("GET", 500, 2, jitter=always_full) == 0.0
    capped = RetryPolicy(backoff_base=1.0, backoff_cap=0.0)
    assert capped.delay("GET", 500, 1, jitter=always_full) == 0.0


def test_policy_rejects_each_negative_wait() -> None:
    expected = r"^backoff_base, backoff_cap and retry_after_cap must be >= 0$"
    with pytest.raises(ValueError, match=expected):
        RetryPolicy(backoff_base=-0.1)
    with pytest.raises(ValueError, match=expected):
        RetryPolicy(backoff_cap=-0.1)
    with pytest.raises(ValueError, match=expected):
        RetryPolicy(retry_after_cap=-0.1)


def test_status_beyond_5xx_is_not_retried() -> None:
    assert POLICY.delay("GET", 600, 1) is None


def test_retry_after_in_the_past_means_no_wait_by_the_clock() -> None:
    assert parse_retry_after("Wed, 01 May 2024 11:59:00 GMT") == 0.0


def test_retry_after_date_is_measured_from_the_clock() -> None:
    header = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    wait = parse_retry_after(header)
    assert wait is not None
    assert 20.0 <= wait <= 30.0  # whole seconds on the wire; slack for a slow machine


def http_log(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "c8y_objects.http"]


async def test_unknown_transport_error_is_not_retried(retry_sleeps: RecordingSleep) -> None:
    handler, seen = scripted(httpx.UnsupportedProtocol("gopher"), httpx.Response(200))
    async with client_for(handler, retry_sleeps) as http:
        with pytest.raises(httpx.UnsupportedProtocol):
            await http.get("/x")
    assert len(seen) == 1
    assert retry_sleeps.waits == []


async def test_transport_retry_waits_and_logs(
    retry_sleeps: RecordingSleep, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="c8y_objects.http")
    handler, seen = scripted(httpx.ConnectError("refused"), httpx.Response(201))
    transport = RetryTransport(
        httpx.MockTransport(handler), POLICY, sleep=retry_sleeps, jitter=lambda: 0.5
    )
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.post("http://user:secret@c8y/x?q=1", json={})).status_code == 201
    assert len(seen) == 2
    assert retry_sleeps.waits == [0.25]
    assert http_log(caplog) == [
        "POST http://c8y/x?q=1 failed (connect, attempt 1); retrying in 0.25s"
    ]


async def test_status_retry_logs_without_credentials(
    retry_sleeps: RecordingSleep, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="c8y_objects.http")
    handler, _ = scripted(httpx.Response(502), httpx.Response(503), httpx.Response(200))
    transport = RetryTransport(
        httpx.MockTransport(handler), POLICY, sleep=retry_sleeps, jitter=lambda: 0.5
    )
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get("http://user:secret@c8y/x")).status_code == 200
    assert http_log(caplog) == [
        "GET http://c8y/x answered 502 (attempt 1); retrying in 0.25s",
        "GET http://c8y/x answered 503 (attempt 2); retrying in 0.50s",
    ]


@pytest.mark.parametrize(
    "body",
    [b'{"message": "busy"}', b'{"error": 503}', b'["error"]', b"busy", b""],
)
async def test_post_503_without_the_platform_error_body_is_sent_once(
    retry_sleeps: RecordingSleep, body: bytes
) -> None:
    handler, seen = scripted(httpx.Response(503, content=body), httpx.Response(201))
    async with client_for(handler, retry_sleeps) as http:
        response = await http.post("/x", json={})
    assert response.status_code == 503
    assert response.content == body
    assert len(seen) == 1


async def test_retry_after_http_date_through_the_transport(retry_sleeps: RecordingSleep) -> None:
    past = "Wed, 01 May 2024 11:59:00 GMT"
    future = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    handler, seen = scripted(
        httpx.Response(429, headers={"Retry-After": past}),
        httpx.Response(503, headers={"Retry-After": future}),
        httpx.Response(200),
    )
    async with client_for(handler, retry_sleeps) as http:
        assert (await http.get("/x")).status_code == 200
    assert len(seen) == 3
    assert retry_sleeps.waits == [0.0, 60.0]
