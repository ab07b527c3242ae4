"""Comment reader: ``reddit_stream`` through a plain aiokafka consumer group, a batch at a time.

Comments are >95 % of the input and each costs ~50 µs of matching and VADER; Faust's per-message path
(consumer thread hand-off, one ``asyncio.wait`` with two tasks per message, conductor, stream queue,
``take_events``) cost more than that again (README, "Performance"). This reader takes record batches
straight from aiokafka in the worker's event loop and hands them to the same :class:`Ingest` code.

Delivery is the same at-least-once contract as the Faust path: offsets are committed only after every
``movie_events`` message built from them is acknowledged, so a crash or a rebalance repeats records and
never loses them; the window stage skips repeats by their source offsets. TMDB snapshots stay on a Faust
agent: they are few and they write the catalogue (a Faust GlobalTable, whose writes need a Faust event).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError
from aiokafka.structs import TopicPartition
from faust.transport.drivers import aiokafka as faust_aiokafka

from trendscope_app.agents.idleness import last_fetch_of
from trendscope_app.broker.embedded import create_topics
from trendscope_app.broker.tansu_compat import FETCH_MAX_WAIT_MS, SCHEME
from trendscope_app.startup import FIRST_READ

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

#: Takes one batch of records and returns the send futures of its output (``Ingest.process``), sent
#: once the awaitable it is given (the batch before) is done.
Handler = Callable[[list[Any], Awaitable[Any] | None], Awaitable[list[asyncio.Future[Any]]]]
#: Returns once every TMDB snapshot written so far is known, with where the given comment partitions
#: ended then (``SnapshotFollower.caught_up``); ``None``: not known, go on anyway.
Readiness = Callable[[list[TopicPartition]], Awaitable[Mapping[TopicPartition, int] | None]]

log = logging.getLogger(__name__)

#: Longest wait for the group's committed offset of one partition (:meth:`CommentReader.learn_committed`).
LEARN_TIMEOUT_S = 10.0
#: Longest wait at stop for the batch being handled (the settle after it waits as long again).
STOP_WAIT_S = 5.0


def servers_of(rt: Runtime) -> list[str]:
    """The worker's broker as ``host:port`` strings, for consumers of its own."""
    return list(faust_aiokafka.server_list(rt.app.conf.broker, 9092))


def input_consumer(rt: Runtime, **options: Any) -> AIOKafkaConsumer:
    """An aiokafka consumer of input topics, fetching as Faust's consumer does; ``options`` add to it."""
    conf = rt.app.conf
    # The same fetch bound as Faust's consumer: a maximal (dead-letter bound) message fits. It bounds
    # the whole response too: aiokafka's default (50 MiB) let the prefetched bytes, and the worker's
    # peak memory, grow with the backlog (measured +18 MiB at 10x the input).
    fetch = conf.consumer_max_fetch_size
    on_tansu = any(u.scheme == SCHEME for u in conf.broker)
    return AIOKafkaConsumer(
        bootstrap_servers=servers_of(rt),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=fetch,
        fetch_max_bytes=fetch,
        **({"fetch_max_wait_ms": FETCH_MAX_WAIT_MS} if on_tansu else {}),
        **options,
    )


async def create_if_missing(rt: Runtime, consumer: AIOKafkaConsumer, topic: str) -> bool:
    """Create an input topic the started ``consumer`` does not see, with the partitions and replication
    Faust would declare it with (a worker's own embedded broker is always empty); ``True`` if created."""
    if topic in await consumer.topics():
        return False
    s = rt.settings
    await create_topics(
        ",".join(servers_of(rt)), {topic: s.topic_partitions}, replication=s.topic_replication
    )
    return True


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, reader: CommentReader, consumer: AIOKafkaConsumer) -> None:
        self.reader = reader
        self.consumer = consumer

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        self.reader.stop_learning()
        # Commit what was processed while the partitions are still ours: fewer repeats for the next owner.
        await self.reader.settle(keep_error=True)
        for tp in revoked:
            self.reader.committed.pop(tp, None)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self.reader.rt.start_up.mark("comment group joined")
        self.reader.learn_committed(self.consumer, assigned)


