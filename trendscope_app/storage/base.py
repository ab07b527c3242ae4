"""What the history store holds and the interface every store implements.

Rows are plain frozen dataclasses with epoch-second times; a store turns them into its own types. Every
write is an upsert on the primary key, so a retry or a replay of the same message writes the same row.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from trendscope_app.models import Prediction, TrendScore

Row = TrendScore | Prediction

#: The history table of each row type (also the ``table`` label of the store's metrics).
TABLE_OF: dict[type[Row], str] = {TrendScore: "movie_trends", Prediction: "predictions"}


def coalesce(rows: Iterable[Row]) -> list[Row]:
    """One row per primary key, as the store would hold it after writing ``rows`` in order.

    Writes inside one round may run concurrently (Cassandra) so they must not touch the same key twice.

    Examples
    --------
    >>> rows = [Prediction(1, 0.0, 300.0, 5.0), Prediction(1, 0.0, 300.0, 5.0, actual=6.0),
    ...         Prediction(2, 0.0, 300.0, 1.0)]
    >>> [(r.movie_id, r.actual) for r in coalesce(rows)]
    [(1, 6.0), (2, None)]
    """
    out: dict[tuple[str, tuple[int, float]], Row] = {}
    for r in rows:
        k = (TABLE_OF[type(r)], r.key)
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


class HistoryStore(abc.ABC):
    """The history store. Writes are idempotent upserts; reads are bounded, newest first.

    Methods may raise any exception when the backend is down or slow: the caller
    (:class:`~trendscope_app.storage.writer.HistoryWriter`) retries.
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
    async def write_trends(self, rows: Sequence[TrendScore]) -> None:
        """Upsert ``rows`` (at most one per key) in one batch; all or an exception."""

    @abc.abstractmethod
    async def write_predictions(self, rows: Sequence[Prediction]) -> None:
        """Upsert ``rows`` (at most one per key), keeping stored values the rows leave empty."""

    @abc.abstractmethod
    async def trend_history(self, movie_id: int, between: TimeRange, limit: int) -> list[TrendScore]:
        """At most ``limit`` windows of ``movie_id`` with start in ``between``, newest first."""

    @abc.abstractmethod
    async def prediction_history(self, movie_id: int, between: TimeRange, limit: int) -> list[Prediction]:
        """At most ``limit`` forecasts of ``movie_id`` with target start in ``between``, newest first."""
