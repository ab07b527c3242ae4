"""How long a worker took to start, phase by phase: logged as each phase ends and shown in ``/health``.

Times count from the launch of the process (read from ``/proc`` on Linux, so the interpreter's own start
and the imports are included), not from when this module was imported.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import Any

__all__ = ["StartUp", "process_started_at"]

log = logging.getLogger(__name__)

#: The phase that ends start-up: from then on the worker does what it is for.
FIRST_READ = "first comment read"
#: The phase after which a worker has recovered its tables and reads comments.
READY = "ready to read comments"


def process_started_at(now: Callable[[], float] = time.time) -> float:
    """Wall time (epoch s) this process was launched; the time of the call where ``/proc`` is missing."""
    try:
        with open("/proc/self/stat") as f:
            started_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return now()
    return now() - (uptime - started_ticks / os.sysconf("SC_CLK_TCK"))


class StartUp:
    """The phases of one worker's start, in seconds since its launch.

    Examples
    --------
    >>> clock = iter([12.0, 14.5, 20.0]).__next__
    >>> s = StartUp(began=10.0, clock=clock)
    >>> s.mark("tables recovered"), s.mark("tables recovered"), s.mark(FIRST_READ)
    (2.0, 2.0, 4.5)
    >>> s.status()
    {'seconds': 4.5, 'phases': {'tables recovered': 2.0, 'first comment read': 4.5}}
    """

    def __init__(self, began: float | None = None, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.began = process_started_at(clock) if began is None else began
        self.phases: dict[str, float] = {}

    def mark(self, phase: str) -> float:
        """Record that ``phase`` ended now (the first time only); returns its time since launch."""
        if phase not in self.phases:
            self.phases[phase] = round(self.clock() - self.began, 3)
            log.info("start-up: %s after %.1f s", phase, self.phases[phase])
        return self.phases[phase]

    def status(self) -> dict[str, Any]:
        """``seconds``: launch to the first comment read (``None`` before it); ``phases``: when each ended."""
        return {"seconds": self.phases.get(FIRST_READ), "phases": dict(self.phases)}
