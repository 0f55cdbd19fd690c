"""Request logging: the loggers, C8Y_OBJECTS_LOG, and log lines that never hold a secret."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from c8y_objects import (
    AuthenticationError,
    ConfigurationError,
    CumulocityClient,
    NotFoundError,
    User,
)
from c8y_objects._logging import LOG_ENV, configure_from_env, level_from_env
from c8y_objects.errors import redact_url
from tests.objects.conftest import PASSWORD, TENANT, USERNAME

if TYPE_CHECKING:
    from c8y_emulator import EmulatorApp
    from c8y_emulator.testing import FaultHelper

MOS = "/inventory/managedObjects"


@pytest.fixture
def sdk_logger() -> Iterator[logging.Logger]:
    """The ``c8y_objects`` logger, restored after the test."""
    logger = logging.getLogger("c8y_objects")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize(
    ("value", "level"),
    [("", None), ("  ", None), ("debug", logging.DEBUG), ("INFO", logging.INFO),
     (" Warning ", logging.WARNING), ("error", logging.ERROR)],
)  # fmt: skip
def test_level_from_env(value: str, level: int | None) -> None:
    assert level_from_env({LOG_ENV: value}) == level
    assert level_from_env({}) is None


def test_an_unknown_level_is_refused_with_the_variable_named() -> None:
    with pytest.raises(ConfigurationError, match=r"C8Y_OBJECTS_LOG='loud'.*debug, info"):
        level_from_env({LOG_ENV: "loud"})


def test_configure_sets_the_level_and_adds_one_handler(sdk_logger: logging.Logger) -> None:
    before = list(sdk_logger.handlers)
    configure_from_env({})
    assert sdk_logger.handlers == before  # unset: the application's set-up is left alone
    configure_from_env({LOG_ENV: "debug"})
    configure_from_env({LOG_ENV: "debug"})
    added = [h for h in sdk_logger.handlers if h not in before]
    assert len(added) == 1
    assert isinstance(added[0], logging.StreamHandler)
    assert sdk_logger.level == logging.DEBUG
    assert logging.getLogger("c8y_objects.http").getEffectiveLevel() == logging.DEBUG


def test_a_new_client_applies_the_variable(
    sdk_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOG_ENV, "info")
    CumulocityClient("https://c8y.example", "t1", token="x")
    assert sdk_logger.level == logging.INFO
    monkeypatch.setenv(LOG_ENV, "chatty")
    with pytest.raises(ConfigurationError, match="C8Y_OBJECTS_LOG"):
        CumulocityClient("https://c8y.example", "t1", token="x")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://h/a?b=1", "https://h/a?b=1"),
        ("https://u:pw@h/a", "https://h/a"),
        ("https://h/a?token=abc&pageSize=5", "https://h/a?token=redacted&pageSize=5"),
        (
            "https://h/a?access_token=x&password=y&apiKey=z&keys=k&q=type",
            "https://h/a?access_token=redacted&password=redacted&apiKey=redacted&keys=k&q=type",
        ),
    ],
)
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@pytest.mark.raw_requests  # a query parameter outside the spec, on purpose
async def test_request_log_lines_hold_no_secret(
    emulator_app: EmulatorApp,
    c8y: CumulocityClient,
    c8y_faults: FaultHelper,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import httpx

    caplog.set_level(logging.DEBUG)
    body_password = "Body-Secret-4242"
    url_token = "Url-Secret-7373"
    cookie = "Cookie-Secret-5151"
    bearer = "Bearer-Secret-9191"
    # Basic credentials, a password in a body, a token in the URL, a cookie, a retried request.
    c8y_faults.status(MOS, 503, method="GET", count=1)
    await c8y.inventory.get_count()
    user = User(c8y, username="logged", email="l@example.com", password=body_password)
    await user.create()
    await c8y.get(MOS, {"token": url_token, "pageSize": 1})
    await c8y.request("GET", MOS, headers={"Cookie": f"session={cookie}"})
    with pytest.raises(NotFoundError):
        await c8y.inventory.get("987654")
    async with CumulocityClient(
        "http://emulator", TENANT, token=bearer, transport=httpx.ASGITransport(app=emulator_app)
    ) as stranger:
        with pytest.raises(AuthenticationError):
            await stranger.get(MOS)

    ours = [r.getMessage() for r in caplog.records if r.name.startswith("c8y_objects")]
    requests = [line for line in ours if " -> " in line]
    assert len(requests) >= 6  # one line per request that got an answer
    assert any("token=redacted" in line for line in requests)
    assert any("answered 503" in line for line in ours)  # the retry
    basic = base64.b64encode(f"{TENANT}/{USERNAME}:{PASSWORD}".encode()).decode()
    for secret in (body_password, url_token, cookie, bearer, basic):
        for line in ours:
            assert secret not in line
    # No other library's log holds a header or body secret either (httpx logs whole URLs at
    # INFO, so only the SDK's lines are checked for the URL token).
    for secret in (body_password, cookie, bearer, basic):
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("raised", "error", "logged"),
    [
        ("ConnectError", "APIConnectionError", "failed (ConnectError)"),
        ("ReadTimeout", "APITimeoutError", "timed out (ReadTimeout)"),
    ],
)
async def test_a_request_without_answer_logs_one_line_with_the_redacted_url(
    caplog: pytest.LogCaptureFixture, raised: str, error: str, logged: str
) -> None:
    import httpx

    import c8y_objects.errors

    def refuse(request: httpx.Request) -> httpx.Response:
        raise getattr(httpx, raised)("no answer", request=request)

    caplog.set_level(logging.DEBUG, logger="c8y_objects")
    async with CumulocityClient(
        "https://c8y.example", "t1", token="x", transport=httpx.MockTransport(refuse), max_retries=0
    ) as c8y:
        with pytest.raises(getattr(c8y_objects.errors, error)) as caught:
            await c8y.get(MOS, {"token": "Url-Secret-1", "pageSize": 1})
    url = "https://c8y.example/inventory/managedObjects"  # the query is left out
    assert caught.value.url == url
    lines = [r.getMessage() for r in caplog.records if r.name == "c8y_objects.http"]
    assert lines == [f"GET {url} {logged}"]
