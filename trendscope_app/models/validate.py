"""Validation of raw input messages, so bad input is dead-lettered with a reason instead of crashing.

Faust would raise inside the stream on a record that does not parse; here the agent validates the raw
bytes first and only well-formed input goes further.
"""

from __future__ import annotations

import json
import math
from typing import Any


class InvalidRecord(ValueError):
    """A message that cannot be used; ``str(err)`` is the dead-letter reason."""


def _obj(raw: bytes, max_bytes: int) -> dict[str, Any]:
    if raw is None:
        raise InvalidRecord("empty message")
    if len(raw) > max_bytes:
        raise InvalidRecord(f"message too large: {len(raw)} bytes > {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidRecord(f"invalid UTF-8 at byte {e.start}") from None
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise InvalidRecord(f"invalid JSON: {getattr(e, 'msg', e)}") from None
    if not isinstance(value, dict):
        raise InvalidRecord(f"expected a JSON object, got {type(value).__name__}")
    return value


def _str(d: dict[str, Any], name: str, *, optional: bool = False, nonempty: bool = False) -> str | None:
    v = d.get(name)
    if v is None:
        if optional:
            return None
        raise InvalidRecord(f"missing field {name!r}")
    if not isinstance(v, str):
        raise InvalidRecord(f"field {name!r} must be a string, got {type(v).__name__}")
    if nonempty and not v.strip():
        raise InvalidRecord(f"field {name!r} must not be empty")
    return v


def _num(d: dict[str, Any], name: str, *, lo: float | None = None, hi: float | None = None) -> float:
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


def _int(d: dict[str, Any], name: str, *, lo: int | None = None) -> int:
    v = d.get(name)
    if v is None:
        raise InvalidRecord(f"missing field {name!r}")
    if isinstance(v, bool) or not isinstance(v, int):
        raise InvalidRecord(f"field {name!r} must be an integer, got {type(v).__name__}")
    if lo is not None and v < lo:
        raise InvalidRecord(f"field {name!r} must be >= {lo}")
    return v


def _event_time(d: dict[str, Any], name: str, now: float, max_future_s: float) -> float:
    t = _num(d, name, lo=0.0)
    if t > now + max_future_s:
        raise InvalidRecord(f"field {name!r} is {t - now:.0f} s in the future (limit {max_future_s:.0f} s)")
    return t


def parse_comment(
    raw: bytes, *, now: float, max_future_s: float, max_bytes: int = 1_000_000
) -> dict[str, Any]:
    """Validate a ``reddit_stream`` message and return its fields.

    Examples
    --------
    >>> parse_comment(b'{"id":"a1","body":"hi","created_utc":10,"score":1,"subreddit":"movies"}',
    ...               now=100, max_future_s=60)["created_utc"]
    10.0
    >>> parse_comment(b'{"id":"a1","body":"hi","created_utc":10,"subreddit":"movies"}',
    ...               now=100, max_future_s=60)
    Traceback (most recent call last):
    ...
    trendscope_app.models.validate.InvalidRecord: missing field 'score'
    """
    d = _obj(raw, max_bytes)
    return {
        "id": _str(d, "id", nonempty=True),
        "body": _str(d, "body"),
        "created_utc": _event_time(d, "created_utc", now, max_future_s),
        "score": _int(d, "score"),
        "subreddit": _str(d, "subreddit"),
        "author": _str(d, "author", optional=True),
        "permalink": _str(d, "permalink", optional=True),
    }


def parse_snapshot(
    raw: bytes, *, now: float, max_future_s: float, max_bytes: int = 1_000_000
) -> dict[str, Any]:
    """Validate a ``tmdb_stream`` message and return its fields.

    Examples
    --------
    >>> parse_snapshot(b'{"id":1,"title":"X","popularity":-1,"vote_average":5,"vote_count":1,"fetched_at":9}',
    ...                now=100, max_future_s=60)
    Traceback (most recent call last):
    ...
    trendscope_app.models.validate.InvalidRecord: field 'popularity' must be >= 0.0
    """
    d = _obj(raw, max_bytes)
    return {
        "id": _int(d, "id", lo=1),
        "title": _str(d, "title", nonempty=True),
        "original_title": _str(d, "original_title", optional=True),
        "release_date": _str(d, "release_date", optional=True),
        "popularity": _num(d, "popularity", lo=0.0),
        "vote_average": _num(d, "vote_average", lo=0.0, hi=10.0),
        "vote_count": _int(d, "vote_count", lo=0),
        "fetched_at": _event_time(d, "fetched_at", now, max_future_s),
    }
