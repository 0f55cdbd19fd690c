"""The connection to a Cumulocity tenant.

`CumulocityConnection` owns one `httpx.AsyncClient` (auth headers, base URL, retries) and sends
requests: `send` builds one from a generated operation description (`c8y_rest.wire`); the raw
calls (`get`, `post`, ...) take a path. `c8y_objects.client.CumulocityClient` adds the main API
objects on top.

Request building and response handling are plain functions (`encode_params`,
`build_auth_header`, `decode_json`, `raise_for_response`); the methods only do the I/O.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import logging
import math
import os
import ssl
import time as _time
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from types import TracebackType
from typing import Any, BinaryIO, Self, TypeAlias, overload

import httpx
import orjson

from c8y_objects._base import format_datetime
from c8y_objects._logging import HTTP_LOGGER, configure_from_env
from c8y_objects._retry import RetryPolicy, RetryTransport, Sleep
from c8y_objects._version import USER_AGENT
from c8y_objects._wire import json_media_type, render_path
from c8y_objects.errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    NaiveDatetimeError,
    NonFiniteNumberError,
    ResponseDecodeError,
    error_from_response,
    redact_url,
)
from c8y_rest.wire import Operation

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "CumulocityConnection",
    "CumulocityRestClient",
    "FileSpec",
    "QueryParams",
    "build_auth_header",
    "decode_json",
    "encode_json",
    "encode_multipart",
    "encode_params",
    "read_file_spec",
]

log = logging.getLogger(HTTP_LOGGER)

JSON_MEDIA_TYPE = "application/json"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Parallel paging runs up to ~16 requests at once; leave headroom for other calls.
DEFAULT_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=32)


class _Unset(enum.Enum):
    """The type of `UNSET`: an option not given (where None means something)."""

    UNSET = "UNSET"


UNSET = _Unset.UNSET
"""A `with_options` argument left out: the setting is inherited."""

Timeout: TypeAlias = float | httpx.Timeout | None
"""A request timeout: seconds, an `httpx.Timeout`, or None for no timeout."""

QueryParams: TypeAlias = Mapping[str, Any] | Sequence[tuple[str, Any]]
"""Query parameters: a mapping, or ``(name, value)`` pairs where a name may repeat."""

FileSpec: TypeAlias = str | os.PathLike[str] | BinaryIO | bytes
"""File content to upload: a path, a file object opened in binary mode, or the bytes."""


@overload
def encode_params(params: Mapping[str, Any] | None) -> dict[str, str]: ...


@overload
def encode_params(params: Sequence[tuple[str, Any]]) -> tuple[tuple[str, str], ...]: ...


def encode_params(params: QueryParams | None) -> dict[str, str] | tuple[tuple[str, str], ...]:
    """Turn query parameters into the strings the platform expects (pure).

    None values are dropped, booleans become ``true``/``false``, lists and tuples become
    comma-separated values and datetimes ISO 8601 text. A mapping gives a dict; a sequence of
    ``(name, value)`` pairs gives the pairs in order, so a parameter can repeat (the series
    endpoint takes ``series`` once per series).

    Raises:
        ConfigurationError: A datetime without time zone, or a value of an unsupported type.
    """
    if params is None:
        return {}
    if isinstance(params, Mapping):
        return {key: _param_text(key, value) for key, value in params.items() if value is not None}
    return tuple((key, _param_text(key, value)) for key, value in params if value is not None)


def encode_json(value: Any) -> bytes:
    """Serialise a request body with orjson (pure).

    Dict keys that are not strings (ints, enums, ...) are written as strings; the plain call is
    tried first because the option that allows them slows every body down.

    Raises:
        ConfigurationError: The value is not JSON-serialisable.
        NaiveDatetimeError: A datetime in it has no time zone (aware ones are sent as UTC).
        NonFiniteNumberError: The value holds NaN or an infinity (orjson would send null).
    """
    try:
        body = orjson.dumps(value, default=_json_default, option=_PASSTHROUGH)
    except TypeError as first:
        if isinstance(first.__cause__, NaiveDatetimeError):  # raised in _json_default
            raise first.__cause__ from None
        try:
            body = orjson.dumps(
                value, default=_json_default, option=_PASSTHROUGH | orjson.OPT_NON_STR_KEYS
            )
        except TypeError as exc:
            if isinstance(exc.__cause__, NaiveDatetimeError):
                raise exc.__cause__ from None
            raise ConfigurationError(f"request body is not JSON-serialisable: {exc}") from None
    # orjson writes NaN and the infinities as null; a body without null cannot hold one
    # (bytes.find: about half the cost of the `in` operator on bodies of this size).
    if body.find(b"null") != -1:
        where = _non_finite_path(value, "$")
        if where is not None:
            raise NonFiniteNumberError(
                f"request body: {where} is NaN or infinite, which JSON cannot express"
            )
    return body


# Datetimes (and dates and times) go through _json_default instead of orjson's own format, so
# that a naive datetime inside a fragment is refused like a naive datetime anywhere else.
_PASSTHROUGH = orjson.OPT_PASSTHROUGH_DATETIME


def _json_default(value: Any) -> Any:
    """Serialise what orjson hands back: datetimes as the platform's UTC text."""
    if isinstance(value, datetime):
        return format_datetime(value, field="request body")
    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")


