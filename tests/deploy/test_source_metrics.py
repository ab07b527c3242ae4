"""The live sources serve Prometheus metrics over HTTP (``SOURCE_METRICS_PORT``), and a real Prometheus with
the deployed ``trendscope-sources`` job scrapes them and evaluates the source alerts on them.

The sources are the real commands compose runs (``python -m trendscope_app tmdb-source`` and
``reddit-source``), against the local TMDB and Reddit of tests/sources/fake_apis.py and an embedded broker.
"""

from __future__ import annotations

import logging
import signal
import socket
import time

import pytest

from tests.deploy.conftest import LiveSources
from tests.support import wait_until
from trendscope_app.cli.sources import serve_source_metrics
from trendscope_app.settings import Settings


def samples(page: str, name: str) -> dict[str, float]:
    """``{labels: value}`` of every sample of ``name`` on a Prometheus text page."""
    out = {}
    for line in page.splitlines():
        if line.startswith((name + "{", name + " ")):
            series, value = line.rsplit(" ", 1)
            out[series[len(name) :]] = float(value)
    return out


def test_the_metrics_port_is_a_setting_on_by_default() -> None:
    field = Settings.model_fields["source_metrics_port"]
    assert field.default == 9108 and field.description
    assert Settings(_env_file=None, source_metrics_port="0").source_metrics_port == 0
    assert serve_source_metrics("tmdb-source", 0) is None  # 0: no server


def test_a_busy_metrics_port_is_a_warning_not_a_stop(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with caplog.at_level(logging.WARNING):
            assert serve_source_metrics("reddit-source", port, "127.0.0.1") is None
    assert f"cannot serve metrics on 127.0.0.1:{port}" in caplog.text
    assert "SOURCE_METRICS_PORT" in caplog.text


@pytest.mark.e2e
@pytest.mark.parametrize(("command", "source"), [("tmdb-source", "tmdb"), ("reddit-source", "reddit")])
def test_each_source_serves_its_gauges_over_http(
    live_sources: LiveSources, command: str, source: str
) -> None:
    page = live_sources.page(command)
    last = samples(page, "trendscope_source_last_success_seconds")
    assert set(last) == {f'{{source="{source}"}}'}, last
    assert time.time() - 60 < last[f'{{source="{source}"}}'] <= time.time() + 1
    # The start time, from which the stale alert counts a source that never succeeds.
    started = samples(page, "trendscope_source_started_seconds")
    assert set(started) == {f'{{source="{source}"}}'}, started
    assert started[f'{{source="{source}"}}'] <= last[f'{{source="{source}"}}']
    records = samples(page, "trendscope_source_records_total")
    assert set(records) == {f'{{source="{source}"}}'}, records
    if source == "tmdb":  # the fake's five trending movies, at least one poll's worth
        assert records['{source="tmdb"}'] >= 5
    assert "# TYPE trendscope_source_errors_total counter" in page
    # The process's own CPU and memory, as on a worker's /metrics.
    assert samples(page, "process_cpu_seconds_total")[""] > 0
    assert samples(page, "process_resident_memory_bytes")[""] > 10e6


@pytest.mark.e2e
def test_prometheus_scrapes_the_sources_with_the_deployed_job(live_sources: LiveSources) -> None:
    prom = live_sources.prometheus

    def scraped() -> dict[str, float]:
        rows = prom.query("time() - max by (source) (trendscope_source_last_success_seconds)")
        return {r["metric"]["source"]: float(r["value"][1]) for r in rows}

    ages = wait_until(lambda: len(scraped()) == 2 and scraped(), 30, "Prometheus to scrape both sources")
    assert all(age < 60 for age in ages.values()), ages
    up = {r["metric"]["service"]: float(r["value"][1]) for r in prom.query('up{job="trendscope-sources"}')}
    assert up == {"tmdb-source": 1.0, "reddit-source": 1.0}  # `service` comes from the deployed relabelling

    def evaluated() -> list[dict]:
        groups = [g for g in prom.api("rules")["groups"] if g["name"] == "trendscope-sources"]
        rules = [r for g in groups for r in g["rules"]]
        return (
            rules if rules and all(r.get("health") == "ok" and r.get("lastEvaluation") for r in rules) else []
        )

    rules = wait_until(evaluated, 30, "the source alert rules to be evaluated")
    assert {r["name"] for r in rules} == {"TrendScopeSourceStale", "TrendScopeSourceDown"}
    assert all(r["state"] == "inactive" for r in rules), [(r["name"], r["state"]) for r in rules]


@pytest.mark.e2e
def test_a_stopped_source_turns_its_down_alert_on(live_sources: LiveSources) -> None:
    """Runs last in this module (it stops the TMDB source)."""
    prom = live_sources.prometheus
    proc = live_sources.procs["tmdb-source"]
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0, live_sources.log_tail("tmdb-source")

    def pending() -> set[str]:
        return {
            a["labels"].get("service", "")
            for a in prom.api("alerts")["alerts"]
            if a["labels"]["alertname"] == "TrendScopeSourceDown" and a["state"] in ("pending", "firing")
        }

    assert wait_until(pending, 30, "TrendScopeSourceDown to turn pending") == {"tmdb-source"}
