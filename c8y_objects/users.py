"""Users, global roles (user groups), inventory roles and their permissions.

Objects: `User`, `CurrentUser`, `TfaSettings`, `UserGroup`, `InventoryRole`,
`InventoryRoleAssignment` and `Permission` (with `ReadPermission`, `WritePermission`,
`AnyPermission`). Main API classes: `Users`, `UserGroups`, `InventoryRoles`.

Users and groups live below the tenant (``/user/{tenantId}/...``): every path is rendered from
the generated operation with the connection's tenant ID. A user is addressed by its user name;
groups, inventory roles and assignments by their numeric ID.

Passwords are sent, never shown: the objects' `repr` leaves them out and no error message of
this module quotes one.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from enum import StrEnum
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeAlias,
    TypedDict,
    TypeGuard,
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
    ChoiceField,
    CumulocityObject,
    DateTimeField,
    Field,
    ReadOnlyField,
    check_choice,
)
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import AsValues, Matcher, ValueSpec
from c8y_objects._query import QuerySpec
from c8y_objects._wire import ResourceOperations, render_path
from c8y_objects.errors import ConfigurationError, ObjectStateError

if TYPE_CHECKING:
    import pandas

    from c8y_objects._http import CumulocityConnection
from c8y_rest import wire

__all__ = [
    "AnyPermission",
    "CurrentUser",
    "InventoryRole",
    "InventoryRoleAssignment",
    "InventoryRoles",
    "Permission",
    "PermissionLevel",
    "PermissionScope",
    "ReadPermission",
    "TfaSettings",
    "User",
    "UserFilters",
    "UserGroup",
    "UserGroupFilters",
    "UserGroups",
    "Users",
    "WritePermission",
]

USERS_OPERATIONS = ResourceOperations(
    list=wire.GET_USER_COLLECTION_RESOURCE,
    create=wire.POST_USER_COLLECTION_RESOURCE,
    read=wire.GET_USER_RESOURCE,
    update=wire.PUT_USER_RESOURCE,
    delete=wire.DELETE_USER_RESOURCE,
)
USER_GROUPS_OPERATIONS = ResourceOperations(
    list=wire.GET_GROUP_COLLECTION_RESOURCE,
    create=wire.POST_GROUP_COLLECTION_RESOURCE,
    read=wire.GET_GROUP_BY_ID_RESOURCE,
    update=wire.PUT_GROUP_BY_ID_RESOURCE,
    delete=wire.DELETE_GROUP_BY_ID_RESOURCE,
)
INVENTORY_ROLES_OPERATIONS = ResourceOperations(
    list=wire.GET_INVENTORY_ROLE_RESOURCE,
    create=wire.POST_INVENTORY_ROLE_RESOURCE,
    read=wire.GET_INVENTORY_ROLE_RESOURCE_ID,
    update=wire.PUT_INVENTORY_ROLE_RESOURCE_ID,
    delete=wire.DELETE_INVENTORY_ROLE_RESOURCE_ID,
)


def _username(value: object) -> str:
    """A user name given as text or as a `User` with a name.

    Raises:
        ObjectStateError: A user without user name.
        ConfigurationError: Neither a user nor non-empty text.
    """
    if isinstance(value, BaseUser):
        return value._require_username()
    if isinstance(value, str) and value:
        return value
    raise ConfigurationError(f"expected a user or a user name, got {type(value).__name__}")


def _user_path(tenant_id: str, user: object) -> dict[str, object]:
    """The path values of one user of a tenant: ``tenantId`` and ``userId`` (its name)."""
    return {"tenantId": tenant_id, "userId": _username(user)}


# -- permissions -------------------------------------------------------------------------------


class PermissionLevel(StrEnum):
    """What a permission of an inventory role allows (``permission``)."""

    ANY = "*"
    READ = "READ"
    WRITE = "ADMIN"


class PermissionScope(StrEnum):
    """Which kind of data a permission of an inventory role covers (``scope``)."""

    ANY = "*"
    ALARM = "ALARM"
    AUDIT = "AUDIT"
    EVENT = "EVENT"
    MEASUREMENT = "MEASUREMENT"
    MANAGED_OBJECT = "MANAGED_OBJECT"
    OPERATION = "OPERATION"


class Permission(CumulocityObject):
    """One permission of an inventory role: a level on a scope, for one type or all (``*``).

    Args:
        data: A permission's JSON to wrap as it is (the keywords are not used then).
        level: What is allowed (default: everything).
        scope: Which data (default: all).
        type: The data type it is limited to (default ``*``: any).

    Raises:
        ConfigurationError: A level or scope the platform does not know.
    """

    __slots__ = ()

    Level = PermissionLevel
    Scope = PermissionScope

    permission: ChoiceField[PermissionLevel] = ChoiceField("permission", PermissionLevel)
    scope: ChoiceField[PermissionScope] = ChoiceField("scope", PermissionScope)
    type: Field[str] = Field("type")

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        *,
        level: PermissionLevel | str = PermissionLevel.ANY,
        scope: PermissionScope | str = PermissionScope.ANY,
        type: str = "*",
    ) -> None:
        if data is not None:
            super().__init__()
            self._json = dict(data)  # as loaded: nothing staged
            return
        super().__init__(
            permission=check_choice(PermissionLevel, level, field="level"),
            scope=check_choice(PermissionScope, scope, field="scope"),
            type=type,
        )


class ReadPermission(Permission):
    """A permission to read (level ``READ``)."""

    __slots__ = ()

    def __init__(self, scope: PermissionScope | str = PermissionScope.ANY, type: str = "*") -> None:
        super().__init__(level=PermissionLevel.READ, scope=scope, type=type)


class WritePermission(Permission):
    """A permission to change (level ``ADMIN``)."""

    __slots__ = ()

    def __init__(self, scope: PermissionScope | str = PermissionScope.ANY, type: str = "*") -> None:
        super().__init__(level=PermissionLevel.WRITE, scope=scope, type=type)


class AnyPermission(Permission):
    """A permission to read and change (level ``*``)."""

    __slots__ = ()

    def __init__(self, scope: PermissionScope | str = PermissionScope.ANY, type: str = "*") -> None:
        super().__init__(level=PermissionLevel.ANY, scope=scope, type=type)


# -- TFA settings ------------------------------------------------------------------------------


class TfaSettings(CumulocityObject):
    """A user's two-factor authentication settings, as ``GET .../users/{userId}/tfa`` reads them."""

    __slots__ = ()

    enabled: ReadOnlyField[bool] = ReadOnlyField("tfaEnabled")
    enforced: ReadOnlyField[bool] = ReadOnlyField("tfaEnforced")
    strategy: ReadOnlyField[str] = ReadOnlyField("strategy")
    last_request_time: ReadOnlyField[str] = ReadOnlyField("lastTfaRequestTime")
    last_request_datetime: DateTimeField = DateTimeField("lastTfaRequestTime")


