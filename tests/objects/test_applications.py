"""The applications object model against the emulator: every member of `Application`,
`ApplicationSubscription` and `Applications`, and what the platform refuses."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_objects import (
    Application,
    ApplicationSubscription,
    ApplicationType,
    BulkError,
    ConfigurationError,
    ConflictError,
    CumulocityClient,
    NotFoundError,
    ObjectStateError,
    PermissionDeniedError,
    UnknownFilterError,
    UnprocessableEntityError,
)
from tests.objects.conftest import ASGI_BASE_URL, TENANT
from tests.objects.emulated import requests_log


def microservice_zip(required_roles: list[str]) -> bytes:
    buffer = io.BytesIO()
    manifest = {
        "name": "ignored",
        "settingsCategory": "micro",
        "requiredRoles": required_roles,
        "settings": [{"key": "greeting", "defaultValue": "hello"}],
    }
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("cumulocity.json", httpx.Response(200, json=manifest).content)
    return buffer.getvalue()


async def bootstrap_client(
    c8y: CumulocityClient, app: EmulatorApp, application: Application
) -> CumulocityClient:
    user = await c8y.applications.get_bootstrap_user(application)
    return CumulocityClient(
        ASGI_BASE_URL,
        user.tenant_id or "",
        username=user.username,
        password=user.password,
        transport=httpx.ASGITransport(app=app),
    )


def test_constructor_sets_the_documented_members() -> None:
    app = Application(
        name="web",
        key="web-key",
        type="HOSTED",
        availability=Application.Availability.MARKET,
        context_path="web",
        manifest={"noAppSwitcher": True},
        roles=["ROLE_WEB"],
        required_roles=["ROLE_INVENTORY_READ"],
        breadcrumbs=True,
        content_security_policy="default-src 'self'",
        dynamic_options_url="/apps/options.json",
        global_title="Web",
        legacy=False,
        right_drawer=True,
        upgrade=False,
        description="custom member",
    )
    assert app.to_json() == {
        "name": "web",
        "key": "web-key",
        "type": "HOSTED",
        "availability": "MARKET",
        "contextPath": "web",
        "manifest": {"noAppSwitcher": True},
        "roles": ["ROLE_WEB"],
        "requiredRoles": ["ROLE_INVENTORY_READ"],
        "breadcrumbs": True,
        "contentSecurityPolicy": "default-src 'self'",
        "dynamicOptionsUrl": "/apps/options.json",
        "globalTitle": "Web",
        "legacy": False,
        "rightDrawer": True,
        "upgrade": False,
        "description": "custom member",
    }
    assert app.type == ApplicationType.HOSTED
    assert app.owner is None
    with pytest.raises(ConfigurationError, match="MICROSERVICE"):
        Application(type="SERVICE")
    with pytest.raises(ConfigurationError, match="PRIVATE"):
        Application(availability="EVERYONE")


@pytest.mark.parametrize(
    ("members", "category"),
    [
        ({"manifest": {"settingsCategory": "cat", "name": "n"}, "contextPath": "p"}, "cat"),
        ({"manifest": {"name": "n"}, "contextPath": "p"}, "n"),
        ({"manifest": {}, "contextPath": "p"}, "p"),
        ({"manifest": {"settingsCategory": ""}, "contextPath": "p"}, "p"),
        ({"key": "k"}, None),
    ],
)
def test_tenant_option_category_follows_the_platform_rule(
    members: dict[str, object], category: str | None
) -> None:
    assert Application.from_json(dict(members)).resolve_tenant_option_category() == category


@pytest.mark.parametrize(
    ("json", "owner"),
    [
        ({"owner": {"tenant": {"id": "t7"}}}, "t7"),
        ({"owner": {"tenant": {"id": 7}}}, None),
        ({"owner": {"tenant": "t7"}}, None),
        ({"owner": "t7"}, None),
        ({}, None),
    ],
)
def test_owner_is_the_owning_tenant_id_or_none(json: dict[str, object], owner: str | None) -> None:
    assert Application.from_json(json).owner == owner


async def test_create_update_reload_delete(c8y: CumulocityClient) -> None:
    created = await Application(
        c8y, name="web", key="web-key", type="HOSTED", context_path="web"
    ).create()
    assert created.id is not None
    assert created.owner == TENANT
    assert created.availability == "PRIVATE"
    created.global_title = "Web app"
    updated = await created.update()
    assert updated is created
    assert created.global_title == "Web app"
    assert not created.is_modified
    copy = await created.update(copy=True)
    assert copy is not created
    assert (await c8y.applications.get(created.id)).global_title == "Web app"
    created.global_title = "stale"
    await created.reload()
    assert created.global_title == "Web app"
    await created.delete()
    with pytest.raises(NotFoundError):
        await c8y.applications.get(created.id)


async def test_refusals_are_typed(c8y: CumulocityClient) -> None:
    await Application(c8y, name="web", key="web-key", type="HOSTED").create()
    with pytest.raises(ConflictError):
        await Application(c8y, name="web2", key="web-key", type="HOSTED").create()
    with pytest.raises(UnprocessableEntityError, match="lower-case"):
        await Application(c8y, name="Not Valid", key="k2", type="MICROSERVICE").create()
    with pytest.raises(ObjectStateError):
        await Application(name="x").create()
    with pytest.raises(ObjectStateError):
        await Application(c8y, name="x").delete()


async def test_select_and_get_all_with_filters(c8y: CumulocityClient) -> None:
    web = Application(c8y, name="web", key="web-key", type="HOSTED")
    micro = Application(c8y, name="micro", key="micro-key", type=ApplicationType.MICROSERVICE)
    await c8y.applications.create(web, micro, workers=2)
    names = [a.name or "" async for a in c8y.applications.select(limit=None)]
    assert sorted(names) == ["micro", "web"]
    hosted = await c8y.applications.get_all(type="HOSTED")
    assert [a.name for a in hosted] == ["web"]
    assert [a.name for a in await c8y.applications.get_all(name="micro")] == ["micro"]
    assert len(await c8y.applications.get_all(owner=TENANT, user="admin")) == 2
    assert await c8y.applications.get_all(subscriber=TENANT) == []
    assert await c8y.applications.get_all(provided_for=TENANT) == []
    assert await c8y.applications.get_all(tenant=TENANT, has_versions=False, limit=1) != []
    assert await c8y.applications.get_count(type="MICROSERVICE") == 1
    values = await c8y.applications.get_all(
        as_values="name", limit=None, exclude="type == 'HOSTED'"
    )
    assert values == ["micro"]
    with pytest.raises(ConfigurationError, match="type"):
        c8y.applications.select(type="OTHER")
    with pytest.raises(UnknownFilterError):
        await c8y.applications.get_all(nam="web")  # type: ignore[call-overload]


async def test_bulk_update_and_delete(c8y: CumulocityClient) -> None:
    apps = [
        await Application(c8y, name=f"web{i}", key=f"k{i}", type="HOSTED").create()
        for i in range(3)
    ]
    for app in apps:
        app.global_title = f"title of {app.name}"
    await c8y.applications.update(*apps, workers=3)
    titles = sorted(a.global_title or "" for a in await c8y.applications.get_all(limit=None))
    assert titles == ["title of web0", "title of web1", "title of web2"]
    await c8y.applications.delete(apps[0], apps[1].id or "", workers=2)
    assert [a.name for a in await c8y.applications.get_all(limit=None)] == ["web2"]


async def test_to_dataframe(c8y: CumulocityClient) -> None:
    await Application(c8y, name="web", key="web-key", type="HOSTED").create()
    frame = await c8y.applications.to_dataframe(columns=["name", ("owner", "owner.tenant.id")])
    assert frame.to_dict("records") == [{"name": "web", "owner": TENANT}]


async def test_upload_attachment_reads_the_manifest(c8y: CumulocityClient, tmp_path: Path) -> None:
    app = await Application(c8y, name="micro", key="micro-key", type="MICROSERVICE").create()
    path = tmp_path / "micro.zip"
    path.write_bytes(microservice_zip(["ROLE_INVENTORY_READ"]))
    uploaded = await c8y.applications.upload_attachment(app.id or "", path)
    assert uploaded.required_roles == ["ROLE_INVENTORY_READ"]
    assert uploaded.active_version_id is not None
    assert uploaded.resolve_tenant_option_category() == "micro"
    again = await app.upload_attachment(microservice_zip(["ROLE_EVENT_READ"]))
    assert again is app
    assert app.required_roles == ["ROLE_EVENT_READ"]
    assert app.active_version_id != uploaded.active_version_id
    with pytest.raises(UnprocessableEntityError):
        await app.upload_attachment(b"not a zip")
    with pytest.raises(FileNotFoundError):
        await app.upload_attachment(tmp_path / "missing.zip")


async def test_current_application_settings_and_subscriptions(
    c8y: CumulocityClient, emulator_app: EmulatorApp
) -> None:
    app = await Application(c8y, name="micro", key="micro-key", type="MICROSERVICE").create()
    await app.upload_attachment(microservice_zip(["ROLE_INVENTORY_READ"]))
    await c8y.applications.subscribe(TENANT, app)
    assert [a.id async for a in c8y.applications.select_subscribed(TENANT)] == [app.id]
    with pytest.raises(BulkError) as twice:
        await c8y.applications.subscribe(TENANT, app)
    assert isinstance(twice.value.error, ConflictError)
    with pytest.raises(PermissionDeniedError):
        await c8y.applications.get_current()  # the administrator has no current application
    async with await bootstrap_client(c8y, emulator_app, app) as bootstrap:
        current = await bootstrap.applications.get_current()
        assert current.id == app.id
        assert await bootstrap.applications.get_current_settings() == {"greeting": "hello"}
        subscriptions = await bootstrap.applications.get_current_subscriptions()
    assert [(s.tenant_id, s.username) for s in subscriptions] == [(TENANT, "service_micro")]
    assert isinstance(subscriptions[0], ApplicationSubscription)
    password = subscriptions[0].password or ""
    assert password
    assert password not in repr(subscriptions[0])
    await c8y.applications.unsubscribe(TENANT, app)
    assert [a async for a in c8y.applications.select_subscribed(TENANT)] == []
    with pytest.raises(BulkError) as gone:
        await c8y.applications.unsubscribe(TENANT, app)
    assert isinstance(gone.value.error, NotFoundError)
    with pytest.raises(ConfigurationError, match="tenant"):
        await c8y.applications.subscribe("", app)


async def test_delete_of_a_subscribed_application_needs_force(c8y: CumulocityClient) -> None:
    # In one tenant the owner is the only subscriber: no force needed.
    app = await Application(c8y, name="micro", key="micro-key", type="MICROSERVICE").create()
    await c8y.applications.subscribe(TENANT, app)
    await c8y.applications.delete(app, force=True)
    with pytest.raises(NotFoundError):
        await app.reload()
    deletes = [r for r in await requests_log(c8y) if r["method"] == "DELETE"]
    assert [r["query"] for r in deletes] == ["force=true"]


async def test_force_is_sent_only_when_asked(c8y: CumulocityClient) -> None:
    plain, forced = [
        await Application(c8y, name=f"web{i}", key=f"k{i}", type="HOSTED").create()
        for i in range(2)
    ]
    await plain.delete()
    await forced.delete(force=True)
    deletes = [r for r in await requests_log(c8y) if r["method"] == "DELETE"]
    assert [(r["path"], r["query"]) for r in deletes] == [
        (f"/application/applications/{plain.id}", ""),
        (f"/application/applications/{forced.id}", "force=true"),
    ]
