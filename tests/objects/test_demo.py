"""The demo (`python -m c8y_objects.demo`): output, exit status, settings and clean-up.

`main` runs its own event loop, so these tests are plain functions. A test that checks the
clean-up starts its own emulator on loopback, loads the emulator's demo fleet into it (objects
that are not the demo's, as on a real tenant) and points the demo at it like at a tenant; the
database must hold exactly the same rows afterwards.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import httpx
import pytest

from c8y_emulator import Emulator
from c8y_objects import CumulocityClient, NotificationListener, demo
from c8y_objects.demo import _clean_up, _Tracker, main

TENANT = "t12345"
USER = "admin"
PASSWORD = "admin"
STEP = re.compile(r"^ ?\d+  \S.* -> .+  \[(no request|((GET|POST|PUT|DELETE) x\d+ ?)+)\]$")


@pytest.fixture
def tenant() -> Iterator[Emulator]:
    """A loopback emulator that already holds objects of its own (the seeded demo fleet)."""
    with Emulator(
        database=":memory:", tenant_id=TENANT, username=USER, password=PASSWORD
    ) as emulator:
        assert emulator.seed()["created"]
        yield emulator


def tenant_args(emulator: Emulator) -> list[str]:
    return [
        "--url",
        emulator.base_url,
        "--tenant",
        TENANT,
        "--user",
        USER,
        "--password",
        PASSWORD,
    ]


def database_rows(emulator: Emulator) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table except the id counters, table by table."""
    with emulator.app.storage.read() as cur:
        tables = [
            name
            for (name,) in cur.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name != "id_sequence"
        ]
        rows = {
            table: sorted(cur.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
    # Counters only grow (user management ids live in emulator_meta): they are no leftovers.
    rows["emulator_meta"] = [r for r in rows["emulator_meta"] if not str(r[0]).endswith("_last_id")]
    return rows


def assert_left_as_it_was(emulator: Emulator, before: dict[str, list[tuple[object, ...]]]) -> None:
    """Every table holds the rows it held `before`, except cancelled bulk operations and the
    audit log.

    The platform keeps a cancelled bulk operation (status DELETED) and offers no call that
    removes it, so the demo's bulk operation may stay behind, cancelled. The audit records the
    platform writes for the demo's changes stay too (nothing deletes audit records); the ones
    there before must be untouched.
    """
    after = database_rows(emulator)
    known = {row[0] for row in before.get("bulk_operations", [])}
    with emulator.app.storage.read() as cur:
        added = [
            (bulk_id, deleted)
            for bulk_id, deleted in cur.execute("SELECT id, deleted FROM bulk_operations")
            if bulk_id not in known
        ]
    assert all(deleted for _, deleted in added), f"bulk operations left active: {added}"
    kept = set(before.get("audit_records", []))
    assert kept <= set(after.get("audit_records", [])), "audit records changed or went away"
    apart = ("bulk_operations", "audit_records")
    unchanged = {table: rows for table, rows in after.items() if table not in apart}
    assert unchanged == {t: rows for t, rows in before.items() if t not in apart}


def step_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.match(r"^ ?\d+  ", line)]


def test_demo_runs_against_its_own_emulator(capsys: pytest.CaptureFixture[str]) -> None:
    status = main([], environ={})
    out, err = capsys.readouterr()
    assert status == 0, err
    assert err == ""
    assert out.startswith("c8y_objects demo: local emulator at http://127.0.0.1:")
    steps = step_lines(out)
    assert len(steps) >= 25
    assert all(STEP.match(line) for line in steps), [s for s in steps if not STEP.match(s)]
    numbers = [int(line.split()[0]) for line in steps]
    assert numbers == list(range(1, len(steps) + 1))
    # The partial update sent the changed fragment and nothing else.
    assert any(
        'PUT body {"c8y_Firmware":{"version":"2.1.0"}} (only the change)' in s for s in steps
    )
    assert any("8 PUTs, up to 4 in flight" in s for s in steps)
    assert "?cascade=true" in out
    # The data and device control steps: bulk measurements, de-duplication, bulk progress.
    assert any("96 measurements in 3 collection POSTs" in s for s in steps)
    assert any("count 2: de-duplicated, nothing new" in s for s in steps)
    # Series and tables: Arrow columns, to_arrow over the fleet, a Parquet file read back.
    series_columns = "12 rows x ['time', 'c8y_Temperature.T.min', 'c8y_Temperature.T.max']"
    assert any(series_columns in s for s in steps)
    assert any("96 rows, columns id, source, type, time" in s and "8 sources" in s for s in steps)
    assert any(
        "96 rows written from 3 pages; pyarrow.parquet reads back 96 rows" in s for s in steps
    )
    assert any('body {"status":"CLEARED"}  [PUT x1]' in s for s in steps)
    progress = "BulkOperationProgress(pending=0, failed=1, executing=1, successful=2, all=4)"
    assert any(progress in s for s in steps)
    # The administration steps: the read-only user is refused, the site viewer sees its site.
    assert any("await boiler.update() -> PermissionDeniedError (403)" in s for s in steps)
    assert any("nobody raises their own rights  [GET x2 POST x1]" in s for s in steps)
    north = "['Boiler N-01', 'Boiler N-02', 'Meter N-01', 'Pump N-01']  [GET x1]"
    assert any("as North viewer" in s and north in s for s in steps)
    assert out.splitlines()[-2] == "clean-up: nothing left over"
    # The live part: the listener's callback saw the demo's alarms (the third de-duplicated).
    assert any(
        "-> CREATE c8y_LeakAlarm, CREATE c8y_PressureAlarm, UPDATE c8y_LeakAlarm" in s
        for s in steps[-3:]
    )
    # listener.stop() runs inside the live step: no later step claims it.
    assert not any("listener.stop()" in s for s in steps)
    assert out.splitlines()[-1].startswith(f"done: {len(steps)} steps, ")


def test_demo_against_a_tenant_leaves_it_as_it_was(
    tenant: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_rows(tenant)
    assert before["managed_objects"]

    assert main(tenant_args(tenant), environ={}) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"tenant {TENANT} at {tenant.base_url} as {USER}" in out.splitlines()[0]
    assert_left_as_it_was(tenant, before)
    # It did work there: every object it created went through the emulator's log.
    created = [r for r in tenant.requests() if r["method"] == "POST" and r["status"] == 201]
    assert len(created) >= 11


def test_demo_reads_the_tenant_from_c8y_variables(
    tenant: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_rows(tenant)
    environ = {
        "C8Y_BASEURL": tenant.base_url,
        "C8Y_TENANT": TENANT,
        "C8Y_USER": USER,
        "C8Y_PASSWORD": PASSWORD,
    }
    assert main([], environ=environ) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0].startswith(f"c8y_objects demo: tenant {TENANT} at {tenant.base_url}")
    assert_left_as_it_was(tenant, before)


def test_emulator_flag_wins_over_c8y_variables(capsys: pytest.CaptureFixture[str]) -> None:
    environ = {"C8Y_BASEURL": "http://127.0.0.1:9", "C8Y_TENANT": "t1"}
    assert main(["--emulator"], environ=environ) == 0
    assert "local emulator" in capsys.readouterr().out.splitlines()[0]


def test_a_failing_step_exits_1_and_still_cleans_up(
    tenant: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_rows(tenant)
    # Every identity lookup is refused (403 is not retried): the run breaks in the middle,
    # after the fleet and its external IDs exist.
    tenant.add_fault(r"^/identity/externalIds/", method="GET", status=403, count=-1)

    assert main(tenant_args(tenant), environ={}) == 1
    out, err = capsys.readouterr()
    assert "demo failed in step" in err
    assert "identity.get_id(" in err
    assert "PermissionDeniedError" in err
    assert "Traceback" not in err
    assert re.search(r"clean-up: removed 11 leftover objects and 8 external IDs", out)
    assert out.splitlines()[-1].startswith("FAILED at step ")
    assert_left_as_it_was(tenant, before)


def test_a_step_failing_after_data_exists_still_removes_it(
    tenant: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_rows(tenant)
    # Listing operations is refused: the run breaks after the measurements, the event, the
    # alarms and the bulk operation (with its operations) exist.
    tenant.add_fault(r"^/devicecontrol/operations$", method="GET", status=403, count=-1)

    assert main(tenant_args(tenant), environ={}) == 1
    out, err = capsys.readouterr()
    assert "operations.get_all(bulk_id=bulk)" in err
    assert "PermissionDeniedError" in err
    assert (
        "clean-up: removed 11 leftover objects and 8 external IDs, the run's data and operations"
        in out
    )
    # On a real tenant data outlives its device: the clean-up deleted it by filter first.
    deleted = {r["path"] for r in tenant.requests() if r["method"] == "DELETE"}
    assert {
        "/measurement/measurements",
        "/event/events",
        "/alarm/alarms",
        "/devicecontrol/operations",
    } <= deleted
    assert any(path.startswith("/devicecontrol/bulkoperations/") for path in deleted)
    assert_left_as_it_was(tenant, before)


def test_a_live_step_that_cannot_connect_still_stops_its_listener(
    tenant: Emulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = database_rows(tenant)
    # Every token request fails with a 503, which the listener retries: it never connects.
    tenant.add_fault(r"^/notification2/token$", method="POST", status=503, count=-1)
    monkeypatch.setattr(demo, "LIVE_WAIT_SECONDS", 0.5)
    stopped: list[NotificationListener] = []
    stop = NotificationListener.stop

    async def recorded_stop(listener: NotificationListener) -> None:
        stopped.append(listener)
        await stop(listener)

    monkeypatch.setattr(NotificationListener, "stop", recorded_stop)

    assert main(tenant_args(tenant), environ={}) == 1
    _, err = capsys.readouterr()
    assert "wait_connected()" in err
    assert "TimeoutError" in err
    assert len(stopped) == 1
    assert not stopped[0].is_connected
    assert_left_as_it_was(tenant, before)


def test_an_unexpected_answer_fails_the_run(
    tenant: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_rows(tenant)
    # Counting answers 422 from the start: the first query step fails after the fleet exists.
    tenant.add_fault(r"^/inventory/managedObjects$", method="GET", status=422, count=1)

    assert main(tenant_args(tenant), environ={}) == 1
    _, err = capsys.readouterr()
    assert "inventory.get_count(type=T)" in err
    assert "UnprocessableEntityError" in err
    assert_left_as_it_was(tenant, before)


@pytest.mark.parametrize(
    ("argv", "environ", "named"),
    [
        (["--url", "http://127.0.0.1:9", "--tenant", "t1"], {}, "--user, --password"),
        (["--password", "x"], {}, "--url, --tenant, --user"),
        ([], {"C8Y_BASEURL": "http://127.0.0.1:9"}, "C8Y_TENANT"),
        ([], {"C8Y_BASEURL": "http://127.0.0.1:9", "C8Y_TENANT": "t1"}, "C8Y_USER"),
        (["--url", "ftp://host", "--tenant", "t", "--user", "u", "--password", "p"], {}, "ftp"),
    ],
)
def test_incomplete_settings_exit_2_naming_what_is_missing(
    argv: list[str],
    environ: dict[str, str],
    named: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(argv, environ=environ) == 2
    out, err = capsys.readouterr()
    assert named in err
    assert out == ""


def test_an_unreachable_tenant_exits_1_without_creating_anything(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Nothing listens on port 9 of loopback (discard); the first request fails to connect.
    with httpx.Client() as probe:
        try:
            probe.get("http://127.0.0.1:9/", timeout=1)
            pytest.skip("something listens on 127.0.0.1:9")
        except httpx.TransportError:
            pass
    argv = ["--url", "http://127.0.0.1:9", "--tenant", "t1", "--user", "u", "--password", "p"]
    assert main(argv, environ={}) == 1
    out, err = capsys.readouterr()
    assert "APIConnectionError" in err
    assert "clean-up: nothing was created" in out


def test_database_rows_sees_a_change(tenant: Emulator) -> None:
    """The clean-up tests compare snapshots; make sure a leftover object would show."""
    before = database_rows(tenant)
    response = httpx.post(
        f"{tenant.base_url}/inventory/managedObjects",
        json={"name": "left over"},
        auth=(f"{TENANT}/{USER}", PASSWORD),
    )
    assert response.status_code == 201
    assert database_rows(tenant) != before


def test_clean_up_passes_over_what_is_gone_already(tenant: Emulator) -> None:
    """A tracked user, inventory role or subscription that no longer exists stops nothing."""

    async def clean_up() -> tuple[str, _Tracker]:
        tracked = _Tracker(
            usernames=["nobody_here"],
            inventory_role_ids=["424242"],
            subscription_ids=["424242"],
        )
        async with CumulocityClient(
            tenant.base_url, TENANT, username=USER, password=PASSWORD
        ) as c8y:
            return await _clean_up(c8y, tracked), tracked

    said, tracked = asyncio.run(clean_up())
    assert said == "nothing was created"
    assert (tracked.usernames, tracked.inventory_role_ids, tracked.subscription_ids) == ([], [], [])
    deleted = [r["path"] for r in tenant.requests() if r["method"] == "DELETE"]
    assert deleted == [
        f"/user/{TENANT}/users/nobody_here",
        "/user/inventoryroles/424242",
        "/notification2/subscriptions/424242",
    ]