# -- users -------------------------------------------------------------------------------------


class BaseUser(CumulocityObject):
    """The fields users and the current user share.

    Args:
        c8y: The connection for the active-record methods.
        username: The login name (the user's key).
        email: The e-mail address.
        enabled: Whether the user may log in.
        display_name: The name shown in the UI.
        password: The initial password; without one the platform mails a reset link.
        first_name: The first name.
        last_name: The last name.
        phone: The phone number.
        tfa_enabled: Whether two-factor authentication is on for the user.
    """

    __slots__ = ()

    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "self",
            "owner",
            "delegatedBy",
            "passwordStrength",
            "lastPasswordChange",
            "groups",
            "roles",
            "effectiveRoles",
            "devicePermissions",
            "applications",
        }
    )

    username: ReadOnlyField[str] = ReadOnlyField("userName")
    owner: ReadOnlyField[str] = ReadOnlyField("owner")
    delegated_by: ReadOnlyField[str] = ReadOnlyField("delegatedBy")
    password_strength: ReadOnlyField[str] = ReadOnlyField("passwordStrength")
    email: Field[str] = Field("email")
    enabled: Field[bool] = Field("enabled")
    display_name: Field[str] = Field("displayName")
    password: Field[str] = Field("password")
    first_name: Field[str] = Field("firstName")
    last_name: Field[str] = Field("lastName")
    phone: Field[str] = Field("phone")
    tfa_enabled: Field[bool] = Field("twoFactorAuthenticationEnabled")
    last_password_change: ReadOnlyField[str] = ReadOnlyField("lastPasswordChange")
    last_password_change_datetime: DateTimeField = DateTimeField("lastPasswordChange")
    should_reset_password: Field[bool] = Field("shouldResetPassword")
    require_password_reset: Field[bool] = Field("shouldResetPassword")
    send_password_reset_email: Field[bool] = Field("sendPasswordResetEmail")

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        username: str | None = None,
        email: str | None = None,
        enabled: bool = True,
        display_name: str | None = None,
        password: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        tfa_enabled: bool = False,
    ) -> None:
        super().__init__(
            c8y,
            userName=username,
            email=email,
            enabled=enabled,
            displayName=display_name,
            password=password,
            firstName=first_name,
            lastName=last_name,
            phone=phone,
            twoFactorAuthenticationEnabled=tfa_enabled,
        )
        if not password:
            self._write("sendPasswordResetEmail", True)

    def _require_username(self) -> str:
        name = self._json.get("userName")
        if not isinstance(name, str) or not name:
            raise ObjectStateError(f"{type(self).__name__} has no user name")
        return name

    def _update_body(self) -> dict[str, Any]:
        body = self._diff_body()
        body.pop("userName", None)  # the key of the user, never changed by an update
        return body

    def __repr__(self) -> str:
        # Only harmless keys: the password (and anything else) stays out of logs.
        shown = ", ".join(
            f"{key}={self._json[key]!r}" for key in ("id", "userName") if key in self._json
        )
        return f"{type(self).__name__}({shown})"


