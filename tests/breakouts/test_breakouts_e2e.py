"""End to end: breakouts from a real worker, on the ``breakouts`` topic and in the API, across a kill -9.

The oracle is the detector run offline over the very ``trend_stream`` the worker consumed, partition by
partition in offset order, with the forecasts the pure prequential code makes (the forecast e2e test
proves the worker makes those). Every breakout event on the topic and every breakout row a user can
read from ``GET /breakouts`` and ``GET /trends/{id}`` is compared with it.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import Counter
from typing import Any

import pytest

from tests.forecasting.test_forecast_e2e import SPEC, read_all, replay
from tests.support import WorkerProc, http_json, metric_value, read_topic, spawn, wait_until
from trendscope_app.agents.forecast import breakout_config_from, config_from
from trendscope_app.datasets.sample import generate
from trendscope_app.forecasting.prequential import PartitionForecaster
from trendscope_app.models import TrendScore
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e


def offline(trends: list[tuple[int, int, dict[str, Any]]]) -> tuple[dict[str, dict], dict[tuple, dict]]:
    """Every breakout event by key, and every breakout's final row, as the tested code makes them."""
    s = load_settings(_env_file=None, topic_partitions=4)
    forecasters: dict[int, PartitionForecaster] = {}
    events: dict[str, dict] = {}
    rows: dict[tuple, dict] = {}
    for partition, _, value in sorted(trends, key=lambda t: (t[0], t[1])):
        fc = forecasters.setdefault(
            partition, PartitionForecaster(config_from(s), partition, breakout_config_from(s))
        )
        point = TrendScore.from_message(value)
        out = fc.observe(point)
        for e, row in zip(out.breakouts, out.breakout_rows, strict=True):
            events[e.key] = {**e.as_dict(), "title": point.title}
            rows[(row["movie_id"], row["started_at_window_end"])] = row
    return events, rows


def oracle_evidence(
    comments: list[dict], truth: dict[str, tuple[int, ...]], movie: int, end: float, size: float = 300.0
) -> tuple[list[tuple[str, int]], list[tuple[str, str, int]]]:
    """The top 5 subreddits and the best 3 comments of a window, counted from the comments themselves."""
    inside = [c for c in comments if movie in truth.get(c["id"], ()) and end - size <= c["created_utc"] < end]
    counts = Counter(c["subreddit"] for c in inside)
    subs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    best = sorted(inside, key=lambda c: (-c["score"], c["id"]))[:3]
    return subs, [(c["id"], c["permalink"], c["score"]) for c in best]


def topic_events(broker) -> list[dict]:
    raw = asyncio.run(read_topic(broker.bootstrap, "breakouts", lambda got: False, 3, lambda r: r.value))
    return [json.loads(v) for v in raw]


def check_api(url: str, rows: dict[tuple, dict]) -> None:
    """Every breakout row the API serves equals the oracle's, and no breakout is missing or repeated."""
    status, body = http_json(f"{url}/breakouts?limit=1000")
    assert status == 200, body
    served = body["breakouts"]
    keys = [(b["movie_id"], b["started_at_window_end"]) for b in served]
    assert len(keys) == len(set(keys)), "a breakout served twice"
    assert len(served) == len(rows)
    by_start = {(m, start): row for (m, start), row in rows.items()}
    for b in served:
        want = next(
            r
            for (m, start), r in by_start.items()
            if m == b["movie_id"] and iso_of(start) == b["started_at_window_end"]
        )
        assert b["status"] == want["status"] and b["events"] == want["events"], (b, want)
        assert b["peak_score"] == want["peak_score"] and b["start"] == want["start"] and b["title"]
        assert b["end_reason"] == want["end_reason"]
    # The movie view shows a running breakout, and nothing for one that ended.
    for (movie, _), row in rows.items():
        status, body = http_json(f"{url}/trends/{movie}?limit=1")
        assert status == 200
        assert (body["breakout"] is not None) == (row["status"] == "active")


def iso_of(ts: float) -> str:
    from trendscope_app.web.api import iso

    return iso(ts)


