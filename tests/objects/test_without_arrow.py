"""Without pyarrow and numpy (the base install): the object model works, Arrow needs the extra.

Each test runs a script in a fresh interpreter whose import system refuses pyarrow, numpy and
everything that needs them (pandas, polars), as on an install without the ``arrow`` extra.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from c8y_objects._optional import LazyModule, require
from c8y_objects.errors import ConfigurationError, MissingDependencyError

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = """
import sys
from importlib.abc import MetaPathFinder

BLOCKED = {"pyarrow", "numpy", "pandas", "polars"}


class Refuse(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
        return None


sys.meta_path.insert(0, Refuse())
"""


def _run(script: str) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_blocker_refuses_pyarrow_and_numpy() -> None:
    out = _run(
        """
        for name in ("pyarrow", "numpy", "pyarrow.compute"):
            try:
                __import__(name)
            except ImportError:
                print("refused", name)
        """
    )
    assert out.split("\n")[:3] == ["refused pyarrow", "refused numpy", "refused pyarrow.compute"]


def test_import_and_the_object_model_work_without_them() -> None:
    out = _run(
        """
        import sys
        import c8y_objects
        from c8y_objects import Device, Measurement, Series, SeriesSpec, Alarm, Event
        import importlib, pkgutil
        for name in c8y_objects.__all__:
            getattr(c8y_objects, name)
        for module in pkgutil.iter_modules(c8y_objects.__path__):
            if not module.name.startswith("_"):  # every public module: audit, microservice, ...
                importlib.import_module(f"c8y_objects.{module.name}")
        device = Device(name="pump", c8y_Hardware={"model": "X"})
        device["c8y_Position.lat"] = 52.5
        print(device.to_json()["c8y_Position"])
        m = Measurement(type="t", source="1", series=("c8y_T.T", 21.5, "C"))
        print(m.to_json()["c8y_T"])
        print(sorted({"pyarrow", "numpy"} & set(sys.modules)))
        """
    )
    assert out.splitlines() == [
        "{'lat': 52.5}",
        "{'T': {'value': 21.5, 'unit': 'C'}}",
        "[]",
    ]


def test_requests_and_series_against_the_emulator_work_without_them() -> None:
    out = _run(
        """
        import asyncio
        import httpx
        from c8y_emulator import create_app
        from c8y_objects import CumulocityClient, Device, Measurement

        async def main():
            app = create_app(":memory:", "t1", "admin", "admin-pass")
            async with CumulocityClient(
                "http://emulator.local", "t1", username="admin", password="admin-pass",
                transport=httpx.ASGITransport(app=app),
            ) as c8y:
                made = await Device(c8y, name="no-arrow").create()
                found = await c8y.inventory.get_all(name="no-arrow")
                count = await c8y.inventory.get_count()
                print(made.name, [d.id for d in found] == [made.id], count)
                await c8y.measurements.create(
                    Measurement(type="t", source=made, time="2024-05-01T12:00:00Z",
                                series=("c8y_T.T", 21.5, "C"))
                )
                series = await c8y.measurements.get_series(
                    made, "c8y_T.T", after="2024-05-01T00:00:00Z", before="2024-05-02T00:00:00Z"
                )
                print(series.names, list(series.values.values()))

        asyncio.run(main())
        """
    )
    lines = out.splitlines()
    assert lines[0].split() == ["no-arrow", "True", "1"]
    # get_series answers a Series whose document reads without pyarrow.
    assert lines[1] == "['c8y_T.T'] [[{'min': 21.5, 'max': 21.5}]]"


def test_series_reads_its_document_and_every_conversion_names_the_extra() -> None:
    out = _run(
        """
        from c8y_objects import Series, MissingDependencyError
        doc = {
            "series": [{"unit": "C", "name": "T", "type": "c8y_T"}],
            "values": {"2024-05-01T12:00:00.000Z": [{"min": 1.0, "max": 2.0}]},
            "truncated": False,
        }
        s = Series(doc)
        print(s.names, len(s), s.truncated, s.complete, sorted(s.keys()))
        print(s["values"]["2024-05-01T12:00:00.000Z"], s.specs[0].unit, "values" in s)
        for call in (
            lambda: s.collect(),
            lambda: s.values_of(),
            lambda: s.value_keys,
            lambda: s.to_numpy(value="min"),
            lambda: s.to_arrow(),
            lambda: s.to_polars(),
            lambda: s.to_series(),
            lambda: s.to_dataframe(),
        ):
            try:
                call()
            except MissingDependencyError as exc:
                named = "c8y-objects[" in str(exc)
                print(exc.extra, exc.module, isinstance(exc, ImportError), named)
            else:
                print("no error")
        """
    )
    lines = out.splitlines()
    assert lines[0] == "['c8y_T.T'] 1 False True ['series', 'truncated', 'values']"
    assert lines[1] == "[{'min': 1.0, 'max': 2.0}] C True"
    conversions = lines[2:]
    assert len(conversions) == 8
    # collect ... to_arrow need the arrow extra; to_polars and the pandas ones name their own.
    assert [line.split()[0] for line in conversions] == [
        "arrow",
        "arrow",
        "arrow",
        "arrow",
        "arrow",
        "polars",
        "pandas",
        "pandas",
    ]
    assert all(line.endswith("True True") for line in conversions)


def test_tables_name_the_extra_before_any_request() -> None:
    out = _run(
        """
        import asyncio
        import httpx
        from c8y_objects import CumulocityClient, MissingDependencyError

        sent = []

        def answer(request):
            sent.append(request.url.path)
            return httpx.Response(500)

        async def main():
            async with CumulocityClient(
                "http://c8y.invalid", "t1", username="u", password="p", max_retries=0,
                transport=httpx.MockTransport(answer),
            ) as c8y:
                calls = {
                    "to_arrow": lambda: c8y.measurements.to_arrow(source="1"),
                    "export_parquet": lambda: c8y.measurements.export_parquet(
                        "out.parquet", source="1"
                    ),
                    "collect_series": lambda: c8y.measurements.collect_series(
                        "1", "c8y_T.T", after="2024-01-01T00:00:00Z"
                    ),
                    "to_dataframe": lambda: c8y.events.to_dataframe(columns=["type"]),
                    "applications": lambda: c8y.applications.to_dataframe(columns=["name"]),
                    "audit_records": lambda: c8y.audit_records.to_dataframe(columns=["type"]),
                    "tenant_options": lambda: c8y.tenant_options.to_dataframe(columns=["key"]),
                    "users": lambda: c8y.users.to_dataframe(columns=["userName"]),
                    "user_groups": lambda: c8y.user_groups.to_dataframe(columns=["name"]),
                    "inventory_roles": lambda: c8y.inventory_roles.to_dataframe(columns=["name"]),
                }
                for name, call in calls.items():
                    try:
                        await call()
                    except MissingDependencyError as exc:
                        print(name, exc.extra)
            print("requests", len(sent))

        asyncio.run(main())
        """
    )
    assert out.splitlines() == [
        "to_arrow arrow",
        "export_parquet arrow",
        "collect_series arrow",
        "to_dataframe pandas",
        "applications pandas",
        "audit_records pandas",
        "tenant_options pandas",
        "users pandas",
        "user_groups pandas",
        "inventory_roles pandas",
        "requests 0",
    ]


def test_the_demo_names_the_extra_and_exits_with_2() -> None:
    out = _run(
        """
        import contextlib, io
        from c8y_objects.demo import main
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            status = main([])
        print(status, "c8y-objects[arrow]" in err.getvalue())
        """
    )
    assert out.split() == ["2", "True"]


# -- the helpers themselves, in this process ------------------------------------------------------


def test_require_names_module_and_extra() -> None:
    with pytest.raises(MissingDependencyError) as caught:
        require("c8y_objects_no_such_module", extra="arrow")
    error = caught.value
    assert (error.module, error.extra) == ("c8y_objects_no_such_module", "arrow")
    assert error.name == error.module
    assert "pip install 'c8y-objects[arrow]'" in str(error)
    assert isinstance(error, ImportError)
    assert isinstance(error, ConfigurationError)
    assert isinstance(error.__cause__, ModuleNotFoundError)


def test_lazy_module_imports_on_first_attribute_and_raises_when_missing() -> None:
    lazy = LazyModule("json", extra="x")
    assert "not loaded yet" in repr(lazy)
    assert lazy.dumps([1]) == "[1]"
    assert "loaded" in repr(lazy)
    assert "not loaded" not in repr(lazy)
    missing = LazyModule("c8y_objects_no_such_module", extra="tqdm")
    with pytest.raises(MissingDependencyError, match=r"c8y-objects\[tqdm\]"):
        _ = missing.anything


def test_lazy_module_keeps_what_it_read_and_hides_nothing_of_the_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = ModuleType("c8y_objects_fake_module")
    fake.value = 1  # type: ignore[attr-defined]
    fake._module = "the module's own"  # type: ignore[attr-defined]
    fake._loaded = "the module's own"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "c8y_objects_fake_module", fake)
    lazy = LazyModule("c8y_objects_fake_module", extra="x")
    assert lazy.value == 1
    assert vars(lazy)["value"] == 1  # kept: the next read is a plain lookup
    fake.value = 2  # type: ignore[attr-defined]
    assert lazy.value == 1
    assert (lazy._module, lazy._loaded) == ("the module's own", "the module's own")
