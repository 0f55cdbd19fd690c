"""Smoke test against a real tenant (opt-in: ``pytest -m live`` with ``C8Y_*`` variables set).

Read-only: it reads the current user and tenant and counts managed objects.
"""

from __future__ import annotations

import os

import pytest

from c8y_objects._paging import get_count, iter_pages
from c8y_objects.client import ENV_BASE_URL, CumulocityClient

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not any(os.environ.get(name) for name in ENV_BASE_URL),
        reason="no tenant: set C8Y_BASEURL (or C8Y_URL / C8Y_HOST) and credentials",
    ),
]


async def test_current_user_tenant_and_inventory_count() -> None:
    async with CumulocityClient.from_env() as c8y:
        user = await c8y.get("/user/currentUser")
        assert isinstance(user.get("userName"), str)
        assert user["userName"]
        tenant = await c8y.get("/tenant/currentTenant")
        assert tenant["name"] == c8y.tenant_id

        count = await get_count(c8y, "/inventory/managedObjects", {})
        assert count >= 0
        first = [
            item
            async for page in iter_pages(
                c8y, "/inventory/managedObjects", {}, key="managedObjects", page_size=5, limit=5
            )
            for item in page
        ]
        assert len(first) == min(count, 5)
        assert all("id" in item for item in first)
