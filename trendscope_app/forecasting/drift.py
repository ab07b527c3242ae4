"""Drift detection on the forecaster's absolute error (ADWIN), and what a detected drift does.

Handling, documented here once: a drift means the model's recent errors differ significantly from its
older ones. The forecaster then starts a *challenger*, a fresh model of the same family that learns from
the following examples alongside the serving one; each is scored on every example before it learns it.
After ``trial`` examples the challenger replaces the serving model (a new model generation, visible in
``model_version``) if its mean absolute error over the trial was lower, and is dropped otherwise. So a
drift never throws away a model that still works, and nothing is served from a model that has seen only
a handful of examples. Drifts are logged and counted (``ml_drift_total``) either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from river.drift import ADWIN

    from trendscope_app.forecasting.models import Regressor


@dataclass
class Challenger:
    """A fresh model on trial against the serving one since a drift."""

    model: Regressor
    remaining: int
    abs_error: float = 0.0
    serving_abs_error: float = 0.0
    n: int = 0

    def record(self, own_error: float, serving_error: float) -> None:
        self.abs_error += abs(own_error)
        self.serving_abs_error += abs(serving_error)
        self.n += 1
        self.remaining -= 1

    @property
    def done(self) -> bool:
        return self.remaining <= 0

    @property
    def wins(self) -> bool:
        """Lower mean absolute error than the serving model over the same trial examples.

        Examples
        --------
        >>> c = Challenger(model=None, remaining=2)
        >>> c.record(1.0, 3.0); c.record(2.0, 1.0)
        >>> c.done, c.wins
        (True, True)
        """
        return self.n > 0 and self.abs_error < self.serving_abs_error


@dataclass
class DriftGuard:
    """ADWIN on the absolute error of the serving model.

    Examples
    --------
    >>> g = DriftGuard(delta=0.002)
    >>> any(g.update(1.0) for _ in range(500))
    False
    >>> any(g.update(50.0) for _ in range(200))
    True
    >>> g.detections
    1
    """

    delta: float = 0.002
    detections: int = 0
    detector: ADWIN = field(init=False)

    def __post_init__(self) -> None:
        # Imported here: river.drift loads SciPy (1.7 s), which commands that only build the app never need.
        from river.drift import ADWIN

        self.detector = ADWIN(delta=self.delta)  # type: ignore[no-untyped-call]

    def update(self, abs_error: float) -> bool:
        """Feed one absolute error; ``True`` when it completes a drift."""
        self.detector.update(abs_error)  # type: ignore[no-untyped-call]
        if self.detector.drift_detected:
            self.detections += 1
            return True
        return False
