"""A real Prometheus scrapes a real worker: the PromQL answers equal what the replay implies.

Prometheus is Debian's package (installed by the test when missing, as ``.ci/run`` does); the scrape job
is the one in deploy/prometheus/prometheus.yml, and so are the alert rules it evaluates.
"""

from __future__ import annotations

import math
import subprocess
from collections import defaultdict

import pytest
import yaml

from tests.deploy.conftest import BAD_COMMENTS, BAD_SNAPSHOTS, DEPLOY_PROMETHEUS, LiveStack
from tests.deploy.tools import ensure_tool
from tests.support import http_json, wait_until

ALERTS = DEPLOY_PROMETHEUS.parent / "alerts.yml"
ALERTS_TEST = DEPLOY_PROMETHEUS.parent / "alerts_test.yml"


def test_promtool_accepts_the_deployed_config() -> None:
    promtool = ensure_tool("promtool", "prometheus")
    done = subprocess.run(
        [promtool, "check", "config", DEPLOY_PROMETHEUS.name],
        cwd=DEPLOY_PROMETHEUS.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The rule file is checked too (promtool follows rule_files), and it must hold rules.
    assert "rules found" in done.stdout + done.stderr, done.stdout + done.stderr


def test_promtool_accepts_the_rules() -> None:
    promtool = ensure_tool("promtool", "prometheus")
    done = subprocess.run(
        [promtool, "check", "rules", ALERTS.name],
        cwd=ALERTS.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_alert_fires_and_stays_silent_in_the_rule_unit_tests() -> None:
    """``promtool test rules deploy/prometheus/alerts_test.yml`` passes, and it holds, for every alert of
    alerts.yml, a case where the alert fires and one where it is expected silent."""
    promtool = ensure_tool("promtool", "prometheus")
    done = subprocess.run(
        [promtool, "test", "rules", ALERTS_TEST.name],
        cwd=ALERTS_TEST.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    alerts = {
        r["alert"] for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"] if "alert" in r
    }
    cases = [
        case for test in yaml.safe_load(ALERTS_TEST.read_text())["tests"] for case in test["alert_rule_test"]
    ]
    fires = {c["alertname"] for c in cases if c.get("exp_alerts")}
    silent = {c["alertname"] for c in cases if not c.get("exp_alerts")}
    assert sorted(alerts - fires) == [], "alerts never shown to fire"
    assert sorted(alerts - silent) == [], "alerts never shown to stay silent"
    assert {
        "TrendScopeSourceStale",
        "TrendScopeWorkersMissing",
        "TrendScopeNoWorker",
        "TrendScopeConsumerLagHigh",
        "TrendScopeNoTrendScores",
    } <= alerts


def test_prometheus_sends_alerts_to_alertmanager_and_scrapes_the_sources() -> None:
    from tests.deploy.test_compose import services

    prom = yaml.safe_load(DEPLOY_PROMETHEUS.read_text())
    targets = [
        t for am in prom["alerting"]["alertmanagers"] for sc in am["static_configs"] for t in sc["targets"]
    ]
    assert targets == ["alertmanager:9093"]
    alertmanager = services()["alertmanager"]
    assert [str(p).split(":")[-1] for p in alertmanager["ports"]] == ["9093/tcp"]  # host:port:9093/tcp
    job = next(j for j in prom["scrape_configs"] if j["job_name"] == "trendscope-sources")
    sd = job["dns_sd_configs"][0]
    assert sorted(sd["names"]) == ["reddit-source", "tmdb-source"]
    for name in sd["names"]:
        # Compose gives each source the port Prometheus scrapes, and checks its health on it.
        assert services()[name]["environment"]["SOURCE_METRICS_PORT"] == str(sd["port"])
        assert f":{sd['port']}/metrics" in " ".join(services()[name]["healthcheck"]["test"])


@pytest.mark.e2e
def test_promql_returns_the_counts_the_replay_implies(live_stack: LiveStack) -> None:
    prom = live_stack.prometheus
    n_comments, n_snapshots = len(live_stack.comments), len(live_stack.snapshots)
    mentions = sum(len(live_stack.truth.get(c["id"], ())) for c in live_stack.comments)
    want = {
        'trendscope_messages_in_total{job="trendscope", topic="reddit_stream"}': n_comments
        + len(BAD_COMMENTS),
        'trendscope_messages_in_total{job="trendscope", topic="tmdb_stream"}': n_snapshots
        + len(BAD_SNAPSHOTS),
        'trendscope_dead_letters_total{topic="reddit_stream"}': len(BAD_COMMENTS),
        'trendscope_dead_letters_total{topic="tmdb_stream"}': len(BAD_SNAPSHOTS),
        "trendscope_trendscores_emitted_total": len(live_stack.expected),
        "trendscope_mentions_total": mentions,
        "trendscope_late_events_total": 0,
        # Faust's own sensors, from the same endpoint and registry.
        'faust_messages_received_per_topic_total{topic="reddit_stream"}': n_comments + len(BAD_COMMENTS),
        # Consumer lag: every input partition reported, all caught up.
        'count(trendscope_consumer_lag{topic=~"reddit_stream|tmdb_stream"})': 8,
        'sum(trendscope_consumer_lag{topic=~"reddit_stream|tmdb_stream"})': 0,
        'sum(trendscope_consumer_end_offset{topic="reddit_stream"})': n_comments + len(BAD_COMMENTS),
    }
    got: dict[str, float | None] = {}

    def all_match() -> bool:
        for expr in want:
            got[expr] = prom.value(expr)
        return all(got[e] is not None and math.isclose(got[e], v) for e, v in want.items())

    try:
        wait_until(all_match, 90, "Prometheus to report the replay's counts")
    finally:
        print(
            "\nPromQL after the replay:\n"
            + "\n".join(f"  {e} = {got.get(e)} (want {v})" for e, v in want.items())
        )
    # A window closed and was timed: the latency histogram is populated.
    assert prom.value("trendscope_window_close_to_emit_seconds_count") > 0
    # The worker process's own CPU and memory.
    assert prom.value('process_cpu_seconds_total{job="trendscope"}') > 0
    assert prom.value('process_resident_memory_bytes{job="trendscope"}') > 50e6


@pytest.mark.e2e
def test_per_movie_gauges_hold_each_movies_latest_window(live_stack: LiveStack) -> None:
    """``trendscope_movie_trend_score`` (the dashboard's top movies and TrendScore over time) equals the
    oracle's score of each movie's latest window."""
    latest: dict[int, tuple[int, float, int]] = {}
    for (movie, end), e in live_stack.expected.items():
        if movie not in latest or end > latest[movie][0]:
            latest[movie] = (end, e.trend_score, e.mentions)
    prom = live_stack.prometheus
    got: dict[str, dict[int, float]] = defaultdict(dict)

    def complete() -> bool:
        for name in (
            "trendscope_movie_trend_score",
            "trendscope_movie_mentions",
            "trendscope_movie_window_end_seconds",
        ):
            got[name] = {int(r["metric"]["movie_id"]): float(r["value"][1]) for r in prom.query(name)}
        return got["trendscope_movie_window_end_seconds"] == {m: float(v[0]) for m, v in latest.items()}

    wait_until(complete, 60, f"per-movie gauges of {len(latest)} movies")
    for movie, (_end, score, mentions) in latest.items():
        assert math.isclose(got["trendscope_movie_trend_score"][movie], score, abs_tol=1e-6), movie
        assert got["trendscope_movie_mentions"][movie] == mentions, movie
    titles = {r["metric"]["title"] for r in prom.query("trendscope_movie_trend_score")}
    assert "" not in titles and len(titles) == len(latest)


@pytest.mark.e2e
def test_deployed_alert_rules_load_and_the_dead_letter_alert_fires(live_stack: LiveStack) -> None:
    prom = live_stack.prometheus

    def evaluated() -> list[dict]:
        groups = prom.api("rules")["groups"]
        rules = [r for g in groups for r in g["rules"]]
        return rules if rules and all(r.get("health") == "ok" for r in rules) else []

    rules = wait_until(evaluated, 30, "every alert rule to be evaluated without error")
    assert {r["name"] for r in rules} >= {
        "TrendScopeWorkerDown",
        "TrendScopeDeadLetters",
        "TrendScopeConsumerLagHigh",
    }

    def firing() -> set[str]:
        return {a["labels"]["alertname"] for a in prom.api("alerts")["alerts"] if a["state"] == "firing"}

    wait_until(lambda: "TrendScopeDeadLetters" in firing(), 60, "the dead-letter alert to fire")
    assert "TrendScopeWorkerDown" not in firing()


@pytest.mark.e2e
def test_forecast_gauge_holds_each_movies_newest_forecast(live_stack: LiveStack) -> None:
    """``trendscope_movie_forecast`` (the dashboard's forecast vs actual) equals the newest forecast the
    worker serves at ``/predictions/{movie_id}``, for every movie with a closed window."""
    prom = live_stack.prometheus
    movies = {m for m, _ in live_stack.expected}
    got: dict[int, float] = {}
    want: dict[int, float] = {}

    def agree() -> bool:
        got.clear()
        got.update(
            {
                int(r["metric"]["movie_id"]): float(r["value"][1])
                for r in prom.query("trendscope_movie_forecast")
            }
        )
        for movie in movies:
            status, body = http_json(f"{live_stack.worker.url}/predictions/{movie}?limit=1")
            if status != 200 or not body["predictions"]:
                return False
            want[movie] = body["predictions"][0]["predicted"]
        return set(got) == movies and all(math.isclose(got[m], want[m], abs_tol=1e-9) for m in movies)

    try:
        wait_until(agree, 60, f"forecast gauges of {len(movies)} movies")
    finally:
        print(f"\nforecast gauges {got}\nnewest forecasts {want}")
