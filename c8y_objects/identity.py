"""External IDs: names that outside systems use for managed objects (serial numbers, IMEIs, ...).

An external ID is the pair (type, value) and points to one managed object. `ExternalId` is the
active record; `Identity` is the main API class. Every request goes through the identity
operations of ``c8y_rest.wire``; the type and the value each become one encoded path segment,
so a value holding ``/``, ``?`` or ``#`` addresses that external ID and nothing else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar, Self, TypeVar, overload

from c8y_objects._api import CumulocityResource, Progress, _object_id
from c8y_objects._base import CumulocityObject, Field, ObjectOrId, ObjectStateError
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection
from c8y_objects._wire import render_path
from c8y_objects.errors import ConfigurationError
from c8y_objects.inventory import ManagedObject
from c8y_rest import wire

__all__ = ["ExternalId", "Identity"]


def _key_path(external_type: str, external_id: str) -> dict[str, str]:
    """The path values of ``/identity/externalIds/{type}/{externalId}``."""
    return {"type": external_type, "externalId": external_id}


def _text(name: str, value: object) -> str:
    """A part of an external ID: non-empty text (checked before any request)."""
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name} must be non-empty text, got {value!r}")
    return value


MO = TypeVar("MO", bound=ManagedObject)


def _object_class(as_type: object) -> type[ManagedObject]:
    """The class `get_object` wraps the result in: `ManagedObject` or a subclass of it."""
    if isinstance(as_type, type) and issubclass(as_type, ManagedObject):
        return as_type
    raise ConfigurationError(
        f"as_type must be ManagedObject or a subclass (Device, DeviceGroup), got {as_type!r}"
    )


async def _read_object(c8y: CumulocityConnection, object_id: str, as_type: type[MO]) -> MO:
    json = await c8y.call(wire.GET_MANAGED_OBJECT_RESOURCE, path={"id": object_id})
    return as_type.from_json(json, c8y)


class ExternalId(CumulocityObject):
    """An external ID of a managed object.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        external_id: The external value, e.g. a serial number.
        external_type: Its type, e.g. ``c8y_Serial``.
        managed_object_id: The database ID of the managed object it points to.
    """

    __slots__ = ()

    _read_only_keys: ClassVar[frozenset[str]] = frozenset({"self", "managedObject"})

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        external_id: str | None = None,
        external_type: str | None = None,
        managed_object_id: str | int | None = None,
    ) -> None:
        super().__init__(c8y, externalId=external_id, type=external_type)
        if managed_object_id is not None:
            self._json["managedObject"] = {"id": str(managed_object_id)}

    external_id: Field[str] = Field("externalId")
    """The external value."""
    external_type: Field[str] = Field("type")
    """The type of the external ID."""

    @property
    def managed_object_id(self) -> str | None:
        """The database ID of the managed object the external ID points to."""
        ref = self._json.get("managedObject")
        if isinstance(ref, dict) and ref.get("id") is not None:
            return str(ref["id"])
        return None

    @managed_object_id.setter
    def managed_object_id(self, value: str | int | None) -> None:
        if value is None:
            self._json.pop("managedObject", None)
        else:
            self._json["managedObject"] = {"id": str(value)}

    def _key(self) -> tuple[str, str]:
        if not self.external_id or not self.external_type:
            raise ObjectStateError("the external ID needs both external_id and external_type")
        return self.external_type, self.external_id

    def _require_object_id(self) -> str:
        object_id = self.managed_object_id
        if not object_id:
            raise ObjectStateError(f"{self!r} has no managed_object_id to point to")
        return object_id

    async def create(self) -> Self:
        """Store the external ID (``POST /identity/globalIds/{object}/externalIds``).

        Returns:
            Self, updated with the platform's answer.

        Raises:
            ObjectStateError: No connection, or a part of the ID or the object ID is missing.
            APIError: The platform refused the request (e.g. `ConflictError` for a duplicate).
        """
        c8y = self._require_c8y()
        self._key()
        result = await c8y.call(
            wire.POST_EXTERNAL_IDCOLLECTION_RESOURCE,
            path={"id": self._require_object_id()},
            json=self.to_json(),
        )
        if isinstance(result, dict):
            self._mark_saved(result)
        else:
            self._mark_saved()
        return self

    async def delete(self) -> None:
        """Remove the external ID (``DELETE /identity/externalIds/{type}/{value}``).

        Raises:
            ObjectStateError: No connection, or a part of the ID is missing.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        c8y = self._require_c8y()
        await c8y.send(wire.DELETE_EXTERNAL_IDRESOURCE, path=_key_path(*self._key()))

    async def get_id(self) -> str:
        """Resolve the managed object ID (``GET /identity/externalIds/{type}/{value}``).

        Raises:
            ObjectStateError: No connection, or a part of the ID is missing.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        c8y = self._require_c8y()
        json = await c8y.call(wire.GET_EXTERNAL_IDRESOURCE, path=_key_path(*self._key()))
        return str(json["managedObject"]["id"])

    @overload
    async def get_object(self) -> ManagedObject: ...
    @overload
    async def get_object(self, *, as_type: type[MO]) -> MO: ...
    async def get_object(self, *, as_type: type[ManagedObject] = ManagedObject) -> ManagedObject:
        """Read the managed object the ID points to (``GET`` external ID, ``GET`` object).

        Args:
            as_type: The class to read it as, e.g. `Device` for a device's serial number (not
                checked against the object's fragments, like ``device_inventory.get``).

        Raises:
            ConfigurationError: `as_type` is not `ManagedObject` or a subclass (nothing is sent).
            ObjectStateError: No connection, or a part of the ID is missing.
            APIError: The platform refused a request (e.g. `NotFoundError`).
        """
        cls = _object_class(as_type)
        c8y = self._require_c8y()
        return await _read_object(c8y, await self.get_id(), cls)

    def __repr__(self) -> str:
        return (
            f"ExternalId(external_type={self.external_type!r}, "
            f"external_id={self.external_id!r}, managed_object_id={self.managed_object_id!r})"
        )


class Identity(CumulocityResource[ExternalId]):
    """The Identity API: create, resolve, list and remove external IDs.

    Args:
        c8y: The connection.
    """

    _collection_key: ClassVar[str] = "externalIds"
    _object_class = ExternalId

    @overload
    async def create(
        self, external_id: str, external_type: str, managed_object_id: ObjectOrId, /
    ) -> None: ...
    @overload
    async def create(
        self, *, external_id: str, external_type: str, managed_object_id: ObjectOrId
    ) -> None: ...
    @overload
    async def create(
        self,
        *external_ids: ExternalId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None: ...
    async def create(
        self,
        *args: Any,
        workers: int | None = None,
        progress: Progress | None = None,
        external_id: str | None = None,
        external_type: str | None = None,
        managed_object_id: ObjectOrId | None = None,
    ) -> None:
        """Create external IDs (``POST /identity/globalIds/{object}/externalIds`` each).

        Three forms: ``create(external_id=..., external_type=..., managed_object_id=...)``
        (keywords, as in the reference), ``create(external_id, external_type,
        managed_object_id)`` (positional), or `ExternalId` instances for many (``workers=``
        runs them in parallel).

        Raises:
            ConfigurationError: The arguments fit none of the forms, or a part is empty.
            ObjectStateError: An `ExternalId` lacks a part.
            BulkError: A request failed (many); APIError: the request failed (one).
        """
        keywords = (external_id, external_type, managed_object_id)
        if any(k is not None for k in keywords):
            if args:
                raise ConfigurationError(
                    "create takes either the external_id=, external_type= and "
                    "managed_object_id= keywords or positional arguments, not both"
                )
            await self._create_one(*keywords)
            return
        if args and not any(isinstance(a, ExternalId) for a in args):
            if len(args) != 3:
                raise ConfigurationError(
                    "create takes (external_id, external_type, managed_object_id) or "
                    "ExternalId instances"
                )
            await self._create_one(*args)
            return
        items = list(args)
        for item in items:
            if not isinstance(item, ExternalId):
                raise ConfigurationError(f"expected ExternalId instances, got {item!r}")
            item._key()
            item._require_object_id()
        c8y = self.c8y

        async def create_one(item: ExternalId) -> None:
            await c8y.send(
                wire.POST_EXTERNAL_IDCOLLECTION_RESOURCE,
                path={"id": item._require_object_id()},
                json=item.to_json(),
            )

        await run_bulk(items, create_one, workers=workers, progress=progress)

    async def _create_one(
        self, external_id: object, external_type: object, managed_object_id: object
    ) -> None:
        if managed_object_id is None:
            raise ConfigurationError("managed_object_id must be set")
        if not isinstance(managed_object_id, CumulocityObject | str | int):
            raise ConfigurationError(
                f"managed_object_id: expected an object or a database ID, got {managed_object_id!r}"
            )
        body = {
            "externalId": _text("external_id", external_id),
            "type": _text("external_type", external_type),
        }
        await self.c8y.send(
            wire.POST_EXTERNAL_IDCOLLECTION_RESOURCE,
            path={"id": _object_id(managed_object_id)},
            json=body,
        )

    @overload
    async def delete(self, external_id: str, external_type: str, /) -> None: ...
    @overload
    async def delete(self, *, external_id: str, external_type: str) -> None: ...
    @overload
    async def delete(
        self,
        *external_ids: ExternalId,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None: ...
    async def delete(
        self,
        *args: Any,
        workers: int | None = None,
        progress: Progress | None = None,
        external_id: str | None = None,
        external_type: str | None = None,
    ) -> None:
        """Remove external IDs (``DELETE /identity/externalIds/{type}/{value}`` each).

        Three forms: ``delete(external_id=..., external_type=...)`` (keywords, as in the
        reference), ``delete(external_id, external_type)`` (positional), or `ExternalId`
        instances for many.

        Raises:
            ConfigurationError: The arguments fit none of the forms, or a part is empty.
            BulkError: A request failed (many); APIError: the request failed (one).
        """
        if external_id is not None or external_type is not None:
            if args:
                raise ConfigurationError(
                    "delete takes either the external_id= and external_type= keywords or "
                    "positional arguments, not both"
                )
            args = (external_id, external_type)
        if args and not any(isinstance(a, ExternalId) for a in args):
            if len(args) != 2:
                raise ConfigurationError(
                    "delete takes (external_id, external_type) or ExternalId instances"
                )
            value, kind = _text("external_id", args[0]), _text("external_type", args[1])
            await self.c8y.send(wire.DELETE_EXTERNAL_IDRESOURCE, path=_key_path(kind, value))
            return
        keys = []
        for item in args:
            if not isinstance(item, ExternalId):
                raise ConfigurationError(f"expected ExternalId instances, got {item!r}")
            keys.append(item._key())
        c8y = self.c8y

        async def delete_one(key: tuple[str, str]) -> None:
            await c8y.send(wire.DELETE_EXTERNAL_IDRESOURCE, path=_key_path(*key))

        await run_bulk(keys, delete_one, workers=workers, progress=progress)

    async def _read(self, external_id: str, external_type: str) -> Any:
        path = _key_path(_text("external_type", external_type), _text("external_id", external_id))
        return await self.c8y.call(wire.GET_EXTERNAL_IDRESOURCE, path=path)

    async def get(self, external_id: str, external_type: str) -> ExternalId:
        """Read an external ID (``GET /identity/externalIds/{type}/{value}``).

        Raises:
            ConfigurationError: A part is empty (nothing is sent).
            NotFoundError: No such external ID.
        """
        return ExternalId.from_json(await self._read(external_id, external_type), self.c8y)

    async def get_id(self, external_id: str, external_type: str) -> str:
        """Resolve an external ID to the managed object's database ID.

        Raises:
            ConfigurationError: A part is empty (nothing is sent).
            NotFoundError: No such external ID.
        """
        json = await self._read(external_id, external_type)
        return str(json["managedObject"]["id"])

    @overload
    async def get_object(self, external_id: str, external_type: str) -> ManagedObject: ...
    @overload
    async def get_object(
        self, external_id: str, external_type: str, *, as_type: type[MO]
    ) -> MO: ...
    async def get_object(
        self,
        external_id: str,
        external_type: str,
        *,
        as_type: type[ManagedObject] = ManagedObject,
    ) -> ManagedObject:
        """Read the managed object an external ID points to (two ``GET`` requests).

        Args:
            external_id: The external value, e.g. a serial number.
            external_type: Its type, e.g. ``c8y_Serial``.
            as_type: The class to read it as: ``as_type=Device`` gives a `Device` (not checked
                against the object's fragments, like ``device_inventory.get``).

        Raises:
            ConfigurationError: A part is empty, or `as_type` is not `ManagedObject` or a
                subclass (nothing is sent).
            NotFoundError: No such external ID or object.
        """
        cls = _object_class(as_type)
        object_id = await self.get_id(external_id, external_type)
        return await _read_object(self.c8y, object_id, cls)

    @staticmethod
    def _list_path(object_id: ObjectOrId) -> str:
        return render_path(wire.GET_EXTERNAL_IDCOLLECTION_RESOURCE, id=_object_id(object_id))

    @overload
    def select(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[ExternalId]: ...
    @overload
    def select(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Any]: ...
    @overload
    def select(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[tuple[Any, ...]]: ...
    def select(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Any]:
        """Iterate over a managed object's external IDs (``GET /identity/globalIds/{id}/...``).

        Args:
            object_id: The managed object or its ID.
            limit: The most results (default 5; None for all).
            include: Client-side filter (see `Inventory.select`).
            exclude: Client-side filter.
            page_size: IDs per request (inferred when None).
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).

        Raises:
            ConfigurationError: An argument is out of range or malformed.
            APIError: A request failed (while iterating).
        """
        return self._select(
            {},
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
            resource=self._list_path(object_id),
        )

    @overload
    async def get_all(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        as_values: None = None,
        progress: Progress | None = None,
    ) -> list[ExternalId]: ...
    @overload
    async def get_all(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        as_values: ValueSpec,
        progress: Progress | None = None,
    ) -> list[Any]: ...
    @overload
    async def get_all(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        as_values: list[ValueSpec],
        progress: Progress | None = None,
    ) -> list[tuple[Any, ...]]: ...
    async def get_all(
        self,
        object_id: ObjectOrId,
        *,
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        progress: Progress | None = None,
    ) -> list[Any]:
        """Read a managed object's external IDs into a list (all of them by default).

        Raises:
            APIError: A request failed.
        """
        results = self._select(
            {},
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=None,
            as_values=as_values,
            workers=None,
            progress=progress,
            resource=self._list_path(object_id),
        )
        return [item async for item in results]

    async def get_count(self, object_id: ObjectOrId) -> int:
        """Count a managed object's external IDs.

        Raises:
            APIError: The request failed.
        """
        return await self._get_count({}, resource=self._list_path(object_id))
