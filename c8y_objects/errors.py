"""The error hierarchy of the SDK.

Every error the SDK raises on purpose derives from `CumulocityError`:

- `APIError` and its per-status subclasses: the platform answered with an error status.
- `APIConnectionError` / `APITimeoutError`: no usable answer came back.
- `ResponseDecodeError`: an answer came back but its body is not the JSON we expected.
- `BulkError`: one item of a bulk call failed (the original error is attached).
- `ConfigurationError`: the client was set up with missing or contradictory settings;
  `InvalidFilterError` (a subclass): an ``include`` / ``exclude`` matcher does not compile;
  `MissingDependencyError` (a subclass, also an `ImportError`): a feature needs an extra.

No error text carries a password, a token or an ``Authorization`` value: URLs are stripped of
user info before they are stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Generic

import httpx
import orjson
from typing_extensions import TypeVar

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkError",
    "ConfigurationError",
    "ConflictError",
    "CumulocityError",
    "FragmentNotFoundError",
    "InvalidFilterError",
    "InvalidFragmentError",
    "InvalidIdError",
    "InvalidPathError",
    "MissingDependencyError",
    "NaiveDatetimeError",
    "NoUniqueMatchError",
    "NonFiniteNumberError",
    "NotFoundError",
    "ObjectStateError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "UnknownFilterError",
    "UnprocessableEntityError",
    "WireMismatchError",
    "error_from_response",
    "redact_url",
]

# A bare `BulkError` (as in ``except BulkError as exc``) is `BulkError[object]`, not
# `BulkError[Any]`: the failed item's type is not known there, so it must be narrowed.
T = TypeVar("T", default=object)


# Query parameter names whose values are masked in URLs shown in errors and logs.
_SECRET_PARAM = re.compile(
    r"pass|pwd|token|secret|jwt|auth|credential|signature|cookie|session|otp|key$", re.IGNORECASE
)
REDACTED = "redacted"
"""What a secret query value is replaced by in errors and logs."""


def redact_url(url: str | httpx.URL) -> str:
    """Return `url` as text without secrets (pure).

    User info (``user:password@``) is removed, and the values of query parameters whose name
    looks secret (``password``, ``token``, ``access_token``, ``secret``, ``apiKey``, ...) are
    replaced by ``redacted``.
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    if parsed.query:
        pairs = parsed.params.multi_items()
        if any(_SECRET_PARAM.search(name) for name, _ in pairs):
            masked = [
                (name, REDACTED if _SECRET_PARAM.search(name) else value) for name, value in pairs
            ]
            parsed = parsed.copy_with(params=masked)
    return str(parsed)


class CumulocityError(Exception):
    """Base class of every error raised by the SDK."""


class ConfigurationError(CumulocityError, ValueError):
    """The client's settings are missing or contradict each other."""


class NaiveDatetimeError(CumulocityError, ValueError):
    """A datetime (or ISO string) without time zone was given where an absolute time is needed.

    Attributes:
        field: The name of the field or parameter that got the value.
    """

    def __init__(self, field: str, value: object) -> None:
        super().__init__(
            f"{field}: {value!r} has no time zone; pass an aware datetime "
            "(e.g. datetime.now(timezone.utc)) or an ISO string with an offset"
        )
        self.field = field


class ObjectStateError(CumulocityError, ValueError):
    """The object lacks what a call needs: a connection (``c8y``) or a database ID."""


class FragmentNotFoundError(CumulocityError, KeyError):
    """The object has no fragment of the requested name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class InvalidFragmentError(CumulocityError, ValueError):
    """A fragment's JSON does not validate against the requested model (``__cause__`` says why)."""


class InvalidPathError(CumulocityError, ValueError):
    """A path is empty or not a valid dotted path / JSONPath expression."""


class InvalidIdError(ConfigurationError):
    """An ID (or another path segment) cannot be sent: empty, ``.``/``..``, or not text.

    Every ID goes into the URL as exactly one percent-encoded path segment; a value that
    cannot be one is refused before any request.
    """


class UnknownFilterError(ConfigurationError, TypeError):
    """A call got a keyword argument it does not know (a misspelt filter, for instance).

    Raised before any request; raw query parameters go through ``extra_params=``.
    """


class NonFiniteNumberError(ConfigurationError):
    """A request body holds NaN or an infinity, which JSON cannot express."""


class NoUniqueMatchError(CumulocityError, ValueError):
    """A query that should find exactly one object (``get_by``) found none or several.

    Attributes:
        found: 0 for no match, 2 for more than one (the query stops reading at two).
    """

    def __init__(self, message: str, *, found: int) -> None:
        super().__init__(message)
        self.found = found


class WireMismatchError(CumulocityError, ImportError):
    """The object model names a query parameter or operation the generated spec does not have.

    Raised when a module of ``c8y_objects`` is imported against a regenerated ``c8y_rest``
    that renamed or dropped what the module uses; the message names the place.
    """


class MissingDependencyError(ConfigurationError, ImportError):
    """A feature needs an optional package that is not installed; the message names the extra.

    Attributes:
        module: The module that could not be imported (e.g. ``pyarrow``).
        extra: The extra of c8y-objects that installs it (e.g. ``arrow``).
        name: The module too (the attribute `ImportError` has for it).
    """

    name: str | None

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            f"{module} is not installed; it comes with the extra: "
            f"pip install 'c8y-objects[{extra}]'"
        )
        self.name = module


