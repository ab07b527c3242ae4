"""Ingest stage: validate input, match titles, score sentiment, re-key by movie.

Takes batches of input records and sends, per batch, one
:class:`~trendscope_app.models.movie_events.MovieEventBatch` to every ``movie_events`` partition: the
mentions and snapshots of that partition's movies plus the event-time progress of each input partition
the batch read.
Comments arrive from the :class:`~trendscope_app.agents.comments.CommentReader` (aiokafka record batches),
TMDB snapshots from a Faust agent (Faust events); both expose ``topic``/``partition``/``offset``/``value``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from faust.types import EventT

from trendscope_app import metrics
from trendscope_app.agents.context import event_context, send_raw, yield_to_others
from trendscope_app.agents.idleness import FaustInputs, InputIdleness
from trendscope_app.agents.snapshots import SnapshotFollower
from trendscope_app.models import InvalidRecord
from trendscope_app.models.catalogue import entry_of, names_of, year_of
from trendscope_app.models.dead_letter import DeadLetter
from trendscope_app.models.keys import partition_for
from trendscope_app.models.movie_events import MovieEventBatch, source_key
from trendscope_app.models.validate import parse_comment, parse_snapshot
from trendscope_app.text.matcher import TitleMatcher
from trendscope_app.text.offload import BrokenProcessPool, Catalogue, Scored, TextProcess, match_texts
from trendscope_app.text.sentiment import compound
from trendscope_app.windows.guard import EventTimeGuard

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

log = logging.getLogger(__name__)


#: Seconds of scoring between two yields to the event loop. Every yield lets the later stages take
#: what ingest sent so far, and their cost is mostly per batch (table writes, changelog records,
#: forecaster snapshots): yielding every ~5 ms gave them small batches and cost one worker a fifth of
#: its throughput (ratio to the bound, alternating runs: 0.51-0.53 at ~5 ms, 0.68-0.70 at 20 ms,
#: 0.69-0.75 at 50 ms). A web request or a heartbeat waits at most about this long.
YIELD_AFTER_S = 0.05
#: Comments scored between two looks at the clock.
CLOCK_EVERY = 16


#: CPUs from which a worker scores in a text process of its own unless ``TEXT_PROCESS`` says otherwise:
#: its event loop, the text process and the broker each need one. On two (measured, docs/performance.md)
#: one worker gained nothing in throughput and two workers lost their gain over one.
TEXT_PROCESS_MIN_CPUS = 4


def wants_text_process(setting: bool | None, cpus: int) -> bool:
    """Whether a worker matches and scores in a process of its own: as ``TEXT_PROCESS`` says, else from
    the ``cpus`` it may use.

    >>> wants_text_process(None, cpus=4), wants_text_process(None, cpus=2), wants_text_process(True, cpus=2)
    (True, False, True)
    """
    return setting if setting is not None else cpus >= TEXT_PROCESS_MIN_CPUS


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity where the OS tells it, e.g. under ``taskset``)."""
    affinity = getattr(os, "sched_getaffinity", None)  # Linux only
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