class User(BaseUser):
    """A user of the tenant (``/user/{tenantId}/users/{userId}``, keyed by user name)."""

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = USERS_OPERATIONS

    def _path(self) -> dict[str, object]:
        return _user_path(self._require_c8y().tenant_id, self)

    async def create(self) -> Self:
        """Create the user (``POST /user/{tenantId}/users``); returns a new `User`.

        Raises:
            ObjectStateError: No connection or no user name (nothing is sent).
            APIError: The platform refused the user.
        """
        c8y = self._require_c8y()
        self._require_username()
        result = await c8y.call(
            wire.POST_USER_COLLECTION_RESOURCE,
            path={"tenantId": c8y.tenant_id},
            json=self.to_json(),
        )
        return type(self).from_json(result, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /user/{tenantId}/users/{userId}``).

        Args:
            copy: Return a new object with the answer and leave this one as it is.
        """
        c8y = self._require_c8y()
        result = await c8y.call(wire.PUT_USER_RESOURCE, path=self._path(), json=self._update_body())
        return self._adopt(result, copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the user again (``GET /user/{tenantId}/users/{userId}``)."""
        c8y = self._require_c8y()
        result = await c8y.call(wire.GET_USER_RESOURCE, path=self._path())
        return self._adopt(result, copy)

    async def delete(self) -> None:
        """Delete the user (``DELETE /user/{tenantId}/users/{userId}``)."""
        await self._require_c8y().send(wire.DELETE_USER_RESOURCE, path=self._path())

    async def set_owner(self, user_id: User | str | None) -> None:
        """Make another user this user's owner, or remove the owner with None.

        Sends ``PUT .../users/{userId}/owner`` (``DELETE`` for None) and records the new owner
        on this object.

        Raises:
            ObjectStateError: No connection or no user name (nothing is sent).
            ConfigurationError: ``user_id`` is neither a user, a name nor None.
            APIError: The platform refused (e.g. an unknown owner, or a cycle of owners).
        """
        owner = None if user_id is None else _username(user_id)
        await Users(self._require_c8y()).set_owner(self._require_username(), owner)
        self._record_reference("owner", owner)

    async def set_delegate(self, user_id: User | str | None) -> None:
        """Let another user act for this one (its delegate), or remove it with None.

        Sends ``PUT .../users/{userId}/delegatedby`` (``DELETE`` for None) and records the
        delegate on this object (``delegated_by``).

        Raises:
            ObjectStateError: No connection or no user name (nothing is sent).
            ConfigurationError: ``user_id`` is neither a user, a name nor None.
            APIError: The platform refused (e.g. an unknown delegate).
        """
        delegate = None if user_id is None else _username(user_id)
        await Users(self._require_c8y()).set_delegate(self._require_username(), delegate)
        self._record_reference("delegatedBy", delegate)

    def _record_reference(self, key: str, name: str | None) -> None:
        # Platform-maintained keys: the server's state changed, nothing is staged.
        if name is None:
            self._json.pop(key, None)
        else:
            self._json[key] = name

    async def assign_global_role(self, group_id: UserGroup | str | int) -> None:
        """Add the user to a group, i.e. grant a global role (``POST .../groups/{id}/users``)."""
        await UserGroups(self._require_c8y()).assign_users(group_id, self._require_username())

    async def unassign_global_role(self, group_id: UserGroup | str | int) -> None:
        """Remove the user from a group (``DELETE .../groups/{id}/users/{userId}``)."""
        await UserGroups(self._require_c8y()).unassign_users(group_id, self._require_username())

    async def retrieve_global_roles(self) -> list[UserGroup]:
        """Read the groups the user belongs to (``GET .../users/{userId}/groups``, all pages)."""
        groups = UserGroups(self._require_c8y())
        return await groups.get_all(limit=None, username=self._require_username())

    async def retrieve_inventory_role_assignments(self) -> list[InventoryRoleAssignment]:
        """Read the user's inventory role assignments (``GET .../roles/inventory``)."""
        roles = InventoryRoles(self._require_c8y())
        return await roles.get_assignments(self._require_username())

    async def assign_inventory_roles(
        self, managed_object_id: CumulocityObject | str | int, *roles: InventoryRole | str | int
    ) -> InventoryRoleAssignment:
        """Grant inventory roles on a managed object (``POST .../roles/inventory``)."""
        api = InventoryRoles(self._require_c8y())
        return await api.assign(self._require_username(), managed_object_id, *roles)

    async def unassign_inventory_roles(self, *assignment_ids: str | int) -> None:
        """Remove inventory role assignments (``DELETE .../roles/inventory/{id}`` each)."""
        api = InventoryRoles(self._require_c8y())
        await api.unassign(self._require_username(), *assignment_ids)


class CurrentUser(BaseUser):
    """The user the connection is logged in as (``/user/currentUser``)."""

    __slots__ = ()

    async def reload(self, copy: bool = False) -> Self:
        """Read the current user again (``GET /user/currentUser``)."""
        c8y = self._require_c8y()
        return self._adopt(await c8y.call(wire.GET_CURRENT_USER_RESOURCE), copy)

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes of the current user (``PUT /user/currentUser``)."""
        c8y = self._require_c8y()
        result = await c8y.call(wire.PUT_CURRENT_USER_RESOURCE, json=self._update_body())
        return self._adopt(result, copy)

    async def update_password(self, current_password: str, new_password: str) -> None:
        """Change the current user's password (``PUT /user/currentUser/password``).

        Raises:
            ConfigurationError: A password is empty or not text (nothing is sent).
            APIError: The platform refused the change (e.g. a wrong current password).
        """
        await Users(self._require_c8y()).set_current_password(current_password, new_password)


# -- user groups (global roles) ---------------------------------------------------------------


class UserGroup(CumulocityObject):
    """A group of users (a global role) with the roles it grants (``.../groups/{groupId}``).

    Args:
        c8y: The connection for the active-record methods.
        name: The group's unique name.
        description: A description.
    """

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = USER_GROUPS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {"id", "self", "roles", "users", "devicePermissions", "applications"}
    )

    name: Field[str] = Field("name")
    description: Field[str] = Field("description")

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(c8y, name=name, description=description)

    def _path(self) -> dict[str, object]:
        return {"tenantId": self._require_c8y().tenant_id, "groupId": self._require_id()}

    async def create(self) -> Self:
        """Create the group (``POST /user/{tenantId}/groups``); returns a new `UserGroup`."""
        c8y = self._require_c8y()
        result = await c8y.call(
            wire.POST_GROUP_COLLECTION_RESOURCE,
            path={"tenantId": c8y.tenant_id},
            json=self.to_json(),
        )
        return type(self).from_json(result, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /user/{tenantId}/groups/{groupId}``)."""
        c8y = self._require_c8y()
        result = await c8y.call(
            wire.PUT_GROUP_BY_ID_RESOURCE, path=self._path(), json=self._update_body()
        )
        return self._adopt(result, copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the group again (``GET /user/{tenantId}/groups/{groupId}``)."""
        c8y = self._require_c8y()
        return self._adopt(await c8y.call(wire.GET_GROUP_BY_ID_RESOURCE, path=self._path()), copy)

    async def delete(self) -> None:
        """Delete the group (``DELETE /user/{tenantId}/groups/{groupId}``)."""
        await self._require_c8y().send(wire.DELETE_GROUP_BY_ID_RESOURCE, path=self._path())

    async def assign_roles(self, *role_ids: str) -> None:
        """Grant roles (``ROLE_...``) to the group's members (``POST .../roles`` each)."""
        await UserGroups(self._require_c8y()).assign_roles(self._require_id(), *role_ids)

    async def unassign_roles(self, *role_ids: str) -> None:
        """Withdraw roles from the group (``DELETE .../roles/{roleId}`` each)."""
        await UserGroups(self._require_c8y()).unassign_roles(self._require_id(), *role_ids)

    async def assign_users(self, *users: User | str) -> None:
        """Add users to the group (``POST .../users`` each)."""
        await UserGroups(self._require_c8y()).assign_users(self._require_id(), *users)

    async def unassign_users(self, *users: User | str) -> None:
        """Remove users from the group (``DELETE .../users/{userId}`` each)."""
        await UserGroups(self._require_c8y()).unassign_users(self._require_id(), *users)


# -- inventory roles ---------------------------------------------------------------------------


class InventoryRole(CumulocityObject):
    """A named set of permissions that can be granted on managed objects (``/user/inventoryroles``).

    Args:
        c8y: The connection for the active-record methods.
        name: The role's name.
        description: A description.
        permissions: The permissions the role grants.
    """

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = INVENTORY_ROLES_OPERATIONS

    name: Field[str] = Field("name")
    description: Field[str] = Field("description")

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[Permission] | None = None,
    ) -> None:
        super().__init__(c8y, name=name, description=description)
        if permissions is not None:
            self.permissions = list(permissions)

    @property
    def permissions(self) -> list[Permission]:
        """The role's permissions (new objects; assign the list back to change it)."""
        return [Permission.from_json(dict(p)) for p in self._json.get("permissions", [])]

    @permissions.setter
    def permissions(self, value: Sequence[Permission]) -> None:
        self._write("permissions", [p.to_json() for p in value])

    async def create(self) -> Self:
        """Create the role (``POST /user/inventoryroles``); returns a new `InventoryRole`."""
        return await self._create()

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /user/inventoryroles/{id}``)."""
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the role again (``GET /user/inventoryroles/{id}``)."""
        return await self._reload(copy)

    async def delete(self) -> None:
        """Delete the role (``DELETE /user/inventoryroles/{id}``)."""
        await self._delete()