class InvalidFilterError(ConfigurationError):
    """A client-side matcher (display filter, JMESPath) does not compile.

    Raised by `select` / `get_all` before the first request is sent.

    Attributes:
        expression: The expression as given.
        column: Where the problem starts (1-based), or None when no single place is to blame.
        problem: What is wrong, without the expression and position.
    """

    def __init__(self, problem: str, *, expression: str, column: int | None = None) -> None:
        self.problem = problem
        self.expression = expression
        self.column = column
        where = "" if column is None else f" at column {column}"
        super().__init__(f"invalid filter {expression!r}{where}: {problem}")


class APIConnectionError(CumulocityError):
    """The request got no usable response: connection refused, reset or dropped.

    Attributes:
        method: The HTTP method of the failed request.
        url: The request URL, without credentials.
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url

    def __str__(self) -> str:
        return f"{self.message} ({self.method} {self.url})"


class APITimeoutError(APIConnectionError):
    """The request did not complete within the configured timeout."""


class ResponseDecodeError(CumulocityError):
    """A response body that should be JSON could not be parsed (for example, truncated).

    Attributes:
        method: The HTTP method of the request.
        url: The request URL, without credentials.
        status_code: The HTTP status of the response.
        body: The first bytes of the body, for diagnosis.
    """

    def __init__(
        self, message: str, *, method: str, url: str, status_code: int, body: bytes = b""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.status_code = status_code
        self.body: bytes = body[:200]

    def __str__(self) -> str:
        return f"{self.message} ({self.method} {self.url} -> {self.status_code})"


class APIError(CumulocityError):
    """The platform answered with an error status.

    Attributes:
        status_code: The HTTP status code.
        error: The platform's error code, e.g. ``"inventory/Not Found"`` (None if absent).
        message: The platform's message, or the HTTP reason phrase when the body has none.
        info: The platform's link to further information (None if absent).
        method: The HTTP method of the request.
        url: The request URL, without credentials.
        body: The parsed JSON body of the response (None if it was not JSON).
    """

    def __init__(
        self,
        *,
        status_code: int,
        message: str,
        method: str,
        url: str,
        error: str | None = None,
        info: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error
        self.message = message
        self.info = info
        self.method = method
        self.url = url
        self.body = body

    def __str__(self) -> str:
        code = f" [{self.error}]" if self.error else ""
        return f"{self.status_code}{code} {self.message} ({self.method} {self.url})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, error={self.error!r}, "
            f"message={self.message!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(APIError):
    """HTTP 400: the request is malformed."""


class AuthenticationError(APIError):
    """HTTP 401: the credentials are missing or wrong."""


class PermissionDeniedError(APIError):
    """HTTP 403: the user lacks the permission for this request."""


class NotFoundError(APIError):
    """HTTP 404: the addressed object or resource does not exist."""


class ConflictError(APIError):
    """HTTP 409: the request conflicts with the current state (e.g. a duplicate)."""


class UnprocessableEntityError(APIError):
    """HTTP 422: the request is well-formed but its content is invalid."""


class RateLimitError(APIError):
    """HTTP 429: too many requests, still refused after the retries.

    Attributes:
        retry_after: The server's ``Retry-After`` header value, if it sent one.
    """

    retry_after: str | None = None


class ServerError(APIError):
    """HTTP 5xx: the platform failed to handle the request."""


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_class(status_code: int) -> type[APIError]:
    if status_code >= 500:
        return ServerError
    return _STATUS_ERRORS.get(status_code, APIError)


def error_from_response(
    status_code: int,
    content: bytes,
    *,
    method: str,
    url: str | httpx.URL,
    headers: Mapping[str, str] | None = None,
    reason: str | None = None,
) -> APIError:
    """Build the typed error for an error response (pure: no I/O).

    Args:
        status_code: The HTTP status of the response.
        content: The raw response body.
        method: The HTTP method of the request.
        url: The request URL; user info is removed.
        headers: The response headers (``Retry-After`` is kept on `RateLimitError`).
        reason: The HTTP reason phrase, used when the body carries no message.

    Returns:
        An instance of the `APIError` subclass for `status_code`.
    """
    body: Any = None
    if content:
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError:
            body = None
    error = info = message = None
    if isinstance(body, dict):
        error = _text_or_none(body.get("error"))
        message = _text_or_none(body.get("message"))
        info = _text_or_none(body.get("info"))
    if message is None:
        if body is None and content:
            message = content[:200].decode("utf-8", "replace").strip() or None
        message = message or reason or f"HTTP {status_code}"
    exc = _error_class(status_code)(
        status_code=status_code,
        message=message,
        method=method,
        url=redact_url(url),
        error=error,
        info=info,
        body=body,
    )
    if isinstance(exc, RateLimitError) and headers is not None:
        exc.retry_after = headers.get("retry-after")
    return exc


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


class BulkError(CumulocityError, Generic[T]):
    """An item of a bulk call failed; the calls already running were allowed to finish.

    The type argument is the type of the input items (``BulkError[Alarm]`` from
    ``alarms.create(*alarms)``). An ``except BulkError as exc`` clause cannot know it, so there
    `exc.item` is `object`: narrow it with ``isinstance`` before use.

    Attributes:
        index: The position (0-based) of the first failed item in the input.
        item: The first failed item.
        error: The exception raised for that item (also the ``__cause__``).
        failures: Every failure seen, as ``(index, exception)`` pairs in input order.
        succeeded: The positions of the items that completed.
        total: The number of input items, if known.
    """

    def __init__(
        self,
        *,
        index: int,
        item: T,
        error: BaseException,
        failures: list[tuple[int, BaseException]],
        succeeded: list[int],
        total: int | None,
    ) -> None:
        of_total = f" of {total}" if total is not None else ""
        super().__init__(f"item {index}{of_total} ({item!r:.80}) failed: {error}")
        self.index = index
        self.item = item
        self.error = error
        self.failures = failures
        self.succeeded = succeeded
        self.total = total
