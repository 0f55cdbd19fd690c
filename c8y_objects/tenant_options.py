"""Tenant options: the tenant's settings as category / key / value text triples.

Object: `TenantOption` (active record on ``/tenant/options/{category}/{key}``). Main API class:
`TenantOptions`.

Options are addressed by category and key, not by an ID. ``POST /tenant/options`` sets an option
(it overwrites an existing one of the same category and key), so `TenantOptions.set_value` and
`TenantOption.create` both serve to "set".

Encrypted options: a key starting with ``credentials.`` (`ENCRYPTED_PREFIX`; or
``encrypted=True`` with the bare key) makes the platform store the value encrypted. Read back,
such a value is never the value itself: users get the cipher text behind ``{cipher}``, and a
microservice's system user reading another service's category gets ``<<Encrypted>>``; only the
microservice that owns the category reads it in clear. `TenantOption.is_masked` tells the two
apart. Writing a masked value back would replace the secret by its own cipher text, so
`TenantOption.update` refuses to. ``GET /tenant/options/{category}`` (`TenantOptions.get_values`)
answers the keys of encrypted options without their prefix; every other call takes and answers
the full key. No `repr` and no error message of this module shows an option's value.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, Self, overload

from c8y_objects._api import ColumnSpec, CumulocityResource, ExtraParams, Progress
from c8y_objects._base import CumulocityObject, Field
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import AsValues, Matcher, ValueSpec
from c8y_objects._query import QuerySpec
from c8y_objects._wire import ResourceOperations, render_path
from c8y_objects.errors import ConfigurationError, ObjectStateError, ResponseDecodeError

if TYPE_CHECKING:
    import pandas

    from c8y_objects._http import CumulocityConnection
from c8y_rest import wire

__all__ = [
    "ENCRYPTED_PREFIX",
    "TenantOption",
    "TenantOptions",
]

ENCRYPTED_PREFIX: Final = "credentials."
"""The key prefix that makes the platform encrypt an option's value."""
_MASKS: Final = ("{cipher}", "<<Encrypted>>")
"""How the platform shows an encrypted value to those who may not read it."""

TENANT_OPTIONS_OPERATIONS = ResourceOperations(
    list=wire.GET_OPTION_COLLECTION_RESOURCE,
    create=wire.POST_OPTION_COLLECTION_RESOURCE,
)
# The collection takes no filters: only a raw expression or extra_params reach it.
_LIST_QUERY = QuerySpec(
    "c8y_objects.tenant_options.TenantOptions", wire.GET_OPTION_COLLECTION_RESOURCE, ()
)


