"""Binaries: files stored in the platform, each described by a managed object.

A file is uploaded as ``multipart/form-data`` with two parts, ``object`` (the JSON
description: name, type, fragments) and ``file`` (the content); its content is read back,
replaced with a raw body and removed through the binary operations of ``c8y_rest.wire``. The
description itself is a managed object, so `Binary` is a `ManagedObject` and its description
methods (`reload`, `apply`, child links) go to the inventory.

`Binary` is the active record, `Binaries` the main API class; `BinaryFilters` declares the
query filters once. The upload helpers here are also used for event attachments
(`c8y_objects.events`).
"""

from __future__ import annotations

import asyncio
import builtins
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self, TypedDict, Unpack, overload
from urllib.parse import quote

import orjson

from c8y_objects._api import (
    ColumnSpec,
    CumulocityResource,
    ExtraParams,
    Progress,
    _object_id,
)
from c8y_objects._base import Field, ObjectOrId, ObjectStateError, ReadOnlyField
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import (
    CumulocityConnection,
    FileSpec,
    decode_json,
    encode_multipart,
    read_file_spec,
)
from c8y_objects._query import QuerySpec
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import ConfigurationError
from c8y_objects.inventory import ManagedObject
from c8y_rest import wire
from c8y_rest.wire import Operation

if TYPE_CHECKING:
    import pandas

__all__ = [
    "DEFAULT_CONTENT_TYPE",
    "Binaries",
    "Binary",
    "BinaryFilters",
    "binary_query_params",
]

BINARIES_OPERATIONS = ResourceOperations(
    list=wire.GET_BINARIES_COLLECTION_RESOURCE,
    create=wire.POST_BINARIES_COLLECTION_RESOURCE,
    read=wire.GET_BINARIES_RESOURCE,
    update=wire.PUT_BINARIES_RESOURCE,
    delete=wire.DELETE_BINARIES_RESOURCE,
)
DEFAULT_CONTENT_TYPE = "application/octet-stream"
"""The content type of an upload when none is given."""
ANY_MEDIA_TYPE = "*/*"
"""The ``Accept`` header of downloads: the stored content comes in its own media type."""


# -- upload helpers (shared with event attachments) ---------------------------------------------


async def _read(file: FileSpec) -> tuple[bytes, str | None]:
    """Read upload content; paths and file objects in a worker thread (no blocking I/O here)."""
    if isinstance(file, bytes | bytearray | memoryview):
        return read_file_spec(file)
    return await asyncio.to_thread(read_file_spec, file)


def check_upload_file(file: FileSpec) -> None:
    """Raise `FileNotFoundError` now for a path that names no file (before any request)."""
    if isinstance(file, str | os.PathLike) and not os.path.isfile(file):
        raise FileNotFoundError(f"no such file: {os.fspath(file)!r}")


def _content_disposition(name: str) -> str:
    """An ``attachment`` header value naming `name` (ASCII fallback plus RFC 5987 form)."""
    fallback = name.encode("ascii", "replace").decode("ascii").replace("\\", "_")
    fallback = fallback.replace('"', "_").replace("\r", "_").replace("\n", "_")
    if fallback == name:
        return f'attachment; filename="{name}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


async def post_file(
    c8y: CumulocityConnection,
    operation: Operation[object],
    file: FileSpec,
    *,
    path: Mapping[str, object] | None = None,
    description: Mapping[str, Any],
    name: str | None,
    content_type: str | None,
) -> Any:
    """Upload `file` as ``multipart/form-data`` with an ``object`` and a ``file`` part.

    Args:
        c8y: The connection.
        operation: The upload operation (e.g. ``wire.POST_BINARIES_COLLECTION_RESOURCE``).
        file: The content.
        path: The values of the operation's path parameters.
        description: The ``object`` part (JSON); ``name`` and ``type`` are filled in when absent.
        name: The file name (default: the file's own name, else ``"file"``).
        content_type: The content type (default ``application/octet-stream``).

    Returns:
        The parsed JSON answer (None for an empty one).

    Raises:
        FileNotFoundError: A path names no file (nothing is sent).
        InvalidIdError: A path value cannot be a path segment (nothing is sent).
        APIError: The platform refused the request.
        ResponseDecodeError: The answer is not JSON.
    """
    content, own_name = await _read(file)
    file_name = name or own_name or "file"
    media_type = content_type or DEFAULT_CONTENT_TYPE
    info = {"name": file_name, "type": media_type, **description}
    body, multipart_type = encode_multipart(
        {"object": orjson.dumps(info).decode()},
        {"file": (file_name, content, media_type)},
    )
    response = await c8y.send(
        operation,
        path=path,
        content=body,
        content_type=multipart_type,
        accept="application/json",
    )
    return decode_json(response)


