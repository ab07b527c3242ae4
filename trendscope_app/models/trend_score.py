"""The TrendScore: one movie's score for one closed window (topic ``trend_stream``).

The window stage creates it, the forecaster learns from it, the history store keeps it and the web
serves it; all of them use this one class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trendscope_app.models import fields as f


@dataclass(frozen=True, slots=True)
class TrendScore:
    """Movie ``movie_id`` over ``[window_start, window_end)``.

    Examples
    --------
    >>> t = TrendScore.from_message({"movie_id": 603, "title": "The Matrix", "window_start": 0,
    ...     "window_end": 300.0, "mentions": 2, "avg_sentiment": 0.5, "popularity": 10,
    ...     "trend_score": 31.0})
    >>> t.key, t.complete
    ((603, 0.0), True)
    >>> TrendScore.from_message(t.as_dict()) == t
    True
    >>> TrendScore.from_message({"movie_id": 603})
    Traceback (most recent call last):
    ...
    trendscope_app.models.fields.InvalidRecord: missing field 'window_start'
    """

    movie_id: int
    title: str
    window_start: float
    window_end: float
    mentions: int
    avg_sentiment: float
    popularity: float
    trend_score: float
    #: ``True`` when the input's own progress passed the window's end; ``False`` when an idle flush or
    #: the idle clock closed it before the data covered it (the end of a replay, an outage); ``None``
    #: for a row stored before the field existed.
    complete: bool | None = True
    #: Where the window's mentions came from: ``{"subreddits": {name: mentions} (top 5), "comments":
    #: [{"id", "permalink", "score"}] (best 3 by Reddit score)}``; ``None`` without mentions with a source.
    evidence: dict[str, Any] | None = field(default=None, hash=False)

    @property
    def key(self) -> tuple[int, float]:
        """The history store's primary key."""
        return (self.movie_id, self.window_start)

    @classmethod
    def from_message(cls, msg: Any) -> TrendScore:
        """Validate a decoded ``trend_stream`` value (``title`` may be absent: the forecaster's tests
        and old messages omit it)."""
        d = f.json_object(msg)
        title = d.get("title", "")
        if not isinstance(title, str):
            raise f.InvalidRecord(f"field 'title' must be a string, got {type(title).__name__}")
        return cls(
            movie_id=f.movie_id(d),
            title=title,
            window_start=f.number(d, "window_start"),
            window_end=f.number(d, "window_end"),
            mentions=f.integer(d, "mentions", lo=0),
            avg_sentiment=f.number(d, "avg_sentiment"),
            popularity=f.number(d, "popularity"),
            trend_score=f.number(d, "trend_score"),
            complete=f.flag(d, "complete", True),
            evidence=_evidence(d.get("evidence")),
        )

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of ``trend_stream`` and of the API."""
        return {
            "movie_id": self.movie_id,
            "title": self.title,
            "window_start": self.window_start,
            "window_end": self.window_end,
            "mentions": self.mentions,
            "avg_sentiment": self.avg_sentiment,
            "popularity": self.popularity,
            "trend_score": self.trend_score,
            "complete": self.complete,
            "evidence": self.evidence,
        }

    def merge(self, newer: TrendScore) -> TrendScore:
        """A rewrite of the same window replaces it (a replay writes identical values anyway)."""
        return newer


def _evidence(value: Any) -> dict[str, Any] | None:
    if value is not None and not (
        isinstance(value, dict)
        and isinstance(value.get("subreddits", {}), dict)
        and isinstance(value.get("comments", []), list)
    ):
        raise f.InvalidRecord("field 'evidence' must be an object with 'subreddits' and 'comments'")
    return value
