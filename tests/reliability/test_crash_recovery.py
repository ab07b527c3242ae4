"""kill -9 the worker at a random point of a replay, restart it, and check nothing is lost or double counted.

Aggregates are idempotent: every mention carries its source (partition, offset) and a movie's state keeps
the highest offset applied per source partition, so events re-read after the crash are skipped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import shutil
from pathlib import Path

import pytest

from tests.e2e.conftest import spawn
from tests.support import expected_trends, http_json, metric_value, read_topic, replay_into, wait_until
from trendscope_app.cli.commands import run_replay
from trendscope_app.datasets.sample import SampleSpec, generate, write_jsonl
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("keep_rocksdb", "when"),
    [
        (True, "mid"),
        (False, "mid"),
        (False, "end"),
    ],
    ids=["keep-rocksdb", "wipe-rocksdb", "wipe-rocksdb-after-all-input-read"],
)
def test_kill_9_mid_stream_loses_no_window_and_double_counts_nothing(
    broker, workers, tmp_path, keep_rocksdb, when
):
    spec = SampleSpec(n_comments=20_000, n_movies=20, duration_s=1800.0, seed=23, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    write_jsonl(tmp_path / "c.jsonl", comments)
    write_jsonl(tmp_path / "t.jsonl", snapshots)
    expected = expected_trends(comments, snapshots, truth)

    w = spawn(workers, broker, tmp_path, "w")
    w.wait_ready()
    s = load_settings(_env_file=None, topic_partitions=4)
    asyncio.run(
        run_replay(s, broker.bootstrap, tmp_path / "c.jsonl", tmp_path / "t.jsonl", speed=0, web_urls=[w.url])
    )

    # A random point of the processing: between 10% and 80% of the comments read.
    # "end": everything read, the final windows still waiting for the idle flush: the restarted worker
    # has nothing new to read and must still close them.
    kill_at = len(comments) if when == "end" else int(len(comments) * random.uniform(0.1, 0.8))
    wait_until(
        lambda: (metric_value(w.url, "trendscope_messages_in_total", topic="reddit_stream") or 0) >= kill_at,
        120,
        f"{kill_at} comments read",
        every=0.05,
    )
    read_before = metric_value(w.url, "trendscope_messages_in_total", topic="reddit_stream")
    w.kill()
    if not keep_rocksdb:
        shutil.rmtree(w.data_dir)  # recover every table from its changelog alone
    w.start()
    w.wait_ready()

    emitted = asyncio.run(
        read_topic(
            broker.bootstrap,
            "trend_stream",
            lambda got: len({(t["movie_id"], t["window_end"]) for t in got}) >= len(expected),
            timeout=240,
        )
    )
    by_key: dict[tuple[int, int], list[dict]] = {}
    for t in emitted:
        by_key.setdefault((t["movie_id"], int(t["window_end"])), []).append(t)
    lost = sorted(set(expected) - set(by_key))
    re_emitted = sum(len(v) - 1 for v in by_key.values())
    double_counted = [
        k for k, v in by_key.items() if k in expected and any(t["mentions"] > expected[k].mentions for t in v)
    ]
    wrong = [
        k
        for k, v in by_key.items()
        if k in expected and any(t["mentions"] != expected[k].mentions for t in v)
    ]
    dup_events = metric_value(w.url, "trendscope_duplicate_events_total") or 0
    print(
        f"\nkilled after {read_before:.0f}/{len(comments)} comments read; windows expected {len(expected)}, "
        f"lost {len(lost)}, identical re-emissions {re_emitted}, double-counted windows {len(double_counted)}, "
        f"replayed events skipped as duplicates after restart {dup_events:.0f}"
    )
    if lost:
        movie = lost[0][0]
        status, body = http_json(f"{w.url}/trends/{movie}?limit=1000")
        held = len(body.get("trends", [])) if status == 200 else status
        _, health = http_json(f"{w.url}/health")
        raise AssertionError(
            f"{len(lost)} windows lost, e.g. {lost[:5]}; the worker's lookup holds {held} windows of movie "
            f"{movie}\nhealth: {health}\n{w.log_tail(30)}"
        )
    assert not double_counted, f"double counts in {double_counted[:5]}"
    assert not wrong, "wrong mentions (window: expected, emitted in order): " + "; ".join(
        f"{k}: {expected[k].mentions}, {[t['mentions'] for t in by_key[k]]}" for k in sorted(wrong)[:8]
    )
    assert not set(by_key) - set(expected)
    for key, results in by_key.items():
        assert all(r == results[0] for r in results), f"re-emissions of {key} differ"


def _local_rows(tables: Path) -> tuple[Path, bytes, dict]:
    """A TrendScore row of the local ``trend_windows`` store: its database, key and value."""
    import rocksdict

    for db_path in sorted(tables.glob("trend_windows-*.db")):
        db = rocksdict.Rdict(str(db_path), options=rocksdict.Options(raw_mode=True))
        try:
            for key, value in db.items():
                if key.startswith(b"["):
                    return db_path, key, json.loads(value)
        finally:
            db.close()
    raise AssertionError(f"no trend_windows row under {tables}")


def test_writes_that_never_reached_a_changelog_do_not_survive_a_kill(broker, workers, tmp_path):
    """A kill -9 can leave local writes whose changelog records were never sent; Faust's recovery would keep
    them, mixed with older changelog records replayed over them. After an unclean stop the worker rebuilds
    its tables from the changelogs alone. The test plants such a write (a TrendScore row of a window that
    never existed) in the dead worker's local store, as a kill between the local write and its changelog
    record leaves it, and reads the movie's history from the restarted worker. A clean stop keeps the store.
    """
    spec = SampleSpec(n_comments=1500, n_movies=5, duration_s=600.0, seed=5, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    expected = expected_trends(comments, snapshots, truth)
    w = spawn(workers, broker, tmp_path, "w")
    w.wait_ready()
    replay_into(broker, tmp_path, comments, snapshots, [w.url])
    movie = max(m for m, _ in expected)
    ends = sorted(end for m, end in expected if m == movie)

    def served() -> list[int]:
        status, body = http_json(f"{w.url}/trends/{movie}?limit=1000")
        if status != 200:
            return []
        return sorted(int(dt.datetime.fromisoformat(t["window_end"]).timestamp()) for t in body["trends"])

    wait_until(lambda: served() == ends, 120, f"movie {movie}'s {len(ends)} windows served")
    marker = w.data_dir / "faust" / "worker.running"
    assert marker.exists()

    # A clean stop removes the marker; the restart keeps the local store and says nothing of a rebuild.
    w.stop()
    assert w.proc is not None and w.proc.returncode == 0, w.log_tail()
    assert not marker.exists()
    w.start()
    w.wait_ready()
    wait_until(lambda: served() == ends, 60, f"movie {movie}'s windows served after a clean restart")
    assert "did not stop cleanly" not in w.log_path.read_text(errors="replace")

    w.kill()
    assert marker.exists()
    tables = w.data_dir / "faust" / "v1" / "tables"
    db_path, key, row = _local_rows(tables)
    phantom_end = int(row["window_end"]) + 3600 * 24 * 365
    phantom = {**row, "movie_id": movie, "window_end": phantom_end}
    import rocksdict

    db = rocksdict.Rdict(str(db_path), options=rocksdict.Options(raw_mode=True))
    # The key in the store's own form: [movie id, window end] as the worker's JSON serializer writes it.
    _, end = json.loads(key)
    sep = (", ", ": ") if b", " in key else (",", ":")
    phantom_key = json.dumps([movie, type(end)(phantom_end)], separators=sep).encode()
    db[phantom_key] = json.dumps(phantom).encode()
    db.close()

    w.start()
    w.wait_ready()
    wait_until(lambda: ends[-1] in served(), 120, f"movie {movie}'s history served after the kill")
    assert served() == ends, f"served windows {served()} != the stream's {ends} (phantom {phantom_end})"
    assert "did not stop cleanly" in w.log_path.read_text(errors="replace")