async def put_file(
    c8y: CumulocityConnection,
    operation: Operation[object],
    file: FileSpec,
    *,
    path: Mapping[str, object],
    content_type: str | None,
) -> Any:
    """Replace content with a raw body (``PUT``), naming the file in ``Content-Disposition``.

    The body goes with the content's own media type (default ``application/octet-stream``):
    the platform stores it as the file's type.

    Returns:
        The parsed JSON answer (None for an empty one).

    Raises:
        FileNotFoundError: A path names no file (nothing is sent).
        InvalidIdError: A path value cannot be a path segment (nothing is sent).
        APIError: The platform refused the request.
        ResponseDecodeError: The answer is not JSON.
    """
    content, file_name = await _read(file)
    headers = {"Content-Disposition": _content_disposition(file_name)} if file_name else None
    response = await c8y.send(
        operation,
        path=path,
        content=content,
        content_type=content_type or DEFAULT_CONTENT_TYPE,
        accept="application/json",
        headers=headers,
    )
    return decode_json(response)


async def _upload_binary(c8y: CumulocityConnection, binary: Binary, file: FileSpec) -> Any:
    """Upload a binary; then write the description's fragments the upload did not store.

    The upload's ``object`` part is read for the name and type; other fragments of the
    description that the answer lacks go to the managed object with one more ``PUT``.
    """
    description = binary.to_json()
    json = await post_file(
        c8y,
        BINARIES_OPERATIONS.require("create"),
        file,
        description=description,
        name=binary.name,
        content_type=binary.content_type,
    )
    if not isinstance(json, dict) or "id" not in json:
        return json
    missing = {key: value for key, value in description.items() if key not in json}
    if missing:
        json = await c8y.call(
            wire.PUT_MANAGED_OBJECT_RESOURCE, path={"id": json["id"]}, json=missing
        )
    return json


def _looks_like_media_type(text: str) -> bool:
    """Tell a media type (``text/plain``) from a free-form binary type (``c8y_Firmware``)."""
    kind, slash, subtype = text.partition("/")
    return bool(slash and kind and subtype) and not any(c.isspace() for c in kind)


# -- objects ------------------------------------------------------------------------------------


