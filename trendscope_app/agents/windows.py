"""Window stage: per-partition event-time windows over ``movie_events``, emitting final TrendScores.

Thin on purpose: the logic is :class:`~trendscope_app.windows.aggregator.PartitionAggregator`; this module
loads it from the ``window_state`` table, feeds it, publishes what closed and writes back what changed.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiokafka.structs import RecordMetadata
from faust.types import EventT

from trendscope_app import metrics
from trendscope_app.agents.context import by_partition, event_context, publish_acked, published
from trendscope_app.agents.rereads import in_order, read_again, stale_limit
from trendscope_app.models import TrendScore
from trendscope_app.models.movie_events import MovieEventBatch, all_sources
from trendscope_app.observability import observe_trend
from trendscope_app.observability.stages import Done
from trendscope_app.scoring.trendscore import Weights
from trendscope_app.windows import persist
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

log = logging.getLogger(__name__)

#: Least seconds between two late-event warnings of one partition (the metric counts every one).
LATE_LOG_EVERY_S = 10.0


@dataclass
class _Applied:
    """One partition's share of a batch, applied but not yet published or saved."""

    partition: int
    aggregator: PartitionAggregator
    last: EventT
    emitted: list[TrendScore] = field(default_factory=list)
    closed_at: float | None = None
    #: Where the partition must be read again from: records before those of this batch never came.
    reread_from: int | None = None


