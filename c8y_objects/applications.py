"""Applications: web apps, external links and microservices, their binaries and subscriptions.

Objects: `Application`, `ApplicationSubscription` (a microservice's user in one tenant).
Main API class: `Applications`, including the current application of a microservice
(``/application/currentApplication``: its settings and subscriptions) and the subscription of
tenants (``/tenant/tenants/{tenantId}/applications``).

Passwords (bootstrap and service users) are handed out by the platform to a microservice; they
never appear in a `repr` or in an error message of this module.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict, Unpack, overload

import httpx

from c8y_objects._api import ColumnSpec, CumulocityResource, ExtraParams, Progress, _object_id
from c8y_objects._base import ChoiceField, CumulocityObject, Field, ReadOnlyField, check_choice
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import AsValues, Matcher, ValueSpec
from c8y_objects._http import FileSpec, decode_json, encode_multipart
from c8y_objects._query import QuerySpec
from c8y_objects._wire import ResourceOperations, render_path
from c8y_objects.binaries import _read, check_upload_file
from c8y_objects.errors import ConfigurationError, ResponseDecodeError, redact_url
from c8y_objects.users import User, _username
from c8y_rest import wire

if TYPE_CHECKING:
    import pandas

    from c8y_objects._http import CumulocityConnection

__all__ = [
    "Application",
    "ApplicationAvailability",
    "ApplicationFilters",
    "ApplicationSubscription",
    "ApplicationType",
    "Applications",
]

APPLICATIONS_OPERATIONS = ResourceOperations(
    list=wire.GET_ABSTRACT_APPLICATION_COLLECTION_RESOURCE,
    create=wire.POST_APPLICATION_COLLECTION_RESOURCE,
    read=wire.GET_APPLICATION_RESOURCE,
    update=wire.PUT_APPLICATION_RESOURCE,
    delete=wire.DELETE_APPLICATION_RESOURCE,
)


class ApplicationType(StrEnum):
    """What an application is (``type``)."""

    EXTERNAL = "EXTERNAL"
    HOSTED = "HOSTED"
    MICROSERVICE = "MICROSERVICE"


class ApplicationAvailability(StrEnum):
    """Which tenants may subscribe to an application (``availability``)."""

    MARKET = "MARKET"
    PRIVATE = "PRIVATE"


class Application(CumulocityObject):
    """An application of the platform (``/application/applications/{id}``).

    Args:
        c8y: The connection for the active-record methods.
        name: The application's name (a microservice's: lower-case letters, digits, dashes).
        key: The key that identifies it (unique).
        type: An `ApplicationType` or its text.
        availability: An `ApplicationAvailability` or its text (the platform assumes PRIVATE).
        context_path: The path it is served under (``/apps/<context path>``).
        manifest: The manifest of the web application or microservice.
        roles: Roles the application provides.
        required_roles: Roles the application needs (its service users get them).
        breadcrumbs: Whether the web application shows breadcrumbs.
        content_security_policy: The web application's content security policy.
        dynamic_options_url: URL of a JSON document with dynamic options.
        global_title: The title shown for the application.
        legacy: Whether the web application is a legacy one.
        right_drawer: Whether the web application has the right-hand drawer.
        upgrade: Whether the web application mixes Angular and AngularJS.
        **kwargs: Further top-level members (e.g. ``externalUrl``, ``description``).

    Raises:
        ConfigurationError: An unknown type or availability (the message lists the choices).
    """

    Type = ApplicationType
    Availability = ApplicationAvailability

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = APPLICATIONS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {"id", "self", "owner", "activeVersionId", "resourcesUrl", "applicationVersions"}
    )

    name: Field[str] = Field("name")
    key: Field[str] = Field("key")
    type: ChoiceField[ApplicationType] = ChoiceField("type", ApplicationType)
    availability: ChoiceField[ApplicationAvailability] = ChoiceField(
        "availability", ApplicationAvailability
    )
    context_path: Field[str] = Field("contextPath")
    manifest: Field[dict[str, Any]] = Field("manifest")
    roles: Field[list[str]] = Field("roles")
    required_roles: Field[list[str]] = Field("requiredRoles")
    breadcrumbs: Field[bool] = Field("breadcrumbs")
    content_security_policy: Field[str] = Field("contentSecurityPolicy")
    dynamic_options_url: Field[str] = Field("dynamicOptionsUrl")
    global_title: Field[str] = Field("globalTitle")
    legacy: Field[bool] = Field("legacy")
    right_drawer: Field[bool] = Field("rightDrawer")
    upgrade: Field[bool] = Field("upgrade")
    active_version_id: ReadOnlyField[str] = ReadOnlyField("activeVersionId")
    """The ID of the binary in use (set by an upload)."""

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        name: str | None = None,
        key: str | None = None,
        type: ApplicationType | str | None = None,
        availability: ApplicationAvailability | str | None = None,
        context_path: str | None = None,
        manifest: dict[str, Any] | None = None,
        roles: list[str] | None = None,
        required_roles: list[str] | None = None,
        breadcrumbs: bool | None = None,
        content_security_policy: str | None = None,
        dynamic_options_url: str | None = None,
        global_title: str | None = None,
        legacy: bool | None = None,
        right_drawer: bool | None = None,
        upgrade: bool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            c8y,
            name=name,
            key=key,
            contextPath=context_path,
            manifest=manifest,
            roles=roles,
            requiredRoles=required_roles,
            breadcrumbs=breadcrumbs,
            contentSecurityPolicy=content_security_policy,
            dynamicOptionsUrl=dynamic_options_url,
            globalTitle=global_title,
            legacy=legacy,
            rightDrawer=right_drawer,
            upgrade=upgrade,
            **kwargs,
        )
        if type is not None:
            self.type = type
        if availability is not None:
            self.availability = availability

    @property
    def owner(self) -> str | None:
        """The ID of the tenant that owns the application (None before it is created)."""
        value = self.get("owner.tenant.id")
        return value if isinstance(value, str) else None

    async def create(self) -> Self:
        """Create the application (``POST /application/applications``); returns a new object."""
        return await self._create()

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /application/applications/{id}``).

        Args:
            copy: Return a new object with the answer and leave this one as it is.
        """
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the application again (``GET /application/applications/{id}``)."""
        return await self._reload(copy)

    async def delete(self, force: bool = False) -> None:
        """Delete the application (``DELETE /application/applications/{id}``).

        Args:
            force: Unsubscribe the tenants that use it first (without, the platform refuses to
                delete an application other tenants subscribe to).
        """
        await self._delete({"force": True} if force else None)

    async def upload_attachment(self, file: FileSpec) -> Self:
        """Upload a binary (zip) and adopt the answer (``POST .../{id}/binaries``)."""
        result = await Applications(self._require_c8y()).upload_attachment(self._require_id(), file)
        return self._adopt(result.json, False)

    def resolve_tenant_option_category(self) -> str | None:
        """The category of the application's tenant options, as the platform derives it.

        The manifest's ``settingsCategory`` when set, else the manifest's ``name``, else the
        application's ``contextPath``; None when none of them is set.
        """
        manifest = self._json.get("manifest")
        if isinstance(manifest, dict):
            for member in ("settingsCategory", "name"):
                value = manifest.get(member)
                if isinstance(value, str) and value:
                    return value
        context_path = self._json.get("contextPath")
        return context_path if isinstance(context_path, str) and context_path else None


class ApplicationSubscription(CumulocityObject):
    """A microservice's user in one tenant: the tenant, the user name and its password.

    Returned by `Applications.get_current_subscriptions` (one service user per subscribed
    tenant) and `Applications.get_bootstrap_user`. The repr leaves the password out.
    """

    __slots__ = ()

    tenant_id: ReadOnlyField[str] = ReadOnlyField("tenant")
    """The tenant the user belongs to."""
    username: ReadOnlyField[str] = ReadOnlyField("name")
    """The user name (without tenant prefix)."""
    password: ReadOnlyField[str] = ReadOnlyField("password")
    """The user's password."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(tenant_id={self.tenant_id!r}, username={self.username!r})"


