"""Managed objects, devices and device groups, and the Inventory APIs that query and change them.

Objects: `ManagedObject`, `Device`, `DeviceGroup` (active records on the inventory's managed
objects) and `Availability` (a device's latest availability).
Main API classes: `Inventory`, `DeviceInventory`, `DeviceGroupInventory`.

Every request is one of the generated operations of `c8y_rest.wire`; IDs become one encoded
path segment each. The query filters are declared once, in `InventoryFilters`, and shared by
`select`, `get_all`, `get_by`, `get_count` and `to_dataframe`; an unknown keyword is refused
before anything is sent, raw parameters go in ``extra_params=``.

``type``, ``owner``, ``text`` and ``fragment`` (``fragmentType``) are sent as the platform's
parameters as long as they suffice. ``name``, ``parent``, ``order_by`` and several fragments
cannot be expressed that way, so then every filter is written into one ``query`` in the
platform's query language (``$filter=(has(x) and name eq 'y') $orderby=name``). ``query`` is
sent as given and ``ids`` likewise: another selecting filter beside either is refused (flags
such as ``with_children`` still apply); ``expression`` is a raw query string sent unchanged,
and a filter beside it is refused.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Generic,
    Literal,
    NamedTuple,
    Self,
    TypedDict,
    TypeVar,
    Unpack,
    overload,
)

from c8y_objects._api import (
    ColumnSpec,
    CumulocityResource,
    ExtraParams,
    Progress,
    _object_id,
)
from c8y_objects._base import (
    CumulocityObject,
    DateTimeField,
    Field,
    ObjectOrId,
    ObjectStateError,
    ReadOnlyField,
    parse_datetime,
)
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection
from c8y_objects._query import QuerySpec
from c8y_objects._wire import ResourceOperations, object_path, path_segment, render_path
from c8y_objects.errors import (
    ConfigurationError,
    InvalidIdError,
    NoUniqueMatchError,
    WireMismatchError,
)
from c8y_rest import wire
from c8y_rest.wire import Operation

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Availability",
    "ConnectionStatus",
    "DataStatus",
    "Device",
    "DeviceGroup",
    "DeviceGroupInventory",
    "DeviceInventory",
    "Inventory",
    "InventoryFilters",
    "InventorySelection",
    "ManagedObject",
    "ObjectReadOptions",
    "inventory_query_params",
]

MANAGED_OBJECTS_OPERATIONS = ResourceOperations(
    list=wire.GET_MANAGED_OBJECT_COLLECTION_RESOURCE,
    create=wire.POST_MANAGED_OBJECT_COLLECTION_RESOURCE,
    read=wire.GET_MANAGED_OBJECT_RESOURCE,
    update=wire.PUT_MANAGED_OBJECT_RESOURCE,
    delete=wire.DELETE_MANAGED_OBJECT_RESOURCE,
)
MANAGED_OBJECTS: Final = MANAGED_OBJECTS_OPERATIONS.list.path
"""The collection path, from the generated list operation (other modules build on it)."""


# -- what the requests send: declared once, checked against the wire at import ------------------


class ObjectReadOptions(TypedDict, total=False):
    """What a read of managed objects adds to each object (``get`` and every query)."""

    with_children: bool | None
    with_children_count: bool | None
    skip_children_names: bool | None
    with_parents: bool | None
    with_latest_values: bool | None


class InventorySelection(TypedDict, total=False):
    """The filters that choose objects.

    They are sent as the platform's parameters where those suffice, else written into one
    ``query`` (see the module docstring). A single string for ``ids`` or ``fragments`` is one value.
    """

    query: str | None
    ids: ObjectOrId | Sequence[ObjectOrId] | None
    order_by: str | None
    type: str | None
    parent: ObjectOrId | None
    fragment: str | None
    fragments: str | Sequence[str] | None
    name: str | None
    owner: str | None
    text: str | None


class InventoryFilters(InventorySelection, ObjectReadOptions, total=False):
    """The filters of an inventory query (`select`, `get_all`, `get_by`, `get_count`, ...)."""

    only_roots: bool | None
    with_groups: bool | None
    child_device_id: ObjectOrId | None
    child_asset_id: ObjectOrId | None
    child_addition_id: ObjectOrId | None


class _DeleteOptions(TypedDict, total=False):
    cascade: bool | None
    force_cascade: bool | None
    with_device_user: bool | None


_LIST_SPEC: Final[dict[str, Any]] = {
    "convert": {
        "child_device_id": _object_id,
        "child_asset_id": _object_id,
        "child_addition_id": _object_id,
    },
    "params": {"fragment": "fragmentType"},
    "local": ("order_by", "parent", "fragments", "name"),
}
_LIST_QUERY: Final = QuerySpec(
    "c8y_objects.inventory.InventoryFilters",
    wire.GET_MANAGED_OBJECT_COLLECTION_RESOURCE,
    InventoryFilters.__optional_keys__,
    **_LIST_SPEC,
)
# A device inventory sends a custom query as ``q``: the platform then adds the device
# condition itself. ``q`` is no public filter (`_LIST_QUERY` checks the caller's keywords).
_DEVICE_LIST_QUERY: Final = QuerySpec(
    "c8y_objects.inventory.DeviceInventory",
    wire.GET_MANAGED_OBJECT_COLLECTION_RESOURCE,
    {*InventoryFilters.__optional_keys__, "q"},
    **_LIST_SPEC,
)
_READ_QUERY: Final = QuerySpec(
    "c8y_objects.inventory.ObjectReadOptions",
    wire.GET_MANAGED_OBJECT_RESOURCE,
    ObjectReadOptions.__optional_keys__,
)
_DELETE_QUERY: Final = QuerySpec(
    "c8y_objects.inventory._DeleteOptions",
    wire.DELETE_MANAGED_OBJECT_RESOURCE,
    _DeleteOptions.__optional_keys__,
)


def _delete_params(call: str, **options: Unpack[_DeleteOptions]) -> dict[str, Any] | None:
    """The query of a DELETE of managed objects (pure; None when nothing is set)."""
    return _DELETE_QUERY.build(options, call=call) or None


class Availability:
    """The latest availability of a device, as computed by the platform.

    Built from ``GET /inventory/managedObjects/{id}/availability``. The status labels are
    `Availability.ConnectionStatus` and `Availability.DataStatus` (also importable as
    `ConnectionStatus` / `DataStatus`).
    """

    class ConnectionStatus(StrEnum):
        """Whether the device keeps a connection to the platform."""

        CONNECTED = "CONNECTED"
        DISCONNECTED = "DISCONNECTED"
        MAINTENANCE = "MAINTENANCE"

    class DataStatus(StrEnum):
        """Whether the device sent data within its required interval."""

        AVAILABLE = "AVAILABLE"
        UNAVAILABLE = "UNAVAILABLE"
        MAINTENANCE = "MAINTENANCE"

    __slots__ = ("json",)

    def __init__(self, json: dict[str, Any] | None = None) -> None:
        self.json: dict[str, Any] = json if json is not None else {}

    @classmethod
    def from_json(cls, json: dict[str, Any]) -> Self:
        """Wrap the platform's availability JSON."""
        return cls(json)

    @property
    def device_id(self) -> str | None:
        """The managed object ID of the device."""
        value = self.json.get("deviceId")
        return None if value is None else str(value)

    @property
    def external_id(self) -> str | None:
        """The device's external ID, if the platform reports one."""
        value: str | None = self.json.get("externalId")
        return value

    @property
    def connection_status(self) -> str | None:
        """A `ConnectionStatus` label (kept as text: the platform may add labels)."""
        value: str | None = self.json.get("connectionStatus")
        return value

    @property
    def data_status(self) -> str | None:
        """A `DataStatus` label (kept as text: the platform may add labels)."""
        value: str | None = self.json.get("dataStatus")
        return value

    @property
    def interval(self) -> int | None:
        """The required interval in minutes (``c8y_RequiredAvailability``), if set."""
        value = self.json.get("interval")
        if value is None:
            return None
        if isinstance(value, str):  # older platforms answer e.g. "10 minutes"
            return int(value.split(" ", 1)[0])
        return int(value)

    @property
    def interval_minutes(self) -> int | None:
        """The same as `interval`."""
        return self.interval

    @property
    def last_message(self) -> str | None:
        """The time of the last message from the device, as the platform's text."""
        value: str | None = self.json.get("lastMessage")
        return value

    @property
    def last_message_datetime(self) -> datetime | None:
        """The time of the last message as an aware UTC datetime."""
        return parse_datetime(self.last_message)

    def __repr__(self) -> str:
        return (
            f"Availability(device_id={self.device_id!r}, "
            f"connection_status={self.connection_status!r}, data_status={self.data_status!r})"
        )