class Windows:
    """Aggregators of the ``movie_events`` partitions this worker owns."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        s = rt.settings
        self.config = WindowConfig(
            size=s.window_size_s,
            step=s.window_step_s,
            grace=s.window_grace_s,
            ttl=s.catalog_ttl_s,
            idle_rate=s.idle_watermark_rate,
            idle_timeout=s.idle_timeout_s,
            weights=Weights(s.w1_popularity, s.w2_mentions, s.w3_sentiment),
        )
        self.sources = all_sources(s.topic_partitions)
        self.stale_limit = stale_limit(rt.app, s)
        self.aggregators: dict[int, PartitionAggregator] = {}
        #: Per partition: late events not yet reported in a warning, and when the last warning went out.
        self._late: dict[int, tuple[int, float]] = {}

    def forget(self, partitions: set[int]) -> None:
        """Drop cached state of partitions this worker no longer owns (reloaded from the table later), and
        their pending re-reads (the rebalance's seek to the committed offsets replaces them)."""
        for p in partitions:
            self.aggregators.pop(p, None)

    def _title(self, movie_id: int) -> str:
        names = self.rt.tables.catalog.get(movie_id)
        return names[0] if names else ""

    def _load(self, partition: int) -> PartitionAggregator:
        table = self.rt.tables.window_state
        agg = persist.load(self.config, self.sources, partition, table.get, title_of=self._title)
        agg.order.stale_limit = self.stale_limit
        return agg

    async def process(self, events: list[EventT]) -> None:
        # Every partition of the batch is applied first and everything that closed is published at once:
        # one broker round trip per batch, not one per partition.
        applied = [self._apply_partition(p, evs) for p, evs in by_partition(events).items()]
        for a in applied:
            if a.reread_from is not None:
                await read_again(self.rt.app, a.last.message.tp, a.reread_from, metrics.INPUT_REREADS)
        emitted = [r for a in applied for r in a.emitted]
        acked = await self._publish(emitted) if emitted else []
        # State is written only after the results are acknowledged: a crash in between re-closes the
        # window on restart (an identical duplicate) instead of losing it.
        for a in applied:
            self._store(a.aggregator, a.partition, a.last, a.emitted)
        closed = [a.closed_at for a in applied if a.closed_at is not None]
        if closed:
            metrics.CLOSE_TO_EMIT.observe(time.monotonic() - min(closed))
        if acked:
            # The later stages go on at once instead of reading the TrendScores back from the topic.
            done = [published(md, r.window_end) for r, md in zip(emitted, acked, strict=True)]
            self.rt.history.offer(emitted, done)
            await self.rt.forecast.follow(self._by_trend_partition(applied, emitted, done))

    @staticmethod
    def _by_trend_partition(
        applied: list[_Applied], emitted: list[TrendScore], done: list[Done]
    ) -> dict[int, tuple[EventT, list[tuple[TrendScore, Done]]]]:
        """The published TrendScores by ``trend_stream`` partition, each with an event of the
        same-numbered ``movie_events`` partition, whose changelog partition is the forecaster's.

        A TrendScore is keyed by movie like the events it came from, so it lands on the partition they
        came from; one that does not (topics with other partition counts) is left to the forecast agent.
        """
        last = {a.partition: a.last for a in applied}
        out: dict[int, tuple[EventT, list[tuple[TrendScore, Done]]]] = {}
        for r, d in zip(emitted, done, strict=True):
            event = last.get(d[1])
            if event is not None:
                out.setdefault(d[1], (event, []))[1].append((r, d))
        return out

    def _apply_partition(self, partition: int, events: list[EventT]) -> _Applied:
        last = events[-1]
        with event_context(last):
            agg = self.aggregators.get(partition)
            if agg is None:
                agg = self.aggregators[partition] = self._load(partition)
        applied = _Applied(partition, agg, last)
        late = duplicates = closed = 0
        # A repeat goes through too: its events are skipped (and counted) by their sources' offsets.
        kept, applied.reread_from = in_order(agg.order, events, metrics.INPUT_MISSING)
        for e in kept:
            try:
                batch = MovieEventBatch.decode(e.message.value)
            except (ValueError, TypeError) as err:  # written by us; only corruption gets here
                log.error("undecodable movie_events message at %s: %s", e.message.tp, err)
                continue
            out = agg.apply(batch)
            late += out.late
            duplicates += out.duplicates
            closed += len(out.closed_ends)
            if out.emitted:
                applied.emitted.extend(out.emitted)
                if applied.closed_at is None:
                    applied.closed_at = time.monotonic()
        metrics.LATE_EVENTS.inc(late)
        if late:
            self._warn_late(partition, agg, late)
        metrics.DUPLICATE_EVENTS.inc(duplicates)
        metrics.WINDOWS_CLOSED.inc(closed)
        wm = agg.tracker.watermark()
        if wm is not None:
            metrics.WATERMARK.labels(partition=str(partition)).set(wm)
        return applied

    def _warn_late(self, partition: int, agg: PartitionAggregator, late: int) -> None:
        """A warning for late events, at most one per partition every ``LATE_LOG_EVERY_S``: a late mention
        is lost and a late snapshot missed the windows already published, and an operator should see them
        and why (which inputs were idle)."""
        pending, last = self._late.get(partition, (0, float("-inf")))
        pending += late
        now = time.monotonic()
        if now - last < LATE_LOG_EVERY_S:
            self._late[partition] = (pending, last)
            return
        self._late[partition] = (0, now)
        log.warning(
            "movie_events partition %d: %d late events missed their windows (closed until %s; watermark %s; "
            "idle inputs %s)",
            partition,
            pending,
            agg.closed_until,
            agg.tracker.watermark(),
            sorted(agg.tracker.idle) or "none",
        )

    async def _publish(self, emitted: list[TrendScore]) -> list[RecordMetadata]:
        acked = await publish_acked(self.rt.topics.trends, ((r.movie_id, r.as_dict()) for r in emitted))
        metrics.TRENDSCORES.inc(len(emitted))
        for r in emitted:
            observe_trend(r.as_dict())
        return acked

    def _store(
        self, agg: PartitionAggregator, partition: int, event: EventT, emitted: list[TrendScore]
    ) -> None:
        tables = self.rt.tables
        with event_context(event):
            # History first: windows re-emitted after a crash rewrite it identically. Then the state,
            # in the order persist.take_writes gives (any prefix of it is safe to resume from).
            tables.trends.write(r.as_dict() for r in emitted)
            persist.apply_writes(tables.window_state, persist.take_writes(agg, partition))
