"""The input messages: a Reddit comment (``reddit_stream``) and a TMDB snapshot (``tmdb_stream``).

Inputs stay plain dicts on the hot path (ingest reads tens of thousands a second); these types name their
fields for readers and type checkers, and :mod:`trendscope_app.models.validate` builds them from raw
bytes. The JSON Schemas users validate their own files with are in ``models/schemas/``.
"""

from __future__ import annotations

from typing import TypedDict


class Comment(TypedDict):
    """A Reddit comment; ``created_utc`` is its event time."""

    id: str
    body: str
    created_utc: float
    score: int
    subreddit: str
    author: str | None
    permalink: str | None


class TmdbSnapshot(TypedDict):
    """One TMDB observation of a movie; ``fetched_at`` is its event time."""

    id: int
    title: str
    original_title: str | None
    release_date: str | None
    popularity: float
    vote_average: float
    vote_count: int
    fetched_at: float
