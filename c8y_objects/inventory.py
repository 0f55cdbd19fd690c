"""Managed objects, devices and device groups, and the Inventory APIs that query and change them.

Objects: `ManagedObject`, `Device`, `DeviceGroup` (active records on
``/inventory/managedObjects``) and `Availability` (a device's latest availability).
Main API classes: `Inventory`, `DeviceInventory`, `DeviceGroupInventory`.

Query filters (`select`, `get_all`, `get_count`) map to the platform's parameters: ``type``,
``owner``, ``text`` and ``fragment`` (``fragmentType``) are sent as parameters as long as they
suffice. ``name``, ``parent``, ``order_by`` and several fragments cannot be expressed that way,
so then every filter is written into one ``query`` in the platform's query language
(``$filter=(has(x) and name eq 'y') $orderby=name``). ``query`` is sent as given (other filters
then ignored except flags such as ``with_children``); ``expression`` is a raw query string sent
unchanged, and every other filter is ignored.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Generic, Literal, Self, TypeVar, overload

from c8y_objects._api import (
    CumulocityResource,
    Progress,
    _object_id,
    build_query_params,
    expression_params,
)
from c8y_objects._base import (
    CumulocityObject,
    DateTimeField,
    Field,
    ObjectStateError,
    ReadOnlyField,
    parse_datetime,
)
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection
from c8y_objects._wire import ResourceOperations
from c8y_rest import wire

__all__ = [
    "Availability",
    "ConnectionStatus",
    "DataStatus",
    "Device",
    "DeviceGroup",
    "DeviceGroupInventory",
    "DeviceInventory",
    "Inventory",
    "ManagedObject",
    "inventory_query_params",
]

MANAGED_OBJECTS = "/inventory/managedObjects"
MANAGED_OBJECTS_OPERATIONS = ResourceOperations(
    list=wire.GET_MANAGED_OBJECT_COLLECTION_RESOURCE,
    create=wire.POST_MANAGED_OBJECT_COLLECTION_RESOURCE,
    read=wire.GET_MANAGED_OBJECT_RESOURCE,
    update=wire.PUT_MANAGED_OBJECT_RESOURCE,
    delete=wire.DELETE_MANAGED_OBJECT_RESOURCE,
)


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


def _child_id(child: CumulocityObject | str | int) -> str:
    return _object_id(child)


def _reference(child_id: str) -> dict[str, Any]:
    return {"managedObject": {"id": child_id}}


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

    _resource: ClassVar[str] = MANAGED_OBJECTS

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

    name = Field[str]("name")
    """The object's name."""
    type = Field[str]("type")
    """The object's type."""
    owner = Field[str]("owner")
    """The owning user."""
    creation_time = ReadOnlyField[str]("creationTime")
    """When the platform created the object (its ISO text)."""
    creation_datetime = DateTimeField("creationTime")
    """When the platform created the object (aware UTC datetime)."""
    update_time = ReadOnlyField[str]("lastUpdated")
    """When the object last changed (its ISO text)."""
    last_updated = ReadOnlyField[str]("lastUpdated")
    """The same as `update_time`."""
    update_datetime = DateTimeField("lastUpdated")
    """When the object last changed (aware UTC datetime)."""
    last_updated_datetime = DateTimeField("lastUpdated")
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

    async def delete(self, **_: Any) -> None:
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
        await self._delete({"forceCascade": True})

    async def _assign(self, kind: str, child: CumulocityObject | str | int) -> None:
        c8y = self._require_c8y()
        await c8y.post(f"{self._object_path()}/{kind}", _reference(_child_id(child)))

    async def _unassign(self, kind: str, child: CumulocityObject | str | int) -> None:
        c8y = self._require_c8y()
        await c8y.delete(f"{self._object_path()}/{kind}/{_child_id(child)}")

    async def assign_child_addition(self, child: CumulocityObject | str | int) -> None:
        """Link a child addition now (``POST .../managedObjects/{id}/childAdditions``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("childAdditions", child)

    async def assign_child_asset(self, child: CumulocityObject | str | int) -> None:
        """Link a child asset now (``POST .../managedObjects/{id}/childAssets``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("childAssets", child)

    async def assign_child_device(self, child: CumulocityObject | str | int) -> None:
        """Link a child device now (``POST .../managedObjects/{id}/childDevices``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._assign("childDevices", child)

    async def unassign_child_addition(self, child: CumulocityObject | str | int) -> None:
        """Unlink a child addition now (``DELETE .../{id}/childAdditions/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request (e.g. not a child: `NotFoundError`).
        """
        await self._unassign("childAdditions", child)

    async def unassign_child_asset(self, child: CumulocityObject | str | int) -> None:
        """Unlink a child asset now (``DELETE .../{id}/childAssets/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request (e.g. not a child: `NotFoundError`).
        """
        await self._unassign("childAssets", child)

    async def unassign_child_device(self, child: CumulocityObject | str | int) -> None:
        """Unlink a child device now (``DELETE .../{id}/childDevices/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request (e.g. not a child: `NotFoundError`).
        """
        await self._unassign("childDevices", child)

    async def get_latest_availability(self) -> Availability:
        """Read the latest availability (``GET .../managedObjects/{id}/availability``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        return Availability.from_json(await c8y.get(f"{self._object_path()}/availability"))

    async def get_supported_measurements(self) -> list[str]:
        """Read the measurement fragment names (``GET .../{id}/supportedMeasurements``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        data = await c8y.get(f"{self._object_path()}/supportedMeasurements")
        return list(data.get("c8y_SupportedMeasurements") or [])

    async def get_supported_series(self) -> list[str]:
        """Read the measurement series names (``GET .../{id}/supportedSeries``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        data = await c8y.get(f"{self._object_path()}/supportedSeries")
        return list(data.get("c8y_SupportedSeries") or [])


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
        c8y = self._require_c8y()
        result: dict[str, Any] = await c8y.get(f"/user/{c8y.tenant_id}/users/{self.get_username()}")
        return result

    async def delete(self, with_device_user: bool = False, **_: Any) -> None:
        """Delete the device (``DELETE /inventory/managedObjects/{id}``); children stay.

        Args:
            with_device_user: Delete the device's user too (``withDeviceUser=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete({"withDeviceUser": True} if with_device_user else None)

    async def delete_tree(self, with_device_user: bool = False) -> None:
        """Delete the device and its children (``DELETE ...?cascade=true``).

        Args:
            with_device_user: Delete the device's user too (``withDeviceUser=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        params: dict[str, Any] = {"cascade": True}
        if with_device_user:
            params["withDeviceUser"] = True
        await self._delete(params)


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

    async def update(self, copy: bool = False, **_: Any) -> Self:
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
        await self._assign("childAssets", child)

    async def unassign_child_group(self, child: DeviceGroup | str | int) -> None:
        """Unlink a subgroup now (``DELETE .../{id}/childAssets/{child}``).

        Raises:
            ObjectStateError: No connection, or self or the child has no ID.
            APIError: The platform refused the request.
        """
        await self._unassign("childAssets", child)

    async def delete(self, **_: Any) -> None:
        """Delete the group only (``DELETE ...?cascade=false``); subgroups are left dangling.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete({"cascade": False})

    async def delete_tree(self) -> None:
        """Delete the group and its children (``DELETE ...?cascade=true``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete({"cascade": True})


# -- the main API classes -----------------------------------------------------------------------

InventoryMode = Literal["objects", "devices", "groups"]

_MODE_FRAGMENT: dict[str, str] = {"devices": "c8y_IsDevice", "groups": "c8y_IsDeviceGroup"}


def _quote(value: str) -> str:
    """Quote a value for the platform's query language (single quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def inventory_query_params(
    mode: InventoryMode,
    *,
    query: str | None = None,
    ids: Sequence[str | int] | None = None,
    order_by: str | None = None,
    type: str | None = None,
    parent: str | int | None = None,
    fragment: str | None = None,
    fragments: Sequence[str] | None = None,
    name: str | None = None,
    owner: str | None = None,
    text: str | None = None,
    **flags: Any,
) -> dict[str, Any]:
    """Build the query parameters of an inventory query (pure; see the module docstring).

    Args:
        mode: ``"devices"`` adds ``c8y_IsDevice`` (and sends a custom query as ``q``, which the
            platform restricts to devices), ``"groups"`` adds ``c8y_IsDeviceGroup``.
        query: A query in the platform's query language, sent as is.
        ids: Object IDs; sent as the ``ids`` parameter (other filters except flags ignored).
        order_by: A sort expression (forces the query form).
        type: The object type.
        parent: The ID of a group whose (transitive) members are wanted (forces the query form).
        fragment: A fragment the objects carry.
        fragments: Several fragments the objects carry (more than one forces the query form).
        name: The exact object name (forces the query form).
        owner: The owning user.
        text: Text the objects contain (the platform's ``text`` parameter).
        **flags: Further parameters in snake_case or camelCase (``with_children``,
            ``only_roots``, ``child_device_id``, ...).
    """
    extra = build_query_params(flags)
    if query:
        return {("q" if mode == "devices" else "query"): query, **extra}
    if ids:
        return {"ids": [str(i) for i in ids], **extra}
    wanted = [*(fragments or ()), *([fragment] if fragment else [])]
    base = _MODE_FRAGMENT.get(mode)
    if base and base not in wanted:
        wanted.insert(0, base)
    if not (parent or order_by or name or len(wanted) > 1):
        plain = build_query_params(
            {
                "type": type,
                "owner": owner,
                "text": text,
                "fragmentType": wanted[0] if wanted else None,
            }
        )
        return {**plain, **extra}
    clauses = [f"has({f})" for f in wanted]
    if parent:
        clauses.append(f"bygroupid({parent})")
    if name:
        clauses.append(f"name eq {_quote(name)}")
    if type:
        clauses.append(f"type eq {_quote(type)}")
    if owner:
        clauses.append(f"owner eq {_quote(owner)}")
    parts = []
    if clauses:
        parts.append("$filter=(" + " and ".join(clauses) + ")")
    if order_by:
        parts.append(f"$orderby={order_by}")
    params: dict[str, Any] = {"query": " ".join(parts), **extra}
    if text:
        params["text"] = text
    return params


MO = TypeVar("MO", bound=ManagedObject)


class _InventoryBase(CumulocityResource[MO], Generic[MO]):
    """Queries and bulk calls shared by the three inventory APIs."""

    _resource: ClassVar[str] = MANAGED_OBJECTS

    _operations: ClassVar[ResourceOperations] = MANAGED_OBJECTS_OPERATIONS
    _collection_key: ClassVar[str] = "managedObjects"
    _mode: ClassVar[InventoryMode] = "objects"

    async def get(
        self,
        id: str | int,
        *,
        with_children: bool | None = None,
        with_parents: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_latest_values: bool | None = None,
    ) -> MO:
        """Read one object (``GET /inventory/managedObjects/{id}``).

        Raises:
            NotFoundError: No object has this ID.
            APIError: The platform refused the request otherwise.
        """
        params = build_query_params(
            {
                "with_children": with_children,
                "with_parents": with_parents,
                "with_children_count": with_children_count,
                "skip_children_names": skip_children_names,
                "with_latest_values": with_latest_values,
            }
        )
        json = await self.c8y.get(self.build_object_path(_object_id(id)), params or None)
        return self._object_class.from_json(json, self.c8y)

    def _params(self, expression: str | None, filters: dict[str, Any]) -> dict[str, Any]:
        if expression:
            return expression_params(expression)
        return inventory_query_params(self._mode, **filters)

    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[MO]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[tuple[Any, ...]]: ...
    def select(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]:
        """Iterate over the matching objects (``GET /inventory/managedObjects``, paged).

        The arguments are checked at once; requests are made while iterating.

        Args:
            expression: A raw query string sent unchanged (``"type=x&withParents=true"``); all
                other filters are then ignored.
            query: A query in the platform's query language, sent as is.
            ids: Only these object IDs.
            order_by: A sort expression of the query language, e.g. ``"name desc"``.
            type: The object type.
            parent: Members of this group (transitively).
            fragment: Objects carrying this fragment.
            fragments: Objects carrying all these fragments.
            name: The exact name.
            owner: The owning user.
            text: Objects containing this text.
            only_roots: Only objects without parents.
            with_children: Include child references.
            with_children_count: Include child counts.
            skip_children_names: Leave names out of child references.
            with_groups: Include the groups an object belongs to.
            with_parents: Include parent references.
            with_latest_values: Include ``c8y_LatestMeasurements``.
            child_device_id: Parents of this child device.
            child_asset_id: Parents of this child asset.
            child_addition_id: Parents of this child addition.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results (applied after `include`).
            page_size: Objects per request; inferred from `limit` and the client-side filters
                when None.
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects: a path or
                ``(path, default)`` for one value per result, a list of them for tuples.
            workers: Pages requested in parallel.
            **filters: Further platform parameters (snake_case or camelCase).

        Raises:
            ConfigurationError: An argument is out of range or malformed.
            InvalidPathError: A matcher or `as_values` path does not parse.
            APIError: A page request failed (while iterating).
        """
        params = self._params(
            expression,
            {
                "query": query,
                "ids": ids,
                "order_by": order_by,
                "type": type,
                "parent": parent,
                "fragment": fragment,
                "fragments": fragments,
                "name": name,
                "owner": owner,
                "text": text,
                "only_roots": only_roots,
                "with_children": with_children,
                "with_children_count": with_children_count,
                "skip_children_names": skip_children_names,
                "with_groups": with_groups,
                "with_parents": with_parents,
                "with_latest_values": with_latest_values,
                "child_device_id": child_device_id,
                "child_asset_id": child_asset_id,
                "child_addition_id": child_addition_id,
                **filters,
            },
        )
        return self._select(
            params,
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
        )

    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> list[MO]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        **filters: Any,
    ) -> list[Any]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        order_by: str | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        with_children: bool | None = None,
        with_children_count: bool | None = None,
        skip_children_names: bool | None = None,
        with_groups: bool | None = None,
        with_parents: bool | None = None,
        with_latest_values: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        **filters: Any,
    ) -> list[tuple[Any, ...]]: ...
    async def get_all(
        self,
        expression: str | None = None,
        *,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        limit: int | None = 5,
        **kwargs: Any,
    ) -> list[Any]:
        """Read all matching objects into a list: the eager form of `select` (same arguments).

        Raises:
            ConfigurationError: An argument is out of range or malformed.
            APIError: A page request failed.
        """
        results = self.select(expression, as_values=as_values, limit=limit, **kwargs)
        return [item async for item in results]

    async def get_count(
        self,
        expression: str | None = None,
        *,
        query: str | None = None,
        ids: Sequence[str | int] | None = None,
        type: str | None = None,
        parent: str | int | None = None,
        fragment: str | None = None,
        fragments: Sequence[str] | None = None,
        name: str | None = None,
        owner: str | None = None,
        text: str | None = None,
        only_roots: bool | None = None,
        child_device_id: str | int | None = None,
        child_asset_id: str | int | None = None,
        child_addition_id: str | int | None = None,
        **filters: Any,
    ) -> int:
        """Count the matching objects without reading them (same filters as `select`).

        Raises:
            APIError: The request failed.
        """
        params = self._params(
            expression,
            {
                "query": query,
                "ids": ids,
                "type": type,
                "parent": parent,
                "fragment": fragment,
                "fragments": fragments,
                "name": name,
                "owner": owner,
                "text": text,
                "only_roots": only_roots,
                "child_device_id": child_device_id,
                "child_asset_id": child_asset_id,
                "child_addition_id": child_addition_id,
                **filters,
            },
        )
        return await self._get_count(params)

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
        await self._delete_many(
            objects, params={"forceCascade": True}, workers=workers, progress=progress
        )

    async def _link(
        self,
        kind: str,
        parent: CumulocityObject | str | int,
        children: Iterable[CumulocityObject | str | int],
        workers: int | None,
        unlink: bool = False,
        progress: Progress | None = None,
    ) -> None:
        from c8y_objects._bulk import run_bulk

        base = f"{self.build_object_path(_object_id(parent))}/{kind}"
        ids = [_child_id(c) for c in children]
        c8y = self.c8y

        async def link(child_id: str) -> None:
            if unlink:
                await c8y.delete(f"{base}/{child_id}")
            else:
                await c8y.post(base, _reference(child_id))

        await run_bulk(ids, link, workers=workers, progress=progress)

    async def assign_child_devices(
        self,
        parent: CumulocityObject | str | int,
        *children: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link child devices to a parent (``POST .../{parent}/childDevices`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("childDevices", parent, children, workers, progress=progress)

    async def assign_child_assets(
        self,
        parent: CumulocityObject | str | int,
        *children: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link child assets to a parent (``POST .../{parent}/childAssets`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("childAssets", parent, children, workers, progress=progress)

    async def assign_child_additions(
        self,
        parent: CumulocityObject | str | int,
        *children: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Link child additions to a parent (``POST .../{parent}/childAdditions`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("childAdditions", parent, children, workers, progress=progress)

    async def unassign_child_devices(
        self,
        parent: CumulocityObject | str | int,
        *children: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink child devices (``DELETE .../{parent}/childDevices/{child}`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("childDevices", parent, children, workers, unlink=True, progress=progress)

    async def unassign_child_assets(
        self,
        parent: CumulocityObject | str | int,
        *children: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink child assets (``DELETE .../{parent}/childAssets/{child}`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link("childAssets", parent, children, workers, unlink=True, progress=progress)

    async def unassign_child_additions(
        self,
        parent: CumulocityObject | str | int,
        *children: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Unlink child additions (``DELETE .../{parent}/childAdditions/{child}`` per child).

        Raises:
            BulkError: A request failed; names the child.
        """
        await self._link(
            "childAdditions", parent, children, workers, unlink=True, progress=progress
        )

    async def get_latest_availability(self, mo_id: CumulocityObject | str | int) -> Availability:
        """Read an object's latest availability (``GET .../{id}/availability``).

        Raises:
            APIError: The request failed.
        """
        path = f"{self.build_object_path(_object_id(mo_id))}/availability"
        return Availability.from_json(await self.c8y.get(path))

    async def get_supported_measurements(self, mo_id: CumulocityObject | str | int) -> list[str]:
        """Read an object's measurement fragment names (``GET .../{id}/supportedMeasurements``).

        Raises:
            APIError: The request failed.
        """
        path = f"{self.build_object_path(_object_id(mo_id))}/supportedMeasurements"
        data = await self.c8y.get(path)
        return list(data.get("c8y_SupportedMeasurements") or [])

    async def get_supported_series(self, mo_id: CumulocityObject | str | int) -> list[str]:
        """Read an object's measurement series names (``GET .../{id}/supportedSeries``).

        Raises:
            APIError: The request failed.
        """
        path = f"{self.build_object_path(_object_id(mo_id))}/supportedSeries"
        data = await self.c8y.get(path)
        return list(data.get("c8y_SupportedSeries") or [])


class Inventory(_InventoryBase[ManagedObject]):
    """The Inventory API: query, create, change and delete managed objects of any kind.

    Args:
        c8y: The connection.
    """

    _object_class: builtins.type[ManagedObject] = ManagedObject
    _mode: ClassVar[InventoryMode] = "objects"


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
        params = {"withDeviceUser": True} if with_device_user else None
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
        params: dict[str, Any] = {"cascade": True}
        if with_device_user:
            params["withDeviceUser"] = True
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
        result: dict[str, Any] = await self.c8y.get(f"/user/{self.c8y.tenant_id}/users/{name}")
        return result


class DeviceGroupInventory(_InventoryBase[DeviceGroup]):
    """The Device Group API: like `Inventory`, restricted to groups (``c8y_IsDeviceGroup``).

    A `parent` filter without `type` selects subgroups (``c8y_DeviceSubGroup``).

    Args:
        c8y: The connection.
    """

    _object_class: builtins.type[DeviceGroup] = DeviceGroup
    _mode: ClassVar[InventoryMode] = "groups"

    def _params(self, expression: str | None, filters: dict[str, Any]) -> dict[str, Any]:
        if not expression and filters.get("parent") and not filters.get("type"):
            filters = {**filters, "type": DeviceGroup.CHILD_TYPE}
        return super()._params(expression, filters)

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
        await self._link("childAssets", root_id, child_ids, workers, progress=progress)

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
        await self._link("childAssets", root_id, child_ids, workers, unlink=True, progress=progress)

    async def create_child(
        self, parent_id: DeviceGroup | str | int, group: DeviceGroup
    ) -> DeviceGroup:
        """Create a subgroup and link it to a parent (``POST`` object, ``POST`` reference).

        Returns:
            The created subgroup.

        Raises:
            APIError: A request failed (if linking fails, the subgroup exists unlinked).
        """
        json = await self.c8y.post(self._resource, group.to_json())
        created = DeviceGroup.from_json(json, self.c8y)
        await self._link("childAssets", parent_id, [created], None)
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
        await self._delete_many(
            groups, params={"cascade": False}, workers=workers, progress=progress
        )

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
        await self._delete_many(
            groups, params={"cascade": True}, workers=workers, progress=progress
        )
