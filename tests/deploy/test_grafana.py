"""The Grafana dashboard and its provisioning: the JSON parses, every query names metrics a real worker
exports, and real Prometheus accepts every query."""

from __future__ import annotations

import json
import subprocess
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.conftest import LiveSources, LiveStack
from tests.deploy.tools import (
    PromQLError,
    ensure_tool,
    exposed_names,
    grafana_expressions,
    promql_metric_names,
    substitute_grafana_variables,
)
from tests.support import ROOT

GRAFANA = ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "trendscope.json"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"

#: Series Prometheus makes itself for every target.
PROMETHEUS_GENERATED = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}

#: Metrics of other issues, by name prefix, as their issues document them. A family is accepted from
#: this list only while the worker exports no metric of that prefix at all (the work has not landed);
#: once any of them is exported, the dashboard must match what is really exported.
DOCUMENTED_ELSEWHERE = {
    "ml_": {  # issue 3, forecasting
        "ml_predictions_total",
        "ml_mae",
        "ml_rmse",
        "ml_baseline_mae",
        "ml_prediction_seconds_bucket",
        "ml_prediction_seconds_sum",
        "ml_prediction_seconds_count",
        "ml_drift_total",
    },
    "trendscope_store_": {  # issue 4, storage
        "trendscope_store_writes_total",
        "trendscope_store_failures_total",
        "trendscope_store_pending",
    },
}

REQUIRED_PANELS = {
    "Top movies now",
    "TrendScore over time",
    "Forecast vs actual",
    "Model vs baseline MAE",
    "Throughput",
    "Consumer lag",
    "Dead letters",
}


def load_dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def all_panels(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for p in items:
        out.append(p)
        out.extend(all_panels(p.get("panels", [])))
    return out


def known_metric_names(worker_url: str) -> set[str]:
    with urllib.request.urlopen(f"{worker_url}/metrics", timeout=5) as r:
        exported = exposed_names(r.read().decode())
    known = exported | PROMETHEUS_GENERATED
    for prefix, names in DOCUMENTED_ELSEWHERE.items():
        if not any(n.startswith(prefix) for n in exported):
            known |= names
    return known


def test_dashboard_parses_and_has_the_required_panels() -> None:
    dash = load_dashboard()
    assert dash["uid"] and dash["title"]
    panels = all_panels(dash["panels"])
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    assert {p["title"] for p in panels} >= REQUIRED_PANELS
    for p in panels:
        if p["type"] != "row":
            assert p["targets"], f"panel {p['title']!r} has no query"
            assert all(t.get("expr") for t in p["targets"]), f"panel {p['title']!r} has an empty query"


def test_panels_do_not_overlap() -> None:
    cells: dict[tuple[int, int], str] = {}
    for p in all_panels(load_dashboard()["panels"]):
        g = p["gridPos"]
        assert g["x"] + g["w"] <= 24, p["title"]
        for x in range(g["x"], g["x"] + g["w"]):
            for y in range(g["y"], g["y"] + g["h"]):
                assert (x, y) not in cells, f"{p['title']!r} overlaps {cells[(x, y)]!r}"
                cells[(x, y)] = p["title"]


def test_every_query_uses_the_provisioned_datasource() -> None:
    provisioned = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text())
    uids = {d["uid"] for d in provisioned["datasources"] if d["type"] == "prometheus"}
    for p in all_panels(load_dashboard()["panels"]):
        for t in p.get("targets", []):
            assert t["datasource"]["uid"] in uids, (p["title"], t["datasource"])


def test_dashboard_provider_path_is_where_compose_mounts_the_dashboards() -> None:
    provider = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "trendscope.yml").read_text())
    paths = {p["options"]["path"] for p in provider["providers"]}
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    mounts = dict(v.split(":")[:2] for v in compose["services"]["grafana"]["volumes"] if v.startswith("./"))
    assert mounts["./deploy/grafana/dashboards"] in paths
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"


@pytest.mark.e2e
def test_every_dashboard_and_alert_query_names_exported_metrics(
    live_stack: LiveStack, live_sources: LiveSources
) -> None:
    # What a real worker and the real live sources export (the source alerts read the sources' metrics).
    known = known_metric_names(live_stack.worker.url) | live_sources.names()
    queries = grafana_expressions(load_dashboard())
    rules = yaml.safe_load(ALERTS.read_text())
    queries += [(f"alert {r['alert']}", r["expr"]) for g in rules["groups"] for r in g["rules"]]
    assert len(queries) > 20
    unknown: list[str] = []
    for where, expr in queries:
        names = promql_metric_names(expr)
        assert names, f"{where}: no metric name found in {expr!r}"
        unknown += [f"{where}: {n}" for n in sorted(names - known)]
    assert not unknown, "queries name metrics no worker exports:\n" + "\n".join(unknown)


