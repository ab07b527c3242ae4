"""A worker told to stop while its broker is gone exits within SHUTDOWN_TIMEOUT_S, and says why.

Without the watchdog the worker retried the dead broker for ever (a stop waits for commits and in-flight
messages), kept its process and its port, and logged a connection error every few milliseconds.
"""

from __future__ import annotations

import os
import signal
import time

import pytest

from tests.support import spawn, wait_until

pytestmark = pytest.mark.e2e


def test_a_stop_that_hangs_on_a_dead_broker_becomes_an_exit(broker, workers, tmp_path):
    w = spawn(workers, broker, tmp_path, "w", SHUTDOWN_TIMEOUT_S="4")
    w.wait_ready()
    wait_until(
        lambda: "started" in w.log_path.read_text() or "Ready" in w.log_path.read_text(), 60, "worker ready"
    )
    assert w.proc is not None and broker.pid is not None
    w.proc.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    os.kill(broker.pid, signal.SIGKILL)  # the broker dies under the stop: nothing it waits for can complete
    wait_until(lambda: w.proc.poll() is not None, 30, "the worker to exit")
    took = time.monotonic() - sent
    log = w.log_path.read_text()
    print(f"\nexited {took:.1f} s after SIGTERM with status {w.proc.returncode}")
    assert took < 4 + 10, f"took {took:.1f} s"
    if took >= 4:  # the stop could not finish: the watchdog ended it, and said so
        assert w.proc.returncode == 3, w.proc.returncode
        assert "did not stop within 4 s of the stop signal: exiting now" in log, log[-2000:]
