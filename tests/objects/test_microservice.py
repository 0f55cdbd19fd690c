"""Microservice helpers and the example microservice against the emulator with two subscribed
tenants (a management tenant owning the microservice, ``t100`` and ``t200`` subscribed)."""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncIterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from c8y_emulator.tenants import TenantDispatcher
from c8y_objects import (
    Application,
    AuthenticationError,
    ConfigurationError,
    CumulocityClient,
    Device,
    PermissionDeniedError,
)
from c8y_objects._http import DEFAULT_LIMITS
from c8y_objects.microservice import (
    BootstrapSettings,
    InvalidAuthorizationError,
    Isolation,
    Microservice,
    UserCredentials,
    parse_authorization,
)
from examples.microservice.app import ExampleMicroservice

BASE_URL = "http://c8y.internal"
MANAGEMENT = "management"
DEVICES = {"t100": ["pump", "valve"], "t200": ["meter"]}


@dataclass
class Platform:
    dispatcher: TenantDispatcher
    environ: dict[str, str]

    def transport(self) -> httpx.ASGITransport:
        return httpx.ASGITransport(app=self.dispatcher)

    def admin(self, tenant: str) -> CumulocityClient:
        return CumulocityClient(
            BASE_URL, tenant, username="admin", password="admin", transport=self.transport()
        )


def basic(tenant: str | None, user: str, password: str) -> str:
    login = f"{tenant}/{user}" if tenant else user
    return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()


@pytest.fixture
async def platform(c8y_tenants: TenantDispatcher) -> Platform:
    """The plugin's tenants (management, t100, t200) with the microservice subscribed."""
    assert sorted(c8y_tenants.tenants) == sorted([MANAGEMENT, *DEVICES])
    dispatcher = c8y_tenants
    transport = httpx.ASGITransport(app=dispatcher)
    async with CumulocityClient(
        BASE_URL, MANAGEMENT, username="admin", password="admin", transport=transport
    ) as management:
        app = await Application(
            management,
            name="counter",
            key="counter-key",
            type="MICROSERVICE",
            required_roles=["ROLE_INVENTORY_READ"],
        ).create()
        await management.applications.subscribe("t100", app)
        await management.applications.subscribe("t200", app)
        bootstrap = await management.applications.get_bootstrap_user(app)
    for tenant, names in DEVICES.items():
        async with CumulocityClient(
            BASE_URL, tenant, username="admin", password="admin", transport=transport
        ) as admin:
            for name in names:
                await Device(admin, name=name).create()
    environ = {
        "C8Y_BASEURL": BASE_URL,
        "C8Y_BOOTSTRAP_TENANT": bootstrap.tenant_id or "",
        "C8Y_BOOTSTRAP_USER": bootstrap.username or "",
        "C8Y_BOOTSTRAP_PASSWORD": bootstrap.password or "",
        "C8Y_MICROSERVICE_ISOLATION": "MULTI_TENANT",
        "APPLICATION_NAME": "counter",
    }
    return Platform(dispatcher, environ)


@pytest.fixture
async def service(platform: Platform) -> AsyncIterator[Microservice]:
    async with Microservice.from_env(platform.environ, transport=platform.transport()) as ms:
        yield ms


# --- settings and credentials (pure) ----------------------------------------------------------


@pytest.mark.parametrize(
    "missing",
    ["C8Y_BASEURL", "C8Y_BOOTSTRAP_TENANT", "C8Y_BOOTSTRAP_USER", "C8Y_BOOTSTRAP_PASSWORD"],
)
def test_a_missing_variable_is_named(missing: str) -> None:
    environ = {
        "C8Y_BASEURL": BASE_URL,
        "C8Y_BOOTSTRAP_TENANT": "t1",
        "C8Y_BOOTSTRAP_USER": "servicebootstrap_x",
        "C8Y_BOOTSTRAP_PASSWORD": "top-secret-1",
    }
    del environ[missing]
    with pytest.raises(ConfigurationError, match=missing) as info:
        Microservice.from_env(environ)
    assert "top-secret-1" not in str(info.value)


