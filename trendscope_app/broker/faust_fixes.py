"""Fixes to Faust's Kafka consumer and producer, used for every broker (``kafka://`` and the embedded ``tansu://``).

Records that are never delivered
--------------------------------
Why: Faust drops records it has already fetched when a rebalance or a flow stop interrupts delivery
(``Consumer.getmany`` breaks out when the generation changes or flow stops), trusting the seek to the
committed offsets that follows every rebalance to fetch them again. aiokafka's ``seek_to_committed``
only seeks partitions that *have* a committed offset above zero. A partition the group never committed
keeps its fetch position, which is already past the dropped records: they are never delivered, the
ingest never sees them and, with nothing acknowledged, nothing is ever committed for the partition.
Measured: a worker restarted after ``kill -9`` early in a replay read none of the input partitions
the first worker had not committed yet, and no window ever closed.

What: after Faust's seek to the committed offsets, a stream partition without a committed offset is
rewound to its beginning, which is where ``auto_offset_reset="earliest"`` starts it anyway. Events read
again are skipped by the window stage's per-source offsets, as after any at-least-once replay.
Changelog partitions are left alone: table recovery positions them itself.

A rebalance that waits forever
------------------------------
Why: before it gives up partitions (a rebalance) or stops, Faust waits until every message it delivered to
an agent is acknowledged (``Consumer.wait_empty``), with no time limit. ``trend_stream`` feeds two agents
(forecasts and the history store), so each of its messages needs two acknowledgements, and a rebalance
empties the agents' inbound queues. A message that one agent had acknowledged while its copy was still
queued for the other was then acknowledged by no one, and the first agent's stream kept a reference to it,
so it never left Faust's set of unacknowledged messages either. Seen in the SIGTERM test: the surviving
worker waited on one such message (``trend_stream`` partition 0, offset 2) for minutes and never rejoined;
the restarted worker's join could not complete, and no partition was processed.

What: the wait is bounded by half the rebalance timeout (a member still waiting after all of it is expelled
by the broker anyway). The messages still unacknowledged then are released without being recorded as
processed, as the history store does for a batch it cannot write: their offsets are not committed, so the
partition's next owner reads them again (every stage absorbs a repeat), and the rebalance goes on. One
warning names them. Uses Faust's ``Consumer._unacked_messages``.

A commit that passes over an unprocessed record
-----------------------------------------------
Why: Faust commits the first unbroken run of acknowledged offsets of a partition. It checks that the run
starts where the last commit ended, but one off: a committed offset is the *next* record to read, and
Faust accepts a run that starts one after it. A record delivered and then dropped before it was
acknowledged (a rebalance clears the agents' queues while the next fetch, already past it, goes on) was
then committed over whenever the run after it was acknowledged: never processed, never read again.

What: a run is committed only if it starts at the committed offset (or a known gap covers that offset);
otherwise the commit of the partition waits, with one warning, and the next owner or the next seek to the
committed offset reads the record again. Uses ``Consumer._acked_index``, ``_gap`` and
``_committed_offset``.

Acknowledgements that outlive a rebalance
-----------------------------------------
Why: a rebalance forgets a partition's acknowledged offsets and its committed offset, and learns the latter
again only when it seeks to the committed offsets at the end of its recovery. Meanwhile acknowledgements
still come in: Faust's stream acknowledges, unprocessed, every message it takes while the flow is stopped.
A commit between the assignment and that seek saw no committed offset to start from and committed past
those messages and everything before them that the stopped flow never processed; a partition the worker
kept then resumed after them.

What: from a partition's revocation until the next seek to the committed offsets it is not committed, and
that seek forgets every acknowledgement made before it (what it rewinds over is read again).

Records delivered around the seek that ends a rebalance
-------------------------------------------------------
Why: a rebalance ends with a seek of every stream partition to its committed offset, but Faust's recovery
resumes the stream partitions (with the flow already running for table recovery) just *before* that seek,
and resumes the app's flow control just *after* it, which empties the agents' queues. A partition the
worker kept was fetched from where its reading stood, past the records the stopped flow had skipped, and
processed the later ones first; a record delivered between the seek and the resumption was dropped
unprocessed and unacknowledged while the next ones went on. The window stage, which remembers the highest
offset applied per input partition, then took skipped mentions read again for repeats (the SIGTERM storm
test), and a skipped snapshot scored a window with the previous one (the two-worker test:
``tmdb_stream`` 3/27 never processed while 28.. were). Faust also fetches in the Kafka client's thread and
delivers on the event loop, so an answer can be in flight across the seek.

What: stream records are delivered only after the seek and the resumption that follows it; before the seek
begins only changelog records (table recovery) are. An answer fetched while a seek ran waits for both and
is delivered if it starts where the seek put its partition (the client is already past it: dropped, it
would be lost), else dropped and the partition sought there again; aiokafka does the same for answers that
reach its own thread after a seek. Messages delivered before the seek that finish after it are released
without being counted as processed: the seek reads them again.

Table writes dropped at a stop
------------------------------
Why: a table write (a changelog record) goes into the producer's buffer, and a background task hands it to
the Kafka client. A stopping producer stopped its Kafka client *before* that buffer, so every write still
buffered at a SIGTERM was dropped (300 of 300 in the test), while the stop committed the input offsets those
writes came from. The partitions' next owner then restored window state missing events it never reads again
(a SIGTERM test once lost one mention: a movie's first five windows one short).

What: the producer hands its buffer to the client before it stops the client, for at most
:data:`STOP_FLUSH_S`, and says how many writes it dropped if the broker never answered. Faust's flush before
each offset commit is left as it is: the stop is where the writes were lost (docs/broker.md).

Table writes handed over one per three turns of the event loop
---------------------------------------------------------------
Why: every record Faust publishes through a topic (table writes included) first asks the app for its
producer, ``App.maybe_start_producer``, which is guarded against concurrent starts by mode's ``stampede``:
that guard yields to the event loop three times on every call, even when the producer runs. The buffer's
sender hands one write over per call, so with the stages busy it moved one write every three turns of the
loop, and the window stage, which waits for the buffer to drain below 100 writes before it goes on
(``wait_until_ebb``), stalled up to a second at a time (bench: 8–57 such waits per run, 2–4 s in all; a
TrendScore reached its forecast and history stages 2–5 s after it was published).

What: :class:`App` returns a producer that runs without going through the guard; starting one still does.

A flush that waits for an answer that never comes
-------------------------------------------------
Why: a rebalance flushes the producer before it gives its partitions up, and so does every offset commit.
aiokafka waits for a produce request's answer for the producer's whole request timeout (Faust's default:
20 minutes) before it sends the request again, and it sends the next one to that broker only after it.
Seen in CI (the SIGTERM storm test, one run in four on one day): the surviving worker's flush waited with
batches in flight and no answer for minutes, so it never rejoined the group, and the restarted worker's
join never completed. Where the answer went is not known (the broker logged nothing).

What: :meth:`Producer.flush` closes the producer's connections whenever a sent batch has waited a third of
the session timeout for its answer (3.3 s on the embedded broker), with one warning naming the partitions
and counted in ``trendscope_produce_reconnects_total``; aiokafka sends the batches again on a new
connection. Records the broker had written are then written twice, and every stage skips the repeat.
See :mod:`trendscope_app.broker.unanswered`.

Messages dropped with the agents' queues, waited for at every stop
------------------------------------------------------------------
Why: a stop (and a rebalance) empties the agents' inbound queues (``flow_control.clear()``), then waits
until every message delivered to an agent is acknowledged. The messages that were in those queues never
reach an agent, so nothing acknowledges them: every stop or rebalance that came while ``trend_stream``
records waited in the queues (a backlog) waited the whole bounded wait above, 5 s, for them (seen in 2 of
5 Ctrl-C stops of the demo).

What: :class:`App`'s flow control releases, uncommitted, the message of every event it clears from a
queue, as the bounded wait does when it gives up; the wait then lasts only while agents finish the events
they hold.

A seek from the event loop
--------------------------
Why: Faust's ``Consumer.seek`` calls aiokafka's ``seek`` from the event loop's thread, and that wakes the
client's fetcher through a future of the client thread's loop, which is not safe across threads. The window
stage seeks a partition back when a record came before earlier ones were applied
(:mod:`trendscope_app.windows.input_order`).

What: :class:`Consumer` runs that seek in the client's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping
from typing import Any

import aiokafka
import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.transport.producer import ProducerBuffer as ProducerBufferBase
from faust.types import TP
from faust.types.tuples import ack_lock
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent

from trendscope_app.broker.unanswered import flush_answered

__all__ = [
    "Consumer",
    "ConsumerThread",
    "Producer",
    "ProducerBuffer",
    "Transport",
    "fetched_before_seek",
    "release_unacknowledged",
    "rewind_to_start",
    "uncommitted_stream_partitions",
]

log = logging.getLogger(__name__)

#: Longest a fetch answer waits for the flow to resume after the seek to the committed offsets.
SEEK_WAIT_S = 30.0

#: Longest a stopping producer waits for its buffered table writes to be handed to the Kafka client.
STOP_FLUSH_S = 2.0
#: Longest a produced batch waits for the broker's answer before the producer reconnects and resends.
UNANSWERED_STALL_S = 10 / 3


def uncommitted_stream_partitions(
    committed: Mapping[TP, int | None], changelog_topics: set[str] | frozenset[str]
) -> list[TP]:
    """Partitions that aiokafka's seek to the committed offsets leaves where they are.

    Examples
    --------
    >>> uncommitted_stream_partitions({TP("in", 0): None, TP("in", 1): 0, TP("in", 2): 7,
    ...                                TP("t-changelog", 0): None}, {"t-changelog"})
    [TP(topic='in', partition=0), TP(topic='in', partition=1)]
    """
    return [tp for tp, offset in committed.items() if not offset and tp.topic not in changelog_topics]


async def rewind_to_start(consumer: aiokafka.AIOKafkaConsumer, partitions: list[Any]) -> dict[Any, int]:
    """Seek ``partitions`` to their first offsets; returns where each is read from next.

    The offsets are asked first and set in one step. ``seek_to_beginning`` followed by a look at the
    position is not the same: the client's own fetch loop runs in between and may have taken records from
    the start already, so the position says where that answer ended. An answer that starts where the
    rewind put the partition would then look fetched before the seek and be dropped, its records never
    read again.
    """
    starts = await consumer.beginning_offsets(partitions)
    for tp, offset in starts.items():
        consumer.seek(tp, offset)
    return dict(starts)


def fetched_before_seek(first_offsets: Mapping[TP, int], sought: Mapping[TP, int]) -> dict[TP, int]:
    """Partitions of a fetch answer that was in flight across a seek and does not start where the seek put
    them, with that position (where they must be read from again).

    Examples
    --------
    >>> sought = {TP("in", 0): 100, TP("in", 1): 7}
    >>> fetched_before_seek({TP("in", 0): 140, TP("in", 1): 7, TP("in", 2): 3}, sought)
    {TP(topic='in', partition=0): 100}
    """
    return {tp: sought[tp] for tp, first in first_offsets.items() if tp in sought and first != sought[tp]}


class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """aiokafka consumer thread whose seek to the committed offsets also rewinds uncommitted partitions,
    with a fetch response bounded like one partition's."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Faust bounds a partition's share of a fetch (consumer_max_fetch_size) but not the response:
        # aiokafka's 50 MiB let the records prefetched for lagging stages grow with the backlog (measured
        # 18 MiB of decoded records live at the peak of a 600k-comment run). The fetcher reads this at start.
        consumer._fetch_max_bytes = self.app.conf.consumer_max_fetch_size
        return consumer

    async def seek_to_committed(self) -> Mapping[TP, int]:
        consumer = self.consumer if isinstance(self.consumer, Consumer) else None
        sought: dict[TP, int] = {}
        failed = True
        if consumer is not None:
            consumer.seeking()
        try:
            committed = await super().seek_to_committed()
            changelogs = set(self.app.tables.changelog_topics)
            # Where aiokafka's seek (committed offsets above zero) and the rewind put each stream partition.
            sought = {tp: offset for tp, offset in committed.items() if offset and tp.topic not in changelogs}
            if self.app.conf.consumer_auto_offset_reset != "earliest":
                failed = False
                return committed
            rewind = uncommitted_stream_partitions(committed, changelogs)
            if rewind:
                sought.update(await self.call_thread(rewind_to_start, self._ensure_consumer(), rewind))
            failed = False
            return committed
        finally:
            if consumer is not None:
                consumer.sought(sought, failed=failed)


