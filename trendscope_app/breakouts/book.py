"""The breakout detectors of one forecaster partition's movies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from trendscope_app.breakouts.config import BreakoutConfig
from trendscope_app.breakouts.detector import QUIET, BreakoutDetector, ForecastLike, WindowLike
from trendscope_app.breakouts.record import fold
from trendscope_app.models.breakout_event import BreakoutEvent

__all__ = ["BreakoutBook"]


class BreakoutBook:
    """The detectors of the movies of one forecaster partition, created on first sight.

    Parameters
    ----------
    config : BreakoutConfig
        Shared by every detector.

    Examples
    --------
    >>> from trendscope_app.models import TrendScore
    >>> book = BreakoutBook(BreakoutConfig())
    >>> book.update(TrendScore(1, "", -240, 60.0, 3, 0.0, 5.0, 26.0))
    []
    >>> len(book.detectors), book.active()
    (1, [])
    """

    def __init__(self, config: BreakoutConfig | None = None) -> None:
        self.config = config or BreakoutConfig()
        self.detectors: dict[int, BreakoutDetector] = {}
        # movie id -> the row of its running breakout (:func:`~trendscope_app.breakouts.record.fold`)
        self.open: dict[int, dict[str, Any]] = {}

    def update(self, window: WindowLike, forecast: ForecastLike | None = None) -> list[BreakoutEvent]:
        """:meth:`BreakoutDetector.update` of the window's movie."""
        det = self.detectors.get(window.movie_id)
        if det is None:
            det = self.detectors[window.movie_id] = BreakoutDetector(self.config, window.movie_id)
        return det.update(window, forecast)

    def configure(self, config: BreakoutConfig) -> None:
        """Use ``config`` from now on, in every detector too (settings changed across a restart)."""
        if (config.size, config.step) != (self.config.size, self.config.step):
            raise ValueError("the window size and step of a breakout book cannot change")
        self.config = config
        for det in self.detectors.values():
            det.config = config

    def record(self, events: Iterable[BreakoutEvent], title: str = "") -> list[dict[str, Any]]:
        """Fold ``events`` into their breakouts' rows; returns each row as it stands after its event.

        Examples
        --------
        >>> book = BreakoutBook()
        >>> rows = book.record([BreakoutEvent(4, "start", 60.0, 60.0, 3.5), BreakoutEvent(4, "end", 240.0,
        ...                     60.0, 0.0, {"reason": "fell_back"})], "Heat")
        >>> [(r["status"], r["events"]) for r in rows], book.open
        ([('active', 1), ('ended', 2)], {})
        """
        rows = []
        for e in events:
            row = fold(self.open.get(e.movie_id), e, title)
            if e.kind == "end":
                self.open.pop(e.movie_id, None)
            else:
                self.open[e.movie_id] = row
            rows.append(row)
        return rows

    def run(self, windows: Iterable[WindowLike]) -> list[BreakoutEvent]:
        """Every event of ``windows`` (in window-end order), without forecasts."""
        events: list[BreakoutEvent] = []
        for w in windows:
            events += self.update(w)
        return events

    def active(self) -> list[dict[str, Any]]:
        """:meth:`BreakoutDetector.state` of every movie breaking out now, by movie id."""
        return [d.state() for _, d in sorted(self.detectors.items()) if d.active]

    def prune(self, before: float) -> int:
        """Forget quiet movies whose last window ended before ``before``; return how many.

        A forgotten movie starts again with a warm-up, as a new one would.
        """
        gone = [
            mid
            for mid, d in self.detectors.items()
            if d.phase_id == QUIET and d.last_end is not None and d.last_end < before
        ]
        for mid in gone:
            del self.detectors[mid]
        return len(gone)
