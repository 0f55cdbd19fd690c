"""Users, user groups and inventory roles: the requests each member sends and what it parses.

Every test runs the client against `httpx.MockTransport`; a recorder answers by route and keeps
the requests, which are checked against the spec with the request contract (`contract.py`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest

from c8y_objects import (
    AnyPermission,
    APIError,
    ConfigurationError,
    CumulocityClient,
    CurrentUser,
    InvalidIdError,
    InventoryRole,
    InventoryRoleAssignment,
    ManagedObject,
    ObjectStateError,
    Permission,
    PermissionLevel,
    PermissionScope,
    ReadPermission,
    TfaSettings,
    UnknownFilterError,
    User,
    UserGroup,
    UserGroups,
    Users,
    WritePermission,
)
from tests.objects.contract import operations, violations
from tests.objects.mocks import mock_client, query

USER_TYPE = "application/vnd.com.nsn.cumulocity.user+json"
SECRET = "S3cret!-never-shown"

Answer = Callable[[httpx.Request], Any]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = [
        "[^/]+" if p.startswith("{") and p.endswith("}") else re.escape(p)
        for p in template.split("/")
    ]
    return re.compile("^" + "/".join(parts) + "$")


_TEMPLATES = sorted(
    ((method, template, _template_regex(template)) for method, template in operations()),
    key=lambda t: -sum(not p.startswith("{") for p in t[1].split("/")),
)


def route_of(request: httpx.Request) -> str | None:
    """The spec path template of a request (the most literal one that matches)."""
    path = request.url.raw_path.decode().partition("?")[0]
    for method, template, regex in _TEMPLATES:
        if method == request.method and regex.match(path):
            return template
    return None


class Recorder:
    """Answers requests by (method, template) and records them."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answers: dict[tuple[str, str], Answer] = {}

    def on(self, method: str, template: str, answer: Any, status: int = 200) -> None:
        def respond(request: httpx.Request) -> Any:
            return answer(request) if callable(answer) else answer

        self.answers[(method, template)] = respond
        self.statuses = getattr(self, "statuses", {})
        self.statuses[(method, template)] = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = route_of(request)
        key = (request.method, route or "")
        if key not in self.answers:
            return httpx.Response(204) if request.method == "DELETE" else httpx.Response(404)
        body = self.answers[key](request)
        status = self.statuses[key]
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    def entries(self) -> list[dict[str, Any]]:
        return [
            {
                "method": r.method,
                "path": r.url.path,
                "query": urlsplit(str(r.url)).query,
                "route": route_of(r),
                "content_type": r.headers.get("Content-Type") if r.content else None,
            }
            for r in self.requests
        ]

    def one(self) -> httpx.Request:
        assert len(self.requests) == 1, [str(r.url) for r in self.requests]
        return self.requests[0]


@pytest.fixture
def rec() -> Iterator[Recorder]:
    recorder = Recorder()
    yield recorder
    assert violations(recorder.entries()) == []


@pytest.fixture
async def c8y(rec: Recorder) -> Any:
    async with mock_client(rec) as client:
        yield client


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def media(request: httpx.Request) -> str:
    return request.headers["Content-Type"].split(";")[0]


def raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.decode().partition("?")[0]


def page(key: str, items: list[dict[str, Any]]) -> Answer:
    """A collection page: the items on page 1 (with statistics), nothing after."""

    def answer(request: httpx.Request) -> Any:
        current = int(query(request).get("currentPage", ["1"])[0])
        found = items if current == 1 else []
        return {key: found, "statistics": {"totalElements": len(items), "totalPages": 1}}

    return answer


# -- client ------------------------------------------------------------------------------------


def test_client_has_the_three_apis_cached() -> None:
    client = mock_client(lambda r: httpx.Response(500))
    assert isinstance(client.users, Users)
    assert client.users is client.users
    assert isinstance(client.user_groups, UserGroups)
    assert client.user_groups is client.user_groups
    assert client.inventory_roles is client.inventory_roles


def test_object_paths_under_the_tenant_take_the_connection_s_tenant() -> None:
    client = mock_client(lambda r: httpx.Response(500))
    tenant = client.tenant_id
    assert client.users.build_object_path("a b") == f"/user/{tenant}/users/a%20b"
    assert client.user_groups.build_object_path(7) == f"/user/{tenant}/groups/7"
    assert client.inventory_roles.build_object_path(3) == "/user/inventoryroles/3"


