"""Shared fixtures: one embedded broker per test, worker processes that are always stopped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import WorkerProc
from trendscope_app.broker.embedded import EmbeddedBroker


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(tmp_path / "broker.log") as running:
        yield running


@pytest.fixture
def workers(broker: EmbeddedBroker, tmp_path: Path) -> Iterator[list[WorkerProc]]:
    """Workers started with :func:`tests.support.spawn` are appended here and stopped at the end."""
    started: list[WorkerProc] = []
    yield started
    # All at once: stopped one by one, each but the first would be stopped in the rebalance the one
    # before it started, and wait for its joins first (~5 s a worker).
    for w in started:
        w.signal_stop()
    for w in started:
        w.wait_stopped()
