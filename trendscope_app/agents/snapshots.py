"""Snapshot follower: every worker reads the TMDB topic itself, so a comment is matched only once the
worker knows every movie whose snapshot was written before it.

The catalogue (a Faust GlobalTable) is written by whichever worker reads a TMDB partition, and comments
are read by another consumer, often on another worker: on a backlog of both topics (workers started after
the sources, an outage, ``replay --no-wait``) the first comment batches were matched against a catalogue
that did not have the backlog's new movies yet, and their mentions were lost. The follower closes that
gap without a second group: it reads every TMDB partition (no group, nothing committed) from where the
worker's group had committed when the worker launched — everything before that is in the recovered
catalogue, because Faust flushes a batch's table writes before it commits the batch's offsets — and
keeps the titles it reads beside the catalogue. Before a comment batch is matched,
:meth:`SnapshotFollower.caught_up` asks the broker where the TMDB partitions end and waits until the
follower has read that far: every snapshot written before the batch's comments were read is then known.
The same question says where the comment partitions end, so one answer covers every comment below.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from trendscope_app import metrics
from trendscope_app.agents.comments import create_if_missing, input_consumer, servers_of
from trendscope_app.models import InvalidRecord
from trendscope_app.models.catalogue import entry_of
from trendscope_app.models.validate import parse_snapshot

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

log = logging.getLogger(__name__)

#: A comment batch waits at most this long for the follower; then it is matched with what is known
#: (logged, counted in ``trendscope_catalogue_wait_timeouts_total``) rather than stall the worker.
CATCH_UP_TIMEOUT_S = 30.0


class SnapshotFollower:
    """Reads ``tmdb_stream`` on one worker and keeps each movie's newest titles (:attr:`titles`)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        #: Movie id -> catalogue entry (titles, release year) of the newest snapshot read, for movies read
        #: since launch.
        self.titles: dict[int, list[Any]] = {}
        #: Grows whenever :attr:`titles` changes (the matcher is rebuilt then).
        self.version = 0
        self._consumer: Any = None  # an AIOKafkaConsumer once started
        self._ends: Any = None  # another, never assigned
        self._partitions: list[TopicPartition] = []
        #: Next offset to read, per partition.
        self._position: dict[TopicPartition, int] = {}
        self._moved = asyncio.Condition()
        self._reading: asyncio.Task[None] | None = None
        self._starting: asyncio.Future[None] | None = None

    def start_early(self) -> None:
        """Begin as the worker launches: the group's committed offsets must be read before the table
        recovery reads the catalogue, so that no snapshot falls between the two."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())

    async def _start(self) -> None:
        s = self.rt.settings
        admin = AIOKafkaAdminClient(bootstrap_servers=servers_of(self.rt), client_id=f"{s.app_id}-snapshots")
        consumer = input_consumer(self.rt, client_id=f"{s.app_id}-snapshots", group_id=None)
        # Asks where the partitions end, on a connection of its own: on the reader's, the question waits
        # behind the reader's fetch, which the broker holds up to its wait time when there is nothing new.
        ends = input_consumer(self.rt, client_id=f"{s.app_id}-snapshot-ends", group_id=None)
        try:
            await admin.start()
            await consumer.start()
            await ends.start()
            if await create_if_missing(self.rt, consumer, s.tmdb_topic):
                await consumer.force_metadata_update()
            ids = consumer.partitions_for_topic(s.tmdb_topic) or set()
            tps = [TopicPartition(s.tmdb_topic, p) for p in sorted(ids)]
            committed = await admin.list_consumer_group_offsets(s.app_id, partitions=tps)
        except BaseException:
            await consumer.stop()
            await ends.stop()
            raise
        finally:
            with contextlib.suppress(Exception):
                await admin.close()
        consumer.assign(tps)
        for tp in tps:
            offset = committed.get(tp)
            if offset is not None and offset.offset >= 0:
                consumer.seek(tp, offset.offset)
                self._position[tp] = offset.offset
            else:
                await consumer.seek_to_beginning(tp)
                self._position[tp] = await consumer.position(tp)
        self._partitions = tps
        self._consumer = consumer
        self._ends = ends
        self._reading = asyncio.ensure_future(self._read())
        log.info("following %s from %s", s.tmdb_topic, {tp.partition: o for tp, o in self._position.items()})

    async def _read(self) -> None:
        consumer = self._consumer
        s = self.rt.settings
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=1000, max_records=s.batch_size)
                now = time.time()
                for records in batches.values():
                    for record in records:
                        self.learn_one(record.value, now)
                # The consumer's position, not the last record's offset + 1: it also moves past offsets
                # that hold no record to read (a transaction's markers), which the log end counts.
                moved = False
                for tp in self._partitions:
                    position = await consumer.position(tp)
                    moved |= position != self._position[tp]
                    self._position[tp] = position
                if moved:
                    async with self._moved:
                        self._moved.notify_all()
        finally:
            async with self._moved:  # a waiter must not wait for a reader that is gone
                self._moved.notify_all()

    def learn_one(self, raw: bytes | None, now: float) -> None:
        """Take the titles of one ``tmdb_stream`` message; one that is not a valid snapshot is passed
        over (the ingest agent sends it to the dead-letter topic)."""
        s = self.rt.settings
        try:
            snap = parse_snapshot(
                raw or b"", now=now, max_future_s=s.max_future_skew_s, max_bytes=s.max_message_bytes
            )
        except InvalidRecord:
            return
        names = entry_of(snap)
        if self.titles.get(snap["id"]) != names:
            self.titles[snap["id"]] = names
            self.version += 1

    async def caught_up(
        self, also: Iterable[TopicPartition] = (), timeout: float = CATCH_UP_TIMEOUT_S
    ) -> dict[TopicPartition, int] | None:
        """Wait until every snapshot written before this call has been read.

        Returns where the partitions ``also`` (comment partitions) ended when the call asked the broker:
        every record below those offsets was written before the call, so the snapshots written before
        it are known now. ``None`` if ``timeout`` passed first (or the follower could not start), after
        which comments go on with what is known.
        """
        try:
            async with asyncio.timeout(timeout):
                return await self._wait_read(list(also))
        except Exception as exc:  # the broker, or the follower itself: comments must go on
            metrics.CATALOGUE_WAIT_TIMEOUTS.inc()
            why = f"waited {timeout:.0f} s" if isinstance(exc, TimeoutError) else repr(exc)
            log.warning(
                "comments matched before every earlier TMDB snapshot was read (%s); a new movie's "
                "mentions in them may be missed",
                why,
            )
            return None

    async def _wait_read(self, also: list[TopicPartition]) -> dict[TopicPartition, int]:
        starting = self._starting
        if starting is None or (starting.done() and (starting.cancelled() or starting.exception())):
            # Not begun, or the broker was not there at launch: begin now (and again on the next batch).
            self._starting = starting = asyncio.ensure_future(self._start())
        await asyncio.shield(starting)
        # One question for both topics: the comment partitions' ends are taken at the same moment.
        answer = await self._ends.end_offsets(self._partitions + also)
        ends = {tp: answer[tp] for tp in self._partitions}
        reading = self._reading
        assert reading is not None

        def read_all() -> bool:
            return all(self._position[tp] >= end for tp, end in ends.items())

        if not read_all():
            async with self._moved:
                await self._moved.wait_for(lambda: read_all() or reading.done())
        if not read_all():
            raise RuntimeError("the snapshot follower stopped reading")
        return {tp: answer[tp] for tp in also if tp in answer}

    async def stop(self) -> None:
        """Stop reading (the worker stops)."""
        starting = self._starting
        if starting is not None and not starting.done():
            starting.cancel()
        elif starting is not None and not starting.cancelled():
            starting.exception()  # seen: a start that failed is not reported again as the worker exits
        if self._reading is not None:
            self._reading.cancel()
            with contextlib.suppress(BaseException):
                await self._reading
        for consumer in (self._consumer, self._ends):
            if consumer is not None:
                await consumer.stop()
        self._consumer = self._ends = None
