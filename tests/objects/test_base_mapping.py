"""Objects read like nested dictionaries: keys, values, items, `in`, and the document as `json`.

Changes made through any of them, at any depth, are staged for `update` (checked against the
emulator, whose request log shows what was sent).
"""

from __future__ import annotations

import pytest

from c8y_objects import CumulocityClient, ManagedObject
from tests.objects.emulated import unique


def sample() -> ManagedObject:
    return ManagedObject.from_json(
        {
            "id": "1",
            "name": "pump",
            "c8y_Hardware": {"model": "P-1", "serial": {"no": 7}},
            "tags": ["a", "b"],
            "dotted.key": 1,
        }
    )


def test_reads_like_a_nested_dict() -> None:
    mo = sample()
    assert mo.keys() == ["id", "name", "c8y_Hardware", "tags", "dotted.key"]
    assert list(mo) == mo.keys()
    assert len(mo) == 5
    assert dict(mo.items())["dotted.key"] == 1  # a key with a dot is still one key
    assert mo.values()[2] == {"model": "P-1", "serial": {"no": 7}}
    assert mo["c8y_Hardware"]["serial"]["no"] == 7
    assert "c8y_Hardware" in mo
    assert "c8y_Hardware.serial.no" in mo
    assert "c8y_Missing" not in mo
    assert 5 not in mo
    assert mo.json is mo.json
    assert mo.json["tags"] == ["a", "b"]
    assert not mo.is_modified  # reading stages nothing


def test_changes_through_items_and_json_are_staged() -> None:
    mo = sample()
    dict(mo.items())["c8y_Hardware"]["serial"]["no"] = 8
    assert mo.to_diff_json() == {"c8y_Hardware": {"model": "P-1", "serial": {"no": 8}}}

    mo = sample()
    mo.values()[3].append("c")
    assert mo.to_diff_json() == {"tags": ["a", "b", "c"]}

    mo = sample()
    doc = mo.json
    doc["c8y_New"] = {"x": 1}
    del doc["tags"]
    doc["name"] = "renamed"
    doc["id"] = "1"  # read-only keys are never sent
    assert mo.to_diff_json() == {"c8y_New": {"x": 1}, "tags": None, "name": "renamed"}


def test_a_key_added_then_removed_through_json_sends_nothing() -> None:
    mo = sample()
    mo.json["c8y_Temp"] = 1
    del mo.json["c8y_Temp"]
    assert mo.to_diff_json() == {}
    assert not mo.is_modified


@pytest.mark.parametrize("api", ["in-process"], indirect=True)
async def test_update_sends_what_changed_through_json(api: CumulocityClient) -> None:
    mo = await ManagedObject(api, name=unique("m"), c8y_Note={"text": "a"}, keep=1).create()
    mo.json["c8y_Note"]["text"] = "b"
    mo.json["c8y_Added"] = {"on": True}
    del mo.json["keep"]
    saved = await mo.update()
    assert not saved.is_modified
    fresh = await api.inventory.get(mo.id or "")
    assert fresh["c8y_Note.text"] == "b"
    assert fresh["c8y_Added"] == {"on": True}
    assert "keep" not in fresh
