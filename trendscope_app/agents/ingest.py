"""Ingest stage: validate input, match titles, score sentiment, re-key by movie.

Takes batches of input records and sends, per batch, one
:class:`~trendscope_app.windows.batch.MovieEventBatch` to every ``movie_events`` partition: the mentions and
snapshots of that partition's movies plus the event-time progress of each input partition the batch read.
Comments arrive from the :class:`~trendscope_app.agents.comments.CommentReader` (aiokafka record batches),
TMDB snapshots from a Faust agent (Faust events); both expose ``topic``/``partition``/``offset``/``value``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from aiokafka.errors import IllegalStateError
from faust.types import TP, EventT

from trendscope_app import metrics
from trendscope_app.agents.context import event_context, send_raw, yield_to_others
from trendscope_app.models.keys import partition_for
from trendscope_app.models.validate import InvalidRecord, parse_comment, parse_snapshot
from trendscope_app.text.matcher import TitleMatcher
from trendscope_app.text.sentiment import compound
from trendscope_app.windows.batch import MovieEventBatch
from trendscope_app.windows.guard import EventTimeGuard

if TYPE_CHECKING:
    from trendscope_app.agents.comments import CommentReader
    from trendscope_app.runtime import Runtime

log = logging.getLogger(__name__)


#: Seconds of scoring between two yields to the event loop. Every yield lets the later stages take
#: what ingest sent so far, and their cost is mostly per batch (table writes, changelog records,
#: forecaster snapshots): yielding every ~5 ms gave them small batches and cost one worker a fifth of
#: its throughput (ratio to the bound, alternating runs: 0.51-0.53 at ~5 ms, 0.68-0.70 at 20 ms,
#: 0.69-0.75 at 50 ms). A web request or a heartbeat waits at most about this long.
YIELD_AFTER_S = 0.05
#: A fetch response older than this no longer tells where a log ends: the broker may be stalled. Fetches
#: of a partition with nothing new come back every ``fetch_max_wait_ms`` (0.5 s by default).
FETCH_FRESH_S = 3.0
#: Comments scored between two looks at the clock.
CLOCK_EVERY = 16


class InputRecord(Protocol):
    """What ingest reads of a record: a Faust ``Message`` and an aiokafka ``ConsumerRecord`` both fit."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


def source_key(topic: str, partition: int, reddit_topic: str) -> str:
    """Name of an input partition in watermark bookkeeping: ``r<N>`` (comments) or ``t<N>`` (TMDB).

    Examples
    --------
    >>> source_key("reddit_stream", 2, "reddit_stream")
    'r2'
    """
    return ("r" if topic == reddit_topic else "t") + str(partition)


def all_sources(partitions: int) -> list[str]:
    return [f"{k}{i}" for k in "rt" for i in range(partitions)]