def release_message(consumer: Any, message: Any) -> None:
    """Make Faust stop waiting for ``message`` without recording it as processed.

    Marked ``acked``, Faust's own acknowledgement skips it, so its offset never enters the committed run
    (the partition's next owner reads it again); out of the consumer's unacknowledged set, ``wait_empty``
    no longer waits for it. Uses faust-streaming 0.15 internals (``Message.acked``,
    ``Consumer._unacked_messages``), kept here, alone.
    """
    message.acked = True
    unacked = getattr(consumer, "_unacked_messages", None)
    if unacked is not None:
        unacked.discard(message)


def release_unacknowledged(consumer: Any) -> list[str]:
    """:func:`release_message` every unacknowledged message of a Faust ``consumer``; returns
    ``topic:partition@offset`` of each."""
    stuck = list(consumer._unacked_messages)
    for message in stuck:
        release_message(consumer, message)
    return sorted(f"{m.topic}:{m.partition}@{m.offset}" for m in stuck)


def head_acknowledged(committed: int | None, acked: set[int], gaps: Any) -> bool:
    """Whether the record at the committed offset (the next one to read) was acknowledged or lies in a
    known gap; unknown (``None``: never committed here) counts as yes.

    Examples
    --------
    >>> from intervaltree import IntervalTree
    >>> head_acknowledged(100, {101, 102}, IntervalTree())   # record 100 never processed
    False
    >>> head_acknowledged(100, {100, 101}, IntervalTree())
    True
    >>> head_acknowledged(100, {102}, IntervalTree.from_tuples([(100, 102)]))  # a gap Faust knows of
    True
    """
    return committed is None or committed in acked or bool(gaps.overlaps(committed))