def test_settings_read_isolation_and_the_service_user() -> None:
    settings = BootstrapSettings.from_env(
        {
            "C8Y_BASEURL": BASE_URL,
            "C8Y_BOOTSTRAP_TENANT": "t1",
            "C8Y_BOOTSTRAP_USER": "servicebootstrap_x",
            "C8Y_BOOTSTRAP_PASSWORD": "boot-secret",
            "C8Y_MICROSERVICE_ISOLATION": "PER_TENANT",
            "C8Y_TENANT": "t1",
            "C8Y_USER": "service_x",
            "C8Y_PASSWORD": "service-secret",
            "APPLICATION_KEY": "x-key",
        }
    )
    assert settings.isolation is Isolation.PER_TENANT
    assert (settings.service_tenant_id, settings.service_username) == ("t1", "service_x")
    assert settings.application_key == "x-key"
    for secret in ("boot-secret", "service-secret"):
        assert secret not in repr(settings)
    with pytest.raises(ConfigurationError, match="C8Y_MICROSERVICE_ISOLATION"):
        BootstrapSettings.from_env(
            {
                "C8Y_BASEURL": BASE_URL,
                "C8Y_BOOTSTRAP_TENANT": "t1",
                "C8Y_BOOTSTRAP_USER": "u",
                "C8Y_BOOTSTRAP_PASSWORD": "p",
                "C8Y_MICROSERVICE_ISOLATION": "SHARED",
            }
        )


def test_names_are_trimmed_and_passwords_kept_as_given() -> None:
    settings = BootstrapSettings.from_env(
        {
            "C8Y_BASEURL": f" {BASE_URL} ",
            "C8Y_BOOTSTRAP_TENANT": " t1\n",
            "C8Y_BOOTSTRAP_USER": " servicebootstrap_x ",
            "C8Y_BOOTSTRAP_PASSWORD": " boot secret ",
            "C8Y_TENANT": " t1 ",
            "C8Y_USER": " service_x ",
            "C8Y_PASSWORD": " service secret ",
        }
    )
    assert (settings.base_url, settings.tenant_id, settings.username) == (
        BASE_URL,
        "t1",
        "servicebootstrap_x",
    )
    assert (settings.service_tenant_id, settings.service_username) == ("t1", "service_x")
    assert (settings.password, settings.service_password) == (" boot secret ", " service secret ")


def test_parse_authorization() -> None:
    assert parse_authorization(basic("t1", "ann", "pw:with:colons")) == UserCredentials(
        "t1", "ann", "pw:with:colons"
    )
    assert parse_authorization(basic(None, "ann", "pw")) == UserCredentials(None, "ann", "pw")
    assert parse_authorization("Bearer abc.def") == UserCredentials(None, None, token="abc.def")
    no_password = "Basic " + base64.b64encode(b"t1/ann").decode()
    empty_tenant = "Basic " + base64.b64encode(b"/ann:pw").decode()
    for bad in (None, "", "Digest x-secret", "Bearer ", "Basic %%%", no_password, empty_tenant):
        with pytest.raises(InvalidAuthorizationError) as info:
            parse_authorization(bad)
        credentials = (bad or "").partition(" ")[2]
        if len(credentials) > 3:
            assert credentials not in str(info.value)
    assert "pw" not in repr(parse_authorization(basic("t1", "ann", "pw-secret")))


def test_reserved_client_options_are_refused(platform: Platform) -> None:
    with pytest.raises(ConfigurationError, match="tenant_id"):
        Microservice.from_env(platform.environ, tenant_id="t1")


# --- against the emulator ---------------------------------------------------------------------


async def test_a_client_per_subscribed_tenant(service: Microservice) -> None:
    clients = await service.tenant_clients()
    assert sorted(clients) == ["t100", "t200"]
    for tenant, names in DEVICES.items():
        devices = await clients[tenant].device_inventory.get_all(limit=None)
        assert sorted(d.name or "" for d in devices) == sorted(names)
    assert await service.tenant_client("t100") is clients["t100"]
    with pytest.raises(ConfigurationError, match="t999"):
        await service.tenant_client("t999")


