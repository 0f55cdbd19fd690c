"""Where the type is known, a user's checker sees it, not `Any`: ``reveal_type`` under mypy.

Each ``reveal_type(...)`` line of `SNIPPET` ends with ``# R: <type>``, the type mypy must
reveal there (mypy's spelling, full module paths). One mypy run checks them all and requires
the snippet to be free of errors.
"""

from __future__ import annotations

import re
import textwrap
from importlib import metadata
from pathlib import Path


def _has_pyarrow_stubs() -> bool:
    try:
        metadata.distribution("pyarrow-stubs")
    except metadata.PackageNotFoundError:
        return False
    return True


# Without the `typed` extra (pyarrow-stubs) pyarrow is untyped and its results are Any.
ARROW_TABLE = "pyarrow.__lib_pxi.table.Table" if _has_pyarrow_stubs() else "Any"

SNIPPET = """\
from c8y_objects import (
    Alarm, BulkError, CumulocityClient, Device, ExternalId, Operation, Series, User,
)
from c8y_objects.users import Permission


async def usage(
    c8y: CumulocityClient,
    alarm: Alarm,
    op: Operation,
    xid: ExternalId,
    perm: Permission,
    series: Series,
) -> None:
    # choice fields read as their enums
    reveal_type(alarm.status)  # R: AlarmStatus | None
    reveal_type(alarm.severity)  # R: AlarmSeverity | None
    reveal_type(op.status)  # R: OperationStatus | None
    reveal_type(perm.permission)  # R: PermissionLevel | None
    reveal_type(perm.scope)  # R: PermissionScope | None
    # as_values: one path gives the value at that path (unknown), a list of paths a tuple
    reveal_type(await c8y.inventory.get_all(as_values="name"))  # R: list[Any]
    reveal_type(await c8y.inventory.get_all(as_values=["id", ("n", 0)]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.alarms.get_all(as_values=["id"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.events.get_all(as_values=("text", "")))  # R: list[Any]
    reveal_type(await c8y.identity.get_all("1", as_values=["type"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.identity.get_all("1"))  # R: list[ExternalId]
    reveal_type(await c8y.measurements.get_all(as_values=["id", "t"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.operations.get_all(as_values=["id"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.users.get_all(as_values=["id"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.inventory_roles.get_all())  # R: list[InventoryRole]
    reveal_type(await c8y.inventory_roles.get_all(as_values="name"))  # R: list[Any]
    reveal_type(await c8y.inventory_roles.get_all(as_values=["id"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.applications.get_all())  # R: list[Application]
    reveal_type(await c8y.applications.get_all(as_values="name"))  # R: list[Any]
    reveal_type(await c8y.applications.get_all(as_values=["id"]))  # R: list[tuple[Any, ...]]
    audit = c8y.audit_records
    reveal_type(await audit.get_all_for(alarm))  # R: list[AuditRecord]
    reveal_type(await audit.get_all_for(alarm, as_values="text"))  # R: list[Any]
    reveal_type(await audit.get_all_for(alarm, as_values=["id"]))  # R: list[tuple[Any, ...]]
    async for record in audit.select_for(alarm, as_values=["id", "text"]):
        reveal_type(record)  # R: tuple[Any, ...]
    reveal_type(await c8y.audit_records.get_all(as_values=["id"]))  # R: list[tuple[Any, ...]]
    reveal_type(await c8y.tenant_options.get_all(as_values="value"))  # R: list[Any]
    async for row in c8y.measurements.select(as_values=["id", "time"]):
        reveal_type(row)  # R: tuple[Any, ...]
    async for one in c8y.identity.select("1", as_values=["externalId"]):
        reveal_type(one)  # R: tuple[Any, ...]
    # identity: the object an external ID points to, as the class asked for
    reveal_type(await c8y.identity.get_object("x", "c8y_Serial"))  # R: ManagedObject
    reveal_type(await c8y.identity.get_object("x", "c8y_Serial", as_type=Device))  # R: Device
    reveal_type(await xid.get_object(as_type=Device))  # R: Device
    # a created object: `id` may be None in general, `require_id()` is its ID as str
    device = await Device(c8y, name="d").create()
    reveal_type(device.id)  # R: str | None
    reveal_type(device.require_id())  # R: str
    reveal_type((await User(c8y, username="u").create()).require_id())  # R: str
    # BulkError: typed where raised; a bare `BulkError` annotation means BulkError[object]
    failed = BulkError(
        index=0, item=alarm, error=ValueError(), failures=[], succeeded=[], total=1
    )
    reveal_type(failed)  # R: BulkError[Alarm]
    def on_failure(exc: BulkError) -> None:
        reveal_type(exc.item)  # R: object
    # c8y.rest is async only
    reveal_type(c8y.rest)  # R: RestClient
    # dataframes and Arrow
    reveal_type(series.to_polars())  # R: polars.dataframe.frame.DataFrame
    reveal_type(series.to_arrow())  # R: {arrow}
    reveal_type(await c8y.measurements.to_arrow(source="1"))  # R: {arrow}
""".replace("{arrow}", ARROW_TABLE)


def _expected() -> dict[int, str]:
    expected = {}
    for number, line in enumerate(SNIPPET.splitlines(), start=1):
        if "reveal_type(" in line:
            marker = line.rsplit("# R: ", 1)
            assert len(marker) == 2, f"line {number} has no '# R:' marker"
            expected[number] = marker[1].strip()
    return expected


def test_the_snippet_marks_every_reveal() -> None:
    assert len(_expected()) == SNIPPET.count("reveal_type(")


def test_mypy_reveals_the_known_types(tmp_path: Path) -> None:
    from mypy import api

    snippet = tmp_path / "reveal.py"
    snippet.write_text(textwrap.dedent(SNIPPET))
    stdout, stderr, _ = api.run(
        [
            str(snippet),
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(Path(__file__).parents[2] / ".mypy_cache"),
        ]
    )
    assert not stderr
    errors = [line for line in stdout.splitlines() if "reveal.py" in line and ": error:" in line]
    assert not errors, "\n".join(errors)
    revealed = {
        int(m.group(1)): re.sub(r"c8y_objects\.\w+\.", "", m.group(2))
        for m in re.finditer(r'reveal\.py:(\d+): note: Revealed type is "(.*)"', stdout)
    }
    expected = _expected()
    mismatched = {
        number: (want, revealed.get(number))
        for number, want in expected.items()
        if revealed.get(number) != want
    }
    assert not mismatched, mismatched
