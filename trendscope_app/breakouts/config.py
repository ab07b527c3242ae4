"""Every parameter of breakout detection, in one frozen object shared by a partition's detectors."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BreakoutConfig"]


@dataclass(frozen=True, slots=True)
class BreakoutConfig:
    """Every parameter of breakout detection (the wiring maps them to settings).

    Window counts are in complete windows, i.e. minutes with the default step.

    Attributes
    ----------
    size, step : int
        Window size and step in seconds (those of the window stage).
    evidence_panes : int
        Panes (minutes) of evidence per window; the busiest is left out (>= 2).
    start_threshold : float
        Score a breakout needs, for ``start_windows`` consecutive windows, to start.
    start_windows : int
        See ``start_threshold``.
    end_threshold : float
        A breakout ends once the score is below this for ``end_windows`` consecutive windows
        (``< start_threshold``: hysteresis).
    end_windows : int
        See ``end_threshold``.
    cooldown_windows : int
        Windows after an end during which no breakout starts.
    peak_gain : float
        A ``peak`` event needs a score this much (relatively) above the last reported peak.
    max_windows : int
        A breakout longer than this ends: its level is the movie's new normal.
    warmup_windows : int
        Complete windows a movie needs before it is scored (its rate must be known first).
    baseline_windows : float
        Time constant of the rate's EWMA, in windows (``alpha = 1 / baseline_windows``).
    baseline_clip : float
        Outside a breakout, a window moves the rate by at most this many standard deviations, so bursts
        and the first minutes of a breakout barely move the expectation.
    rate_uncertainty : float
        Relative uncertainty of the expected rate (quasi-Poisson dispersion ``1 + u**2 * expected``):
        the smallest lift a very busy movie needs is about ``start_threshold * rate_uncertainty``.
    min_rate : float
        Floor of the expected rate, mentions per minute (a silent movie that starts being talked about
        is scored against this).
    forecast_weight, forecast_cap : float
        The forecast's surprise adds ``forecast_weight * clip(median z, 0, forecast_cap)`` to the score;
        their product must stay below ``start_threshold``.
    forecast_floor : float
        Smallest scale of forecast errors, TrendScore points.
    z_cap : float
        Bound of the mentions z.

    Examples
    --------
    >>> BreakoutConfig().panes_per_window
    5
    >>> BreakoutConfig(end_threshold=4.0)
    Traceback (most recent call last):
    ...
    ValueError: end_threshold must be below start_threshold
    """

    size: int = 300
    step: int = 60
    evidence_panes: int = 3
    start_threshold: float = 3.0
    start_windows: int = 2
    end_threshold: float = 1.0
    end_windows: int = 3
    cooldown_windows: int = 10
    peak_gain: float = 0.25
    max_windows: int = 180
    warmup_windows: int = 10
    baseline_windows: float = 30.0
    baseline_clip: float = 3.0
    rate_uncertainty: float = 0.2
    min_rate: float = 0.1
    forecast_weight: float = 0.25
    forecast_cap: float = 2.0
    forecast_floor: float = 1.0
    z_cap: float = 30.0

    def __post_init__(self) -> None:
        if self.step <= 0 or self.size % self.step:
            raise ValueError("size must be a positive multiple of step")
        if not 2 <= self.evidence_panes <= self.panes_per_window:
            raise ValueError("evidence_panes must be between 2 and size / step")
        if self.end_threshold >= self.start_threshold:
            raise ValueError("end_threshold must be below start_threshold")
        if min(self.start_windows, self.end_windows, self.max_windows) < 1:
            raise ValueError("start_windows, end_windows and max_windows must be >= 1")
        if self.cooldown_windows < 0 or self.warmup_windows < 0:
            raise ValueError("cooldown_windows and warmup_windows must be >= 0")
        if self.baseline_windows < 1:
            raise ValueError("baseline_windows must be >= 1")
        if self.forecast_weight * self.forecast_cap >= self.start_threshold:
            raise ValueError("forecast_weight * forecast_cap must be below start_threshold")

    @property
    def panes_per_window(self) -> int:
        """``size / step``."""
        return self.size // self.step