class ApplicationFilters(TypedDict, total=False):
    """The filters of an application query (`Applications.select`, `get_all`, ...).

    Attributes:
        name: The application's exact name.
        type: An `ApplicationType`.
        owner: The tenant that owns the application.
        user: A user (or its name) the application is available to.
        tenant: A tenant that owns or subscribes to the application.
        subscriber: A tenant subscribed to the application (it may own it too).
        provided_for: A tenant subscribed to the application that does not own it.
        has_versions: Whether the application has versions.
    """

    name: str | None
    type: ApplicationType | str | None
    owner: str | None
    user: User | str | None
    tenant: str | None
    subscriber: str | None
    provided_for: str | None
    has_versions: bool | None


def _type(value: object) -> str:
    return check_choice(ApplicationType, value, field="type")


_QUERY = QuerySpec(
    "c8y_objects.applications.ApplicationFilters",
    wire.GET_ABSTRACT_APPLICATION_COLLECTION_RESOURCE,
    ApplicationFilters.__optional_keys__,
    convert={"user": _username, "type": _type},
)


def _shape_error(response: httpx.Response, message: str) -> ResponseDecodeError:
    # No body: it may hold passwords.
    return ResponseDecodeError(
        message,
        method=response.request.method,
        url=redact_url(response.request.url),
        status_code=response.status_code,
    )


