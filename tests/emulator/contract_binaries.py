"""Contract scenario for binaries (``/inventory/binaries``).

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios. The file here is
``application/octet-stream``: the download answers the stored content type, and the upstream
document lists only ``application/octet-stream`` for it. Ranged downloads (206) and oversized
uploads (413) are pinned in ``test_binaries.py``; the document lists neither.
"""

from __future__ import annotations

import httpx

MO = "application/vnd.com.nsn.cumulocity.managedobject+json"
BINARIES = "/inventory/binaries"
OCTET = "application/octet-stream"


def form(
    files: dict[str, tuple[str, bytes, str]], data: dict[str, str] | None = None
) -> tuple[bytes, str]:
    """Encode a multipart form up front: its bytes and its Content-Type (with the boundary).

    httpx streams a ``files=`` body, and the contract test reads every request's content after
    the fact; a form sent as plain bytes stays readable.
    """
    encoded = httpx.Request("POST", "http://form.local", files=files, data=data or {})
    return encoded.read(), encoded.headers["content-type"]


# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("GET", BINARIES, 422): "invalid paging value",
    ("GET", BINARIES + "/{id}", 404): "unknown binary",
    ("PUT", BINARIES + "/{id}", 404): "unknown binary",
    ("DELETE", BINARIES + "/{id}", 404): "unknown binary",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every binaries operation the emulator implements."""
    body, content_type = form(
        {"file": ("firmware.bin", b"\x7fELF firmware", OCTET)},
        {"object": '{"name": "firmware.bin", "type": "application/octet-stream"}'},
    )
    uploaded = await client.post(
        BINARIES, content=body, headers={"Content-Type": content_type, "Accept": MO}
    )
    body, content_type = form({"file": ("quiet.bin", b"quiet", OCTET)}, {"object": "{}"})
    await client.post(BINARIES, content=body, headers={"Content-Type": content_type, "Accept": ""})
    await client.post(BINARIES, content=b"raw", headers={"Content-Type": OCTET})
    for files, data in (
        ({"file": ("x.bin", b"x", OCTET)}, None),
        ({"file": ("x.bin", b"x", OCTET)}, {"object": "{not json"}),
    ):
        body, content_type = form(files, data)
        await client.post(BINARIES, content=body, headers={"Content-Type": content_type})
    binary_id = uploaded.json()["id"]

    queries: list[dict[str, str | int]] = [
        {},
        {"type": OCTET, "owner": "admin", "withTotalPages": "true", "pageSize": 1},
        {"ids": binary_id, "withTotalElements": "true"},
        {"childAdditionId": "424242"},
        {"pageSize": "many"},
    ]
    for params in queries:
        await client.get(BINARIES, params=params)
    await client.get(f"{BINARIES}/{binary_id}")
    await client.get(f"{BINARIES}/424242")
    await client.put(
        f"{BINARIES}/{binary_id}",
        content=b"new firmware",
        headers={"Content-Type": OCTET, "Accept": MO},
    )
    await client.put(f"{BINARIES}/424242", content=b"x", headers={"Content-Type": OCTET})
    await client.delete(f"{BINARIES}/{binary_id}")
    await client.delete(f"{BINARIES}/{binary_id}")
