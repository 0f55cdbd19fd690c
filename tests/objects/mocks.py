"""Helpers for tests that run the client against `httpx.MockTransport` instead of a server."""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Callable, Coroutine
from urllib.parse import parse_qs, urlsplit

import httpx

from c8y_objects import CumulocityClient

Handler = (
    Callable[[httpx.Request], httpx.Response]
    | Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]
)


def mock_client(handler: Handler) -> CumulocityClient:
    """A client (not yet entered) whose every request is answered by `handler`, never retried."""
    return CumulocityClient(
        "http://c8y.test",
        "t1",
        username="u",
        password="p",
        transport=httpx.MockTransport(handler),
        max_retries=0,
    )


def query(request: httpx.Request) -> dict[str, list[str]]:
    """The query string of `request`, each name with the list of its values."""
    return parse_qs(urlsplit(str(request.url)).query)


def parse_multipart(body: bytes, content_type: str) -> dict[str, tuple[str | None, str, bytes]]:
    """Parts by name as (file name, content type, payload), read with the stdlib MIME parser."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    parts: dict[str, tuple[str | None, str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts[name] = (part.get_filename(), part.get_content_type(), payload)
    return parts


def multipart_parts(request: httpx.Request) -> dict[str, tuple[str | None, str, bytes]]:
    """The parts of a multipart request, as `parse_multipart` gives them."""
    return parse_multipart(request.content, request.headers["Content-Type"])
