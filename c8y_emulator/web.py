"""Request, response and routing primitives of the emulator's plain ASGI server.

The emulator does not use a web framework: a page of 2000 managed objects is spliced together
from stored JSON bytes, and a framework's request and response objects would cost more than
that. Handlers are plain functions ``(Request, path_params) -> Response``; they run on the event
loop, and their storage calls are short SQLite transactions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

import orjson

from c8y_emulator import media
from c8y_emulator.access import Rule, Visibility
from c8y_emulator.errors import bad_request, invalid_data

_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})


@dataclass(slots=True)
class Request:
    """One HTTP request as the handlers see it.

    Attributes:
        method: Upper-case HTTP method (after an ``X-HTTP-METHOD`` override).
        path: Percent-decoded request path.
        raw_query: The query string as sent (still encoded).
        query: Decoded query parameters; a repeated name keeps every value.
        headers: Header names lower-cased; repeated headers joined with a comma.
        body: The raw request body.
        base_url: ``scheme://host[:port]`` the client addressed; links are built from it.
        user: Name of the authenticated user (set by the app after authentication).
        visibility: Set when the route's rule lets the caller through restricted to the objects
            their inventory roles reach (:mod:`c8y_emulator.access`); None: unrestricted.
    """

    method: str
    path: str
    raw_query: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    base_url: str
    user: str = ""
    visibility: Visibility | None = None

    def param(self, name: str) -> str | None:
        """Return the first value of query parameter ``name``, or None."""
        values = self.query.get(name)
        return values[0] if values else None

    def flag(self, name: str, area: str, default: bool = False) -> bool:
        """Return boolean query parameter ``name``.

        Raises:
            ApiError: 422 when the value is not a boolean.
        """
        value = self.param(name)
        if value is None or value == "":
            return default
        lowered = value.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise invalid_data(area, f"Query parameter {name} must be true or false, got {value!r}")

    def json(self, area: str) -> Any:
        """Return the parsed JSON body.

        Raises:
            ApiError: 400 when the body is empty or not valid JSON.
        """
        if not self.body.strip():
            raise bad_request(area, "Request body is empty; a JSON document is required")
        try:
            return orjson.loads(self.body)
        except orjson.JSONDecodeError as exc:
            raise bad_request(area, f"Request body is not valid JSON: {exc}") from None

    def json_object(self, area: str) -> dict[str, Any]:
        """Return the JSON body, which must be an object.

        Raises:
            ApiError: 400 for malformed JSON, 422 when the document is not an object.
        """
        document = self.json(area)
        if not isinstance(document, dict):
            raise invalid_data(
                area, f"Request body must be a JSON object, got {type(document).__name__}"
            )
        return document

    @property
    def content_type(self) -> str:
        """The bare, lower-cased media type of the request body."""
        return media.mime(self.headers.get("content-type"))

    def url(self, path: str) -> str:
        """Return the absolute URL of ``path`` on this server."""
        return self.base_url + path

    def page_url(self, **overrides: int) -> str:
        """Return this request's URL with some query parameters replaced (for paging links)."""
        pairs = [(k, v) for k, v in parse_qsl(self.raw_query, keep_blank_values=True)]
        for name, value in overrides.items():
            pairs = [(k, v) for k, v in pairs if k != name]
            pairs.append((name, str(value)))
        return f"{self.base_url}{self.path}?{urlencode(pairs)}"


@dataclass(slots=True)
class Response:
    """An answer: status, body bytes, media type and extra headers."""

    status: int
    body: bytes = b""
    media_type: str | None = None
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)

    def header_list(self) -> list[tuple[bytes, bytes]]:
        """Return all response headers, Content-Type first when there is a body."""
        if self.media_type is None or not self.body:
            return list(self.headers)
        return [(b"content-type", media.content_type(self.media_type)), *self.headers]


def json_response(request: Request, status: int, document: Any, media_type: str) -> Response:
    """Serialise ``document`` and answer it with the negotiated media type."""
    return Response(status, orjson.dumps(document), media.negotiate(request.headers, media_type))


def bytes_response(request: Request, status: int, body: bytes, media_type: str) -> Response:
    """Answer pre-serialised JSON ``body`` with the negotiated media type."""
    return Response(status, body, media.negotiate(request.headers, media_type))


def write_response(request: Request, status: int, body: bytes, media_type: str) -> Response:
    """Answer a POST/PUT: the body only when the client sent an Accept header."""
    if not media.wants_body(request.headers):
        return Response(status)
    return Response(status, body, media.negotiate(request.headers, media_type))


Handler = Callable[[Request, dict[str, str]], Response]

_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True, slots=True)
class Route:
    """A method and path template (``/inventory/managedObjects/{id}``) bound to a handler."""

    method: str
    template: str
    handler: Handler
    pattern: re.Pattern[str]
    public: bool = False
    access: Rule | None = None


class Router:
    """Maps method and path to handlers; path parameters match one percent-encoded segment."""

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        public: bool = False,
        access: Rule | None = None,
    ) -> None:
        """Register ``handler`` for ``method`` on path ``template``.

        Args:
            method: HTTP method.
            template: Path with ``{name}`` parameters, as the platform's spec writes it.
            handler: The function answering the request.
            public: Whether the route answers without credentials (login endpoints).
            access: Who may call it (:func:`c8y_emulator.access.require`); every route that is
                not public declares one.
        """
        parts = []
        for segment in template.strip("/").split("/"):
            param = _PARAM.fullmatch(segment)
            parts.append(f"(?P<{param.group(1)}>[^/]+)" if param else re.escape(segment))
        pattern = re.compile("^/" + "/".join(parts) + "/?$")
        self._routes.append(Route(method.upper(), template, handler, pattern, public, access))

    def __iter__(self) -> Iterator[Route]:
        return iter(self._routes)

    def match(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | list[str]:
        """Find the route for a request.

        Returns:
            The route and its decoded path parameters, or the list of methods the path
            supports (empty when no route has that path).
        """
        allowed: list[str] = []
        for route in self._routes:
            found = route.pattern.match(raw_path)
            if found is None:
                continue
            if route.method != method:
                allowed.append(route.method)
                continue
            return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return allowed