class Binary(ManagedObject):
    """A stored file: its description (a managed object) plus the content to upload.

    `create` uploads `file`; `update` replaces the stored content with `file`; `read_file`
    downloads it. The description's other methods (`reload`, `apply`, child links, ...) work
    on the managed object as for any `ManagedObject`.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        type: The binary's type (default: `content_type`).
        name: The file name (default: the base name of a `file` path).
        owner: The owning user.
        content_type: The content's media type (default: `type` when that is a media type such
            as ``text/plain``, else ``application/octet-stream`` on upload).
        file: The content: a path, a binary file object or bytes.
        **kwargs: Further top-level fragments of the description.
    """

    __slots__ = ("_file",)

    _read_only_keys: ClassVar[frozenset[str]] = ManagedObject._read_only_keys | {"length"}

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        type: str | None = None,
        name: str | None = None,
        owner: str | None = None,
        content_type: str | None = None,
        file: FileSpec | None = None,
        **kwargs: Any,
    ) -> None:
        if name is None and isinstance(file, str | os.PathLike):
            name = os.path.basename(os.fspath(file)) or None
        super().__init__(
            c8y,
            type=type or content_type,
            name=name,
            owner=owner,
            contentType=content_type or (type if type and _looks_like_media_type(type) else None),
            **kwargs,
        )
        self._file = file

    content_type: Field[str] = Field("contentType")
    """The content's media type."""
    length: ReadOnlyField[int] = ReadOnlyField("length")
    """The size of the stored content in bytes (set by the platform)."""

    @property
    def file(self) -> FileSpec | None:
        """The content to upload: a path, a binary file object or bytes (not stored)."""
        file: FileSpec | None = getattr(self, "_file", None)
        return file

    @file.setter
    def file(self, value: FileSpec | None) -> None:
        self._file = value

    def _require_file(self) -> FileSpec:
        file = self.file
        if file is None:
            raise ObjectStateError(f"{self!r} has no file to upload: set file= first")
        check_upload_file(file)
        return file

    def _content_path(self) -> dict[str, str]:
        """The path values of the content operations (``/inventory/binaries/{id}``)."""
        return {"id": self._require_id()}

    async def create(self) -> Self:
        """Upload the file with its description (``POST /inventory/binaries``, multipart).

        Can be called repeatedly; each call stores another file. Custom fragments of the
        description that the upload does not store are written with one more ``PUT`` to the
        managed object; if that fails, the file stays stored without them.

        Returns:
            A new instance with the stored description (ID, length, ...); self is unchanged.

        Raises:
            ObjectStateError: No connection or no file.
            FileNotFoundError: `file` is a path that names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        json = await _upload_binary(c8y, self, self._require_file())
        return type(self).from_json(json, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Replace the stored content with `file` (``PUT /inventory/binaries/{id}``).

        Only the content is sent; description changes go through `apply` or the inventory.

        Args:
            copy: Return a new instance with the server's state and leave self unchanged; by
                default self takes the server's state (staged description changes are dropped).

        Raises:
            ObjectStateError: No connection, no ID or no file.
            FileNotFoundError: `file` is a path that names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        path = self._content_path()
        file = self._require_file()
        json = await put_file(
            c8y,
            BINARIES_OPERATIONS.require("update"),
            file,
            path=path,
            content_type=self.content_type,
        )
        if not isinstance(json, dict):
            json = await c8y.call(wire.GET_MANAGED_OBJECT_RESOURCE, path=path)
        return self._adopt(json, copy)

    async def read_file(self) -> bytes:
        """Download the stored content (``GET /inventory/binaries/{id}``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        c8y = self._require_c8y()
        return await _read_content(c8y, self._require_id())

    async def delete(self) -> None:
        """Delete the file and its description (``DELETE /inventory/binaries/{id}``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        await c8y.send(BINARIES_OPERATIONS.require("delete"), path=self._content_path())

    def __repr__(self) -> str:
        return (
            f"Binary(id={self.id!r}, name={self._json.get('name')!r}, "
            f"content_type={self._json.get('contentType')!r})"
        )


async def _read_content(c8y: CumulocityConnection, binary_id: str) -> bytes:
    response = await c8y.send(
        BINARIES_OPERATIONS.require("read"), path={"id": binary_id}, accept=ANY_MEDIA_TYPE
    )
    return response.content


# -- the main API class -------------------------------------------------------------------------


class BinaryFilters(TypedDict, total=False):
    """The filters of a binaries query (`Binaries.select`, `get_all`, `get_count`)."""

    ids: str | int | Sequence[str | int] | None
    """Only these IDs (one ID, or several)."""
    type: str | None
    """The binary type."""
    owner: str | None
    """The owning user."""
    child_device: ObjectOrId | None
    """Binaries that have this object as child device (``childDeviceId``)."""
    child_asset: ObjectOrId | None
    """Binaries that have this object as child asset (``childAssetId``)."""
    child_addition: ObjectOrId | None
    """Binaries that have this object as child addition (``childAdditionId``)."""


def _ids(value: str | int | Sequence[str | int]) -> list[str]:
    """One ID or several, as a list of IDs (a single string is one ID, not its characters)."""
    values = [value] if isinstance(value, str | int) else list(value)
    if not values:
        raise ConfigurationError("ids: the list of IDs is empty")
    return [_object_id(v) for v in values]


_LIST_QUERY: Final = QuerySpec(
    "c8y_objects.binaries.BinaryFilters",
    wire.GET_BINARIES_COLLECTION_RESOURCE,
    BinaryFilters.__optional_keys__,
    convert={
        "ids": _ids,
        "child_device": _object_id,
        "child_asset": _object_id,
        "child_addition": _object_id,
    },
    params={
        "child_device": "childDeviceId",
        "child_asset": "childAssetId",
        "child_addition": "childAdditionId",
    },
)


def binary_query_params(
    *, extra_params: ExtraParams | None = None, **filters: Unpack[BinaryFilters]
) -> dict[str, Any]:
    """Build the query of ``GET /inventory/binaries`` from filters (pure).

    Raises:
        UnknownFilterError: An unknown keyword.
        ConfigurationError: An empty list of IDs, or a parameter set twice.
    """
    return _LIST_QUERY.build(filters, call="binary_query_params", extra_params=extra_params)


class Binaries(CumulocityResource[Binary]):
    """The Binaries API: upload, download, replace, list and delete stored files.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = BINARIES_OPERATIONS
    _collection_key: ClassVar[str] = "managedObjects"
    _object_class: builtins.type[Binary] = Binary

    async def get(self, binary_id: ObjectOrId) -> Binary:
        """Read a binary's description (``GET /inventory/managedObjects/{id}``).

        Raises:
            NotFoundError: No object has this ID.
        """
        json = await self.c8y.call(
            wire.GET_MANAGED_OBJECT_RESOURCE, path={"id": _object_id(binary_id)}
        )
        return Binary.from_json(json, self.c8y)

    async def read_file(self, binary_id: ObjectOrId) -> bytes:
        """Download a binary's content (``GET /inventory/binaries/{id}``).

        Raises:
            NotFoundError: No binary has this ID.
        """
        return await _read_content(self.c8y, _object_id(binary_id))

    async def upload(
        self,
        file: FileSpec,
        name: str | None = None,
        type: str | None = None,
    ) -> Binary:
        """Upload a file (``POST /inventory/binaries``, multipart) and return its description.

        Args:
            file: A path, a binary file object or bytes.
            name: The file name (default: the file's own name).
            type: The media type (default ``application/octet-stream``).

        Raises:
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        check_upload_file(file)
        json = await post_file(
            self.c8y,
            BINARIES_OPERATIONS.require("create"),
            file,
            description={},
            name=name,
            content_type=type,
        )
        return Binary.from_json(json, self.c8y)

    async def create(
        self,
        *binaries: Binary,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Upload binaries (one multipart ``POST /inventory/binaries`` each); results not parsed.

        Every binary's file is checked before the first request. Custom fragments are written
        as in `Binary.create` (one more ``PUT`` per binary that has any).

        Raises:
            ObjectStateError: A binary has no file.
            FileNotFoundError: A file path names no file (nothing is sent).
            BulkError: A request failed; names the binary.
        """
        items = list(binaries)
        for binary in items:
            binary._require_file()
        c8y = self.c8y

        async def upload(binary: Binary) -> None:
            await _upload_binary(c8y, binary, binary._require_file())

        await run_bulk(items, upload, workers=workers, progress=progress)

    async def update(self, binary_id: ObjectOrId, file: FileSpec, type: str | None = None) -> None:
        """Replace a binary's content (``PUT /inventory/binaries/{id}``, raw body).

        Args:
            binary_id: The binary or its ID.
            file: The new content: a path, a binary file object or bytes.
            type: The content's media type (default ``application/octet-stream``).

        Raises:
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        check_upload_file(file)
        await put_file(
            self.c8y,
            BINARIES_OPERATIONS.require("update"),
            file,
            path={"id": _object_id(binary_id)},
            content_type=type,
        )

    async def delete(
        self,
        *binaries: Binary | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete files with their descriptions (``DELETE /inventory/binaries/{id}`` each).

        Raises:
            ObjectStateError: A binary has no ID (checked before any request).
            BulkError: A request failed; names the binary.
        """
        await self._delete_many(binaries, params=None, workers=workers, progress=progress)

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
        **filters: Unpack[BinaryFilters],
    ) -> AsyncIterator[Binary]: ...
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
        **filters: Unpack[BinaryFilters],
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
        **filters: Unpack[BinaryFilters],
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
        **filters: Unpack[BinaryFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over binary descriptions (``GET /inventory/binaries``, paged; no content).

        Args:
            expression: A raw query string sent unchanged; a keyword filter beside it is
                refused.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results.
            page_size: Descriptions per request (inferred when None).
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters sent as given (for what no filter covers).
            **filters: See `BinaryFilters`.

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: An argument is out of range or malformed.
            APIError: A page request failed (while iterating).
        """
        return self._select(
            _LIST_QUERY.query(expression, filters, call="select", extra_params=extra_params),
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
        **filters: Unpack[BinaryFilters],
    ) -> list[Binary]: ...
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
        **filters: Unpack[BinaryFilters],
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
        **filters: Unpack[BinaryFilters],
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
        **filters: Unpack[BinaryFilters],
    ) -> list[Any]:
        """Read binary descriptions into a list: the eager `select` (same arguments).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: An argument is out of range or malformed.
            APIError: A page request failed.
        """
        results = self._select(
            _LIST_QUERY.query(expression, filters, call="get_all", extra_params=extra_params),
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
        **filters: Unpack[BinaryFilters],
    ) -> pandas.DataFrame:
        """Read the matching binaries into a pandas DataFrame, one column per path.

        The query is that of `select` (``GET /inventory/binaries``). Values are read at
        each column's path from the JSON, without building `Binary` objects; a missing
        path gives None.

        Args:
            expression: A raw query string sent unchanged (see `select`).
            columns: Paths (``"name"``, ``"contentType"``, ``"length"``),
                or ``(name, path)`` pairs.
            limit: Stop after this many binaries (default: all).
            include: Client-side filter: keep matching binaries.
            exclude: Client-side filter: drop matching binaries.
            page_size: Binaries per request (inferred when None).
            workers: Pages requested in parallel.
            extra_params: Raw query parameters, sent as given.
            **filters: See `BinaryFilters`.

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: Malformed columns or filters (checked before any request).
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            _LIST_QUERY.query(expression, filters, call="to_dataframe", extra_params=extra_params),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def get_count(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[BinaryFilters],
    ) -> int:
        """Count the matching binaries without reading them (same filters as `select`).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            APIError: The request failed.
        """
        return await self._get_count(
            _LIST_QUERY.query(expression, filters, call="get_count", extra_params=extra_params)
        )
