"""kill -9 the worker at a random point of a replay, restart it, and check nothing is lost or double counted.

Aggregates are idempotent: every mention carries its source (partition, offset) and a movie's state keeps
the highest offset applied per source partition, so events re-read after the crash are skipped.
"""

from __future__ import annotations

import asyncio
import random
import shutil

import pytest

from tests.e2e.conftest import spawn
from tests.support import expected_trends, http_json, metric_value, read_topic, wait_until
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
