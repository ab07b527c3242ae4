"""A stop that does not finish turns into an exit, with a line that says so.

A worker stopping while the broker is unreachable can wait for it for ever (commits, a consumer waiting for
in-flight messages). Every state it holds is changelogged and its offsets are committed only after its
results are acknowledged, so exiting without finishing the stop is as safe as a ``kill -9``, which the
pipeline is built to survive; hanging is not (its partitions are not handed over).
"""

from __future__ import annotations

import logging
import os
import sys
import threading

__all__ = ["exit_if_not_stopped_within"]

log = logging.getLogger(__name__)

EXIT_STUCK = 3


def exit_if_not_stopped_within(seconds: float) -> threading.Timer:
    """Start a daemon timer that ends the process after ``seconds``, unless the process exits first."""

    def stuck() -> None:
        log.error("the worker did not stop within %.0f s of the stop signal: exiting now", seconds)
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stderr.flush()
        os._exit(EXIT_STUCK)

    timer = threading.Timer(seconds, stuck)
    timer.daemon = True
    timer.start()
    return timer
