"""End to end: generated input with known ground truth -> embedded broker -> real worker -> trend_stream.

Every emitted TrendScore is compared with an independent computation (``tests.support.expected_trends``).
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import pytest

from tests.e2e.conftest import spawn
from tests.support import expected_trends, http_json, metric_value, read_topic, replay_into
from trendscope_app.sources.sample import SampleSpec, generate

pytestmark = pytest.mark.e2e


def _check_against_oracle(emitted: list[dict], expected: dict) -> None:
    seen: dict[tuple[int, int], dict] = {}
    duplicates = 0
    for t in emitted:
        key = (t["movie_id"], int(t["window_end"]))
        if key in seen:
            duplicates += 1
            assert seen[key] == t, f"two different results for {key}"
        seen[key] = t
    assert duplicates == 0, f"{duplicates} windows emitted more than once"
    missing = sorted(set(expected) - set(seen))
    extra = sorted(set(seen) - set(expected))
    assert not missing, f"{len(missing)} expected (movie, window) never emitted, e.g. {missing[:5]}"
    assert not extra, f"{len(extra)} unexpected (movie, window) emitted, e.g. {extra[:5]}"
    for key, exp in expected.items():
        got = seen[key]
        assert got["mentions"] == exp.mentions, (key, got, exp)
        assert got["window_start"] == exp.window_end - 300
        assert math.isclose(got["avg_sentiment"], exp.avg_sentiment, abs_tol=1e-9), (key, got, exp)
        assert math.isclose(got["popularity"], exp.popularity, abs_tol=1e-9), (key, got, exp)
        assert math.isclose(got["trend_score"], exp.trend_score, abs_tol=1e-6), (key, got, exp)


def _run(
    broker, workers, tmp_path: Path, spec: SampleSpec, timeout: float
) -> tuple[list[dict], dict, object]:
    comments, snapshots, truth = generate(spec)
    w = spawn(workers, broker, tmp_path, "w1")
    w.wait_ready()
    replay_into(broker, tmp_path, comments, snapshots, [w.url])
    expected = expected_trends(comments, snapshots, truth)
    emitted = asyncio.run(
        read_topic(broker.bootstrap, "trend_stream", lambda got: len(got) >= len(expected), timeout=timeout)
    )
    import urllib.request

    with urllib.request.urlopen(f"{w.url}/metrics", timeout=5) as r:
        counters = [
            ln for ln in r.read().decode().splitlines() if ln.startswith("trendscope_") and "_total" in ln
        ]
    print("\n" + "\n".join(counters))
    return emitted, expected, w


def test_replay_yields_exactly_the_independently_computed_trendscores(broker, workers, tmp_path):
    spec = SampleSpec(n_comments=6000, n_movies=20, duration_s=1200.0, seed=11)
    emitted, expected, w = _run(broker, workers, tmp_path, spec, timeout=120)
    n_windows = len({k[1] for k in expected})
    print(f"\n{len(emitted)} TrendScores emitted, {len(expected)} expected over {n_windows} windows")
    _check_against_oracle(emitted, expected)

    # The lookups answer with the same numbers.
    last_end = max(k[1] for k in expected)
    status, top = http_json(f"{w.url}/trends/top?limit=5")
    assert status == 200, top
    want = sorted((e for e in expected.values() if e.window_end == last_end), key=lambda e: -e.trend_score)[
        :5
    ]
    assert [t["movie_id"] for t in top["trends"]] == [e.movie_id for e in want]
    assert top["window_end"] == top["trends"][0]["window_end"]
    movie = want[0].movie_id
    status, hist = http_json(f"{w.url}/trends/{movie}?limit=3")
    assert status == 200, hist
    assert len(hist["trends"]) == 3
    ends = [e for (m, e) in sorted(expected, key=lambda k: -k[1]) if m == movie][:3]
    assert [t["mentions"] for t in hist["trends"]] == [expected[(movie, e)].mentions for e in ends]
    assert http_json(f"{w.url}/trends/999999999/")[0] == 404
    assert http_json(f"{w.url}/trends/abc/")[0] == 400
    assert http_json(f"{w.url}/trends/top?limit=0")[0] == 400

    # RocksDB's own accounting is exported: one shared cache of the configured budget, memtables per table.
    assert metric_value(w.url, "trendscope_rocksdb_cache_bytes", kind="capacity") == 16 * 1024 * 1024
    assert 0 < metric_value(w.url, "trendscope_rocksdb_cache_bytes", kind="usage") <= 32 * 1024 * 1024
    for table in ("catalog", "window_state", "trends", "forecast_state", "predictions"):
        assert (
            metric_value(w.url, "trendscope_rocksdb_memory_bytes", table=table, kind="memtables") is not None
        )
    assert metric_value(w.url, "trendscope_rocksdb_memory_bytes", table="window_state", kind="memtables") > 0

    # The started worker's heap (Faust, aiokafka, River, VADER, MLflow: a few 100k objects) was frozen
    # before comments were read, and the collector's own counts are exported.
    assert metric_value(w.url, "trendscope_gc_frozen_objects") > 100_000
    assert metric_value(w.url, "python_gc_collections_total", generation="0") > 0


@pytest.mark.slow
def test_one_hour_60k_comments_50_movies(broker, workers, tmp_path):
    spec = SampleSpec(n_comments=60_000, n_movies=50, duration_s=3600.0, seed=7)
    emitted, expected, w = _run(broker, workers, tmp_path, spec, timeout=400)
    print(f"\n60k replay: {len(emitted)} TrendScores emitted, {len(expected)} expected")
    _check_against_oracle(emitted, expected)
    status, top = http_json(f"{w.url}/trends/top?limit=50")
    assert status == 200 and len(top["trends"]) == 50
