"""The seek fix of :mod:`trendscope_app.broker.faust_fixes`, on the embedded broker.

The premise, measured: a group consumer that fetched records it never committed keeps its position
through aiokafka's ``seek_to_committed``, so records Faust dropped after fetching are never fetched
again. The fix rewinds exactly those never-committed partitions.
"""

from __future__ import annotations

import asyncio
import time

from aiokafka import AIOKafkaConsumer, TopicPartition

from trendscope_app.broker.embedded import EmbeddedBroker, create_topics
from trendscope_app.broker.faust_fixes import uncommitted_stream_partitions

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


def _worker_consumer(tmp_path):
    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    app, _ = create_app(
        load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    )
    return app, app.consumer


def test_a_record_whose_delivery_need_not_wait_takes_no_turn_of_the_event_loop(tmp_path):
    """Faust's fetch loop delivers each record through ``wait_first(deliver(record), suspend_flow.wait())``."""
    app, consumer = _worker_consumer(tmp_path)
    delivered: list[str] = []
    others_ran: list[str] = []

    async def deliver(record: str) -> str:
        delivered.append(record)
        return record

    async def fetch_loop() -> None:
        asyncio.get_running_loop().call_soon(others_ran.append, "another task")
        for i in range(100):
            await consumer.wait_first(deliver(f"r{i}"), consumer.suspend_flow.wait())
        # Every record delivered before any other callback of the loop ran: no turn was taken.
        assert others_ran == [], others_ran

    app.loop.run_until_complete(fetch_loop())
    assert delivered == [f"r{i}" for i in range(100)]


def test_a_delivery_that_must_wait_still_waits_and_a_suspended_flow_still_abandons_it(tmp_path):
    app, consumer = _worker_consumer(tmp_path)

    async def deliver(room: asyncio.Future) -> str:
        await room  # a full queue: the record waits for room
        return "delivered"

    async def waits_for_room() -> None:
        room = asyncio.get_running_loop().create_future()
        waiting = asyncio.ensure_future(consumer.wait_first(deliver(room), consumer.suspend_flow.wait()))
        await asyncio.sleep(0.05)
        assert not waiting.done()
        room.set_result(None)
        result = await asyncio.wait_for(waiting, 5)
        assert result.results == ["delivered"]

    async def abandoned_by_a_rebalance() -> None:
        room = asyncio.get_running_loop().create_future()
        waiting = asyncio.ensure_future(consumer.wait_first(deliver(room), consumer.suspend_flow.wait()))
        await asyncio.sleep(0.05)
        consumer.suspend_flow.set()  # Faust's stop_flow(), as a rebalance starts
        result = await asyncio.wait_for(waiting, 5)
        assert "delivered" not in result.results
        consumer.suspend_flow.clear()

    app.loop.run_until_complete(waits_for_room())
    app.loop.run_until_complete(abandoned_by_a_rebalance())


def test_a_full_producer_buffer_holds_delivery_until_it_is_small_again_not_for_100_wake_ups(tmp_path):
    """Faust's wait counted 100 wake-ups of its sender, one event-loop turn each, however many messages each
    turn sent; the worker's buffer waits until it holds ``max_messages`` or fewer."""
    from trendscope_app.broker.faust_fixes import ProducerBuffer

    app, _ = _worker_consumer(tmp_path)
    buffer = app.producer.buffer
    assert isinstance(buffer, ProducerBuffer)
    turns = 0

    async def sender() -> None:
        # Drains many messages per turn, as Faust's sender does when sending does not have to wait.
        while True:
            for _ in range(60):
                if buffer.pending.empty():
                    break
                buffer.pending.get_nowait()
                buffer.message_sent.set()
            await asyncio.sleep(0)

    async def ticker() -> None:
        # Other agents keep writing tables: the buffer never empties.
        nonlocal turns
        while True:
            turns += 1
            for i in range(20):
                buffer.pending.put_nowait(i)
            await asyncio.sleep(0)

    async def deliver_after_ebb() -> int:
        for i in range(400):
            buffer.pending.put_nowait(i)
        tasks = [asyncio.ensure_future(sender()), asyncio.ensure_future(ticker())]
        buffer._started.set()  # running, as once the producer started (mode.s Service.state)
        await asyncio.sleep(0)
        start = turns
        await asyncio.wait_for(buffer.wait_until_ebb(), 10)
        waited = turns - start
        for t in tasks:
            t.cancel()
        return waited

    waited = app.loop.run_until_complete(deliver_after_ebb())
    assert buffer.size <= buffer.max_messages
    assert waited <= 10, f"delivery waited {waited} turns of the event loop"
