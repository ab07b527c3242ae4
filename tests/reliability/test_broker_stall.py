"""A stalled broker looks like the end of input, and must not be taken for it.

The broker is frozen with SIGSTOP for longer than ``IDLE_TIMEOUT_S`` in the middle of a paced replay, then
resumed with SIGCONT. While it is frozen no fetch response comes, so no input may count as idle, no window
may close early and, after it, none of the backlog may be late: every window equals the oracle's.
"""

from __future__ import annotations

import asyncio
import math
import os
import random
import signal
import threading
import time

import pytest

from tests.e2e.conftest import spawn
from tests.support import expected_trends, http_json, metric_value, read_topic, wait_until
from trendscope_app.cli.commands import run_replay
from trendscope_app.datasets.sample import SampleSpec, generate, write_jsonl
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e

IDLE_TIMEOUT_S = 3.0
STALL_S = 10.0
GRACE_S = 10.0


@pytest.mark.parametrize("idle_rate", ["0", "1.0"], ids=["flush-at-end", "live-clock"])
def test_a_broker_stall_closes_no_window_early_and_makes_nothing_late(broker, workers, tmp_path, idle_rate):
    # A TMDB round every 60 s of data, i.e. every second of the paced replay: the snapshot partitions are
    # never quiet for IDLE_TIMEOUT_S before the stall. An input that is idle when its next record comes can
    # see the others' records of a later time read first (a poll round and the comments after it are
    # published together), and at 60x replay speed the 10 s grace is 0.17 s of wall time: that race is not
    # the one this test is about, and in real time the grace absorbs it (docs/windows.md).
    spec = SampleSpec(
        n_comments=8_000, n_movies=12, duration_s=1200.0, seed=41, hard_titles=False, tmdb_interval_s=60.0
    )
    comments, snapshots, truth = generate(spec)
    write_jsonl(tmp_path / "c.jsonl", comments)
    write_jsonl(tmp_path / "t.jsonl", snapshots)
    newest = max(max(c["created_utc"] for c in comments), max(s["fetched_at"] for s in snapshots))
    # The live clock closes the last windows only as wall time passes: compare those closed by data.
    last_end = None if idle_rate == "0" else math.floor((newest - GRACE_S) / 60) * 60
    expected = expected_trends(comments, snapshots, truth, last_end=last_end)

    w = spawn(
        workers, broker, tmp_path, "w", IDLE_WATERMARK_RATE=idle_rate, IDLE_TIMEOUT_S=str(IDLE_TIMEOUT_S)
    )
    w.wait_ready()
    s = load_settings(_env_file=None, topic_partitions=4)
    # Paced: the worker keeps up, so at any moment it has read all the broker holds (what idleness looks at).
    speed = spec.duration_s / 20.0
    replay = threading.Thread(
        target=lambda: asyncio.run(
            run_replay(
                s, broker.bootstrap, tmp_path / "c.jsonl", tmp_path / "t.jsonl", speed=speed, web_urls=[w.url]
            )
        )
    )
    replay.start()
    stall_at = int(len(comments) * random.uniform(0.3, 0.7))
    wait_until(
        lambda: (metric_value(w.url, "trendscope_messages_in_total", topic="reddit_stream") or 0) >= stall_at,
        120,
        f"{stall_at} comments read",
        every=0.1,
    )
    assert broker.pid is not None
    os.kill(broker.pid, signal.SIGSTOP)
    try:
        stalled_at = time.monotonic()
        # The worker notices that the broker stopped answering, and says so.
        wait_until(
            lambda: not http_json(f"{w.url}/health")[1]["broker"]["reachable"], 10, "broker unreachable"
        )
        # From here on the worker has processed what it had fetched: only the silence is left.
        closed_before = metric_value(w.url, "trendscope_windows_closed_total") or 0
        time.sleep(max(0.0, STALL_S - (time.monotonic() - stalled_at)))  # the stall itself is the test input
        closed_during = (metric_value(w.url, "trendscope_windows_closed_total") or 0) - closed_before
        silent = metric_value(w.url, "trendscope_broker_silent_seconds") or 0
    finally:
        os.kill(broker.pid, signal.SIGCONT)
    replay.join(timeout=180)
    assert not replay.is_alive(), "the replay did not finish after the stall"

    emitted = asyncio.run(
        read_topic(
            broker.bootstrap,
            "trend_stream",
            lambda got: (
                len({(t["movie_id"], int(t["window_end"])) for t in got} & set(expected)) >= len(expected)
            ),
            timeout=180,
        )
    )
    late = metric_value(w.url, "trendscope_late_events_total") or 0
    by_key = {(t["movie_id"], int(t["window_end"])): t for t in emitted}
    wrong = [
        k
        for k, e in expected.items()
        if k not in by_key
        or by_key[k]["mentions"] != e.mentions
        or not math.isclose(by_key[k]["trend_score"], e.trend_score, abs_tol=1e-6)
    ]
    print(
        f"\nstall of {STALL_S:.0f} s after {stall_at} comments (IDLE_WATERMARK_RATE={idle_rate}): "
        f"{closed_during:.0f} windows closed during it, broker silent {silent:.1f} s when last seen, "
        f"{late:.0f} late events, {len(wrong)} of {len(expected)} windows wrong"
    )
    assert late == 0, f"{late:.0f} events dropped as late after the stall"
    assert not wrong, "windows wrong after the stall: " + "; ".join(
        f"{k}: expected {expected[k]}, got {by_key.get(k)}" for k in wrong[:5]
    )
    assert closed_during == 0, f"{closed_during:.0f} windows closed while the broker was frozen"