async def test_an_unsubscribed_tenant_loses_its_client(
    service: Microservice, platform: Platform
) -> None:
    before = await service.tenant_clients()
    async with platform.admin(MANAGEMENT) as management:
        (app,) = await management.applications.get_all(name="counter")
        await management.applications.unsubscribe("t200", app)
    after = await service.tenant_clients()
    assert sorted(after) == ["t100"]
    assert before["t200"].http.is_closed


async def test_own_tenant_client(service: Microservice, platform: Platform) -> None:
    # Multi-tenant: the bootstrap tenant's own subscription gives its client.
    with pytest.raises(ConfigurationError, match=MANAGEMENT):
        await service.own_tenant_client()
    async with platform.admin(MANAGEMENT) as management:
        (app,) = await management.applications.get_all(name="counter")
        await management.applications.subscribe(MANAGEMENT, app)
    own = await service.own_tenant_client()
    assert own.tenant_id == MANAGEMENT
    assert await own.device_inventory.get_count() == 0
    # Per tenant: the service user of the environment.
    subscriptions = {s.tenant_id: s for s in await service.get_subscriptions()}
    t100 = subscriptions["t100"]
    environ = platform.environ | {
        "C8Y_MICROSERVICE_ISOLATION": "PER_TENANT",
        "C8Y_TENANT": "t100",
        "C8Y_USER": t100.username or "",
        "C8Y_PASSWORD": t100.password or "",
    }
    async with Microservice.from_env(environ, transport=platform.transport()) as per_tenant:
        client = await per_tenant.own_tenant_client()
        assert client.tenant_id == "t100"
        assert await client.device_inventory.get_count() == len(DEVICES["t100"])


async def test_user_client_acts_as_the_caller(service: Microservice, platform: Platform) -> None:
    async with await service.user_client(basic("t200", "admin", "admin")) as user:
        assert user.tenant_id == "t200"
        names = [d.name for d in await user.device_inventory.get_all(limit=None)]
        assert names == DEVICES["t200"]
    async with httpx.AsyncClient(transport=platform.transport(), base_url=BASE_URL) as http:
        token = (
            await http.post(
                "/tenant/oauth/token",
                params={"tenant_id": "t100"},
                data={"grant_type": "PASSWORD", "username": "admin", "password": "admin"},
            )
        ).json()["access_token"]
    async with await service.user_client(f"Bearer {token}") as bearer:
        assert bearer.tenant_id == "t100"
        assert await bearer.device_inventory.get_count() == len(DEVICES["t100"])
    with pytest.raises(AuthenticationError):
        await service.user_client("Bearer not-a-token")
    wrong = await service.user_client(basic("t100", "admin", "wrong"))
    async with wrong:
        with pytest.raises(AuthenticationError):
            await wrong.device_inventory.get_count()


