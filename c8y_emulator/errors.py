"""The platform's error body, as one exception type every handler raises.

Every failure the emulator reports leaves through :class:`ApiError`, which renders
``{"error": "<area>/<code>", "message": ..., "info": ...}`` with the platform's error media
type. Resource modules raise the helpers below (``not_found``, ``invalid_data``, ...) so that
status codes and error codes stay consistent across resources.
"""

from __future__ import annotations

import orjson

from c8y_emulator.media import ERROR, content_type

ERROR_INFO_URL = "https://www.cumulocity.com/guides/reference-guide/#error_reporting"


class ApiError(Exception):
    """A failed request, answered with the platform's error body.

    Args:
        status: HTTP status code of the answer.
        error: The platform's error code, ``<area>/<code>`` (e.g. ``inventory/Not Found``).
        message: A sentence naming the problem.
        headers: Extra response headers (e.g. ``Retry-After``).
    """

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        *,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        super().__init__(f"{status} {error}: {message}")
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers or []

    def body(self) -> bytes:
        """Return the JSON error body."""
        return orjson.dumps({"error": self.error, "message": self.message, "info": ERROR_INFO_URL})

    def header_list(self) -> list[tuple[bytes, bytes]]:
        """Return the response headers, Content-Type first."""
        return [(b"content-type", content_type(ERROR)), *self.headers]


def bad_request(area: str, message: str) -> ApiError:
    """400: the request cannot be read at all (e.g. malformed JSON)."""
    return ApiError(400, f"{area}/Bad Request", message)


def unauthorized(message: str = "Invalid credentials! : Bad credentials") -> ApiError:
    """401: missing or wrong credentials."""
    return ApiError(
        401,
        "security/Unauthorized",
        message,
        headers=[(b"www-authenticate", b'Basic realm="Cumulocity"')],
    )


def forbidden(message: str = "Access is denied") -> ApiError:
    """403: the user is known but lacks the role or inventory permission for the request."""
    return ApiError(403, "security/Forbidden", message)


def not_found(area: str, message: str) -> ApiError:
    """404: the addressed resource does not exist."""
    return ApiError(404, f"{area}/Not Found", message)


def method_not_allowed(method: str, path: str, allowed: list[str]) -> ApiError:
    """405: the path exists, the method does not."""
    allow = ", ".join(sorted(set(allowed)))
    return ApiError(
        405,
        "general/Method Not Allowed",
        f"Method {method} is not supported on {path} (allowed: {allow})",
        headers=[(b"allow", allow.encode())],
    )


def conflict(area: str, message: str) -> ApiError:
    """409: the data is valid but breaks a constraint (e.g. a duplicate)."""
    return ApiError(409, f"{area}/Conflict", message)


def payload_too_large(limit: int) -> ApiError:
    """413: the request body exceeds the emulator's size limit."""
    return ApiError(
        413,
        "general/Payload Too Large",
        f"Request body exceeds the emulator's limit of {limit} bytes",
    )


def invalid_data(area: str, message: str) -> ApiError:
    """422: the payload or a query parameter is invalid."""
    return ApiError(422, f"{area}/Invalid Data", message)
