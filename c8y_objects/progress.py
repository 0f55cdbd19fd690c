"""Ready-made ``progress=`` callbacks: a tqdm progress bar (the ``tqdm`` extra).

Every call that takes ``progress=`` (bulk calls, `select`, `get_all`, `Measurements.to_arrow`,
`export_parquet`, `get_series`) calls it as ``progress(done, total)``, `total` None when
unknown. `tqdm_progress` turns that into a bar::

    with tqdm_progress(desc="devices") as bar:
        devices = await c8y.inventory.get_all(limit=None, progress=bar)
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from c8y_objects._optional import require

__all__ = ["TqdmProgress", "tqdm_progress"]


class TqdmProgress:
    """A ``progress=`` callback that drives a tqdm bar; use it as a context manager.

    The bar is created at once (``tqdm.auto``: a widget in notebooks, text elsewhere); each
    call moves it to `done` and sets its length to `total` when that is known.

    Args:
        desc: The bar's label.
        **options: Further `tqdm` arguments (``unit``, ``leave``, ``file``, ...).

    Raises:
        MissingDependencyError: tqdm is not installed (the ``tqdm`` extra).
    """

    def __init__(self, desc: str | None = None, **options: Any) -> None:
        auto = require("tqdm.auto", extra="tqdm")
        self.bar: Any = auto.tqdm(total=None, desc=desc, **options)

    def __call__(self, done: int, total: int | None) -> None:
        bar = self.bar
        if total is not None and bar.total != total:
            bar.total = total
            bar.refresh()
        if done != bar.n:
            bar.update(done - bar.n)

    def close(self) -> None:
        """Close the bar (leaves it on screen unless created with ``leave=False``)."""
        self.bar.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def tqdm_progress(desc: str | None = None, **options: Any) -> TqdmProgress:
    """Return a tqdm bar to pass as ``progress=`` (see `TqdmProgress`).

    Raises:
        MissingDependencyError: tqdm is not installed; install ``c8y-objects[tqdm]``.
    """
    return TqdmProgress(desc, **options)
