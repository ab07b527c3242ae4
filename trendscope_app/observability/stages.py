"""How far each stage downstream of the windows is behind them: in event seconds and in records.

The window stage publishes TrendScores on ``trend_stream``; the forecast stage and the history store
consume them (the store also the forecasts). A stage that falls behind shows first as old lookups, so
each stage reports, at scrape time and in ``/health``:

- ``trendscope_stage_lag_seconds{stage}``: event time between the newest window any worker has closed
  (from the lookup table every worker holds) and the newest window this stage has finished here;
- ``trendscope_stage_lag_records{stage}``: records of its input partitions on this worker not yet
  finished (high watermark of the last fetch minus the next offset to finish);
- ``trendscope_stage_latency_seconds{stage}`` (a histogram): wall time from a record's publication to the
  stage's result being readable (lookup row or stored history row).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from trendscope_app import metrics

__all__ = ["STAGES", "StageProgress", "StagesCollector"]

LATENCY = Histogram(
    "trendscope_stage_latency_seconds",
    "Wall time from a record's publication to the stage's result being readable",
    ["stage"],
    # Fine between 0.5 and 5 s, where the targets (forecast 1 s, history 2 s) and a backlog's waits fall.
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.5, 10.0, 30.0),
    registry=metrics.REGISTRY,
)


#: ``(topic, partition, offset, published_at, window_end)`` of a record whose result is readable.
Done = tuple[str, int, int, float, float | None]


@dataclass
class StageProgress:
    """What one stage has finished on this worker.

    Examples
    --------
    >>> p = StageProgress("forecast")
    >>> p.done([("trend_stream", 0, 41, 1_000.0, 600.0), ("trend_stream", 1, 9, 1_000.2, 540.0)], now=1_000.5)
    >>> p.lag_seconds(720.0), p.lag_records({("trend_stream", 0): 50, ("trend_stream", 1): 10}.get)
    (120.0, 8)
    """

    stage: str
    next_offset: dict[tuple[str, int], int] = field(default_factory=dict)
    window_end: float | None = None

    def done(
        self,
        records: Iterable[tuple[str, int, int, float, float | None]],
        now: float | None = None,
        latency: bool = True,
    ) -> None:
        """Records ``(topic, partition, offset, published_at, window_end)`` whose results are readable now;
        ``latency=False`` for records whose results were readable before (counted then)."""
        now = time.time() if now is None else now
        newest_published = None
        for topic, partition, offset, published_at, end in records:
            key = (topic, partition)
            self.next_offset[key] = max(self.next_offset.get(key, 0), offset + 1)
            if end is not None and (self.window_end is None or end > self.window_end):
                self.window_end = end
            newest_published = (
                published_at if newest_published is None else max(newest_published, published_at)
            )
        if newest_published is not None and latency:
            # One observation per batch, for its newest record: what a reader of the newest window waits.
            LATENCY.labels(stage=self.stage).observe(max(0.0, now - newest_published))

    def forget(self, partitions: Iterable[tuple[str, int]]) -> None:
        for key in partitions:
            self.next_offset.pop(key, None)

    def lag_seconds(self, newest_closed: float | None) -> float | None:
        if newest_closed is None:
            return None
        if self.window_end is None:
            return None
        return max(0.0, newest_closed - self.window_end)

    def lag_records(self, highwater: Callable[[tuple[str, int]], int | None]) -> int:
        behind = 0
        for key, offset in self.next_offset.items():
            end = highwater(key)
            if end is not None:
                behind += max(0, end - offset)
        return behind


STAGES: dict[str, StageProgress] = {name: StageProgress(name) for name in ("forecast", "history")}


class StagesCollector(Collector):
    """Scrape-time gauges of :data:`STAGES`; ``newest_closed`` and ``highwater`` are set by the app."""

    def __init__(self) -> None:
        self.newest_closed: Callable[[], float | None] = lambda: None
        self.highwater: Callable[[tuple[str, int]], int | None] = lambda key: None

    def status(self) -> dict[str, dict[str, Any]]:
        newest = self.newest_closed()
        return {
            name: {"lag_seconds": p.lag_seconds(newest), "lag_records": p.lag_records(self.highwater)}
            for name, p in STAGES.items()
        }

    def describe(self) -> Iterable[GaugeMetricFamily]:
        return list(self._families())

    def collect(self) -> Iterator[GaugeMetricFamily]:
        seconds, records = self._families()
        for name, row in self.status().items():
            if row["lag_seconds"] is not None:
                seconds.add_metric([name], row["lag_seconds"])
            records.add_metric([name], row["lag_records"])
        yield seconds
        yield records

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, GaugeMetricFamily]:
        return (
            GaugeMetricFamily(
                "trendscope_stage_lag_seconds",
                "Event seconds between the newest closed window and the newest one this stage finished here",
                labels=("stage",),
            ),
            GaugeMetricFamily(
                "trendscope_stage_lag_records",
                "Input records of this stage on this worker not yet finished",
                labels=("stage",),
            ),
        )


COLLECTOR = StagesCollector()
metrics.REGISTRY.register(COLLECTOR)