ConnectionStatus = Availability.ConnectionStatus
DataStatus = Availability.DataStatus


# -- child links, availability, supported series, device users ---------------------------------


ChildKind = Literal["devices", "assets", "additions"]


class _ChildLinks(NamedTuple):
    """The operations that link and unlink one kind of child, and the reference media type."""

    assign: Operation[object]
    unassign: Operation[object]
    media_type: str


_REFERENCE_MEDIA_SUFFIX: Final = ".managedobjectreference+json"


def _child_links(assign: Operation[object], unassign: Operation[object]) -> _ChildLinks:
    """Check the two operations' shape and pick the media type of a single reference.

    The body ``{"managedObject": {"id": ...}}`` must go with the reference media type: sent
    as a managed object, the platform would create a new child instead of linking one.

    Raises:
        WireMismatchError: The spec changed the path parameters or dropped the media type.
    """
    if assign.path_params != ("id",) or unassign.path_params != ("id", "childId"):
        raise WireMismatchError(
            f"c8y_objects.inventory: {assign.path} / {unassign.path} no longer take the "
            "path parameters id / id, childId"
        )
    for media_type in assign.request_media_types:
        if media_type.endswith(_REFERENCE_MEDIA_SUFFIX):
            return _ChildLinks(assign, unassign, media_type)
    raise WireMismatchError(
        f"c8y_objects.inventory: {assign.operation_id} ({assign.path}) declares no "
        f"*{_REFERENCE_MEDIA_SUFFIX} request media type"
    )


_CHILD_LINKS: Final[dict[ChildKind, _ChildLinks]] = {
    "devices": _child_links(
        wire.POST_MANAGED_OBJECT_CHILD_DEVICES_RESOURCE,
        wire.DELETE_MANAGED_OBJECT_CHILD_DEVICE_RESOURCE,
    ),
    "assets": _child_links(
        wire.POST_MANAGED_OBJECT_CHILD_ASSETS_RESOURCE,
        wire.DELETE_MANAGED_OBJECT_CHILD_ASSET_RESOURCE,
    ),
    "additions": _child_links(
        wire.POST_MANAGED_OBJECT_CHILD_ADDITIONS_RESOURCE,
        wire.DELETE_MANAGED_OBJECT_CHILD_ADDITION_RESOURCE,
    ),
}


def _reference(child_id: str) -> dict[str, Any]:
    return {"managedObject": {"id": child_id}}


async def _link(c8y: CumulocityConnection, kind: ChildKind, parent_id: str, child_id: str) -> None:
    """Link one child (``POST .../{id}/child<Kind>`` with a reference body)."""
    links = _CHILD_LINKS[kind]
    await c8y.send(
        links.assign,
        path={"id": parent_id},
        json=_reference(child_id),
        content_type=links.media_type,
    )


async def _unlink(
    c8y: CumulocityConnection, kind: ChildKind, parent_id: str, child_id: str
) -> None:
    """Unlink one child (``DELETE .../{id}/child<Kind>/{childId}``)."""
    await c8y.send(_CHILD_LINKS[kind].unassign, path={"id": parent_id, "childId": child_id})


