"""IDs in paths that cannot name a stored object answer 404, whatever text they hold."""

from __future__ import annotations

import httpx
import pytest

from c8y_emulator.storage import parse_id


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        ("1", 1),
        ("007", 7),
        ("²", None),
        ("١٢", None),
        ("\U0001d7d9", None),
        ("", None),
        ("1" * 19, None),
    ],
)
def test_only_ascii_digits_of_a_bounded_length_are_ids(raw: str, parsed: int | None) -> None:
    assert parse_id(raw) == parsed


@pytest.mark.parametrize("raw", ["²", "١٢", "\U0001d7d9", "1" * 30])
@pytest.mark.parametrize(
    "collection",
    [
        "/inventory/managedObjects",
        "/alarm/alarms",
        "/event/events",
        "/devicecontrol/operations",
        "/devicecontrol/bulkoperations",
        "/measurement/measurements",
        "/inventory/binaries",
    ],
)
async def test_digits_no_object_can_have_answer_404(
    client: httpx.AsyncClient, collection: str, raw: str
) -> None:
    response = await client.get(f"{collection}/{raw}")
    assert response.status_code == 404, response.text
