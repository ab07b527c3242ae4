"""Record types of the public topics.

Input records are validated by :mod:`trendscope_app.models.validate` before they become records, so a
malformed message is dead-lettered with a reason instead of raising inside the stream.
"""

from __future__ import annotations

import faust


class Comment(faust.Record, serializer="json"):
    """A Reddit comment (``reddit_stream``); ``created_utc`` is its event time."""

    id: str
    body: str
    created_utc: float
    score: int
    subreddit: str
    author: str | None = None
    permalink: str | None = None


class TmdbSnapshot(faust.Record, serializer="json"):
    """One TMDB observation of a movie (``tmdb_stream``); ``fetched_at`` is its event time."""

    id: int
    title: str
    popularity: float
    vote_average: float
    vote_count: int
    fetched_at: float
    original_title: str | None = None
    release_date: str | None = None


class TrendScore(faust.Record, serializer="json"):
    """The final score of one movie for one closed window (``trend_stream``)."""

    movie_id: int
    title: str
    window_start: float
    window_end: float
    mentions: int
    avg_sentiment: float
    popularity: float
    trend_score: float
    #: False when the window was closed before the input covered it (docs/windows.md).
    complete: bool = True


class Prediction(faust.Record, serializer="json"):
    """A forecast of a movie's TrendScore for the window ending at ``target_window_end``."""

    movie_id: int
    target_window_start: float
    target_window_end: float
    predicted: float
    baseline: float
    model_version: str
    made_at_window_end: float
    actual: float | None = None
    error: float | None = None
    baseline_error: float | None = None
