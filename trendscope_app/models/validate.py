"""Validation of raw input messages, so bad input is dead-lettered with a reason instead of crashing.

Faust would raise inside the stream on a record that does not parse; here the agent validates the raw
bytes first and only well-formed input goes further.
"""

from __future__ import annotations

import html
import json
from typing import Any

from trendscope_app.models.fields import InvalidRecord, integer, number, optional_text, text
from trendscope_app.models.inputs import Comment, TmdbSnapshot

__all__ = ["InvalidRecord", "comment_text", "parse_comment", "parse_snapshot"]


def _obj(raw: bytes, max_bytes: int) -> dict[str, Any]:
    if raw is None:
        raise InvalidRecord("empty message")
    if len(raw) > max_bytes:
        raise InvalidRecord(f"message too large: {len(raw)} bytes > {max_bytes}")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidRecord(f"invalid UTF-8 at byte {e.start}") from None
    try:
        value = json.loads(decoded)
    except (json.JSONDecodeError, RecursionError) as e:
        raise InvalidRecord(f"invalid JSON: {getattr(e, 'msg', e)}") from None
    if not isinstance(value, dict):
        raise InvalidRecord(f"expected a JSON object, got {type(value).__name__}")
    return value


def _event_time(d: dict[str, Any], name: str, now: float, max_future_s: float) -> float:
    t = number(d, name, lo=0.0)
    if t > now + max_future_s:
        raise InvalidRecord(f"field {name!r} is {t - now:.0f} s in the future (limit {max_future_s:.0f} s)")
    return t


def comment_text(body: str) -> str:
    """What the person wrote, from a body as Reddit serves it: its API (without ``raw_json``) and its
    dumps escape ``&``, ``<`` and ``>``, once.

    Matching needs it (``Fast &amp; Furious``) and so does sentiment: VADER scores ``<3`` and ``</3``,
    not ``&lt;3``.

    Examples
    --------
    >>> comment_text("Fast &amp; Furious &lt;3"), comment_text("&amp;lt;3 is how you escape it")
    ('Fast & Furious <3', '&lt;3 is how you escape it')
    """
    return html.unescape(body) if "&" in body else body


def parse_comment(raw: bytes, *, now: float, max_future_s: float, max_bytes: int = 1_000_000) -> Comment:
    """Validate a ``reddit_stream`` message and return its fields, the body decoded (:func:`comment_text`).

    Examples
    --------
    >>> parse_comment(b'{"id":"a1","body":"hi","created_utc":10,"score":1,"subreddit":"movies"}',
    ...               now=100, max_future_s=60)["created_utc"]
    10.0
    >>> parse_comment(b'{"id":"a1","body":"hi","created_utc":10,"subreddit":"movies"}',
    ...               now=100, max_future_s=60)
    Traceback (most recent call last):
    ...
    trendscope_app.models.fields.InvalidRecord: missing field 'score'
    """
    d = _obj(raw, max_bytes)
    return {
        "id": text(d, "id", nonempty=True),
        "body": comment_text(text(d, "body")),
        "created_utc": _event_time(d, "created_utc", now, max_future_s),
        "score": integer(d, "score"),
        "subreddit": text(d, "subreddit"),
        "author": optional_text(d, "author"),
        "permalink": optional_text(d, "permalink"),
    }


def parse_snapshot(
    raw: bytes, *, now: float, max_future_s: float, max_bytes: int = 1_000_000
) -> TmdbSnapshot:
    """Validate a ``tmdb_stream`` message and return its fields.

    Examples
    --------
    >>> parse_snapshot(b'{"id":1,"title":"X","popularity":-1,"vote_average":5,"vote_count":1,"fetched_at":9}',
    ...                now=100, max_future_s=60)
    Traceback (most recent call last):
    ...
    trendscope_app.models.fields.InvalidRecord: field 'popularity' must be >= 0.0
    """
    d = _obj(raw, max_bytes)
    return {
        "id": integer(d, "id", lo=1),
        "title": text(d, "title", nonempty=True),
        "original_title": optional_text(d, "original_title"),
        "release_date": optional_text(d, "release_date"),
        "popularity": number(d, "popularity", lo=0.0),
        "vote_average": number(d, "vote_average", lo=0.0, hi=10.0),
        "vote_count": integer(d, "vote_count", lo=0),
        "fetched_at": _event_time(d, "fetched_at", now, max_future_s),
    }
