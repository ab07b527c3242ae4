"""End to end: a replay through a real worker leaves every TrendScore and forecast in SQLite exactly once,
although the store was locked (a real SQLite fault) while the whole replay was processed."""

from __future__ import annotations

import asyncio
import json
import math
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition

from tests.e2e.conftest import spawn
from tests.storage.conftest import sqlite_write_lock
from tests.support import expected_trends, http_json, metric_value, read_topic, replay_into, wait_until
from trendscope_app.broker.embedded import free_port
from trendscope_app.datasets.sample import SampleSpec, generate
from trendscope_app.models import Prediction
from trendscope_app.storage.schema import PREDICTION_COLUMNS, TREND_COLUMNS
from trendscope_app.web.views import iso

pytestmark = pytest.mark.e2e

FAKE_MOVIES = (990_001, 990_002, 990_003)  # not in the sample: their forecasts come from this test only


def injected_predictions(t0: float) -> list[dict[str, Any]]:
    """Forecasts as the forecast agent sends them: first without actual, later again with it, plus a
    stale redelivery of a first message after its actual is known (must not erase it)."""
    out: list[dict[str, Any]] = []
    for movie in FAKE_MOVIES:
        for i in range(8):
            start = t0 + 60 * i
            first = {
                "movie_id": movie,
                "target_window_start": start,
                "target_window_end": start + 300,
                "predicted": 10.0 + i + movie % 10,
                "baseline": 9.0 + i,
                "model_version": "test-1",
                "made_at_window_end": start,
                "actual": None,
                "error": None,
                "baseline_error": None,
            }
            out.append(first)
            if i % 2 == 0:
                actual = 12.0 + i
                out.append(
                    first
                    | {"actual": actual, "error": actual - first["predicted"], "baseline_error": 3.0 - i}
                )
                if i == 4:
                    out.append(first)
    return out


