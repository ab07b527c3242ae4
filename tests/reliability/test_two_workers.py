"""Two workers split the partitions; one stops; the survivor takes over its partitions and state."""

from __future__ import annotations

import asyncio
import math
import time

import pytest

from tests.support import (
    assigned,
    committed_offsets,
    expected_trends,
    http_json,
    metric_samples,
    metric_value,
    read_topic,
    spawn,
    wait_until,
)
from trendscope_app.cli.commands import run_replay
from trendscope_app.datasets.sample import SampleSpec, generate, write_jsonl
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e

# Live-like watermark: quiet input closes nothing early (a flush would make phase 2's events late), with
# the default idle timeout, as a user runs it: every window the test checks closes by the data alone.
LIVE = {"IDLE_WATERMARK_RATE": "0.001"}


def movie_events_partitions(url: str) -> list[int]:
    return assigned(url, "movie_events")


def comment_partitions(url: str) -> list[int]:
    return assigned(url, "reddit_stream")


def comment_lag_and_commits(url: str) -> tuple[list[float | None], list[int | None]]:
    """The worker's ``trendscope_consumer_lag`` and ``/health`` committed offset of each comment partition."""
    lag = [
        metric_value(url, "trendscope_consumer_lag", topic="reddit_stream", partition=str(p))
        for p in range(4)
    ]
    _, health = http_json(f"{url}/health")
    comments = health["fetch"]["comments"]
    return lag, [comments.get(f"reddit_stream:{p}", {}).get("committed") for p in range(4)]


def movie_gauges(url: str) -> dict[int, float]:
    """``trendscope_movie_trend_score`` of every movie on the worker's ``/metrics``."""
    return {
        int(labels.split('movie_id="')[1].split('"')[0]): value
        for labels, value in metric_samples(url, "trendscope_movie_trend_score") or ()
    }


def lookups_agree(urls: list[str], expected: dict, ends_done: set[int]) -> bool:
    """Every movie's newest closed window, asked from each worker, equals the oracle."""
    for movie in {m for m, _ in expected}:
        newest = max(e for m, e in expected if m == movie and e in ends_done)
        for url in urls:
            status, body = http_json(f"{url}/trends/{movie}?limit=1")
            if status != 200:
                return False
            got = body["trends"][0]
            exp = expected[(movie, newest)]
            if got["window_end"] != time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(newest)):
                return False
            if got["mentions"] != exp.mentions or not math.isclose(
                got["trend_score"], exp.trend_score, abs_tol=1e-6
            ):
                return False
    return True


