"""What the history store holds and the interface every store implements.

Rows are plain frozen dataclasses with epoch-second times; a store turns them into its own types. Every
write is an upsert on the primary key, so a retry or a replay of the same message writes the same row.
"""

from __future__ import annotations

import abc
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self


class BadRecord(ValueError):
    """A message that is not a well-formed trend or prediction."""


def _num(msg: Mapping[str, Any], name: str, *, optional: bool = False) -> float | None:
    v = msg.get(name)
    if v is None:
        if optional:
            return None
        raise BadRecord(f"{name} is missing")
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
        raise BadRecord(f"{name} must be a finite number")
    return float(v)


def _movie_id(msg: Mapping[str, Any]) -> int:
    v = msg.get("movie_id")
    if isinstance(v, bool) or not isinstance(v, int) or not 0 < v < 2**63:
        raise BadRecord("movie_id must be a positive integer")
    return v


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One closed window of one movie (the TrendScore of ``trend_stream``)."""

    movie_id: int
    window_start: float
    window_end: float
    title: str
    mentions: int
    avg_sentiment: float
    popularity: float
    trend_score: float
    #: ``False`` for a window closed before the input covered it; ``None`` for rows stored before the
    #: column existed.
    complete: bool | None = True

    table: ClassVar[str] = "movie_trends"

    @property
    def key(self) -> tuple[int, float]:
        return (self.movie_id, self.window_start)

    @classmethod
    def from_message(cls, msg: Mapping[str, Any]) -> Self:
        """Validate a decoded ``trend_stream`` value.

        Examples
        --------
        >>> TrendRow.from_message({"movie_id": 603, "title": "The Matrix", "window_start": 0,
        ...     "window_end": 300.0, "mentions": 2, "avg_sentiment": 0.5, "popularity": 10,
        ...     "trend_score": 31.0}).key
        (603, 0.0)
        >>> TrendRow.from_message({"movie_id": 603})
        Traceback (most recent call last):
        ...
        trendscope_app.storage.base.BadRecord: window_start is missing
        """
        if not isinstance(msg, Mapping):
            raise BadRecord("not a JSON object")
        mentions = msg.get("mentions")
        movie_id = _movie_id(msg)
        start, end = _num(msg, "window_start"), _num(msg, "window_end")
        if isinstance(mentions, bool) or not isinstance(mentions, int) or mentions < 0:
            raise BadRecord("mentions must be a non-negative integer")
        title = msg.get("title", "")
        if not isinstance(title, str):
            raise BadRecord("title must be a string")
        complete = msg.get("complete", True)
        if not isinstance(complete, bool):
            raise BadRecord("complete must be true or false")
        return cls(
            movie_id=movie_id,
            window_start=start,  # type: ignore[arg-type]
            window_end=end,  # type: ignore[arg-type]
            title=title,
            mentions=mentions,
            avg_sentiment=_num(msg, "avg_sentiment"),  # type: ignore[arg-type]
            popularity=_num(msg, "popularity"),  # type: ignore[arg-type]
            trend_score=_num(msg, "trend_score"),  # type: ignore[arg-type]
            complete=complete,
        )

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Self:
        """A row read back from SQLite, in ``schema.TREND_COLUMNS`` order (``complete`` is 0, 1 or NULL)."""
        (movie_id, start, end, title, mentions, sentiment, popularity, score, complete) = row
        flag = None if complete is None else bool(complete)
        return cls(movie_id, start, end, title, mentions, sentiment, popularity, score, flag)

    def merge(self, newer: TrendRow) -> TrendRow:
        """A rewrite of the same window replaces it (a replay writes identical values anyway)."""
        return newer

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class PredictionRow:
    """One forecast of one movie's target window; ``actual``/errors arrive in a later message."""

    movie_id: int
    target_window_start: float
    target_window_end: float
    predicted: float
    actual: float | None = None
    error: float | None = None
    baseline: float | None = None
    baseline_error: float | None = None
    model_version: str | None = None
    made_at_window_end: float | None = None

    table: ClassVar[str] = "predictions"

    @property
    def key(self) -> tuple[int, float]:
        return (self.movie_id, self.target_window_start)

    @classmethod
    def from_message(cls, msg: Mapping[str, Any]) -> Self:
        """Validate a decoded ``predictions`` value.

        Examples
        --------
        >>> p = PredictionRow.from_message({"movie_id": 7, "target_window_start": 60,
        ...     "target_window_end": 360, "predicted": 12.5, "baseline": 11.0, "model_version": "m1",
        ...     "made_at_window_end": 300, "actual": None, "error": None, "baseline_error": None})
        >>> p.key, p.actual
        ((7, 60.0), None)
        >>> PredictionRow.from_message({"movie_id": 7, "target_window_start": 60,
        ...     "target_window_end": 360, "predicted": "high"})
        Traceback (most recent call last):
        ...
        trendscope_app.storage.base.BadRecord: predicted must be a finite number
        """
        if not isinstance(msg, Mapping):
            raise BadRecord("not a JSON object")
        version = msg.get("model_version")
        if version is not None and not isinstance(version, str):
            version = str(version)
        return cls(
            movie_id=_movie_id(msg),
            target_window_start=_num(msg, "target_window_start"),  # type: ignore[arg-type]
            target_window_end=_num(msg, "target_window_end"),  # type: ignore[arg-type]
            predicted=_num(msg, "predicted"),  # type: ignore[arg-type]
            actual=_num(msg, "actual", optional=True),
            error=_num(msg, "error", optional=True),
            baseline=_num(msg, "baseline", optional=True),
            baseline_error=_num(msg, "baseline_error", optional=True),
            model_version=version,
            made_at_window_end=_num(msg, "made_at_window_end", optional=True),
        )

    def merge(self, newer: PredictionRow) -> PredictionRow:
        """What the store holds after ``self`` then ``newer``: a value ``newer`` leaves empty is kept.

        Examples
        --------
        >>> a = PredictionRow(1, 0.0, 300.0, predicted=5.0, actual=7.0, error=2.0)
        >>> b = PredictionRow(1, 0.0, 300.0, predicted=5.0)
        >>> a.merge(b).actual, b.merge(a).actual
        (7.0, 7.0)
        """
        values = {}
        for f in fields(self):
            new = getattr(newer, f.name)
            values[f.name] = getattr(self, f.name) if new is None else new
        return PredictionRow(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


Row = TrendRow | PredictionRow


def coalesce(rows: Iterable[Row]) -> list[Row]:
    """One row per primary key, as the store would hold it after writing ``rows`` in order.

    Writes inside one round may run concurrently (Cassandra) so they must not touch the same key twice.

    Examples
    --------
    >>> rows = [PredictionRow(1, 0.0, 300.0, 5.0), PredictionRow(1, 0.0, 300.0, 5.0, actual=6.0),
    ...         PredictionRow(2, 0.0, 300.0, 1.0)]
    >>> [(r.movie_id, r.actual) for r in coalesce(rows)]
    [(1, 6.0), (2, None)]
    """
    out: dict[tuple[str, tuple[int, float]], Row] = {}
    for r in rows:
        k = (r.table, r.key)
        old = out.get(k)
        out[k] = r if old is None else old.merge(r)  # type: ignore[arg-type]
    return list(out.values())


@dataclass(frozen=True, slots=True)
class TimeRange:
    """Inclusive bounds on a table's window start (``None``: open)."""

    start: float | None = None
    end: float | None = None

    #: Stand-ins for an open bound: far outside any window yet inside every store's time type.
    LOW: ClassVar[float] = -62_135_596_800.0  # 0001-01-01
    HIGH: ClassVar[float] = 253_402_300_799.0  # 9999-12-31T23:59:59

    @property
    def low(self) -> float:
        return self.LOW if self.start is None else max(self.start, self.LOW)

    @property
    def high(self) -> float:
        return self.HIGH if self.end is None else min(self.end, self.HIGH)


class Store(abc.ABC):
    """The history store. Writes are idempotent upserts; reads are bounded, newest first.

    Methods may raise any exception when the backend is down or slow: the caller
    (:class:`~trendscope_app.storage.writer.StoreWriter`) retries.
    """

    #: Short backend name for logs and metrics.
    name: ClassVar[str] = "store"

    @abc.abstractmethod
    async def start(self) -> None:
        """Connect and create the schema if missing. Safe to call again after a failure."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release connections and threads."""

    @property
    @abc.abstractmethod
    def ready(self) -> bool:
        """``start`` has succeeded and ``close`` was not called."""

    @abc.abstractmethod
    async def write_trends(self, rows: Sequence[TrendRow]) -> None:
        """Upsert ``rows`` (at most one per key) in one batch; all or an exception."""

    @abc.abstractmethod
    async def write_predictions(self, rows: Sequence[PredictionRow]) -> None:
        """Upsert ``rows`` (at most one per key), keeping stored values the rows leave empty."""

    @abc.abstractmethod
    async def trend_history(self, movie_id: int, between: TimeRange, limit: int) -> list[TrendRow]:
        """At most ``limit`` windows of ``movie_id`` with start in ``between``, newest first."""

    @abc.abstractmethod
    async def prediction_history(self, movie_id: int, between: TimeRange, limit: int) -> list[PredictionRow]:
        """At most ``limit`` forecasts of ``movie_id`` with target start in ``between``, newest first."""