def _tenant_id(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"expected a tenant ID, got {value!r}")
    return value


class Applications(CumulocityResource[Application]):
    """The Applications API: applications, their binaries and subscriptions, the current one.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = APPLICATIONS_OPERATIONS
    _collection_key: ClassVar[str] = "applications"
    _object_class: builtins.type[Application] = Application

    async def get(self, application_id: str | int) -> Application:
        """Read one application (``GET /application/applications/{id}``).

        Raises:
            NotFoundError: No application with that ID is visible to the tenant.
        """
        return await self._get_object(_object_id(application_id))

    async def get_current(self) -> Application:
        """Read the caller's own application (``GET /application/currentApplication``).

        Only a microservice's bootstrap user (or a service user) has one; anybody else gets
        `PermissionDeniedError`.
        """
        result = await self.c8y.call(wire.GET_CURRENT_APPLICATION_RESOURCE)
        return Application.from_json(result, self.c8y)

    async def get_current_settings(self) -> dict[str, str]:
        """Read the caller's application settings (``GET .../currentApplication/settings``).

        The settings are tenant options of the application's category
        (`Application.resolve_tenant_option_category`) over the manifest's defaults; the keys
        of encrypted options keep their ``credentials.`` prefix.

        Raises:
            ResponseDecodeError: The answer is not an object of texts.
        """
        response = await self.c8y.send(wire.GET_CURRENT_APPLICATION_RESOURCE_SETTINGS)
        result = decode_json(response)
        if not isinstance(result, dict) or not all(isinstance(v, str) for v in result.values()):
            raise _shape_error(
                response, "current application settings: expected an object of texts"
            )
        return dict(result)

    async def get_current_subscriptions(self) -> list[ApplicationSubscription]:
        """The service users of the caller's application, one per subscribed tenant.

        ``GET /application/currentApplication/subscriptions``, as the bootstrap user.
        """
        response = await self.c8y.send(wire.GET_APPLICATION_USER_COLLECTION_REPRESENTATION)
        result = decode_json(response)
        users = result.get("users") if isinstance(result, dict) else None
        if not isinstance(users, list) or not all(isinstance(u, dict) for u in users):
            raise _shape_error(response, "current application subscriptions: no list of users")
        return [ApplicationSubscription.from_json(u, self.c8y) for u in users]

    async def get_bootstrap_user(
        self, application_id: Application | str | int
    ) -> ApplicationSubscription:
        """The bootstrap user of a microservice (``GET .../{id}/bootstrapUser``).

        Raises:
            UnprocessableEntityError: The application is not a microservice.
        """
        result = await self.c8y.call(
            wire.GET_APPLICATION_USER_REPRESENTATION, path={"id": _object_id(application_id)}
        )
        return ApplicationSubscription.from_json(result, self.c8y)

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
        **filters: Unpack[ApplicationFilters],
    ) -> AsyncIterator[Application]: ...
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
        **filters: Unpack[ApplicationFilters],
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
        **filters: Unpack[ApplicationFilters],
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
        **filters: Unpack[ApplicationFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching applications (``GET /application/applications``, paged).

        Args:
            expression: A raw query string, sent as it is (the filters are not used then).
            limit: Stop after this many results (None: all).
            include: Keep only results this client-side matcher accepts.
            exclude: Then drop results this matcher accepts.
            page_size: Results per request (default: derived from `limit`).
            page_number: Read only this page.
            as_values: Yield values read at these paths instead of `Application` objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters no filter covers, sent as given.
            **filters: The filters of `ApplicationFilters`.

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: An argument is out of range or malformed (an unknown type).
            APIError: A page request failed (while iterating).
        """
        params = _QUERY.query(expression, filters, call="select", extra_params=extra_params)
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
        **filters: Unpack[ApplicationFilters],
    ) -> list[Application]: ...
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
        **filters: Unpack[ApplicationFilters],
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
        **filters: Unpack[ApplicationFilters],
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
        as_values: AsValues | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[ApplicationFilters],
    ) -> list[Any]:
        """Read the matching applications into a list: the eager form of `select`."""
        params = _QUERY.query(expression, filters, call="get_all", extra_params=extra_params)
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

    async def get_count(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[ApplicationFilters],
    ) -> int:
        """Count the matching applications (``GET /application/applications``, one item)."""
        return await self._get_count(
            _QUERY.query(expression, filters, call="get_count", extra_params=extra_params)
        )

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
        **filters: Unpack[ApplicationFilters],
    ) -> pandas.DataFrame:
        """Read the matching applications into a pandas DataFrame, one column per path.

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            ConfigurationError: Malformed columns or filters (checked before any request).
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            _QUERY.query(expression, filters, call="to_dataframe", extra_params=extra_params),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def create(
        self,
        *applications: Application,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Create applications (one ``POST /application/applications`` each)."""
        await self._create_many(applications, workers=workers, progress=progress)

    async def update(
        self,
        *applications: Application,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Send each application's staged changes (``PUT /application/applications/{id}``)."""
        await self._update_many(applications, workers=workers, progress=progress)

    async def delete(
        self,
        *applications: Application | str | int,
        force: bool = False,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete applications by object or ID (``DELETE /application/applications/{id}``).

        Args:
            force: Unsubscribe the tenants that use an application first.
        """
        params = {"force": True} if force else None
        await self._delete_many(applications, params=params, workers=workers, progress=progress)

    async def upload_attachment(
        self, application_id: Application | str | int, file: FileSpec
    ) -> Application:
        """Upload an application's binary, a zip (``POST /application/applications/{id}/binaries``).

        The platform makes it the active version and, for a microservice, reads the manifest
        (``cumulocity.json``) from it.

        Args:
            application_id: The application or its ID.
            file: A path, a binary file object or bytes.

        Returns:
            The application as the platform answers after the upload.

        Raises:
            FileNotFoundError: A path names no file (nothing is sent).
            UnprocessableEntityError: The platform refused the content (e.g. not a zip).
        """
        object_id = _object_id(application_id)
        check_upload_file(file)
        content, own_name = await _read(file)
        name = own_name or "application.zip"
        body, multipart_type = encode_multipart({}, {"file": (name, content, "application/zip")})
        response = await self.c8y.send(
            wire.POST_BINARY_APPLICATION_CONTENT_RESOURCE,
            path={"id": object_id},
            content=body,
            content_type=multipart_type,
            accept="application/json",
        )
        return Application.from_json(decode_json(response), self.c8y)

    # -- subscriptions ---------------------------------------------------------------------------

    async def subscribe(
        self,
        tenant_id: str,
        *applications: Application | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Subscribe a tenant to applications (``POST /tenant/tenants/{tenantId}/applications``).

        Raises:
            ConflictError: The tenant is subscribed already.
        """
        tenant = _tenant_id(tenant_id)
        ids = [_object_id(a) for a in applications]
        base = self.c8y.base_url

        async def subscribe(object_id: str) -> None:
            reference = {"application": {"self": f"{base}{self.build_object_path(object_id)}"}}
            await self.c8y.call(
                wire.POST_TENANT_APPLICATION_REFERENCE_COLLECTION_RESOURCE,
                path={"tenantId": tenant},
                json=reference,
            )

        await run_bulk(ids, subscribe, workers=workers, progress=progress)

    async def unsubscribe(
        self,
        tenant_id: str,
        *applications: Application | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """End subscriptions (``DELETE /tenant/tenants/{tenantId}/applications/{id}`` each)."""
        tenant = _tenant_id(tenant_id)
        ids = [_object_id(a) for a in applications]

        async def unsubscribe(object_id: str) -> None:
            await self.c8y.send(
                wire.DELETE_TENANT_APPLICATION_REFERENCE_RESOURCE,
                path={"tenantId": tenant, "applicationId": object_id},
            )

        await run_bulk(ids, unsubscribe, workers=workers, progress=progress)

    def select_subscribed(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Application]:
        """Iterate over the applications a tenant subscribes to (``GET .../applications``).

        Args:
            tenant_id: The subscribing tenant.
            limit: Stop after this many applications (None: all).
            page_size: References per request (default: derived from `limit`).
            progress: Called as ``progress(done, total)`` after each page: the applications
                read so far and how many the tenant subscribes to (counted first).
        """
        resource = render_path(
            wire.GET_TENANT_APPLICATION_REFERENCE_COLLECTION_RESOURCE,
            tenantId=_tenant_id(tenant_id),
        )
        return self._select(
            {},
            limit=limit,
            include=None,
            exclude=None,
            page_size=page_size,
            page_number=None,
            as_values=None,
            workers=None,
            progress=progress,
            resource=resource,
            collection_key="references",
            unwrap="application",
        )