def _name(value: object, field: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(
            f"{field}: expected a non-empty string, got {type(value).__name__}"
        )
    return value


def _check_value(value: object, key: str) -> str:
    # The value is never quoted: it may be a credential.
    if not isinstance(value, str):
        raise ConfigurationError(
            f"the value of option {key!r} must be a string, got {type(value).__name__}"
        )
    return value


def _option_path(category: object, key: object) -> dict[str, object]:
    return {"category": _name(category, "category"), "key": _name(key, "key")}


class TenantOption(CumulocityObject):
    """One tenant option: a text value under a category and a key.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        category: The option's category (e.g. ``access.control``, or a microservice's name).
        key: The option's key; with ``encrypted=True`` give it without ``credentials.``.
        value: The value (text).
        encrypted: Whether the platform should encrypt the value (puts ``credentials.`` in
            front of the key unless it is there already).

    Raises:
        ConfigurationError: ``encrypted=False`` with a key that starts with ``credentials.``
            (the platform would encrypt it anyway), ``encrypted`` without a key (it is told
            by the key), or a value that is not text.
    """

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = TENANT_OPTIONS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset({"self"})
    _fixed_keys: ClassVar[frozenset[str]] = frozenset({"category", "key"})

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        category: str | None = None,
        key: str | None = None,
        value: str | None = None,
        encrypted: bool | None = None,
    ) -> None:
        if encrypted is not None and key is None:
            raise ConfigurationError(
                f"encrypted={encrypted!r} needs the key: the platform reads it from the "
                f"{ENCRYPTED_PREFIX!r} prefix, so pass key= as well"
            )
        if key is not None and encrypted is not None:
            prefixed = key.startswith(ENCRYPTED_PREFIX)
            if encrypted and not prefixed:
                key = ENCRYPTED_PREFIX + key
            elif not encrypted and prefixed:
                raise ConfigurationError(
                    f"key {key!r} starts with {ENCRYPTED_PREFIX!r}, so the platform encrypts "
                    "it: drop encrypted=False or the prefix"
                )
        if value is not None:
            _check_value(value, key or "")
        super().__init__(c8y, category=category, key=key, value=value)

    category: Field[str] = Field("category")
    """The category (fixed once the option exists)."""
    stored_key: Field[str] = Field("key")
    """The key as the platform stores it, ``credentials.`` included for encrypted options."""
    value: Field[str] = Field("value")
    """The value; for an encrypted option read back, the platform's masked form."""

    @property
    def key(self) -> str | None:
        """The key without the ``credentials.`` prefix of encrypted options."""
        stored = self.stored_key
        return None if stored is None else stored.removeprefix(ENCRYPTED_PREFIX)

    @property
    def is_encrypted(self) -> bool:
        """Whether the platform stores the value encrypted (the key has ``credentials.``)."""
        stored = self.stored_key
        return stored is not None and stored.startswith(ENCRYPTED_PREFIX)

    @property
    def is_masked(self) -> bool:
        """Whether `value` is the platform's masked form of an encrypted value, not the value."""
        value = self.value
        return self.is_encrypted and isinstance(value, str) and value.startswith(_MASKS)

    def _path(self) -> dict[str, object]:
        category, key = self.category, self.stored_key
        if not category or not key:
            raise ObjectStateError("a tenant option is addressed by its category and key: set both")
        return {"category": category, "key": key}

    def _update_body(self) -> dict[str, Any]:
        body = self._diff_body()
        # A read option (it has its link) cannot move; a locally built one names its target.
        changed = sorted(self._fixed_keys.intersection(body)) if "self" in self._json else []
        if changed:
            raise ObjectStateError(
                f"an option's {', '.join(changed)} cannot change; create an option under the "
                "new name and delete this one"
            )
        if "value" not in body or body["value"] is None:
            raise ObjectStateError(
                f"option {self.category}/{self.stored_key} has no new value to send"
            )
        _check_value(body["value"], self.stored_key or "")
        if self.is_masked:
            raise ObjectStateError(
                f"option {self.category}/{self.stored_key}: the value is the platform's masked "
                "form of the secret; writing it back would replace the secret"
            )
        return {"value": body["value"]}

    def _check_creatable(self) -> None:
        self._path()
        if not isinstance(self.value, str):
            raise ObjectStateError(f"option {self.category}/{self.stored_key} has no value")
        if self.is_masked:
            raise ObjectStateError(
                f"option {self.category}/{self.stored_key}: the value is the platform's masked "
                "form of a secret, not a secret to store"
            )

    async def create(self) -> Self:
        """Set the option (``POST /tenant/options``; overwrites an existing one).

        Returns:
            A new instance with the platform's answer (an encrypted value comes back masked);
            self is unchanged.

        Raises:
            ObjectStateError: No connection, category, key or value, or a masked value read
                from the platform (nothing is sent).
            APIError: The platform refused the option (e.g. `PermissionDeniedError` for an
                option that is not editable).
        """
        c8y = self._require_c8y()
        self._check_creatable()
        result = await c8y.call(wire.POST_OPTION_COLLECTION_RESOURCE, json=self.to_json())
        return type(self).from_json(result, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Send the changed value (``PUT /tenant/options/{category}/{key}``).

        Args:
            copy: Return a new instance with the server's state and leave self unchanged (its
                change stays staged); by default self takes the server's state.

        Raises:
            ObjectStateError: No connection, category or key; no changed value; a changed
                category or key; or a masked value (nothing is sent).
            APIError: The platform refused the change (`NotFoundError` for an unknown option,
                `PermissionDeniedError` for one that is not editable).
        """
        c8y = self._require_c8y()
        body = self._update_body()
        result = await c8y.call(wire.PUT_OPTION_RESOURCE, path=self._path(), json=body)
        return self._adopt(result, copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the option again (``GET /tenant/options/{category}/{key}``).

        Args:
            copy: Return a new instance and leave self unchanged; by default self takes the
                server's state and its staged changes are dropped.

        Raises:
            ObjectStateError: No connection, category or key.
            NotFoundError: The option does not exist.
        """
        c8y = self._require_c8y()
        result = await c8y.call(wire.GET_OPTION_RESOURCE, path=self._path())
        return self._adopt(result, copy)

    async def delete(self) -> None:
        """Delete the option (``DELETE /tenant/options/{category}/{key}``).

        Raises:
            ObjectStateError: No connection, category or key.
            APIError: The platform refused (`NotFoundError`, `PermissionDeniedError`).
        """
        await self._require_c8y().send(wire.DELETE_OPTION_RESOURCE, path=self._path())

    def __repr__(self) -> str:
        # Never the value: it may be a credential.
        return f"TenantOption(category={self.category!r}, key={self.stored_key!r})"