async def _availability(c8y: CumulocityConnection, object_id: str) -> Availability:
    path = object_path(wire.GET_LAST_AVAILABILITY_MANAGED_OBJECT_RESOURCE, object_id)
    return Availability.from_json(await c8y.get(path))


_SUPPORTED: Final = {
    "measurements": (
        wire.GET_SUPPORTED_MEASUREMENTS_MANAGED_OBJECT_RESOURCE,
        "c8y_SupportedMeasurements",
    ),
    "series": (wire.GET_SUPPORTED_SERIES_MANAGED_OBJECT_RESOURCE, "c8y_SupportedSeries"),
}


async def _supported(
    c8y: CumulocityConnection, what: Literal["measurements", "series"], object_id: str
) -> list[str]:
    operation, key = _SUPPORTED[what]
    data = await c8y.get(object_path(operation, object_id))
    return list(data.get(key) or [])


async def _device_user(c8y: CumulocityConnection, username: str) -> dict[str, Any]:
    """Read a user of the connection's tenant (``GET /user/{tenantId}/users/{userId}``)."""
    path = render_path(wire.GET_USER_RESOURCE, tenantId=c8y.tenant_id, userId=username)
    result: dict[str, Any] = await c8y.get(path)
    return result


class ManagedObject(CumulocityObject):
    """A managed object of the inventory: any asset, device, group or custom document.

    Fragments are set with keyword arguments, ``obj["name"] = value``, ``obj += fragment`` or
    dotted paths; `update` then sends only the top-level fragments that changed.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        type: The object's type.
        name: The object's name.
        owner: The owning user (left out: the platform uses the creating user).
        **kwargs: Further top-level fragments.
    """

    __slots__ = ()

    _resource: ClassVar[str] = MANAGED_OBJECTS  # from the wire; other modules build on it
    _operations: ClassVar[ResourceOperations] = MANAGED_OBJECTS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "self",
            "creationTime",
            "lastUpdated",
            "childDevices",
            "childAssets",
            "childAdditions",
            "deviceParents",
            "assetParents",
            "additionParents",
        }
    )

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        type: str | None = None,
        name: str | None = None,
        owner: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, type=type, name=name, owner=owner, **kwargs)

    name: Field[str] = Field("name")
    """The object's name."""
    type: Field[str] = Field("type")
    """The object's type."""
    owner: Field[str] = Field("owner")
    """The owning user."""
    creation_time: ReadOnlyField[str] = ReadOnlyField("creationTime")
    """When the platform created the object (its ISO text)."""
    creation_datetime: DateTimeField = DateTimeField("creationTime")
    """When the platform created the object (aware UTC datetime)."""
    update_time: ReadOnlyField[str] = ReadOnlyField("lastUpdated")
    """When the object last changed (its ISO text)."""
    last_updated: ReadOnlyField[str] = ReadOnlyField("lastUpdated")
    """The same as `update_time`."""
    update_datetime: DateTimeField = DateTimeField("lastUpdated")
    """When the object last changed (aware UTC datetime)."""
    last_updated_datetime: DateTimeField = DateTimeField("lastUpdated")
    """The same as `update_datetime`."""

    @property
    def is_device(self) -> bool:
        """Whether the object carries ``c8y_IsDevice``."""
        return "c8y_IsDevice" in self._json

    @property
    def is_device_group(self) -> bool:
        """Whether the object carries ``c8y_IsDeviceGroup``."""
        return "c8y_IsDeviceGroup" in self._json

    def _reference_ids(self, key: str) -> list[str]:
        refs = self._json.get(key)
        if not isinstance(refs, dict):
            return []
        return [
            str(r["managedObject"]["id"])
            for r in refs.get("references", ())
            if isinstance(r, dict) and isinstance(r.get("managedObject"), dict)
        ]

    @property
    def child_device_ids(self) -> list[str]:
        """IDs of the child devices, as far as the loaded JSON lists them."""
        return self._reference_ids("childDevices")

    @property
    def child_asset_ids(self) -> list[str]:
        """IDs of the child assets, as far as the loaded JSON lists them."""
        return self._reference_ids("childAssets")

    @property
    def child_addition_ids(self) -> list[str]:
        """IDs of the child additions, as far as the loaded JSON lists them."""
        return self._reference_ids("childAdditions")

    async def create(self) -> Self:
        """Create the object in the database (``POST /inventory/managedObjects``).

        Can be called repeatedly; each call creates another object.

        Returns:
            A new instance with the created object's state (ID, timestamps); self is unchanged.

        Raises:
            ObjectStateError: No connection.
            APIError: The platform refused the request.
        """
        return await self._create()

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /inventory/managedObjects/{id}``).

        Only the top-level fragments changed since the object was loaded or saved are sent;
        removed ones are sent as ``null``. If the call fails, the object is left as it was.

        Args:
            copy: Return a new instance with the server's state and leave self unchanged
                (its changes stay staged); by default self takes the server's state.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the object's state from the database (``GET /inventory/managedObjects/{id}``).

        Args:
            copy: Return a new instance and leave self unchanged; by default self takes the
                server's state and its staged changes are dropped.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        return await self._reload(copy)

    async def apply(self, json: Mapping[str, Any], copy: bool = False) -> Self:
        """Write a JSON document to this object (``PUT /inventory/managedObjects/{id}``).

        Args:
            json: The fragments to write (``None`` values remove fragments).
            copy: Return a new instance with the server's state and leave self unchanged; by
                default self takes the server's state (staged changes are dropped).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await self._apply(json, copy)

    async def apply_to(self, other_id: str | int) -> Self:
        """Write this object's full JSON to another object (``PUT .../managedObjects/{other}``).

        All fragments are sent, not only the changed ones.

        Returns:
            A new instance with the other object's resulting state; self is unchanged.

        Raises:
            ObjectStateError: No connection.
            APIError: The platform refused the request.
        """
        return await self._apply_to(other_id)

    async def delete(self) -> None:
        """Delete the object (``DELETE /inventory/managedObjects/{id}``); children stay.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete()

    async def delete_tree(self) -> None:
        """Delete the object and all its children (``DELETE ...?forceCascade=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete(_delete_params("delete_tree", force_cascade=True))

    async def _assign(self, kind: ChildKind, child: ObjectOrId) -> None:
        await _link(self._require_c8y(), kind, self._require_id(), _object_id(child))

    async def _unassign(self, kind: ChildKind, child: ObjectOrId) -> None:
        await _unlink(self._require_c8y(), kind, self._require_id(), _object_id(child))

    async def assign_child_addition(self, child: ObjectOrId) -> None:
        """Link a child addition now (``POST .../managedObjects/{id}/childAdditions``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("additions", child)

    async def assign_child_asset(self, child: ObjectOrId) -> None:
        """Link a child asset now (``POST .../managedObjects/{id}/childAssets``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("assets", child)

    async def assign_child_device(self, child: ObjectOrId) -> None:
        """Link a child device now (``POST .../managedObjects/{id}/childDevices``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("devices", child)

    async def unassign_child_addition(self, child: ObjectOrId) -> None:
        """Unlink a child addition now (``DELETE .../{id}/childAdditions/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request (e.g. not a child: `NotFoundError`).
        """
        await self._unassign("additions", child)

    async def unassign_child_asset(self, child: ObjectOrId) -> None:
        """Unlink a child asset now (``DELETE .../{id}/childAssets/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request (e.g. not a child: `NotFoundError`).
        """
        await self._unassign("assets", child)

    async def unassign_child_device(self, child: ObjectOrId) -> None:
        """Unlink a child device now (``DELETE .../{id}/childDevices/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request (e.g. not a child: `NotFoundError`).
        """
        await self._unassign("devices", child)

    async def get_latest_availability(self) -> Availability:
        """Read the latest availability (``GET .../managedObjects/{id}/availability``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await _availability(self._require_c8y(), self._require_id())

    async def get_supported_measurements(self) -> list[str]:
        """Read the measurement fragment names (``GET .../{id}/supportedMeasurements``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await _supported(self._require_c8y(), "measurements", self._require_id())

    async def get_supported_series(self) -> list[str]:
        """Read the measurement series names (``GET .../{id}/supportedSeries``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await _supported(self._require_c8y(), "series", self._require_id())


class Device(ManagedObject):
    """A device: a managed object that always carries the ``c8y_IsDevice`` fragment.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        type: The device type.
        name: The device name.
        owner: The owning user (left out: the platform uses the creating user).
        **kwargs: Further top-level fragments.
    """

    __slots__ = ()

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        type: str | None = None,
        name: str | None = None,
        owner: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, type=type, name=name, owner=owner, **kwargs)
        if "c8y_IsDevice" not in self._json:
            self._write("c8y_IsDevice", {})

    def get_username(self) -> str:
        """Return the name of the device's user: ``device_<name>``.

        Raises:
            ObjectStateError: The device has no name.
        """
        if not self.name:
            raise ObjectStateError("the device has no name, so it has no device user name")
        return f"device_{self.name}"

    async def get_user(self) -> dict[str, Any]:
        """Read the device user's JSON (``GET /user/{tenant}/users/device_<name>``).

        Returns the raw JSON; a typed user model is not part of this package yet.

        Raises:
            ObjectStateError: No connection, or the device has no name.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        return await _device_user(self._require_c8y(), self.get_username())

    async def delete(self, with_device_user: bool = False) -> None:
        """Delete the device (``DELETE /inventory/managedObjects/{id}``); children stay.

        Args:
            with_device_user: Delete the device's user too (``withDeviceUser=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete(_delete_params("delete", with_device_user=with_device_user or None))

    async def delete_tree(self, with_device_user: bool = False) -> None:
        """Delete the device and its children (``DELETE ...?cascade=true``).

        Args:
            with_device_user: Delete the device's user too (``withDeviceUser=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete(
            _delete_params("delete_tree", cascade=True, with_device_user=with_device_user or None)
        )


class DeviceGroup(ManagedObject):
    """A device group: a managed object with ``c8y_IsDeviceGroup``, linked by child assets.

    A root group has the type ``c8y_DeviceGroup``, a subgroup ``c8y_DeviceSubGroup``.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        root: Whether this is a root group (else a subgroup).
        name: The group name.
        owner: The owning user (left out: the platform uses the creating user).
        **kwargs: Further top-level fragments.
    """

    __slots__ = ()

    ROOT_TYPE: ClassVar[str] = "c8y_DeviceGroup"
    CHILD_TYPE: ClassVar[str] = "c8y_DeviceSubGroup"

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        root: bool = False,
        name: str | None = None,
        owner: str | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("c8y_IsDeviceGroup", {})
        super().__init__(
            c8y,
            type=self.ROOT_TYPE if root else self.CHILD_TYPE,
            name=name,
            owner=owner,
            **kwargs,
        )

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /inventory/managedObjects/{id}``).

        Child groups are linked with `assign_child_group`, not by update.

        Args:
            copy: Return a new instance with the server's state and leave self unchanged.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await self._update(copy)

    async def create_child(self, name: str, owner: str | None = None, **kwargs: Any) -> Self:
        """Create a subgroup and link it as child asset (``POST`` object, ``POST`` reference).

        Args:
            name: The subgroup's name.
            owner: The owning user (defaults to this group's owner).
            **kwargs: Further fragments of the subgroup.

        Returns:
            The created subgroup.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused a request (if linking fails, the subgroup exists
                unlinked).
        """
        c8y = self._require_c8y()
        self._require_id()
        child = type(self)(c8y, root=False, name=name, owner=owner or self.owner, **kwargs)
        created = await child.create()
        await self.assign_child_group(created)
        return created

    async def assign_child_group(self, child: DeviceGroup | str | int) -> None:
        """Link a subgroup now (``POST .../managedObjects/{id}/childAssets``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("assets", child)

    async def unassign_child_group(self, child: DeviceGroup | str | int) -> None:
        """Unlink a subgroup now (``DELETE .../{id}/childAssets/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._unassign("assets", child)

    async def delete(self) -> None:
        """Delete the group only (``DELETE ...?cascade=false``); subgroups are left dangling.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete(_delete_params("delete", cascade=False))

    async def delete_tree(self) -> None:
        """Delete the group and its children (``DELETE ...?cascade=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete(_delete_params("delete_tree", cascade=True))


# -- the main API classes -----------------------------------------------------------------------

InventoryMode = Literal["objects", "devices", "groups"]

_MODE_FRAGMENT: Final[dict[str, str]] = {
    "devices": "c8y_IsDevice",
    "groups": "c8y_IsDeviceGroup",
}

# What may stand unquoted in the query language: a fragment name in ``has(...)``, an ID in
# ``bygroupid(...)``. Anything else could close the parenthesis and add conditions.
_QUERY_TOKEN = re.compile(r"[A-Za-z0-9_.\-$@:]+")


def _quote(value: str) -> str:
    """Quote a value for the platform's query language (single quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def _values(value: Any, name: str) -> list[Any]:
    """One value or a collection of them as a list; a string is one value (pure)."""
    if value is None:
        return []
    if isinstance(value, str | int | CumulocityObject):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, bytes | bytearray | Mapping):
        return list(value)
    raise ConfigurationError(f"{name}: expected a value or a list of them, got {value!r}")


def _id_list(value: Any) -> list[str]:
    """The ``ids`` filter as a list of IDs (pure).

    Raises:
        ConfigurationError: An item is not an object with ID or an ID.
        InvalidIdError: An ID holds a comma (it would split into two IDs on the wire).
    """
    ids = [_object_id(item) for item in _values(value, "ids")]
    for object_id in ids:
        if "," in object_id:
            raise InvalidIdError(f"ids: {object_id!r} cannot be sent in a comma-separated list")
    return ids


def _query_token(value: str, name: str) -> str:
    if not _QUERY_TOKEN.fullmatch(value):
        raise ConfigurationError(
            f"{name}: {value!r} cannot be written into a query "
            "(letters, digits and _ . - $ @ : only)"
        )
    return value


def _fragment_names(filters: Mapping[str, Any]) -> list[str]:
    names = [*_values(filters.get("fragments"), "fragments")]
    if filters.get("fragment"):
        names.append(filters["fragment"])
    for name in names:
        if not isinstance(name, str):
            raise ConfigurationError(f"fragments: expected fragment names, got {name!r}")
        _query_token(name, "fragment")
    return names


def _check_alone(filters: Mapping[str, Any], chosen: str) -> None:
    """Refuse a selecting filter beside `query` or `ids`, which would go unsent (pure)."""
    beside = sorted(
        name
        for name in InventorySelection.__optional_keys__
        if name != chosen and filters.get(name) is not None
    )
    if beside:
        raise ConfigurationError(
            f"{chosen} selects on its own; {', '.join(beside)} would not be sent with it: "
            f"write {'them into the query' if chosen == 'query' else 'one or the other'}"
        )


def _selection(mode: InventoryMode, filters: Mapping[str, Any]) -> dict[str, Any]:
    """Rewrite the selecting filters into the ones sent (pure; see the module docstring).

    The result holds filter names of `_LIST_QUERY` (``q`` for a device query), not yet the
    platform's parameters.
    """
    sent = {
        name: value
        for name, value in filters.items()
        if name not in InventorySelection.__optional_keys__
    }
    query = filters.get("query")
    if query:
        _check_alone(filters, "query")
        sent["q" if mode == "devices" else "query"] = query
        return sent
    ids = _id_list(filters.get("ids"))
    if ids:
        _check_alone(filters, "ids")
        sent["ids"] = ids
        return sent
    wanted = _fragment_names(filters)
    base = _MODE_FRAGMENT.get(mode)
    if base and base not in wanted:
        wanted.insert(0, base)
    type_, owner, text, name, order_by = (
        filters.get(key) for key in ("type", "owner", "text", "name", "order_by")
    )
    parent = filters.get("parent")
    if not (parent or order_by or name or len(wanted) > 1):
        fragment = wanted[0] if wanted else None
        return {**sent, "type": type_, "owner": owner, "text": text, "fragment": fragment}
    clauses = [f"has({f})" for f in wanted]
    if parent:
        clauses.append(f"bygroupid({_query_token(_object_id(parent), 'parent')})")
    if name:
        clauses.append(f"name eq {_quote(name)}")
    if type_:
        clauses.append(f"type eq {_quote(type_)}")
    if owner:
        clauses.append(f"owner eq {_quote(owner)}")
    parts = []
    if clauses:
        parts.append("$filter=(" + " and ".join(clauses) + ")")
    if order_by:
        parts.append(f"$orderby={order_by}")
    return {**sent, "query": " ".join(parts), "text": text}


def _inventory_query(
    mode: InventoryMode,
    filters: Mapping[str, Any],
    *,
    call: str,
    extra_params: ExtraParams | None,
) -> dict[str, Any]:
    _LIST_QUERY.check(filters, call)
    spec = _DEVICE_LIST_QUERY if mode == "devices" else _LIST_QUERY
    return spec.build(_selection(mode, filters), call=call, extra_params=extra_params)


def inventory_query_params(
    mode: InventoryMode,
    *,
    extra_params: ExtraParams | None = None,
    **filters: Unpack[InventoryFilters],
) -> dict[str, Any]:
    """Build the query parameters of an inventory query (pure; see the module docstring).

    Args:
        mode: ``"devices"`` adds ``c8y_IsDevice`` (and sends a custom query as ``q``, which the
            platform restricts to devices), ``"groups"`` adds ``c8y_IsDeviceGroup``.
        extra_params: Raw query parameters sent as given.
        **filters: The query's filters (see `InventoryFilters` and `Inventory.select`).

    Raises:
        UnknownFilterError: A keyword that is no filter.
        ConfigurationError: A malformed filter, or a parameter set both by a filter and in
            `extra_params`.
    """
    return _inventory_query(mode, filters, call="inventory_query_params", extra_params=extra_params)


MO = TypeVar("MO", bound=ManagedObject)


class _InventoryBase(CumulocityResource[MO], Generic[MO]):
    """Queries and bulk calls shared by the three inventory APIs."""

    _operations: ClassVar[ResourceOperations] = MANAGED_OBJECTS_OPERATIONS
    _collection_key: ClassVar[str] = "managedObjects"
    _mode: ClassVar[InventoryMode] = "objects"

    async def get(
        self,
        id: str | int,
        *,
        extra_params: ExtraParams | None = None,
        **options: Unpack[ObjectReadOptions],
    ) -> MO:
        """Read one object (``GET /inventory/managedObjects/{id}``).

        Args:
            id: The object's ID.
            extra_params: Raw query parameters sent as given.
            **options: What to add to the object (`ObjectReadOptions`: ``with_children``,
                ``with_parents``, ...).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            NotFoundError: No object has this ID.
            APIError: The platform refused the request otherwise.
        """
        params = _READ_QUERY.build(options, call="get", extra_params=extra_params)
        json = await self.c8y.get(self.build_object_path(_object_id(id)), params or None)
        return self._object_class.from_json(json, self.c8y)

    def _filters(self, filters: Mapping[str, Any]) -> Mapping[str, Any]:
        """The filters as sent; subclasses add defaults."""
        return filters

    def _query_params(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> dict[str, Any]:
        if expression:
            return _LIST_QUERY.from_expression(
                expression, filters, call=call, extra_params=extra_params
            )
        return _inventory_query(
            self._mode, self._filters(filters), call=call, extra_params=extra_params
        )

    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> AsyncIterator[MO]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> AsyncIterator[Any]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> AsyncIterator[tuple[Any, ...]]: ...
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching objects (``GET /inventory/managedObjects``, paged).

        The arguments are checked at once; requests are made while iterating.

        Args:
            expression: A raw query string sent unchanged (``"type=x&withParents=true"``); a
                filter beside it is refused.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results (applied after `include`).
            page_size: Objects per request; inferred from `limit` and the client-side filters
                when None.
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects: a path or
                ``(path, default)`` for one value per result, a list of them for tuples.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters sent as given (for what no filter covers).
            **filters: The filters of `InventoryFilters`:
                ``query`` (the platform's query language, sent as is), ``ids`` (only these
                objects), ``order_by`` (e.g. ``"name desc"``), ``type``, ``parent`` (members
                of this group, transitively), ``fragment`` / ``fragments`` (carrying all of
                them), ``name`` (exact), ``owner``, ``text`` (contained text),
                ``only_roots``, ``with_children``, ``with_children_count``,
                ``skip_children_names``, ``with_groups``, ``with_parents``,
                ``with_latest_values``, ``child_device_id`` / ``child_asset_id`` /
                ``child_addition_id`` (the parents of this child).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: An argument is out of range or malformed.
            InvalidPathError: A matcher or `as_values` path does not parse.
            APIError: A page request failed (while iterating).
        """
        params = self._query_params(expression, filters, extra_params, "select")
        return self._select(
            params,
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )

    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> list[MO]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> list[Any]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> list[tuple[Any, ...]]: ...
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> list[Any]:
        """Read all matching objects into a list: the eager form of `select` (same arguments).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: An argument is out of range or malformed.
            APIError: A page request failed.
        """
        params = self._query_params(expression, filters, extra_params, "get_all")
        results = self._select(
            params,
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )
        return [item async for item in results]

    @overload
    async def get_by(
        self,
        expression: str | None = None,
        *,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        as_values: None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> MO: ...
    @overload
    async def get_by(
        self,
        expression: str | None = None,
        *,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        as_values: ValueSpec,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> Any: ...
    @overload
    async def get_by(
        self,
        expression: str | None = None,
        *,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        as_values: list[ValueSpec],
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> tuple[Any, ...]: ...
    async def get_by(
        self,
        expression: str | None = None,
        *,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> Any:
        """Read the one object a query matches (``GET /inventory/managedObjects``).

        Takes the arguments of `select`; at most two results are read, which is enough to
        tell one match from several.

        Returns:
            The object, or its values when `as_values` is given.

        Raises:
            NoUniqueMatchError: The query matched no object, or more than one (``found``
                says which: 0 or 2).
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: A malformed argument.
            APIError: The request failed.
        """
        params = self._query_params(expression, filters, extra_params, "get_by")
        results = self._select(
            params,
            limit=2,
            include=include,
            exclude=exclude,
            page_size=None,
            page_number=None,
            as_values=as_values,
            workers=None,
        )
        found = [item async for item in results]
        if len(found) != 1:
            what = "no managed object" if not found else "more than one managed object"
            raise NoUniqueMatchError(f"get_by: {what} matches {params}", found=len(found))
        return found[0]

    async def get_count(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> int:
        """Count the matching objects without reading them (the filters of `select`).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: A malformed filter.
            APIError: The request failed.
        """
        params = self._query_params(expression, filters, extra_params, "get_count")
        return await self._get_count(params)

    async def to_dataframe(
        self,
        expression: str | None = None,
        *,
        columns: Sequence[ColumnSpec],
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[InventoryFilters],
    ) -> pandas.DataFrame:
        """Read the matching objects into a pandas DataFrame (``pandas`` extra).

        One row per object, one column per spec, the dtypes inferred by pandas (a missing
        value becomes pandas' missing marker). Takes the filters and options of `select`,
        but reads every match unless `limit` is given.

        Args:
            expression: A raw query string sent unchanged (a filter beside it is refused).
            columns: Per column a JSON path (also the column's name) or ``(name, path)``.
            limit: The most rows (default: all).
            include: Client-side filter: keep matching results.
            exclude: Client-side filter: drop matching results.
            page_size: Objects per request (inferred when None).
            workers: Pages requested in parallel.
            extra_params: Raw query parameters sent as given.
            **filters: The filters of `InventoryFilters` (see `select`).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: Malformed columns or arguments.
            InvalidPathError: A column path does not parse.
            ImportError: pandas is not installed.
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            self._query_params(expression, filters, extra_params, "to_dataframe"),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def create(
        self, *objects: MO, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Create objects (one ``POST /inventory/managedObjects`` each); results not parsed.

        Args:
            *objects: The objects to create.
            workers: Requests in parallel (default: one after the other).
            progress: Called as ``progress(done, total)`` after each object.

        Raises:
            BulkError: A request failed; names the object (the calls in flight finish first).
        """
        await self._create_many(objects, workers=workers, progress=progress)

    async def update(
        self, *objects: MO, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each object's staged changes (``PUT /inventory/managedObjects/{id}`` each).

        An object whose request succeeded has its changes marked as saved; results are not
        parsed (see `ManagedObject.update` for that).

        Raises:
            ObjectStateError: An object has no ID (checked before any request).
            BulkError: A request failed; names the object.
        """
        await self._update_many(objects, workers=workers, progress=progress)

    async def apply_to(
        self,
        object_model: MO | Mapping[str, Any],
        *object_ids: str | int | MO,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Write one model's full JSON to several objects (``PUT .../{id}`` each).

        Args:
            object_model: An object (all its fragments are sent) or a JSON mapping.
            *object_ids: The target objects or their IDs.
            workers: Requests in parallel.
            progress: Called as ``progress(done, total)``.

        Raises:
            BulkError: A request failed; names the target.
        """
        await self._apply_to_many(object_model, object_ids, workers=workers, progress=progress)

    async def delete(
        self,
        *objects: MO | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete objects (``DELETE /inventory/managedObjects/{id}`` each); children stay.

        Raises:
            ObjectStateError: An object has no ID.
            BulkError: A request failed; names the object.
        """
        await self._delete_many(objects, params=None, workers=workers, progress=progress)

    async def delete_trees(
        self,
        *objects: MO | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete objects with all their children (``DELETE ...?forceCascade=true`` each).

        Raises:
            BulkError: A request failed; names the object.
        """
        params = _delete_params("delete_trees", force_cascade=True)
        await self._delete_many(objects, params=params, workers=workers, progress=progress)

    async def _link(
        self,
        kind: ChildKind,
        parent: ObjectOrId,
        children: Iterable[ObjectOrId],
        workers: int | None,
        unlink: bool = False,
        progress: Progress | None = None,
    ) -> None:
        from c8y_objects._bulk import run_bulk

        parent_id = _object_id(parent)
        path_segment(parent_id)
        ids = [_object_id(c) for c in children]
        if unlink:  # every ID that goes into a path checked before the first request
            for child_id in ids:
                path_segment(child_id, name="childId")
        c8y = self.c8y
        send = _unlink if unlink else _link

        async def link(child_id: str) -> None:
            await send(c8y, kind, parent_id, child_id)

        await run_bulk(ids, link, workers=workers, progress=progress)

    async def assign_child_devices(
        self,
        parent: ObjectOrId,
        *children: ObjectOrId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link child devices to a parent (``POST .../{parent}/childDevices`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("devices", parent, children, workers, progress=progress)

    async def assign_child_assets(
        self,
        parent: ObjectOrId,
        *children: ObjectOrId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link child assets to a parent (``POST .../{parent}/childAssets`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("assets", parent, children, workers, progress=progress)

    async def assign_child_additions(
        self,
        parent: ObjectOrId,
        *children: ObjectOrId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link child additions to a parent (``POST .../{parent}/childAdditions`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("additions", parent, children, workers, progress=progress)

    async def unassign_child_devices(
        self,
        parent: ObjectOrId,
        *children: ObjectOrId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink child devices (``DELETE .../{parent}/childDevices/{child}`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("devices", parent, children, workers, unlink=True, progress=progress)

    async def unassign_child_assets(
        self,
        parent: ObjectOrId,
        *children: ObjectOrId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink child assets (``DELETE .../{parent}/childAssets/{child}`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("assets", parent, children, workers, unlink=True, progress=progress)

    async def unassign_child_additions(
        self,
        parent: ObjectOrId,
        *children: ObjectOrId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink child additions (``DELETE .../{parent}/childAdditions/{child}`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("additions", parent, children, workers, unlink=True, progress=progress)

    async def get_latest_availability(self, mo_id: ObjectOrId) -> Availability:
        """Read an object's latest availability (``GET .../{id}/availability``).

        Raises:
            APIError: The request failed.
        """
        return await _availability(self.c8y, _object_id(mo_id))

    async def get_supported_measurements(self, mo_id: ObjectOrId) -> list[str]:
        """Read an object's measurement fragment names (``GET .../{id}/supportedMeasurements``).

        Raises:
            APIError: The request failed.
        """
        return await _supported(self.c8y, "measurements", _object_id(mo_id))

    async def get_supported_series(self, mo_id: ObjectOrId) -> list[str]:
        """Read an object's measurement series names (``GET .../{id}/supportedSeries``).

        Raises:
            APIError: The request failed.
        """
        return await _supported(self.c8y, "series", _object_id(mo_id))


class Inventory(_InventoryBase[ManagedObject]):
    """The Inventory API: query, create, change and delete managed objects of any kind.

    Args:
        c8y: The connection.
    """

    _object_class: builtins.type[ManagedObject] = ManagedObject
    _mode: ClassVar[InventoryMode] = "objects"


def _request_id(value: object) -> str:
    """Check a device registration identifier (text that can be one path segment)."""
    if not isinstance(value, str):
        raise InvalidIdError(f"id: a device registration takes the device's text id, got {value!r}")
    path_segment(value, name="id")
    return value


class DeviceInventory(_InventoryBase[Device]):
    """The Device Inventory API: like `Inventory`, restricted to devices (``c8y_IsDevice``).

    Args:
        c8y: The connection.
    """

    _object_class: builtins.type[Device] = Device
    _mode: ClassVar[InventoryMode] = "devices"

    async def delete(
        self,
        *devices: Device | str | int,
        with_device_user: bool = False,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete devices (``DELETE .../{id}`` each, ``withDeviceUser=true`` if asked).

        Args:
            *devices: The devices or their IDs.
            with_device_user: Delete each device's user too.
            workers: Requests in parallel.
            progress: Called as ``progress(done, total)``.

        Raises:
            BulkError: A request failed; names the device.
        """
        params = _delete_params("delete", with_device_user=with_device_user or None)
        await self._delete_many(devices, params=params, workers=workers, progress=progress)

    async def delete_trees(
        self,
        *devices: Device | str | int,
        with_device_user: bool = False,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete devices with their children (``DELETE ...?cascade=true`` each).

        Args:
            *devices: The devices or their IDs.
            with_device_user: Delete each device's user too.
            workers: Requests in parallel.
            progress: Called as ``progress(done, total)``.

        Raises:
            BulkError: A request failed; names the device.
        """
        params = _delete_params(
            "delete_trees", cascade=True, with_device_user=with_device_user or None
        )
        await self._delete_many(devices, params=params, workers=workers, progress=progress)

    async def get_user(self, device: Device | str) -> dict[str, Any]:
        """Read a device user's JSON (``GET /user/{tenant}/users/device_<name>``).

        Args:
            device: The device, or its name.

        Raises:
            ObjectStateError: The device has no name.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        name = device.get_username() if isinstance(device, Device) else f"device_{device}"
        return await _device_user(self.c8y, name)

    async def request(self, id: str) -> None:
        """Register a device for bootstrapping (``POST /devicecontrol/newDeviceRequests``).

        The request waits until the device asks for its credentials with the bootstrap user
        and someone calls `accept`.

        Args:
            id: The device's own identifier (serial number, IMEI, ...), not an inventory ID.

        Raises:
            InvalidIdError: The identifier is not text, or cannot be a path segment (a
                request `accept` could never address; nothing is sent).
            APIError: The platform refused the request (e.g. `UnprocessableEntityError` when
                a request for this identifier exists already).
        """
        await self.c8y.send(
            wire.POST_NEW_DEVICE_REQUEST_COLLECTION_RESOURCE, json={"id": _request_id(id)}
        )

    async def accept(self, id: str) -> None:
        """Accept a device's registration (``PUT /devicecontrol/newDeviceRequests/{id}``).

        The device's next credentials request then gets its device user.

        Args:
            id: The identifier the device was registered with (see `request`).

        Raises:
            InvalidIdError: The identifier is not text, or cannot be a path segment (nothing
                is sent).
            NotFoundError: There is no request for this identifier.
            APIError: The platform refused the request otherwise.
        """
        await self.c8y.send(
            wire.PUT_NEW_DEVICE_REQUEST_RESOURCE,
            path={"requestId": _request_id(id)},
            json={"status": "ACCEPTED"},
        )


class DeviceGroupInventory(_InventoryBase[DeviceGroup]):
    """The Device Group API: like `Inventory`, restricted to groups (``c8y_IsDeviceGroup``).

    A `parent` filter without `type` selects subgroups (``c8y_DeviceSubGroup``).

    Args:
        c8y: The connection.
    """

    _object_class: builtins.type[DeviceGroup] = DeviceGroup
    _mode: ClassVar[InventoryMode] = "groups"

    def _filters(self, filters: Mapping[str, Any]) -> Mapping[str, Any]:
        if filters.get("parent") and not filters.get("type"):
            return {**filters, "type": DeviceGroup.CHILD_TYPE}
        return filters

    async def assign_children(
        self,
        root_id: DeviceGroup | str | int,
        *child_ids: DeviceGroup | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link subgroups to a group (``POST .../{root}/childAssets`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("assets", root_id, child_ids, workers, progress=progress)

    async def unassign_children(
        self,
        root_id: DeviceGroup | str | int,
        *child_ids: DeviceGroup | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink subgroups from a group (``DELETE .../{root}/childAssets/{child}`` each).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("assets", root_id, child_ids, workers, unlink=True, progress=progress)

    async def create_child(
        self, parent_id: DeviceGroup | str | int, group: DeviceGroup
    ) -> DeviceGroup:
        """Create a subgroup and link it to a parent (``POST`` object, ``POST`` reference).

        Returns:
            The created subgroup.

        Raises:
            APIError: A request failed (if linking fails, the subgroup exists unlinked).
        """
        json = await self.c8y.call(self._operations.require("create"), json=group.to_json())
        created = DeviceGroup.from_json(json, self.c8y)
        await self._link("assets", parent_id, [created], None)
        return created

    async def delete(
        self,
        *groups: DeviceGroup | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete groups only (``DELETE ...?cascade=false`` each); subgroups stay.

        Raises:
            BulkError: A request failed; names the group.
        """
        params = _delete_params("delete", cascade=False)
        await self._delete_many(groups, params=params, workers=workers, progress=progress)

    async def delete_trees(
        self,
        *groups: DeviceGroup | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete groups with their children (``DELETE ...?cascade=true`` each).

        Raises:
            BulkError: A request failed; names the group.
        """
        params = _delete_params("delete_trees", cascade=True)
        await self._delete_many(groups, params=params, workers=workers, progress=progress)