def test_two_workers_split_then_survivor_takes_over(broker, workers, tmp_path):
    spec = SampleSpec(n_comments=12_000, n_movies=20, duration_s=1800.0, seed=31, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    half = spec.start + spec.duration_s / 2
    for phase, keep in (("1", lambda t: t < half), ("2", lambda t: t >= half)):
        write_jsonl(tmp_path / f"c{phase}.jsonl", [c for c in comments if keep(c["created_utc"])])
        write_jsonl(tmp_path / f"t{phase}.jsonl", [s for s in snapshots if keep(s["fetched_at"])])
    grace = 10.0
    newest = max(max(c["created_utc"] for c in comments), max(s["fetched_at"] for s in snapshots))
    last_end = math.floor((newest - grace) / 60) * 60
    expected = expected_trends(comments, snapshots, truth, last_end=last_end)

    w1 = spawn(workers, broker, tmp_path, "w1", **LIVE)
    w2 = spawn(workers, broker, tmp_path, "w2", **LIVE)
    w1.wait_ready()
    w2.wait_ready()
    wait_until(
        lambda: (
            movie_events_partitions(w1.url)
            and movie_events_partitions(w2.url)
            and sorted(movie_events_partitions(w1.url) + movie_events_partitions(w2.url)) == [0, 1, 2, 3]
        ),
        90,
        "both workers to share the four movie_events partitions",
    )
    # Comments are read by their own consumer group (agents/comments.py); it settles separately.
    wait_until(
        lambda: (
            sorted(comment_partitions(w1.url) + comment_partitions(w2.url)) == [0, 1, 2, 3]
            and comment_partitions(w1.url)
            and comment_partitions(w2.url)
        ),
        90,
        "both workers to share the four reddit_stream partitions",
    )
    split = (movie_events_partitions(w1.url), movie_events_partitions(w2.url))
    s = load_settings(_env_file=None, topic_partitions=4)
    urls = [w1.url, w2.url]
    asyncio.run(
        run_replay(s, broker.bootstrap, tmp_path / "c1.jsonl", tmp_path / "t1.jsonl", speed=0, web_urls=urls)
    )

    # Phase 1: windows closed by data alone; both workers answer every movie with the oracle's numbers.
    phase1_last = math.floor((half - 300 - grace) / 60) * 60
    ends1 = {e for _, e in expected if e <= phase1_last}
    wait_until(lambda: lookups_agree(urls, expected, ends1), 120, "both workers to agree with the oracle")

    # Stop one worker; time until the survivor owns every partition.
    stopped_at = time.monotonic()
    w2.stop()
    wait_until(lambda: movie_events_partitions(w1.url) == [0, 1, 2, 3], 60, "survivor to own all partitions")
    failover_s = time.monotonic() - stopped_at
    print(f"\npartitions split {split}; failover to the survivor took {failover_s:.1f} s")
    assert failover_s <= 30, f"failover took {failover_s:.1f} s"

    # Phase 1 is read and committed, and nothing new has come: the survivor must say so for every comment
    # partition, the ones it kept through the rebalance as well as the ones it took over. Once showed the
    # kept ones' whole log as lag until new comments came (a false TrendScopeConsumerLagHigh when quiet).
    wait_until(
        lambda: comment_partitions(w1.url) == [0, 1, 2, 3], 60, "survivor to own every comment partition"
    )
    # Every movie's per-movie gauges too: a rebalance dropped them all, and they came back only with the
    # movie's next window, which a quiet hour does not close.
    newest = {m: http_json(f"{w1.url}/trends/{m}?limit=1")[1]["trends"][0] for m in {m for m, _ in expected}}
    wait_until(
        lambda: movie_gauges(w1.url) == {m: t["trend_score"] for m, t in newest.items()},
        30,
        "the survivor's trendscope_movie_trend_score to show every movie's newest window",
    )
    committed = committed_offsets(broker.bootstrap, "trendscope-comments", "reddit_stream", 4)
    wait_until(
        lambda: comment_lag_and_commits(w1.url) == ([0, 0, 0, 0], committed),
        30,
        f"the survivor's comment lag to be 0 and its /health commits {committed}",
    )

    # Phase 2 goes through the survivor alone, including the partitions (and state) it took over.
    asyncio.run(
        run_replay(
            s, broker.bootstrap, tmp_path / "c2.jsonl", tmp_path / "t2.jsonl", speed=0, web_urls=[w1.url]
        )
    )
    emitted = asyncio.run(
        read_topic(
            broker.bootstrap,
            "trend_stream",
            lambda got: len({(t["movie_id"], t["window_end"]) for t in got}) >= len(expected),
            timeout=180,
        )
    )
    seen: dict[tuple[int, int], dict] = {}
    for t in emitted:
        key = (t["movie_id"], int(t["window_end"]))
        assert key in expected, f"unexpected window {key}"
        assert t["mentions"] == expected[key].mentions, (key, t, expected[key])
        assert math.isclose(t["trend_score"], expected[key].trend_score, abs_tol=1e-6)
        seen[key] = t
    missing = sorted(set(expected) - set(seen))
    assert not missing, f"{len(missing)} windows never emitted, e.g. {missing[:5]}"
    wait_until(lambda: lookups_agree([w1.url], expected, {e for _, e in expected}), 60, "survivor lookups")
