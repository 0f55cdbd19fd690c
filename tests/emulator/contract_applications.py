"""Contract scenario for applications, binaries, subscriptions and the current application.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios. It deletes what it
creates.
"""

from __future__ import annotations

import io
import zipfile

import httpx

from tests.emulator.contract_binaries import form

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("GET", "/application/applicationsByUser/{username}", 404): "an unknown user",
    ("POST", "/application/applications/{id}/binaries", 422): "the upload is not a zip",
    ("GET", "/application/applications/{id}/bootstrapUser", 422): "not a microservice",
}

APPS = "/application/applications"


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "cumulocity.json",
            '{"requiredRoles": ["ROLE_INVENTORY_READ"], '
            '"settings": [{"key": "greeting", "defaultValue": "hello"}]}',
        )
    return buffer.getvalue()


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every application operation the emulator implements."""
    tenant = (await client.get("/tenant/currentTenant")).json()["name"]
    accept = {"Accept": "*/*"}
    micro = (
        await client.post(
            APPS,
            json={"name": "contract", "key": "contract-key", "type": "MICROSERVICE"},
            headers=accept,
        )
    ).json()
    web = (
        await client.post(
            APPS, json={"name": "web", "key": "web-key", "type": "HOSTED"}, headers=accept
        )
    ).json()
    await client.post(APPS, json={"name": "web", "key": "web-key", "type": "HOSTED"})
    await client.post(APPS, json={"name": "x", "type": "HOSTED"})
    await client.get(APPS, params={"type": "HOSTED", "withTotalElements": "true"})
    await client.get(APPS, params={"user": "admin"})
    await client.get(f"{APPS}/{micro['id']}")
    await client.get(f"{APPS}/999999")
    await client.put(f"{APPS}/{web['id']}", json={"globalTitle": "Web"}, headers=accept)
    await client.put(f"{APPS}/999999", json={"globalTitle": "Web"})
    await client.get("/application/applicationsByName/web")
    await client.get(f"/application/applicationsByTenant/{tenant}")
    await client.get(f"/application/applicationsByOwner/{tenant}")
    await client.get("/application/applicationsByUser/admin")
    await client.get("/application/applicationsByUser/nobody")
    binaries = f"{APPS}/{micro['id']}/binaries"
    body, content_type = form({"file": ("contract.zip", _zip(), "application/zip")})
    uploaded = await client.post(binaries, content=body, headers={"Content-Type": content_type})
    body, content_type = form({"file": ("bad.zip", b"no zip", "application/zip")})
    await client.post(binaries, content=body, headers={"Content-Type": content_type})
    await client.get(binaries)
    await client.get(f"{binaries}/{uploaded.json()['activeVersionId']}")
    bootstrap = (await client.get(f"{APPS}/{micro['id']}/bootstrapUser")).json()
    await client.get(f"{APPS}/{web['id']}/bootstrapUser")
    subscriptions = f"/tenant/tenants/{tenant}/applications"
    await client.post(subscriptions, json={"application": {"self": micro["self"]}}, headers=accept)
    await client.post(subscriptions, json={"application": {"self": micro["self"]}})
    await client.post(subscriptions, json={"application": {"self": f"{APPS}/999999"}})
    await client.get(subscriptions)
    auth = httpx.BasicAuth(f"{tenant}/{bootstrap['name']}", bootstrap["password"])
    current = "/application/currentApplication"
    await client.get(current, auth=auth)
    await client.get(current)
    await client.put(current, json={"globalTitle": "Contract"}, headers=accept, auth=auth)
    await client.get(f"{current}/settings", auth=auth)
    await client.get(f"{current}/subscriptions", auth=auth)
    await client.delete(f"{subscriptions}/{micro['id']}")
    await client.delete(f"{subscriptions}/{micro['id']}")
    await client.delete(f"{binaries}/{uploaded.json()['activeVersionId']}")
    await client.delete(f"{APPS}/{micro['id']}")
    await client.delete(f"{APPS}/{web['id']}")
    await client.delete(f"{APPS}/999999")
