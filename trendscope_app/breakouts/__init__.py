"""Breakouts: which movie is taking off (:mod:`.detector`) and why it scores so (:mod:`.explain`)."""

from trendscope_app.breakouts.detector import (
    BreakoutBook,
    BreakoutConfig,
    BreakoutDetector,
    BreakoutEvent,
    poisson_z,
)
from trendscope_app.breakouts.explain import Expectation, MentionEvidence, explain

__all__ = [
    "BreakoutBook",
    "BreakoutConfig",
    "BreakoutDetector",
    "BreakoutEvent",
    "Expectation",
    "MentionEvidence",
    "explain",
    "poisson_z",
]
