"""One live observability stack for the deployment tests: embedded broker -> real worker -> real Prometheus
scraping it on loopback, with a generated sample (known ground truth) replayed through the worker; and the
two live sources (``tmdb-source``, ``reddit-source`` against the local fake APIs) serving their metrics to a
second real Prometheus that scrapes them with the deployed ``trendscope-sources`` job."""

from __future__ import annotations

import asyncio
import copy
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiokafka import AIOKafkaProducer

from tests.deploy.tools import Prometheus, exposed_names
from tests.e2e.conftest import spawn
from tests.support import ROOT, Expected, WorkerProc, expected_trends, wait_until
from trendscope_app.broker.embedded import EmbeddedBroker, free_port, parent_death_preexec
from trendscope_app.cli.commands import run_replay
from trendscope_app.datasets.sample import SampleSpec, generate, write_jsonl
from trendscope_app.settings import load_settings

DEPLOY_PROMETHEUS = ROOT / "deploy" / "prometheus" / "prometheus.yml"

# Records the worker must dead-letter: not JSON, JSON of the wrong shape, bytes that are not UTF-8.
BAD_COMMENTS = [b"not json", b'{"id": "c1"}', b"\xff\xfe\xfd"]
BAD_SNAPSHOTS = [b"[]", b'{"id": "m1", "title": 5}']


@dataclass
class LiveStack:
    worker: WorkerProc
    prometheus: Prometheus
    comments: list[dict[str, Any]]
    snapshots: list[dict[str, Any]]
    truth: dict[str, tuple[int, ...]]
    expected: dict[tuple[int, int], Expected]


def scrape_config_for(worker_port: int, rules_dir: Path) -> dict[str, Any]:
    """deploy/prometheus/prometheus.yml with its worker job pointed at one local worker.

    The job (metrics path, labels) is the deployed one; only discovery (Docker DNS there) and the
    intervals (1 s, so the test is quick) change.
    """
    deployed = yaml.safe_load(DEPLOY_PROMETHEUS.read_text())
    job = copy.deepcopy(next(j for j in deployed["scrape_configs"] if j["job_name"] == "trendscope"))
    job.pop("dns_sd_configs")
    job["static_configs"] = [{"targets": [f"127.0.0.1:{worker_port}"]}]
    return {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(rules_dir / f) for f in deployed.get("rule_files", [])],
        "scrape_configs": [job],
    }


async def _produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for v in values:
            await producer.send_and_wait(topic, v)
    finally:
        await producer.stop()


@pytest.fixture(scope="package")
def live_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStack]:
    tmp = tmp_path_factory.mktemp("live_stack")
    started: list[WorkerProc] = []
    prometheus: Prometheus | None = None
    with EmbeddedBroker(tmp / "broker.log") as broker:
        try:
            worker = spawn(started, broker, tmp, "w1")
            config = tmp / "prometheus.yml"
            config.write_text(yaml.safe_dump(scrape_config_for(worker.port, DEPLOY_PROMETHEUS.parent)))
            prometheus = Prometheus(config, tmp / "prometheus").start()
            worker.wait_ready()

            # The dead-letter series must be scraped at 0 before the first bad record, or increase() in
            # the alert sees no increase (the test of the alert below depends on it).
            wait_until(
                lambda: prometheus.value('trendscope_dead_letters_total{topic="reddit_stream"}') == 0,
                30,
                "Prometheus to scrape the worker",
            )

            spec = SampleSpec(n_comments=1500, n_movies=8, duration_s=600.0, seed=5, hard_titles=False)
            comments, snapshots, truth = generate(spec)
            write_jsonl(tmp / "comments.jsonl", comments)
            write_jsonl(tmp / "tmdb.jsonl", snapshots)
            s = load_settings(_env_file=None, topic_partitions=4)
            asyncio.run(
                run_replay(
                    s,
                    broker.bootstrap,
                    tmp / "comments.jsonl",
                    tmp / "tmdb.jsonl",
                    speed=0,
                    web_urls=[worker.url],
                )
            )
            asyncio.run(_produce(broker.bootstrap, s.reddit_topic, BAD_COMMENTS))
            asyncio.run(_produce(broker.bootstrap, s.tmdb_topic, BAD_SNAPSHOTS))
            yield LiveStack(
                worker, prometheus, comments, snapshots, truth, expected_trends(comments, snapshots, truth)
            )
        finally:
            if prometheus is not None:
                prometheus.stop()
            for w in started:
                w.stop()


# -- the live sources ----------------------------------------------------------------------------------
SOURCE_COMMANDS = ("tmdb-source", "reddit-source")


