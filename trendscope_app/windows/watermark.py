"""Event-time watermark over several input partitions.

Each input partition ("source", e.g. ``r0`` for ``reddit_stream`` partition 0) reports the largest event
time it has delivered. The watermark follows the *slowest* active source, so a lagging partition's events
are never dropped as late just because another partition ran ahead (docs/windows.md). A source that stayed
quiet for ``IDLE_TIMEOUT_S`` of wall time is *idle*: it no longer holds the watermark back. When every
source is idle the watermark advances by wall clock (``IDLE_WATERMARK_RATE`` event seconds per wall
second; 0 flushes every window that holds data).

A pause of *every* source ends as soon as one of them delivers again. From then on the others must be
quiet for ``IDLE_TIMEOUT_S`` again before they stop holding the watermark back: having been quiet during
the pause says nothing about whether they resume with the rest, and a producer's batching routinely
delivers one partition's burst a moment before another's. A pause is either every source marked idle or
no delivery from any source for ``IDLE_TIMEOUT_S``: the marks of a source that just changed hands (its
new reader has not judged it yet) never arrive, yet nothing came from it either.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping

#: Wall seconds an idle mark holds without being renewed. The input's reader repeats its marks every
#: second; when they stop coming (its broker frozen, its worker gone) the mark lapses, so a source idle
#: before an outage does not let the others' backlog close windows before its own backlog is in.
IDLE_MARK_TTL_S = 5.0


class WatermarkTracker:
    """Tracks per-source event-time progress and derives the watermark.

    Examples
    --------
    >>> wm = WatermarkTracker(["r0", "r1"], grace=10.0, size=300)
    >>> wm.observe("r0", 1000.0); wm.watermark() is None   # r1 unknown: nothing may close yet
    True
    >>> wm.observe("r1", 700.0); wm.watermark()
    690.0
    >>> wm.mark_idle("r1", 20.0); wm.watermark()           # r1 went quiet: follow r0
    990.0
    >>> wm.mark_idle("r0", 30.0); wm.watermark()           # everyone idle: wall clock drives it
    1010.0

    After a pause, a source that was quiet through it holds the watermark back again until it has been
    quiet for ``idle_timeout`` since the others resumed:

    >>> now = [100.0]
    >>> wm = WatermarkTracker(["r0", "t0"], grace=0.0, size=300, idle_timeout=3.0, clock=lambda: now[0])
    >>> wm.observe("r0", 500.0); wm.observe("t0", 480.0)
    >>> wm.mark_idle("r0", 5.0); wm.mark_idle("t0", 5.0)  # a pause
    >>> wm.observe("r0", 560.0)                              # r0 resumes at wall time 100
    >>> now[0] = 101.0; wm.mark_idle("t0", 6.0); wm.watermark()   # 1 s later t0 still counts
    480.0
    >>> now[0] = 104.0; wm.mark_idle("t0", 9.0); wm.watermark()   # 4 s later it is idle again
    560.0

    An idle mark holds only while it is renewed (the sender repeats it every second): one not heard of
    for :data:`IDLE_MARK_TTL_S` lapses, and the source holds the watermark back again.

    >>> now[0] = 104.0 + IDLE_MARK_TTL_S + 1; wm.watermark()       # t0's sender went silent
    480.0
    """

    def __init__(
        self,
        sources: Iterable[str],
        *,
        grace: float,
        size: int,
        idle_rate: float = 1.0,
        progress: Mapping[str, float] | None = None,
        idle_timeout: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.sources = frozenset(sources)
        self.grace = grace
        self.size = size
        self.idle_rate = idle_rate
        self.progress: dict[str, float] = dict(progress or {})
        self.idle_timeout = idle_timeout
        self.clock = clock
        # Wall-clock state is deliberately not persisted: after a restart idleness is re-detected.
        self.idle: dict[str, float] = {}
        self._marked_at: dict[str, float] = {}
        self.resumed_at: float | None = None
        #: Wall time any source last delivered new data (``None``: none since this tracker was made).
        self.last_delivery: float | None = None

    def observe(self, source: str, event_time: float) -> None:
        """Record that ``source`` delivered everything up to ``event_time`` (monotone).

        The first delivery after a pause of every source (all marked idle, or none delivering for
        ``idle_timeout``) clears every idle mark: each source must be quiet for ``idle_timeout`` anew.

        Examples
        --------
        >>> now = [0.0]
        >>> wm = WatermarkTracker(["r0", "r1", "t0"], grace=0.0, size=300, idle_timeout=3.0,
        ...                       clock=lambda: now[0])
        >>> for src, t in (("r0", 890.0), ("r1", 890.0), ("t0", 600.0)): wm.observe(src, t)
        >>> now[0] = 19.0; wm.mark_idle("t0", 19.0)    # t0 quiet; r1's marks never come (it changed hands)
        >>> now[0] = 20.0; wm.observe("r0", 990.0); wm.observe("r1", 990.0)
        >>> wm.watermark()                              # t0's next snapshot may be a moment behind
        600.0
        """
        now = self.clock()
        advanced = event_time > self.progress.get(source, float("-inf"))
        # Only new data ends a pause: a reader re-sending progress it sent before delivers nothing.
        paused = (
            advanced and self.last_delivery is not None and 0 < self.idle_timeout <= now - self.last_delivery
        )
        if paused or (self.idle and len(self.idle) == len(self.sources)):
            self.idle.clear()
            self.resumed_at = now
        else:
            self.idle.pop(source, None)
        if advanced:
            self.progress[source] = event_time
            self.last_delivery = now

    def hold_idle_marks(self) -> None:
        """Ignore idle marks for the next ``idle_timeout`` seconds, as after a resumption; a first
        delivery later than that counts as the end of a pause."""
        self.resumed_at = self.last_delivery = self.clock()

    def mark_idle(self, source: str, idle_for: float) -> None:
        """Record that ``source`` has delivered nothing for ``idle_for`` wall seconds."""
        if self.resumed_at is not None:
            if self.clock() - self.resumed_at < self.idle_timeout:
                return
            self.resumed_at = None
        self.idle[source] = idle_for
        self._marked_at[source] = self.clock()

    def _active(self) -> list[str]:
        """The sources that hold the watermark: not idle, or idle by a mark that has lapsed."""
        now = self.clock()
        for source in [s for s in self.idle if now - self._marked_at[s] > IDLE_MARK_TTL_S]:
            del self.idle[source]
        return [s for s in sorted(self.sources) if s not in self.idle]

    def holding_back(self) -> list[str]:
        """Active sources that keep the watermark where it is: silent ones, else the slowest.

        Examples
        --------
        >>> wm = WatermarkTracker(["r0", "t0"], grace=0.0, size=300)
        >>> wm.observe("r0", 50.0); wm.holding_back()
        ['t0']
        >>> wm.observe("t0", 20.0); wm.holding_back()
        ['t0']
        """
        active = self._active()
        silent = [s for s in active if s not in self.progress]
        if silent or not active:
            return silent
        slowest = min(self.progress[s] for s in active)
        return [s for s in active if self.progress[s] == slowest]

    def covered(self) -> float | None:
        """How far the data itself has come: the watermark of the sources still delivering, or, when every
        source is idle, the newest event time seen. A window ending at or before it is *complete*; one
        closed past it (by an idle flush or the idle clock) is *partial*.

        Examples
        --------
        >>> wm = WatermarkTracker(["r0", "r1"], grace=10.0, size=300, idle_rate=0.0)
        >>> wm.observe("r0", 1000.0); wm.observe("r1", 700.0)
        >>> wm.covered(), wm.watermark()
        (690.0, 690.0)
        >>> wm.mark_idle("r0", 5.0); wm.mark_idle("r1", 5.0)
        >>> wm.covered(), wm.watermark()
        (1000.0, 1300.0)
        """
        active = self._active()
        if active:
            return self.watermark()
        return max(self.progress.values()) if self.progress else None

    def newest(self) -> float | None:
        """The newest event time any source delivered."""
        return max(self.progress.values()) if self.progress else None

    def watermark(self) -> float | None:
        """The current watermark, or ``None`` while some active source has reported nothing."""
        active = self._active()
        if active:
            if any(s not in self.progress for s in active):
                return None
            return min(self.progress[s] for s in active) - self.grace
        if not self.progress:
            return None
        newest = max(self.progress.values())
        if self.idle_rate == 0:
            # Flush: every window that contains an event closes.
            return newest + self.size
        quiet = min(self.idle.values())
        return newest + self.idle_rate * quiet - self.grace
