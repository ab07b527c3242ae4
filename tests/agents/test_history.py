"""The history hand-over: rows queued by the stages that publish them, skipped by the agents that read them."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from faust.types import Message

from tests.storage.test_contract import trend
from trendscope_app.agents.history import HandOver, store_batch
from trendscope_app.models import TrendScore
from trendscope_app.observability.stages import STAGES
from trendscope_app.storage.base import TimeRange
from trendscope_app.storage.sqlite import SqliteStore
from trendscope_app.storage.writer import HistoryWriter

TOPIC = "trend_stream"


def events(partition: int, offsets: range) -> list[Any]:
    """Stand-ins for Faust events: ``unstored`` reads only their message, a real ``faust.types.Message``."""
    return [
        SimpleNamespace(message=Message(TOPIC, partition, o, 1_000.0, 0, None, b"k", b"v", None))
        for o in offsets
    ]


def done(partition: int, offsets: range) -> list[Any]:
    return [(TOPIC, partition, o, 1_000.0, 60.0 * o) for o in offsets]


async def test_rows_handed_over_are_stored_and_the_agent_skips_exactly_them(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "h.sqlite3")
    writer = HistoryWriter(store, max_pending=100, batch_rows=10)
    handover = HandOver(writer)
    handover.offer([trend(5, i) for i in range(3)], done(0, range(3)))  # not started: the agents write them
    writer.start()
    handover.offer([trend(5, i) for i in range(3, 6)], done(0, range(3, 6)))
    handover.offer([trend(6, 0)], done(1, range(7, 8)))
    await asyncio.wait_for(writer.flush(), 30)
    assert len(await store.trend_history(5, TimeRange(), 10)) == 3
    assert handover.stored == {(TOPIC, 0): {3, 4, 5}, (TOPIC, 1): {7}}
    assert not any(handover.queued.values())  # stored: no longer waited for
    assert STAGES["history"].next_offset[(TOPIC, 0)] == 6

    # The agent's batch: offsets 0-4 of partition 0 and 6-7 of partition 1.
    batch = events(0, range(5)) + events(1, range(6, 8))
    todo = handover.unstored(batch)
    assert [(e.message.partition, e.message.offset) for e in todo.fresh] == [(0, 0), (0, 1), (0, 2), (1, 6)]
    assert todo.events == todo.fresh and not todo.queued
    # Read past: forgotten (offset 5 of partition 0 is still ahead of the agent).
    assert handover.stored == {(TOPIC, 0): {5}, (TOPIC, 1): set()}
    handover.forget({(TOPIC, 0)})
    assert (TOPIC, 0) not in handover.stored
    await writer.close()


async def test_rows_stored_after_the_agent_read_them_are_not_kept(tmp_path: Path) -> None:
    writer = HistoryWriter(SqliteStore(tmp_path / "h.sqlite3"), max_pending=100, batch_rows=10)
    handover = HandOver(writer)
    writer.start()
    handover.offer([trend(7, 0), trend(7, 1)], done(2, range(2)))
    # The agent reads them before they are stored: it waits for them instead of queueing them again.
    todo = handover.unstored(events(2, range(2)))
    assert not todo.fresh and len(todo.events) == 2 and len(todo.queued) == 1
    await asyncio.wait_for(asyncio.gather(*todo.queued), 30)
    assert handover.stored[(TOPIC, 2)] == {0, 1}
    # Stored behind the agent: dropped the next time the agent reads that partition.
    handover.unstored(events(2, range(2, 3)))
    assert handover.stored[(TOPIC, 2)] == set()
    await writer.close()


async def test_rows_the_writer_never_stored_are_left_to_the_agents(tmp_path: Path) -> None:
    writer = HistoryWriter(SqliteStore(tmp_path / "h.sqlite3"), max_pending=100, batch_rows=10)
    handover = HandOver(writer)
    writer.start()
    await writer.close()
    handover.offer([trend(8, 0)], done(3, range(1)))  # closed: not taken
    assert handover.unstored(events(3, range(1))).fresh  # so the agent writes it
    assert not handover.stored and not handover.queued


class StoreNotAnsweringYet(SqliteStore):
    """A store whose first connection is still under way (a Cassandra connect waiting for its timeout)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.reachable = asyncio.Event()

    async def start(self) -> None:
        await self.reachable.wait()
        await super().start()


async def test_rows_handed_over_before_the_store_answers_are_queued_once(tmp_path: Path) -> None:
    store = StoreNotAnsweringYet(tmp_path / "h.sqlite3")
    writer = HistoryWriter(store, max_pending=100, batch_rows=10)
    handover = HandOver(writer)
    writer.start()
    rows = [trend(9, i) for i in range(3)]
    handover.offer(rows, done(4, range(3)))  # taken: the store has not failed (yet)
    assert writer.pending == 3
    # The agent reads the same three messages back while they are still queued.
    batch = [
        SimpleNamespace(
            message=Message(TOPIC, 4, i, 1_000.0, 0, None, b"k", json.dumps(r.as_dict()).encode(), None)
        )
        for i, r in enumerate(rows)
    ]
    app: Any = SimpleNamespace(flow_control=SimpleNamespace(is_active=lambda: True))
    agent = asyncio.ensure_future(store_batch(app, writer, handover, batch, TrendScore))
    await asyncio.wait({agent}, timeout=0.5)  # the agent waits for the store either way
    assert not agent.done()
    assert writer.pending == 3, "the agent queued rows the writer already holds"
    store.reachable.set()
    await asyncio.wait_for(agent, 30)
    assert writer.max_seen_pending == 3
    assert len(await store.trend_history(9, TimeRange(), 10)) == 3
    await writer.close()
