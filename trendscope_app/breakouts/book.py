"""The breakout detectors of one forecaster partition's movies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from trendscope_app.breakouts.config import BreakoutConfig
from trendscope_app.breakouts.detector import QUIET, BreakoutDetector, ForecastLike, WindowLike
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

    def update(self, window: WindowLike, forecast: ForecastLike | None = None) -> list[BreakoutEvent]:
        """:meth:`BreakoutDetector.update` of the window's movie."""
        det = self.detectors.get(window.movie_id)
        if det is None:
            det = self.detectors[window.movie_id] = BreakoutDetector(self.config, window.movie_id)
        return det.update(window, forecast)

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