class Ingest:
    """State of the ingest stage on one worker: the title matcher and per-partition arrival times."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.s = rt.settings
        self._matcher: TitleMatcher | None = None
        self._catalog_version = 0
        self._matcher_version = -1
        self.last_arrival: dict[str, float] = {}
        #: Wall time since when no fetch response came (the broker stalled or unreachable), else ``None``.
        self.silent_since: float | None = None
        self.next_offset: dict[str, int] = {}
        #: Wall time this process first read each input partition (the benchmark's start mark).
        self.first_read: dict[str, float] = {}
        #: Rejects an event time implausibly far ahead of its partition (a bad clock, a typo'd year).
        self.guard = EventTimeGuard(self.s.max_event_jump_s)
        #: Reads the comment topic outside Faust's stream; set by the app factory.
        self.reader: CommentReader | None = None

    # -- catalogue -----------------------------------------------------------------------------------
    async def on_catalog_change(self, _event: Any) -> None:
        self._catalog_version += 1

    def matcher(self) -> TitleMatcher:
        if self._matcher is None or self._matcher_version != self._catalog_version:
            version = self._catalog_version
            titles = {int(k): [t for t in v if t] for k, v in self.rt.tables.catalog.items()}
            self._matcher = TitleMatcher(titles)
            self._matcher_version = version
        return self._matcher

    # -- dead letters --------------------------------------------------------------------------------
    async def dead_letter(self, msg: InputRecord, reason: str) -> None:
        """Send the original bytes and the reason to the dead-letter topic; never raises."""
        metrics.DEAD_LETTERS.labels(topic=msg.topic).inc()
        value = msg.value if msg.value is not None else b""
        headers = {
            "reason": reason.encode(),
            "source_topic": msg.topic.encode(),
            "source_partition": str(msg.partition).encode(),
            "source_offset": str(msg.offset).encode(),
            "original_size": str(len(value)).encode(),
        }
        limit = self.s.dead_letter_max_bytes
        if len(value) > limit:
            headers["truncated"] = b"true"
            value = value[:limit]
        try:
            await self.rt.topics.dead_letters.send(key=msg.key, value=value, headers=headers)
        except Exception as exc:  # a dead letter must not take the worker down with it
            log.error(
                "dead letter for %s:%s@%s failed (%s); sent without its value",
                msg.topic,
                msg.partition,
                msg.offset,
                type(exc).__name__,
            )
            headers["value_dropped"] = type(exc).__name__.encode()
            await self.rt.topics.dead_letters.send(key=msg.key, value=b"", headers=headers)

    # -- the batch -----------------------------------------------------------------------------------
    async def process(self, items: Sequence[EventT | InputRecord]) -> list[asyncio.Future[Any]]:
        """Handle one batch (Faust events or plain records); returns the send futures of its output.

        Callers that commit offsets themselves wait for these before committing.
        """
        s = self.s
        now = time.time()
        out: dict[int, MovieEventBatch] = defaultdict(MovieEventBatch)
        progress: dict[str, float] = {}
        read: Counter[str] = Counter()  # metrics once per batch: a labelled inc per message costs µs
        metrics.BATCH_SIZE.observe(len(items))
        comments: list[tuple[str, InputRecord]] = []
        snapshots: list[tuple[str, InputRecord, EventT | None]] = []
        # A batch comes whole from one path, so one check per batch (an ABC check per record costs µs).
        from_faust = bool(items) and isinstance(items[0], EventT)
        for item in items:
            event: EventT | None = item if from_faust else None  # type: ignore[assignment]
            msg: InputRecord = item.message if from_faust else item  # type: ignore[union-attr,assignment]
            src = source_key(msg.topic, msg.partition, s.reddit_topic)
            self.last_arrival[src] = now
            if src not in self.first_read:
                self.first_read[src] = now
            self.next_offset[src] = msg.offset + 1
            read[msg.topic] += 1
            if msg.topic == s.reddit_topic:
                comments.append((src, msg))
            else:
                snapshots.append((src, msg, event))
        if snapshots:  # first: a title they add is matched in this batch's comments already
            await self._snapshots(snapshots, now, out, progress)
        mentions = await self._comments(comments, now, out, progress) if comments else 0
        metrics.MENTIONS.inc(mentions)
        for topic_name, n in read.items():
            metrics.MESSAGES_IN.labels(topic=topic_name).inc(n)
        topic = self.rt.topics.movie_events
        sent: list[asyncio.Future[Any]] = []
        for p in range(s.topic_partitions):
            batch = out.get(p)
            if batch is None:
                if not progress:
                    continue
                batch = MovieEventBatch()
            batch.progress = progress
            sent.append(await send_raw(topic, batch.encode(), partition=p))
        return sent

    async def _comments(
        self,
        records: list[tuple[str, InputRecord]],
        now: float,
        out: dict[int, MovieEventBatch],
        progress: dict[str, float],
    ) -> int:
        """Validate, match and score comments in three passes over the batch; returns the mentions.

        One pass per step rather than all steps per comment: each step's code and tables (the JSON
        decoder, the title automaton, VADER's lexicon) stay in the CPU caches for the whole pass
        (measured 3 µs per comment less, ~5 % of the scoring cost).
        """
        s = self.s
        valid: list[tuple[str, int, float, str, str]] = []
        for src, msg in records:
            try:
                c = parse_comment(
                    msg.value, now=now, max_future_s=s.max_future_skew_s, max_bytes=s.max_message_bytes
                )
                ts = c["created_utc"]
                self.guard.check(src, ts, now)
            except InvalidRecord as err:
                await self.dead_letter(msg, str(err))
                continue
            valid.append((src, msg.offset, ts, c["body"], c["subreddit"]))
            if ts > progress.get(src, float("-inf")):
                progress[src] = ts
        matcher = self.matcher()
        match = matcher.match
        hits = [(v, ids) for v in valid if (ids := match(v[3], v[4]))]
        for reason, n in matcher.rejected.items():
            metrics.MATCH_REJECTED.labels(reason=reason).inc(n)
        matcher.rejected.clear()
        parts = s.topic_partitions
        mentions = 0
        clock = time.perf_counter
        due = clock() + YIELD_AFTER_S
        for i, ((src, offset, ts, body, _), ids) in enumerate(hits, 1):
            if not i % CLOCK_EVERY and clock() >= due:
                await yield_to_others()
                due = clock() + YIELD_AFTER_S
            sentiment = compound(body)
            mentions += len(ids)
            for movie_id in ids:
                out[partition_for(movie_id, parts)].mentions.append((src, offset, movie_id, ts, sentiment))
        return mentions

    async def _snapshots(
        self,
        records: list[tuple[str, InputRecord, EventT | None]],
        now: float,
        out: dict[int, MovieEventBatch],
        progress: dict[str, float],
    ) -> None:
        """Validate TMDB snapshots, keep the catalogue current and route each snapshot to its movie."""
        s = self.s
        catalog = self.rt.tables.catalog
        for src, msg, event in records:
            try:
                snap = parse_snapshot(
                    msg.value, now=now, max_future_s=s.max_future_skew_s, max_bytes=s.max_message_bytes
                )
                ts = snap["fetched_at"]
                self.guard.check(src, ts, now)
                names = [snap["title"], snap["original_title"]]
                # Global-table writes are changelogged: only write when the titles change.
                if catalog.get(snap["id"]) != names:
                    if event is None:
                        raise InvalidRecord("TMDB snapshots are read through the Faust agent only")
                    with event_context(event):
                        catalog[snap["id"]] = names
                    self._catalog_version += 1
            except InvalidRecord as err:
                await self.dead_letter(msg, str(err))
                continue
            out[partition_for(snap["id"], s.topic_partitions)].snapshots.append(
                (src, msg.offset, snap["id"], ts, snap["popularity"], snap["title"])
            )
            if ts > progress.get(src, float("-inf")):
                progress[src] = ts

    # -- idleness ------------------------------------------------------------------------------------
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

    def assigned_sources(self) -> dict[str, TP]:
        """Input partitions this worker reads: comments through the reader, snapshots through Faust."""
        s = self.s
        assignment: set[TP] = set(self.rt.app.consumer.assignment())
        if self.reader is not None:
            assignment |= {TP(tp.topic, tp.partition) for tp in self.reader.assignment()}
        return {
            source_key(tp.topic, tp.partition, s.reddit_topic): tp
            for tp in assignment
            if tp.topic in (s.reddit_topic, s.tmdb_topic)
        }

    def _reader_of(self, tp: TP) -> CommentReader | None:
        """The comment reader when it reads ``tp``; ``None`` for partitions Faust's consumer reads."""
        return self.reader if tp.topic == self.s.reddit_topic else None

    async def caught_up(self, src: str, tp: TP, highwater: int | None) -> bool:
        """Whether this worker has read everything the broker holds in ``tp``.

        Quiet is not enough for idleness: a partition starved by a busy neighbour still has data waiting,
        and closing windows without it would drop its events as late.
        """
        if highwater is None:
            return False
        position = self.next_offset.get(src)
        if position is None:
            # Nothing read since this worker got the partition: it starts at the committed offset.
            reader = self._reader_of(tp)
            if reader is not None:
                position = await reader.start_offset(tp) or 0
            else:
                position = self.rt.app.consumer._committed_offset.get(tp) or 0
        return position >= highwater

    def fetched_at(self, tp: TP) -> float | None:
        """Wall time of the last fetch response for ``tp``: when the broker last told us where its log ends.

        A record arriving only says the log was at least that long; a fetch response says where it ends
        *now*. While the broker is stalled or unreachable no response comes, and the time stops moving.
        """
        try:
            reader = self._reader_of(tp)
            if reader is not None:
                consumer = reader.consumer
            else:
                consumer = self.rt.app.consumer._thread._ensure_consumer()  # Faust's aiokafka consumer
            ms = consumer.last_poll_timestamp(tp) if consumer is not None else None
        except Exception:  # not assigned, not started: nothing confirmed
            return None
        return None if ms is None else ms / 1000.0

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
            payload = MovieEventBatch(progress=progress).encode()
            for p in range(self.s.topic_partitions):
                await send_raw(self.rt.topics.movie_events, payload, partition=p)

    def broker_silent_for(self, now: float | None = None) -> float:
        """Seconds since the newest fetch response of any input partition here (0 while they arrive)."""
        now = time.time() if now is None else now
        times = [t for tp in self.assigned_sources().values() if (t := self.fetched_at(tp)) is not None]
        if not times:
            return 0.0
        silent = now - max(times)
        return silent if silent > FETCH_FRESH_S else 0.0

    async def highwaters(self, tps: dict[str, TP]) -> dict[str, int | None]:
        """Log end offsets: from the last fetch where there was one, else asked from the broker.

        A worker restarted with nothing left to read may not have fetched a partition yet; without the
        broker's answer such a partition would never count as idle and the final windows never close.
        """
        consumer = self.rt.app.consumer
        out: dict[str, int | None] = {}
        unknown: dict[str, TP] = {}
        for src, tp in tps.items():
            try:
                reader = self._reader_of(tp)
                if reader is not None:
                    out[src] = reader.highwater(tp)
                else:
                    out[src] = consumer.highwater(tp)
            except (AssertionError, KeyError, AttributeError, RuntimeError, IllegalStateError):
                out[src] = None
            if out[src] is None:
                unknown[src] = tp
        if unknown:
            try:
                # Any partition, assigned to Faust or not (on Tansu through a group-less consumer).
                listed = await consumer.highwaters(*unknown.values())
            except Exception as exc:  # the broker is unreachable: stay not-idle, try next tick
                log.debug("end offsets unavailable: %r", exc)
                return out
            for src, tp in unknown.items():
                out[src] = listed.get(tp)
        return out

    async def tick(self) -> None:
        """Tell every window partition which of our input partitions have gone quiet, and for how long."""
        now = time.time()
        idle: dict[str, float] = {}
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
        fetched = {src: self.fetched_at(tp) for src, tp in quiet.items()}
        highwaters = await self.highwaters(quiet)
        for src, tp in quiet.items():
            # Idle only once a fetch response newer than the last record confirmed where the log ends
            # (or the broker answered an offset lookup just now, for a partition not fetched yet).
            confirmed = fetched[src]
            if confirmed is None and highwaters[src] is not None:
                confirmed = now
            if confirmed is None or confirmed <= self.last_arrival[src] or now - confirmed > FETCH_FRESH_S:
                continue
            if await self.caught_up(src, tp, highwaters[src]):
                idle[src] = now - self.last_arrival[src]
        if not idle:
            return
        payload = MovieEventBatch(idle=idle).encode()
        for p in range(self.s.topic_partitions):
            await send_raw(self.rt.topics.movie_events, payload, partition=p)
