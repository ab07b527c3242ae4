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
