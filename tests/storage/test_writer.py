"""The writer and stores under faults that need no Cassandra server: unreachable Cassandra (the real driver
against a closed port), an SQLite store that cannot even start, a held lock while the loop must run on."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from tests.storage.conftest import eventually, sqlite_write_lock
from tests.storage.test_contract import T0, metric, trend
from trendscope_app import metrics
from trendscope_app.agents.history import build_writer, decode_rows
from trendscope_app.broker.embedded import free_port
from trendscope_app.models import Prediction, TrendScore
from trendscope_app.settings import ConfigError, load_settings
from trendscope_app.storage import open_history_store
from trendscope_app.storage.base import TimeRange
from trendscope_app.storage.cassandra import CassandraStore
from trendscope_app.storage.sqlite import SqliteStore
from trendscope_app.storage.writer import HistoryWriter, RetryPolicy


async def test_unreachable_cassandra_backpressures_and_nothing_crashes() -> None:
    port = free_port()  # nothing listens there: every connect is refused
    store = CassandraStore([("127.0.0.1", port)], connect_timeout_s=0.5, request_timeout_s=0.5)
    writer = HistoryWriter(
        store, max_pending=20, batch_rows=10, retry=RetryPolicy(initial_s=0.01, max_s=0.05)
    )
    start_failures = metric("trendscope_store_failures_total", table="start")
    writer.start()

    async def agent(movie: int) -> None:
        for i in range(5):
            await writer.write([trend(movie, 10 * i + k) for k in range(10)])

    agents = [asyncio.create_task(agent(m)) for m in (1, 2, 3)]
    await eventually(lambda: writer.failures >= 3, 30, "failed connection attempts")
    await eventually(lambda: writer.pending == 20, 10, "the pending queue to fill")
    assert metric("trendscope_store_failures_total", table="start") >= start_failures + 3
    assert metric("trendscope_store_pending") == 20
    assert not store.ready
    assert not any(a.done() for a in agents), "writers must wait, not fail"
    await writer.close(drain_timeout=0.1)
    # Closing cannot store them: the waiting agents get an error (their batches stay uncommitted in Kafka).
    for a in agents:
        with pytest.raises(ConnectionError):
            await a


def _blocked_writer(tmp_path: Path, max_pending: int) -> tuple[HistoryWriter, Path]:
    """A started writer whose SQLite store cannot start until the returned file is removed."""
    blocker = tmp_path / "store"
    blocker.write_text("a file where the store's directory should be")
    writer = HistoryWriter(
        SqliteStore(blocker / "h.sqlite3"),
        max_pending=max_pending,
        retry=RetryPolicy(initial_s=0.01, max_s=0.05),
    )
    writer.start()
    return writer, blocker


async def test_a_store_that_cannot_start_is_retried_until_it_can(tmp_path: Path) -> None:
    writer, blocker = _blocked_writer(tmp_path, max_pending=10)
    pending_write = asyncio.create_task(writer.write([trend(1, 0)]))
    await eventually(lambda: writer.failures >= 2, 10, "failed starts")
    assert not pending_write.done()
    blocker.unlink()  # the fault goes away
    await asyncio.wait_for(pending_write, 10)
    assert await writer.store.trend_history(1, TimeRange(), 10) == [trend(1, 0)]
    assert writer.failing_since is None
    await writer.close()


async def test_a_write_given_up_takes_its_queued_rows_back(tmp_path: Path) -> None:
    # An agent gives a batch up (cancels its write) in an outage when it stops or its partitions move: the
    # messages stay uncommitted and come again. Their first copy must neither stay counted as pending (a
    # rebalance mid-outage showed 28 pending rows for 17 messages) nor hold room from the rows that follow.
    writer, blocker = _blocked_writer(tmp_path, max_pending=3)
    given_up = asyncio.create_task(writer.write([trend(1, 0), trend(1, 1)]))
    await eventually(lambda: writer.failures >= 2 and writer.pending == 2, 10, "a write held by the outage")
    given_up.cancel()
    with pytest.raises(asyncio.CancelledError):
        await given_up
    assert writer.pending == 0 and metric("trendscope_store_pending") == 0
    # The same batch again, as a redelivery brings it, plus one more row: room for all three.
    again = asyncio.create_task(writer.write([trend(1, 0), trend(1, 1), trend(1, 2)]))
    await eventually(lambda: writer.pending == 3, 10, "the redelivered batch queued")
    blocker.unlink()
    await asyncio.wait_for(again, 10)
    stored = await writer.store.trend_history(1, TimeRange(), 10)
    assert sorted(r.window_start for r in stored) == [T0, T0 + 60, T0 + 120]
    assert writer.pending == 0 and writer.max_seen_pending == 3
    await writer.close()


async def test_a_write_waiting_on_a_lock_does_not_block_the_event_loop(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "h.sqlite3", busy_timeout_ms=60_000)
    await store.start()
    await store.write_trends([trend(2, 0)])
    with sqlite_write_lock(store.path):
        write = asyncio.create_task(store.write_trends([trend(2, 1)]))
        # If the write ran on the loop it would hold it for up to 60 s; this sleep would return late
        # with the write already failed. It returns with the write still waiting in its own thread.
        await asyncio.sleep(0.3)
        assert not write.done()
        # Reads go on beside the held lock (WAL), on their own thread.
        assert [r.window_start for r in await store.trend_history(2, TimeRange(), 10)] == [T0]
    await asyncio.wait_for(write, 30)  # lock released from the loop: the waiting write goes through
    assert len(await store.trend_history(2, TimeRange(), 10)) == 2
    await store.close()


async def test_offer_queues_only_what_needs_no_wait(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "h.sqlite3", busy_timeout_ms=60_000)
    writer = HistoryWriter(store, max_pending=10, batch_rows=5)
    assert writer.offer([trend(4, 0)]) is None  # not started: nothing would drain the queue
    writer.start()
    stored = writer.offer([trend(4, i) for i in range(3)])
    assert stored is not None
    await asyncio.wait_for(stored, 30)
    assert len(await store.trend_history(4, TimeRange(), 10)) == 3
    with sqlite_write_lock(store.path):
        held = writer.offer([trend(4, i) for i in range(3, 8)])  # its round waits for the lock
        assert held is not None
        assert writer.offer([trend(4, i) for i in range(8, 14)]) is None  # 5 + 6 > 10: no room
        later = writer.offer([trend(4, i) for i in range(8, 13)])  # exactly the room left
        assert later is not None and writer.pending == 10
        assert writer.offer([trend(4, 13)]) is None
    await asyncio.wait_for(asyncio.gather(held, later), 30)
    assert len(await store.trend_history(4, TimeRange(), 20)) == 13
    await writer.close()
    assert writer.offer([trend(4, 20)]) is None  # closed


async def test_sqlite_is_in_wal_mode_and_shared_by_two_stores(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    a, b = SqliteStore(path), SqliteStore(path)  # e.g. two workers on one host with one SQLITE_PATH
    await a.start()
    await b.start()
    await asyncio.gather(
        *(a.write_trends([trend(3, i)]) for i in range(0, 40, 2)),
        *(b.write_trends([trend(3, i)]) for i in range(1, 40, 2)),
    )
    assert len(await a.trend_history(3, TimeRange(), 100)) == 40
    await a.close()
    await b.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_messages_that_can_never_be_stored_are_rejected_and_counted() -> None:
    before = metric("trendscope_store_rejected_total", table="movie_trends")
    good = b'{"movie_id":5,"title":"X","window_start":0,"window_end":300,"mentions":1,"avg_sentiment":0.1,'
    good += b'"popularity":2.0,"trend_score":20.0}'
    rows = decode_rows([good, b"{", b'{"movie_id": -1}', b"[]", None], TrendScore)
    assert [r.movie_id for r in rows] == [5]
    assert metric("trendscope_store_rejected_total", table="movie_trends") == before + 4
    bad_prediction = b'{"movie_id":5,"target_window_start":0,"target_window_end":300,"predicted":NaN}'
    assert decode_rows([bad_prediction], Prediction) == []


def test_the_store_metrics_are_exposed() -> None:
    text = metrics.render().decode()
    for name in (
        "trendscope_store_writes_total",
        "trendscope_store_failures_total",
        "trendscope_store_pending",
    ):
        assert f"# TYPE {name.removesuffix('_total')} " in text or f"# TYPE {name} " in text, name


def test_configuration_picks_the_store_and_rejects_bad_values(tmp_path: Path) -> None:
    s = load_settings(_env_file=None, data_dir=tmp_path, cassandra_hosts=None)
    w = build_writer(s)
    assert w.store.name == "sqlite" and w.max_pending == s.store_max_pending
    assert isinstance(
        open_history_store(load_settings(_env_file=None, cassandra_hosts="db1,db2:9142")), CassandraStore
    )
    with pytest.raises(ConfigError, match="CASSANDRA_HOSTS"):
        load_settings(_env_file=None, cassandra_hosts="db1:notaport")
    with pytest.raises(ConfigError, match="CASSANDRA_REPLICATION"):
        load_settings(_env_file=None, cassandra_replication={"class": "SimpleStrategy"})
    with pytest.raises(ConfigError, match="CASSANDRA_KEYSPACE"):
        load_settings(_env_file=None, cassandra_keyspace="drop table x")


def test_prediction_rows_reject_what_the_store_cannot_hold() -> None:
    with pytest.raises(ValueError):
        Prediction.from_message({"movie_id": 1, "target_window_start": 0, "target_window_end": 1})
