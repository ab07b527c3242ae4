"""The seek fix of :mod:`trendscope_app.broker.faust_fixes`, on the embedded broker.

The premise, measured: a group consumer that fetched records it never committed keeps its position
through aiokafka's ``seek_to_committed``, so records Faust dropped after fetching are never fetched
again. The fix rewinds exactly those never-committed partitions.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from aiokafka import AIOKafkaConsumer, TopicPartition

from trendscope_app.broker.embedded import EmbeddedBroker, create_topics
from trendscope_app.broker.faust_fixes import rewind_to_start, uncommitted_stream_partitions

from .helpers import produce_batched


async def _positions_after_seeks(bootstrap: str) -> tuple[dict, dict, dict]:
    await create_topics(bootstrap, {"input": 2})
    for p in (0, 1):
        await produce_batched(bootstrap, "input", [(None, b"x%d" % i) for i in range(50)], partition=p)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id="g",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=10_000,
        rebalance_timeout_ms=10_000,
        heartbeat_interval_ms=3_000,
    )
    await consumer.start()
    try:
        tps = [TopicPartition("input", 0), TopicPartition("input", 1)]
        consumer.subscribe(["input"])
        read: dict[TopicPartition, int] = {tp: 0 for tp in tps}
        deadline = time.monotonic() + 60
        while min(read.values()) < 50:  # fetch everything: the positions move past what was "dropped"
            assert time.monotonic() < deadline, f"read only {read}"
            for tp, records in (await consumer.getmany(timeout_ms=200)).items():
                read[tp] += len(records)
        await consumer.commit({tps[1]: 20})  # partition 1 committed once, partition 0 never
        fetched = {tp: await consumer.position(tp) for tp in tps}
        committed = await consumer.seek_to_committed()
        after_seek = {tp: await consumer.position(tp) for tp in tps}
        rewind = uncommitted_stream_partitions(committed, frozenset())
        await consumer.seek_to_beginning(*rewind)
        after_fix = {tp: await consumer.position(tp) for tp in tps}
        return fetched, after_seek, after_fix
    finally:
        await consumer.stop()


def test_never_committed_partitions_keep_their_position_unless_rewound(tmp_path):
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        fetched, after_seek, after_fix = asyncio.run(_positions_after_seeks(broker.bootstrap))
    p0, p1 = TopicPartition("input", 0), TopicPartition("input", 1)
    assert fetched == {p0: 50, p1: 50}
    # aiokafka: the committed partition goes back, the never-committed one stays past its records.
    assert after_seek == {p0: 50, p1: 20}
    # With the fix both are where the group would start reading them.
    assert after_fix == {p0: 0, p1: 20}


class BusyClient(AIOKafkaConsumer):
    """A consumer whose own fetch loop (Faust's, in the client's thread) takes an answer right after its
    request for the partitions' first offsets: between the request and anything done after it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.taken: list[int] = []

    async def _take_an_answer(self) -> None:
        for records in (await self.getmany(timeout_ms=2_000)).values():
            self.taken.extend(r.offset for r in records)

    async def beginning_offsets(self, partitions):  # type: ignore[no-untyped-def]
        offsets = await super().beginning_offsets(partitions)
        await self._take_an_answer()
        return offsets


