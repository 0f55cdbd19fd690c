"""Active-record calls take no keywords they would ignore: a stray one is a TypeError."""

from __future__ import annotations

from typing import Any

import pytest

from c8y_objects import Alarm, Binary, Device, DeviceGroup, Event, ManagedObject, Measurement


@pytest.mark.parametrize(
    ("obj", "method"),
    [
        (ManagedObject(name="m"), "delete"),
        (Device(name="d"), "delete"),
        (DeviceGroup(name="g"), "delete"),
        (DeviceGroup(name="g"), "update"),
        (Binary(name="b"), "delete"),
        (Binary(name="b"), "update"),
        (Event(type="e"), "delete"),
        (Alarm(type="a"), "delete"),
        (Measurement(type="m"), "delete"),
    ],
)
async def test_an_unknown_keyword_is_refused(obj: Any, method: str) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'cascade'"):
        await getattr(obj, method)(cascade=True)
