"""Two fixes to Faust's Kafka consumer, used for every broker (``kafka://`` and the embedded ``tansu://``).

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

One event-loop turn per message
-------------------------------
Why: Faust's fetch loop hands each record to its topic's channels through ``wait_first(deliver(record),
suspend_flow.wait())``: four tasks and an ``asyncio.wait`` per record, so delivering N records takes N
turns of the event loop even though delivery almost never has to wait (it puts the event on the agents'
queues). While the comment reader scores a backlog it keeps the loop for up to 50 ms at a time, and
every Faust-consumed record (``movie_events``, ``trend_stream``, the lookup tables' changelogs) waited
for one of those turns: the later stages fell seconds behind the windows.

What: the delivery coroutine is first run up to its first suspension. When it finishes there (the usual
case), the record is delivered with no task and no turn of the loop. When it has to wait (a full queue,
flow control), the partly run coroutine is resumed inside Faust's own ``wait_first``, unchanged: a
rebalance that suspends the flow still abandons the wait.

A full producer buffer that stalls delivery for seconds
------------------------------------------------------
Why: table writes reach their changelogs through Faust's producer buffer. When it holds more than 100
messages, Faust stops delivering records until *100 separate wake-ups* of its sender have been seen, one
event-loop turn each, although the sender drains many messages per turn. With the comment reader holding
the loop for up to 50 ms at a time, that was up to 5 s without any delivery: measured, the window stage's
watermark stood still for seconds while the reader read 30,000 comments, and every later stage with it.

What: delivery waits until the buffer is back at 100 messages or fewer (or until nothing was sent for
0.1 s, as Faust's own wait gives up), however many messages each turn sent.

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
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Generator, Mapping
from typing import Any

import aiokafka
from faust.transport.drivers import TRANSPORTS
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.transport.producer import ProducerBuffer as FaustProducerBuffer
from faust.types import TP
from mode.services import WaitResults

__all__ = [
    "Consumer",
    "ConsumerThread",
    "Transport",
    "release_unacknowledged",
    "uncommitted_stream_partitions",
]

log = logging.getLogger(__name__)


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
        committed = await super().seek_to_committed()
        if self.app.conf.consumer_auto_offset_reset != "earliest":
            return committed
        rewind = uncommitted_stream_partitions(committed, set(self.app.tables.changelog_topics))
        if rewind:
            await self.call_thread(self._ensure_consumer().seek_to_beginning, *rewind)
        return committed


def release_unacknowledged(consumer: Any) -> list[str]:
    """Stop waiting for every unacknowledged message of a Faust ``consumer`` without committing it;
    returns ``topic:partition@offset`` of each."""
    unacked = consumer._unacked_messages
    released = []
    for message in list(unacked):
        # Marked acknowledged but never added to the acknowledged offsets: not committed, so delivered
        # again to the partition's next owner.
        message.acked = True
        released.append(f"{message.topic}:{message.partition}@{message.offset}")
    unacked.clear()
    return sorted(released)


class _Resumed:
    """Awaitable that continues a coroutine already run up to its first suspension on ``blocked_on``."""

    def __init__(self, coro: Coroutine[Any, Any, Any], blocked_on: Any) -> None:
        self.coro = coro
        self.blocked_on = blocked_on

    def __await__(self) -> Generator[Any, None, Any]:
        coro, waiting = self.coro, self.blocked_on
        while True:
            try:
                yield waiting  # the task driving us waits on it, as it would have for the coroutine
            except BaseException as exc:  # cancellation included: it goes to the coroutine
                try:
                    waiting = coro.throw(exc)
                except StopIteration as done:
                    return done.value
                continue
            try:
                waiting = coro.send(None)
            except StopIteration as done:
                return done.value


def deliver_eagerly(coro: Coroutine[Any, Any, Any]) -> tuple[bool, Any]:
    """Run ``coro`` up to its first suspension: ``(True, result)`` if it finished, else ``(False, awaitable)``
    that continues it.

    Examples
    --------
    >>> async def quick():
    ...     return 7
    >>> deliver_eagerly(quick())
    (True, 7)
    """
    try:
        blocked_on = coro.send(None)
    except StopIteration as done:
        return True, done.value
    return False, _Resumed(coro, blocked_on)


class Consumer(faust_aiokafka.Consumer):
    """Faust aiokafka consumer using :class:`ConsumerThread`, whose wait for in-flight messages is bounded."""

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def wait_first(self, *coros: Any, timeout: Any = None) -> Any:
        # Faust calls this for every record it delivers: wait_first(deliver(record), suspend_flow.wait()).
        if (
            len(coros) == 2
            and timeout is None
            and asyncio.iscoroutine(coros[0])
            and asyncio.iscoroutine(coros[1])
            and getattr(coros[1], "cr_frame", None) is not None
            and coros[1].cr_frame.f_locals.get("self") is self.suspend_flow
            and not self.suspend_flow.is_set()
        ):
            deliver, suspended = coros
            finished, outcome = deliver_eagerly(deliver)
            if finished:
                suspended.close()  # never awaited: nothing to wait for
                return WaitResults([deliver], [outcome], False)
            return await super().wait_first(outcome, suspended)
        return await super().wait_first(*coros, timeout=timeout)

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


class ProducerBuffer(FaustProducerBuffer):
    """Faust's producer buffer whose wait for room counts messages, not wake-ups."""

    async def wait_until_ebb(self) -> None:
        while self.size > self.max_messages:
            if self.state != "running":
                raise RuntimeError("Cannot flush: Producer not Running")
            self.message_sent.clear()
            try:
                await asyncio.wait_for(self.message_sent.wait(), timeout=0.1)
            except TimeoutError:
                return  # nothing sent for 0.1 s: go on, as Faust's own wait does


class Producer(faust_aiokafka.Producer):
    """Faust aiokafka producer with :class:`ProducerBuffer`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        buffer = ProducerBuffer(loop=self.loop, beacon=self.beacon)
        buffer.app = self.buffer.app
        if self.threaded_producer is not None:
            buffer.threaded_producer = self.threaded_producer
        self.buffer = buffer


class Transport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with :class:`Consumer` and :class:`Producer`."""

    Consumer = Consumer
    Producer = Producer


# ``kafka://`` resolves through this registry (``faust.transport.by_url``): production workers get the
# fix without a different URL scheme.
TRANSPORTS.aliases["kafka"] = f"{__name__}:Transport"