class InventoryRoleAssignment(CumulocityObject):
    """Inventory roles a user holds on one managed object (and what lies below it)."""

    __slots__ = ()

    @property
    def managed_object_id(self) -> str | None:
        """The ID of the managed object the roles apply to."""
        value = self._json.get("managedObject")
        if isinstance(value, dict):
            value = value.get("id")
        return None if value is None else str(value)

    @property
    def roles(self) -> list[InventoryRole]:
        """The roles of the assignment."""
        return [InventoryRole.from_json(r, self._c8y) for r in self._json.get("roles", [])]


# -- filters -----------------------------------------------------------------------------------


GroupsFilter: TypeAlias = "UserGroup | str | int | Sequence[UserGroup | str | int]"
"""Groups by object, ID or (in `Users.get_all`, `get_count`, `to_dataframe`) name."""


class UserFilters(TypedDict, total=False):
    """The filters of a user query (`Users.select`, `get_all`, `get_count`, `to_dataframe`)."""

    username: str | None
    groups: GroupsFilter | None
    owner: User | str | None
    only_devices: bool | None
    with_subusers_count: bool | None


class UserGroupFilters(TypedDict, total=False):
    """The filters of a group query: ``username`` lists the groups of that user."""

    username: User | str | None


def _group_items(value: GroupsFilter) -> list[UserGroup | str | int]:
    """One group or several; one string is one group (never split into characters)."""
    items = [value] if isinstance(value, UserGroup | str | int) else list(value)
    if not items:
        raise ConfigurationError("groups: expected a group or a non-empty list of groups")
    return items


def _group_ids(value: GroupsFilter) -> list[str]:
    ids = [_object_id(v) for v in _group_items(value)]
    for group_id in ids:
        if not (group_id.isascii() and group_id.isdigit()):
            raise ConfigurationError(
                f"groups: {group_id!r} is not a group ID; select takes IDs (get_all, get_count "
                "and to_dataframe look names up, as does UserGroups.resolve_group_ids)"
            )
    return ids


_USER_QUERY = QuerySpec(
    "c8y_objects.users.UserFilters",
    wire.GET_USER_COLLECTION_RESOURCE,
    UserFilters.__optional_keys__,
    convert={"groups": _group_ids, "owner": _username},
)
# The group list of one user is another operation; the name picks it, it is not sent.
_GROUP_QUERY = QuerySpec(
    "c8y_objects.users.UserGroupFilters",
    wire.GET_GROUP_COLLECTION_RESOURCE,
    UserGroupFilters.__optional_keys__,
    local=["username"],
)
_INVENTORY_ROLE_QUERY = QuerySpec(
    "c8y_objects.users.InventoryRoles", wire.GET_INVENTORY_ROLE_RESOURCE, ()
)


