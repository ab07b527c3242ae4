"""Browser-test fixtures: a Chromium executable (installed from Debian if missing) and a running browser.

``broker`` and ``workers`` come from tests/conftest.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.dashboard.cdp import Browser, find_chromium


def _apt_install_chromium() -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
    if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
        # Stale package lists are the usual reason; refresh them once and retry.
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, check=False)
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.fail(f"apt-get install chromium failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a Chromium executable: ``$CHROMIUM``, one on PATH, or Debian's ``chromium`` installed now."""
    path = find_chromium()
    if path is None:
        if not shutil.which("apt-get") or os.geteuid() != 0:
            pytest.skip("Chromium is not installed and apt-get is unavailable: apt-get install -y chromium")
        _apt_install_chromium()
        path = find_chromium()
        assert path, "apt-get installed chromium but no executable was found on PATH"
    return path


@pytest.fixture
async def browser(chromium: str, tmp_path: Path) -> AsyncIterator[Browser]:
    running = await Browser(chromium, tmp_path / "chromium-profile", tmp_path / "chromium.log").start()
    try:
        yield running
    finally:
        await running.close()