class RecordingTransport(httpx.AsyncBaseTransport):
    """The emulator's ASGI transport that notes `aclose` and refuses requests after it."""

    def __init__(self, platform: Platform) -> None:
        self._inner = platform.transport()
        self.closed = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.closed:
            raise httpx.ConnectError("transport closed", request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed += 1


async def test_a_given_transport_is_shared_and_left_open(platform: Platform) -> None:
    shared = RecordingTransport(platform)
    async with Microservice.from_env(platform.environ, transport=shared) as service:
        ann = await service.user_client(basic("t100", "admin", "admin"))
        async with await service.user_client(basic("t200", "admin", "admin")) as bob:
            assert await bob.device_inventory.get_count() == len(DEVICES["t200"])
        assert shared.closed == 0
        assert await ann.device_inventory.get_count() == len(DEVICES["t100"])
        await ann.aclose()
        assert len(await service.tenant_clients()) == len(DEVICES)
    assert shared.closed == 0


async def test_a_built_transport_is_shared_and_closed_with_the_microservice(
    platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[tuple[RecordingTransport, dict[str, Any]]] = []

    def build(**kwargs: Any) -> RecordingTransport:
        built.append((RecordingTransport(platform), kwargs))
        return built[-1][0]

    monkeypatch.setattr(httpx, "AsyncHTTPTransport", build)
    async with Microservice.from_env(platform.environ, verify=False) as service:
        clients = await service.tenant_clients()
        async with await service.user_client(basic("t100", "admin", "admin")) as user:
            assert await user.device_inventory.get_count() == len(DEVICES["t100"])
        assert await clients["t200"].device_inventory.get_count() == len(DEVICES["t200"])
        [(transport, options)] = built
        assert options == {"verify": False, "limits": DEFAULT_LIMITS}
        assert transport.closed == 0
    assert transport.closed == 1


def test_verify_beside_a_given_transport_is_refused(platform: Platform) -> None:
    with pytest.raises(ConfigurationError, match="verify applies to the transport"):
        Microservice.from_env(
            platform.environ, transport=RecordingTransport(platform), verify=False
        )


async def test_user_client_can_do_no_more_than_the_user(service: Microservice) -> None:
    async with await service.user_client(basic("t100", "reader", "Reader-Pass-1")) as reader:
        assert await reader.device_inventory.get_count() == len(DEVICES["t100"])
        with pytest.raises(PermissionDeniedError):
            await Device(reader, name="not allowed").create()


async def test_no_secret_in_repr_log_or_error(
    service: Microservice, platform: Platform, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    clients = await service.tenant_clients()
    subscriptions = await service.get_subscriptions()
    header = basic("t100", "admin", "admin-incoming-secret")
    user = await service.user_client(header)
    await user.aclose()
    errors: list[str] = []
    for bad in ("Basic " + base64.b64encode(b"t100/admin").decode(), "Token admin-secret"):
        with pytest.raises(InvalidAuthorizationError) as info:
            await service.user_client(bad)
        errors.append(str(info.value))
    with pytest.raises(AuthenticationError) as refused:
        await service.user_client("Bearer bearer-secret-token")
    errors.append(str(refused.value))
    texts = [
        repr(service),
        repr(service.settings),
        repr(service.bootstrap),
        *(repr(c) for c in clients.values()),
        *(repr(s) for s in subscriptions),
        repr(user),
        caplog.text,
        *errors,
    ]
    secrets = [
        platform.environ["C8Y_BOOTSTRAP_PASSWORD"],
        *(s.password or "" for s in subscriptions),
        "admin-incoming-secret",
        header.split(" ", 1)[1],
        "bearer-secret-token",
        "admin-secret",
    ]
    assert caplog.records
    for secret in secrets:
        assert secret
        for text in texts:
            assert secret not in text


# --- the example microservice -----------------------------------------------------------------


@pytest.fixture
async def example(service: Microservice) -> AsyncIterator[httpx.AsyncClient]:
    app = ExampleMicroservice(service)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://counter") as http:
        yield http


async def test_example_health(example: httpx.AsyncClient) -> None:
    answer = await example.get("/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "UP"}
    assert (await example.get("/nothing")).status_code == 404


async def test_example_counts_devices_per_subscribed_tenant(example: httpx.AsyncClient) -> None:
    answer = await example.get("/tenants/devices")
    assert answer.status_code == 200
    assert answer.json() == {tenant: len(names) for tenant, names in DEVICES.items()}


async def test_example_lists_the_callers_devices(example: httpx.AsyncClient) -> None:
    for tenant, names in DEVICES.items():
        answer = await example.get(
            "/devices", headers={"Authorization": basic(tenant, "admin", "admin")}
        )
        assert answer.status_code == 200
        assert answer.json()["tenant"] == tenant
        assert [d["name"] for d in answer.json()["devices"]] == names
    missing = await example.get("/devices")
    assert missing.status_code == 401
    wrong = await example.get(
        "/devices", headers={"Authorization": basic("t100", "admin", "wrong-secret")}
    )
    assert wrong.status_code == 401
    assert "wrong-secret" not in wrong.text


async def test_example_builds_its_microservice_from_the_environment(
    platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in platform.environ.items():
        monkeypatch.setenv(name, value)
    app = ExampleMicroservice()
    assert app.microservice.settings.tenant_id == MANAGEMENT
    await app.microservice.aclose()


async def test_example_closes_its_clients_at_shutdown(service: Microservice) -> None:
    clients = await service.tenant_clients()
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[str] = []

    async def receive() -> dict[str, str]:
        return next(messages)

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message["type"])

    await ExampleMicroservice(service)({"type": "lifespan"}, receive, send)
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert all(c.http.is_closed for c in clients.values())
