"""Read-only members repeated in an update: accepted when unchanged, refused when changed.

Clients read a resource, change a member and send the object back, read-only members included
(an alarm's ``source``, an operation's ``deviceId``). The platform takes such a PUT when those
members still hold their current values. :func:`refuse_changes` applies that rule: each
resource module passes what the client sent and the current values of its read-only members.

Values are compared as the platform would read them: a reference (``{"id": ...}``) by its id,
an id sent as a number like its text, timestamps by the instant they name (any UTC offset), and
``self`` by its path (the host a client used may differ).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from c8y_emulator.errors import ApiError, invalid_data
from c8y_emulator.timestamps import parse_timestamp

TIMESTAMPS = frozenset({"time", "creationTime", "lastUpdated", "firstOccurrenceTime"})


def _id_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return value if isinstance(value, str) else None


def _instant(value: Any, area: str) -> int | None:
    try:
        return parse_timestamp(value, "time", area)
    except ApiError:
        return None


def same_value(name: str, sent: Any, current: Any, area: str) -> bool:
    """Tell whether ``sent`` names the same value as ``current`` for member ``name``."""
    if current is None:
        return sent is None
    if isinstance(current, Mapping) and "id" in current:
        sent_id = sent.get("id") if isinstance(sent, Mapping) else None
        return _id_text(sent_id) == _id_text(current["id"])
    if name == "self":
        return isinstance(sent, str) and urlsplit(sent).path == urlsplit(current).path
    if name in TIMESTAMPS:
        instant = _instant(sent, area)
        return instant is not None and instant == _instant(current, area)
    if _id_text(current) is not None and _id_text(sent) is not None:
        return _id_text(sent) == _id_text(current)
    if isinstance(sent, bool) or isinstance(current, bool):
        return sent is current
    return bool(sent == current)


def refuse_changes(
    area: str,
    resource: str,
    sent: Mapping[str, Any],
    current: Mapping[str, Any],
    names: Iterable[str],
    allowed: str,
) -> None:
    """Refuse an update that changes a read-only member.

    Args:
        area: Error area of the resource.
        resource: What is updated, for the message (``Alarm 123``).
        sent: The client's document.
        current: The current values of the read-only members (absent: the member has no value).
        names: The read-only members.
        allowed: What the update may change, for the message.

    Raises:
        ApiError: 422 naming every read-only member sent with a different value.
    """
    changed = sorted(
        name
        for name in names
        if name in sent and not same_value(name, sent[name], current.get(name), area)
    )
    if changed:
        raise invalid_data(
            area,
            f"{resource}: field(s) {', '.join(changed)} cannot be changed (send them unchanged "
            f"or leave them out); {allowed}",
        )