@pytest.mark.e2e
def test_prometheus_accepts_every_dashboard_query(live_stack: LiveStack) -> None:
    errors = []
    for where, expr in grafana_expressions(load_dashboard()):
        try:
            live_stack.prometheus.query(substitute_grafana_variables(expr))
        except PromQLError as e:
            errors.append(f"{where}: {e}")
    assert not errors, "\n".join(errors)


def test_top_movies_lists_the_newest_window_only(tmp_path: Path) -> None:
    """The "Top movies now" queries on series where some movies' latest window is an older one (no mention
    since): ``promtool test rules`` evaluates each target and only the newest window's movies remain, from
    both workers, ranked by TrendScore."""
    top = next(p for p in all_panels(load_dashboard()["panels"]) if p["title"] == "Top movies now")
    exprs = {t["refId"]: substitute_grafana_variables(t["expr"]) for t in top["targets"]}
    # movie -> (worker, title, window end, TrendScore): 1 and 2 in the newest window (ending at 1200 s), 3 and 4
    # in older ones with higher scores, 5 on the other worker in the newest window.
    movies = {
        1: ("10.0.0.2:6066", "Alpha", 1200, 40.0),
        2: ("10.0.0.2:6066", "Beta", 1200, 25.0),
        3: ("10.0.0.2:6066", "Gamma", 1140, 90.0),
        4: ("10.0.0.3:6066", "Delta", 600, 99.0),
        5: ("10.0.0.3:6066", "Epsilon", 1200, 10.0),
    }
    series = []
    for movie, (instance, title, end, score) in movies.items():
        labels = f'job="trendscope", instance="{instance}", movie_id="{movie}", title="{title}"'
        for name, value in (
            ("trendscope_movie_trend_score", score),
            ("trendscope_movie_window_end_seconds", end),
            ("trendscope_movie_mentions", 3),
            ("trendscope_movie_sentiment", 0.5),
            ("trendscope_movie_forecast", score + 1),
        ):
            series.append({"series": f"{name}{{{labels}}}", "values": f"{value}x10"})
    newest = [m for m, v in sorted(movies.items(), key=lambda kv: -kv[1][3]) if v[2] == 1200]
    tests = []
    for ref, value_of in (
        ("A", lambda m: movies[m][3]),
        ("B", lambda m: 3),
        ("C", lambda m: 0.5),
        ("D", lambda m: movies[m][3] + 1),
    ):
        exp = [
            {"labels": f'{{movie_id="{m}", title="{movies[m][1]}"}}', "value": value_of(m)} for m in newest
        ]
        tests.append({"expr": exprs[ref], "eval_time": "5m", "exp_samples": exp})
    spec = tmp_path / "top_movies_test.yml"
    spec.write_text(
        yaml.safe_dump(
            {
                "rule_files": [],
                "evaluation_interval": "1m",
                "tests": [{"interval": "1m", "input_series": series, "promql_expr_test": tests}],
            }
        )
    )
    promtool = ensure_tool("promtool", "prometheus")
    done = subprocess.run(
        [promtool, "test", "rules", spec.name], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert newest == [1, 2, 5]


@pytest.mark.e2e
def test_top_movies_query_ranks_the_newest_window_like_the_oracle(live_stack: LiveStack) -> None:
    """The "Top movies now" table, run on real Prometheus, lists the movies of the newest closed window
    only, ranked as the oracle ranks that window; every column of the table lists the same movies."""
    top = next(p for p in all_panels(load_dashboard()["panels"]) if p["title"] == "Top movies now")
    exprs = {t["refId"]: substitute_grafana_variables(t["expr"]) for t in top["targets"]}
    latest: dict[int, tuple[int, float]] = {}
    for (movie, end), e in live_stack.expected.items():
        if movie not in latest or end > latest[movie][0]:
            latest[movie] = (end, e.trend_score)
    newest = max(end for end, _ in latest.values())
    in_newest = {m for m, (end, _) in latest.items() if end == newest}
    want = sorted(in_newest, key=lambda m: -latest[m][1])[:10]
    prom = live_stack.prometheus

    def ranked() -> list[int]:
        rows = prom.query(exprs["A"])
        return [int(r["metric"]["movie_id"]) for r in sorted(rows, key=lambda r: -float(r["value"][1]))]

    from tests.support import wait_until

    wait_until(lambda: ranked() == want, 60, f"top movies {want} of the window ending {newest}")
    for ref in ("B", "C"):  # mentions, sentiment: the same rows (forecasts may lag a window behind)
        assert {int(r["metric"]["movie_id"]) for r in prom.query(exprs[ref])} == set(want), ref
    assert {int(r["metric"]["movie_id"]) for r in prom.query(exprs["D"])} <= set(want)