# -- users -------------------------------------------------------------------------------------


async def test_get_reads_one_user_by_name(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users/{userId}", {"id": "jdoe", "userName": "jdoe"})
    user = await c8y.users.get("jdoe")
    request = rec.one()
    assert request.method == "GET"
    assert raw_path(request) == "/user/t1/users/jdoe"
    assert isinstance(user, User)
    assert user.username == "jdoe"
    assert user.c8y is c8y


async def test_ids_become_one_encoded_segment(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users/{userId}", {"userName": "x"})
    await c8y.users.get("a/b?c#d")
    assert raw_path(rec.one()) == "/user/t1/users/a%2Fb%3Fc%23d"
    for bad in ("", "..", "."):
        with pytest.raises((InvalidIdError, ConfigurationError)):
            await c8y.users.get(bad)
    with pytest.raises(InvalidIdError):
        await c8y.user_groups.get("..")
    with pytest.raises(InvalidIdError):
        await c8y.inventory_roles.get("")
    assert len(rec.requests) == 1


async def test_user_create_sends_the_user_media_type_and_fields(
    c8y: CumulocityClient, rec: Recorder
) -> None:
    rec.on("POST", "/user/{tenantId}/users", {"id": "jdoe", "userName": "jdoe", "email": "j@x"})
    user = User(
        c8y,
        username="jdoe",
        email="j@x",
        display_name="J. Doe",
        password=SECRET,
        first_name="J",
        last_name="Doe",
        phone="+49",
        tfa_enabled=True,
    )
    created = await user.create()
    request = rec.one()
    assert (request.method, raw_path(request)) == ("POST", "/user/t1/users")
    assert media(request) == USER_TYPE
    assert body(request) == {
        "userName": "jdoe",
        "email": "j@x",
        "enabled": True,
        "displayName": "J. Doe",
        "password": SECRET,
        "firstName": "J",
        "lastName": "Doe",
        "phone": "+49",
        "twoFactorAuthenticationEnabled": True,
    }
    assert created.username == "jdoe"
    assert created is not user


def test_a_user_without_password_asks_for_a_reset_mail() -> None:
    user = User(username="jdoe", email="j@x")
    assert user.send_password_reset_email is True
    assert user.enabled is True
    assert user.tfa_enabled is False
    assert "password" not in user.to_json()


async def test_user_update_sends_only_the_changes(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("PUT", "/user/{tenantId}/users/{userId}", {"userName": "jdoe", "email": "new@x"})
    user = User.from_json({"id": "jdoe", "userName": "jdoe", "email": "old@x"}, c8y)
    user.email = "new@x"
    same = await user.update()
    request = rec.one()
    assert raw_path(request) == "/user/t1/users/jdoe"
    assert media(request) == USER_TYPE
    assert body(request) == {"email": "new@x"}
    assert same is user
    assert not user.is_modified


async def test_user_reload_and_delete(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users/{userId}", {"userName": "jdoe", "enabled": False})
    user = User.from_json({"userName": "jdoe"}, c8y)
    copy = await user.reload(copy=True)
    assert copy.enabled is False
    assert user.enabled is None
    await user.delete()
    assert [(r.method, raw_path(r)) for r in rec.requests] == [
        ("GET", "/user/t1/users/jdoe"),
        ("DELETE", "/user/t1/users/jdoe"),
    ]


async def test_user_without_name_or_connection_is_refused(rec: Recorder) -> None:
    with pytest.raises(ObjectStateError):
        await User().reload()
    client = mock_client(rec)
    with pytest.raises(ObjectStateError, match="user name"):
        await User(client, email="x").create()
    assert rec.requests == []


async def test_select_sends_the_typed_filters(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users", page("users", [{"userName": "a"}, {"userName": "b"}]))
    group = UserGroup(name="g")
    group.id = 5
    owner = User(username="boss")
    users = await c8y.users.get_all(
        username="a",
        groups=[group, "7"],
        owner=owner,
        only_devices=False,
        with_subusers_count=True,
        limit=None,
    )
    assert [u.username for u in users] == ["a", "b"]
    request = rec.requests[0]
    assert raw_path(request) == "/user/t1/users"
    q = query(request)
    assert q["username"] == ["a"]
    assert q["groups"] == ["5,7"]
    assert q["owner"] == ["boss"]
    assert q["onlyDevices"] == ["false"]
    assert q["withSubusersCount"] == ["true"]


async def test_a_single_group_string_is_one_value(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users", page("users", []))
    assert await c8y.users.get_all(groups="123") == []
    assert query(rec.requests[0])["groups"] == ["123"]


async def test_unknown_keyword_is_refused_before_any_request(
    c8y: CumulocityClient, rec: Recorder
) -> None:
    with pytest.raises(UnknownFilterError, match="usernme"):
        await c8y.users.get_all(usernme="a")  # type: ignore[call-overload]
    with pytest.raises(UnknownFilterError):
        c8y.users.select(group="1")  # type: ignore[call-overload]
    with pytest.raises(UnknownFilterError):
        await c8y.users.get_count(only_device=True)  # type: ignore[call-arg]
    with pytest.raises(UnknownFilterError):
        await c8y.user_groups.get_all(user="x")  # type: ignore[call-overload]
    assert rec.requests == []


async def test_extra_params_reach_the_query(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users", page("users", []))
    await c8y.users.get_all(extra_params={"usernameContains": "oe"})
    assert query(rec.requests[0])["usernameContains"] == ["oe"]


async def test_get_count_reads_the_total(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users", page("users", [{"userName": "a"}] * 3))
    assert await c8y.users.get_count(only_devices=True) == 3
    q = query(rec.one())
    assert q["onlyDevices"] == ["true"]
    assert q["pageSize"] == ["1"]


async def test_users_to_dataframe(c8y: CumulocityClient, rec: Recorder) -> None:
    pytest.importorskip("pandas")
    rec.on(
        "GET",
        "/user/{tenantId}/users",
        page("users", [{"userName": "a", "email": "a@x"}, {"userName": "b"}]),
    )
    frame = await c8y.users.to_dataframe(columns=["userName", ("mail", "email")], username="a")
    assert list(frame.columns) == ["userName", "mail"]
    assert frame["userName"].tolist() == ["a", "b"]
    assert query(rec.requests[0])["username"] == ["a"]


async def test_current_user_and_passwords(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/currentUser", {"userName": "u", "email": "u@x"})
    rec.on("PUT", "/user/currentUser/password", None)
    rec.on("PUT", "/user/currentUser", {"userName": "u", "phone": "1"})
    me = await c8y.users.get_current()
    assert isinstance(me, CurrentUser)
    assert me.username == "u"
    await me.update_password("old-pw", SECRET)
    await c8y.users.set_current_password("old-pw", "other-pw")
    me.phone = "1"
    await me.update()
    methods = [(r.method, raw_path(r)) for r in rec.requests]
    assert methods == [
        ("GET", "/user/currentUser"),
        ("PUT", "/user/currentUser/password"),
        ("PUT", "/user/currentUser/password"),
        ("PUT", "/user/currentUser"),
    ]
    assert body(rec.requests[1]) == {"currentUserPassword": "old-pw", "newPassword": SECRET}
    assert media(rec.requests[1]) == "application/json"
    assert body(rec.requests[3]) == {"phone": "1"}
    assert media(rec.requests[3]) == "application/vnd.com.nsn.cumulocity.currentuser+json"


async def test_empty_password_is_refused_without_quoting(
    c8y: CumulocityClient, rec: Recorder
) -> None:
    with pytest.raises(ConfigurationError) as info:
        await c8y.users.set_current_password(SECRET, "")
    assert SECRET not in str(info.value)
    assert rec.requests == []


async def test_tfa_settings_and_logout_all(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on(
        "GET",
        "/user/{tenantId}/users/{userId}/tfa",
        {
            "tfaEnabled": True,
            "tfaEnforced": False,
            "strategy": "TOTP",
            "lastTfaRequestTime": "2024-03-01T12:00:00.000Z",
        },
    )
    rec.on("POST", "/user/logout/{tenantId}/allUsers", None)
    tfa = await c8y.users.get_tfa_settings("jdoe")
    assert isinstance(tfa, TfaSettings)
    assert (tfa.enabled, tfa.enforced, tfa.strategy) == (True, False, "TOTP")
    assert tfa.last_request_datetime is not None
    assert tfa.last_request_datetime.year == 2024
    await c8y.users.logout_all()
    assert [(r.method, raw_path(r)) for r in rec.requests] == [
        ("GET", "/user/t1/users/jdoe/tfa"),
        ("POST", "/user/logout/t1/allUsers"),
    ]


async def test_owner_and_delegate_are_set_and_removed(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("PUT", "/user/{tenantId}/users/{userId}/owner", None)
    rec.on("PUT", "/user/{tenantId}/users/{userId}/delegatedby", None)
    await c8y.users.set_owner("jdoe", "boss")
    await c8y.users.set_owner(User(username="jdoe"), User(username="big boss"))
    await c8y.users.set_owner("jdoe", None)
    await c8y.users.set_delegate("jdoe", "deputy")
    await c8y.users.set_delegate("jdoe", None)
    assert [(r.method, raw_path(r)) for r in rec.requests] == [
        ("PUT", "/user/t1/users/jdoe/owner"),
        ("PUT", "/user/t1/users/jdoe/owner"),
        ("DELETE", "/user/t1/users/jdoe/owner"),
        ("PUT", "/user/t1/users/jdoe/delegatedby"),
        ("DELETE", "/user/t1/users/jdoe/delegatedby"),
    ]
    assert [body(r) for r in rec.requests if r.method == "PUT"] == [
        {"owner": "boss"},
        {"owner": "big boss"},
        {"delegatedBy": "deputy"},
    ]
    assert {media(r) for r in rec.requests if r.method == "PUT"} == {"application/json"}
    assert all(not r.content for r in rec.requests if r.method == "DELETE")


async def test_user_owner_and_delegate_active_record(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("PUT", "/user/{tenantId}/users/{userId}/owner", None)
    rec.on("PUT", "/user/{tenantId}/users/{userId}/delegatedby", None)
    user = User.from_json({"userName": "jdoe", "owner": "admin"}, c8y)
    await user.set_owner("boss")
    await user.set_delegate(User(username="deputy"))
    assert (user.owner, user.delegated_by) == ("boss", "deputy")
    assert not user.is_modified  # the server's state, not a staged change
    await user.set_owner(None)
    await user.set_delegate(None)
    assert (user.owner, user.delegated_by) == (None, None)
    assert [(r.method, raw_path(r)) for r in rec.requests] == [
        ("PUT", "/user/t1/users/jdoe/owner"),
        ("PUT", "/user/t1/users/jdoe/delegatedby"),
        ("DELETE", "/user/t1/users/jdoe/owner"),
        ("DELETE", "/user/t1/users/jdoe/delegatedby"),
    ]


async def test_owner_and_delegate_refuse_bad_values_before_sending(
    c8y: CumulocityClient, rec: Recorder
) -> None:
    with pytest.raises(ConfigurationError, match="user name"):
        await c8y.users.set_owner("jdoe", "")
    with pytest.raises(ConfigurationError, match="user name"):
        await c8y.users.set_delegate("jdoe", 42)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        await c8y.users.set_owner("", "boss")
    with pytest.raises(ObjectStateError, match="user name"):
        await c8y.users.set_delegate("jdoe", User())
    with pytest.raises(ObjectStateError):
        await User(username="jdoe").set_owner("boss")  # no connection
    with pytest.raises(ObjectStateError, match="user name"):
        await User(c8y).set_delegate("boss")
    assert rec.requests == []


async def test_owner_refused_by_the_platform_leaves_the_object(
    c8y: CumulocityClient, rec: Recorder
) -> None:
    rec.on(
        "PUT",
        "/user/{tenantId}/users/{userId}/owner",
        {"error": "user/Invalid Data", "message": "owners would cycle"},
        status=422,
    )
    user = User.from_json({"userName": "jdoe", "owner": "admin"}, c8y)
    with pytest.raises(APIError) as info:
        await user.set_owner("boss")
    assert info.value.status_code == 422
    assert user.owner == "admin"


async def test_revoke_totp_secret(c8y: CumulocityClient, rec: Recorder) -> None:
    await c8y.users.revoke_totp_secret("jdoe")
    await c8y.users.revoke_totp_secret(User(username="a b"))
    assert [(r.method, raw_path(r)) for r in rec.requests] == [
        ("DELETE", "/user/t1/users/jdoe/totpSecret/revoke"),
        ("DELETE", "/user/t1/users/a%20b/totpSecret/revoke"),
    ]
    with pytest.raises(ConfigurationError):
        await c8y.users.revoke_totp_secret(None)  # type: ignore[arg-type]
    assert len(rec.requests) == 2


async def test_bulk_create_update_delete(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("POST", "/user/{tenantId}/users", {"userName": "x"})
    rec.on("PUT", "/user/{tenantId}/users/{userId}", {"userName": "x"})
    new = [User(username=f"u{i}", password=SECRET) for i in range(3)]
    await c8y.users.create(*new, workers=2)
    loaded = User.from_json({"userName": "u0"})
    loaded.enabled = False
    await c8y.users.update(loaded)
    await c8y.users.delete("u1", User(username="u2"), workers=2)
    posts = [r for r in rec.requests if r.method == "POST"]
    assert sorted(body(r)["userName"] for r in posts) == ["u0", "u1", "u2"]
    put = next(r for r in rec.requests if r.method == "PUT")
    assert body(put) == {"enabled": False}
    deletes = sorted(raw_path(r) for r in rec.requests if r.method == "DELETE")
    assert deletes == ["/user/t1/users/u1", "/user/t1/users/u2"]
    with pytest.raises(ObjectStateError):
        await c8y.users.create(User(email="x"))
    assert len(rec.requests) == 6


# -- passwords stay hidden ---------------------------------------------------------------------


async def test_password_never_in_repr_str_logs_or_errors(
    c8y: CumulocityClient, rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    user = User(c8y, username="jdoe", password=SECRET)
    assert SECRET not in repr(user)
    assert SECRET not in str(user)
    assert "jdoe" in repr(user)
    rec.on(
        "POST",
        "/user/{tenantId}/users",
        {"error": "security/Unprocessable", "message": "password too weak"},
        status=422,
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(APIError) as info:
        await user.create()
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)
    assert SECRET not in caplog.text
    assert caplog.records  # the request was logged, without the body


# -- groups ------------------------------------------------------------------------------------


GROUP = {"id": 5, "name": "admins", "description": "all rights"}


async def test_group_get_by_id_and_name(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/groups/{groupId}", GROUP)
    rec.on("GET", "/user/{tenantId}/groupByName/{groupName}", GROUP)
    group = await c8y.user_groups.get(5)
    assert (group.id, group.name, group.description) == ("5", "admins", "all rights")
    named = await c8y.user_groups.get_by_name("my admins")
    assert named.id == "5"
    assert await c8y.user_groups.resolve_group_ids("a", "b") == ["5", "5"]
    paths = [raw_path(r) for r in rec.requests]
    assert paths[:2] == ["/user/t1/groups/5", "/user/t1/groupByName/my%20admins"]
    assert len(paths) == 4


async def test_group_select_all_and_by_user(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/groups", page("groups", [GROUP]))
    rec.on(
        "GET",
        "/user/{tenantId}/users/{userId}/groups",
        page("references", [{"group": GROUP, "self": "x"}]),
    )
    groups = await c8y.user_groups.get_all(limit=None)
    assert [g.name for g in groups] == ["admins"]
    mine = await c8y.user_groups.get_all(username="jdoe")
    assert [type(g) for g in mine] == [UserGroup]
    assert mine[0].id == "5"
    names = await c8y.user_groups.get_all(username=User(username="jdoe"), as_values="name")
    assert names == ["admins"]
    assert await c8y.user_groups.get_count(username="jdoe") == 1
    paths = [raw_path(r) for r in rec.requests]
    assert paths[0] == "/user/t1/groups"
    assert set(paths[1:]) == {"/user/t1/users/jdoe/groups"}
    assert "username" not in query(rec.requests[1])


async def test_group_active_record(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("POST", "/user/{tenantId}/groups", GROUP)
    rec.on("PUT", "/user/{tenantId}/groups/{groupId}", {**GROUP, "description": "d"})
    created = await UserGroup(c8y, name="admins", description="all rights").create()
    assert created.id == "5"
    created.description = "d"
    await created.update()
    await created.delete()
    post, put, delete = rec.requests
    assert body(post) == {"name": "admins", "description": "all rights"}
    assert media(post) == "application/vnd.com.nsn.cumulocity.group+json"
    assert body(put) == {"description": "d"}
    assert (delete.method, raw_path(delete)) == ("DELETE", "/user/t1/groups/5")


async def test_group_members_and_roles(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("POST", "/user/{tenantId}/groups/{groupId}/users", {})
    rec.on("POST", "/user/{tenantId}/groups/{groupId}/roles", {})
    api = c8y.user_groups
    await api.assign_users(5, "a", User(username="b/c"), workers=2)
    await api.unassign_users("5", "a")
    await api.assign_roles(5, "ROLE_INVENTORY_READ")
    await api.unassign_roles(5, "ROLE_INVENTORY_READ", "ROLE_ALARM_READ", workers=2)
    posts = [r for r in rec.requests if r.method == "POST"]
    refs = sorted(body(r)["user"]["self"] for r in posts if "user" in body(r))
    assert refs == ["/user/t1/users/a", "/user/t1/users/b%2Fc"]
    role = next(body(r) for r in posts if "role" in body(r))
    assert role == {"role": {"self": "/user/roles/ROLE_INVENTORY_READ"}}
    assert {media(r) for r in posts} == {
        "application/vnd.com.nsn.cumulocity.userreference+json",
        "application/vnd.com.nsn.cumulocity.rolereference+json",
    }
    deletes = sorted(raw_path(r) for r in rec.requests if r.method == "DELETE")
    assert deletes == [
        "/user/t1/groups/5/roles/ROLE_ALARM_READ",
        "/user/t1/groups/5/roles/ROLE_INVENTORY_READ",
        "/user/t1/groups/5/users/a",
    ]


async def test_user_global_roles(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("POST", "/user/{tenantId}/groups/{groupId}/users", {})
    rec.on("GET", "/user/{tenantId}/users/{userId}/groups", page("references", [{"group": GROUP}]))
    user = User.from_json({"userName": "jdoe"}, c8y)
    await user.assign_global_role(5)
    await user.unassign_global_role(UserGroup.from_json(dict(GROUP)))
    roles = await user.retrieve_global_roles()
    assert [g.name for g in roles] == ["admins"]
    assert [(r.method, raw_path(r)) for r in rec.requests[:2]] == [
        ("POST", "/user/t1/groups/5/users"),
        ("DELETE", "/user/t1/groups/5/users/jdoe"),
    ]


async def test_group_bulk_calls(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("POST", "/user/{tenantId}/groups", GROUP)
    rec.on("PUT", "/user/{tenantId}/groups/{groupId}", GROUP)
    await c8y.user_groups.create(UserGroup(name="a"), UserGroup(name="b"), workers=2)
    changed = UserGroup.from_json({"id": "9", "name": "x"})
    changed.name = "y"
    await c8y.user_groups.update(changed)
    await c8y.user_groups.delete(9, "10")
    assert sorted(body(r)["name"] for r in rec.requests if r.method == "POST") == ["a", "b"]
    assert [body(r) for r in rec.requests if r.method == "PUT"] == [{"name": "y"}]
    assert sorted(raw_path(r) for r in rec.requests if r.method == "DELETE") == [
        "/user/t1/groups/10",
        "/user/t1/groups/9",
    ]


# -- inventory roles ---------------------------------------------------------------------------


ROLE = {
    "id": 3,
    "name": "Reader",
    "description": "reads",
    "permissions": [{"id": 1, "permission": "READ", "scope": "*", "type": "*"}],
}


def test_permission_classes() -> None:
    assert Permission.Level is PermissionLevel
    assert Permission.Scope is PermissionScope
    assert Permission().to_json() == {"permission": "*", "scope": "*", "type": "*"}
    read = ReadPermission(PermissionScope.ALARM, "c8y_Temp")
    assert read.to_json() == {"permission": "READ", "scope": "ALARM", "type": "c8y_Temp"}
    assert WritePermission().permission == "ADMIN"
    assert AnyPermission(scope="EVENT").to_json() == {
        "permission": "*",
        "scope": "EVENT",
        "type": "*",
    }
    role = InventoryRole(name="r", permissions=[read, WritePermission()])
    assert [p.permission for p in role.permissions] == ["READ", "ADMIN"]
    assert role.to_json()["permissions"][1] == {"permission": "ADMIN", "scope": "*", "type": "*"}


async def test_inventory_role_crud(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("POST", "/user/inventoryroles", ROLE)
    rec.on("GET", "/user/inventoryroles/{id}", ROLE)
    rec.on("PUT", "/user/inventoryroles/{id}", ROLE)
    rec.on("GET", "/user/inventoryroles", page("roles", [ROLE]))
    created = await InventoryRole(c8y, name="Reader", permissions=[ReadPermission()]).create()
    assert created.id == "3"
    assert created.permissions[0].id == "1"
    fetched = await c8y.inventory_roles.get(3)
    fetched.description = "x"
    await fetched.update()
    await fetched.delete()
    roles = await c8y.inventory_roles.get_all(extra_params={"withTotalElements": True})
    assert [r.name for r in roles] == ["Reader"]
    await c8y.inventory_roles.create(InventoryRole(name="a"), InventoryRole(name="b"), workers=2)
    await c8y.inventory_roles.delete(4, InventoryRole.from_json({"id": "5"}))
    calls = [(r.method, raw_path(r)) for r in rec.requests]
    assert calls[:5] == [
        ("POST", "/user/inventoryroles"),
        ("GET", "/user/inventoryroles/3"),
        ("PUT", "/user/inventoryroles/3"),
        ("DELETE", "/user/inventoryroles/3"),
        ("GET", "/user/inventoryroles"),
    ]
    assert body(rec.requests[0]) == {
        "name": "Reader",
        "permissions": [{"permission": "READ", "scope": "*", "type": "*"}],
    }
    assert media(rec.requests[0]) == "application/vnd.com.nsn.cumulocity.inventoryrole+json"
    assert body(rec.requests[2]) == {"description": "x"}
    assert query(rec.requests[4])["withTotalElements"] == ["true"]
    assert sorted(p for m, p in calls[5:] if m == "DELETE") == [
        "/user/inventoryroles/4",
        "/user/inventoryroles/5",
    ]


ASSIGNMENTS = {
    "inventoryAssignments": [
        {"id": 11, "managedObject": "100", "roles": [ROLE]},
        {"id": 12, "managedObject": "200", "roles": [ROLE]},
    ]
}


async def test_inventory_role_assignments(c8y: CumulocityClient, rec: Recorder) -> None:
    base = "/user/{tenantId}/users/{userId}/roles/inventory"
    rec.on("GET", base, ASSIGNMENTS)
    rec.on("POST", base, ASSIGNMENTS["inventoryAssignments"][0])
    rec.on("PUT", base + "/{id}", ASSIGNMENTS["inventoryAssignments"][1])
    api = c8y.inventory_roles
    found = await api.get_assignments("jdoe")
    assert [type(a) for a in found] == [InventoryRoleAssignment] * 2
    assert [a.managed_object_id for a in found] == ["100", "200"]
    assert found[0].roles[0].name == "Reader"
    group = ManagedObject(name="g")
    group.id = "100"
    made = await api.assign("jdoe", group, InventoryRole.from_json(dict(ROLE)), "4")
    assert made.id == "11"
    again = await api.reassign("jdoe", 12, "200", 3)
    assert again.managed_object_id == "200"
    await api.unassign("jdoe", 11, "12", workers=2)
    rec.requests.clear()
    await api.unassign_by("jdoe", "200")
    assert [(r.method, raw_path(r)) for r in rec.requests] == [
        ("GET", "/user/t1/users/jdoe/roles/inventory"),
        ("DELETE", "/user/t1/users/jdoe/roles/inventory/12"),
    ]
    with pytest.raises(ConfigurationError, match="at least one role"):
        await api.assign("jdoe", "100")


async def test_assignment_bodies(c8y: CumulocityClient, rec: Recorder) -> None:
    base = "/user/{tenantId}/users/{userId}/roles/inventory"
    rec.on("POST", base, {"id": 1})
    rec.on("PUT", base + "/{id}", {"id": 1})
    user = User.from_json({"userName": "jdoe"}, c8y)
    await user.assign_inventory_roles("100", 3, "4")
    await c8y.inventory_roles.reassign("jdoe", 1, 100, 3)
    await user.unassign_inventory_roles(1)
    post, put, delete = rec.requests
    assert body(post) == {"managedObject": "100", "roles": [{"id": 3}, {"id": 4}]}
    assert media(post) == "application/vnd.com.nsn.cumulocity.inventoryassignment+json"
    assert (put.method, raw_path(put)) == ("PUT", "/user/t1/users/jdoe/roles/inventory/1")
    assert body(put) == {"managedObject": "100", "roles": [{"id": 3}]}
    assert raw_path(delete) == "/user/t1/users/jdoe/roles/inventory/1"


async def test_user_retrieves_its_assignments(c8y: CumulocityClient, rec: Recorder) -> None:
    rec.on("GET", "/user/{tenantId}/users/{userId}/roles/inventory", ASSIGNMENTS)
    user = User.from_json({"userName": "a b"}, c8y)
    found = await user.retrieve_inventory_role_assignments()
    assert [a.id for a in found] == ["11", "12"]
    assert unquote(raw_path(rec.one())) == "/user/t1/users/a b/roles/inventory"


async def test_user_groups_filter_limit_and_checks(c8y: CumulocityClient, rec: Recorder) -> None:
    other = {"id": 6, "name": "readers"}
    rec.on(
        "GET",
        "/user/{tenantId}/users/{userId}/groups",
        page("references", [{"group": GROUP}, {"group": other}, {"self": "no group"}]),
    )
    readers = await c8y.user_groups.get_all(username="jdoe", include=lambda g: g.name == "readers")
    assert [g.id for g in readers] == ["6"]
    first = await c8y.user_groups.get_all(username="jdoe", limit=1)
    assert [g.id for g in first] == ["5"]
    sent = len(rec.requests)
    with pytest.raises(ConfigurationError, match="workers"):
        c8y.user_groups.select(username="jdoe", workers=0)
    with pytest.raises(ConfigurationError, match="username"):
        await c8y.user_groups.to_dataframe(columns=["id"], username="jdoe")
    assert len(rec.requests) == sent


async def test_groups_and_roles_to_dataframe(c8y: CumulocityClient, rec: Recorder) -> None:
    pytest.importorskip("pandas")
    rec.on("GET", "/user/{tenantId}/groups", page("groups", [GROUP]))
    rec.on("GET", "/user/inventoryroles", page("roles", [ROLE]))
    groups = await c8y.user_groups.to_dataframe(columns=["id", "name"])
    assert groups.to_dict("records") == [{"id": 5, "name": "admins"}]
    roles = await c8y.inventory_roles.to_dataframe(columns=[("role", "name")])
    assert roles["role"].tolist() == ["Reader"]


def test_permission_from_data_and_bad_choices() -> None:
    wrapped = Permission({"id": 2, "permission": "READ", "scope": "ALARM", "type": "t"})
    assert (wrapped.id, wrapped.permission, wrapped.scope, wrapped.type) == (
        "2",
        "READ",
        "ALARM",
        "t",
    )
    assert not wrapped.is_modified
    assert Permission.from_json({"permission": "ADMIN"}).permission == "ADMIN"
    with pytest.raises(ConfigurationError, match="level"):
        Permission(level="WRITE")
    with pytest.raises(ConfigurationError, match="scope"):
        ReadPermission(scope="DEVICE")
    perm = Permission()
    with pytest.raises(ConfigurationError, match="permission"):
        perm.permission = "ALL"


async def test_group_names_are_looked_up_by_get_all_and_get_count(
    c8y: CumulocityClient, rec: Recorder
) -> None:
    rec.on("GET", "/user/{tenantId}/groupByName/{groupName}", GROUP)
    rec.on("GET", "/user/{tenantId}/users", page("users", [{"userName": "a"}]))
    users = await c8y.users.get_all(groups=["admins", 7])
    assert [u.username for u in users] == ["a"]
    assert await c8y.users.get_count(groups="admins") == 1
    lookup, listing, lookup2, count = rec.requests
    assert raw_path(lookup) == "/user/t1/groupByName/admins"
    assert query(listing)["groups"] == ["5,7"]
    assert raw_path(lookup2) == "/user/t1/groupByName/admins"
    assert query(count)["groups"] == ["5"]


async def test_group_names_go_through_resolve_group_ids_in_one_call_and_keep_their_place(
    c8y: CumulocityClient, rec: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = {"ops": "21", "admins": "5"}
    asked: list[tuple[str, ...]] = []

    async def resolve(self: UserGroups, *names: str) -> list[str]:
        asked.append(names)
        return [ids[name] for name in names]

    monkeypatch.setattr(UserGroups, "resolve_group_ids", resolve)
    rec.on("GET", "/user/{tenantId}/users", page("users", []))
    await c8y.users.get_all(groups=["ops", 12, "admins", "3"])
    assert asked == [("ops", "admins")]
    [listing] = rec.requests
    assert query(listing)["groups"] == ["21,12,5,3"]


async def test_select_takes_group_ids_only(c8y: CumulocityClient, rec: Recorder) -> None:
    with pytest.raises(ConfigurationError, match="not a group ID"):
        c8y.users.select(groups="admins")
    with pytest.raises(ConfigurationError, match="non-empty"):
        c8y.users.select(groups=[])
    with pytest.raises(UnknownFilterError):
        await c8y.users.get_all(groups="admins", onlyDevices=True)  # type: ignore[call-overload]
    assert rec.requests == []
