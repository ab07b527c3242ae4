"""Breakouts: which movie is taking off (:mod:`.detector`) and why it scores so (:mod:`.explain`)."""

from trendscope_app.breakouts.book import BreakoutBook
from trendscope_app.breakouts.config import BreakoutConfig
from trendscope_app.breakouts.detector import BreakoutDetector
from trendscope_app.breakouts.explain import Expectation, explain
from trendscope_app.breakouts.poisson import poisson_z
from trendscope_app.models.breakout_event import BreakoutEvent

__all__ = [
    "BreakoutBook",
    "BreakoutConfig",
    "BreakoutDetector",
    "BreakoutEvent",
    "Expectation",
    "explain",
    "poisson_z",
]
