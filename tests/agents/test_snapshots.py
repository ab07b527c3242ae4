"""The snapshot follower on a real embedded broker: it reads TMDB snapshots from where the worker's group
had committed, and :meth:`caught_up` returns only once every snapshot written before the call is known."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition
from yarl import URL

from trendscope_app import metrics
from trendscope_app.agents.snapshots import SnapshotFollower
from trendscope_app.broker.embedded import EmbeddedBroker, create_topics
from trendscope_app.settings import load_settings

TOPIC = "tmdb_stream"


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(tmp_path_factory.mktemp("broker") / "broker.log") as running:
        yield running


def _snapshot(movie_id: int, title: str, release_date: str | None = None) -> bytes:
    return json.dumps(
        {
            "id": movie_id,
            "title": title,
            "original_title": title,
            "popularity": 1.0,
            "vote_average": 5.0,
            "vote_count": 1,
            "fetched_at": 1_717_200_000.0,
            "release_date": release_date,
        }
    ).encode()


def _follower(broker: EmbeddedBroker, app_id: str) -> SnapshotFollower:
    s = load_settings(_env_file=None, app_id=app_id, topic_partitions=2)
    conf = SimpleNamespace(broker=[URL(f"kafka://{broker.bootstrap}")], consumer_max_fetch_size=4_194_304)
    return SnapshotFollower(SimpleNamespace(settings=s, app=SimpleNamespace(conf=conf)))  # type: ignore[arg-type]


async def _send(broker: EmbeddedBroker, records: list[tuple[int, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        for partition, value in records:
            await producer.send_and_wait(TOPIC, value, partition=partition)
    finally:
        await producer.stop()


async def _commit(broker: EmbeddedBroker, group: str, offsets: dict[int, int]) -> None:
    consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([TopicPartition(TOPIC, p) for p in offsets])
        await consumer.commit({TopicPartition(TOPIC, p): o for p, o in offsets.items()})
    finally:
        await consumer.stop()


def test_it_starts_where_the_group_committed_and_knows_every_snapshot_written_before_it_is_asked(
    broker: EmbeddedBroker,
) -> None:
    async def run() -> dict[str, Any]:
        await create_topics(broker.bootstrap, {TOPIC: 2})
        # Before the group's commit: in the recovered catalogue already, so not read again.
        await _send(broker, [(0, _snapshot(1, "Old One")), (1, _snapshot(2, "Old Two"))])
        await _commit(broker, "follow-a", {0: 1, 1: 1})
        await _send(broker, [(0, _snapshot(3, "Dune")), (1, b"not json"), (1, _snapshot(4, "Up"))])
        follower = _follower(broker, "follow-a")
        follower.start_early()
        try:
            first = await follower.caught_up(timeout=30) is not None
            known_first = dict(follower.titles)
            version = follower.version
            await _send(
                broker, [(1, _snapshot(5, "Heat", "1995-12-15")), (0, _snapshot(3, "Dune: Part One"))]
            )
            second = await follower.caught_up(timeout=30) is not None
            return {
                "first": first,
                "known_first": known_first,
                "version": version,
                "second": second,
                "known_second": dict(follower.titles),
            }
        finally:
            await follower.stop()

    got = asyncio.run(run())
    assert got["first"] and got["second"]
    # The malformed record in between is passed over, not waited for.
    assert got["known_first"] == {3: ["Dune", "Dune", None], 4: ["Up", "Up", None]}
    assert got["version"] == 2
    # Each movie's catalogue entry: its names and its release year (which tells "Heat (1995)" from a remake).
    assert got["known_second"] == {
        3: ["Dune: Part One", "Dune: Part One", None],
        4: ["Up", "Up", None],
        5: ["Heat", "Heat", 1995],
    }


def test_a_follower_that_stopped_reading_lets_comments_go_on_and_says_so(broker: EmbeddedBroker) -> None:
    async def run() -> tuple[bool, float]:
        await create_topics(broker.bootstrap, {TOPIC: 2})
        follower = _follower(broker, "follow-b")
        follower.start_early()
        try:
            assert await follower.caught_up(timeout=30) is not None
            assert follower._reading is not None
            follower._reading.cancel()
            await _send(broker, [(0, _snapshot(9, "Alien"))])
            before = metrics.CATALOGUE_WAIT_TIMEOUTS._value.get()
            ok = await follower.caught_up(timeout=30) is not None
            return ok, metrics.CATALOGUE_WAIT_TIMEOUTS._value.get() - before
        finally:
            await follower.stop()

    ok, counted = asyncio.run(run())
    assert not ok
    assert counted == 1


def test_it_says_where_the_comment_partitions_ended_when_it_asked(broker: EmbeddedBroker) -> None:
    """Comments below those offsets were written before every snapshot it has not read: the comment
    reader matches them without asking again (a backlog costs one question, not one per batch)."""

    async def run() -> dict[TopicPartition, int] | None:
        await create_topics(broker.bootstrap, {TOPIC: 2, "reddit_stream": 2})
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
        await producer.start()
        try:
            for _ in range(3):
                await producer.send_and_wait("reddit_stream", b"{}", partition=1)
        finally:
            await producer.stop()
        follower = _follower(broker, "follow-c")
        follower.start_early()
        try:
            return await follower.caught_up(
                [TopicPartition("reddit_stream", 0), TopicPartition("reddit_stream", 1)], timeout=30
            )
        finally:
            await follower.stop()

    assert asyncio.run(run()) == {
        TopicPartition("reddit_stream", 0): 0,
        TopicPartition("reddit_stream", 1): 3,
    }
