"""Fixtures for end-to-end runs: one embedded broker per test, workers as real processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import WorkerProc
from trendscope_app.broker.embedded import EmbeddedBroker, free_port


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(tmp_path / "broker.log") as running:
        yield running


@pytest.fixture
def workers(broker: EmbeddedBroker, tmp_path: Path) -> Iterator[list[WorkerProc]]:
    """Factory list: append ``WorkerProc``s with :func:`spawn`; all are stopped at the end."""
    started: list[WorkerProc] = []
    yield started
    for w in started:
        w.stop()


def spawn(
    started: list[WorkerProc], broker: EmbeddedBroker, tmp_path: Path, name: str, **env: str
) -> WorkerProc:
    base = {
        "TOPIC_PARTITIONS": "4",
        "IDLE_WATERMARK_RATE": "0",
        "IDLE_TIMEOUT_S": "2",
        "LOG_LEVEL": "info",
    }
    base.update(env)
    w = WorkerProc(broker.url, free_port(), tmp_path / name, env=base).start()
    started.append(w)
    return w