async def _rewind_while_the_client_reads(bootstrap: str) -> tuple[dict, list[int], list[int]]:
    await create_topics(bootstrap, {"input": 1})
    await produce_batched(bootstrap, "input", [(None, b"x%d" % i) for i in range(8)], partition=0)
    tp = TopicPartition("input", 0)
    consumer = BusyClient(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        consumer.assign([tp])
        rewound = await rewind_to_start(consumer, [tp])
        taken, consumer.taken = consumer.taken, []
        deadline = time.monotonic() + 10
        while len(consumer.taken) < 8 and time.monotonic() < deadline:
            await consumer._take_an_answer()
        return rewound, taken, consumer.taken
    finally:
        await consumer.stop()


def test_a_rewind_says_where_the_partition_is_read_from_though_the_client_read_meanwhile(tmp_path):
    """A worker's own partitions that it never committed are rewound to their start when a rebalance ends.
    Its client's fetch loop runs beside the rewind and took records 0..7 right after it; the rewind said
    the partition now reads from 8, so that answer, which starts at 0, looked fetched before the seek
    and was dropped, and 0..7 were never read (seen in CI: the survivor of a takeover lost the snapshots
    of its own tmdb_stream partition). Where the rewind puts a partition is where it is read from next."""
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        rewound, taken, after = asyncio.run(_rewind_while_the_client_reads(broker.bootstrap))
    assert taken == list(range(8))  # the client did read meanwhile
    assert rewound == {TopicPartition("input", 0): 0}
    assert after == list(range(8))


def test_a_message_no_agent_will_acknowledge_does_not_hold_a_rebalance_forever(tmp_path, caplog):
    """Faust's own wait (``faust_aiokafka.Consumer.wait_empty``) loops until every tracked message is
    acknowledged; a message whose last copy was dropped from an agent's queue never is. The worker's
    consumer gives up after half the rebalance timeout, without committing the message."""
    import logging

    from faust.types import Message

    from trendscope_app.broker.faust_fixes import Consumer
    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    app, _ = create_app(
        load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    )
    app.conf.broker_rebalance_timeout = 2
    consumer = app.consumer  # the worker's real Faust consumer (not connected: nothing to commit)
    assert isinstance(consumer, Consumer)
    stuck = Message("trend_stream", 0, 2, 0.0, 0, {}, None, b"{}", None)
    consumer.track_message(stuck)
    stuck.incref()
    stuck.incref()  # delivered to the forecast and the store agents
    stuck.decref()  # one of them acknowledged it (Event.ack); the other's copy was dropped with its queue

    async def rebalance() -> bool:
        # Faust's unbounded wait never returns, and ignores cancellation: not awaited past 30 s.
        waiting = asyncio.ensure_future(app._consumer_wait_empty(consumer, logging.getLogger("test")))
        done, _ = await asyncio.wait({waiting}, timeout=30)
        return bool(done)

    with caplog.at_level(logging.WARNING, logger="trendscope_app.broker.faust_fixes"):
        assert app.loop.run_until_complete(rebalance()), "the rebalance still waits after 30 s"
    assert not consumer._unacked_messages
    assert consumer._acked[TopicPartition("trend_stream", 0)] == []  # released, not recorded as processed
    assert "released uncommitted (read again by the partition's next owner): trend_stream:0@2" in caplog.text


def test_messages_dropped_with_the_agents_queues_are_released_at_once(tmp_path):
    """A stop (or rebalance) clears the agents' queues, then waits for every delivered message to be
    acknowledged: those in the queues never were, so every stop during a backlog waited the whole bounded
    wait (5 s) for them. Now clearing a queue releases its messages, uncommitted; a message an agent still
    holds is waited for as before."""
    from types import SimpleNamespace

    from faust.types import Message

    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    app, _ = create_app(
        load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    )
    consumer = app.consumer  # the worker's real Faust consumer (not connected: nothing to commit)
    queued, held = (Message("trend_stream", 0, offset, 0.0, 0, {}, None, b"{}", None) for offset in (7, 8))
    for message in (queued, held):
        consumer.track_message(message)
        message.incref()
    inbox = app.FlowControlQueue(maxsize=10, clear_on_resume=True)  # an agent's queue, as Faust makes it
    inbox.put_nowait(SimpleNamespace(message=queued))  # ``held`` is in an agent's hands, not queued

    app.flow_control.suspend()  # what Faust's stop and rebalance do before they wait
    app.flow_control.clear()

    assert inbox.empty()
    assert set(consumer._unacked_messages) == {held}  # only what an agent holds is still waited for
    assert queued.acked and not held.acked
    assert consumer._acked[TopicPartition("trend_stream", 0)] == []  # released, not recorded as processed


async def _read_all(bootstrap: str, topic: str, n: int) -> int:
    """Distinct records of partition 0 (the records themselves: the embedded broker's end offsets can lag
    behind what it holds)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topic, 0)])
        got: set[bytes] = set()
        deadline = time.monotonic() + 20
        while len(got) < n and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=300)).values():
                got.update(r.value for r in records)
        return len(got)
    finally:
        await consumer.stop()


async def _writes_kept_at_stop(broker: EmbeddedBroker, data_dir: Path) -> int:
    """Buffer 300 writes the way a table does (``send_soon``), stop the producer at once, and count the
    records the broker holds."""
    import faust

    from trendscope_app.broker import faust_fixes, tansu_compat  # noqa: F401  tansu:// -> the fixed transport

    n = 300
    await create_topics(broker.bootstrap, {"writes": 1})
    app = faust.App(
        "buffer-test", broker=broker.url, store="memory://", datadir=str(data_dir), web_enabled=False
    )
    topic = app.topic("writes", key_serializer="raw", value_serializer="raw")
    await app.producer.start()
    for i in range(n):
        topic.send_soon(key=None, value=b"%d" % i, partition=0)
    await app.producer.stop()
    return await _read_all(broker.bootstrap, "writes", n)


def test_a_stopping_producer_sends_its_buffered_table_writes_first(tmp_path):
    """Faust stopped the Kafka client before the buffer: every write still buffered at a SIGTERM was lost
    (0 of 300)."""
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        assert asyncio.run(_writes_kept_at_stop(broker, tmp_path)) == 300


async def _turns_to_hand_over(broker: EmbeddedBroker, data_dir: Path, n: int) -> int:
    """Buffer ``n`` writes the way a table does and count the event-loop turns until all are handed to the
    Kafka client (none left in the buffer nor being handed over)."""
    from trendscope_app.broker import faust_fixes, tansu_compat  # noqa: F401  tansu:// -> the fixed transport

    await create_topics(broker.bootstrap, {"writes": 1})
    app = faust_fixes.App(
        "turns-test", broker=broker.url, store="memory://", datadir=str(data_dir), web_enabled=False
    )
    topic = app.topic("writes", key_serializer="raw", value_serializer="raw")
    await app.producer.start()
    buffer = app.producer.buffer
    try:
        for i in range(n):
            topic.send_soon(key=None, value=b"%d" % i, partition=0)
        turns = 0
        while buffer.size or buffer.sending:
            assert turns < 100 * n, "the buffer never emptied"
            await asyncio.sleep(0)
            turns += 1
        return turns
    finally:
        await app.producer.stop()


def test_buffered_table_writes_are_handed_over_without_a_turn_of_the_loop_each(tmp_path):
    """Faust's producer look-up yields to the event loop three times per write: 300 writes took 900 turns,
    each a turn of every busy stage, and the window stage waited for them (``wait_until_ebb``)."""
    n = 300
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        assert asyncio.run(_turns_to_hand_over(broker, tmp_path, n)) < n // 10


def _processed(consumer, tp: TopicPartition, *offsets: int) -> None:
    """What Faust records when a stream acknowledges these offsets."""
    for offset in offsets:
        consumer._acked[tp].append(offset)
        consumer._acked_index[tp].add(offset)


def test_a_commit_never_passes_over_a_record_that_was_not_processed(tmp_path, caplog):
    """Committed through offset 100 (the next to read); 101 and 102 were processed, 100 was not (dropped
    from an agent's queue). Faust's own rule commits 103 and passes over it for good; the worker's
    consumer holds the commit until 100 is processed too."""
    import logging

    from faust.transport.drivers import aiokafka as faust_aiokafka

    from trendscope_app.broker.faust_fixes import Consumer
    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    app, _ = create_app(
        load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    )
    consumer = app.consumer
    assert isinstance(consumer, Consumer)
    tp = TopicPartition("movie_events", 2)

    consumer._committed_offset[tp] = 100
    _processed(consumer, tp, 101, 102)
    assert faust_aiokafka.Consumer._new_offset(consumer, tp) == 103  # Faust: record 100 is passed over
    consumer._acked.clear()
    consumer._acked_index.clear()

    _processed(consumer, tp, 101, 102)
    with caplog.at_level(logging.WARNING, logger="trendscope_app.broker.faust_fixes"):
        assert consumer._new_offset(tp) is None
        assert consumer._new_offset(tp) is None
    assert caplog.text.count("movie_events:2 offset 100 was delivered but never processed") == 1
    _processed(consumer, tp, 100)  # read again and processed
    assert consumer._new_offset(tp) == 103


def test_a_partition_is_not_committed_between_its_revocation_and_the_seek_that_ends_it(tmp_path):
    """A rebalance forgets the committed offset; messages the stopped flow skipped are still acknowledged.
    Faust would commit past them at the first commit after the assignment; the worker's consumer waits
    for the seek to the committed offsets, which also forgets those acknowledgements."""
    from faust.transport.drivers import aiokafka as faust_aiokafka

    from trendscope_app.broker.faust_fixes import Consumer
    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    app, _ = create_app(
        load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    )
    consumer = app.consumer
    assert isinstance(consumer, Consumer)
    tp = TopicPartition("movie_events", 1)
    consumer._unsettled.add(tp)  # revoked (what on_partitions_revoked records) and assigned again
    consumer._committed_offset.pop(tp, None)  # the revocation forgot it
    consumer._acked[tp].extend([140, 141])  # skipped unprocessed while the flow was stopped
    consumer._acked_index[tp].update({140, 141})
    assert faust_aiokafka.Consumer._new_offset(consumer, tp) == 142  # Faust: 100..139 passed over
    consumer._acked[tp].extend([140, 141])
    consumer._acked_index[tp].update({140, 141})
    assert consumer._new_offset(tp) is None
    consumer.forget_acknowledgements()  # the seek to the committed offsets (100): all is read again
    assert not consumer._acked and not consumer._acked_index and not consumer._unsettled
    consumer._committed_offset[tp] = 100
    consumer._acked[tp].extend([100, 101])
    consumer._acked_index[tp].update({100, 101})
    assert consumer._new_offset(tp) == 102


class ClientThread:
    """Stands in for Faust's Kafka client thread: a fetch answers when told to; seeks are recorded. The
    races below are hand-overs between that thread and the event loop, which a real broker hits about once
    in seven SIGTERM storms (tests/reliability/test_sigterm_storm.py)."""

    def __init__(self) -> None:
        self.answer: asyncio.Future = asyncio.get_running_loop().create_future()
        self.sought: list[tuple] = []

    async def getmany(self, active_partitions, timeout):
        return await self.answer

    def seek(self, tp, offset):
        self.sought.append((tp, offset))


def _records(tp: TopicPartition, first: int, n: int) -> list:
    from types import SimpleNamespace

    return [SimpleNamespace(topic=tp.topic, partition=tp.partition, offset=first + i) for i in range(n)]


def _worker_consumer(tmp_path):
    from trendscope_app.broker.faust_fixes import Consumer
    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    app, _ = create_app(
        load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    )
    assert isinstance(app.consumer, Consumer)
    return app.consumer


MOVED, KEPT = TopicPartition("movie_events", 3), TopicPartition("tmdb_stream", 0)
CHANGELOG = TopicPartition("trendscope-window_state-changelog", 3)


def test_stream_records_wait_for_the_seek_that_ends_a_rebalance(tmp_path):
    """Kept through a rebalance, movie_events 3 was read up to 305; the stopped flow skipped 305, and
    Faust's recovery resumes the partition just before its seek to the committed offset (300). Faust then
    delivers 306.. first, and 305, read again after the seek, looks like a repeat to the window stage
    (which skips offsets at or below the highest applied one). The worker's consumer delivers only table
    recovery's changelog records until the seek; after it, everything from 300 on, in order."""
    from faust.transport.drivers import aiokafka as faust_aiokafka

    from trendscope_app.broker.faust_fixes import Consumer

    consumer = _worker_consumer(tmp_path)

    async def fetch(getmany) -> dict:
        consumer._thread = thread = ClientThread()
        thread.answer.set_result({MOVED: _records(MOVED, 306, 17), CHANGELOG: _records(CHANGELOG, 7, 2)})
        answer = await getmany(consumer, None, 1.0)
        return {tp: [r.offset for r in batch] for tp, batch in answer.items()}

    async def scenario() -> None:
        consumer.awaiting_seek()  # what the assignment does
        assert (await fetch(faust_aiokafka.Consumer._getmany))[MOVED][0] == 306  # Faust: 306 before 305
        assert await fetch(Consumer._getmany) == {CHANGELOG: [7, 8]}
        consumer.seeking()
        consumer.sought({MOVED: 300})
        consumer.resume_flow()  # what recovery does right after the seek
        assert (await fetch(Consumer._getmany))[MOVED][0] == 306  # after the seek: delivered

    asyncio.run(scenario())


def test_an_answer_fetched_while_the_seek_runs_is_delivered_if_it_starts_where_the_seek_put_it(tmp_path):
    """The seek to the committed offsets takes several calls to the client's thread; a fetch answered in
    between may come from after the client's seek (movie_events 3 from its committed offset 300). The
    client's position is past it by then, so dropping it loses it for good (seen: the storm test lost
    1/102 this way while the seek rewound another partition); it is delivered, in order, once the flow
    has resumed: recovery resumes the app's flow control right after the seek, which empties the agents'
    queues (seen: tmdb_stream 3/27 delivered in between, never processed, while 28.. were)."""
    from trendscope_app.broker.faust_fixes import Consumer

    consumer = _worker_consumer(tmp_path)

    async def scenario() -> None:
        consumer.awaiting_seek()
        consumer.seeking()
        consumer._thread = thread = ClientThread()
        thread.answer.set_result({MOVED: _records(MOVED, 300, 5)})
        fetching = asyncio.ensure_future(Consumer._getmany(consumer, None, 1.0))
        await asyncio.sleep(0.01)
        assert not fetching.done()  # where the seek put the partition is not known yet
        consumer.sought({MOVED: 300})
        await asyncio.sleep(0.01)
        # Nor before the flow resumes: resuming the app's flow control clears the agents' queues.
        assert not fetching.done()
        consumer.resume_flow()
        answer = await fetching
        assert [r.offset for r in answer[MOVED]] == [300, 301, 302, 303, 304] and thread.sought == []

    asyncio.run(scenario())


def test_a_flow_resumed_while_the_seek_runs_does_not_hold_recovery_until_the_seek_wait_ends(tmp_path):
    """After a ``kill -9`` the survivor's fetcher began a seek to the committed offsets (Faust's "flow not
    active" path) and table recovery resumed the flow before that seek ended. A fetch of the changelog
    records recovery needs then waited for a resumption that only comes after recovery: the takeover
    stood still for the whole 30 s wait. The resumption during the seek counts."""
    from trendscope_app.broker.faust_fixes import Consumer

    consumer = _worker_consumer(tmp_path)

    async def scenario() -> None:
        consumer.awaiting_seek()
        consumer.seeking()
        consumer._thread = ClientThread()
        consumer._thread.answer.set_result(
            {CHANGELOG: _records(CHANGELOG, 0, 3), MOVED: _records(MOVED, 300, 2)}
        )
        fetching = asyncio.ensure_future(Consumer._getmany(consumer, None, 1.0))
        await asyncio.sleep(0.01)
        consumer.resume_flow()  # recovery starts restoring the tables
        await asyncio.sleep(0.01)
        assert not fetching.done()  # where the seek puts movie_events 3 is not known yet
        consumer.sought({MOVED: 300})
        answer = await asyncio.wait_for(fetching, timeout=5.0)
        assert {tp: [r.offset for r in batch] for tp, batch in answer.items()} == {
            CHANGELOG: [0, 1, 2],
            MOVED: [300, 301],
        }

    asyncio.run(scenario())


def test_a_fetch_answer_in_flight_across_the_seek_is_read_again_from_the_committed_offset(tmp_path):
    """The Kafka client answered a fetch from the position before the rebalance (movie_events 3 from 305);
    the seek to the committed offset (300) completed before the answer reached the event loop. Faust would
    deliver 305.. ahead of 300..304; the worker's consumer drops the stale answer for that partition and
    seeks it to 300 again. A partition the seek did not move and an answer that starts where the seek put
    it are delivered."""
    from faust.transport.drivers import aiokafka as faust_aiokafka

    from trendscope_app.broker.faust_fixes import Consumer

    consumer = _worker_consumer(tmp_path)

    async def fetch_across_a_seek(getmany, first: int) -> tuple[dict, list]:
        consumer._thread = thread = ClientThread()
        fetching = asyncio.ensure_future(getmany(consumer, None, 1.0))
        await asyncio.sleep(0)  # the fetch is in flight
        consumer.seeking()
        consumer.sought({MOVED: 300})
        consumer.resume_flow()
        thread.answer.set_result({MOVED: _records(MOVED, first, 18), KEPT: _records(KEPT, 40, 2)})
        answer = await fetching
        return {tp: [r.offset for r in batch] for tp, batch in answer.items()}, thread.sought

    async def scenario() -> None:
        # Faust: the stale answer is delivered as it came.
        answer, sought = await fetch_across_a_seek(faust_aiokafka.Consumer._getmany, 305)
        assert answer[MOVED][0] == 305 and sought == []
        # The worker: dropped for the partition the seek moved, which is sought to 300 again.
        answer, sought = await fetch_across_a_seek(Consumer._getmany, 305)
        assert answer == {KEPT: [40, 41]} and sought == [(MOVED, 300)]
        # An answer fetched after the seek starts where the seek put the partition: delivered.
        answer, sought = await fetch_across_a_seek(Consumer._getmany, 300)
        assert answer[MOVED] == list(range(300, 318)) and sought == []

    asyncio.run(scenario())


def test_acknowledgements_below_the_committed_offset_neither_hold_commits_nor_warn(tmp_path, caplog):
    """Messages of the generation before a rebalance may finish after its seek (committed offset 12):
    their acknowledgements (5, 6) are below it. The worker's consumer forgets them: no warning that 12 was
    never processed (it may not exist yet), and commits go on once 12 on is processed."""
    import logging

    from faust.transport.drivers import aiokafka as faust_aiokafka

    consumer = _worker_consumer(tmp_path)
    tp = TopicPartition("tmdb_stream", 3)

    consumer._committed_offset[tp] = 12
    _processed(consumer, tp, 5, 6)
    assert faust_aiokafka.Consumer._new_offset(consumer, tp) == 7  # Faust's run (its commit skips it)
    _processed(consumer, tp, 5, 6)
    with caplog.at_level(logging.WARNING, logger="trendscope_app.broker.faust_fixes"):
        assert consumer._new_offset(tp) is None
    assert "never processed" not in caplog.text
    _processed(consumer, tp, 12, 13)
    assert consumer._new_offset(tp) == 14


def test_an_acknowledgement_from_before_the_seek_does_not_count(tmp_path, caplog):
    """A kept partition (tmdb_stream 3) was read up to 20 in generation 4; the rebalance's seek (generation
    5) goes back to the committed 12 and reads 12.. again. Messages of generation 4 that finish after the
    seek acknowledge 13..20: counted, they stood for records generation 5 had not processed, and the commit
    check warned that 12 was 'delivered but never processed'. They are released uncounted; generation 5's
    own acknowledgements count."""
    import logging

    from faust.types import Message

    consumer = _worker_consumer(tmp_path)
    tp = TopicPartition("tmdb_stream", 3)
    consumer.app.topics._acking_topics.add(tp.topic)  # what the started worker's conductor registers
    consumer.app.consumer_generation_id = 5
    consumer.seeking()
    consumer.sought({tp: 12})
    consumer._committed_offset[tp] = 12

    def delivered(offset: int, generation: int) -> Message:
        message = Message(
            tp.topic, tp.partition, offset, 0.0, 0, {}, None, b"{}", None, generation_id=generation
        )
        consumer.track_message(message)
        return message

    late = [delivered(offset, 4) for offset in range(13, 21)]
    with caplog.at_level(logging.WARNING, logger="trendscope_app.broker.faust_fixes"):
        assert not any(consumer.ack(m) for m in late)
        assert consumer._new_offset(tp) is None
    assert not consumer._acked[tp] and not consumer._unacked_messages  # released, not counted
    assert "never processed" not in caplog.text
    assert all(consumer.ack(delivered(offset, 5)) for offset in range(12, 16))
    assert consumer._new_offset(tp) == 16
