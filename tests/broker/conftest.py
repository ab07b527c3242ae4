"""Fixtures for the embedded-broker tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from trendscope_app.broker.embedded import EmbeddedBroker

# recovery_app.py builds a Faust app at import and is meant to run as a worker process, not to be
# imported by --doctest-modules.
collect_ignore = ["recovery_app.py"]


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[EmbeddedBroker]:
    """A fresh embedded broker (empty in-memory storage) whose log goes to ``tmp_path/broker.log``."""
    with EmbeddedBroker(tmp_path / "broker.log") as running:
        yield running