class CommentReader:
    """Reads the comment topic for one worker and hands each batch to ``handle`` (:meth:`Ingest.process`).

    The consumer group is ``<APP_ID>-comments``: a partition is read by exactly one worker, and a second
    worker takes half of them exactly as it takes half of the Faust-read topics.
    """

    def __init__(
        self, rt: Runtime, handle: Handler, ready: Readiness | None = None, *, overlap: bool = False
    ) -> None:
        self.rt = rt
        self.handle = handle
        self.ready = ready
        #: Whether a batch is handed to ``handle`` while the one before is still being handled (its
        #: scoring is done elsewhere: the text process).
        self.overlap = overlap
        #: Per partition, the records below this offset were written before every TMDB snapshot not yet
        #: known here: they may be matched without asking again.
        self.covered: dict[TopicPartition, int] = {}
        self.consumer: AIOKafkaConsumer | None = None
        self._early: asyncio.Future[AIOKafkaConsumer | None] | None = None
        #: Whether :meth:`run` or :meth:`leave_unclaimed` has taken the early consumer (once only).
        self._claimed = False
        #: Offsets this worker committed (or found committed when it got the partition).
        self.committed: dict[TopicPartition, int | None] = {}
        #: Acknowledgement and commit of the last batch, running beside the next batch's scoring.
        self._committing: asyncio.Future[None] | None = None
        #: Asking the group's committed offsets of the partitions assigned at the last rebalance.
        self._learning: asyncio.Future[None] | None = None
        #: The consumer is stopping: an assignment that still comes (a join answered during the stop) is
        #: not asked about, since the stop's LeaveGroup would cut the question off mid-request.
        self._closing = False

    def assignment(self) -> set[TopicPartition]:
        if self.consumer is None:
            return set()
        try:
            return set(self.consumer.assignment())
        except Exception:  # not subscribed yet, or stopping
            return set()

    def highwater(self, tp: TopicPartition) -> int | None:
        """Log end offset from the last fetch (``None`` until one returned, or not assigned here)."""
        try:
            return self.consumer.highwater(tp) if self.consumer is not None else None
        except (AssertionError, IllegalStateError, KeyError):
            return None

    def last_fetch(self, tp: TopicPartition) -> float | None:
        """Wall time of the last fetch response for ``tp`` (``None`` until one came)."""
        return last_fetch_of(self.consumer, tp)

    async def start_offset(self, tp: TopicPartition) -> int | None:
        """Where reading ``tp`` resumes: the group's committed offset (``None`` if unknown)."""
        if tp not in self.committed and self.consumer is not None:
            # Only used for idleness: unknown means "not caught up".
            await self._ask_committed(self.consumer, tp, timeout=None)
        return self.committed.get(tp)

    async def _ask_committed(
        self, consumer: AIOKafkaConsumer, tp: TopicPartition, timeout: float | None
    ) -> None:
        """Learn the group's committed offset of ``tp`` unless it cannot be had (within ``timeout``)."""
        try:
            offset = await asyncio.wait_for(consumer.committed(tp), timeout)
        except (TimeoutError, KafkaError) as exc:
            log.debug("committed offset of %s unavailable: %r", tp, exc)
            return
        self.committed.setdefault(tp, offset)  # a commit of ours while it was asked is newer

    def learn_committed(self, consumer: AIOKafkaConsumer, assigned: set[TopicPartition]) -> None:
        """Ask the group's committed offsets of newly ``assigned`` partitions, in the background.

        A rebalance forgets what this worker knew of its partitions, those it keeps included; without
        asking, a partition with no new comments showed its whole log as lag (``trendscope_consumer_lag``,
        ``/health``) until this worker committed it again, which takes new comments: after a takeover
        in a quiet hour, or at the end of a replay. Reading does not wait for the answer (the question
        retries while the group's coordinator is away), and each question gives up after
        ``LEARN_TIMEOUT_S``: those partitions stay unknown until a commit.
        """
        self.stop_learning()
        if not self._closing:
            self._learning = asyncio.ensure_future(self._learn(consumer, sorted(assigned)))

    def stop_learning(self, *, closing: bool = False) -> None:
        """Drop the questions still open: their partitions are being revoked, or (``closing``) the
        consumer stops, and no later assignment is asked about."""
        self._closing = self._closing or closing
        if self._learning is not None:
            self._learning.cancel()
            self._learning = None

    async def _learn(self, consumer: AIOKafkaConsumer, tps: list[TopicPartition]) -> None:
        for tp in tps:
            if tp not in self.committed:
                await self._ask_committed(consumer, tp, timeout=LEARN_TIMEOUT_S)

    def _consumer(self) -> AIOKafkaConsumer:
        s = self.rt.settings
        conf = self.rt.app.conf
        return input_consumer(
            self.rt,
            client_id=f"{s.app_id}-comments",
            group_id=f"{s.app_id}-comments",
            session_timeout_ms=int(conf.broker_session_timeout * 1000),
            rebalance_timeout_ms=int(conf.broker_rebalance_timeout * 1000),
            heartbeat_interval_ms=int(conf.broker_heartbeat_interval * 1000),
        )

    def _count_in_faust_monitor(self, batches: dict[TopicPartition, list[Any]]) -> None:
        """Count the batch where Faust's monitor counts what its consumer reads, so the ``faust_messages_*``
        series (and the dashboard panels on them) still cover the comment topic; in bulk, not per record."""
        monitor = getattr(self.rt.app, "monitor", None)
        if monitor is None:
            return
        for tp, part in batches.items():
            monitor.messages_received_total += len(part)
            monitor.messages_received_by_topic[tp.topic] += len(part)
            if part:
                monitor.tp_read_offsets[tp] = part[-1].offset

    def join_early(self) -> None:
        """Start joining the comment group now (the worker calls this as it starts). Faust starts app
        tasks, :meth:`run` among them, only after its own group join and table recovery; on Tansu each join
        waits half the session timeout, so joining then added that wait to every start. A comment topic
        that does not exist yet (a worker's own embedded broker is always empty) is created first, with
        the partitions and replication Faust would declare it with."""
        if self._early is None:
            self._early = asyncio.ensure_future(self._join_now())

    async def leave_unclaimed(self) -> None:
        """Stop the early consumer if :meth:`run` never took it (the worker stops as it starts).

        It would otherwise stay a member of the comment group until the broker's session timeout, holding
        the other workers' comment partitions for that long, and keep its connection open (the embedded
        broker waits for every connection to close before it exits)."""
        if self._early is None or self._claimed:
            return
        self._claimed = True
        consumer = await self._early
        self.stop_learning(closing=True)
        if consumer is not None:
            await consumer.stop()
            log.info("left the comment group before reading (the worker stopped as it started)")

    async def _join_now(self) -> AIOKafkaConsumer | None:
        s = self.rt.settings
        consumer = self._consumer()
        try:
            await consumer.start()  # connects and reads the cluster's metadata; no group yet
            if await create_if_missing(self.rt, consumer, s.reddit_topic):
                log.info("comment topic %s created", s.reddit_topic)
            consumer.subscribe([s.reddit_topic], listener=_Listener(self, consumer))
            log.info("joining the comment group as the worker starts")
            return consumer  # the join goes on in the background
        except Exception as exc:  # the broker not up yet, say: run() joins the usual way
            log.info("comment group not joined early (%r); joining once the worker has started", exc)
        await consumer.stop()
        return None

    async def run(self) -> None:
        """Read until cancelled (the worker stopping)."""
        s = self.rt.settings
        app = self.rt.app
        consumer = None
        if self._early is not None and not self._claimed:
            self._claimed = True
            consumer = await self._early
        if consumer is None:
            if app.should_stop:  # started as the worker stops (it stops everything it started)
                return
            await self.rt.topics.reddit.maybe_declare()
            consumer = self._consumer()
            consumer.subscribe([s.reddit_topic], listener=_Listener(self, consumer))
            await consumer.start()
        self.consumer = consumer
        try:
            # The matcher needs the recovered catalogue (Faust's agents wait for the same recovery), and
            # scoring goes faster on a settled heap (see the app factory's settle_start_up).
            await app.tables.recovery.completed.wait()
            await self.rt.started.wait()
            log.info("comment reader started (group %s-comments)", s.app_id)
            # Faust stops the app's tasks only after its producer: a batch read once the worker is stopping
            # would be sent through a stopped producer. What is read and not processed is read again.
            # A batch is handled once every TMDB snapshot written before its comments is known, which
            # takes a question to the broker unless an earlier answer covers the batch (a backlog: one
            # answer covers all of it). The question is asked as the batch is read and answered while
            # the batch before it is handled: waiting for it between batches would hand the loop to the
            # later stages each time, and their work is mostly per batch (docs/performance.md).
            # With ``overlap``, the next batch is handed over as soon as it is read, while the batch
            # before it is being handled: its scoring (in the text process) then follows the last one's
            # without waiting for the event loop, and its output is sent after the last one's.
            held: tuple[dict[TopicPartition, list[Any]], asyncio.Future[Any] | None] | None = None
            handling: asyncio.Future[None] | None = None
            try:
                while not app.should_stop:
                    waiting = held or handling
                    wait_ms = 0 if waiting else int(s.batch_timeout_s * 1000)
                    batches = await consumer.getmany(timeout_ms=wait_ms, max_records=s.batch_size)
                    if app.should_stop:
                        break  # what is held is read again by the next owner
                    asked = self.ask(batches) if batches else None
                    if self.overlap:
                        nxt = (
                            asyncio.ensure_future(self.process(batches, asked, after=handling))
                            if batches
                            else None
                        )
                        last, handling = handling, nxt
                        if last is not None:
                            await last
                        continue
                    if held:
                        await self.process(*held)
                    held = (batches, asked) if batches else None
            finally:
                if handling is not None:
                    # The batch in hand is finished if it can be (fewer repeats for the next owner); one
                    # the stopping producer cannot send is given up and read again by the next owner.
                    done, _ = await asyncio.wait([handling], timeout=STOP_WAIT_S)
                    if not done:
                        handling.cancel()
                    elif not handling.cancelled() and handling.exception() is not None:
                        log.info("last comment batch given up at stop: %r", handling.exception())
        finally:
            try:
                await self.settle(timeout=STOP_WAIT_S)
            except Exception as exc:  # stopping anyway: uncommitted records are read again
                log.warning("last comment batch not committed at stop: %r", exc)
            self.stop_learning(closing=True)
            self.consumer = None
            await consumer.stop()

    def ask(self, batches: dict[TopicPartition, list[Any]]) -> asyncio.Future[Any] | None:
        """Whether ``batches`` may be matched: ``None`` if an earlier answer covers them, else the
        question on its way (:meth:`process` waits for it)."""
        if self.ready is None or all(
            part[-1].offset < self.covered.get(tp, -1) for tp, part in batches.items() if part
        ):
            return None
        return asyncio.ensure_future(self._asked(list(batches)))

    async def _asked(self, partitions: list[TopicPartition]) -> None:
        assert self.ready is not None
        ends = await self.ready(partitions)
        for tp, end in (ends or {}).items():
            if end > self.covered.get(tp, -1):
                self.covered[tp] = end

    async def process(
        self,
        batches: dict[TopicPartition, list[Any]],
        ready: Awaitable[Any] | None = None,
        after: Awaitable[Any] | None = None,
    ) -> None:
        """Score one batch once ``ready`` is done, then commit it in the background once its output is
        acknowledged. Records of partitions this worker no longer owns are left to their new owner.

        The acknowledgement and the commit are two broker round trips; waiting for them before the next
        batch idled the event loop (one worker: 8.1-8.4k -> 9.0-9.6k comments/s without the wait). One
        batch's commit may overlap the next batch's scoring, never more: commits stay in order and memory
        stays bounded. With ``after`` (the batch before, when batches overlap), the output is sent and
        committed only once that one's is.
        """
        if ready is not None:
            await ready
        owned = self.assignment()
        if owned:  # revoked while the batch was held: the next owner reads them
            batches = {tp: part for tp, part in batches.items() if tp in owned}
        records = [r for part in batches.values() for r in part]
        if records:
            self.rt.start_up.mark(FIRST_READ)
        self._count_in_faust_monitor(batches)
        try:
            sent = await self.handle(records, after)
        except Exception as exc:
            if not self.rt.app.should_stop:
                raise
            # The producer stopped under the batch: nothing of it is committed, the next owner reads it again.
            log.info("comment batch given up as the worker stops (%r); it will be read again", exc)
            return
        offsets = {tp: part[-1].offset + 1 for tp, part in batches.items() if part}
        await self.settle()
        self._committing = asyncio.ensure_future(self._commit_when_sent(sent, offsets))

    async def settle(self, *, timeout: float | None = None, keep_error: bool = False) -> None:
        """Wait for the batch in flight to be committed (or refused by the group).

        A failed send raises here, as it did before commits overlapped: those records must not be passed
        over by a later commit. With ``keep_error`` a failure is left for the read loop to raise
        (the rebalance listener must not swallow it).
        """
        pending = self._committing
        if pending is None:
            return
        done, _ = await asyncio.wait([pending], timeout=timeout)
        if not done:
            pending.cancel()
        elif keep_error and not pending.cancelled() and pending.exception() is not None:
            return
        self._committing = None
        if done and not pending.cancelled():
            pending.result()

    async def _commit_when_sent(
        self, sent: list[asyncio.Future[Any]], offsets: dict[TopicPartition, int]
    ) -> None:
        await asyncio.gather(*sent)  # acknowledged by the broker before the offsets move
        consumer = self.consumer
        if consumer is None:
            return
        try:
            await consumer.commit(offsets)
        except (CommitFailedError, KafkaError, IllegalStateError) as exc:
            # Rebalanced away mid-batch: the new owner repeats these records; the window stage skips them.
            log.info("comment offsets not committed (%s); they will be re-read", type(exc).__name__)
            return
        self.committed.update(offsets)
