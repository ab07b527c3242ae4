"""Event-time watermark over several input partitions.

Each input partition ("source", e.g. ``r0`` for ``reddit_stream`` partition 0) reports the largest event
time it has delivered. The watermark follows the *slowest* active source, so a lagging partition's events
are never dropped as late just because another partition ran ahead (DESIGN.md §3). A source that stayed
quiet for ``IDLE_TIMEOUT_S`` of wall time is *idle*: it no longer holds the watermark back. When every
source is idle the watermark advances by wall clock (``IDLE_WATERMARK_RATE`` event seconds per wall
second; 0 flushes every window that holds data).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


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
    """

    def __init__(
        self,
        sources: Iterable[str],
        *,
        grace: float,
        size: int,
        idle_rate: float = 1.0,
        progress: Mapping[str, float] | None = None,
    ) -> None:
        self.sources = frozenset(sources)
        self.grace = grace
        self.size = size
        self.idle_rate = idle_rate
        self.progress: dict[str, float] = dict(progress or {})
        # Wall-clock state is deliberately not persisted: after a restart idleness is re-detected.
        self.idle: dict[str, float] = {}

    def observe(self, source: str, event_time: float) -> None:
        """Record that ``source`` delivered everything up to ``event_time`` (monotone)."""
        self.idle.pop(source, None)
        if event_time > self.progress.get(source, float("-inf")):
            self.progress[source] = event_time

    def mark_idle(self, source: str, idle_for: float) -> None:
        """Record that ``source`` has delivered nothing for ``idle_for`` wall seconds."""
        self.idle[source] = idle_for

    def watermark(self) -> float | None:
        """The current watermark, or ``None`` while some active source has reported nothing."""
        active = [s for s in self.sources if s not in self.idle]
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
