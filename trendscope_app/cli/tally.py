"""What a replay came to, as the broker holds it: messages read, dead letters, TrendScores.

The demo's summary counts here, not from the workers' metrics: a worker that dies takes its counters
with it, and the one that takes over its partitions reads part of its input again. The broker keeps
what lasts: each consumer group's committed offsets (how far the input was read and processed, by
whichever worker), the dead letters, one per input message however often it was dead-lettered, and
the TrendScores, one per movie and window however often one was published again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from trendscope_app.settings import Settings


def trendscore_key(value: bytes | None) -> tuple[Any, Any] | None:
    """The movie and window of a ``trend_stream`` record (``None`` if it is not a TrendScore).

    Examples
    --------
    >>> trendscore_key(b'{"movie_id": 7, "window_end": 1717200300.0, "mentions": 3}')
    (7, 1717200300.0)
    >>> trendscore_key(b"not json") is None
    True
    """
    try:
        score = json.loads(value or b"")
        return score["movie_id"], score["window_end"]
    except (ValueError, TypeError, KeyError):
        return None


def dead_letter_source(headers: Iterable[tuple[str, bytes]]) -> tuple[bytes, ...] | None:
    """Where a dead letter's message came from: ``(topic, partition, offset)`` from its headers.

    Examples
    --------
    >>> dead_letter_source([("reason", b"bad json"), ("source_topic", b"reddit_stream"),
    ...                     ("source_partition", b"2"), ("source_offset", b"41")])
    (b'reddit_stream', b'2', b'41')
    >>> dead_letter_source([("reason", b"?")]) is None
    True
    """
    given = dict(headers)
    try:
        return given["source_topic"], given["source_partition"], given["source_offset"]
    except KeyError:
        return None


class Tally:
    """Counts a replay's outcome on the broker at ``bootstrap``; use as ``async with``, then :meth:`counts`.

    Each call reads only what the broker got since the last one.
    """

    def __init__(self, s: Settings, bootstrap: str) -> None:
        self.s = s
        self.bootstrap = bootstrap
        self._outputs: AIOKafkaConsumer | None = None
        #: Comments are committed by their own group, TMDB snapshots by Faust's (agents/comments.py).
        self._groups: list[tuple[AIOKafkaConsumer, str]] = []
        self._scores: set[tuple[Any, Any]] = set()
        self._letters: set[tuple[bytes, ...]] = set()

    async def __aenter__(self) -> Tally:
        s = self.s
        self._outputs = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
        )
        self._groups = [
            (
                AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=group, enable_auto_commit=False),
                topic,
            )
            for group, topic in ((f"{s.app_id}-comments", s.reddit_topic), (s.app_id, s.tmdb_topic))
        ]
        for consumer in (self._outputs, *(c for c, _ in self._groups)):
            await consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        for consumer in (self._outputs, *(c for c, _ in self._groups)):
            if consumer is not None:
                await consumer.stop()

    async def counts(self) -> tuple[int, int, int]:
        """``(messages read, dead letters, TrendScores)`` as the broker holds them now."""
        read = 0
        for consumer, topic in self._groups:
            for p in range(self.s.topic_partitions):
                # aiokafka asks again while the group's coordinator is away: bounded, counted as unread.
                with contextlib.suppress(TimeoutError):
                    read += await asyncio.wait_for(consumer.committed(TopicPartition(topic, p)), 5.0) or 0
        await self._read_outputs()
        return read, len(self._letters), len(self._scores)

    async def _read_outputs(self, budget_s: float = 10.0) -> None:
        """Read the dead letters and TrendScores up to the log end of the last fetch answer (or for
        ``budget_s``, with the broker not answering)."""
        deadline = time.monotonic() + budget_s
        consumer = self._outputs
        assert consumer is not None, "use Tally with async with"
        s = self.s
        if not consumer.assignment():
            await consumer.topics()
            tps = [
                TopicPartition(topic, p)
                for topic in (s.trend_topic, s.dead_letter_topic)
                if consumer.partitions_for_topic(topic)
                for p in sorted(consumer.partitions_for_topic(topic))
            ]
            if not tps:
                return
            consumer.assign(tps)
        while True:
            got = await consumer.getmany(timeout_ms=200)
            for tp, records in got.items():
                for r in records:
                    if tp.topic == s.trend_topic:
                        key = trendscore_key(r.value)
                        if key is not None:
                            self._scores.add(key)
                    else:
                        source = dead_letter_source(r.headers)
                        self._letters.add(source or (b"", str(tp.partition).encode(), str(r.offset).encode()))
            behind = [tp for tp in consumer.assignment() if not await self._at_end(consumer, tp)]
            if not behind:
                return
            if time.monotonic() > deadline:
                return

    @staticmethod
    async def _at_end(consumer: AIOKafkaConsumer, tp: TopicPartition) -> bool:
        # The log end from the last fetch answer (the embedded broker's listed one can be wrong).
        end = consumer.highwater(tp)
        return end is not None and await consumer.position(tp) >= end


#: ``(messages read, dead letters, TrendScores)``, as :meth:`Tally.counts` gives them.
Counts = tuple[int, int, int]


async def settle(
    counts: Callable[[], Awaitable[Counts]],
    done: Callable[[], Awaitable[bool]],
    sent: int,
    timeout_s: float,
    every_s: float = 1.0,
) -> Counts:
    """The counts once a replay came to rest, looking every ``every_s``: every message read and the
    workers ``done``, then one more look with nothing new; the last counts if ``timeout_s`` passes first.

    The workers are asked after the counts are read, and the windows that the end of the input closes
    may close between the two: their TrendScores reach the broker a moment after the workers say they
    are done. Stopping at that look summed up such a replay without them ("0 TrendScores published");
    the look after it has them.

    Examples
    --------
    The windows close between the second look's counts and its question:

    >>> looks = iter([(10, 0, 0), (10, 0, 0), (10, 0, 0), (10, 0, 5), (10, 0, 5)])
    >>> answers = iter([False, True, True])
    >>> async def counts(): return next(looks)
    >>> async def done(): return next(answers)
    >>> asyncio.run(settle(counts, done, sent=10, timeout_s=60, every_s=0))
    (10, 0, 5)
    """
    deadline = time.monotonic() + timeout_s
    last = await counts()
    done_at_last = False
    while time.monotonic() < deadline:
        await asyncio.sleep(every_s)
        now = await counts()
        if done_at_last and now == last:
            break
        done_at_last = now[0] >= sent and await done()
        last = now
    return last
