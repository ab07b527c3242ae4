"""Every row a user can read: each movie's whole lookup history, from every worker, equals the topics.

A 60k-comment replay on 4 partitions with two workers, in the sample's hard form (a third of the titles
are ordinary words, written the ways people write them). For every movie, ``/trends/{id}`` (its whole
``TREND_HISTORY``) and ``/predictions/{id}`` (its whole ``FORECAST_HISTORY``) are read from both workers
and compared, window by window and field by field, with what was emitted on ``trend_stream`` and
``predictions``: from the survivor after the other worker is killed with SIGKILL in the middle of the
replay, and from both once it is back. ``/trends/top`` must list exactly the newest window's TrendScores,
and ``/trends/{id}/history`` and ``/predictions/{id}/history`` (one SQLite store for both workers, as in
the demo) every window and forecast of the topics. Every forecast's ``status`` on both routes equals what
the topics say it should be once the replay has settled (:func:`with_status`).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.support import (
    expected_trends,
    http_json,
    metric_value,
    read_to_end,
    replay_into,
    spawn,
    wait_until,
)
from trendscope_app.datasets.sample import SampleSpec, generate

pytestmark = pytest.mark.e2e

TREND_HISTORY = 120
FORECAST_HISTORY = 60


def iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def assigned(url: str, topic: str) -> list[int]:
    try:
        status, body = http_json(f"{url}/health", timeout=5)
    except OSError:  # a worker busy starting up answers late: not ready yet
        return []
    return body.get("assigned", {}).get(topic, []) if status == 200 else []


def share_partitions(urls: list[str]) -> bool:
    for topic in ("movie_events", "reddit_stream", "trend_stream"):
        parts = [assigned(u, topic) for u in urls]
        if not all(parts) or sorted(p for ps in parts for p in ps) != [0, 1, 2, 3]:
            return False
    return True


def topic_trends(records: list[dict[str, Any]]) -> dict[int, dict[float, dict[str, Any]]]:
    """Movie -> window end -> TrendScore, as emitted (a window emitted twice must be emitted identically)."""
    out: dict[int, dict[float, dict[str, Any]]] = {}
    for t in records:
        mine = out.setdefault(t["movie_id"], {})
        old = mine.get(t["window_end"])
        assert old is None or old == t, f"window emitted twice with different values: {old} vs {t}"
        mine[t["window_end"]] = t
    return out


def topic_predictions(records: list[dict[str, Any]]) -> dict[int, dict[float, dict[str, Any]]]:
    """Movie -> target window end -> the newest record of that forecast (a scored one replaces it)."""
    out: dict[int, dict[float, dict[str, Any]]] = {}
    for f in records:
        out.setdefault(f["movie_id"], {})[f["target_window_end"]] = f
    return out


def with_status(
    predictions: dict[int, dict[float, dict[str, Any]]], trends: dict[int, dict[float, dict[str, Any]]]
) -> dict[int, dict[float, dict[str, Any]]]:
    """Each forecast with the ``status`` a user should read once the replay has settled: ``scored`` with an
    actual; else ``pending`` for the movie's newest forecast while its window has not closed or closed
    complete (it is scored in a moment); else ``unscored`` (its window closed partial, or never came)."""
    out: dict[int, dict[float, dict[str, Any]]] = {}
    for movie, forecasts in predictions.items():
        newest = max(forecasts)
        mine = out[movie] = {}
        for end, f in forecasts.items():
            target = trends.get(movie, {}).get(end)
            if f["actual"] is not None:
                status = "scored"
            elif end == newest and (target is None or target["complete"]):
                status = "pending"
            else:
                status = "unscored"
            mine[end] = {**f, "status": status}
    return out


def trend_mismatches(url: str, emitted: dict[int, dict[float, dict[str, Any]]]) -> list[str]:
    problems: list[str] = []
    for movie, windows in sorted(emitted.items()):
        want = [windows[e] for e in sorted(windows, reverse=True)[:TREND_HISTORY]]
        status, body = http_json(f"{url}/trends/{movie}?limit={TREND_HISTORY}")
        if status != 200:
            problems.append(f"{url} movie {movie}: HTTP {status} {body}")
            continue
        got = body["trends"]
        if [g["window_end"] for g in got] != [iso(w["window_end"]) for w in want]:
            missing = sorted({iso(w["window_end"]) for w in want} - {g["window_end"] for g in got})
            problems.append(
                f"{url} movie {movie}: {len(got)} of {len(want)} windows served, missing {missing[:6]}"
            )
            continue
        for g, w in zip(got, want, strict=True):
            for k in (
                "movie_id",
                "title",
                "mentions",
                "avg_sentiment",
                "popularity",
                "trend_score",
                "complete",
            ):
                if g[k] != w[k]:
                    problems.append(f"{url} movie {movie} window {g['window_end']}: {k} {g[k]} != {w[k]}")
    return problems


def prediction_mismatches(url: str, emitted: dict[int, dict[float, dict[str, Any]]]) -> list[str]:
    problems: list[str] = []
    for movie, forecasts in sorted(emitted.items()):
        want = [forecasts[e] for e in sorted(forecasts, reverse=True)[:FORECAST_HISTORY]]
        status, body = http_json(f"{url}/predictions/{movie}?limit={FORECAST_HISTORY}")
        if status != 200:
            problems.append(f"{url} movie {movie}: HTTP {status} {body}")
            continue
        got = body["predictions"]
        if [g["target_window_end"] for g in got] != [iso(w["target_window_end"]) for w in want]:
            problems.append(f"{url} movie {movie}: {len(got)} of {len(want)} forecasts served")
            continue
        for g, w in zip(got, want, strict=True):
            for k in ("predicted", "baseline", "actual", "error", "model_version", "status"):
                if g[k] != w[k]:
                    problems.append(f"{url} movie {movie} {g['target_window_end']}: {k} {g[k]} != {w[k]}")
    return problems


def history_mismatches(url: str, key: str, emitted: dict[int, dict[float, dict[str, Any]]]) -> list[str]:
    """``/{key}/{id}/history``: every row the store holds for each movie, newest first, equals the topic."""
    end_key, fields = (
        ("window_end", ("mentions", "avg_sentiment", "popularity", "trend_score", "complete"))
        if key == "trends"
        else ("target_window_end", ("predicted", "baseline", "actual", "error", "model_version", "status"))
    )
    problems: list[str] = []
    for movie, rows in sorted(emitted.items()):
        want = [rows[e] for e in sorted(rows, reverse=True)]
        status, body = http_json(f"{url}/{key}/{movie}/history?limit=1000")
        if status != 200:
            problems.append(f"{url} {key} history of movie {movie}: HTTP {status} {body}")
            continue
        got = body[key]
        if [g[end_key] for g in got] != [iso(w[end_key]) for w in want]:
            missing = sorted({iso(w[end_key]) for w in want} - {g[end_key] for g in got})
            problems.append(
                f"{url} {key} history of movie {movie}: {len(got)} of {len(want)} rows, missing {missing[:6]}"
            )
            continue
        problems.extend(
            f"{url} {key} history of movie {movie} {g[end_key]}: {k} {g[k]} != {w[k]}"
            for g, w in zip(got, want, strict=True)
            for k in fields
            if g[k] != w[k]
        )
    return problems


def top_mismatches(url: str, emitted: dict[int, dict[float, dict[str, Any]]], partial: bool) -> list[str]:
    """``/trends/top`` lists exactly the newest window's TrendScores: by default the newest window whose
    TrendScores are all complete, with ``partial=true`` the newest of any kind."""
    by_end: dict[float, list[dict[str, Any]]] = {}
    for windows in emitted.values():
        for end, t in windows.items():
            by_end.setdefault(end, []).append(t)
    ends = sorted(by_end, reverse=True)
    if not partial:
        ends = [e for e in ends if all(t["complete"] for t in by_end[e])]
    newest = ends[0]
    want = sorted(by_end[newest], key=lambda t: (-t["trend_score"], t["movie_id"]))
    status, body = http_json(f"{url}/trends/top?limit=1000" + ("&partial=true" if partial else ""))
    if status != 200:
        return [f"{url} top: HTTP {status}"]
    got = body["trends"]
    if body["window_end"] != iso(newest) or [g["movie_id"] for g in got] != [w["movie_id"] for w in want]:
        return [
            f"{url} top (partial={partial}): window {body['window_end']} with {len(got)} movies, "
            f"want {iso(newest)} with {len(want)}"
        ]
    return [
        f"{url} top movie {g['movie_id']}: {k} {g[k]} != {w[k]}"
        for g, w in zip(got, want, strict=True)
        for k in ("trend_score", "mentions", "complete")
        if g[k] != w[k]
    ]


def assert_lookups_equal_topics(broker: Any, urls: list[str], n_windows: int, when: str) -> None:
    """Wait (bounded) until every lookup row on every worker equals the topics; fail with the differences."""
    last: list[str] = []

    def agree() -> bool:
        trends = topic_trends(read_to_end(broker.bootstrap, "trend_stream"))
        if sum(len(w) for w in trends.values()) < n_windows:
            last[:] = [f"trend_stream holds {sum(len(w) for w in trends.values())} of {n_windows} windows"]
            return False
        predictions = with_status(topic_predictions(read_to_end(broker.bootstrap, "predictions")), trends)
        last[:] = []
        for url in urls:
            last.extend(trend_mismatches(url, trends))
            last.extend(prediction_mismatches(url, predictions))
            last.extend(top_mismatches(url, trends, partial=False))
            last.extend(top_mismatches(url, trends, partial=True))
            last.extend(history_mismatches(url, "trends", trends))
            last.extend(history_mismatches(url, "predictions", predictions))
        return not last

    try:
        wait_until(agree, 150, f"lookups equal to the topics {when}", every=2.0)
    except AssertionError as e:
        raise AssertionError(f"{e}: {len(last)} differences, e.g.\n" + "\n".join(last[:25])) from None
    print(
        f"\n{when}: every trend, prediction, top and history row on {len(urls)} worker(s) equals the topics"
    )


def emitted_so_far(urls: list[str]) -> float:
    return sum(metric_value(u, "trendscope_trendscores_emitted_total") or 0.0 for u in urls)


def test_every_lookup_row_equals_the_topics_on_both_workers_and_after_kill(broker, workers, tmp_path):
    spec = SampleSpec(n_comments=60_000, n_movies=50, duration_s=3600.0, seed=11)
    comments, snapshots, truth = generate(spec)
    n_windows = len(expected_trends(comments, snapshots, truth))

    # One history store for both, as the demo has (and a deployment's Cassandra).
    shared = {"SQLITE_PATH": str(tmp_path / "history.sqlite3")}
    w1 = spawn(workers, broker, tmp_path, "w1", **shared)
    w2 = spawn(workers, broker, tmp_path, "w2", **shared)
    w1.wait_ready()
    w2.wait_ready()
    wait_until(
        lambda: share_partitions([w1.url, w2.url]), 120, "both workers to share every topic's partitions"
    )
    replay_into(broker, tmp_path, comments, snapshots, [w1.url, w2.url])
    # One worker is killed while both are emitting windows and writing the lookup tables.
    wait_until(lambda: emitted_so_far([w1.url, w2.url]) >= n_windows / 4, 120, "a quarter of the windows")
    w2.kill()
    wait_until(
        lambda: assigned(w1.url, "movie_events") == [0, 1, 2, 3], 90, "the survivor to own all partitions"
    )
    assert_lookups_equal_topics(broker, [w1.url], n_windows, "after kill -9 mid-replay, from the survivor")

    w2.start()
    w2.wait_ready()
    wait_until(lambda: share_partitions([w1.url, w2.url]), 120, "the restarted worker to rejoin")
    assert_lookups_equal_topics(
        broker, [w1.url, w2.url], n_windows, "two workers, after the killed one restarted"
    )
