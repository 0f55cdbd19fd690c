"""External IDs and the Identity API against the emulator (in-process and loopback)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from c8y_objects import (
    BulkError,
    ConfigurationError,
    ConflictError,
    CumulocityClient,
    Device,
    ExternalId,
    JsonPathMatcher,
    ManagedObject,
    NotFoundError,
    ObjectStateError,
)
from c8y_objects.errors import InvalidIdError
from tests.objects.emulated import requests_log


def serial() -> str:
    return f"SN-{uuid.uuid4().hex[:10]}"


async def test_external_id_lifecycle(api: CumulocityClient) -> None:
    device = await Device(api, name=serial()).create()
    value = serial()
    xid = ExternalId(
        api, external_id=value, external_type="c8y_Serial", managed_object_id=device.id
    )
    assert await xid.create() is xid
    assert xid.managed_object_id == device.id
    assert xid.to_diff_json() == {}
    assert await xid.get_id() == device.id
    obj = await xid.get_object()
    assert isinstance(obj, ManagedObject)
    assert obj.id == device.id

    read = await api.identity.get(value, "c8y_Serial")
    assert (read.external_id, read.external_type, read.managed_object_id) == (
        value,
        "c8y_Serial",
        device.id,
    )
    assert await api.identity.get_id(value, "c8y_Serial") == device.id
    assert (await api.identity.get_object(value, "c8y_Serial")).id == device.id

    with pytest.raises(ConflictError):
        await ExternalId(
            api, external_id=value, external_type="c8y_Serial", managed_object_id=device.id
        ).create()

    await xid.delete()
    with pytest.raises(NotFoundError):
        await api.identity.get(value, "c8y_Serial")


async def test_get_object_reads_the_object_as_the_class_asked_for(api: CumulocityClient) -> None:
    device = await Device(api, name=serial()).create()
    value = serial()
    await api.identity.create(value, "c8y_Serial", device.require_id())
    read = await api.identity.get_object(value, "c8y_Serial", as_type=Device)
    assert type(read) is Device
    assert (read.id, read.name, read.c8y) == (device.id, device.name, api)
    assert type(await api.identity.get_object(value, "c8y_Serial")) is ManagedObject
    xid = ExternalId(api, external_id=value, external_type="c8y_Serial")
    assert type(await xid.get_object(as_type=Device)) is Device


@pytest.mark.parametrize("as_type", [ExternalId, dict, "Device", None])
async def test_get_object_refuses_a_class_that_is_no_managed_object_before_sending(
    api: CumulocityClient, as_type: object
) -> None:
    xid = ExternalId(api, external_id="x", external_type="c8y_Serial")
    with pytest.raises(ConfigurationError, match="as_type must be ManagedObject or a subclass"):
        await api.identity.get_object("x", "c8y_Serial", as_type=as_type)  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError, match="as_type must be ManagedObject or a subclass"):
        await xid.get_object(as_type=as_type)  # type: ignore[call-overload]
    assert await requests_log(api) == []


async def test_identity_create_delete_forms_and_listing(api: CumulocityClient) -> None:
    device = await Device(api, name=serial()).create()
    first, second, third = serial(), serial(), serial()
    await api.identity.create(first, "c8y_Serial", device.id or "")
    await api.identity.create(
        ExternalId(external_id=second, external_type="c8y_IMEI", managed_object_id=device.id),
        ExternalId(external_id=third, external_type="c8y_IMEI", managed_object_id=device.id),
        workers=2,
    )
    assert await api.identity.get_count(device) == 3
    listed = await api.identity.get_all(device.id or "")
    assert sorted(x.external_id or "" for x in listed) == sorted([first, second, third])
    values = [v async for v in api.identity.select(device, as_values="type", limit=None)]
    assert sorted(values) == ["c8y_IMEI", "c8y_IMEI", "c8y_Serial"]
    imeis = await api.identity.get_all(
        device, include=JsonPathMatcher("$[?(@.type == 'c8y_IMEI')]")
    )
    assert len(imeis) == 2

    await api.identity.delete(first, "c8y_Serial")
    await api.identity.delete(*imeis, workers=2)
    assert await api.identity.get_count(device) == 0
    with pytest.raises(BulkError):
        await api.identity.delete(*imeis)


async def test_identity_refuses_malformed_calls(api: CumulocityClient) -> None:
    with pytest.raises(ConfigurationError):
        await api.identity.create("only", "two")  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError):
        await api.identity.delete("one")  # type: ignore[call-overload]
    with pytest.raises(ObjectStateError, match="managed_object_id"):
        await api.identity.create(ExternalId(external_id="a", external_type="b"))
    with pytest.raises(ObjectStateError, match="external_id and external_type"):
        await ExternalId(api, external_id="a").delete()
    with pytest.raises(ObjectStateError, match="no connection"):
        await ExternalId(external_id="a", external_type="b").get_id()


async def test_keyword_forms_of_create_and_delete(api: CumulocityClient) -> None:
    device = await Device(api, name=serial()).create()
    value = serial()
    await api.identity.create(
        external_id=value, external_type="c8y_Serial", managed_object_id=device
    )
    assert await api.identity.get_id(value, "c8y_Serial") == device.id
    other = serial()
    await api.identity.create(
        external_id=other, external_type="c8y_IMEI", managed_object_id=device.id or ""
    )
    assert await api.identity.get_count(device) == 2
    await api.identity.delete(external_id=value, external_type="c8y_Serial")
    await api.identity.delete(external_type="c8y_IMEI", external_id=other)
    assert await api.identity.get_count(device) == 0
    with pytest.raises(NotFoundError):
        await api.identity.delete(external_id=value, external_type="c8y_Serial")


async def test_keyword_forms_refuse_incomplete_or_mixed_calls(api: CumulocityClient) -> None:
    with pytest.raises(ConfigurationError, match="managed_object_id must be set"):
        await api.identity.create(external_id="a", external_type="b")  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError, match="external_type must be non-empty text"):
        await api.identity.create(external_id="a", managed_object_id="1")  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError, match="not both"):
        await api.identity.create("a", "b", external_id="c")  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError, match="external_id must be non-empty text"):
        await api.identity.delete(external_type="b")  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError, match="not both"):
        await api.identity.delete("a", external_type="b")  # type: ignore[call-overload]
    assert await requests_log(api) == []


@pytest.mark.parametrize(
    ("value", "kind"),
    [("a/b", "c8y_Serial"), ("x?y=1#z", "c8y/Type"), ("50% off ..", "t"), ("...", "..x")],
)
async def test_type_and_value_are_one_encoded_segment_each(
    api: CumulocityClient, value: str, kind: str
) -> None:
    device = await Device(api, name=serial()).create()
    sent: list[bytes] = []

    async def hook(request: httpx.Request) -> None:
        sent.append(request.url.raw_path)

    api.http.event_hooks["request"].append(hook)
    await api.identity.create(value, kind, device.id or "")
    read = await api.identity.get(value, kind)
    assert (read.external_id, read.external_type, read.managed_object_id) == (
        value,
        kind,
        device.id,
    )
    assert (await api.identity.get_object(value, kind)).id == device.id
    external = ExternalId(api, external_id=value, external_type=kind)
    assert await external.get_id() == device.id
    await external.delete()
    with pytest.raises(NotFoundError):
        await api.identity.get_id(value, kind)
    # /identity/externalIds/{type}/{externalId}: exactly four slashes, whatever the value holds.
    resolved = [p for p in sent if p.startswith(b"/identity/externalIds/")]
    assert len(resolved) == 5
    assert all(p.count(b"/") == 4 and b"?" not in p and b"#" not in p for p in resolved)


@pytest.mark.parametrize(("value", "kind"), [(".", "t"), ("v", ".."), ("", "t")])
async def test_parts_that_cannot_be_a_segment_are_refused_before_any_request(
    api: CumulocityClient, value: str, kind: str
) -> None:
    with pytest.raises(ConfigurationError):
        await api.identity.get(value, kind)
    with pytest.raises(ConfigurationError):
        await api.identity.delete(value, kind)
    with pytest.raises((ConfigurationError, ObjectStateError)):
        await ExternalId(api, external_id=value, external_type=kind).get_id()
    with pytest.raises(InvalidIdError):
        await api.identity.get_all("..")
    assert await requests_log(api) == []