class Consumer(faust_aiokafka.Consumer):
    """Faust aiokafka consumer using :class:`ConsumerThread`, whose wait for in-flight messages is bounded
    and whose commits never pass over an unacknowledged record."""

    #: The client thread; the broker-specific consumers (``tansu_compat``) use subclasses of it.
    consumer_thread: type[ConsumerThread] = ConsumerThread

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Per partition, the unprocessed offset its commits last waited on (one warning each).
        self._held_head: dict[TP, int | None] = {}
        #: Partitions revoked since the last seek to the committed offsets: not committed until then.
        self._unsettled: set[TP] = set()
        #: How many seeks to the committed offsets began, and where the last one put each partition.
        self._seeks = 0
        self._sought: dict[TP, int] = {}
        self._seek_done = asyncio.Event()
        self._seek_done.set()
        #: Assigned since the last seek to the committed offsets: stream records wait for that seek.
        self._seek_pending = False
        #: The consumer generation of the last seek to the committed offsets.
        self._seek_generation: int | None = None
        self._sought_ready = True
        #: The flow resumed while the last seek to the committed offsets ran.
        self._resumed_in_seek = False

    def seeking(self) -> None:
        """A seek to the committed offsets begins."""
        self._seeks += 1
        self._sought_ready = False
        self._resumed_in_seek = False
        self._seek_done.clear()

    def sought(self, positions: Mapping[TP, int], *, failed: bool = False) -> None:
        """The seek to the committed offsets put these stream partitions at these positions.

        Records wait until the flow resumes after it: Faust's recovery resumes the app's flow control
        right after the seek, and that clears the agents' queues, dropping, unprocessed and
        unacknowledged, whatever was delivered in between (seen: the first record after the seek,
        ``tmdb_stream`` 3/27, never processed while 28.. were). If the flow already resumed while the
        seek ran, that was the resumption: no other follows until recovery ends, and recovery waits for
        the changelog records held here (seen: a takeover after a ``kill -9`` stood still for the whole
        30 s of :data:`SEEK_WAIT_S`, each time Faust's fetcher began a seek just before recovery resumed).
        """
        self._sought = dict(positions)
        self._seek_pending = False
        self._seek_generation = self.app.consumer_generation_id
        self._sought_ready = True
        if failed or self._resumed_in_seek:  # no resumption follows: nothing to wait for
            self._seek_done.set()

    def resume_flow(self) -> None:
        super().resume_flow()
        if self._sought_ready:
            self._seek_done.set()
        else:
            self._resumed_in_seek = True

    def ack(self, message: Any) -> bool:
        generation = getattr(message, "generation_id", None)
        seek_generation = self._seek_generation
        if generation is not None and seek_generation is not None and generation != seek_generation:
            # Delivered before the last seek, which reads it again: counted, this acknowledgement would
            # stand for a record the new generation has not processed yet.
            with ack_lock:
                release_message(self, message)
            return False
        return bool(super().ack(message))

    def awaiting_seek(self) -> None:
        """Partitions were assigned: stream records wait for the seek to the committed offsets, which puts
        every stream partition back (with ``earliest`` also those never committed)."""
        self._seek_pending = self.app.conf.consumer_auto_offset_reset == "earliest"

    async def on_partitions_assigned(self, assigned: set[TP], generation_id: int = 0) -> None:
        self.awaiting_seek()
        await super().on_partitions_assigned(assigned, generation_id)

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float) -> Any:
        seeks, seeking = self._seeks, not self._seek_done.is_set()
        records = await super()._getmany(active_partitions, timeout)
        if not records:
            return records
        if seeks == self._seeks and not seeking and self._seek_done.is_set():
            # No seek ran while this answer was fetched: before the pending one, stream records wait for it
            # (it puts them back); after it, all is in order.
            return self._without_stream_records(records) if self._seek_pending else records
        # A seek ran while the answer was fetched, before or after it in the client's thread: where the
        # answer starts tells. After the seek a partition starts where the seek put it.
        firsts = {tp: batch[0].offset for tp, batch in records.items() if batch}
        try:
            await asyncio.wait_for(self._seek_done.wait(), timeout=SEEK_WAIT_S)
        except TimeoutError:  # the flow never resumed: read them again, whenever it does
            firsts = {tp: -1 for tp in firsts}
        stale = fetched_before_seek(firsts, self._sought)
        for tp, position in stale.items():
            log.info(
                "%s:%d: dropped %d records fetched before the seek to the committed offsets (from %d); "
                "reading again from %d",
                tp.topic,
                tp.partition,
                len(records[tp]),
                records[tp][0].offset,
                position,
            )
            self._thread.seek(tp, position)
        return {tp: batch for tp, batch in records.items() if tp not in stale}

    def _without_stream_records(self, records: Mapping[TP, Any]) -> dict[TP, Any]:
        """Between an assignment and its seek to the committed offsets, only changelog records (table
        recovery) are delivered: the seek puts every stream partition back, and what was delivered
        before it would be processed ahead of the records it reads again."""
        changelogs = self.app.tables.changelog_topics
        kept = {tp: batch for tp, batch in records.items() if tp.topic in changelogs}
        if len(kept) < len(records):
            log.debug("stream records fetched before the seek to the committed offsets: read again after it")
        return kept

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        self._unsettled.update(revoked)
        await super().on_partitions_revoked(revoked)

    async def perform_seek(self) -> None:
        await super().perform_seek()
        self.forget_acknowledgements()

    def forget_acknowledgements(self) -> None:
        """After a seek to the committed offsets: everything past them is read again, so no earlier
        acknowledgement counts, and revoked partitions may be committed again."""
        self._acked.clear()
        self._acked_index.clear()
        self._gap.clear()
        self._unsettled.clear()

    def _new_consumer_thread(self) -> ConsumerThread:
        return self.consumer_thread(self, loop=self.loop, beacon=self.beacon)

    async def _seek(self, partition: TP, offset: int) -> None:
        # In the client's thread: aiokafka's seek wakes its fetcher through a future of that thread's loop
        # (Faust calls it from the event loop's thread).
        await self._thread.call_thread(self._thread._ensure_consumer().seek, partition, offset)

    def _new_offset(self, tp: TP) -> int | None:
        if tp in self._unsettled:
            return None
        committed = self._committed_offset.get(tp)
        if committed is not None and self._acked.get(tp):
            self._forget_acknowledged_below(tp, committed)
        if self._acked.get(tp) and not head_acknowledged(committed, self._acked_index[tp], self._gap[tp]):
            if self._held_head.get(tp) != committed:
                self._held_head[tp] = committed
                log.warning(
                    "%s:%d offset %s was delivered but never processed (processed: %d records from offset "
                    "%d on): commits of the partition wait until it is read again",
                    tp.topic,
                    tp.partition,
                    committed,
                    len(self._acked[tp]),
                    min(self._acked[tp]),
                )
            return None
        return super()._new_offset(tp)  # type: ignore[no-any-return]

    def _forget_acknowledged_below(self, tp: TP, committed: int) -> None:
        """Acknowledgements of records below the committed offset (messages of an earlier generation that
        finished after the seek) say nothing new; counted, the head check would wait, with a warning, for
        a record that may not exist yet."""
        acked = self._acked[tp]
        stale = [offset for offset in acked if offset < committed]
        if stale:
            acked[:] = [offset for offset in acked if offset >= committed]
            self._acked_index[tp].difference_update(stale)

    @property
    def wait_empty_timeout(self) -> float:
        return float(self.app.conf.broker_rebalance_timeout) / 2

    async def wait_empty(self) -> None:
        # Faust's loop swallows cancellation: it is left running, and ends by itself once the messages it
        # waits for are released (it checks every second), committing what was processed.
        waiting = asyncio.ensure_future(super().wait_empty())
        done, _ = await asyncio.wait({waiting}, timeout=self.wait_empty_timeout)
        if not done:
            stuck = release_unacknowledged(self)
            log.warning(
                "messages still unacknowledged after %.0f s, released uncommitted (read again by the "
                "partition's next owner): %s",
                self.wait_empty_timeout,
                ", ".join(stuck) or "none",
            )
        await waiting