class TenantOptions(CumulocityResource[TenantOption]):
    """The tenant options API: read, set, change and delete options, one by one or in bulk.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = TENANT_OPTIONS_OPERATIONS
    _collection_key: ClassVar[str] = "options"
    _object_class: builtins.type[TenantOption] = TenantOption

    def build_object_path(self, category: str, key: str) -> str:  # type: ignore[override]
        """The path of one option (``/tenant/options/{category}/{key}``, segments encoded).

        Raises:
            ConfigurationError: An empty category or key.
            InvalidIdError: A category or key that cannot be a path segment.
        """
        return render_path(wire.GET_OPTION_RESOURCE, **_option_path(category, key))

    async def get(self, category: str, key: str) -> TenantOption:
        """Read one option (``GET /tenant/options/{category}/{key}``).

        Give an encrypted option's key with ``credentials.``; its value comes back masked.

        Raises:
            ConfigurationError: An empty category or key (nothing is sent).
            NotFoundError: No such option.
        """
        result = await self.c8y.call(wire.GET_OPTION_RESOURCE, path=_option_path(category, key))
        return TenantOption.from_json(result, self.c8y)

    async def get_value(self, category: str, key: str) -> str:
        """Read one option's value (``GET /tenant/options/{category}/{key}``).

        An encrypted option (key with ``credentials.``) answers its masked form.

        Raises:
            ConfigurationError: An empty category or key (nothing is sent).
            NotFoundError: No such option.
            ResponseDecodeError: The answer has no text value.
        """
        option = await self.get(category, key)
        value = option.value
        if not isinstance(value, str):
            raise ResponseDecodeError(
                f"option {category}/{key}: the answer has no text value",
                method="GET",
                url=self.build_object_path(category, key),
                status_code=200,
            )
        return value

    async def get_values(self, category: str) -> dict[str, str]:
        """Read every option of a category as ``{key: value}`` (``GET /tenant/options/{category}``).

        The platform answers encrypted options under their key without ``credentials.`` and
        with their masked value; an unknown category gives an empty dict.

        Raises:
            ConfigurationError: An empty category (nothing is sent).
        """
        result = await self.c8y.call(
            wire.GET_CATEGORY_OPTION_RESOURCE, path={"category": _name(category, "category")}
        )
        return {str(k): str(v) for k, v in (result or {}).items()}

    async def set_value(self, category: str, key: str, value: str) -> None:
        """Set one option (``POST /tenant/options``; overwrites an existing one).

        A key with ``credentials.`` makes the platform encrypt the value.

        Raises:
            ConfigurationError: An empty category or key, or a value that is not text.
            APIError: The platform refused (e.g. `PermissionDeniedError`).
        """
        path = _option_path(category, key)
        body = {**path, "value": _check_value(value, key)}
        await self.c8y.send(wire.POST_OPTION_COLLECTION_RESOURCE, json=body)

    async def update_values(self, category: str, values: Mapping[str, str]) -> None:
        """Set several options of one category in one call (``PUT /tenant/options/{category}``).

        Options that do not exist yet are created; keys with ``credentials.`` are encrypted.

        Raises:
            ConfigurationError: An empty category, no values, an empty key or a value that is
                not text (nothing is sent).
            APIError: The platform refused (e.g. an option that is not editable).
        """
        if not values:
            raise ConfigurationError(f"update_values({category!r}): no values given")
        body = {_name(k, "key"): _check_value(v, k) for k, v in values.items()}
        await self.c8y.send(
            wire.PUT_CATEGORY_OPTION_RESOURCE,
            path={"category": _name(category, "category")},
            json=body,
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
    ) -> AsyncIterator[TenantOption]: ...
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
        as_values: AsValues | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
    ) -> AsyncIterator[Any]:
        """Iterate over the tenant's options, by category and key (``GET /tenant/options``).

        The platform filters this collection by nothing; narrow it with `include` /
        `exclude` (e.g. ``include=lambda o: o.category == "my-service"``).

        Args:
            expression: A raw query string, sent as it is.
            limit: Stop after this many results (None: all).
            include: Keep only results this client-side matcher accepts.
            exclude: Then drop results this matcher accepts.
            page_size: Results per request (default: derived from `limit`).
            page_number: Read only this page.
            as_values: Yield values read at these paths instead of `TenantOption` objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters, sent as given.

        Raises:
            ConfigurationError: An argument is out of range or malformed (before any request).
            APIError: A page request failed (while iterating).
        """
        return self._select(
            _LIST_QUERY.query(expression, {}, call="select", extra_params=extra_params),
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
        as_map: Literal[False] = False,
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
    ) -> list[TenantOption]: ...
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
        as_map: Literal[True],
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
    ) -> dict[str, dict[str, str]]: ...
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
        as_map: Literal[False] = False,
        as_values: ValueSpec,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
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
        as_map: Literal[False] = False,
        as_values: list[ValueSpec],
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
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
        as_map: bool = False,
        as_values: AsValues | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
    ) -> list[Any] | dict[str, dict[str, str]]:
        """Read the options into a list (the eager `select`), or with ``as_map`` into a map.

        Args:
            as_map: Answer ``{category: {key: value}}`` instead of objects (keys without
                ``credentials.``, as `TenantOption.key`; encrypted values masked).

        Raises:
            ConfigurationError: ``as_map`` together with ``as_values``, or another argument
                out of range (before any request).
            APIError: A page request failed.
        """
        if as_map and as_values is not None:
            raise ConfigurationError("pass as_map or as_values, not both")
        results = self._select(
            _LIST_QUERY.query(expression, {}, call="get_all", extra_params=extra_params),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )
        items = [item async for item in results]
        if not as_map:
            return items
        mapped: dict[str, dict[str, str]] = {}
        for option in items:
            mapped.setdefault(option.category or "", {})[option.key or ""] = option.value or ""
        return mapped

    async def to_dataframe(
        self,
        expression: str | None = None,
        *,
        columns: Sequence[ColumnSpec] = ("category", "key", "value"),
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        extra_params: ExtraParams | None = None,
    ) -> pandas.DataFrame:
        """Read the options into a pandas DataFrame, one column per path.

        Args:
            columns: Paths (``"category"``, ``"key"`` as stored), or ``(name, path)`` pairs.
            limit: Stop after this many options (default: all).

        Raises:
            ImportError: pandas is not installed.
            ConfigurationError: Malformed columns (before any request).
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            _LIST_QUERY.query(expression, {}, call="to_dataframe", extra_params=extra_params),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def create(
        self, *options: TenantOption, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Set options (one ``POST /tenant/options`` each; answers not parsed).

        Raises:
            ObjectStateError: An option lacks its category, key or value (nothing is sent).
            BulkError: A request failed; names the option.
        """
        for option in options:
            option._check_creatable()
        c8y = self.c8y

        async def create(option: TenantOption) -> None:
            await c8y.send(wire.POST_OPTION_COLLECTION_RESOURCE, json=option.to_json())

        await run_bulk(options, create, workers=workers, progress=progress)

    async def update(
        self, *options: TenantOption, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each option's changed value (``PUT /tenant/options/{category}/{key}`` each).

        Raises:
            ObjectStateError: An option has no category, key or changed value, changes its
                category or key, or carries a masked value (all checked before any request).
            BulkError: A request failed; names the option.
        """
        bodies = {id(o): (o._path(), o._update_body()) for o in options}
        c8y = self.c8y

        async def update(option: TenantOption) -> None:
            path, body = bodies[id(option)]
            await c8y.send(wire.PUT_OPTION_RESOURCE, path=path, json=body)
            option._mark_saved()

        await run_bulk(options, update, workers=workers, progress=progress)

    async def delete(
        self,
        *options: TenantOption,
        category: str | None = None,
        key: str | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete options (``DELETE /tenant/options/{category}/{key}`` each).

        Either pass option objects, or one option's ``category`` and ``key`` (the full key,
        ``credentials.`` included for an encrypted option).

        Raises:
            ConfigurationError: Objects together with category/key, or only one of category and
                key, or nothing at all (nothing is sent).
            ObjectStateError: An option lacks its category or key (nothing is sent).
            BulkError: A request failed; names the option.
        """
        if options and (category is not None or key is not None):
            raise ConfigurationError("pass option objects or category and key, not both")
        if not options:
            if category is None or key is None:
                raise ConfigurationError("delete needs option objects, or a category and a key")
            await self.c8y.send(wire.DELETE_OPTION_RESOURCE, path=_option_path(category, key))
            return
        paths = [o._path() for o in options]
        c8y = self.c8y

        async def delete(path: dict[str, object]) -> None:
            await c8y.send(wire.DELETE_OPTION_RESOURCE, path=path)

        await run_bulk(paths, delete, workers=workers, progress=progress)
