"""Observability hooks (issue 6): Faust's sensor metrics, consumer lag and per-movie gauges, all in the
app's one Prometheus registry (:data:`trendscope_app.metrics.REGISTRY`, served at ``/metrics``).

Faust's metrics come from its default monitor, read at scrape time and prefixed ``faust_``
(:mod:`~trendscope_app.observability.faust_sensors` says why not ``PrometheusMonitor``), so the app's
``trendscope_*`` metrics and Faust's come out of the same endpoint and the dashboard's queries do not
depend on ``APP_ID``. Prometheus adds ``job`` and ``instance`` (one per worker).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import faust
from faust.types import TP

from trendscope_app import metrics
from trendscope_app.observability import movies, stages
from trendscope_app.observability.faust_sensors import FaustMonitorCollector
from trendscope_app.observability.lag import ConsumerLagCollector
from trendscope_app.observability.rocksdb import RocksDBCollector

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

log = logging.getLogger(__name__)

# Registered once per process (a registry refuses a name twice); they follow the latest app built.
LAG = ConsumerLagCollector()
FAUST = FaustMonitorCollector(prefix="faust")
ROCKSDB = RocksDBCollector()
metrics.REGISTRY.register(LAG)
metrics.REGISTRY.register(FAUST)
metrics.REGISTRY.register(ROCKSDB)


def register(app: faust.App, rt: Runtime) -> None:
    """Install sensors and extra metrics on ``app``."""
    s = rt.settings
    movies.configure(ttl=s.metrics_movie_ttl_s, max_movies=s.metrics_max_movies)
    LAG.app = app
    LAG.reader = rt.comments
    stages.COLLECTOR.newest_closed = rt.tables.trends.index.latest_end

    def highwater(key: tuple[str, int]) -> int | None:
        try:
            return app.consumer.highwater(TP(*key))
        except Exception:  # not started, or not assigned: nothing to report
            return None

    stages.COLLECTOR.highwater = highwater
    FAUST.app = app
    ROCKSDB.app = app
    # Series that exist from the start at 0: otherwise the first dead letter creates its series already
    # at 1, increase()/rate() see no increase, and the dead-letter alert never fires for it.
    for topic in (s.reddit_topic, s.tmdb_topic):
        metrics.MESSAGES_IN.labels(topic=topic)
        metrics.DEAD_LETTERS.labels(topic=topic)

    from trendscope_app.models.keys import partition_for

    def partitions(tps: set[Any], topic: str) -> set[int]:
        return {tp.partition for tp in tps if tp.topic == topic}

    @app.on_partitions_revoked.connect
    async def forget_revoked_movies(app: faust.App, revoked: set[Any], **_: Any) -> None:
        # The movies of a revoked partition are now reported by their new owner; keeping them here would
        # show two values per movie (one frozen) until the TTL ran out.
        n = s.topic_partitions
        trends = partitions(revoked, s.movie_events_topic)
        forecasts = partitions(revoked, s.trend_topic)
        dropped = movies.forget_partitions(movies.TRENDS, trends, n, partition_for)
        dropped += movies.forget_partitions(movies.FORECASTS, forecasts, n, partition_for)
        if dropped:
            log.info("dropped %d per-movie series of revoked partitions", dropped)

    @app.on_rebalance_complete.connect
    async def report_owned_movies(app: faust.App, **_: Any) -> None:
        # A rebalance revokes every partition, kept ones included, and a movie's series came back only with
        # its next window: after a takeover in a quiet hour, or at the end of a replay, never. Its newest
        # rows are in the lookup tables every worker holds, recovered by the time a rebalance completes.
        owned = app.consumer.assignment()
        try:
            reported = movies.report_owned(
                rt.tables.trends,
                rt.tables.predictions,
                windows=partitions(owned, s.movie_events_topic),
                forecasts=partitions(owned, s.trend_topic),
                n_partitions=s.topic_partitions,
                partition_of=partition_for,
            )
        except Exception as exc:  # gauges must never stop the rebalance that sends this signal
            log.warning("per-movie series of assigned partitions not reported: %r", exc)
            return
        if reported:
            log.info("reporting %d per-movie series of assigned partitions from the lookups", reported)
