"""A breakout event (topic ``breakouts``): a movie started breaking out, peaked, or ended."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["BreakoutEvent", "BreakoutKind"]

BreakoutKind = Literal["start", "peak", "end"]


@dataclass(frozen=True)
class BreakoutEvent:
    """One message of the ``breakouts`` topic (keyed by movie).

    Attributes
    ----------
    movie_id : int
        The movie.
    kind : {"start", "peak", "end"}
        What happened.
    window_end : float
        The window at whose close it happened.
    started_at_window_end : float
        The window the breakout started at (``window_end`` for a start).
    score : float
        The score at ``window_end``.
    evidence : dict
        JSON-ready numbers behind it (see :meth:`BreakoutDetector.update`).

    Examples
    --------
    >>> e = BreakoutEvent(7, "start", 600.0, 600.0, 4.2, {"lift": 3.1})
    >>> e.key, e.as_dict()["kind"]
    ('7:600:start:600', 'start')
    """

    movie_id: int
    kind: BreakoutKind
    window_end: float
    started_at_window_end: float
    score: float
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The event's identity: a replay yields the same key, so consumers upsert by it."""
        return f"{self.movie_id}:{self.started_at_window_end:g}:{self.kind}:{self.window_end:g}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields, with ``key``."""
        return {
            "key": self.key,
            "movie_id": self.movie_id,
            "kind": self.kind,
            "window_end": self.window_end,
            "started_at_window_end": self.started_at_window_end,
            "score": self.score,
            "evidence": dict(self.evidence),
        }