class ProducerBuffer(ProducerBufferBase):
    """Faust's buffer of table writes, which also counts the write being handed over (``sending``)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.sending = 0

    async def _send_pending(self, fut: Any) -> None:
        # The write taken off the queue is no longer in ``size``: count it until it is handed over.
        self.sending += 1
        try:
            await super()._send_pending(fut)
        finally:
            self.sending -= 1


class Producer(faust_aiokafka.Producer):
    """Faust's aiokafka producer, which sends its buffered table writes before its Kafka client stops."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.app.conf.producer_threaded:
            return  # the threaded producer keeps Faust's own buffer
        buffer = ProducerBuffer(loop=self.loop, beacon=self.beacon)
        buffer.app = self.app
        self.buffer = buffer

    async def on_stop(self) -> None:
        # The buffer is a child service: its sender task still runs here, and stops after the client.
        buffer: Any = self.buffer

        def unsent() -> int:
            return int(buffer.size + getattr(buffer, "sending", 0))  # no count with Faust's own buffer

        loop = asyncio.get_running_loop()
        deadline = loop.time() + STOP_FLUSH_S
        while unsent() and loop.time() < deadline:
            buffer.message_sent.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(buffer.message_sent.wait(), timeout=0.1)
        left = unsent()
        if left:  # the broker does not answer: stop anyway, and say what is lost
            log.warning(
                "%d table writes not sent within %.0f s of the stop: the changelog misses them",
                left,
                STOP_FLUSH_S,
            )
        await super().on_stop()

    async def flush(self) -> None:
        await self.buffer.flush()
        if self._producer is not None:
            # Well inside a rebalance's time, long enough for a loaded broker's answer.
            stall_s = min(float(self.app.conf.broker_session_timeout) / 2, UNANSWERED_STALL_S)
            await flush_answered(self._producer, stall_s=stall_s)
        for transaction_producer in self._transaction_producers.values():
            await transaction_producer.flush()


class ReleasingFlowControl(FlowControlEvent):
    """Faust's flow control of the agents' queues, which hands the message of every event it clears to
    ``release`` first (see "Messages dropped with the agents' queues")."""

    def __init__(self, release: Callable[[Any], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._release = release

    def clear(self) -> None:
        for queue in self._queues:
            for event in list(queue._queue):  # type: ignore[attr-defined]
                message = getattr(event, "message", None)
                if message is not None:
                    self._release(message)
        super().clear()


class App(faust.App):
    """Faust's app, whose producer look-up does not yield to the event loop once the producer runs, and
    whose flow control releases the messages it drops from the agents' queues."""

    async def maybe_start_producer(self) -> Any:
        producer = self.producer
        if producer.started and not self.in_transaction:
            return producer
        return await super().maybe_start_producer()

    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return ReleasingFlowControl(self._release_dropped, loop=self.loop)

    def _release_dropped(self, message: Any) -> None:
        consumer = self._consumer  # never created: nothing was delivered, nothing waits
        if consumer is not None:
            release_message(consumer, message)


class Transport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with :class:`Consumer` and :class:`Producer`."""

    Consumer = Consumer
    Producer = Producer
