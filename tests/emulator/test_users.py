"""User management: users, password policy and hashing, current user, password change, login."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.errors import ApiError
from c8y_emulator.passwords import hash_password, verify_password
from c8y_emulator.testing import asgi_client
from c8y_emulator.users import BUILTIN_ROLES, SEED_USERS, totp_matches
from tests.emulator.db_state import database_digest
from tests.emulator.helpers import app_code

ERROR = "application/vnd.com.nsn.cumulocity.error+json"
PASSWORD = "Secret-Pass-42"
ACCEPT = {"Accept": "application/vnd.com.nsn.cumulocity.user+json"}


def users_path(app: EmulatorApp) -> str:
    return f"/user/{app.tenant_id}/users"


async def create_user(
    client: httpx.AsyncClient, app: EmulatorApp, name: str, password: str = PASSWORD, **fields: Any
) -> httpx.Response:
    body = {"userName": name, "password": password, "email": f"{name}@example.com", **fields}
    return await client.post(users_path(app), json=body, headers=ACCEPT)


def as_user(app: EmulatorApp, name: str, password: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://emulator.local",
        auth=httpx.BasicAuth(f"{app.tenant_id}/{name}", password),
    )


async def test_user_crud(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    created = await create_user(client, app, "alice", firstName="Alice")
    assert created.status_code == 201, created.text
    document = created.json()
    assert document["userName"] == document["id"] == "alice"
    assert document["firstName"] == "Alice"
    assert document["owner"] == app.username
    assert document["self"].endswith(f"/user/{app.tenant_id}/users/alice")
    assert "password" not in document
    got = await client.get(f"{users_path(app)}/alice")
    assert got.status_code == 200
    assert got.headers["content-type"].startswith("application/vnd.com.nsn.cumulocity.user+json")
    by_name = await client.get(f"/user/{app.tenant_id}/userByName/alice")
    assert by_name.json()["id"] == "alice"
    updated = await client.put(
        f"{users_path(app)}/alice", json={"lastName": "Smith", "enabled": False}, headers=ACCEPT
    )
    assert updated.status_code == 200
    assert updated.json()["lastName"] == "Smith"
    assert updated.json()["enabled"] is False
    assert updated.json()["firstName"] == "Alice"
    duplicate = await create_user(client, app, "alice")
    assert duplicate.status_code == 409
    assert (await client.delete(f"{users_path(app)}/alice")).status_code == 204
    missing = await client.get(f"{users_path(app)}/alice")
    assert missing.status_code == 404
    assert missing.json()["error"] == "user/Not Found"
    assert (await client.delete(f"{users_path(app)}/alice")).status_code == 404


async def test_unknown_and_wrongly_typed_fields_are_refused(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    assert (await create_user(client, app, "bob", colour="red")).status_code == 422
    assert (await create_user(client, app, "bob", enabled="yes")).status_code == 422
    assert (await create_user(client, app, "")).status_code == 422
    no_password = await client.post(users_path(app), json={"userName": "bob"})
    assert no_password.status_code == 422
    assert (await client.get(f"{users_path(app)}/bob")).status_code == 404


async def test_users_list_pages_and_filters(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    for name in ("anna", "andy", "bert"):
        assert (await create_user(client, app, name)).status_code == 201
    listed = await client.get(users_path(app), params={"pageSize": 2, "withTotalElements": "true"})
    body = listed.json()
    names = [u["userName"] for u in body["users"]]
    assert names == ["admin", "andy"]
    assert body["statistics"]["totalElements"] == 3 + 1 + len(SEED_USERS)
    assert "next" in body
    second = (await client.get(body["next"])).json()
    assert [u["userName"] for u in second["users"]] == ["anna", "bert"]
    prefixed = await client.get(users_path(app), params={"username": "an"})
    assert [u["userName"] for u in prefixed.json()["users"]] == ["andy", "anna"]
    devices = await client.get(users_path(app), params={"onlyDevices": "true"})
    assert [u["userName"] for u in devices.json()["users"]] == ["device_demo"]
    owned = await client.get(
        users_path(app), params={"owner": app.username, "withSubusersCount": "true"}
    )
    assert [u["userName"] for u in owned.json()["users"]] == ["andy", "anna", "bert"]
    counted = await client.get(
        users_path(app), params={"username": "admin", "withSubusersCount": "true"}
    )
    assert counted.json()["users"][0]["subusersCount"] == 3
    readers = (await client.get(f"/user/{app.tenant_id}/groupByName/readers")).json()["id"]
    in_group = await client.get(users_path(app), params={"groups": str(readers)})
    assert [u["userName"] for u in in_group.json()["users"]] == ["reader"]
    bad = await client.get(users_path(app), params={"groups": "x"})
    assert bad.status_code == 422
    assert (await client.get(users_path(app), params={"onlyDevices": "maybe"})).status_code == 422


@pytest.mark.parametrize(
    "password",
    ["short1!", "x" * 33, "with space 123", "umlaut-äöü-123", ""],
    ids=["7-chars", "33-chars", "space", "non-ascii", "empty"],
)
async def test_password_policy(app: EmulatorApp, client: httpx.AsyncClient, password: str) -> None:
    refused = await create_user(client, app, "carol", password=password)
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith(ERROR)
    body = refused.json()
    assert set(body) == {"error", "message", "info"}
    assert body["error"] == "user/Invalid Data"
    assert "8 to 32 characters" in body["message"]
    if password:
        assert password not in refused.text
    assert (await client.get(f"{users_path(app)}/carol")).status_code == 404


async def test_password_policy_bounds_are_accepted(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    assert (await create_user(client, app, "eight", password="a1b2c3d4")).status_code == 201
    assert (await create_user(client, app, "max", password="A!" * 16)).status_code == 201


@pytest.fixture
def secret_app() -> Iterator[EmulatorApp]:
    """An app whose administrator's password differs from every user name."""
    emulator_app = create_app(password="Admin-Secret-9")
    yield emulator_app
    emulator_app.close()