class InputRecord(Protocol):
    """What ingest reads of a record: a Faust ``Message`` and an aiokafka ``ConsumerRecord`` both fit."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


class Ingest:
    """State of the ingest stage on one worker: the title matcher, the event-time guard, and the
    arrival times of the input partitions (:class:`~trendscope_app.agents.idleness.InputIdleness`)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.s = rt.settings
        self._matcher: TitleMatcher | None = None
        self._catalog_version = 0
        self._catalogue_seen = (-1, -1)
        self._matcher_input: Catalogue = ({}, {})
        self._input_version = 0
        #: Matching and sentiment on a process of their own (``TEXT_PROCESS``), or here.
        self._cpus = usable_cpus()
        own = wants_text_process(rt.settings.text_process, self._cpus)
        self.text_process: TextProcess | None = TextProcess() if own else None
        #: The TMDB snapshots this worker has read itself, beside the catalogue (see its module).
        self.snapshots = SnapshotFollower(rt)
        #: Rejects an event time implausibly far ahead of its partition (a bad clock, a typo'd year).
        self.guard = EventTimeGuard(self.s.max_event_jump_s)
        self.inputs = InputIdleness(self.s, self.guard, FaustInputs(rt.app), self.broadcast)

    # -- catalogue -----------------------------------------------------------------------------------
    async def on_catalog_change(self, _event: Any) -> None:
        self._catalog_version += 1

    def catalogue(self) -> tuple[int, Catalogue]:
        """The titles and years to match, numbered: the number changes only when they do."""
        version = (self._catalog_version, self.snapshots.version)
        if self._catalogue_seen != version:
            merged = {int(k): v for k, v in self.rt.tables.catalog.items()}
            merged.update(self.snapshots.titles)  # newer, or the same (the catalogue may lead by a moment)
            titles = {k: names_of(v) for k, v in merged.items()}
            years = {k: year_of(v) for k, v in merged.items()}
            # A new movie is seen twice (first here, then in the catalogue): one matcher is built for it.
            if (titles, years) != self._matcher_input:
                self._matcher_input = (titles, years)
                self._input_version += 1
                self._matcher = None
            self._catalogue_seen = version
        return self._input_version, self._matcher_input

    def matcher(self) -> TitleMatcher:
        """The matcher of the current catalogue, in this process."""
        _, catalogue = self.catalogue()
        if self._matcher is None:
            self._matcher = TitleMatcher(*catalogue)
        return self._matcher

    def prepare(self) -> None:
        """Build the current catalogue's matcher before the first comments wait for it: in the text
        process if the worker has one (it is built there while this process goes on), else here."""
        setting = self.s.text_process
        log.info(
            "titles matched and sentiment scored %s (%d CPUs; TEXT_PROCESS=%s)",
            "on the event loop" if self.text_process is None else "in a text process of this worker's own",
            self._cpus,
            "unset" if setting is None else str(setting).lower(),
        )
        if self.text_process is None:
            self.matcher()
        else:
            self.text_process.build(*self.catalogue())

    # -- dead letters --------------------------------------------------------------------------------
    async def dead_letter(self, msg: InputRecord, reason: str) -> None:
        """Send the original bytes and the reason to the dead-letter topic; never raises."""
        metrics.DEAD_LETTERS.labels(topic=msg.topic).inc()
        letter = DeadLetter(msg.topic, msg.partition, msg.offset, msg.value, reason)
        value, headers = letter.encode(self.s.dead_letter_max_bytes)
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
    async def process(
        self, items: Sequence[EventT | InputRecord], after: Awaitable[Any] | None = None
    ) -> list[asyncio.Future[Any]]:
        """Handle one batch (Faust events or plain records); returns the send futures of its output.

        Callers that commit offsets themselves wait for these before committing. With ``after``, the
        output is sent once ``after`` is done (the batch before, scored at the same time): every
        ``movie_events`` partition gets the batches in the order they were read.
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
        next_offsets: dict[str, int] = {}
        for item in items:
            event: EventT | None = item if from_faust else None  # type: ignore[assignment]
            msg: InputRecord = item.message if from_faust else item  # type: ignore[union-attr,assignment]
            src = source_key(msg.topic, msg.partition, s.reddit_topic)
            next_offsets[src] = msg.offset + 1
            read[msg.topic] += 1
            if msg.topic == s.reddit_topic:
                comments.append((src, msg))
            else:
                snapshots.append((src, msg, event))
        self.inputs.arrived(next_offsets, now)
        if snapshots:  # first: a title they add is matched in this batch's comments already
            await self._snapshots(snapshots, now, out, progress)
        mentions = await self._comments(comments, now, out, progress) if comments else 0
        metrics.MENTIONS.inc(mentions)
        for topic_name, n in read.items():
            metrics.MESSAGES_IN.labels(topic=topic_name).inc(n)
        if after is not None:
            await after
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
        valid: list[tuple[str, int, float, str, str, str, str | None, int]] = []
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
            valid.append(
                (src, msg.offset, ts, c["body"], c["subreddit"], c["id"], c["permalink"], c["score"])
            )
            if ts > progress.get(src, float("-inf")):
                progress[src] = ts
        texts = [(v[3], v[4]) for v in valid]
        mask = s.sentiment_titles == "mask"
        scored = await self._score(texts, mask)
        for reason, n in scored.rejected.items():
            metrics.MATCH_REJECTED.labels(reason=reason).inc(n)
        if scored.match_truncated:
            metrics.MATCH_TRUNCATED.inc(scored.match_truncated)
        if scored.sentiment_truncated:
            metrics.SENTIMENT_TRUNCATED.inc(scored.sentiment_truncated)
        parts = s.topic_partitions
        mentions = 0
        for i, ids, sentiment in scored.hits:
            src, offset, ts, _body, sub, cid, link, score = valid[i]
            mentions += len(ids)
            for movie_id in ids:
                out[partition_for(movie_id, parts)].mentions.append(
                    (src, offset, movie_id, ts, sentiment, sub, cid, link, score)
                )
        return mentions

    async def _score(self, texts: list[tuple[str, str | None]], mask: bool) -> Scored:
        """Match and score ``texts``: in the text process if the worker has one, else here."""
        if self.text_process is not None and texts:
            version, catalogue = self.catalogue()
            try:
                return await self.text_process.score(version, catalogue, texts, mask)
            except BrokenProcessPool as exc:
                # Killed (out of memory, say): this batch is scored here, the next one starts a new child.
                metrics.TEXT_PROCESS_FAILURES.inc()
                log.warning("text process died (%r); scoring this batch on the event loop", exc)
        return await self._score_here(texts, mask)

    async def _score_here(self, texts: list[tuple[str, str | None]], mask: bool) -> Scored:
        """:func:`score_texts` on the event loop, yielding to it every ``YIELD_AFTER_S`` of scoring."""
        found, rejected = match_texts(self.matcher(), texts, mask)
        scored = Scored(rejected=rejected)
        clock = time.perf_counter
        due = clock() + YIELD_AFTER_S
        for n, (i, ids, text) in enumerate(found, 1):
            if not n % CLOCK_EVERY and clock() >= due:
                await yield_to_others()
                due = clock() + YIELD_AFTER_S
            scored.hits.append((i, ids, compound(text)))
        return scored

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
                names = entry_of(snap)
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

    async def broadcast(self, payload: bytes) -> None:
        """Send one encoded :class:`MovieEventBatch` to every ``movie_events`` partition."""
        for p in range(self.s.topic_partitions):
            await send_raw(self.rt.topics.movie_events, payload, partition=p)