def test_replay_publishes_and_serves_every_breakout(broker, workers, tmp_path):
    w = spawn(workers, broker, tmp_path, "w1")
    w.wait_ready()
    expected = replay(broker, tmp_path, w)
    trends, _ = read_all(broker, len(expected))
    events, rows = offline(trends)
    assert any(e["kind"] == "start" for e in events.values()), "the sample must hold a breakout"
    got = topic_events(broker)
    by_key: dict[str, dict] = {}
    for e in got:
        assert by_key.setdefault(e["key"], e) == e, f"two different events under {e['key']}"
    assert by_key == events
    wait_until(
        lambda: len(http_json(f"{w.url}/breakouts?limit=1000")[1]["breakouts"]) == len(rows),
        30,
        "every breakout in the lookup",
    )
    check_api(w.url, rows)
    # Why each breakout's movie scored what it did at the start: the parts against the previous window.
    windows = {(v["movie_id"], v["window_end"]): v for _, _, v in trends}
    for (movie, start), row in rows.items():
        status, why = http_json(f"{w.url}/trends/{movie}/why?window_end={iso_of(start)}")
        assert status == 200, why
        cur, prev = windows[(movie, start)], windows.get((movie, start - 60))
        assert why["total"]["value"] == pytest.approx(cur["trend_score"], abs=1e-3)
        assert why["parts"]["mentions"]["input"] == cur["mentions"] == row["start"]["mentions"]
        if prev is not None:
            assert why["total"]["vs_previous"] == pytest.approx(
                cur["trend_score"] - prev["trend_score"], abs=1e-3
            )
        assert why["total"]["vs_expected"] is not None  # the forecast made one window earlier
    assert http_json(f"{w.url}/trends/{movie}/why?window_end=2000-01-01T00:00:00Z")[0] == 404
    # Every window's evidence, as /why serves it, equals the one counted straight from the comments.
    comments, _, truth = generate(SPEC)
    checked = 0
    for (movie, end), t in sorted(windows.items()):
        status, why = http_json(f"{w.url}/trends/{movie}/why?window_end={iso_of(end)}")
        assert status == 200, (movie, end, why)
        subs, best = oracle_evidence(comments, truth, movie, end)
        assert [(x["subreddit"], x["mentions"]) for x in why["subreddits"]] == subs, (movie, end)
        for x in why["subreddits"]:
            assert x["share"] == pytest.approx(x["mentions"] / t["mentions"], abs=1e-4)
        assert [(c["id"], c["permalink"], c["score"]) for c in why["comments"]] == best, (movie, end)
        checked += 1
    print(f"\nwhy: evidence of all {checked} windows equals the comments'")
    assert http_json(f"{w.url}/breakouts?since=yesterday")[0] == 400
    assert http_json(f"{w.url}/breakouts?limit=0")[0] == 400
    status, body = http_json(f"{w.url}/breakouts?since=2999-01-01T00:00:00Z")
    assert status == 200 and body["breakouts"] == []
    starts = sum(1 for e in events.values() if e["kind"] == "start")
    assert metric_value(w.url, "trendscope_breakout_events_total", kind="start") == starts
    assert metric_value(w.url, "trendscope_breakout_events_total", kind="end") == sum(
        1 for e in events.values() if e["kind"] == "end"
    )
    print(f"\nbreakouts: {len(rows)} ({starts} starts, {len(events)} events), all served as computed offline")


def test_kill_9_mid_breakout_neither_loses_nor_repeats_its_start(broker, workers, tmp_path):
    w = spawn(workers, broker, tmp_path, "w1")
    w.wait_ready()
    replayed: dict[str, Any] = {}
    feeder = threading.Thread(
        target=lambda: replayed.update(expected=replay(broker, tmp_path, w, speed=50.0)), daemon=True
    )
    feeder.start()

    def breaking_out() -> bool:
        status, body = http_json(f"{w.url}/breakouts?active=true")
        return status == 200 and bool(body["breakouts"])

    wait_until(breaking_out, 120, "a running breakout", every=0.05)
    w.kill()  # SIGKILL while a breakout is running
    feeder.join(timeout=120)
    w2 = WorkerProc(broker.url, w.port, w.data_dir, env=w.env).start()
    workers.append(w2)
    w2.wait_ready(timeout=120)
    trends, _ = read_all(broker, len(replayed["expected"]), timeout=240)
    events, rows = offline(trends)
    got = topic_events(broker)
    by_key: dict[str, dict] = {}
    for e in got:
        assert by_key.setdefault(e["key"], e) == e, f"two different events under {e['key']}"
    assert by_key == events, "an event lost, or one the offline run never made"
    starts = [e for e in got if e["kind"] == "start"]
    wait_until(
        lambda: len(http_json(f"{w2.url}/breakouts?limit=1000")[1]["breakouts"]) == len(rows),
        30,
        "every breakout in the lookup",
    )
    check_api(w2.url, rows)
    print(
        f"\nafter kill -9 mid-breakout: {len(rows)} breakouts, {len(events)} events; topic messages "
        f"{len(got)} ({len(got) - len(by_key)} repeated with their key, start repeats "
        f"{len(starts) - len({e['key'] for e in starts})})"
    )
