"""The connection: request building, error mapping, redaction, environment settings.

Pure functions are tested directly; the client over `httpx.MockTransport`.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
import pytest

from c8y_objects._http import (
    CumulocityRestClient,
    build_auth_header,
    encode_params,
)
from c8y_objects.client import CumulocityClient, settings_from_env
from c8y_objects.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CumulocityError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnprocessableEntityError,
    error_from_response,
    redact_url,
)
from tests.objects.conftest import RecordingSleep

PASSWORD = "s3cr3t-Pa55"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-body"
BASIC = base64.b64encode(f"t1/alice:{PASSWORD}".encode()).decode()

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(
    handler: Handler,
    sleeps: RecordingSleep | None = None,
    **kwargs: Any,
) -> CumulocityClient:
    options: dict[str, Any] = {"username": "alice", "password": PASSWORD}
    options.update(kwargs)
    return CumulocityClient(
        "https://tenant.example.com",
        "t1",
        transport=httpx.MockTransport(handler),
        retry_sleep=sleeps or RecordingSleep(),
        **options,
    )


def platform_error(status: int, error: str, message: str) -> httpx.Response:
    return httpx.Response(status, json={"error": error, "message": message, "info": "https://x"})


# --- pure helpers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (599, ServerError),
        (405, APIError),
        (418, APIError),
    ],
)
def test_error_class_per_status(status: int, cls: type[APIError]) -> None:
    exc = error_from_response(status, b"", method="GET", url="https://h/x")
    assert type(exc) is cls
    assert isinstance(exc, CumulocityError)
    assert exc.status_code == status


def test_error_carries_the_platform_fields() -> None:
    body = orjson.dumps(
        {"error": "inventory/Not Found", "message": "Finding object failed", "info": "https://i"}
    )
    exc = error_from_response(
        404, body, method="GET", url="https://h/inventory/managedObjects/9?withChildren=false"
    )
    assert (exc.error, exc.message, exc.info) == (
        "inventory/Not Found",
        "Finding object failed",
        "https://i",
    )
    assert exc.method == "GET"
    assert exc.url == "https://h/inventory/managedObjects/9?withChildren=false"
    assert exc.body["error"] == "inventory/Not Found"
    assert str(exc) == (
        "404 [inventory/Not Found] Finding object failed "
        "(GET https://h/inventory/managedObjects/9?withChildren=false)"
    )


def test_error_without_json_body_uses_the_text_or_the_reason() -> None:
    exc = error_from_response(502, b"<html>Bad gateway</html>", method="GET", url="https://h/")
    assert exc.message == "<html>Bad gateway</html>"
    assert exc.error is None
    assert exc.body is None
    exc = error_from_response(500, b"", method="PUT", url="https://h/", reason="Oops")
    assert exc.message == "Oops"
    exc = error_from_response(500, b"", method="PUT", url="https://h/")
    assert exc.message == "HTTP 500"


def test_rate_limit_error_keeps_retry_after() -> None:
    exc = error_from_response(
        429, b"", method="GET", url="https://h/", headers={"retry-after": "9"}
    )
    assert isinstance(exc, RateLimitError)
    assert exc.retry_after == "9"


def test_error_urls_lose_user_info() -> None:
    exc = error_from_response(401, b"", method="GET", url=f"https://bob:{PASSWORD}@h/x")
    assert PASSWORD not in str(exc)
    assert PASSWORD not in repr(exc)
    assert exc.url == "https://h/x"
    assert redact_url("https://h/a?b=1") == "https://h/a?b=1"


def test_encode_params() -> None:
    when = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    encoded = encode_params(
        {
            "type": "c8y_Device",
            "withParents": True,
            "onlyRoots": False,
            "ids": ["1", 2, "3"],
            "pageSize": 100,
            "owner": None,
            "dateFrom": when,
        }
    )
    assert encoded == {
        "type": "c8y_Device",
        "withParents": "true",
        "onlyRoots": "false",
        "ids": "1,2,3",
        "pageSize": "100",
        "dateFrom": "2024-05-01T12:30:00+00:00",
    }
    assert encode_params(None) == {}


def test_encode_params_keeps_repeated_pairs_in_order() -> None:
    pairs = [("series", "c8y_T.T"), ("revert", True), ("series", "c8y_H.H"), ("x", None)]
    assert encode_params(pairs) == (
        ("series", "c8y_T.T"),
        ("revert", "true"),
        ("series", "c8y_H.H"),
    )
    with pytest.raises(ConfigurationError, match=r"'dateTo'.*no time zone"):
        encode_params([("dateTo", datetime(2024, 5, 1))])


def test_encode_params_rejects_naive_datetimes_and_unknown_types() -> None:
    with pytest.raises(ConfigurationError, match=r"'dateFrom'.*no time zone"):
        encode_params({"dateFrom": datetime(2024, 5, 1)})
    with pytest.raises(ConfigurationError, match=r"'query'.*dict"):
        encode_params({"query": {"a": 1}})


def test_basic_auth_header_prefixes_the_tenant() -> None:
    assert build_auth_header("t1", "alice", PASSWORD, None) == f"Basic {BASIC}"
    already = base64.b64encode(b"t9/bob:pw").decode()
    assert build_auth_header("t1", "t9/bob", "pw", None) == f"Basic {already}"


def test_token_wins_over_basic() -> None:
    assert build_auth_header("t1", "alice", PASSWORD, TOKEN) == f"Bearer {TOKEN}"


def test_missing_credentials_are_named() -> None:
    with pytest.raises(ConfigurationError, match="no credentials"):
        build_auth_header("t1", None, None, None)
    with pytest.raises(ConfigurationError, match="'alice' given without a password"):
        build_auth_header("t1", "alice", None, None)


@pytest.mark.parametrize(
    ("base_url", "problem"),
    [
        ("", "empty"),
        ("ftp://h", "not an http"),
        (f"https://alice:{PASSWORD}@h", "must not contain credentials"),
    ],
)
def test_bad_base_url_is_refused(base_url: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem) as info:
        CumulocityClient(base_url, "t1", username="alice", password=PASSWORD)
    assert PASSWORD not in str(info.value)


def test_base_url_without_scheme_defaults_to_https() -> None:
    client = CumulocityClient("tenant.example.com/", "t1", token=TOKEN)
    assert client.base_url == "https://tenant.example.com"


# --- environment ------------------------------------------------------------------------------


def test_settings_from_env_with_password() -> None:
    settings = settings_from_env(
        {"C8Y_BASEURL": "https://h", "C8Y_TENANT": "t1", "C8Y_USER": "u", "C8Y_PASSWORD": "p"}
    )
    assert settings == {
        "base_url": "https://h",
        "tenant_id": "t1",
        "username": "u",
        "password": "p",
    }


def test_settings_from_env_fallback_names() -> None:
    settings = settings_from_env(
        {"C8Y_HOST": "h.example", "C8Y_TENANT": "t1", "C8Y_USERNAME": "u", "C8Y_PASSWORD": ""}
    )
    assert settings["base_url"] == "h.example"
    assert settings["username"] == "u"
    assert settings["password"] == ""
    assert settings_from_env({"C8Y_URL": "https://u", "C8Y_TENANT": "t", "C8Y_TOKEN": "tok"}) == {
        "base_url": "https://u",
        "tenant_id": "t",
        "token": "tok",
    }


def test_settings_from_env_prefers_baseurl() -> None:
    env = {"C8Y_BASEURL": "https://a", "C8Y_URL": "https://b", "C8Y_TENANT": "t", "C8Y_TOKEN": "x"}
    assert settings_from_env(env)["base_url"] == "https://a"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"C8Y_TENANT": "t", "C8Y_TOKEN": "x"}, "C8Y_BASEURL / C8Y_URL / C8Y_HOST"),
        ({"C8Y_BASEURL": "https://h", "C8Y_TOKEN": "x"}, "C8Y_TENANT"),
        ({"C8Y_BASEURL": "https://h", "C8Y_TENANT": "t"}, "C8Y_USER / C8Y_USERNAME"),
        ({"C8Y_BASEURL": "https://h", "C8Y_TENANT": "t", "C8Y_USER": "u"}, "C8Y_PASSWORD"),
        ({"C8Y_BASEURL": "  ", "C8Y_TENANT": "t", "C8Y_TOKEN": "x"}, "C8Y_BASEURL"),
    ],
)
def test_missing_env_variable_is_named(env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigurationError, match=named):
        settings_from_env(env)


def test_from_env_builds_a_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("C8Y_BASEURL", "https://env.example.com")
    monkeypatch.setenv("C8Y_TENANT", "t77")
    monkeypatch.setenv("C8Y_USER", "carol")
    monkeypatch.setenv("C8Y_PASSWORD", PASSWORD)
    monkeypatch.delenv("C8Y_TOKEN", raising=False)
    client = CumulocityClient.from_env(max_retries=0)
    assert isinstance(client, CumulocityRestClient)
    assert (client.base_url, client.tenant_id, client.username) == (
        "https://env.example.com",
        "t77",
        "carol",
    )
    assert PASSWORD not in repr(client)


# --- the client over MockTransport ------------------------------------------------------------


async def test_requests_carry_auth_and_json_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": "5", "name": "a"})

    async with make_client(
        handler, application_key="app-key", processing_mode="TRANSIENT"
    ) as client:
        created = await client.post("/inventory/managedObjects", {"name": "a", "n": 1})
    assert created == {"id": "5", "name": "a"}
    (request,) = seen
    assert request.url == "https://tenant.example.com/inventory/managedObjects"
    assert request.headers["authorization"] == f"Basic {BASIC}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    assert request.headers["x-cumulocity-application-key"] == "app-key"
    assert request.headers["x-cumulocity-processing-mode"] == "TRANSIENT"
    assert orjson.loads(request.content) == {"name": "a", "n": 1}


async def test_bearer_token_and_custom_media_types() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    async with make_client(handler, username=None, password=None, token=TOKEN) as client:
        await client.put(
            "inventory/managedObjects/1",
            {"x": 1},
            params={"a": True},
            accept="application/vnd.com.nsn.cumulocity.managedobject+json",
            content_type="application/vnd.com.nsn.cumulocity.managedobject+json",
        )
        await client.get("/x", {"q": None})
    put, get = seen
    assert put.headers["authorization"] == f"Bearer {TOKEN}"
    assert put.url.path == "/inventory/managedObjects/1"
    assert put.url.params["a"] == "true"
    assert put.headers["accept"] == "application/vnd.com.nsn.cumulocity.managedobject+json"
    assert put.headers["content-type"] == "application/vnd.com.nsn.cumulocity.managedobject+json"
    assert get.url.query == b""


async def test_delete_with_params_and_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    async with make_client(handler) as client:
        await client.delete("/inventory/managedObjects/3", {"cascade": True})
        await client.delete("/x", json={"ids": [1]})
    assert seen[0].method == "DELETE"
    assert seen[0].url.params["cascade"] == "true"
    assert "content-type" not in seen[0].headers
    assert orjson.loads(seen[1].content) == {"ids": [1]}


async def test_empty_success_bodies() -> None:
    async with make_client(lambda r: httpx.Response(204)) as client:
        assert await client.post("/x", {}) is None
        assert await client.put("/x", {}) is None
        assert await client.get_bytes("/x") == b""
        with pytest.raises(ResponseDecodeError, match="empty response body"):
            await client.get("/x")


async def test_truncated_json_is_a_decode_error() -> None:
    async with make_client(
        lambda r: httpx.Response(200, content=b'{"managedObjects": [{"id"')
    ) as c:
        with pytest.raises(ResponseDecodeError) as info:
            await c.get("/inventory/managedObjects")
    assert info.value.status_code == 200
    assert info.value.method == "GET"
    assert info.value.url == "https://tenant.example.com/inventory/managedObjects"
    assert info.value.body.startswith(b'{"managedObjects"')


async def test_unserialisable_body_is_refused_before_sending() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201)

    async with make_client(handler) as client:
        with pytest.raises(ConfigurationError, match="not JSON-serialisable"):
            await client.post("/x", {"value": object()})
    assert seen == []


async def test_error_status_raises_typed_error_after_retries() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return platform_error(404, "inventory/Not Found", "Finding managed object 7 failed")

    async with make_client(handler) as client:
        with pytest.raises(NotFoundError) as info:
            await client.get("/inventory/managedObjects/7")
    assert info.value.error == "inventory/Not Found"
    assert info.value.url == "https://tenant.example.com/inventory/managedObjects/7"
    assert len(calls) == 1

    sleeps = RecordingSleep()
    async with make_client(lambda r: platform_error(503, "x/busy", "busy"), sleeps) as client:
        with pytest.raises(ServerError) as server:
            await client.get("/x")
    assert server.value.status_code == 503
    assert len(sleeps.waits) == 3


async def test_connection_failures_become_typed_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    sleeps = RecordingSleep()
    async with make_client(refuse, sleeps, max_retries=2) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.post("/x", {})
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.method == "POST"
    assert info.value.url == "https://tenant.example.com/x"
    assert "ConnectError" in str(info.value)
    assert len(sleeps.waits) == 2

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow")

    async with make_client(slow, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.get("/x")


async def test_nothing_secret_in_repr_errors_or_debug_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/boom":
            raise httpx.ReadError("reset")
        return platform_error(401, "security/Unauthorized", "Invalid credentials!")

    client = make_client(handler, max_retries=1)
    async with client:
        with pytest.raises(AuthenticationError) as auth:
            await client.get("/user/currentUser")
        with pytest.raises(APIConnectionError) as conn:
            await client.get("/boom")
    secrets = [PASSWORD, BASIC, TOKEN]
    texts = [repr(client), str(auth.value), repr(auth.value), str(conn.value), caplog.text]
    texts.append(repr(client.http.headers))
    assert "/boom" in caplog.text  # the retry was logged
    for text in texts:
        for secret in secrets:
            assert secret not in text

    token_client = make_client(handler, username=None, password=None, token=TOKEN)
    assert TOKEN not in repr(token_client)
    assert TOKEN not in repr(token_client.http.headers)


async def test_rest_client_shares_connection_auth_and_retries() -> None:
    from c8y_rest.api.current_user import get_current_user_resource
    from c8y_rest.models.current_user import CurrentUser

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(503)
        return httpx.Response(200, json={"id": "alice", "userName": "alice"})

    sleeps = RecordingSleep()
    async with make_client(handler, sleeps) as client:
        assert client.rest is client.rest
        assert client.rest.get_async_httpx_client() is client.http
        response = await get_current_user_resource.asyncio_detailed(client=client.rest)
        assert PASSWORD not in repr(client.rest)
    assert response.status_code == 200
    assert isinstance(response.parsed, CurrentUser)
    assert response.parsed.user_name == "alice"
    assert [r.url.path for r in seen] == ["/user/currentUser"] * 2
    assert all(r.headers["authorization"] == f"Basic {BASIC}" for r in seen)
    assert len(sleeps.waits) == 1


def test_rest_client_refuses_the_generated_sync_functions_before_sending() -> None:
    """``c8y.rest`` has no sync client: a sync call raises a clear error and sends nothing
    (it used to fail inside httpx with ``Illegal header value b'Bearer '``)."""
    from c8y_rest.api.current_user import get_current_user_resource

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = make_client(handler)
    for call in (get_current_user_resource.sync, get_current_user_resource.sync_detailed):
        with pytest.raises(ConfigurationError, match=r"async only.*asyncio\(\)"):
            call(client=client.rest)  # type: ignore[arg-type]
    assert seen == []


async def test_closing_the_client_closes_the_pool() -> None:
    client = make_client(lambda r: httpx.Response(200, json={}))
    async with client:
        await client.get("/x")
    assert client.http.is_closed