@pytest.fixture
async def secret_client(secret_app: EmulatorApp) -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(secret_app) as http:
        yield http


async def test_passwords_are_hashed_at_rest(
    secret_app: EmulatorApp, secret_client: httpx.AsyncClient
) -> None:
    app, client = secret_app, secret_client
    await create_user(client, app, "dave")
    with app.storage.read() as cur:
        rows = [list(row) for row in cur.execute("SELECT * FROM users").fetchall()]
        dump = "\n".join(cur.connection.iterdump())
    assert PASSWORD not in dump
    assert app.password not in [str(v) for row in rows for v in row]
    for _, seeded in SEED_USERS.values():
        assert seeded not in dump
    digest = dict((row[0], row[2]) for row in rows)["dave"]
    assert digest.startswith("pbkdf2_sha256$")
    assert verify_password(PASSWORD, digest)
    assert not verify_password(PASSWORD + "x", digest)
    # A salt per user: the same password hashes differently.
    assert hash_password(PASSWORD) != hash_password(PASSWORD)


async def test_a_created_user_logs_in(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    await create_user(client, app, "erin")
    async with as_user(app, "erin", PASSWORD) as erin:
        current = await erin.get("/user/currentUser")
        assert current.status_code == 200
        assert current.json()["userName"] == "erin"
    async with as_user(app, "erin", "Wrong-Pass-42") as wrong:
        assert (await wrong.get("/user/currentUser")).status_code == 401
    token = await client.post(
        "/tenant/oauth/token",
        data={"grant_type": "PASSWORD", "username": "erin", "password": PASSWORD},
    )
    bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
    async with asgi_client(app, authenticated=False) as anonymous:
        me = await anonymous.get("/user/currentUser", headers=bearer)
        assert me.json()["userName"] == "erin"


async def test_disabled_user_cannot_log_in(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    await create_user(client, app, "frank", enabled=False)
    async with as_user(app, "frank", PASSWORD) as frank:
        assert (await frank.get("/user/currentUser")).status_code == 401


async def test_password_change_invalidates_old_password_and_tokens(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "gina")
    async with asgi_client(app, authenticated=False) as anonymous:
        login = {"grant_type": "PASSWORD", "username": "gina", "password": PASSWORD}
        token = (await anonymous.post("/tenant/oauth/token", data=login)).json()["access_token"]
        cookie = await anonymous.post("/tenant/oauth", data=login)
        xsrf = cookie.cookies["XSRF-TOKEN"]
        cookie_headers = {
            "Cookie": f"authorization={cookie.cookies['authorization']}",
            "X-XSRF-TOKEN": xsrf,
        }
        bearer = {"Authorization": f"Bearer {token}"}
        anonymous.cookies.clear()
        assert (await anonymous.get("/user/currentUser", headers=bearer)).status_code == 200
        assert (await anonymous.get("/user/currentUser", headers=cookie_headers)).status_code == 200
        async with as_user(app, "gina", PASSWORD) as gina:
            wrong = await gina.put(
                "/user/currentUser/password",
                json={"currentUserPassword": "Not-The-One-1", "newPassword": "Next-Pass-42"},
            )
            assert wrong.status_code == 422
            weak = await gina.put(
                "/user/currentUser/password",
                json={"currentUserPassword": PASSWORD, "newPassword": "short"},
            )
            assert weak.status_code == 422
            assert (await gina.get("/user/currentUser")).status_code == 200
            changed = await gina.put(
                "/user/currentUser/password",
                json={"currentUserPassword": PASSWORD, "newPassword": "Next-Pass-42"},
            )
            assert changed.status_code == 200
            assert (await gina.get("/user/currentUser")).status_code == 401
        assert (await anonymous.get("/user/currentUser", headers=bearer)).status_code == 401
        assert (await anonymous.get("/user/currentUser", headers=cookie_headers)).status_code == 401
    async with as_user(app, "gina", "Next-Pass-42") as gina:
        current = (await gina.get("/user/currentUser")).json()
        assert current["userName"] == "gina"
        assert "lastPasswordChange" in current


async def test_admin_password_change_keeps_other_users_tokens(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "hank")
    async with asgi_client(app, authenticated=False) as anonymous:
        login = {"grant_type": "PASSWORD", "username": "hank", "password": PASSWORD}
        token = (await anonymous.post("/tenant/oauth/token", data=login)).json()["access_token"]
        # An administrator sets hank's password: hank's sessions end, others stay.
        updated = await client.put(f"{users_path(app)}/hank", json={"password": "Other-Pass-42"})
        assert updated.status_code == 200
        bearer = {"Authorization": f"Bearer {token}"}
        assert (await anonymous.get("/user/currentUser", headers=bearer)).status_code == 401
    assert (await client.get("/user/currentUser")).status_code == 200
    async with as_user(app, "hank", "Other-Pass-42") as hank:
        assert (await hank.get("/user/currentUser")).status_code == 200


async def test_current_user_update_and_roles(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    current = (await client.get("/user/currentUser")).json()
    assert current["userName"] == app.username
    roles = {r["id"] for r in current["effectiveRoles"]}
    assert roles == set(BUILTIN_ROLES)
    updated = await client.put(
        "/user/currentUser",
        json={"firstName": "Ada", "phone": "+49 1"},
        headers={"Accept": "application/vnd.com.nsn.cumulocity.currentuser+json"},
    )
    assert updated.status_code == 200
    assert updated.json()["firstName"] == "Ada"
    assert (await client.get(f"{users_path(app)}/{app.username}")).json()["phone"] == "+49 1"
    assert (await client.put("/user/currentUser", json={"enabled": False})).status_code == 422
    assert (await client.put("/user/currentUser", json={"password": PASSWORD})).status_code == 422
    name, (group, password) = "reader", SEED_USERS["reader"]
    async with as_user(app, name, password) as reader:
        reader_roles = {
            r["id"] for r in (await reader.get("/user/currentUser")).json()["effectiveRoles"]
        }
    assert group == "readers"
    assert "ROLE_INVENTORY_READ" in reader_roles
    assert not any(r.endswith("_ADMIN") and "OWN" not in r for r in reader_roles)


async def test_the_own_profile_role_changes_no_more_on_the_user_path(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    # The reader may edit its own profile through /user/{t}/users/reader as well; there it
    # must not change its password without the current one, nor what is no profile member.
    name, (_, password) = "reader", SEED_USERS["reader"]
    path = f"{users_path(app)}/{name}"
    before = database_digest(app)
    async with as_user(app, name, password) as reader:
        refused = {
            "password": await reader.put(path, json={"password": "Other-Pass-98765"}),
            "enabled": await reader.put(path, json={"enabled": False}),
            "customProperties": await reader.put(path, json={"customProperties": {"a": 1}}),
        }
        assert {k: r.status_code for k, r in refused.items()} == dict.fromkeys(refused, 422)
        assert "currentUser/password" in refused["password"].json()["message"]
        assert database_digest(app) == before
        changed = await reader.put(path, json={"email": "reader@example.com"})
        assert changed.status_code == 200, changed.text
    assert (await client.get(path)).json()["email"] == "reader@example.com"
    # the user administrator still sets another user's password there
    assert (await client.put(path, json={"password": "Other-Pass-98765"})).status_code == 200


async def test_tfa_settings(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    tfa = await client.get(f"{users_path(app)}/{app.username}/tfa")
    assert tfa.status_code == 200
    assert tfa.json() == {"tfaEnabled": False, "tfaEnforced": False}
    assert (await client.get(f"{users_path(app)}/nobody/tfa")).status_code == 404
    # an activated TOTP secret turns two-factor authentication on, everywhere it shows
    totp = "/user/currentUser/totpSecret"
    assert (await client.post(totp)).status_code == 200
    assert (await client.post(f"{totp}/activity", json={"isActive": True})).status_code == 204
    tfa = await client.get(f"{users_path(app)}/{app.username}/tfa")
    user = await client.get(f"{users_path(app)}/{app.username}")
    current = await client.get("/user/currentUser")
    assert tfa.json() == {"tfaEnabled": True, "tfaEnforced": False}
    assert user.json()["twoFactorAuthenticationEnabled"] is True
    assert current.json()["twoFactorAuthenticationEnabled"] is True
    assert (await client.post(f"{totp}/activity", json={"isActive": False})).status_code == 204
    assert (await client.get(f"{users_path(app)}/{app.username}/tfa")).json()["tfaEnabled"] is False


async def test_other_tenant_is_not_found(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    assert (await client.get("/user/t999/users")).status_code == 404


async def test_no_password_in_responses_logs_or_errors(
    secret_app: EmulatorApp, secret_client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    app, client = secret_app, secret_client
    secrets = [PASSWORD, "Next-Pass-42", "bad pass", app.password]
    texts: list[str] = []
    caplog.set_level(logging.DEBUG)
    responses = [
        await create_user(client, app, "ivy"),
        await create_user(client, app, "ivy"),
        await create_user(client, app, "jill", password="bad pass"),
        await client.put(f"{users_path(app)}/ivy", json={"password": "bad pass"}),
        await client.put(f"{users_path(app)}/ivy", json={"password": PASSWORD}, headers=ACCEPT),
        await client.get(users_path(app)),
        await client.get(f"{users_path(app)}/ivy"),
        await client.put(
            "/user/currentUser/password",
            json={"currentUserPassword": "bad pass", "newPassword": "Next-Pass-42"},
        ),
        await client.put(
            "/user/currentUser/password",
            json={"currentUserPassword": app.password, "newPassword": "bad pass"},
        ),
        await client.put("/user/currentUser", json={"password": PASSWORD}),
    ]
    async with as_user(app, "ivy", "bad pass") as wrong:
        responses.append(await wrong.get("/user/currentUser"))
    texts += [r.text for r in responses]
    texts += [str(h) for r in responses for h in r.headers.values()]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(entry) for entry in app.request_log.entries()]
    assert {r.status_code for r in responses} >= {201, 409, 422, 200, 401}
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text[:200])


def test_seed_users_switch() -> None:
    seeded = create_app()
    bare = create_app(seed_users=False)
    try:
        with seeded.storage.read() as cur:
            names = {r[0] for r in cur.execute("SELECT username FROM users")}
        assert names == {"admin", *SEED_USERS}
        with bare.storage.read() as cur:
            names = {r[0] for r in cur.execute("SELECT username FROM users")}
        assert names == {"admin"}
        assert bare.users.verify("reader", SEED_USERS["reader"][1]) is None
        assert seeded.users.verify("reader", SEED_USERS["reader"][1]) is True
        assert seeded.users.verify("reader", "wrong") is False
    finally:
        seeded.close()
        bare.close()


def test_configured_admin_password_follows_the_configuration(tmp_path: Any) -> None:
    database = str(tmp_path / "t.sqlite3")
    first = create_app(database, password="first-secret")
    first.close()
    second = create_app(database, password="second-secret")
    try:
        assert second.users.verify("admin", "second-secret") is True
        assert second.users.verify("admin", "first-secret") is False
    finally:
        second.close()


async def test_reset_restores_builtins_and_admin(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "kim")
    assert (await client.post("/_emulator/reset")).status_code in (200, 204)
    assert (await client.get(f"{users_path(app)}/kim")).status_code == 404
    assert (await client.get(f"/user/{app.tenant_id}/groupByName/admins")).status_code == 200
    assert (await client.get("/user/currentUser")).status_code == 200


async def test_builtins_do_not_shift_inventory_ids(client: httpx.AsyncClient) -> None:
    created = await client.post("/inventory/managedObjects", json={"name": "first"})
    assert created.json()["id"] == "10001"


def test_cli_seed_users_option_from_flag_and_variable() -> None:
    from c8y_emulator.__main__ import settings

    assert settings([], {}).seed_users is True
    assert settings(["--no-seed-users"], {}).seed_users is False
    assert settings([], {"C8Y_EMULATOR_SEED_USERS": "false"}).seed_users is False


async def test_a_deleted_administrator_no_longer_logs_in(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "lena")
    assert (await client.delete(f"{users_path(app)}/{app.username}")).status_code == 204
    assert (await client.get("/user/currentUser")).status_code == 401
    async with as_user(app, "lena", PASSWORD) as lena:
        assert (await lena.get("/user/currentUser")).status_code == 200


# -- owner, delegate, TOTP secret, logging everyone out ----------------------------------------


def user_path(app: EmulatorApp, name: str) -> str:
    return f"{users_path(app)}/{name}"


async def test_owner_is_set_shown_filtered_and_cleared(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    for name in ("olga", "oscar"):
        assert (await create_user(client, app, name)).status_code == 201
    put = await client.put(f"{user_path(app, 'oscar')}/owner", json={"owner": "olga"})
    assert put.status_code == 200, put.text
    assert (await client.get(user_path(app, "oscar"))).json()["owner"] == "olga"
    owned = await client.get(users_path(app), params={"owner": "olga"})
    assert [u["userName"] for u in owned.json()["users"]] == ["oscar"]
    olga = await client.get(
        users_path(app), params={"username": "olga", "withSubusersCount": "true"}
    )
    assert olga.json()["users"][0]["subusersCount"] == 1
    assert (await client.delete(f"{user_path(app, 'oscar')}/owner")).status_code == 204
    assert "owner" not in (await client.get(user_path(app, "oscar"))).json()
    assert (await client.get(users_path(app), params={"owner": "olga"})).json()["users"] == []
    # Clearing again is not an error: the user simply has no owner.
    assert (await client.delete(f"{user_path(app, 'oscar')}/owner")).status_code == 204


async def test_owner_must_exist_and_owners_must_not_cycle(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    for name in ("pia", "paul", "pete"):
        assert (await create_user(client, app, name)).status_code == 201
    assert (await client.put(f"{user_path(app, 'paul')}/owner", json={"owner": "pia"})).is_success
    assert (await client.put(f"{user_path(app, 'pete')}/owner", json={"owner": "paul"})).is_success
    before = database_digest(app)
    refused = {
        "self": await client.put(f"{user_path(app, 'pia')}/owner", json={"owner": "pia"}),
        # pete -> paul -> pia: pia owned by pete closes the ring.
        "cycle": await client.put(f"{user_path(app, 'pia')}/owner", json={"owner": "pete"}),
        # Every created user is owned by its creator, the administrator.
        "admin": await client.put(f"{user_path(app, app.username)}/owner", json={"owner": "pia"}),
        "empty": await client.put(f"{user_path(app, 'pia')}/owner", json={"owner": ""}),
        "number": await client.put(f"{user_path(app, 'pia')}/owner", json={"owner": 7}),
        "missing": await client.put(f"{user_path(app, 'pia')}/owner", json={}),
        "not-json": await client.put(f"{user_path(app, 'pia')}/owner", json=["pete"]),
    }
    assert {k: r.status_code for k, r in refused.items()} == dict.fromkeys(refused, 422)
    assert "cycle" in refused["cycle"].json()["message"]
    unknown_owner = await client.put(f"{user_path(app, 'pia')}/owner", json={"owner": "nobody"})
    unknown_user = await client.put(f"{user_path(app, 'nobody')}/owner", json={"owner": "pia"})
    assert (unknown_owner.status_code, unknown_user.status_code) == (404, 404)
    assert unknown_owner.json()["error"] == "user/Not Found"
    assert (await client.delete(f"{user_path(app, 'nobody')}/owner")).status_code == 404
    assert database_digest(app) == before
    assert (await client.get(user_path(app, "pia"))).json()["owner"] == app.username


async def test_delegate_is_set_shown_and_cleared(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    for name in ("dora", "dirk"):
        assert (await create_user(client, app, name)).status_code == 201
    path = f"{user_path(app, 'dora')}/delegatedby"
    assert (await client.put(path, json={"delegatedBy": "dirk"})).status_code == 200
    document = (await client.get(user_path(app, "dora"))).json()
    assert (document["delegatedBy"], document["owner"]) == ("dirk", app.username)
    assert (await client.put(path, json={"delegatedBy": "dora"})).status_code == 422
    assert (await client.put(path, json={"delegatedBy": None})).status_code == 422
    assert (await client.put(path, json={"owner": "dirk"})).status_code == 422
    assert (await client.put(path, json={"delegatedBy": "nobody"})).status_code == 404
    missing = f"{user_path(app, 'nobody')}/delegatedby"
    assert (await client.put(missing, json={"delegatedBy": "dirk"})).status_code == 404
    assert (await client.get(user_path(app, "dora"))).json()["delegatedBy"] == "dirk"
    assert (await client.delete(path)).status_code == 204
    assert "delegatedBy" not in (await client.get(user_path(app, "dora"))).json()
    assert (await client.delete(missing)).status_code == 404


async def test_deleting_a_user_leaves_no_reference_to_it(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    for name in ("rita", "rolf", "ruth", "rene"):
        assert (await create_user(client, app, name)).status_code == 201
    # rita owns rolf, rolf owns ruth; rene acts for rolf
    assert (await client.put(f"{user_path(app, 'rolf')}/owner", json={"owner": "rita"})).is_success
    assert (await client.put(f"{user_path(app, 'ruth')}/owner", json={"owner": "rolf"})).is_success
    delegate = f"{user_path(app, 'rene')}/delegatedby"
    assert (await client.put(delegate, json={"delegatedBy": "rolf"})).is_success
    assert (await client.delete(user_path(app, "rolf"))).status_code == 204
    ruth = (await client.get(user_path(app, "ruth"))).json()
    rene = (await client.get(user_path(app, "rene"))).json()
    assert ruth["owner"] == "rita"  # moved up to the deleted user's owner
    assert "delegatedBy" not in rene
    owned = await client.get(users_path(app), params={"owner": "rolf"})
    assert owned.json()["users"] == []
    # a user created under the same name later inherits nothing
    assert (await create_user(client, app, "rolf")).status_code == 201
    assert (await client.get(users_path(app), params={"owner": "rolf"})).json()["users"] == []
    # rita's own owner is the administrator; once rita has none, her users are left with none
    assert (await client.delete(f"{user_path(app, 'rita')}/owner")).status_code == 204
    assert (await client.delete(user_path(app, "rita"))).status_code == 204
    assert "owner" not in (await client.get(user_path(app, "ruth"))).json()
    assert (await client.get(users_path(app), params={"owner": "rita"})).json()["users"] == []


async def test_totp_secret_set_up_activated_and_revoked(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "tara")
    activity = "/user/currentUser/totpSecret/activity"
    async with as_user(app, "tara", PASSWORD) as tara:
        assert (await tara.get(activity)).json() == {"isActive": False}
        # Nothing to activate before a secret exists.
        assert (await tara.post(activity, json={"isActive": True})).status_code == 409
        assert (await tara.post(activity, json={"isActive": "yes"})).status_code == 422
        created = await tara.post("/user/currentUser/totpSecret")
        assert created.status_code == 200
        secret = created.json()["rawSecret"]
        assert len(secret) == 32
        assert set(secret) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        assert created.json()["secretQrUrl"].startswith(f"otpauth://totp/{app.tenant_id}%3Atara?")
        assert f"secret={secret}" in created.json()["secretQrUrl"]
        assert (await tara.post(activity, json={"isActive": True})).status_code == 204
        assert (await tara.get(activity)).json() == {"isActive": True}
        revoked = await client.delete(f"{user_path(app, 'tara')}/totpSecret/revoke")
        assert revoked.status_code == 204
        assert (await tara.get(activity)).json() == {"isActive": False}
        # The secret is gone, not just switched off: it cannot be activated again.
        assert (await tara.post(activity, json={"isActive": True})).status_code == 409
    with app.storage.read() as cur:
        assert cur.execute("SELECT COUNT(*) FROM user_totp").fetchone()[0] == 0
    # Revoking a user without a secret is fine; an unknown user is not.
    assert (await client.delete(f"{user_path(app, 'tara')}/totpSecret/revoke")).status_code == 204
    unknown = await client.delete(f"{user_path(app, 'nobody')}/totpSecret/revoke")
    assert unknown.status_code == 404
    assert unknown.json()["error"] == "user/Not Found"


def test_totp_codes_follow_rfc_6238() -> None:
    # The RFC's SHA-1 vector: this key at 59 s gives 94287082, of which an app shows 287082.
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp_matches(secret, "287082", 59)
    assert not totp_matches(secret, "287083", 59)
    assert totp_matches(secret, "287082", 59 + 30)  # one step late is accepted
    assert not totp_matches(secret, "287082", 59 + 60)
    assert not totp_matches(secret, "287082", 59 - 60)


async def test_totp_code_is_verified_against_the_secret(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "vera")
    verify = "/user/currentUser/totpSecret/verify"
    async with as_user(app, "vera", PASSWORD) as vera:
        assert (await vera.post(verify, json={"code": "123456"})).status_code == 404
        secret = (await vera.post("/user/currentUser/totpSecret")).json()["rawSecret"]
        now = time.time()
        good = app_code(secret, now)
        assert (await vera.post(verify, json={"code": good})).status_code == 204
        window = {app_code(secret, now + shift) for shift in (-30, 0, 30)}
        bad = next(c for c in (f"{n:06d}" for n in range(1, 5)) if c not in window)
        refused = await vera.post(verify, json={"code": bad})
        assert refused.status_code == 403
        assert refused.json()["error"] == "security/Forbidden"
        for malformed in ("12345", "abcdef", 123456, None):
            answer = await vera.post(verify, json={"code": malformed})
            assert answer.status_code == 422, malformed
        assert (await client.delete(f"{user_path(app, 'vera')}/totpSecret/revoke")).is_success
        assert (await vera.post(verify, json={"code": good})).status_code == 404


async def test_revoking_one_users_totp_secret_leaves_the_others(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    for name in ("ulf", "uma"):
        await create_user(client, app, name)
        async with as_user(app, name, PASSWORD) as user:
            assert (await user.post("/user/currentUser/totpSecret")).status_code == 200
            activity = "/user/currentUser/totpSecret/activity"
            assert (await user.post(activity, json={"isActive": True})).status_code == 204
    assert (await client.delete(f"{user_path(app, 'ulf')}/totpSecret/revoke")).status_code == 204
    with app.storage.read() as cur:
        rows = cur.execute("SELECT username, active FROM user_totp").fetchall()
    assert [tuple(r) for r in rows] == [("uma", 1)]


async def test_logout_all_ends_every_token_and_cookie_but_not_basic(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "lars")
    async with asgi_client(app, authenticated=False) as anonymous:
        sessions: list[dict[str, str]] = []
        for name, password in (("lars", PASSWORD), (app.username, app.password)):
            login = {"grant_type": "PASSWORD", "username": name, "password": password}
            token = (await anonymous.post("/tenant/oauth/token", data=login)).json()
            sessions.append({"Authorization": f"Bearer {token['access_token']}"})
            cookie = await anonymous.post("/tenant/oauth", data=login)
            sessions.append(
                {
                    "Cookie": f"authorization={cookie.cookies['authorization']}",
                    "X-XSRF-TOKEN": cookie.cookies["XSRF-TOKEN"],
                }
            )
            anonymous.cookies.clear()
        for headers in sessions:
            assert (await anonymous.get("/user/currentUser", headers=headers)).status_code == 200
        assert (await client.post(f"/user/logout/{app.tenant_id}/allUsers")).status_code == 200
        for headers in sessions:
            assert (await anonymous.get("/user/currentUser", headers=headers)).status_code == 401
        # A new login works at once.
        login = {"grant_type": "PASSWORD", "username": "lars", "password": PASSWORD}
        fresh = (await anonymous.post("/tenant/oauth/token", data=login)).json()["access_token"]
        bearer = {"Authorization": f"Bearer {fresh}"}
        assert (await anonymous.get("/user/currentUser", headers=bearer)).status_code == 200
    async with as_user(app, "lars", PASSWORD) as lars:
        assert (await lars.get("/user/currentUser")).status_code == 200
    assert (await client.post("/user/logout/t999/allUsers")).status_code == 404


# Every route of this section that changes something, with a body that would succeed.
OWNER_DELEGATE_WRITES: list[tuple[str, str, dict[str, Any] | None]] = [
    ("PUT", "/user/{t}/users/victim/owner", {"owner": "reader"}),
    ("DELETE", "/user/{t}/users/victim/owner", None),
    ("PUT", "/user/{t}/users/victim/delegatedby", {"delegatedBy": "reader"}),
    ("DELETE", "/user/{t}/users/victim/delegatedby", None),
    ("DELETE", "/user/{t}/users/victim/totpSecret/revoke", None),
    ("POST", "/user/logout/{t}/allUsers", None),
]


def test_owner_delegate_totp_and_logout_routes_need_user_management_admin(
    app: EmulatorApp,
) -> None:
    control = app.access
    for method, template, _ in OWNER_DELEGATE_WRITES:
        path = template.format(t=app.tenant_id)
        found = app.router.match(method, path)
        assert isinstance(found, tuple), (method, template)
        route, params = found
        assert route.access is not None, (method, template)
        assert route.access.roles == {"ROLE_USER_MANAGEMENT_ADMIN"}, (method, template)
        assert control.check(route.access, app.username, params) is None
        with pytest.raises(ApiError) as refused:
            control.check(route.access, "reader", params)
        assert refused.value.status == 403, (method, template)


async def test_the_read_only_user_gets_403_and_changes_nothing(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await create_user(client, app, "victim")
    async with as_user(app, "victim", PASSWORD) as victim:
        assert (await victim.post("/user/currentUser/totpSecret")).status_code == 200
    token = await client.post(
        "/tenant/oauth/token",
        data={"grant_type": "PASSWORD", "username": "victim", "password": PASSWORD},
    )
    bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
    before = database_digest(app)
    async with as_user(app, "reader", SEED_USERS["reader"][1]) as reader:
        for method, template, body in OWNER_DELEGATE_WRITES:
            answer = await reader.request(method, template.format(t=app.tenant_id), json=body)
            assert answer.status_code == 403, (method, template, answer.text)
            assert answer.json()["error"] == "security/Forbidden"
    assert database_digest(app) == before
    async with asgi_client(app, authenticated=False) as anonymous:
        assert (await anonymous.get("/user/currentUser", headers=bearer)).status_code == 200


async def test_own_roles_reach_the_callers_own_user_only(app: EmulatorApp) -> None:
    # The seeded device user holds the own-user roles but no user management role.
    name, (group, password) = "device_demo", SEED_USERS["device_demo"]
    assert group == "devices"
    base = users_path(app)
    before = database_digest(app)
    async with as_user(app, name, password) as device:
        assert (await device.get(f"{base}/{name}")).json()["userName"] == name
        by_name = await device.get(f"/user/{app.tenant_id}/userByName/{name}")
        assert by_name.json()["userName"] == name
        for path in (f"{base}/{app.username}", f"/user/{app.tenant_id}/userByName/admin"):
            refused = await device.get(path)
            assert refused.status_code == 403, path
            assert refused.json()["error"] == "security/Forbidden"
        foreign = await device.put(f"{base}/{app.username}", json={"firstName": "Eve"})
        assert foreign.status_code == 403
        assert database_digest(app) == before
        changed = await device.put(f"{base}/{name}", json={"firstName": "Dev"})
        assert changed.status_code == 200, changed.text
    assert (await _admin_get(app, f"{base}/{name}"))["firstName"] == "Dev"


async def _admin_get(app: EmulatorApp, path: str) -> dict[str, Any]:
    async with asgi_client(app) as admin:
        answer = await admin.get(path)
    assert answer.status_code == 200, answer.text
    document: dict[str, Any] = answer.json()
    return document
