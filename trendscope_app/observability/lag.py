"""Consumer lag per topic partition, computed when Prometheus scrapes.

Faust's own sensor gauges (``faust_topic_partition_end_offset`` / ``..._offset_commited``) are cleared at
every rebalance and the end offset moves only when a record arrives, so a lag built from them can go
missing exactly when it matters. This collector asks the consumer at scrape time instead: log end offset
(the high watermark of the last fetch, which is right even on the embedded broker, docs/broker.md) minus
the group's committed offset as this worker knows it: what it committed last, or what the group had
committed when the partition was assigned here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

LAG = ("trendscope_consumer_lag", "Messages not yet committed by this worker (log end - committed offset)")
END = ("trendscope_consumer_end_offset", "Log end offset (high watermark) of an assigned partition")


def lag_rows(
    assigned: Iterable[Any],
    highwater: Callable[[Any], int | None],
    committed: Mapping[Any, int | None],
    skip_topic: Callable[[str], bool] = lambda t: False,
) -> list[tuple[str, int, int, int]]:
    """``(topic, partition, end_offset, lag)`` of every assigned partition whose end offset is known.

    A partition this group never committed counts from offset 0 (the consumer starts at the earliest
    record), so a worker stuck before its first commit still shows its whole backlog.

    Examples
    --------
    >>> from collections import namedtuple
    >>> TP = namedtuple("TP", "topic partition")
    >>> tps = [TP("reddit_stream", 0), TP("reddit_stream", 1), TP("t-changelog", 0), TP("tmdb_stream", 0)]
    >>> hw = {tps[0]: 120, tps[1]: 40, tps[2]: 9}.get
    >>> lag_rows(tps, hw, {tps[0]: 100}, skip_topic=lambda t: t.endswith("-changelog"))
    [('reddit_stream', 0, 120, 20), ('reddit_stream', 1, 40, 40)]
    """
    rows = []
    for tp in sorted(assigned, key=lambda tp: (tp.topic, tp.partition)):
        if skip_topic(tp.topic):
            continue
        end = highwater(tp)
        if end is None:
            continue
        done = committed.get(tp) or 0
        rows.append((tp.topic, tp.partition, end, max(0, end - done)))
    return rows


def is_internal(topic: str) -> bool:
    """Faust's own topics: table changelogs (never committed by the group) and the assignor's topic.

    Examples
    --------
    >>> is_internal("trendscope-catalog-changelog"), is_internal("reddit_stream")
    (True, False)
    """
    return topic.endswith("-changelog") or "__assignor" in topic


class ConsumerLagCollector(Collector):
    """Reads the current app's consumer; ``app`` is replaced when a new app is built in the same process."""

    def __init__(self) -> None:
        self.app: Any = None
        #: The comment reader (its own consumer group, outside Faust's consumer).
        self.reader: Any = None

    def describe(self) -> Iterable[GaugeMetricFamily]:
        return [
            GaugeMetricFamily(*LAG, labels=("topic", "partition")),
            GaugeMetricFamily(*END, labels=("topic", "partition")),
        ]

    def collect(self) -> Iterator[GaugeMetricFamily]:
        lag = GaugeMetricFamily(*LAG, labels=("topic", "partition"))
        end = GaugeMetricFamily(*END, labels=("topic", "partition"))
        for topic, partition, end_offset, behind in self._rows():
            lag.add_metric([topic, str(partition)], behind)
            end.add_metric([topic, str(partition)], end_offset)
        yield lag
        yield end

    def _rows(self) -> list[tuple[str, int, int, int]]:
        rows = self._faust_rows()
        reader = self.reader
        if reader is not None:
            rows += lag_rows(reader.assignment(), reader.highwater, reader.committed)
        return sorted(rows)

    def _faust_rows(self) -> list[tuple[str, int, int, int]]:
        app = self.app
        # The consumer exists only once the worker runs; a scrape before that must not build one.
        consumer = getattr(app, "_consumer", None) if app is not None else None
        if consumer is None:
            return []

        def highwater(tp: Any) -> int | None:
            try:
                return consumer.highwater(tp)
            except Exception:
                # Not (or no longer) assigned, or the consumer thread is not up yet: a scrape must
                # never fail because of the consumer's state.
                return None

        try:
            assigned = consumer.assignment()
        except Exception:  # ConsumerNotStarted before the first assignment
            return []
        # Faust keeps what it committed only here (no public accessor; the monitor's copy is emptied at
        # every rebalance).
        return lag_rows(assigned, highwater, consumer._committed_offset, skip_topic=is_internal)