def _non_finite_path(value: Any, where: str) -> str | None:
    """The path of the first NaN or infinity inside `value`, or None."""
    if isinstance(value, float):
        return None if math.isfinite(value) else where
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _non_finite_path(item, f"{where}.{key}")
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _non_finite_path(item, f"{where}[{index}]")
            if found is not None:
                return found
    return None


def _param_text(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ConfigurationError(
                f"query parameter {key!r}: datetime {value.isoformat()} has no time zone"
            )
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(_param_text(key, v) for v in value)
    raise ConfigurationError(
        f"query parameter {key!r}: unsupported value type {type(value).__name__}"
    )


def read_file_spec(file: FileSpec) -> tuple[bytes, str | None]:
    """Read upload content from a path, a binary file object or bytes.

    Returns:
        The content and the file's base name (None for bytes or a file object without name).

    Raises:
        FileNotFoundError: A path names no file.
        TypeError: `file` is none of the accepted kinds, or a file object opened in text mode.
    """
    if isinstance(file, bytes | bytearray | memoryview):
        return bytes(file), None
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        with open(path, "rb") as handle:
            return handle.read(), os.path.basename(path) or None
    read = getattr(file, "read", None)
    if not callable(read):
        raise TypeError(
            f"file must be a path, a binary file object or bytes, got {type(file).__name__}"
        )
    data = read()
    if not isinstance(data, bytes | bytearray):
        raise TypeError(
            f"file object {file!r:.60} returned {type(data).__name__}; open it in binary mode"
        )
    name = getattr(file, "name", None)
    return bytes(data), os.path.basename(name) if isinstance(name, str) and name else None


def encode_multipart(
    fields: Mapping[str, str], files: Mapping[str, tuple[str, bytes, str]]
) -> tuple[bytes, str]:
    """Encode a ``multipart/form-data`` body (pure).

    Args:
        fields: Plain text parts by name.
        files: File parts by name, as ``(file name, content, content type)``.

    Returns:
        The body and its ``Content-Type`` header value (with the boundary).
    """
    # httpx's own encoder, used through a request that is never sent.
    request = httpx.Request("POST", "http://multipart.invalid/", data=fields, files=files)
    return request.read(), request.headers["Content-Type"]


def build_auth_header(
    tenant_id: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
) -> str:
    """Return the ``Authorization`` header value for the given credentials (pure).

    A token wins (Bearer); otherwise Basic with ``<tenant>/<user>:<password>`` (a username that
    already contains ``/`` is used as it is).

    Raises:
        ConfigurationError: Neither a token nor a complete username/password pair.
    """
    if token:
        return f"Bearer {token}"
    if not username:
        raise ConfigurationError("no credentials: pass username and password, or token")
    if password is None:
        raise ConfigurationError(f"username {username!r} given without a password")
    principal = username if "/" in username or not tenant_id else f"{tenant_id}/{username}"
    raw = f"{principal}:{password}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def decode_json(response: httpx.Response) -> Any:
    """Parse a response body as JSON; an empty body is None (pure).

    Raises:
        ResponseDecodeError: The body is not valid JSON (e.g. cut short).
    """
    content = response.content
    if not content:
        return None
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError as exc:
        raise ResponseDecodeError(
            f"response body is not valid JSON ({exc})",
            method=response.request.method,
            url=redact_url(response.request.url),
            status_code=response.status_code,
            body=content,
        ) from None


def raise_for_response(response: httpx.Response) -> None:
    """Raise the typed `APIError` for an error status; do nothing for a success (pure)."""
    if response.status_code < 400:
        return
    raise error_from_response(
        response.status_code,
        response.content,
        method=response.request.method,
        url=response.request.url,
        headers=response.headers,
        reason=response.reason_phrase,
    )


class CumulocityConnection:
    """A connection to one Cumulocity tenant with raw JSON requests.

    Use it as an async context manager (or call `aclose`). All requests share one
    `httpx.AsyncClient`, so connections are pooled, and every request passes through the
    retry transport. Every request carries ``User-Agent: c8y-objects/<version>``;
    `with_options` gives a view with another timeout or retry budget on the same pool.

    Args:
        base_url: The tenant URL, e.g. ``https://example.cumulocity.com``.
        tenant_id: The tenant ID, e.g. ``t12345``.
        username: The user name (Basic auth, together with `password`).
        password: The password.
        token: An OAuth/JWT bearer token, used instead of username/password.
        application_key: Sent as ``X-Cumulocity-Application-Key``.
        processing_mode: Sent as ``X-Cumulocity-Processing-Mode`` (e.g. ``PERSISTENT``).
        timeout: Per-request timeout in seconds, or an `httpx.Timeout`.
        max_retries: Retries per request after the first attempt.
        transport: The transport to send requests through (tests pass
            `httpx.ASGITransport`); defaults to a pooled HTTP transport.
        verify: TLS verification: True, False, a CA bundle path or an `ssl.SSLContext`
            (of the default transport: with `transport`, only True, the default, is taken).
        retry_policy: Full retry settings; overrides `max_retries`.
        retry_sleep: Awaited between retries with the wait in seconds (tests pass a fake).

    Raises:
        ConfigurationError: Missing or contradictory settings (e.g. `verify` with a
            `transport`), a timeout that is not a positive number, an `httpx.Timeout` or None,
            or a negative `max_retries`.
    """

    def __init__(
        self,
        base_url: str,
        tenant_id: str,
        *,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        application_key: str | None = None,
        processing_mode: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: ssl.SSLContext | str | bool = True,
        retry_policy: RetryPolicy | None = None,
        retry_sleep: Sleep | None = None,
    ) -> None:
        if not base_url:
            raise ConfigurationError("base_url is empty")
        url = base_url if "://" in base_url else f"https://{base_url}"
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError(f"base_url {redact_url(parsed)!r} is not an http(s) URL")
        if parsed.userinfo:
            raise ConfigurationError("base_url must not contain credentials; pass username")
        self.base_url: str = str(parsed).rstrip("/")
        self.tenant_id: str = tenant_id
        self.username: str | None = username
        self.application_key = application_key
        self.processing_mode = processing_mode
        configure_from_env()
        headers = {
            "Authorization": build_auth_header(tenant_id, username, password, token),
            "Accept": JSON_MEDIA_TYPE,
            "User-Agent": USER_AGENT,
        }
        if application_key:
            headers["X-Cumulocity-Application-Key"] = application_key
        if processing_mode:
            headers["X-Cumulocity-Processing-Mode"] = processing_mode
        if transport is not None and verify is not True:
            raise ConfigurationError(
                "verify applies to the default transport only; configure TLS on the "
                "transport you pass instead"
            )
        policy = retry_policy or RetryPolicy(max_retries=_check_retries(max_retries))
        timeout = _check_timeout(timeout)
        self._transport = transport or httpx.AsyncHTTPTransport(
            verify=verify, limits=DEFAULT_LIMITS
        )
        self._retry_sleep = retry_sleep
        self._http = self._open(self._transport, policy, timeout, headers)

    def _open(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        timeout: Timeout,
        headers: Mapping[str, str],
    ) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` of this connection: retries over `transport`."""
        retrying = (
            RetryTransport(transport, policy)
            if self._retry_sleep is None
            else RetryTransport(transport, policy, sleep=self._retry_sleep)
        )
        self._policy = policy
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers=headers,
            timeout=timeout,
            transport=retrying,
            # Environment proxies would be mounted beside the retry transport, bypassing it.
            trust_env=False,
            follow_redirects=False,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | _Unset = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Self:
        """Return a view of this connection with another timeout or retry budget.

        The view shares the connection pool, credentials and headers; only its requests use
        the new settings, and every main API object reached through it (``view.inventory``,
        ``view.rest``, ...) sends through it. Use it for one call
        (``await c8y.with_options(timeout=5).inventory.get(id)``) or a block
        (``async with c8y.with_options(max_retries=0) as quick: ...``; leaving the block
        closes the view, never the pool). The view must not outlive this connection: closing
        this one closes the pool they share.

        Args:
            timeout: Seconds, an `httpx.Timeout`, or None for no timeout; left out: inherited.
            max_retries: Retries after the first attempt (0: none); None: inherited.
            retry_policy: Full retry settings; overrides `max_retries`.

        Returns:
            A connection of the same class.

        Raises:
            ConfigurationError: A timeout that is not a positive number, an `httpx.Timeout`
                or None, or `max_retries` that is not a whole number of 0 or more.
        """
        if timeout is UNSET:
            new_timeout: Timeout = self._http.timeout
        else:
            new_timeout = _check_timeout(timeout)
        if retry_policy is not None:
            policy = retry_policy
        elif max_retries is not None:
            policy = dataclasses.replace(self._policy, max_retries=_check_retries(max_retries))
        else:
            policy = self._policy
        view = object.__new__(type(self))
        view.base_url = self.base_url
        view.tenant_id = self.tenant_id
        view.username = self.username
        view.application_key = self.application_key
        view.processing_mode = self.processing_mode
        view._transport = self._transport
        view._retry_sleep = self._retry_sleep
        view._http = view._open(
            _BorrowedTransport(self._transport), policy, new_timeout, self._http.headers
        )
        return view

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry settings of this connection's requests."""
        return self._policy

    def __repr__(self) -> str:
        # getattr: the repr of an instance whose constructor raised must not raise as well.
        return (
            f"{type(self).__name__}(base_url={getattr(self, 'base_url', None)!r}, "
            f"tenant_id={getattr(self, 'tenant_id', None)!r}, "
            f"username={getattr(self, 'username', None)!r})"
        )

    @property
    def http(self) -> httpx.AsyncClient:
        """The shared `httpx.AsyncClient` (auth, base URL and retries already applied)."""
        return self._http

    async def __aenter__(self) -> Self:
        await self._http.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._http.__aexit__(exc_type, exc, tb)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def request(
        self,
        method: str,
        resource: str,
        *,
        params: QueryParams | None = None,
        json: Any = None,
        content: bytes | None = None,
        accept: str | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request and return the successful response.

        Args:
            method: The HTTP method.
            resource: The path below the base URL, e.g. ``/inventory/managedObjects``.
            params: Query parameters (see `encode_params`).
            json: A JSON-serialisable body (encoded with orjson).
            content: A raw body, instead of `json`.
            accept: The ``Accept`` header (default ``application/json``).
            content_type: The ``Content-Type`` of the body (default ``application/json``).
            headers: Further request headers (e.g. ``Content-Disposition``).

        Raises:
            APIError: The platform answered with an error status (a subclass per status).
            APIConnectionError: No response (after the retries the method allows).
            APITimeoutError: No response within the timeout.
        """
        sent_headers: dict[str, str] = dict(headers) if headers else {}
        if accept:
            sent_headers["Accept"] = accept
        body = content
        if json is not None:
            if content is not None:
                raise ConfigurationError("pass either json or content, not both")
            body = encode_json(json)
        if body is not None:
            sent_headers["Content-Type"] = content_type or JSON_MEDIA_TYPE
        path = resource if resource.startswith("/") else f"/{resource}"
        started = _time.perf_counter()
        try:
            response = await self._http.request(
                method,
                path,
                params=encode_params(params),
                content=body,
                headers=sent_headers,
            )
        except httpx.TimeoutException as exc:
            url = redact_url(self._http.base_url.join(path))
            log.debug("%s %s timed out (%s)", method, url, type(exc).__name__)
            raise APITimeoutError(
                f"request timed out ({type(exc).__name__})", method=method, url=url
            ) from None
        except httpx.TransportError as exc:
            url = redact_url(self._http.base_url.join(path))
            log.debug("%s %s failed (%s)", method, url, type(exc).__name__)
            raise APIConnectionError(
                f"connection failed ({type(exc).__name__}: {exc})", method=method, url=url
            ) from None
        # httpx links a response and its stream both ways, which keeps the body alive until the
        # cyclic GC runs (streamed pages then pile up); the body is read, so unlink the stream.
        response.stream = httpx.ByteStream(response.content)
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %d (%.0f ms)",
                method,
                redact_url(response.request.url),
                response.status_code,
                (_time.perf_counter() - started) * 1000.0,
            )
        raise_for_response(response)
        return response

    async def send(
        self,
        operation: Operation[object],
        *,
        path: Mapping[str, object] | None = None,
        params: QueryParams | None = None,
        json: Any = None,
        content: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request of a generated operation (`c8y_rest.wire`).

        The method and path come from the operation; each value of `path` becomes one
        percent-encoded segment. A JSON body is sent with the first JSON media type the
        operation declares (``application/json`` when it declares that one).

        Args:
            operation: The operation, e.g. ``wire.GET_ALARM_COLLECTION_RESOURCE``.
            path: The values of the path template's parameters.
            params: Query parameters (see `encode_params`).
            json: A JSON-serialisable body.
            content: A raw body, instead of `json` (give its `content_type`).
            content_type: Overrides the media type of the body.
            accept: The ``Accept`` header (default ``application/json``).
            headers: Further request headers.

        Raises:
            InvalidIdError: A path value cannot be a path segment (nothing is sent).
            APIError: The platform answered with an error status.
            APIConnectionError: No response.
        """
        resource = render_path(operation, **(path or {}))
        if json is not None and content_type is None:
            content_type = json_media_type(operation)
        return await self.request(
            operation.method,
            resource,
            params=params,
            json=json,
            content=content,
            accept=accept,
            content_type=content_type,
            headers=headers,
        )

    async def call(
        self,
        operation: Operation[object],
        *,
        path: Mapping[str, object] | None = None,
        params: QueryParams | None = None,
        json: Any = None,
    ) -> Any:
        """`send` and return the parsed JSON answer (None for an empty one).

        Raises:
            InvalidIdError: A path value cannot be a path segment (nothing is sent).
            APIError: The platform answered with an error status.
            ResponseDecodeError: The answer is not valid JSON.
        """
        response = await self.send(operation, path=path, params=params, json=json)
        return decode_json(response)

    async def get(
        self,
        resource: str,
        params: QueryParams | None = None,
        *,
        accept: str | None = None,
    ) -> Any:
        """GET a resource and return its parsed JSON body.

        Raises:
            APIError: An error status.
            ResponseDecodeError: The body is empty or not valid JSON.
        """
        response = await self.request("GET", resource, params=params, accept=accept)
        data = decode_json(response)
        if data is None:
            raise ResponseDecodeError(
                "empty response body where JSON was expected",
                method="GET",
                url=redact_url(response.request.url),
                status_code=response.status_code,
            )
        return data

    async def get_bytes(
        self,
        resource: str,
        params: QueryParams | None = None,
        *,
        accept: str | None = None,
    ) -> bytes:
        """GET a resource and return its raw body."""
        response = await self.request("GET", resource, params=params, accept=accept)
        return response.content

    async def post(
        self,
        resource: str,
        json: Any,
        *,
        accept: str | None = None,
        content_type: str | None = None,
    ) -> Any:
        """POST a JSON body; return the parsed JSON answer (None for an empty one)."""
        response = await self.request(
            "POST", resource, json=json, accept=accept, content_type=content_type
        )
        return decode_json(response)

    async def put(
        self,
        resource: str,
        json: Any,
        *,
        params: QueryParams | None = None,
        accept: str | None = None,
        content_type: str | None = None,
    ) -> Any:
        """PUT a JSON body; return the parsed JSON answer (None for an empty one)."""
        response = await self.request(
            "PUT", resource, params=params, json=json, accept=accept, content_type=content_type
        )
        return decode_json(response)

    async def delete(
        self,
        resource: str,
        params: QueryParams | None = None,
        *,
        json: Any = None,
    ) -> None:
        """DELETE a resource (with an optional JSON body)."""
        await self.request("DELETE", resource, params=params, json=json)


class _BorrowedTransport(httpx.AsyncBaseTransport):
    """Another connection's transport, used without owning it: closing it does nothing."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the borrowed transport."""
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        """Leave the borrowed transport open: its owner closes it."""


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int of 0 or more, got {max_retries!r}")
    return max_retries


def _check_timeout(timeout: Timeout) -> Timeout:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not 0 < timeout < math.inf
    ):
        raise ConfigurationError(
            f"timeout must be a positive number of seconds, an httpx.Timeout or None, "
            f"got {timeout!r}"
        )
    return timeout


CumulocityRestClient = CumulocityConnection
"""The connection type's name in the API reference: the same class as `CumulocityConnection`."""
