"""The history writer agents: every TrendScore and forecast into the history database (issue 4).

Thin on purpose: two agents decode ``trend_stream`` and ``predictions`` batches into rows and await
:meth:`~trendscope_app.storage.writer.HistoryWriter.write`, which returns once the rows are stored. Faust
acknowledges a ``take_events`` batch only after the agent's loop body returns, so offsets are committed
after the write: a crash redelivers, the store's upserts absorb the duplicate. While the store is down the
write waits, the agent stops taking messages, and Faust's bounded stream buffers stop the fetch.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import faust
from faust.types import EventT
from mode import Service

from trendscope_app.agents.context import delivered
from trendscope_app.broker.faust_fixes import release_message
from trendscope_app.models import InvalidRecord, Prediction, TrendScore
from trendscope_app.observability.stages import STAGES, Done
from trendscope_app.storage import HistoryStore, open_history_store
from trendscope_app.storage.base import TABLE_OF
from trendscope_app.storage.writer import REJECTED, HistoryWriter, RetryPolicy

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime
    from trendscope_app.settings import Settings

log = logging.getLogger(__name__)


def decode_rows(
    values: Sequence[bytes | None], kind: type[TrendScore] | type[Prediction]
) -> list[TrendScore | Prediction]:
    """Rows from raw message values; invalid ones are counted, logged and skipped.

    Retrying a message that can never be stored would stall its partition forever, so it is dropped here
    (with ``trendscope_store_rejected_total``), before it reaches the retrying writer.

    Examples
    --------
    >>> rows = decode_rows([b'{"movie_id": 7, "target_window_start": 0, "target_window_end": 300,'
    ...                     b' "predicted": 1.5}', b'not json', None], Prediction)
    >>> [(r.movie_id, r.predicted) for r in rows]
    [(7, 1.5)]
    """
    out: list[TrendScore | Prediction] = []
    for raw in values:
        try:
            if raw is None:
                raise InvalidRecord("empty message")
            out.append(kind.from_message(json.loads(raw)))
        except (ValueError, TypeError) as err:  # InvalidRecord and JSON errors
            REJECTED.labels(table=TABLE_OF[kind]).inc()
            log.error("not storing an invalid %s message: %s", TABLE_OF[kind], err)
    return out


async def write_or_release(
    app: faust.App,
    writer: HistoryWriter,
    rows: Sequence[TrendScore | Prediction],
    events: Sequence[EventT],
    queued: Collection[asyncio.Future[None]] = (),
) -> bool:
    """``True`` once ``rows`` and the rows already ``queued`` are stored; ``False`` if the batch was given up
    without acknowledging it.

    Faust waits for every message it delivered to be acknowledged before it stops or gives up partitions.
    During a store outage that would hang the worker until the store returns, so then (and when the
    writer closes first) the batch's messages are released *without* acknowledgement
    (:func:`release_unacknowledged`): their offsets are not committed and Kafka delivers them again to
    whoever owns the partition next, which the upserts absorb. The cancelled write takes its rows back
    from the writer's queue; rows already in the round being written may still be written if the store
    comes back first, which is harmless for the same reason.
    """

    async def stored() -> None:
        await writer.write(rows)
        for f in queued:
            await asyncio.shield(f)  # giving the batch up leaves those rows queued, as handed over

    write = asyncio.ensure_future(stored())
    try:
        while True:
            done, _ = await asyncio.wait({write}, timeout=0.25)
            if done and write.exception() is None:
                return True
            if done:
                why = f"store writer closed ({write.exception()})"
            elif not app.flow_control.is_active() and writer.failing_since is not None:
                why = "store unavailable while the worker stops or rebalances"
            else:
                continue
            if release_unacknowledged(app, events):
                log.warning("%s: %d messages left uncommitted, to be delivered again", why, len(events))
                write.cancel()
                return False
            await asyncio.sleep(0.05)  # another agent still works on some of them: ask again shortly
    except asyncio.CancelledError:
        if not write.done():
            write.cancel()
            release_unacknowledged(app, events, force=True)
        raise


def release_unacknowledged(app: faust.App, events: Sequence[EventT], *, force: bool = False) -> bool:
    """:func:`~trendscope_app.broker.faust_fixes.release_message` the messages of ``events``; ``True``
    when all were released.

    A message another agent (the forecast agent also reads ``trend_stream``) still holds
    (``refcount > 1``) is left alone unless ``force``: Faust must keep waiting for that agent.
    """
    held = False
    for e in events:
        message = e.message
        if message.acked:
            continue
        if message.refcount > 1 and not force:
            held = True
            continue
        release_message(app.consumer, message)
    return not held


class Unstored(NamedTuple):
    """What an agent's batch still has to store: ``fresh`` events to write, and the storage futures of
    rows a stage handed over that are still ``queued`` in the writer, with their ``events``."""

    fresh: list[EventT]
    queued: set[asyncio.Future[None]]
    events: list[EventT]


class HandOver:
    """Rows the window and forecast stages hand to the writer as they publish them, ahead of the agents.

    Read back from ``trend_stream`` and ``predictions`` through Faust's consumer, a row waited for the
    next fetch and then for its turn behind the comment backlog (seconds, at replay speed). The stage that
    publishes a row queues it at once when the writer can take it without waiting (running, no outage
    under way, room in its queue: :meth:`~trendscope_app.storage.writer.HistoryWriter.offer`); the agents
    still read every message, skip those whose rows were stored this way, and wait for those still queued
    instead of queueing them again (which would count them twice against the writer's bound). Any other
    message is written by its agent as before, so a crash, an outage or a full queue loses nothing: the
    topics stay the source of truth and the store's upserts absorb a row written twice.
    """

    def __init__(self, writer: HistoryWriter) -> None:
        self.writer = writer
        #: Offsets stored ahead of the agents, per (topic, partition), until the agent reads past them.
        self.stored: defaultdict[tuple[str, int], set[int]] = defaultdict(set)
        #: Offsets handed over and still queued in the writer, with the future of their storage.
        self.queued: defaultdict[tuple[str, int], dict[int, asyncio.Future[None]]] = defaultdict(dict)

    def offer(self, rows: Sequence[TrendScore | Prediction], done: Sequence[Done]) -> None:
        """Queue ``rows``, just published and acknowledged at ``done``, if the writer takes them now."""
        stored = self.writer.offer(rows)
        if stored is not None:
            for topic, partition, offset, _, _ in done:
                self.queued[(topic, partition)][offset] = stored
            stored.add_done_callback(lambda f: self._stored(f, done))

    def _stored(self, f: asyncio.Future[None], done: Sequence[Done]) -> None:
        for topic, partition, offset, _, _ in done:
            queued = self.queued.get((topic, partition))
            if queued is not None and queued.get(offset) is f:
                del queued[offset]
        if f.cancelled() or f.exception() is not None:
            return  # the writer closed first: the agents write them
        STAGES["history"].done(done)
        for topic, partition, offset, _, _ in done:
            self.stored[(topic, partition)].add(offset)

    def unstored(self, events: Sequence[EventT]) -> Unstored:
        """Sort an agent's batch by what it still has to store; forgets offsets read past."""
        out = Unstored([], set(), [])
        seen: list[Done] = []
        newest: dict[tuple[str, int], int] = {}
        for e in events:
            m = e.message
            key = (m.topic, m.partition)
            newest[key] = max(newest.get(key, -1), m.offset)
            offsets = self.stored.get(key)
            queued = self.queued.get(key)
            if offsets and m.offset in offsets:
                seen.append(delivered(m, None))
                continue
            if queued and m.offset in queued:
                out.queued.add(queued[m.offset])
            else:
                out.fresh.append(e)
            out.events.append(e)
        for key, offset in newest.items():
            offsets = self.stored.get(key)
            if offsets:
                # Stored after the agent had read them (it waited for them): never asked for again.
                offsets.difference_update([o for o in offsets if o <= offset])
        STAGES["history"].done(seen, latency=False)
        return out

    def forget(self, partitions: set[tuple[str, int]]) -> None:
        for key in partitions:
            self.stored.pop(key, None)
            self.queued.pop(key, None)


async def store_batch(
    app: faust.App,
    writer: HistoryWriter,
    handover: HandOver,
    events: Sequence[EventT],
    kind: type[TrendScore] | type[Prediction],
) -> None:
    """Store the rows of an agent's batch ``events``; returns once they are stored or given up."""
    todo = handover.unstored(events)
    rows = decode_rows([e.message.value for e in todo.fresh], kind)
    if rows or todo.queued:
        # The writer may not be started yet when the first batch arrives: start is idempotent.
        writer.start()
        if await write_or_release(app, writer, rows, todo.events, todo.queued):
            newest = max((r.window_end for r in rows if isinstance(r, TrendScore)), default=None)
            STAGES["history"].done(delivered(e.message, newest) for e in todo.fresh)


def build_writer(s: Settings, store: HistoryStore | None = None) -> HistoryWriter:
    return HistoryWriter(
        store if store is not None else open_history_store(s),
        max_pending=s.store_max_pending,
        batch_rows=s.store_batch_rows,
        retry=RetryPolicy(initial_s=s.store_retry_initial_s, max_s=s.store_retry_max_s),
    )


class StoreService(Service):
    """Runs the writer with the app: started with the app's services, drained and closed at stop."""

    writer: HistoryWriter

    async def on_start(self) -> None:
        self.writer.start()

    async def on_stop(self) -> None:
        await self.writer.close(drain_timeout=5.0)


def register(app: faust.App, rt: Runtime) -> None:
    """Declare the store writer agents, their service and the history views on ``app``."""
    s = rt.settings
    writer = build_writer(s)
    rt.history_writer = writer
    handover = rt.history = HandOver(writer)

    @app.service
    class _StoreService(StoreService):
        pass

    _StoreService.writer = writer

    async def consume(stream: faust.StreamT, kind: type[TrendScore] | type[Prediction]) -> None:
        events: list[EventT]
        async for events in stream.take_events(s.store_batch_rows, within=s.batch_timeout_s):
            await store_batch(app, writer, handover, events, kind)

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked: set[Any], **_: Any) -> None:
        handover.forget({(tp.topic, tp.partition) for tp in revoked})

    @app.agent(rt.topics.trends, name="store_trends")
    async def store_trends(stream: faust.StreamT) -> None:
        await consume(stream, TrendScore)

    @app.agent(rt.topics.predictions, name="store_predictions")
    async def store_predictions(stream: faust.StreamT) -> None:
        await consume(stream, Prediction)