async def produce(bootstrap: str, topic: str, values: list[dict[str, Any]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for v in values:
            await producer.send_and_wait(
                topic, json.dumps(v).encode(), key=json.dumps(v["movie_id"]).encode()
            )
    finally:
        await producer.stop()


async def read_to_end(bootstrap: str, topic: str, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Every record of ``topic`` up to its high watermark as carried by Fetch (correct on this broker)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    out: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + timeout
        parts = consumer.partitions_for_topic(topic)
        while not parts:
            if time.monotonic() > deadline:
                return out
            await consumer._client.force_metadata_update()
            parts = consumer.partitions_for_topic(topic)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)

        async def at_end() -> bool:
            for tp in tps:
                hw = consumer.highwater(tp)
                if hw is None or await consumer.position(tp) < hw:
                    return False
            return True

        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=300)
            for records in batch.values():
                out.extend(json.loads(r.value) for r in records)
            if not batch and await at_end():
                return out
        raise AssertionError(f"could not read {topic} to its end within {timeout} s")
    finally:
        await consumer.stop()


def fold_predictions(messages: list[dict[str, Any]]) -> dict[tuple[int, float], Prediction]:
    """What the store must hold after the messages in topic order (per movie: one partition, in order)."""
    out: dict[tuple[int, float], Prediction] = {}
    for m in messages:
        row = Prediction.from_message(m)
        out[row.key] = out[row.key].merge(row) if row.key in out else row
    return out


async def committed(bootstrap: str, topic: str, group: str = "trendscope") -> dict[int, int]:
    """The consumer group's committed offset per partition of ``topic`` (0 when none)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        await consumer._client.force_metadata_update()
        parts = consumer.partitions_for_topic(topic) or set()
        assert len(parts) == 4, f"no metadata for {topic}"
        return {p: (await consumer.committed(TopicPartition(topic, p))) or 0 for p in parts}
    finally:
        await consumer.stop()


def failures(url: str) -> float:
    return sum(
        metric_value(url, "trendscope_store_failures_total", table=t) or 0
        for t in ("movie_trends", "predictions")
    )


def db_rows(path: Path, table: str, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    with sqlite3.connect(path) as conn:
        return [
            dict(zip(columns, r, strict=True))
            for r in conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
        ]


def db_ready(path: Path) -> bool:
    if not path.exists():
        return False
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {"movie_trends", "predictions"} <= names


def test_replay_with_a_store_outage_leaves_every_result_in_sqlite_exactly_once(broker, workers, tmp_path):
    spec = SampleSpec(n_comments=6000, n_movies=20, duration_s=1200.0, seed=11, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    expected = expected_trends(comments, snapshots, truth)
    w = spawn(
        workers,
        broker,
        tmp_path,
        "w1",
        CASSANDRA_HOSTS="",  # this test is about SQLite even when the suite runs with Cassandra
        SQLITE_BUSY_TIMEOUT_MS="20",
        STORE_MAX_PENDING="100",
        STORE_RETRY_MAX_S="0.5",
        TREND_HISTORY="3",  # the in-memory table keeps 3 windows: longer histories can only come from the store
    )
    w.wait_ready()
    db = tmp_path / "w1" / "store" / "trendscope.sqlite3"
    wait_until(lambda: db_ready(db), 60, "the store's schema")
    preds_sent = injected_predictions(spec.start)

    with sqlite_write_lock(db):
        asyncio.run(produce(broker.bootstrap, "predictions", preds_sent))
        replay_into(broker, tmp_path, comments, snapshots, [w.url])
        emitted = asyncio.run(
            read_topic(broker.bootstrap, "trend_stream", lambda got: len(got) >= len(expected), timeout=120)
        )
        # The whole replay went through while the store was locked: the writer failed, retried, and
        # held rows back; nothing could be stored.
        wait_until(lambda: failures(w.url) >= 3, 30, "failed store writes")
        assert (metric_value(w.url, "trendscope_store_pending") or 0) > 0
        assert db_rows(db, "movie_trends", ("movie_id",)) == []
        assert w.proc is not None and w.proc.poll() is None
        # Reads still answer during the write outage: a movie of the live tables, none of its rows stored.
        status, body = http_json(f"{w.url}/trends/{min(expected)[0]}/history")
        assert status == 200 and body["trends"] == [], (status, body)

    # -- the lock is gone: everything arrives, once -----------------------------------------------------
    want_keys = {(m, float(end - 300)) for m, end in expected}
    wait_until(
        lambda: len(db_rows(db, "movie_trends", ("movie_id",))) >= len(want_keys), 60, "trends in the store"
    )
    stored = {(r["movie_id"], r["window_start"]): r for r in db_rows(db, "movie_trends", TREND_COLUMNS)}
    assert set(stored) == want_keys, (
        f"missing {sorted(want_keys - set(stored))[:5]}, extra {sorted(set(stored) - want_keys)[:5]}"
    )
    # The history database keeps the scores; the window's evidence (subreddits, comments) is served from the
    # lookups by /trends/{id}/why.
    by_window = {
        (t["movie_id"], float(t["window_start"])): {k: v for k, v in t.items() if k != "evidence"}
        for t in emitted
    }
    assert len(by_window) == len(expected)
    for (movie, end), exp in expected.items():
        row = stored[(movie, float(end - 300))]
        assert row["window_end"] == end and row["mentions"] == exp.mentions, (row, exp)
        assert math.isclose(row["avg_sentiment"], exp.avg_sentiment, abs_tol=1e-9), (row, exp)
        assert math.isclose(row["popularity"], exp.popularity, abs_tol=1e-9), (row, exp)
        assert math.isclose(row["trend_score"], exp.trend_score, abs_tol=1e-6), (row, exp)
        assert row == by_window[(movie, float(end - 300))]  # exactly the message's values

    # Forecasts: ours and whatever the forecast agent emitted, folded in topic order.
    def predictions_agree() -> bool:
        want = fold_predictions(asyncio.run(read_to_end(broker.bootstrap, "predictions")))
        got = {
            (r["movie_id"], r["target_window_start"]): Prediction(**r)
            for r in db_rows(db, "predictions", PREDICTION_COLUMNS)
        }
        return got == want and all(any(k[0] == m for k in got) for m in FAKE_MOVIES)

    wait_until(predictions_agree, 60, "the stored forecasts to equal the predictions topic")
    stale = db_rows(db, "predictions", PREDICTION_COLUMNS)
    (fourth,) = [
        r for r in stale if r["movie_id"] == FAKE_MOVIES[0] and r["target_window_start"] == spec.start + 240
    ]
    assert fourth["actual"] == 16.0  # the stale redelivery after the actual did not erase it

    assert metric_value(w.url, "trendscope_store_pending") == 0
    assert (metric_value(w.url, "trendscope_store_writes_total", table="movie_trends") or 0) >= len(expected)
    assert w.proc.poll() is None

    # -- history lookups answer from the store ---------------------------------------------------------
    movie = max({m for m, _ in expected}, key=lambda m: sum(1 for mm, _ in expected if mm == m))
    ends = sorted((e for m, e in expected if m == movie), reverse=True)
    lo, hi = ends[-3] - 300, ends[2] - 300  # inclusive window-start bounds
    status, body = http_json(
        f"{w.url}/trends/{movie}/history?" + urlencode({"from": iso(lo), "to": iso(hi), "limit": 1000})
    )
    assert status == 200, body
    in_range = [e for e in ends if lo <= e - 300 <= hi]
    assert len(in_range) > 3  # more than the in-memory table keeps
    assert [t["window_end"] for t in body["trends"]] == [iso(e) for e in in_range]
    assert [t["mentions"] for t in body["trends"]] == [expected[(movie, e)].mentions for e in in_range]
    assert body["from"] == iso(lo) and body["to"] == iso(hi) and body["truncated"] is False
    status, body = http_json(f"{w.url}/trends/{movie}/history?limit=2")  # no trailing slash works too
    assert status == 200 and body["truncated"] is True
    assert [t["window_start"] for t in body["trends"]] == [iso(e - 300) for e in ends[:2]]

    status, body = http_json(f"{w.url}/predictions/{FAKE_MOVIES[1]}/history?from={iso(spec.start + 120)}")
    assert status == 200, body
    preds = body["predictions"]
    assert [p["target_window_start"] for p in preds] == [iso(spec.start + 60 * i) for i in range(7, 1, -1)]
    assert [p["actual"] for p in preds] == [None, 18.0, None, 16.0, None, 14.0]

    for bad in ("from=yesterday", "to=2024-13-01T00:00:00Z", f"from={iso(hi)}&to={iso(lo)}", "limit=0"):
        status, body = http_json(f"{w.url}/trends/{movie}/history?{bad}")
        assert status == 400 and "error" in body, (bad, status, body)
    assert http_json(f"{w.url}/predictions/abc/history")[0] == 400


def test_a_worker_whose_cassandra_is_unreachable_holds_its_rows_and_keeps_serving(broker, workers, tmp_path):
    dead = free_port()  # nothing listens: the real driver gets "connection refused" on every attempt
    w = spawn(
        workers,
        broker,
        tmp_path,
        "w1",
        CASSANDRA_HOSTS=f"127.0.0.1:{dead}",
        CASSANDRA_CONNECT_TIMEOUT_S="0.5",
        STORE_RETRY_MAX_S="0.3",
    )
    w.wait_ready()
    start = 1_717_200_000.0
    trends = [
        {
            "movie_id": 603,
            "title": "The Matrix",
            "window_start": start + 60 * i,
            "window_end": start + 60 * i + 300,
            "mentions": i,
            "avg_sentiment": 0.0,
            "popularity": 1.0,
            "trend_score": 15.4 + i,
        }
        for i in range(6)
    ]
    asyncio.run(produce(broker.bootstrap, "trend_stream", trends))
    wait_until(
        lambda: (metric_value(w.url, "trendscope_store_failures_total", table="start") or 0) >= 3,
        60,
        "failed attempts to reach Cassandra",
    )
    wait_until(
        lambda: (metric_value(w.url, "trendscope_store_pending") or 0) > 0, 30, "rows held for the store"
    )
    # Held: the trends, and per trend at most the forecast it triggers and the earlier forecast it scores.
    assert metric_value(w.url, "trendscope_store_pending") <= 3 * len(trends)
    assert metric_value(w.url, "trendscope_store_writes_total", table="movie_trends") in (None, 0.0)
    status, body = http_json(f"{w.url}/trends/603/history")
    assert status == 503 and "cassandra" in body["error"], body
    assert http_json(f"{w.url}/trends/top")[0] == 200  # the rest of the worker is unaffected
    assert w.proc is not None and w.proc.poll() is None

    # Other input is processed and committed meanwhile (so commits do happen)...
    # (TMDB input: like trend_stream it is read by Faust's consumer group; comments have their own group.)
    asyncio.run(produce(broker.bootstrap, "tmdb_stream", [{"movie_id": 0, "junk": True}] * 8))
    wait_until(
        lambda: sum(asyncio.run(committed(broker.bootstrap, "tmdb_stream")).values()) >= 8, 30, "commits"
    )
    # ...but a stop during the outage leaves the unstored trends uncommitted, to be delivered again.
    # (The stop is usually prompt; Faust may still wait on a message buffered in a stream until killed.)
    w.stop(timeout=20)
    assert sum(asyncio.run(committed(broker.bootstrap, "trend_stream")).values()) == 0
