"""The event-time guard: an input's event time may not leap implausibly far ahead of its partition.

One record with a bad clock or a typo'd year would otherwise move its partition's event time, and the
watermark with it, hours ahead, and every honest record after it would be late. The allowance grows with
the wall time since the partition last advanced, so a live source that resumes after an outage is
accepted while a replayed record from next year is not.
"""

from __future__ import annotations

from trendscope_app.models import InvalidRecord

__all__ = ["EventTimeGuard"]


class EventTimeGuard:
    """Per input partition: the newest event time accepted and the wall time it was accepted at.

    Examples
    --------
    >>> guard = EventTimeGuard(max_jump_s=3600.0)
    >>> guard.check("r0", 1_000.0, now=50.0)             # the first record sets the partition's time
    >>> guard.check("r0", 4_000.0, now=51.0)             # 50 minutes ahead: accepted
    >>> try:
    ...     guard.check("r0", 90_000.0, now=52.0)
    ... except InvalidRecord as err:
    ...     print(err)
    event time 90000 jumps 86000 s ahead of partition r0 (limit 3601 s)
    >>> guard.check("r0", 90_000.0, now=52.0 + 86_000.0)  # after a day of silence it is plausible again
    >>> guard.newest("r0")
    90000.0
    """

    def __init__(self, max_jump_s: float) -> None:
        self.max_jump_s = max_jump_s
        self._seen: dict[str, tuple[float, float]] = {}

    def check(self, source: str, event_time: float, now: float) -> None:
        """Accept ``event_time`` for ``source`` at wall time ``now``, or raise :class:`InvalidRecord`."""
        seen = self._seen.get(source)
        if seen is not None:
            newest, at = seen
            allowed = newest + self.max_jump_s + max(0.0, now - at)
            if event_time > allowed:
                raise InvalidRecord(
                    f"event time {event_time:.0f} jumps {event_time - newest:.0f} s ahead of partition "
                    f"{source} (limit {allowed - newest:.0f} s)"
                )
            if event_time <= newest:
                return
        self._seen[source] = (event_time, now)

    def newest(self, source: str) -> float | None:
        """The newest event time accepted for ``source``; ``None`` before its first record."""
        seen = self._seen.get(source)
        return seen[0] if seen is not None else None