@dataclass
class LiveSources:
    """Both source commands running as in compose (``python -m trendscope_app tmdb-source``), each with its
    metrics server on a free loopback port, and a Prometheus scraping them."""

    ports: dict[str, int]
    procs: dict[str, subprocess.Popen[bytes]]
    logs: dict[str, Path]
    prometheus: Prometheus

    def metrics_url(self, command: str) -> str:
        return f"http://127.0.0.1:{self.ports[command]}/metrics"

    def page(self, command: str) -> str:
        with urllib.request.urlopen(self.metrics_url(command), timeout=5) as r:
            return r.read().decode()

    def log_tail(self, command: str, n: int = 40) -> str:
        return "\n".join(self.logs[command].read_text(errors="replace").splitlines()[-n:])

    def names(self) -> set[str]:
        """Every metric name the running sources' pages can produce."""
        return set().union(*(exposed_names(self.page(c)) for c, p in self.procs.items() if p.poll() is None))


def sources_scrape_config(ports: dict[str, int], rules_dir: Path) -> dict[str, Any]:
    """deploy/prometheus/prometheus.yml with its sources job pointed at local source processes.

    Only discovery changes: each static target carries the ``__meta_dns_name`` Docker's DNS discovery would
    give it, so the deployed relabelling (``service``) runs as in compose.
    """
    deployed = yaml.safe_load(DEPLOY_PROMETHEUS.read_text())
    job = copy.deepcopy(next(j for j in deployed["scrape_configs"] if j["job_name"] == "trendscope-sources"))
    job.pop("dns_sd_configs")
    job["static_configs"] = [
        {"targets": [f"127.0.0.1:{port}"], "labels": {"__meta_dns_name": command}}
        for command, port in ports.items()
    ]
    return {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(rules_dir / f) for f in deployed.get("rule_files", [])],
        "scrape_configs": [job],
    }


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="package")
def live_sources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSources]:
    tmp = tmp_path_factory.mktemp("live_sources")
    procs: dict[str, subprocess.Popen[bytes]] = {}
    prometheus: Prometheus | None = None
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("TMDB_", "REDDIT_", "KAFKA_"))}
    base_env.update(TRENDSCOPE_ENV_FILE="/nonexistent", PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    with EmbeddedBroker(tmp / "broker.log") as broker:
        try:
            # TMDB and Reddit stand-ins (tests/sources/fake_apis.py); they print the variables to use.
            fakes = subprocess.Popen(
                [sys.executable, "-m", "tests.sources.fake_apis"],
                env=base_env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                preexec_fn=parent_death_preexec(),
            )
            procs["fake-apis"] = fakes
            assert fakes.stdout is not None
            api_env = {}
            while len(api_env) < 6:
                line = fakes.stdout.readline().decode()
                assert line, f"tests.sources.fake_apis exited with {fakes.poll()}"
                key, _, value = line.removeprefix("export ").strip().partition("=")
                api_env[key] = value
            ports = {c: free_port() for c in SOURCE_COMMANDS}
            logs = {c: tmp / f"{c}.log" for c in SOURCE_COMMANDS}
            for command in SOURCE_COMMANDS:
                env = {
                    **base_env,
                    **api_env,
                    "KAFKA_BROKER": broker.url,
                    "TOPIC_PARTITIONS": "2",
                    "TMDB_TOPIC": "tmdb_live_sources",
                    "REDDIT_TOPIC": "reddit_live_sources",
                    "TMDB_FETCH_INTERVAL_S": "1",
                    "REDDIT_POLL_MIN_S": "0.2",
                    "REDDIT_POLL_MAX_S": "1",
                    "DATA_DIR": str(tmp / command),
                    "WEB_BIND": "127.0.0.1",
                    "SOURCE_METRICS_PORT": str(ports[command]),
                }
                with logs[command].open("ab") as log:
                    procs[command] = subprocess.Popen(
                        [sys.executable, "-m", "trendscope_app", command],
                        env=env,
                        cwd=ROOT,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        preexec_fn=parent_death_preexec(),
                    )
            config = tmp / "prometheus.yml"
            config.write_text(yaml.safe_dump(sources_scrape_config(ports, DEPLOY_PROMETHEUS.parent)))
            prometheus = Prometheus(config, tmp / "prometheus").start()
            sources = LiveSources(ports, {c: procs[c] for c in SOURCE_COMMANDS}, logs, prometheus)

            def succeeded() -> bool:
                for command, proc in sources.procs.items():
                    if proc.poll() is not None:
                        raise AssertionError(
                            f"{command} exited with {proc.returncode}:\n{sources.log_tail(command)}"
                        )
                    try:
                        if "trendscope_source_last_success_seconds{" not in sources.page(command):
                            return False
                    except OSError:
                        return False
                return True

            wait_until(succeeded, 60, "both live sources to succeed once")
            yield sources
        finally:
            if prometheus is not None:
                prometheus.stop()
            for proc in procs.values():
                _stop(proc)
