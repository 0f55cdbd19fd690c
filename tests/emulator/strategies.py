"""Hypothesis strategies for the robustness tests: arbitrary JSON and spoiled documents."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


def json_values(
    *, min_int: int = -(2**63), max_int: int = 2**63 - 1, max_leaves: int = 8
) -> st.SearchStrategy[Any]:
    """Any JSON value: scalars, and lists and objects of them nested a little."""
    return st.recursive(
        st.none()
        | st.booleans()
        | st.integers(min_value=min_int, max_value=max_int)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
        ),
        max_leaves=max_leaves,
    )


JSON = json_values()
"""JSON with integers that fit a signed 64-bit column."""

WIDE_JSON = json_values(min_int=-(2**64), max_int=2**64)
"""JSON with integers just past the 64-bit range on both sides."""


def member(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly plausible values, sometimes any JSON."""
    return st.one_of(valid, valid, valid, valid, JSON)


def corrupted(
    valid: st.SearchStrategy[dict[str, Any]], keys: tuple[str, ...]
) -> st.SearchStrategy[dict[str, Any]]:
    """Plausible documents; some with one of `keys` dropped or replaced by any (wide) JSON."""

    def apply(draw: tuple[dict[str, Any], str | None, bool, Any]) -> dict[str, Any]:
        document, key, drop, junk = draw
        if key is None:
            return document
        if drop:
            return {k: v for k, v in document.items() if k != key}
        return {**document, key: junk}

    return st.tuples(valid, st.sampled_from([None, None, *keys]), st.booleans(), WIDE_JSON).map(
        apply
    )


def fill_source(document: Any, source: str) -> Any:
    """`document` with every "{source}" value in it (objects nested in objects) set to `source`."""
    if isinstance(document, dict):
        return {k: fill_source(v, source) for k, v in document.items()}
    return source if document == "{source}" else document
