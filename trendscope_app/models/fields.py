"""Field checks shared by every message type, so each field is judged the same way on every topic.

Each check reads one field of a decoded JSON object and returns it typed, or raises
:class:`InvalidRecord` whose text is the dead-letter reason.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any


class InvalidRecord(ValueError):
    """A message that cannot be used; ``str(err)`` is the dead-letter reason."""


def number(d: Mapping[str, Any], name: str, *, lo: float | None = None, hi: float | None = None) -> float:
    """A finite number (an integer is taken as a float); ``lo``/``hi`` bound it inclusively.

    Examples
    --------
    >>> number({"x": 3}, "x")
    3.0
    >>> number({"x": True}, "x")
    Traceback (most recent call last):
    ...
    trendscope_app.models.fields.InvalidRecord: field 'x' must be a number, got bool
    """
    v = d.get(name)
    if v is None:
        raise InvalidRecord(f"missing field {name!r}")
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise InvalidRecord(f"field {name!r} must be a number, got {type(v).__name__}")
    f = float(v)
    if not math.isfinite(f):
        raise InvalidRecord(f"field {name!r} must be finite")
    if lo is not None and f < lo:
        raise InvalidRecord(f"field {name!r} must be >= {lo}")
    if hi is not None and f > hi:
        raise InvalidRecord(f"field {name!r} must be <= {hi}")
    return f


def optional_number(d: Mapping[str, Any], name: str) -> float | None:
    """A finite number, or ``None`` when the field is absent or null."""
    return None if d.get(name) is None else number(d, name)


def integer(d: Mapping[str, Any], name: str, *, lo: int | None = None, hi: int | None = None) -> int:
    """An integer (not a bool, not a float with an integral value)."""
    v = d.get(name)
    if v is None:
        raise InvalidRecord(f"missing field {name!r}")
    if isinstance(v, bool) or not isinstance(v, int):
        raise InvalidRecord(f"field {name!r} must be an integer, got {type(v).__name__}")
    if lo is not None and v < lo:
        raise InvalidRecord(f"field {name!r} must be >= {lo}")
    if hi is not None and v > hi:
        raise InvalidRecord(f"field {name!r} must be <= {hi}")
    return v


def movie_id(d: Mapping[str, Any], name: str = "movie_id") -> int:
    """A TMDB movie id: a positive integer that fits the stores' signed 64-bit columns."""
    return integer(d, name, lo=1, hi=2**63 - 1)


def text(d: Mapping[str, Any], name: str, *, nonempty: bool = False) -> str:
    """A string; ``nonempty`` also refuses one of only white space."""
    v = d.get(name)
    if v is None:
        raise InvalidRecord(f"missing field {name!r}")
    if not isinstance(v, str):
        raise InvalidRecord(f"field {name!r} must be a string, got {type(v).__name__}")
    if nonempty and not v.strip():
        raise InvalidRecord(f"field {name!r} must not be empty")
    return v


def optional_text(d: Mapping[str, Any], name: str) -> str | None:
    """A string, or ``None`` when the field is absent or null."""
    return None if d.get(name) is None else text(d, name)


def flag(d: Mapping[str, Any], name: str, default: bool) -> bool:
    """A JSON boolean, ``default`` when absent."""
    v = d.get(name, default)
    if not isinstance(v, bool):
        raise InvalidRecord(f"field {name!r} must be true or false, got {type(v).__name__}")
    return v


def json_object(value: Any) -> Mapping[str, Any]:
    """``value`` itself when it is a decoded JSON object."""
    if not isinstance(value, Mapping):
        raise InvalidRecord(f"expected a JSON object, got {type(value).__name__}")
    return value
