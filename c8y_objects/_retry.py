"""Retries for every request, as an httpx transport wrapper.

The decision (retry or not, and how long to wait) is the pure function `RetryPolicy.delay`;
`RetryTransport` only applies it. Because the wrapper sits under the `httpx.AsyncClient`, the
object model and the generated `c8y_rest` client both get the same retries.

Safety rule: a request that may already have been applied by the server is never sent again
unless its method is idempotent. A POST is repeated only after a 429, after a 503 that carries
the platform's JSON error body (the platform refused it before doing anything), or when the
connection could not be opened at all.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import httpx
import orjson

from c8y_objects._logging import HTTP_LOGGER
from c8y_objects.errors import redact_url

__all__ = ["Outcome", "RetryPolicy", "RetryTransport", "classify_exception", "parse_retry_after"]

log = logging.getLogger(HTTP_LOGGER)

Outcome = int | Literal["connect", "read", "write", "timeout", "pool"]
"""What happened to one attempt: an HTTP status, or the kind of transport failure.

- ``"connect"``: the connection could not be opened; nothing was sent.
- ``"pool"``: no connection became free in time; nothing was sent.
- ``"write"``: sending failed part way; the server may have seen the request.
- ``"read"``: the request was sent but the response was lost (reset, dropped, cut short).
- ``"timeout"``: the request was sent but no response came in time.
"""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_NOTHING_SENT = frozenset({"connect", "pool"})


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delay seconds or an HTTP date.

    Args:
        value: The header value, or None when the header is absent.
        now: The current time, for HTTP-date values (defaults to the clock).

    Returns:
        Seconds to wait (never negative), or None when absent, negative or unreadable.
        A date in the past means no wait.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        if not 0.0 <= seconds < float("inf"):  # also rejects NaN
            return None
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def classify_exception(exc: BaseException) -> Outcome | None:
    """Map an httpx transport exception to an `Outcome` kind (None if not a transport failure)."""
    if isinstance(exc, httpx.PoolTimeout):
        return "pool"
    if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
        return "connect"
    if isinstance(exc, httpx.WriteTimeout | httpx.WriteError):
        return "write"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.ReadError | httpx.RemoteProtocolError | httpx.NetworkError):
        return "read"
    return None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to retry.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        backoff_base: The backoff before the first retry, in seconds; doubles per retry.
        backoff_cap: The upper bound of the exponential backoff, in seconds.
        retry_after_cap: The upper bound applied to a server's ``Retry-After``, in seconds.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if self.backoff_base < 0 or self.backoff_cap < 0 or self.retry_after_cap < 0:
            raise ValueError("backoff_base, backoff_cap and retry_after_cap must be >= 0")

    def is_retryable(self, method: str, outcome: Outcome, *, platform_error_body: bool) -> bool:
        """Tell whether `outcome` may be retried for `method`, ignoring the attempt budget.

        Args:
            method: The HTTP method.
            outcome: The status code or transport failure kind of the attempt.
            platform_error_body: Whether the response body is the platform's JSON error
                document (only matters for a 503 on a non-idempotent method).
        """
        idempotent = method.upper() in IDEMPOTENT_METHODS
        if isinstance(outcome, int):
            if outcome == 429:
                return True
            if outcome == 503 and platform_error_body:
                return True
            return 500 <= outcome <= 599 and idempotent
        if outcome in _NOTHING_SENT:
            return True
        return idempotent

    def delay(
        self,
        method: str,
        outcome: Outcome,
        attempt: int,
        headers: Mapping[str, str] | None = None,
        *,
        platform_error_body: bool = False,
        jitter: Callable[[], float] = random.random,
        now: datetime | None = None,
    ) -> float | None:
        """Decide whether to retry and how long to wait first.

        Args:
            method: The HTTP method of the request.
            outcome: The status code or transport failure kind of this attempt.
            attempt: How many attempts have been made so far (1 after the first).
            headers: The response headers, if there was a response.
            platform_error_body: Whether the body is the platform's JSON error document.
            jitter: Returns a number in [0, 1); scales the backoff (full jitter).
            now: The current time, for ``Retry-After`` dates.

        Returns:
            Seconds to wait before the next attempt, or None to give up.
        """
        if attempt > self.max_retries:
            return None
        if isinstance(outcome, int) and outcome < 400:
            return None
        if not self.is_retryable(method, outcome, platform_error_body=platform_error_body):
            return None
        if headers is not None and isinstance(outcome, int):
            wait = parse_retry_after(headers.get("retry-after"), now=now)
            if wait is not None:
                return min(wait, self.retry_after_cap)
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (attempt - 1))
        return ceiling * jitter()


Sleep = Callable[[float], Awaitable[None]]


def _is_platform_error(content: bytes) -> bool:
    try:
        body = orjson.loads(content)
    except orjson.JSONDecodeError:
        return False
    return isinstance(body, dict) and isinstance(body.get("error"), str)


class RetryTransport(httpx.AsyncBaseTransport):
    """An httpx transport that retries the wrapped transport according to a `RetryPolicy`.

    Args:
        transport: The transport that sends the requests.
        policy: The retry policy.
        sleep: Awaited with the wait in seconds between attempts (tests pass a fake).
        jitter: Returns a number in [0, 1) for the backoff jitter.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._jitter = jitter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, retrying failed attempts the policy allows."""
        method = request.method
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.transport.handle_async_request(request)
                try:
                    # Read the body here, so that a connection lost half way through the body
                    # is a failed attempt like any other.
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
            except httpx.TransportError as exc:
                kind = classify_exception(exc)
                wait = None if kind is None else self._decide(method, kind, attempt, None, False)
                if wait is None:
                    raise
                log.debug(
                    "%s %s failed (%s, attempt %d); retrying in %.2fs",
                    method,
                    redact_url(request.url),
                    kind,
                    attempt,
                    wait,
                )
                await self._sleep(wait)
                continue
            status = response.status_code
            if status != 429 and status < 500:
                return response
            platform_error = status == 503 and _is_platform_error(response.content)
            wait = self._decide(method, status, attempt, response.headers, platform_error)
            if wait is None:
                return response
            await response.aclose()
            log.debug(
                "%s %s answered %d (attempt %d); retrying in %.2fs",
                method,
                redact_url(request.url),
                status,
                attempt,
                wait,
            )
            await self._sleep(wait)

    def _decide(
        self,
        method: str,
        outcome: Outcome,
        attempt: int,
        headers: Mapping[str, str] | None,
        platform_error: bool,
    ) -> float | None:
        return self.policy.delay(
            method,
            outcome,
            attempt,
            headers,
            platform_error_body=platform_error,
            jitter=self._jitter,
        )

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()
