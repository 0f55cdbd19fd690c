"""Tenant options through the object model, against the emulator: every member of
`TenantOption` and `TenantOptions`, encrypted credentials, and a scan that a secret never shows."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    NotFoundError,
    ObjectStateError,
    PermissionDeniedError,
    TenantOption,
)
from c8y_objects.errors import BulkError
from tests.objects.conftest import TENANT
from tests.objects.emulated import unique

SECRET = "Tr0ub4dor-and-3-horses"


def test_encrypted_puts_the_prefix_in_front_of_the_key() -> None:
    option = TenantOption(category="svc", key="apikey", value="v", encrypted=True)
    assert option.stored_key == "credentials.apikey"
    assert option.key == "apikey"
    assert option.is_encrypted
    already = TenantOption(category="svc", key="credentials.apikey", encrypted=True)
    assert already.stored_key == "credentials.apikey"
    plain = TenantOption(category="svc", key="apikey", value="v")
    assert (plain.stored_key, plain.key, plain.is_encrypted) == ("apikey", "apikey", False)
    with pytest.raises(ConfigurationError, match="credentials"):
        TenantOption(category="svc", key="credentials.x", encrypted=False)
    for flag in (True, False):
        with pytest.raises(ConfigurationError, match=f"encrypted={flag} needs the key"):
            TenantOption(category="svc", encrypted=flag)
    with pytest.raises(ConfigurationError, match="must be a string"):
        TenantOption(category="svc", key="k", value=5)  # type: ignore[arg-type]


def test_repr_never_shows_the_value() -> None:
    option = TenantOption(category="svc", key="apikey", value=SECRET, encrypted=True)
    assert repr(option) == "TenantOption(category='svc', key='credentials.apikey')"


async def test_create_get_update_reload_delete(c8y: CumulocityClient) -> None:
    category = unique("cat")
    option = TenantOption(c8y, category=category, key="mode", value="fast")
    created = await option.create()
    assert created is not option
    assert (created.category, created.key, created.value) == (category, "mode", "fast")
    assert created["self"].endswith(f"/tenant/options/{category}/mode")
    assert option.to_json() == {"category": category, "key": "mode", "value": "fast"}

    read = await c8y.tenant_options.get(category, "mode")
    assert read.value == "fast"
    read.value = "slow"
    same = await read.update()
    assert same is read
    assert read.value == "slow"
    assert not read.is_modified
    assert await c8y.tenant_options.get_value(category, "mode") == "slow"

    stale = await c8y.tenant_options.get(category, "mode")
    await c8y.tenant_options.set_value(category, "mode", "medium")
    copy = await stale.reload(copy=True)
    assert (copy.value, stale.value) == ("medium", "slow")
    await stale.reload()
    assert stale.value == "medium"

    await created.delete()
    with pytest.raises(NotFoundError):
        await c8y.tenant_options.get(category, "mode")


async def test_update_refuses_what_the_platform_cannot_take(c8y: CumulocityClient) -> None:
    category = unique("cat")
    option = await TenantOption(c8y, category=category, key="k", value="v").create()
    with pytest.raises(ObjectStateError, match="no new value"):
        await option.update()
    option.category = "elsewhere"
    with pytest.raises(ObjectStateError, match="category"):
        await option.update()
    with pytest.raises(ObjectStateError, match="category and key"):
        await TenantOption(c8y, key="k", value="v").create()
    with pytest.raises(ObjectStateError, match="no value"):
        await TenantOption(c8y, category=category, key="k").create()
    with pytest.raises(ObjectStateError, match="connection"):
        await TenantOption(category=category, key="k", value="v").create()
    assert await c8y.tenant_options.get_values(category) == {"k": "v"}


async def test_values_by_category(c8y: CumulocityClient) -> None:
    category = unique("cat")
    await c8y.tenant_options.set_value(category, "a", "1")
    await c8y.tenant_options.update_values(category, {"a": "10", "b": "2"})
    assert await c8y.tenant_options.get_values(category) == {"a": "10", "b": "2"}
    assert await c8y.tenant_options.get_values(unique("empty")) == {}
    with pytest.raises(ConfigurationError, match="no values"):
        await c8y.tenant_options.update_values(category, {})
    with pytest.raises(ConfigurationError, match="must be a string"):
        await c8y.tenant_options.update_values(category, {"a": 1})  # type: ignore[dict-item]
    with pytest.raises(ConfigurationError, match="category"):
        await c8y.tenant_options.get_values("")


async def test_select_get_all_as_map_and_dataframe(c8y: CumulocityClient) -> None:
    category = unique("cat")
    await c8y.tenant_options.update_values(
        category, {"b": "2", "a": "1", "credentials.c": "hidden"}
    )
    mine = await c8y.tenant_options.get_all(
        limit=None, page_size=2, include=lambda o: o.category == category
    )
    assert [o.stored_key for o in mine] == ["a", "b", "credentials.c"]
    keys = [k async for k in c8y.tenant_options.select(limit=None, as_values="key")]
    assert {"a", "b", "credentials.c"} <= set(keys)
    mapped = await c8y.tenant_options.get_all(limit=None, as_map=True)
    assert mapped[category]["a"] == "1"
    assert mapped[category]["c"].startswith("{cipher}")
    with pytest.raises(ConfigurationError, match="as_map"):
        await c8y.tenant_options.get_all(as_map=True, as_values="key")  # type: ignore[call-overload]
    frame = await c8y.tenant_options.to_dataframe(include=lambda o: o.category == category)
    assert list(frame.columns) == ["category", "key", "value"]
    assert frame["key"].tolist() == ["a", "b", "credentials.c"]


async def test_bulk_create_update_delete(c8y: CumulocityClient) -> None:
    category = unique("cat")
    options = [TenantOption(category=category, key=f"k{i}", value=str(i)) for i in range(4)]
    done: list[tuple[int, int | None]] = []
    await c8y.tenant_options.create(
        *options, workers=2, progress=lambda n, total: done.append((n, total))
    )
    assert done[-1] == (4, 4)
    read = await c8y.tenant_options.get_all(limit=None, include=lambda o: o.category == category)
    for option in read:
        option.value = option.value + "!" if option.value else "x"
    await c8y.tenant_options.update(*read, workers=2)
    assert await c8y.tenant_options.get_values(category) == {f"k{i}": f"{i}!" for i in range(4)}
    with pytest.raises(ObjectStateError):
        await c8y.tenant_options.update(*read)  # nothing changed since
    await c8y.tenant_options.delete(*read[:2], workers=2)
    await c8y.tenant_options.delete(category=category, key="k2")
    assert await c8y.tenant_options.get_values(category) == {"k3": "3!"}
    with pytest.raises(BulkError):
        await c8y.tenant_options.delete(read[0])
    with pytest.raises(ConfigurationError, match="not both"):
        await c8y.tenant_options.delete(read[3], category=category, key="k3")
    with pytest.raises(ConfigurationError, match="category and a key"):
        await c8y.tenant_options.delete(category=category)
    with pytest.raises(ObjectStateError):
        await c8y.tenant_options.create(TenantOption(category=category, key="x"))


async def test_a_non_editable_option_is_refused(
    c8y: CumulocityClient, emulator_app: EmulatorApp
) -> None:
    category = unique("cat")
    option = await TenantOption(c8y, category=category, key="k", value="v").create()
    locked = await c8y.http.put(
        f"/tenant/options/{category}/k/editable",
        params={"targetTenant": TENANT},
        json={"editable": False},
    )
    assert locked.status_code == 200
    option.value = "w"
    with pytest.raises(PermissionDeniedError):
        await option.update()
    with pytest.raises(PermissionDeniedError):
        await c8y.tenant_options.set_value(category, "k", "w")
    with pytest.raises(PermissionDeniedError):
        await option.delete()
    assert await c8y.tenant_options.get_value(category, "k") == "v"


async def test_encrypted_options_read_back_masked_and_never_written_back(
    c8y: CumulocityClient, emulator_app: EmulatorApp
) -> None:
    category = unique("svc")
    created = await TenantOption(
        c8y, category=category, key="apikey", value=SECRET, encrypted=True
    ).create()
    assert created.is_encrypted
    assert created.is_masked
    assert created.value is not None
    assert SECRET not in created.value
    assert created.key == "apikey"
    value = await c8y.tenant_options.get_value(category, "credentials.apikey")
    assert value == created.value
    assert await c8y.tenant_options.get_values(category) == {"apikey": value}
    read = await c8y.tenant_options.get(category, "credentials.apikey")
    read["value"] = read.value  # staged, but still the masked form
    with pytest.raises(ObjectStateError, match="masked"):
        await read.update()
    with pytest.raises(ObjectStateError, match="masked"):
        await read.create()
    read.value = SECRET + "-2"
    await read.update()
    assert read.is_masked
    assert emulator_app.tenant_options.clear_values(category) == {
        "credentials.apikey": SECRET + "-2"
    }
    plain = await TenantOption(c8y, category=category, key="plain", value="p").create()
    assert not plain.is_masked


async def test_a_secret_never_shows_in_answers_logs_reprs_or_errors(
    c8y: CumulocityClient, emulator_app: EmulatorApp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bodies: list[str] = []

    async def keep(response: httpx.Response) -> None:
        await response.aread()
        bodies.append(response.text)

    c8y.http.event_hooks["response"].append(keep)
    category = unique("svc")
    seen: list[Any] = []
    option = await TenantOption(
        c8y, category=category, key="token", value=SECRET, encrypted=True
    ).create()
    seen += [option, option.value, option.to_json()]
    await c8y.tenant_options.set_value(category, "credentials.other", SECRET)
    await c8y.tenant_options.update_values(category, {"credentials.third": SECRET})
    seen.append(await c8y.tenant_options.get_values(category))
    seen.append(await c8y.tenant_options.get_all(limit=None, as_map=True))
    seen += await c8y.tenant_options.get_all(limit=None)
    option_records = await c8y.audit_records.get_all(type="Option", limit=None)
    assert {r.source for r in option_records} >= {f"{category}/credentials.token"}
    seen += option_records
    local = TenantOption(c8y, category=category, key="token", value=SECRET, encrypted=True)
    seen.append(local)
    errors: list[BaseException] = []
    for attempt in (
        lambda: c8y.tenant_options.set_value(category, "credentials.x", 7),  # type: ignore[arg-type]
        lambda: c8y.tenant_options.get(category, "credentials.missing"),
        lambda: TenantOption(c8y, category=category, key="credentials.token").update(),
        lambda: c8y.tenant_options.create(
            TenantOption.from_json({"category": category, "key": "credentials.y", "value": 1})
        ),
    ):
        try:
            await attempt()
        except Exception as exc:
            errors.append(exc)
    locked = await c8y.http.put(
        f"/tenant/options/{category}/credentials.token/editable",
        params={"targetTenant": TENANT},
        json={"editable": False},
    )
    assert locked.status_code == 200
    local.value = SECRET + "!"
    with pytest.raises(PermissionDeniedError) as refused:
        await local.update()
    errors.append(refused.value)
    assert len(errors) == 5

    assert len(bodies) >= 8
    texts = [
        *bodies,
        caplog.text,
        *(repr(item) for item in seen),
        *(str(item) for item in seen),
        *(f"{exc!s} {exc!r} {getattr(exc, 'body', '')!r}" for exc in errors),
        repr(emulator_app.request_log.entries()),
    ]
    assert not [t for t in texts if SECRET in t]
    assert any("{cipher}" in body for body in bodies)
