"""Per-movie gauges for the dashboard: each movie's latest TrendScore and forecast, with bounded cardinality.

Every movie is a labelled series (``movie_id``, ``title``), so the set must not grow without end: a movie
not updated for ``ttl`` seconds is dropped, at most ``max_movies`` are kept (the least recently updated go
first), and a worker drops the movies of the partitions a rebalance takes away from it, so each movie is
reported by the worker that currently owns it (:func:`forget_partitions`); once the rebalance completes it
reports the movies it owns from the lookup tables' newest rows (:func:`report_owned`).

The values live in plain dictionaries read by a custom collector at scrape time: an update is two dict
writes, never a registry lookup, and eviction needs no label bookkeeping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from trendscope_app import metrics

LABELS = ("movie_id", "title")

#: result-dict field -> (metric name, help) of the TrendScore gauges.
TREND_GAUGES: dict[str, tuple[str, str]] = {
    "trend_score": ("trendscope_movie_trend_score", "TrendScore of the movie's latest closed window"),
    "mentions": ("trendscope_movie_mentions", "Mentions in the movie's latest closed window"),
    "avg_sentiment": (
        "trendscope_movie_sentiment",
        "Mean VADER compound in the movie's latest closed window",
    ),
    "popularity": ("trendscope_movie_popularity", "TMDB popularity used by the movie's latest closed window"),
    "window_end": (
        "trendscope_movie_window_end_seconds",
        "End (epoch s) of the movie's latest closed window",
    ),
}
FORECAST_GAUGE = ("trendscope_movie_forecast", "Forecast TrendScore of the movie's next window")


@dataclass(slots=True)
class Entry:
    title: str
    order: float
    values: dict[str, float]
    updated: float


class LatestByMovie:
    """The newest values per movie, forgetting movies not updated for ``ttl`` seconds.

    ``order`` decides what is newest: an update with a smaller order than the stored one (an old window
    replayed after a newer one) is ignored.

    Examples
    --------
    >>> clock = iter([0.0, 1.0, 2.0, 5000.0]).__next__
    >>> m = LatestByMovie(ttl=3600, max_movies=10, clock=clock)
    >>> m.update(603, "The Matrix", 120.0, {"trend_score": 7.5})
    True
    >>> m.update(603, "The Matrix", 60.0, {"trend_score": 1.0})  # an older window: ignored
    False
    >>> [(mid, e.values["trend_score"]) for mid, e in m.items()]
    [(603, 7.5)]
    >>> list(m.items())  # an hour later
    []
    """

    def __init__(self, ttl: float, max_movies: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.max_movies = max_movies
        self.clock = clock
        # Dict order is update order (entries are re-inserted on update): the first ones are the oldest.
        self._entries: dict[int, Entry] = {}
        # Scrapes run on the web server's task, updates on agents' tasks of the same loop; the lock only
        # matters if a collector is ever read from another thread (prometheus_client's own HTTP server).
        self._lock = threading.Lock()

    def update(self, movie_id: int, title: str, order: float, values: Mapping[str, float]) -> bool:
        """Store ``values`` for the movie unless a newer ``order`` is stored; ``True`` if stored."""
        now = self.clock()
        with self._lock:
            old = self._entries.get(movie_id)
            if old is not None and order < old.order and now - old.updated <= self.ttl:
                return False
            self._entries.pop(movie_id, None)
            self._entries[movie_id] = Entry(title, order, dict(values), now)
            while len(self._entries) > self.max_movies:
                del self._entries[next(iter(self._entries))]
        return True

    def evict(self) -> int:
        """Drop movies not updated for ``ttl`` seconds; the number dropped."""
        cutoff = self.clock() - self.ttl
        dropped = 0
        with self._lock:
            while self._entries:
                movie_id, entry = next(iter(self._entries.items()))
                if entry.updated >= cutoff:
                    break
                del self._entries[movie_id]
                dropped += 1
        return dropped

    def drop_where(self, predicate: Callable[[int], bool]) -> int:
        """Drop the movies whose id satisfies ``predicate``; the number dropped."""
        with self._lock:
            gone = [m for m in self._entries if predicate(m)]
            for m in gone:
                del self._entries[m]
        return len(gone)

    def get(self, movie_id: int) -> Entry | None:
        return self._entries.get(movie_id)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def items(self) -> list[tuple[int, Entry]]:
        """Live entries, oldest update first."""
        self.evict()
        with self._lock:
            return list(self._entries.items())

    def __len__(self) -> int:
        return len(self._entries)


class MovieCollector(Collector):
    """Renders :class:`LatestByMovie` stores as gauges at scrape time (families appear even when empty,
    so the dashboard's metric names always exist)."""

    def __init__(self, trends: LatestByMovie, forecasts: LatestByMovie) -> None:
        self.trends = trends
        self.forecasts = forecasts

    def describe(self) -> Iterable[GaugeMetricFamily]:
        for name, doc in (*TREND_GAUGES.values(), FORECAST_GAUGE):
            yield GaugeMetricFamily(name, doc, labels=LABELS)

    def collect(self) -> Iterator[GaugeMetricFamily]:
        families = {
            field: GaugeMetricFamily(name, doc, labels=LABELS) for field, (name, doc) in TREND_GAUGES.items()
        }
        for movie_id, entry in self.trends.items():
            labels = [str(movie_id), entry.title]
            for field, family in families.items():
                value = entry.values.get(field)
                if value is not None:
                    family.add_metric(labels, value)
        yield from families.values()
        forecast = GaugeMetricFamily(*FORECAST_GAUGE, labels=LABELS)
        for movie_id, entry in self.forecasts.items():
            forecast.add_metric([str(movie_id), entry.title], entry.values["predicted"])
        yield forecast


TRENDS = LatestByMovie(ttl=3600.0, max_movies=2000)
FORECASTS = LatestByMovie(ttl=3600.0, max_movies=2000)
COLLECTOR = MovieCollector(TRENDS, FORECASTS)
metrics.REGISTRY.register(COLLECTOR)


def configure(ttl: float, max_movies: int) -> None:
    """Apply the settings (``METRICS_MOVIE_TTL_S``, ``METRICS_MAX_MOVIES``) to both stores."""
    for store in (TRENDS, FORECASTS):
        store.ttl = ttl
        store.max_movies = max_movies


def observe_trend(result: Mapping[str, Any]) -> None:
    """Record an emitted TrendScore (the dict published to ``trend_stream``) in the per-movie gauges.

    Examples
    --------
    >>> observe_trend({"movie_id": 42, "title": "Example", "window_start": 0.0, "window_end": 300.0,
    ...                "mentions": 3, "avg_sentiment": 0.5, "popularity": 10.0, "trend_score": 31.5})
    >>> TRENDS.items()[-1][1].values["trend_score"]
    31.5
    >>> _ = TRENDS.drop_where(lambda m: m == 42)
    """
    values = {field: float(result[field]) for field in TREND_GAUGES if result.get(field) is not None}
    TRENDS.update(
        int(result["movie_id"]), str(result.get("title") or ""), float(result["window_end"]), values
    )


def observe_forecast(
    movie_id: int, title: str | None, predicted: float, *, target_window_end: float | None = None
) -> None:
    """Record the forecast of a movie's next TrendScore in ``trendscope_movie_forecast``.

    ``title`` may be empty: the title of the movie's TrendScore gauge is used then. ``target_window_end``
    (the end of the window the forecast is for), when given, keeps an older forecast from overwriting a
    newer one; without it the latest call wins.

    Examples
    --------
    >>> observe_forecast(42, "Example", 12.5, target_window_end=360.0)
    >>> observe_forecast(42, "Example", 99.0, target_window_end=300.0)  # older target: ignored
    >>> FORECASTS.items()[-1][1].values
    {'predicted': 12.5}
    >>> _ = FORECASTS.drop_where(lambda m: m == 42)
    """
    movie_id = int(movie_id)
    if not title:
        known = TRENDS.get(movie_id)
        title = known.title if known is not None else ""
    order = target_window_end if target_window_end is not None else time.time()
    FORECASTS.update(movie_id, title, float(order), {"predicted": float(predicted)})


def forget_partitions(
    store: LatestByMovie, partitions: set[int], n_partitions: int, partition_of: Callable[[int, int], int]
) -> int:
    """Drop the movies of ``partitions`` (revoked from this worker): their new owner reports them now.

    Examples
    --------
    >>> s = LatestByMovie(ttl=60, max_movies=10)
    >>> for m in (1, 2, 3, 4):
    ...     _ = s.update(m, str(m), 0.0, {})
    >>> forget_partitions(s, {1}, 2, lambda movie, n: movie % n)
    2
    >>> sorted(m for m, _ in s.items())
    [2, 4]
    """
    if not partitions:
        return 0
    return store.drop_where(lambda movie_id: partition_of(movie_id, n_partitions) in partitions)


def report_owned(
    trends: Any,
    predictions: Any,
    *,
    windows: set[int],
    forecasts: set[int],
    n_partitions: int,
    partition_of: Callable[[int, int], int],
) -> int:
    """Report the newest TrendScore and forecast of the movies of the partitions this worker owns, from the
    lookup tables (:class:`~trendscope_app.tables.lookup.LookupTable`), as when they were published; the
    number of series updated. A TrendScore older than the TTL before the newest window is left out, as the
    TTL would have dropped it; a series newer here than in the tables is kept.

    Examples
    --------
    >>> class Rows:
    ...     def __init__(self, rows): self.rows, self.index = rows, self
    ...     def movies(self): return list(self.rows)
    ...     def latest_end(self): return max(r["window_end"] for r in self.rows.values())
    ...     def newest(self, movie_id, limit): return [self.rows[movie_id]] if movie_id in self.rows else []
    >>> trends = Rows({7: {"movie_id": 7, "title": "Up", "window_end": 9000.0, "trend_score": 3.5},
    ...                8: {"movie_id": 8, "title": "Her", "window_end": 1000.0, "trend_score": 1.0}})
    >>> report_owned(trends, Rows({}), windows={1}, forecasts=set(), n_partitions=2,
    ...              partition_of=lambda movie, n: movie % n)
    1
    >>> TRENDS.get(7).values["trend_score"], TRENDS.get(8)
    (3.5, None)
    >>> _ = TRENDS.drop_where(lambda m: m == 7)
    """
    n = 0
    newest_end = trends.index.latest_end()
    horizon = newest_end - TRENDS.ttl if newest_end is not None else float("-inf")
    for movie_id in trends.index.movies():
        part = partition_of(movie_id, n_partitions)
        if part in windows:
            rows = trends.newest(movie_id, 1)
            if rows and float(rows[0]["window_end"]) >= horizon:
                observe_trend(rows[0])
                n += 1
        if part in forecasts:
            rows = predictions.newest(movie_id, 1)
            if rows:
                row = rows[0]
                observe_forecast(
                    movie_id, None, row["predicted"], target_window_end=float(row["target_window_end"])
                )
                n += 1
    return n
