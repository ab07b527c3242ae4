"""Forecast agent (issue 3): the next TrendScore of every movie, test-then-train, on ``trend_stream``.

The logic is :class:`~trendscope_app.forecasting.prequential.PartitionForecaster`; this module loads it
from its table, feeds it the partition's TrendScores, publishes the forecasts and writes the state back.

Why one model per ``trend_stream`` partition
--------------------------------------------
``trend_stream`` is keyed by movie, so each movie's windows arrive in order on one partition, and a
partition is processed by exactly one worker at a time. A model per partition is therefore updated by
one worker only, in the partition's order, and moves with the partition on a rebalance (its changelog
is co-partitioned with the topic). One model per movie would learn from a few dozen windows each (too
little for an online model); one model for the whole topic would need its updates from every worker
merged. So the movies of a partition share a model: they are scored by the same formula and the
features are relative (changes, panes), so what one movie teaches carries over to the others.

State and restarts
------------------
Everything a partition's forecaster holds (model, each movie's history and pending forecast, the
running errors, the drift detector) is pickled into **one** value of the changelogged RocksDB table
``forecast_state`` (key ``"p:<partition>"``), written after each batch, after the batch's forecasts
were acknowledged by the broker. One value per partition, not one per movie: a crash can lose the
tail of the writes of a batch, and recovery can mix values from before and after it (a restarted
RocksDB store replays changelog records over newer local ones), so a model saved apart from the movie
histories it learned from could be restored out of step with them. A single value is always one
consistent state. Offsets are committed only after the changelog is flushed, so after a crash the
input is replayed from at or before that state: TrendScores it already holds (``window_end`` not newer
than the movie's newest) are skipped, the rest are processed exactly as an uninterrupted run would.
The value grows with the movies of the partition (about 1.5 kB each); keep it under
``MAX_MESSAGE_BYTES`` by adding partitions.

Handed over, and read back
--------------------------
The window stage calls :meth:`ForecastAgent.follow` with the TrendScores it has just published and had
acknowledged: the worker that publishes a movie's TrendScore owns that movie's forecaster (``movie_events``
and ``trend_stream`` are co-partitioned), so it forecasts at once instead of after the round trip through
Faust's consumer, which at replay speed waited seconds behind the comment backlog. The agent still reads
every TrendScore from the topic and skips those the forecaster has seen; the ones the hand-over missed (a
crash after the publication, a partition that moved in between) are forecast then. Both paths take turns
under one lock, each batch's forecasts, acknowledgement and state write as one step.

Each partition's forecaster also holds its movies' breakout detectors
(:class:`~trendscope_app.breakouts.BreakoutBook`), fed the same windows and the forecast made for each,
so they are saved and restored with the forecasts in the one state value. Breakout events go to the
``breakouts`` topic (keyed by movie; :attr:`~trendscope_app.models.BreakoutEvent.key` identifies an
event, so a replay after a crash repeats it with the same key) and each breakout's row to the
``breakout_windows`` lookup table, both before the state that says they happened is written.

Outputs: the ``predictions`` topic (JSON :class:`~trendscope_app.models.records.Prediction`, keyed by
movie; one message when a forecast is made and one when it is scored, so consumers upsert by
``(movie_id, target_window_end)``), and the ``prediction_windows`` lookup table (one row per movie and
target window, :mod:`trendscope_app.tables.lookup`) behind ``GET /predictions/{movie_id}``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import faust
from aiokafka.structs import RecordMetadata
from faust.types import EventT

from trendscope_app import metrics
from trendscope_app.agents.context import (
    by_partition,
    delivered,
    event_context,
    publish_acked,
    published,
    wait_for_flag,
)
from trendscope_app.agents.rereads import in_order, read_again, stale_limit
from trendscope_app.breakouts import BreakoutConfig
from trendscope_app.forecasting import metrics as ml_metrics
from trendscope_app.forecasting.prequential import (
    ErrorStats,
    ForecastConfig,
    Outcome,
    PartitionForecaster,
)
from trendscope_app.forecasting.tracking import Tracker
from trendscope_app.models import Prediction, TrendScore
from trendscope_app.observability import observe_forecast
from trendscope_app.observability.stages import STAGES, Done
from trendscope_app.scoring.trendscore import Weights
from trendscope_app.settings import Settings
from trendscope_app.windows.input_order import InputOrder

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

log = logging.getLogger(__name__)


def state_key(partition: int) -> str:
    return f"p:{partition}"


def config_from(s: Settings) -> ForecastConfig:
    """The forecaster configuration the settings describe."""
    return ForecastConfig(
        family=s.forecast_model,
        lr=s.forecast_lr,
        l2=s.forecast_l2,
        lr_power=s.forecast_lr_power,
        target=s.forecast_target,
        size=s.window_size_s,
        step=s.window_step_s,
        weights=Weights(s.w1_popularity, s.w2_mentions, s.w3_sentiment),
        recent=s.forecast_recent,
        drift_delta=s.forecast_drift_delta,
        drift_trial=s.forecast_drift_trial,
    )


def breakout_config_from(s: Settings) -> BreakoutConfig:
    """The breakout detection parameters the settings describe."""
    return BreakoutConfig(
        size=s.window_size_s,
        step=s.window_step_s,
        evidence_panes=s.breakout_evidence_panes,
        start_threshold=s.breakout_start_threshold,
        start_windows=s.breakout_start_windows,
        end_threshold=s.breakout_end_threshold,
        end_windows=s.breakout_end_windows,
        cooldown_windows=s.breakout_cooldown_windows,
        peak_gain=s.breakout_peak_gain,
        max_windows=s.breakout_max_windows,
        warmup_windows=s.breakout_warmup_windows,
        baseline_windows=s.breakout_baseline_windows,
        rate_uncertainty=s.breakout_rate_uncertainty,
        min_rate=s.breakout_min_rate,
        forecast_weight=s.breakout_forecast_weight,
    )


@dataclass
class _PartitionBatch:
    """What one partition's share of a batch produced, before it is published and saved."""

    partition: int
    forecaster: PartitionForecaster
    last: EventT
    outcomes: list[Outcome] = field(default_factory=list)
    records: list[Prediction] = field(default_factory=list)
    # (event as published, the breakout's row after it)
    breakouts: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    #: TrendScores new to the forecaster, and those it had seen (its saved state already holds them).
    done: list[Done] = field(default_factory=list)
    seen: list[Done] = field(default_factory=list)


