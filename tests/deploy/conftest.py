"""One live observability stack for the deployment tests: embedded broker -> real worker -> real Prometheus
scraping it on loopback, with a generated sample (known ground truth) replayed through the worker."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiokafka import AIOKafkaProducer

from tests.deploy.tools import Prometheus
from tests.e2e.conftest import spawn
from tests.support import ROOT, Expected, WorkerProc, expected_trends, wait_until
from trendscope_app.broker.embedded import EmbeddedBroker
from trendscope_app.cli.commands import run_replay
from trendscope_app.settings import load_settings
from trendscope_app.sources.sample import SampleSpec, generate, write_jsonl

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

            spec = SampleSpec(n_comments=1500, n_movies=8, duration_s=600.0, seed=5)
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
