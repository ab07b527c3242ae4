"""The Grafana dashboard and its provisioning: the JSON parses, every query names metrics a real worker
exports, and real Prometheus accepts every query."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest
import yaml

from tests.deploy.conftest import LiveStack
from tests.deploy.tools import (
    PromQLError,
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
def test_every_dashboard_and_alert_query_names_exported_metrics(live_stack: LiveStack) -> None:
    known = known_metric_names(live_stack.worker.url)
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


@pytest.mark.e2e
def test_top_movies_query_ranks_like_the_oracle(live_stack: LiveStack) -> None:
    """The "Top movies now" table's main query, run on real Prometheus, ranks the movies as the oracle's
    latest windows do."""
    top = next(p for p in all_panels(load_dashboard()["panels"]) if p["title"] == "Top movies now")
    expr = substitute_grafana_variables(top["targets"][0]["expr"])
    latest: dict[int, tuple[int, float]] = {}
    for (movie, end), e in live_stack.expected.items():
        if movie not in latest or end > latest[movie][0]:
            latest[movie] = (end, e.trend_score)
    want = sorted(latest, key=lambda m: -latest[m][1])[:10]

    def ranked() -> list[int]:
        rows = live_stack.prometheus.query(expr)
        return [int(r["metric"]["movie_id"]) for r in sorted(rows, key=lambda r: -float(r["value"][1]))]

    from tests.support import wait_until

    wait_until(lambda: ranked() == want, 60, f"top movies {want}")