class ForecastAgent:
    """The forecasters of the ``trend_stream`` partitions this worker owns."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        s = rt.settings
        self.config = config_from(s)
        self.breakout_config = breakout_config_from(s)
        self.state = rt.tables.forecast_state
        self.predictions = rt.tables.predictions
        self.breakouts = rt.tables.breakouts
        self.forecasters: dict[int, PartitionForecaster] = {}
        #: Per partition: the next offset expected, and a gap being read again (agent path only).
        self.orders: dict[int, InputOrder] = {}
        self.stale_limit = stale_limit(rt.app, s)
        self.tracker: Tracker | None = None
        self.scored_since_log = 0
        self.scored_total = 0
        #: The agent and :meth:`follow` take turns: each batch's forecasts, acknowledgement and state
        #: write happen as one step, in the order the batches came.
        self._turn = asyncio.Lock()

    # -- lifecycle ---------------------------------------------------------------------------------
    def start_tracking(self) -> None:
        """Start MLflow tracking on its thread (once; the worker calls this as it starts)."""
        s = self.rt.settings
        if not s.mlflow_enabled or self.tracker is not None:
            return
        self.tracker = Tracker(
            tracking_uri=s.mlflow_tracking_uri,
            experiment=s.mlflow_experiment,
            data_dir=s.data_dir,
            params={**self.config.params(), "app_id": s.app_id, "partitions": s.topic_partitions},
            run_name=f"{s.app_id}-{socket.gethostname()}-{s.web_port}-{os.getpid()}",
            snapshot_every_s=s.mlflow_snapshot_minutes * 60.0,
            min_log_interval_s=s.mlflow_min_log_interval_s,
        )
        self.tracker.start()

    async def tracking_started(self, timeout: float) -> bool:
        """Wait until MLflow tracking is connected, has failed or is off; ``False`` after ``timeout``."""

        def started() -> bool:
            tracker = self.tracker
            return not self.rt.settings.mlflow_enabled or (tracker is not None and tracker.ready.is_set())

        return await wait_for_flag(started, timeout)

    @property
    def tracking_failed(self) -> bool:
        """Whether MLflow tracking was started and failed to connect (the worker goes on without it)."""
        return self.tracker is not None and self.tracker.failed

    def stop_tracking(self) -> None:
        if self.tracker is not None:
            self.tracker.close()

    def forget(self, partitions: set[int]) -> None:
        """Drop cached forecasters of partitions this worker no longer owns (reloaded from the table)."""
        for p in partitions:
            self.forecasters.pop(p, None)
            # A pending re-read goes too: the rebalance's seek to the committed offsets replaces it.
            self.orders.pop(p, None)
        ml_metrics.forget(partitions)
        STAGES["forecast"].forget((self.rt.settings.trend_topic, p) for p in partitions)

    def _forecaster(self, partition: int, event: EventT) -> PartitionForecaster:
        fc = self.forecasters.get(partition)
        if fc is None:
            fc = self.forecasters[partition] = self._load(partition, event)
        return fc

    def _load(self, partition: int, event: EventT) -> PartitionForecaster:
        with event_context(event):
            blob = self.state.get(state_key(partition))
        if blob:
            try:
                fc = PartitionForecaster.loads(blob, self.breakout_config)
                log.info(
                    "forecaster of partition %d restored: %d movies, %d forecasts scored, model %s",
                    partition,
                    len(fc.histories),
                    fc.model_stats.n,
                    fc.model_version,
                )
                return fc
            except Exception as err:  # an older state format or corruption: start over, loudly
                log.error("forecaster state of partition %d unreadable (%s); starting afresh", partition, err)
        return PartitionForecaster(self.config, partition, self.breakout_config)

    # -- processing ----------------------------------------------------------------------------------
    async def process(self, events: list[EventT]) -> None:
        """Forecast a batch of ``trend_stream`` messages (the agent's path; see :meth:`follow`)."""
        async with self._turn:
            parts = {}
            for p, evs in by_partition(events).items():
                order = self._order(p, evs[-1])
                kept, reread_from = in_order(order, evs, metrics.FORECAST_MISSING)
                if reread_from is not None:
                    await read_again(self.rt.app, evs[-1].message.tp, reread_from, metrics.FORECAST_REREADS)
                parts[p] = (evs[-1], self._decode(kept))
            await self._forecast(parts, via="trend_stream")

    def _order(self, partition: int, event: EventT) -> InputOrder:
        """The partition's input order, expecting the offset after the last TrendScore its forecaster
        observed (the hand-over from the window stage moves that too, unless a re-read is pending)."""
        position = self._forecaster(partition, event).position
        order = self.orders.get(partition)
        if order is None:
            order = self.orders[partition] = InputOrder(position, stale_limit=self.stale_limit)
        elif (
            order.reread_from is None
            and position is not None
            and (order.next_offset is None or position > order.next_offset)
        ):
            # Only forward: an undecodable record moves the order past it but not the forecaster, and
            # going back to it would read it again and again.
            order.next_offset = position
        return order

    async def follow(self, published: Mapping[int, tuple[EventT, list[tuple[TrendScore, Done]]]]) -> None:
        """Forecast TrendScores this worker's window stage has just published, without waiting for them to
        come back from ``trend_stream``.

        ``published`` maps a ``trend_stream`` partition to an event of the same-numbered ``movie_events``
        partition (the topics are co-partitioned, so its changelog partition is the forecast state's) and
        the partition's acknowledged TrendScores with their ``Done`` record. Partitions whose forecast state
        this worker does not own are left to the agent. The agent still reads every TrendScore: those
        forecast here are skipped there as already seen, the others (after a crash, or when the state
        moved) are forecast then, so the topic stays the stage's source of truth.
        """
        owned = self._owned()
        parts = {p: v for p, v in published.items() if p in owned}
        if not parts:
            return
        async with self._turn:
            await self._forecast(parts, via="window_stage")

    def _owned(self) -> set[int]:
        topic = self.rt.settings.trend_topic
        return {tp.partition for tp in self.rt.app.assignor.assigned_actives() if tp.topic == topic}

    @staticmethod
    def _decode(events: list[EventT]) -> list[tuple[TrendScore, Done]]:
        out = []
        for e in events:
            m = e.message
            try:
                point = TrendScore.from_message(json.loads(m.value))
            except (ValueError, TypeError, KeyError) as err:  # written by us; only corruption gets here
                log.error("undecodable trend_stream message at %s: %s", m.tp, err)
                continue
            out.append((point, delivered(m, point.window_end)))
        return out

    async def _forecast(
        self, parts: Mapping[int, tuple[EventT, list[tuple[TrendScore, Done]]]], via: str
    ) -> None:
        # Every partition of the batch is forecast first and all forecasts are awaited at once: one broker
        # round trip per batch, not one per partition (with a busy event loop each round trip is a wait
        # for the ingest's turn, and per-partition waits made the stage fall seconds behind in a backlog).
        in_order_only = via == "window_stage"
        batches = [
            self._observe_partition(p, last, points, in_order_only) for p, (last, points) in parts.items()
        ]
        records = [f for b in batches for f in b.records]
        if records:
            acked = await self._publish(records)
            self.rt.history.offer(records, [published(md, None) for md in acked])
        if via == "window_stage":
            # Outside an agent nothing holds a rebalance back while the forecasts are acknowledged: a
            # partition that moved meanwhile is the new owner's to save (it forecasts the same again).
            # (A partition revoked and assigned again has a forecaster reloaded from the table: not ours.)
            owned = self._owned()
            mine = self.forecasters
            batches = [b for b in batches if b.partition in owned and mine.get(b.partition) is b.forecaster]
        # A breakout's lookup row is written only after its event was acknowledged, so a row that already
        # counts the event means a run before a crash published it: replayed input does not repeat it.
        breakouts = [e for b in batches for e, row in b.breakouts if not self._published(row)]
        if breakouts:
            await publish_acked(self.rt.topics.breakouts, ((e["movie_id"], e) for e in breakouts))
        # State is written only after the forecasts are acknowledged: a crash in between replays the
        # batch from the old state and publishes identical forecasts again, instead of losing them.
        # The lookup history goes before the state for the same reason: a crash between the two writes
        # leaves it to be rewritten identically, never missing forecasts that will not come again.
        for b in batches:
            if not b.done:
                continue  # every TrendScore was seen before: the state is already saved as it is
            blob = b.forecaster.dumps()
            with event_context(b.last):
                self.predictions.write(f.as_dict() for f in b.records)
                if b.breakouts:
                    self.breakouts.write(row for _, row in b.breakouts)
                self.state[state_key(b.partition)] = blob
            self._observe(b.partition, b.forecaster, b.outcomes, blob)
        ml_metrics.FORECAST_INPUTS.labels(via=via).inc(sum(len(b.done) for b in batches))
        STAGES["forecast"].done(d for b in batches for d in b.done)
        STAGES["forecast"].done((d for b in batches for d in b.seen), latency=False)

    def _observe_partition(
        self, partition: int, last: EventT, points: list[tuple[TrendScore, Done]], in_order_only: bool
    ) -> _PartitionBatch:
        fc = self._forecaster(partition, last)
        batch = _PartitionBatch(partition, fc, last)
        for point, done in points:
            offset = done[2]
            if fc.observed(offset):
                batch.seen.append(done)
                continue
            if not fc.advance(offset, in_order_only=in_order_only):
                # Handed over ahead of a TrendScore not observed yet (after a restart or a rebalance):
                # the agent reads them all in order.
                break
            out = fc.observe(point)
            if out.duplicate:
                batch.seen.append(done)
                continue
            batch.done.append(done)
            if out.forecast is not None:
                observe_forecast(
                    point.movie_id,
                    point.title,
                    out.forecast.predicted,
                    target_window_end=out.forecast.target_window_end,
                )
            if out.drift:
                log.warning(
                    "drift in the forecast error of partition %d (model %s, recent MAE %.3f vs baseline "
                    "%.3f): a challenger model is on trial",
                    partition,
                    fc.model_version,
                    fc.model_stats.recent_mae,
                    fc.baseline_stats.recent_mae,
                )
            if out.promoted:
                log.info("partition %d: challenger took over as %s", partition, fc.model_version)
            for event, row in zip(out.breakouts, out.breakout_rows, strict=True):
                batch.breakouts.append(({**event.as_dict(), "title": row["title"]}, row))
                log.info(
                    "breakout %s: movie %d (%s) at window %s, score %.2f",
                    event.kind,
                    event.movie_id,
                    row["title"],
                    event.window_end,
                    event.score,
                )
            batch.outcomes.append(out)
            batch.records.extend(f for f in (out.scored, out.forecast) if f is not None)
        return batch

    def _published(self, row: dict[str, Any]) -> bool:
        stored = self.breakouts.get(row["movie_id"], row["started_at_window_end"])
        return stored is not None and stored["events"] >= row["events"]

    async def _publish(self, records: list[Prediction]) -> list[RecordMetadata]:
        return await publish_acked(self.rt.topics.predictions, ((f.movie_id, f.as_dict()) for f in records))

    def _observe(self, partition: int, fc: PartitionForecaster, outcomes: list[Outcome], blob: bytes) -> None:
        made = scored = drifts = 0
        for out in outcomes:
            if out.forecast is not None:
                made += 1
                ml_metrics.PREDICTION_SECONDS.observe(out.predict_seconds)
            scored += out.scored is not None
            drifts += out.drift
        ml_metrics.PREDICTIONS.inc(made)
        ml_metrics.DRIFTS.inc(drifts)
        ml_metrics.set_errors(partition, fc.summary())
        for out in outcomes:
            for e in out.breakouts:
                ml_metrics.BREAKOUT_EVENTS.labels(kind=e.kind).inc()
        ml_metrics.BREAKOUTS_ACTIVE.labels(partition=str(partition)).set(len(fc.breakouts.open))
        if self.tracker is None:
            return
        self.tracker.offer_snapshot(f"partition-{partition}", blob)
        self.scored_total += scored
        self.scored_since_log += scored
        if self.scored_since_log >= self.rt.settings.mlflow_log_every:
            self.scored_since_log = 0
            self.tracker.log_metrics(self.tracking_metrics(), step=self.scored_total)

    def tracking_metrics(self) -> dict[str, float]:
        """Errors over every partition this worker holds, and each partition's own."""
        out: dict[str, float] = {}
        model, baseline = ErrorStats(), ErrorStats()
        for p, fc in sorted(self.forecasters.items()):
            for k, v in fc.summary().items():
                out[f"p{p}.{k}"] = v
            for total, part in ((model, fc.model_stats), (baseline, fc.baseline_stats)):
                total.n += part.n
                total.abs_sum += part.abs_sum
                total.sq_sum += part.sq_sum
        out.update(mae=model.mae, rmse=model.rmse, baseline_mae=baseline.mae, baseline_rmse=baseline.rmse)
        out["mae_ratio"] = model.mae / baseline.mae if baseline.n and baseline.mae else float("nan")
        return out


def register(app: faust.App, rt: Runtime) -> None:
    """Declare the forecast agent, its tables and views on ``app``."""
    s = rt.settings
    agent = ForecastAgent(rt)
    rt.forecast = agent

    @app.agent(rt.topics.trends, name="forecast")
    async def forecast_agent(stream: faust.StreamT) -> None:
        async for events in stream.take_events(s.batch_size, within=s.batch_timeout_s):
            await agent.process(events)

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked: set[Any], **_: Any) -> None:
        agent.forget({tp.partition for tp in revoked if tp.topic == s.trend_topic})

    @app.task
    async def start_tracking() -> None:
        agent.start_tracking()

    @app.on_before_shutdown.connect
    async def stop_tracking(app: faust.App, **_: Any) -> None:
        await app.loop.run_in_executor(None, agent.stop_tracking)