def _check_password(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        # The value itself is never quoted: it may be a password.
        raise ConfigurationError(f"{name}: expected a non-empty password text")
    return value


# -- main API classes --------------------------------------------------------------------------


def _is_group_name(item: object) -> TypeGuard[str]:
    """Whether a ``groups`` filter item is a group name (to look up) rather than an ID."""
    return isinstance(item, str) and not (item.isascii() and item.isdigit())


class Users(CumulocityResource[User]):
    """The Users API: the tenant's users, the current user, passwords and sessions.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = USERS_OPERATIONS
    _collection_key: ClassVar[str] = "users"
    _object_class: builtins.type[User] = User

    def _tenant(self) -> dict[str, object]:
        return {"tenantId": self.c8y.tenant_id}

    def _user(self, user: User | str) -> dict[str, object]:
        return _user_path(self.c8y.tenant_id, user)

    @property
    def _resource(self) -> str:
        return render_path(wire.GET_USER_COLLECTION_RESOURCE, **self._tenant())

    async def _user_query(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> dict[str, Any]:
        """The query of `call`, with group names looked up (after the keywords are checked)."""
        _USER_QUERY.check(filters, call)
        if not expression:
            filters = await self._named_groups(filters)
        return _USER_QUERY.query(expression, filters, call=call, extra_params=extra_params)

    async def _named_groups(self, filters: Mapping[str, Any]) -> Mapping[str, Any]:
        """The filters with group names in ``groups`` replaced by IDs (one lookup per name)."""
        groups = filters.get("groups")
        if groups is None:
            return filters
        items = _group_items(groups)
        names = [item for item in items if _is_group_name(item)]
        ids = iter(await UserGroups(self.c8y).resolve_group_ids(*names))
        resolved = [next(ids) if _is_group_name(item) else item for item in items]
        return {**filters, "groups": resolved}

    async def get(self, username: str) -> User:
        """Read one user by user name (``GET /user/{tenantId}/users/{userId}``).

        Raises:
            InvalidIdError: The name cannot be a path segment (nothing is sent).
            NotFoundError: No such user.
        """
        result = await self.c8y.call(wire.GET_USER_RESOURCE, path=self._user(username))
        return User.from_json(result, self.c8y)

    async def get_current(self) -> CurrentUser:
        """Read the user the connection is logged in as (``GET /user/currentUser``)."""
        return CurrentUser.from_json(await self.c8y.call(wire.GET_CURRENT_USER_RESOURCE), self.c8y)

    async def set_current_password(self, current_password: str, new_password: str) -> None:
        """Change the current user's password (``PUT /user/currentUser/password``).

        Raises:
            ConfigurationError: A password is empty or not text (nothing is sent).
            APIError: The platform refused the change (e.g. a wrong current password).
        """
        body = {
            "currentUserPassword": _check_password(current_password, "current_password"),
            "newPassword": _check_password(new_password, "new_password"),
        }
        await self.c8y.send(wire.PUT_CURRENT_USER_PASSWORD_RESOURCE, json=body)

    async def get_tfa_settings(self, username: User | str) -> TfaSettings:
        """Read a user's TFA settings (``GET /user/{tenantId}/users/{userId}/tfa``)."""
        result = await self.c8y.call(wire.GET_USERS_TFA_RESOURCE, path=self._user(username))
        return TfaSettings.from_json(result, self.c8y)

    async def revoke_totp_secret(self, user_id: User | str) -> None:
        """Revoke a user's TOTP secret (``DELETE .../users/{userId}/totpSecret/revoke``).

        The user has to set up the authenticator app again at the next login.

        Raises:
            ConfigurationError: ``user_id`` is neither a user nor a name (nothing is sent).
            NotFoundError: No such user.
        """
        await self.c8y.send(wire.DELETE_USER_TOTP_SECRET_RESOURCE, path=self._user(user_id))

    async def logout_all(self) -> None:
        """End every session of the tenant's users (``POST /user/logout/{tenantId}/allUsers``)."""
        await self.c8y.send(wire.POST_LOGOUT_ALL_TENANT_USERS, path=self._tenant())

    async def set_owner(self, user_id: User | str, owner_id: User | str | None) -> None:
        """Set the owner of a user, or remove it with None.

        Sends ``PUT /user/{tenantId}/users/{userId}/owner`` with the owner's user name, or
        ``DELETE`` on that path for None.

        Raises:
            ConfigurationError: A value is neither a user nor a name (nothing is sent).
            APIError: The platform refused (e.g. an unknown owner, or a cycle of owners).
        """
        path = self._user(user_id)
        if owner_id is None:
            await self.c8y.send(wire.DELETE_USER_OWNER_RESOURCE, path=path)
        else:
            body = {"owner": _username(owner_id)}
            await self.c8y.send(wire.PUT_USER_OWNER_RESOURCE, path=path, json=body)

    async def set_delegate(self, user_id: User | str, delegate_id: User | str | None) -> None:
        """Set the delegate of a user (who may act for it), or remove it with None.

        Sends ``PUT /user/{tenantId}/users/{userId}/delegatedby`` with the delegate's user
        name, or ``DELETE`` on that path for None.

        Raises:
            ConfigurationError: A value is neither a user nor a name (nothing is sent).
            APIError: The platform refused (e.g. an unknown delegate).
        """
        path = self._user(user_id)
        if delegate_id is None:
            await self.c8y.send(wire.DELETE_USER_DELEGATED_BY_RESOURCE, path=path)
        else:
            body = {"delegatedBy": _username(delegate_id)}
            await self.c8y.send(wire.PUT_USER_DELEGATED_BY_RESOURCE, path=path, json=body)

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
        **filters: Unpack[UserFilters],
    ) -> AsyncIterator[User]: ...
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
        **filters: Unpack[UserFilters],
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
        **filters: Unpack[UserFilters],
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
        **filters: Unpack[UserFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching users (``GET /user/{tenantId}/users``, paged).

        Args:
            expression: A raw query string, sent as it is instead of the filters.
            limit: Stop after this many results (None: all).
            include: Keep only results this client-side matcher accepts.
            exclude: Then drop results this matcher accepts.
            page_size: Results per request (default: derived from `limit`).
            page_number: Read only this page.
            as_values: Yield values read at these paths instead of `User` objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters no filter covers, sent as given.
            **filters: The filters of `UserFilters` (``groups`` takes group IDs or objects).

        Raises:
            UnknownFilterError: A keyword that is not a filter (before any request).
            ConfigurationError: An argument is out of range or malformed.
        """
        params = _USER_QUERY.query(expression, filters, call="select", extra_params=extra_params)
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
        **filters: Unpack[UserFilters],
    ) -> list[User]: ...
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
        **filters: Unpack[UserFilters],
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
        **filters: Unpack[UserFilters],
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
        **filters: Unpack[UserFilters],
    ) -> list[Any]:
        """Read the matching users into a list: the eager form of `select` (same arguments).

        Raises:
            UnknownFilterError: A keyword that is not a filter (before any request).
        """
        params = await self._user_query(expression, filters, extra_params, "get_all")
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
        **filters: Unpack[UserFilters],
    ) -> int:
        """Count the matching users without reading them (``GET /user/{tenantId}/users``).

        Raises:
            UnknownFilterError: A keyword that is not a filter (before any request).
        """
        params = await self._user_query(expression, filters, extra_params, "get_count")
        return await self._get_count(params, self._resource)

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
        **filters: Unpack[UserFilters],
    ) -> pandas.DataFrame:
        """Read the matching users into a pandas DataFrame, one column per path.

        Raises:
            ImportError: pandas is not installed.
            UnknownFilterError: A keyword that is not a filter (before any request).
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            await self._user_query(expression, filters, extra_params, "to_dataframe"),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def create(
        self, *users: User, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Create users (one ``POST /user/{tenantId}/users`` each; answers not parsed).

        Raises:
            ObjectStateError: A user has no user name (nothing is sent).
            BulkError: A request failed; names the user.
        """
        for user in users:
            user._require_username()
        c8y, path = self.c8y, self._tenant()

        async def create(user: User) -> None:
            await c8y.send(wire.POST_USER_COLLECTION_RESOURCE, path=path, json=user.to_json())

        await run_bulk(users, create, workers=workers, progress=progress)

    async def update(
        self, *users: User, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each user's staged changes (``PUT /user/{tenantId}/users/{userId}`` each).

        Raises:
            ObjectStateError: A user has no user name (nothing is sent).
            BulkError: A request failed; names the user.
        """
        bodies = {id(u): (self._user(u), u._update_body()) for u in users}
        c8y = self.c8y

        async def update(user: User) -> None:
            path, body = bodies[id(user)]
            await c8y.send(wire.PUT_USER_RESOURCE, path=path, json=body)
            user._mark_saved()

        await run_bulk(users, update, workers=workers, progress=progress)

    async def delete(
        self, *users: User | str, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Delete users by object or user name (``DELETE .../users/{userId}`` each).

        Raises:
            ConfigurationError: A value is neither a user nor a name (nothing is sent).
            BulkError: A request failed; names the user.
        """
        paths = [self._user(u) for u in users]
        c8y = self.c8y

        async def delete(path: dict[str, object]) -> None:
            await c8y.send(wire.DELETE_USER_RESOURCE, path=path)

        await run_bulk(paths, delete, workers=workers, progress=progress)


class UserGroups(CumulocityResource[UserGroup]):
    """The user groups (global roles) API: groups, their members and the roles they grant.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = USER_GROUPS_OPERATIONS
    _collection_key: ClassVar[str] = "groups"
    _object_class: builtins.type[UserGroup] = UserGroup

    def _group(self, group: UserGroup | str | int) -> dict[str, object]:
        return {"tenantId": self.c8y.tenant_id, "groupId": _object_id(group)}

    @property
    def _resource(self) -> str:
        return render_path(wire.GET_GROUP_COLLECTION_RESOURCE, tenantId=self.c8y.tenant_id)

    async def get(self, group_id: str | int) -> UserGroup:
        """Read one group (``GET /user/{tenantId}/groups/{groupId}``)."""
        result = await self.c8y.call(wire.GET_GROUP_BY_ID_RESOURCE, path=self._group(group_id))
        return UserGroup.from_json(result, self.c8y)

    async def get_by_name(self, name: str) -> UserGroup:
        """Read one group by name (``GET /user/{tenantId}/groupByName/{groupName}``)."""
        path = {"tenantId": self.c8y.tenant_id, "groupName": name}
        return UserGroup.from_json(
            await self.c8y.call(wire.GET_GROUP_BY_NAME_RESOURCE, path=path), self.c8y
        )

    async def resolve_group_ids(self, *names: str) -> list[str]:
        """The IDs of groups given by name, in order (one `get_by_name` each).

        Raises:
            NotFoundError: A name is not a group.
        """
        return [(await self.get_by_name(name))._require_id() for name in names]

    def _params(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> tuple[dict[str, Any], str, bool]:
        """The query, the resource and whether its items are group references."""
        params = _GROUP_QUERY.query(expression, filters, call=call, extra_params=extra_params)
        username = filters.get("username")
        if username is None:
            return params, self._resource, False
        resource = render_path(
            wire.GET_GROUP_REFERENCE_COLLECTION_RESOURCE,
            tenantId=self.c8y.tenant_id,
            userId=_username(username),
        )
        return params, resource, True

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
        **filters: Unpack[UserGroupFilters],
    ) -> AsyncIterator[UserGroup]: ...
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
        **filters: Unpack[UserGroupFilters],
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
        **filters: Unpack[UserGroupFilters],
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
        **filters: Unpack[UserGroupFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over groups (``GET /user/{tenantId}/groups``, paged).

        With ``username=`` the groups of that user are read instead
        (``GET /user/{tenantId}/users/{userId}/groups``). Arguments as in `Users.select`.

        Raises:
            UnknownFilterError: A keyword that is not a filter (before any request).
        """
        return self._select_groups(
            expression,
            filters,
            extra_params,
            "select",
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )

    def _select_groups(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
        **options: Any,
    ) -> AsyncIterator[Any]:
        params, resource, references = self._params(expression, filters, extra_params, call)
        if not references:
            return self._select(params, **options)
        # A user's groups come as references: each item's ``group`` is the result.
        return self._select(
            params, resource=resource, collection_key="references", unwrap="group", **options
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
        **filters: Unpack[UserGroupFilters],
    ) -> list[UserGroup]: ...
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
        **filters: Unpack[UserGroupFilters],
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
        **filters: Unpack[UserGroupFilters],
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
        **filters: Unpack[UserGroupFilters],
    ) -> list[Any]:
        """Read the groups into a list: the eager form of `select` (same arguments)."""
        results = self._select_groups(
            expression,
            filters,
            extra_params,
            "get_all",
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
        **filters: Unpack[UserGroupFilters],
    ) -> int:
        """Count groups (or a user's groups with ``username=``) without reading them."""
        params, resource, _ = self._params(expression, filters, extra_params, "get_count")
        return await self._get_count(params, resource)

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
        **filters: Unpack[UserGroupFilters],
    ) -> pandas.DataFrame:
        """Read the groups into a pandas DataFrame, one column per path (no ``username``).

        Raises:
            ConfigurationError: ``username`` was given.
        """
        if filters.get("username") is not None:
            raise ConfigurationError("to_dataframe: the username filter is not supported here")
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            _GROUP_QUERY.query(expression, filters, call="to_dataframe", extra_params=extra_params),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def create(
        self, *groups: UserGroup, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Create groups (one ``POST /user/{tenantId}/groups`` each)."""
        c8y, path = self.c8y, {"tenantId": self.c8y.tenant_id}

        async def create(group: UserGroup) -> None:
            await c8y.send(wire.POST_GROUP_COLLECTION_RESOURCE, path=path, json=group.to_json())

        await run_bulk(groups, create, workers=workers, progress=progress)

    async def update(
        self, *groups: UserGroup, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each group's staged changes (``PUT .../groups/{groupId}`` each)."""
        bodies = {id(g): (self._group(g), g._update_body()) for g in groups}
        c8y = self.c8y

        async def update(group: UserGroup) -> None:
            path, body = bodies[id(group)]
            await c8y.send(wire.PUT_GROUP_BY_ID_RESOURCE, path=path, json=body)
            group._mark_saved()

        await run_bulk(groups, update, workers=workers, progress=progress)

    async def delete(
        self,
        *groups: UserGroup | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete groups by object or ID (``DELETE .../groups/{groupId}`` each)."""
        paths = [self._group(g) for g in groups]
        c8y = self.c8y

        async def delete(path: dict[str, object]) -> None:
            await c8y.send(wire.DELETE_GROUP_BY_ID_RESOURCE, path=path)

        await run_bulk(paths, delete, workers=workers, progress=progress)

    async def assign_users(
        self,
        group_id: UserGroup | str | int,
        *users: User | str,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Add users to a group (``POST .../groups/{groupId}/users`` each).

        The body references each user by the path of ``GET .../users/{userId}``.
        """
        path = self._group(group_id)
        tenant = self.c8y.tenant_id
        refs = [render_path(wire.GET_USER_RESOURCE, **_user_path(tenant, u)) for u in users]
        c8y = self.c8y

        async def assign(ref: str) -> None:
            body = {"user": {"self": ref}}
            await c8y.send(wire.POST_USER_REFERENCE_COLLECTION_RESOURCE, path=path, json=body)

        await run_bulk(refs, assign, workers=workers, progress=progress)

    async def unassign_users(
        self,
        group_id: UserGroup | str | int,
        *users: User | str,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Remove users from a group (``DELETE .../groups/{groupId}/users/{userId}`` each)."""
        group = self._group(group_id)
        paths = [{**group, "userId": _username(u)} for u in users]
        c8y = self.c8y

        async def unassign(path: dict[str, object]) -> None:
            await c8y.send(wire.DELETE_USER_REFERENCE_RESOURCE, path=path)

        await run_bulk(paths, unassign, workers=workers, progress=progress)

    async def assign_roles(
        self,
        group_id: UserGroup | str | int,
        *role_ids: str,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Grant roles to a group (``POST .../groups/{groupId}/roles`` each).

        The body references each role by the path of ``GET /user/roles/{name}``.
        """
        path = self._group(group_id)
        refs = [render_path(wire.GET_ROLE_COLLECTION_RESOURCE_BY_NAME, name=r) for r in role_ids]
        c8y = self.c8y

        async def assign(ref: str) -> None:
            body = {"role": {"self": ref}}
            await c8y.send(
                wire.POST_GROUPS_ROLE_REFERENCE_COLLECTION_RESOURCE, path=path, json=body
            )

        await run_bulk(refs, assign, workers=workers, progress=progress)

    async def unassign_roles(
        self,
        group_id: UserGroup | str | int,
        *role_ids: str,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Withdraw roles from a group (``DELETE .../groups/{groupId}/roles/{roleId}`` each)."""
        group = self._group(group_id)
        paths = [{**group, "roleId": r} for r in role_ids]
        c8y = self.c8y

        async def unassign(path: dict[str, object]) -> None:
            await c8y.send(wire.DELETE_GROUP_ROLE_REFERENCE_RESOURCE, path=path)

        await run_bulk(paths, unassign, workers=workers, progress=progress)


class InventoryRoles(CumulocityResource[InventoryRole]):
    """The inventory roles API: roles, and their assignment to users on managed objects.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = INVENTORY_ROLES_OPERATIONS
    _collection_key: ClassVar[str] = "roles"
    _object_class: builtins.type[InventoryRole] = InventoryRole

    async def get(self, role_id: str | int) -> InventoryRole:
        """Read one inventory role (``GET /user/inventoryroles/{id}``)."""
        return await self._get_object(_object_id(role_id))

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
    ) -> AsyncIterator[InventoryRole]: ...
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
        extra_params: ExtraParams | None = None,
        progress: Progress | None = None,
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
        """Iterate over the inventory roles (``GET /user/inventoryroles``, paged).

        The platform offers no filters here; `include` / `exclude` filter client-side.
        """
        params = _INVENTORY_ROLE_QUERY.query(
            expression, {}, call="select", extra_params=extra_params
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
        extra_params: ExtraParams | None = None,
        progress: Progress | None = None,
    ) -> list[InventoryRole]: ...
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
        extra_params: ExtraParams | None = None,
        progress: Progress | None = None,
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
        extra_params: ExtraParams | None = None,
        progress: Progress | None = None,
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
    ) -> list[Any]:
        """Read the inventory roles into a list: the eager form of `select`."""
        params = _INVENTORY_ROLE_QUERY.query(
            expression, {}, call="get_all", extra_params=extra_params
        )
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
    ) -> pandas.DataFrame:
        """Read the inventory roles into a pandas DataFrame, one column per path."""
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            _INVENTORY_ROLE_QUERY.query(
                expression, {}, call="to_dataframe", extra_params=extra_params
            ),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def create(
        self, *roles: InventoryRole, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Create inventory roles (one ``POST /user/inventoryroles`` each)."""
        await self._create_many(roles, workers=workers, progress=progress)

    async def update(
        self, *roles: InventoryRole, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each role's staged changes (``PUT /user/inventoryroles/{id}`` each)."""
        await self._update_many(roles, workers=workers, progress=progress)

    async def delete(
        self,
        *roles: InventoryRole | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete inventory roles by object or ID (``DELETE /user/inventoryroles/{id}`` each)."""
        await self._delete_many(roles, params=None, workers=workers, progress=progress)

    async def get_assignments(self, username: User | str) -> list[InventoryRoleAssignment]:
        """Read a user's inventory role assignments (``GET .../users/{userId}/roles/inventory``)."""
        result = await self.c8y.call(
            wire.GET_INVENTORY_ASSIGNMENT_RESOURCE, path=_user_path(self.c8y.tenant_id, username)
        )
        items = result.get("inventoryAssignments", []) if isinstance(result, dict) else []
        return InventoryRoleAssignment.from_json_list(items, self.c8y)

    async def assign(
        self,
        username: User | str,
        managed_object_id: CumulocityObject | str | int,
        *roles: InventoryRole | str | int,
    ) -> InventoryRoleAssignment:
        """Grant roles on a managed object (``POST .../users/{userId}/roles/inventory``).

        Raises:
            ConfigurationError: No role given (nothing is sent).
        """
        body = _assignment_body(managed_object_id, roles)
        result = await self.c8y.call(
            wire.POST_INVENTORY_ASSIGNMENT_RESOURCE,
            path=_user_path(self.c8y.tenant_id, username),
            json=body,
        )
        return InventoryRoleAssignment.from_json(result, self.c8y)

    async def reassign(
        self,
        username: User | str,
        assignment_id: InventoryRoleAssignment | str | int,
        managed_object_id: CumulocityObject | str | int,
        *roles: InventoryRole | str | int,
    ) -> InventoryRoleAssignment:
        """Replace the roles of an assignment (``PUT .../roles/inventory/{id}``).

        The given roles replace the previous ones entirely.
        """
        body = _assignment_body(managed_object_id, roles)
        path = {**_user_path(self.c8y.tenant_id, username), "id": _object_id(assignment_id)}
        result = await self.c8y.call(
            wire.PUT_INVENTORY_ASSIGNMENT_RESOURCE_BY_ID, path=path, json=body
        )
        return InventoryRoleAssignment.from_json(result, self.c8y)

    async def unassign(
        self,
        username: User | str,
        *assignment_ids: InventoryRoleAssignment | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Remove assignments by ID (``DELETE .../roles/inventory/{id}`` each)."""
        base = _user_path(self.c8y.tenant_id, username)
        paths = [{**base, "id": _object_id(a)} for a in assignment_ids]
        c8y = self.c8y

        async def unassign(path: dict[str, object]) -> None:
            await c8y.send(wire.DELETE_INVENTORY_ASSIGNMENT_RESOURCE_BY_ID, path=path)

        await run_bulk(paths, unassign, workers=workers, progress=progress)

    async def unassign_by(
        self,
        username: User | str,
        *objects: CumulocityObject | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Remove a user's assignments on the given managed objects (all without objects).

        Reads the assignments first (`get_assignments`), then deletes the matching ones.
        """
        wanted = {_object_id(o) for o in objects} if objects else None
        assignments = await self.get_assignments(username)
        ids = [
            a._require_id() for a in assignments if wanted is None or a.managed_object_id in wanted
        ]
        await self.unassign(username, *ids, workers=workers, progress=progress)


def _numeric(value: str) -> int | str:
    """Role IDs are integers in the platform's JSON; other text is sent as it is."""
    return int(value) if value.isascii() and value.isdigit() else value


def _assignment_body(
    managed_object: CumulocityObject | str | int, roles: Sequence[InventoryRole | str | int]
) -> dict[str, Any]:
    if not roles:
        raise ConfigurationError("an inventory role assignment needs at least one role")
    return {
        "managedObject": _object_id(managed_object),
        "roles": [{"id": _numeric(_object_id(r))} for r in roles],
    }
