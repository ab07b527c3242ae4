"""Seven SIGTERMs at random points of a live-paced replay: each stop hands its partitions over in seconds.

Two workers share the partitions; again and again one of them (alternately) gets SIGTERM at a random
moment, must exit within 5 s, and the other must own every partition within 10 s of the signal (a stop
that left its groups silently would wait out the broker's session timeout instead). The stopped worker
is started again before the next round. Afterwards every window the input closed equals the oracle's.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import threading
import time
from typing import Any

import pytest

from tests.support import (
    WorkerProc,
    assigned,
    expected_trends,
    read_topic,
    shared,
    spawn,
    wait_until,
)
from trendscope_app.cli.commands import run_replay
from trendscope_app.datasets.sample import SampleSpec, generate, write_jsonl
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e

# Live-like watermark, as in test_two_workers: quiet input closes nothing early.
LIVE = {"IDLE_WATERMARK_RATE": "0.001", "IDLE_TIMEOUT_S": "3"}
# A round (stop, takeover, restart, rebalance) takes ~20 s: seven of them span the ~150 s replay.
ROUNDS = 7
EXIT_S = 5.0
TAKEOVER_S = 10.0
PARTITIONS = [0, 1, 2, 3]


def owns_all(w: WorkerProc) -> bool:
    return assigned(w.url, "movie_events") == PARTITIONS and assigned(w.url, "reddit_stream") == PARTITIONS


def test_sigterms_mid_replay_each_hand_over_in_seconds_and_change_no_window(broker, workers, tmp_path):
    spec = SampleSpec(n_comments=8000, n_movies=12, duration_s=1800.0, seed=41, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    write_jsonl(tmp_path / "c.jsonl", comments)
    write_jsonl(tmp_path / "t.jsonl", snapshots)
    grace = 10.0
    newest = max(max(c["created_utc"] for c in comments), max(s["fetched_at"] for s in snapshots))
    last_end = math.floor((newest - grace) / 60) * 60
    expected = expected_trends(comments, snapshots, truth, last_end=last_end)

    pair = [spawn(workers, broker, tmp_path, name, **LIVE) for name in ("a", "b")]
    for w in pair:
        w.wait_ready()
    wait_until(lambda: shared(*pair), 90, "both workers to share every partition")

    # The input arrives at ~12x real time (~150 s) while the workers are stopped and started under it.
    s = load_settings(_env_file=None, topic_partitions=4)
    failure: list[BaseException] = []

    def feed() -> None:
        try:
            asyncio.run(
                run_replay(
                    s,
                    broker.bootstrap,
                    tmp_path / "c.jsonl",
                    tmp_path / "t.jsonl",
                    speed=12.0,
                    web_urls=[w.url for w in pair],
                )
            )
        except BaseException as err:  # reported by the main thread
            failure.append(err)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()

    rounds: list[tuple[float, float]] = []
    for i in range(ROUNDS):
        stopping, survivor = pair[i % 2], pair[(i + 1) % 2]
        time.sleep(random.uniform(0.0, 4.0))  # a random point of the processing, not a wait for anything
        assert stopping.proc is not None
        signalled = time.monotonic()
        stopping.proc.terminate()
        stopping.proc.wait(timeout=30)
        exit_s = time.monotonic() - signalled
        wait_until(lambda w=survivor: owns_all(w), 60, f"round {i}: the survivor to own every partition")
        takeover_s = time.monotonic() - signalled
        rounds.append((exit_s, takeover_s))
        assert stopping.proc.returncode == 0, f"round {i}: exit code {stopping.proc.returncode}\n" + (
            stopping.log_tail(40)
        )
        assert "did not stop cleanly" not in stopping.log_tail(400)
        stopping.start()
        stopping.wait_ready()
        wait_until(lambda: shared(*pair), 90, f"round {i}: both workers to share every partition again")

    exits, takeovers = [r[0] for r in rounds], [r[1] for r in rounds]
    print(
        f"\n{ROUNDS} SIGTERMs: exit {min(exits):.1f}-{max(exits):.1f} s, "
        f"takeover {min(takeovers):.1f}-{max(takeovers):.1f} s"
    )
    assert max(exits) <= EXIT_S, rounds
    assert max(takeovers) <= TAKEOVER_S, rounds

    feeder.join(timeout=300)
    assert not feeder.is_alive(), "the replay did not finish"
    assert not failure, failure
    emitted = asyncio.run(
        read_topic(
            broker.bootstrap,
            "trend_stream",
            lambda got: (
                len({(t["movie_id"], t["window_end"]) for t in got} & expected.keys()) >= len(expected)
            ),
            timeout=180,
        )
    )
    by_key: dict[tuple[int, int], list[dict]] = {}
    for t in emitted:
        by_key.setdefault((t["movie_id"], int(t["window_end"])), []).append(t)
    missing = sorted(set(expected) - set(by_key))
    assert not missing, f"{len(missing)} windows never emitted, e.g. {missing[:5]}"
    wrong = [
        k
        for k in expected
        if any(
            t["mentions"] != expected[k].mentions
            or not math.isclose(t["trend_score"], expected[k].trend_score, abs_tol=1e-6)
            for t in by_key[k]
        )
    ]
    if wrong:
        # Once seen (a movie's first five windows one short, each emitted once): window-state writes still in
        # Faust's producer buffer at the stop were dropped after their input offsets were committed (fixed in
        # broker/faust_fixes.py). Says where a missing mention went: not in the input topic, not published
        # by ingest, or dropped by the window stage (whose late-event warnings are in the workers' logs).
        pytest.fail(
            "windows that differ from the oracle: "
            + "; ".join(
                f"{k}: {expected[k].mentions} mentions, emitted {[t['mentions'] for t in by_key[k]]}"
                for k in wrong[:8]
            )
            + "\n"
            + where_mentions_went(broker.bootstrap, comments, truth, {k[0] for k in wrong})
            + "\n"
            + state_history(broker.bootstrap, wrong[0][0], wrong[0][1])
            + "\n"
            + "\n".join(
                line for w in pair for line in w.log_tail(100_000).splitlines() if "late event" in line
            )
        )


def where_mentions_went(
    bootstrap: str, comments: list[dict], truth: dict[str, tuple[int, ...]], movies: set[int]
) -> str:
    """For the given movies: mentions in the sample, comments of theirs missing from the input topic, and
    mentions published to movie_events (distinct input offsets)."""
    n = len(comments)
    topic = asyncio.run(read_topic(bootstrap, "reddit_stream", lambda got: len(got) >= n, timeout=60))
    in_topic = {c["id"] for c in topic}
    events = asyncio.run(
        read_topic(
            bootstrap, "movie_events", lambda got: False, timeout=10, decode=lambda r: json.loads(r.value)
        )
    )
    published: dict[int, set[tuple[str, int]]] = {m: set() for m in movies}
    for e in events:
        for source, offset, movie_id, *_ in e.get("m", []):
            if movie_id in published:
                published[movie_id].add((source, offset))
    lines = []
    for m in sorted(movies):
        mine = [c["id"] for c in comments if m in truth[c["id"]]]
        absent = [cid for cid in mine if cid not in in_topic]
        lines.append(
            f"movie {m}: {len(mine)} mentions in the sample, {len(absent)} of their comments not in "
            f"reddit_stream {absent[:5]}, {len(published[m])} published to movie_events"
        )
    return "\n".join(lines)


def state_history(bootstrap: str, movie: int, window_end: int) -> str:
    """How one movie's saved state counted the five minutes before ``window_end``, record by record of the
    window-state changelog, beside the movie's mentions of those minutes on movie_events in arrival order:
    says whether a mention never reached a saved state or a later state was saved from an older one."""

    def decode(r: Any) -> tuple[int, int, float, Any, Any]:
        key = json.loads(r.key) if r.key else None
        return r.partition, r.offset, r.timestamp / 1000, key, json.loads(r.value) if r.value else None

    records = asyncio.run(
        read_topic(
            bootstrap, "trendscope-window_state-changelog", lambda got: False, timeout=10, decode=decode
        )
    )
    lines = [
        f"window-state records of movie {movie} (changelog offset, time, mentions before {window_end}, applied):"
    ]
    for partition, offset, ts, key, value in sorted(records, key=lambda r: (r[0], r[1])):
        if key != movie or value is None:
            continue
        counted = sum(p[1] for p in value["p"] if window_end - 300 <= p[0] < window_end)
        lines.append(f"  {partition}/{offset} {ts:.3f} {counted} {sorted(value['a'].items())}")
    events = asyncio.run(
        read_topic(
            bootstrap,
            "movie_events",
            lambda got: False,
            timeout=10,
            decode=lambda r: (r.partition, r.offset, r.timestamp / 1000, json.loads(r.value)),
        )
    )
    lines.append(
        f"movie_events mentions of movie {movie} in those minutes (partition/offset, time, source@offset):"
    )
    for partition, offset, ts, e in sorted(events, key=lambda r: (r[0], r[1])):
        got = [
            f"{m[0]}@{m[1]}"
            for m in e.get("m", [])
            if m[2] == movie and window_end - 300 <= m[3] < window_end
        ]
        if got:
            lines.append(f"  {partition}/{offset} {ts:.3f} {' '.join(got)}")
    return "\n".join(lines)
