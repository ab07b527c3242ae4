"""Per-movie pane state: what one movie needs to produce its window results."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from trendscope_app.windows import evidence
from trendscope_app.windows.arithmetic import pane_start, panes_of_window


@dataclass(slots=True)
class WindowSummary:
    """The aggregates of one movie over one window."""

    mentions: int
    avg_sentiment: float
    popularity: float
    #: :func:`~trendscope_app.windows.evidence.window_evidence` of the window's panes.
    evidence: dict[str, Any] | None = None


@dataclass(slots=True)
class MovieWindows:
    """Panes of mention counts and sentiment sums, plus the movie's recent TMDB snapshots.

    ``applied`` keeps, per input partition, the highest source offset already counted for this movie.
    Events reach a movie in offset order per source partition, so anything at or below it is a replay
    after a crash or rebalance and is skipped: aggregates stay exact under at-least-once delivery.
    ``closed`` is the last window end this movie's results were emitted through and its panes pruned
    for: a state saved ahead of its partition's bookkeeping (a crash between the two writes) must not
    emit those windows again from the pruned panes.

    Examples
    --------
    >>> m = MovieWindows(title="Dune: Part Two")
    >>> m.add_mention("r0", 1, 125.0, 0.5, step=60)
    True
    >>> m.add_mention("r0", 1, 125.0, 0.5, step=60)     # same source offset again: a replay
    False
    >>> m.add_snapshot("t0", 7, 100.0, 80.0, "Dune: Part Two")
    True
    >>> m.summarise(300, size=300, step=60, ttl=1800)
    WindowSummary(mentions=1, avg_sentiment=0.5, popularity=80.0, evidence=None)
    >>> m.add_mention("r0", 2, 130.0, 0.1, step=60, where=("movies", "c9", "/r/movies/c9", 12))
    True
    >>> m.summarise(300, size=300, step=60, ttl=1800).evidence["subreddits"]
    {'movies': 1}
    """

    title: str = ""
    # pane start -> [mentions, sentiment sum, mentions per subreddit, best comments]
    # (:mod:`~trendscope_app.windows.evidence`; the last two are empty for mentions without a source)
    panes: dict[int, list[Any]] = field(default_factory=dict)
    snapshots: list[tuple[float, float]] = field(default_factory=list)
    applied: dict[str, int] = field(default_factory=dict)
    closed: int | None = None

    def _fresh(self, source: str, offset: int) -> bool:
        if offset <= self.applied.get(source, -1):
            return False
        self.applied[source] = offset
        return True

    def add_mention(
        self,
        source: str,
        offset: int,
        ts: float,
        sentiment: float,
        *,
        step: int,
        where: tuple[str, str, str | None, int] | None = None,
    ) -> bool:
        """Count one comment mentioning this movie; ``False`` if it was already counted.

        ``where`` is the comment's ``(subreddit, id, permalink, Reddit score)``, the window's evidence.
        """
        if not self._fresh(source, offset):
            return False
        start = pane_start(ts, step)
        pane = self.panes.get(start)
        if pane is None:
            pane = self.panes[start] = [1, sentiment, {}, []]
        else:
            pane[0] += 1
            pane[1] += sentiment
        if where is not None:
            evidence.add(pane[2], pane[3], *where)
        return True

    def add_snapshot(self, source: str, offset: int, ts: float, popularity: float, title: str) -> bool:
        """Record a TMDB snapshot; ``False`` if it was already recorded."""
        if not self._fresh(source, offset):
            return False
        bisect.insort(self.snapshots, (ts, popularity))
        if title and (not self.snapshots or ts >= self.snapshots[-1][0]):
            self.title = title
        return True

    def latest_snapshot_before(self, end: float) -> tuple[float, float] | None:
        i = bisect.bisect_left(self.snapshots, (end, float("-inf")))
        return self.snapshots[i - 1] if i else None

    def summarise(self, end: int, *, size: int, step: int, ttl: float) -> WindowSummary | None:
        """Aggregates for the window ending at ``end``; ``None`` if the movie does not score in it.

        A movie scores when a comment in the window mentions it or it has a snapshot within ``ttl``
        before the window end.
        """
        count = 0
        total = 0.0
        seen: list[evidence.Evidence] = []
        for p in panes_of_window(end, size, step):
            pane = self.panes.get(p)
            if pane is not None:
                count += int(pane[0])
                total += pane[1]
                if pane[2]:
                    seen.append((pane[2], pane[3]))
        snap = self.latest_snapshot_before(end)
        if count == 0 and (snap is None or snap[0] < end - ttl):
            return None
        return WindowSummary(
            mentions=count,
            avg_sentiment=total / count if count else 0.0,
            popularity=snap[1] if snap else 0.0,
            evidence=evidence.window_evidence(seen) if seen else None,
        )

    def prune(self, closed_until: int, *, size: int, step: int) -> None:
        """Forget panes no open window needs, and all but the newest snapshot before ``closed_until``."""
        if self.closed is None or closed_until > self.closed:
            self.closed = closed_until
        oldest_needed = closed_until + step - size
        for p in [p for p in self.panes if p < oldest_needed]:
            del self.panes[p]
        i = bisect.bisect_left(self.snapshots, (closed_until, float("-inf")))
        if i > 1:
            del self.snapshots[: i - 1]

    def earliest_event(self) -> float | None:
        """Earliest event time this state holds (panes and snapshots)."""
        candidates = []
        if self.panes:
            candidates.append(float(min(self.panes)))
        if self.snapshots:
            candidates.append(self.snapshots[0][0])
        return min(candidates) if candidates else None

    def is_empty(self, closed_until: int, ttl: float) -> bool:
        """True when the movie can never score again without new input."""
        if self.panes:
            return False
        return not self.snapshots or self.snapshots[-1][0] < closed_until - ttl

    # -- persistence (compact JSON-friendly form) --------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A copy, not a view: Faust encodes a changelog value when it sends it, a batch or more later."""
        return {
            "t": self.title,
            # Copies of the evidence too, for the same reason.
            "p": [[k, v[0], v[1], dict(v[2]), [list(b) for b in v[3]]] for k, v in self.panes.items()],
            "s": list(self.snapshots),
            "a": dict(self.applied),
            "c": self.closed,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MovieWindows:
        return cls(
            title=d.get("t", ""),
            # A state saved before panes carried evidence has three fields per pane.
            panes={
                int(p[0]): [p[1], p[2], dict(p[3]) if len(p) > 3 else {}, p[4] if len(p) > 4 else []]
                for p in d.get("p", [])
            },
            snapshots=[(float(a), float(b)) for a, b in d.get("s", [])],
            applied=dict(d.get("a", {})),
            closed=d.get("c"),
        )
