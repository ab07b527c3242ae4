"""Which input partitions have gone quiet, so the window stage can close windows without them.

A window closes when every input partition's event time passed its end. An input that stops sending
(the end of a replay, a subreddit asleep at night) would hold every window open for ever, so once a
partition has been quiet for ``IDLE_TIMEOUT_S`` *and* the broker confirms this worker has read all of it,
the window stage is told to stop waiting for it (docs/windows.md, "Idle inputs").

Quiet is not enough: a partition starved by a busy neighbour still has data waiting, and a stalled broker
sends nothing either. So idleness needs, per partition, what the broker last said about where its log
ends and when. Two readers know that: the comment reader and Faust's consumer (TMDB snapshots); each is
seen through :class:`InputPartitions`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from aiokafka.errors import IllegalStateError
from faust.types import TP

from trendscope_app import metrics
from trendscope_app.models.movie_events import MovieEventBatch, source_key

if TYPE_CHECKING:
    import faust

    from trendscope_app.settings import Settings
    from trendscope_app.windows.guard import EventTimeGuard

log = logging.getLogger(__name__)

#: A fetch response older than this no longer tells where a log ends: the broker may be stalled. Fetches
#: of a partition with nothing new come back every ``fetch_max_wait_ms`` (0.5 s by default).
FETCH_FRESH_S = 3.0

#: Least age up to which an answer counts as the end of an idle partition, whatever ``IDLE_TIMEOUT_S``:
#: several fetch answers of an idle partition (one per ``fetch_max_wait_ms``), so that a tiny timeout
#: still finds one fresh enough.
ANSWER_FRESH_MIN_S = 0.5


class InputPartitions(Protocol):
    """What idleness needs of a reader of input partitions."""

    def assignment(self) -> set[Any]:
        """The partitions it reads now."""

    def highwater(self, tp: Any) -> int | None:
        """Log end offset from its last fetch of ``tp`` (``None``: not fetched, not assigned)."""

    def last_fetch(self, tp: Any) -> float | None:
        """Wall time of its last fetch response for ``tp`` (``None``: none yet)."""

    async def start_offset(self, tp: Any) -> int | None:
        """Where its reading of ``tp`` resumed (the group's committed offset)."""


def last_fetch_of(consumer: Any, tp: Any) -> float | None:
    """Wall time of an aiokafka ``consumer``'s last fetch response for ``tp`` (``None``: none yet, or the
    partition is not assigned or the consumer not started)."""
    try:
        ms = consumer.last_poll_timestamp(tp) if consumer is not None else None
    except Exception:  # not assigned, not started: nothing confirmed
        return None
    return None if ms is None else ms / 1000.0


class FaustInputs:
    """Faust's consumer seen as :class:`InputPartitions`.

    The only place that reads Faust's private consumer state: Faust exposes neither the time of the last
    fetch response nor the committed offset it resumed from.
    """

    def __init__(self, app: faust.App) -> None:
        self.app = app

    def assignment(self) -> set[Any]:
        return set(self.app.consumer.assignment())

    def highwater(self, tp: Any) -> int | None:
        try:
            return self.app.consumer.highwater(tp)
        except (AssertionError, KeyError, AttributeError, RuntimeError, IllegalStateError):
            return None

    def last_fetch(self, tp: Any) -> float | None:
        try:
            consumer = self.app.consumer._thread._ensure_consumer()  # Faust's aiokafka consumer
        except Exception:  # not started: nothing confirmed
            return None
        return last_fetch_of(consumer, tp)

    async def start_offset(self, tp: Any) -> int | None:
        offset: int | None = self.app.consumer._committed_offset.get(tp)
        return offset

    async def end_offsets(self, tps: list[Any]) -> Mapping[Any, int]:
        """Ask the broker for the log end of any partition, assigned here or not."""
        listed: Mapping[Any, int] = await self.app.consumer.highwaters(*tps)
        return listed


def end_confirmed(
    now: float, last_arrival: float, fetched_at: float | None, quiet_for: float, fresh: float = FETCH_FRESH_S
) -> bool:
    """Whether the broker confirmed where a partition's log ends after it had been quiet for ``quiet_for``.

    A record arriving says only that the log was at least that long; a fetch response (at most ``fresh``
    seconds old) says where it ends at that moment. Only one that came after the whole quiet period
    covers it: a broker that froze just after the last record answered once more and then never again,
    while the producer's next records waited at it, and that last answer says nothing about the silence
    after it. An idle partition is answered every ``fetch_max_wait_ms`` (0.5 s), so this costs a truly
    idle input at most that long.

    Examples
    --------
    >>> end_confirmed(100.0, 80.0, 99.5, quiet_for=15)
    True
    >>> end_confirmed(100.0, 80.0, 90.0, quiet_for=5)  # the broker has not answered for 10 s
    False
    >>> end_confirmed(100.0, 96.8, 97.1, quiet_for=3)  # answered 0.3 s after the last record, then not
    False
    """
    return fetched_at is not None and fetched_at >= last_arrival + quiet_for and now - fetched_at <= fresh


class InputIdleness:
    """Arrival times and read positions of the input partitions read on this worker, and their idleness.

    ``broadcast`` sends one encoded :class:`MovieEventBatch` to every ``movie_events`` partition.
    """

    def __init__(
        self,
        settings: Settings,
        guard: EventTimeGuard,
        faust_inputs: FaustInputs,
        broadcast: Callable[[bytes], Awaitable[None]],
    ) -> None:
        self.s = settings
        self.guard = guard
        self.faust_inputs = faust_inputs
        self.broadcast = broadcast
        #: Reads the comment topic outside Faust's stream; set by the app factory.
        self.comments: InputPartitions | None = None
        self.last_arrival: dict[str, float] = {}
        self.next_offset: dict[str, int] = {}
        #: Wall time this process first read each input partition (the benchmark's start mark).
        self.first_read: dict[str, float] = {}
        #: Wall time since when no fetch response came (the broker stalled or unreachable), else ``None``.
        self.silent_since: float | None = None
        #: Wall time the last tick started: a tick that could not run for a while saw no silence.
        self.last_tick: float | None = None

    def arrived(self, next_offsets: Mapping[str, int], now: float) -> None:
        """Records of these input partitions were read at ``now``, up to these next offsets."""
        for src, offset in next_offsets.items():
            self.last_arrival[src] = now
            self.first_read.setdefault(src, now)
            self.next_offset[src] = offset

    def status(self) -> dict[str, dict[str, Any]]:
        """Per input partition read here: next offset, seconds since its last message, first read time."""
        now = time.time()
        return {
            src: {
                "next_offset": self.next_offset.get(src),
                "quiet_s": round(now - at, 1),
                "first_read_at": self.first_read.get(src),
            }
            for src, at in sorted(self.last_arrival.items())
        }

    def _reader_of(self, tp: Any) -> InputPartitions:
        if tp.topic == self.s.reddit_topic and self.comments is not None:
            return self.comments
        return self.faust_inputs

    def assigned_sources(self) -> dict[str, TP]:
        """Input partitions this worker reads: comments through the reader, snapshots through Faust."""
        s = self.s
        assignment = {TP(tp.topic, tp.partition) for tp in self.faust_inputs.assignment()}
        if self.comments is not None:
            assignment |= {TP(tp.topic, tp.partition) for tp in self.comments.assignment()}
        return {
            source_key(tp.topic, tp.partition, s.reddit_topic): tp
            for tp in assignment
            if tp.topic in (s.reddit_topic, s.tmdb_topic)
        }

    async def caught_up(self, src: str, tp: TP, highwater: int | None) -> bool:
        """Whether this worker has read everything the broker holds in ``tp``."""
        if highwater is None:
            return False
        position = self.next_offset.get(src)
        if position is None:
            # Nothing read since this worker got the partition: it starts at the committed offset.
            position = await self._reader_of(tp).start_offset(tp) or 0
        return position >= highwater

    def broker_silent_for(self, now: float | None = None) -> float:
        """Seconds since the newest fetch response of any input partition here (0 while they arrive)."""
        now = time.time() if now is None else now
        times = [
            t
            for tp in self.assigned_sources().values()
            if (t := self._reader_of(tp).last_fetch(tp)) is not None
        ]
        if not times:
            return 0.0
        silent = now - max(times)
        return silent if silent > FETCH_FRESH_S else 0.0

    def _last_answer(self, tp: TP) -> tuple[int | None, float | None]:
        """Log end offset and time of the reader's last fetch answer for ``tp``, both of the same answer
        or the end of a newer one: the time is read first, and a reader thread answers between the two
        reads (an end older than its time would vouch for records it never saw)."""
        reader = self._reader_of(tp)
        at = reader.last_fetch(tp)
        return reader.highwater(tp), at

    async def _ask_broker(self, tps: dict[str, TP]) -> dict[str, int | None]:
        """Log end offsets of partitions their reader has not fetched yet, asked from the broker.

        A worker restarted with nothing left to read may not have fetched a partition yet; without the
        broker's answer such a partition would never count as idle and the final windows never close.
        """
        if not tps:
            return {}
        try:
            # Any partition, assigned to Faust or not (on Tansu through a group-less consumer). A frozen
            # broker holds the question for as long as it is frozen: ask again next tick instead.
            listed = await asyncio.wait_for(
                self.faust_inputs.end_offsets(list(tps.values())), timeout=FETCH_FRESH_S
            )
        except Exception as exc:  # the broker is unreachable: stay not-idle, try next tick
            log.debug("end offsets unavailable: %r", exc)
            return {}
        return {src: listed.get(tp) for src, tp in tps.items()}

    async def _after_silence(self, assigned: dict[str, TP], now: float) -> None:
        """The broker answers again: every input must earn its idleness anew.

        Producers that buffered during the outage now deliver their backlogs, each partition's at its own
        moment. An input that was idle before the outage (a quiet snapshot partition) would otherwise let
        the watermark run ahead on another partition's backlog and see its own backlog arrive late. So
        each input's own progress is sent again, which makes the window stage wait for it, and its quiet
        clock restarts: it counts as idle again only after ``IDLE_TIMEOUT_S`` of confirmed silence.
        """
        log.info(
            "fetch responses again after %.0f s without (broker stalled or unreachable, or fetching paused); "
            "inputs count as idle again only after %.0f s",
            now - (self.silent_since or now),
            self.s.idle_timeout_s,
        )
        self.silent_since = None
        for src in assigned:
            self.last_arrival[src] = now
        progress = {src: ts for src in assigned if (ts := self.guard.newest(src)) is not None}
        if progress:
            await self.broadcast(MovieEventBatch(progress=progress).encode())

    def _held(self, since: float, now: float) -> bool:
        """Whether this tick was held up for longer than a fetch answer stays fresh since ``since``.

        A tick waits on the broker (its end-offset question, its broadcast) and on the event loop. Held
        for seconds, it saw none of what happened meanwhile: fetch answers may have stopped and started
        again, and producers that buffered through a stall deliver their backlogs only now. That is
        treated as a silence: every input earns its idleness anew.
        """
        if now - since <= FETCH_FRESH_S:
            return False
        self.silent_since = self.silent_since or since
        return True

    async def tick(self) -> None:
        """Tell every window partition which of our input partitions have gone quiet, and for how long."""
        now = time.time()
        previous, self.last_tick = self.last_tick, now
        if previous is not None:
            self._held(previous, now)
        assigned = self.assigned_sources()
        for src in set(self.last_arrival) - set(assigned):
            # A partition that comes back starts a fresh idle clock and position.
            self.last_arrival.pop(src, None)
            self.next_offset.pop(src, None)
        silent = self.broker_silent_for(now)
        metrics.BROKER_SILENT.set(silent)
        if silent:
            self.silent_since = self.silent_since or now - silent
            return  # no answer from the broker: silence is not the end of the input
        if self.silent_since is not None:
            await self._after_silence(assigned, now)
            return
        quiet = {
            src: tp
            for src, tp in assigned.items()
            if now - self.last_arrival.setdefault(src, now) >= self.s.idle_timeout_s
        }
        if not quiet:
            return
        listed = await self._ask_broker(
            {src: tp for src, tp in quiet.items() if self._reader_of(tp).highwater(tp) is None}
        )
        # Judged when the broker's answer is in, with the clock and fetch answers of then.
        asked, now = now, time.time()
        if self._held(asked, now) or self.broker_silent_for(now):
            return
        # The window stage takes idle marks only once its input has flowed for IDLE_TIMEOUT_S: an answer
        # older than half of that could miss records produced just before the others' input resumed.
        fresh = min(FETCH_FRESH_S, max(self.s.idle_timeout_s / 2, ANSWER_FRESH_MIN_S))
        idle: dict[str, float] = {}
        for src, tp in quiet.items():
            end, at = self._last_answer(tp)
            if end is None:  # not fetched yet: the broker's answer, as of when it was asked
                end, at = listed.get(src), asked
            if end_confirmed(
                now, self.last_arrival[src], at, self.s.idle_timeout_s, fresh
            ) and await self.caught_up(src, tp, end):
                idle[src] = now - self.last_arrival[src]
        if idle:
            await self.broadcast(MovieEventBatch(idle=idle).encode())
