"""Breakout detection per movie, one closed window at a time: pure logic, no Kafka, no clock.

What is scored
--------------
Windows hop (``size`` 300 s, ``step`` 60 s), so consecutive windows share four of their five one-minute
panes and a single busy minute raises five windows in a row. Comparing windows would count that minute
five times, so the detector works on **panes**, recovered exactly from the windows in order as in
:mod:`trendscope_app.forecasting.features` (``pane(w) = mentions(w) - mentions(w - step) + pane(w - size)``,
starting from empty panes, since a window that was never emitted held no mention).

At each complete window the evidence is the last ``evidence_panes`` panes **without the busiest one**
(a trimmed sum): one burst minute can never make a score on its own, however big, because it is the pane
left out; two busy minutes make one window of evidence, and ``start_windows`` consecutive windows of it
are needed to start. The trimmed sum is compared with a count model, Poisson with the movie's recent
rate: ``expected = (evidence_panes - 1) * rate``, where ``rate`` is an EWMA of mentions per minute taken
from windows that end *before* the evidence panes begin (so a breakout never raises its own
expectation). The one-sided Poisson tail ``P(X >= observed)`` (mid-p) is turned into a z-like score, so
a movie with 2 mentions a minute and one with 200 are judged on the same scale. Counts are divided by the
dispersion ``1 + rate_uncertainty**2 * expected`` first (quasi-Poisson): a big movie's rate is never
known to better than ``rate_uncertainty`` (slow growth, waves, bursty threads), so it needs a real lift,
not just a statistically visible one, while a small movie is judged by its Poisson noise.

When the forecast made for this window one step earlier is given, its surprise
``(actual - predicted) / scale`` (``scale``: an EWMA of the movie's squared forecast errors) adds to the
score, only upward and at most ``forecast_weight * forecast_cap``, which is below ``start_threshold``:
the forecast can make a start earlier (a popularity jump the mentions alone do not show), never alone.
The median of its last three surprises is used, for the same reason the busiest pane is dropped.

The state machine
-----------------
``quiet`` -> ``breakout`` when the score is at least ``start_threshold`` for ``start_windows``
consecutive complete windows (a ``start`` event). While in a breakout, a ``peak`` event is emitted when
the score beats the last reported peak by ``peak_gain`` (relative), and the baseline rate is frozen
(the breakout is measured against what was normal before it). ``breakout`` -> ``cooldown`` when the
score stays below ``end_threshold`` (< ``start_threshold``: hysteresis) for ``end_windows`` windows, or
after ``max_windows`` (then the new level has become the movie's normal and the baseline is re-anchored
to it), with an ``end`` event. ``cooldown`` -> ``quiet`` after ``cooldown_windows`` windows, during
which nothing starts.

Partial windows (``complete`` is false) are ignored: no score, no event; they only tell the detector
that the pane chain is broken, after which the panes are re-estimated and ``panes_per_window`` windows
pass unscored. A window not newer than the last one seen (a replay after a crash, a duplicate) changes
nothing and emits nothing. Everything is a pure function of the windows in order, so a detector
restored from a pickle taken at window ``w`` emits exactly the events an uninterrupted one emits after
``w``; an event is identified by ``(movie_id, started_at_window_end, kind, window_end)``
(:attr:`BreakoutEvent.key`). A detector's state is a few dozen numbers whatever the movie's history.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any, Protocol

from trendscope_app.breakouts.config import BreakoutConfig
from trendscope_app.breakouts.explain import Expectation, ScoreLike
from trendscope_app.breakouts.poisson import poisson_z
from trendscope_app.models.breakout_event import BreakoutEvent

__all__ = ["BreakoutDetector", "ForecastLike", "WindowLike"]

QUIET, ACTIVE, COOLDOWN = 0, 1, 2
PHASES = ("quiet", "breakout", "cooldown")


class WindowLike(ScoreLike, Protocol):
    """The fields of a closed window the detector reads (``TrendScore`` has them): a score, and whether
    its window is complete."""

    @property
    def complete(self) -> bool | None: ...


class ForecastLike(Protocol):
    """The fields of a forecast the detector reads (:class:`~trendscope_app.models.Prediction` has them)."""

    @property
    def target_window_end(self) -> float: ...
    @property
    def predicted(self) -> float: ...


def _r(x: float) -> float:
    # Evidence is for people and JSON: 4 decimals are plenty and keep messages short.
    return round(x, 4)


class BreakoutDetector:
    """Breakout detection for one movie, fed its closed windows in order.

    Parameters
    ----------
    config : BreakoutConfig
        Parameters (one object shared by the detectors of a :class:`BreakoutBook`, pickled once with it).
    movie_id : int, optional
        Taken from the first window when not given.

    Examples
    --------
    A movie at 4 mentions a minute, then 20 a minute from minute 40 (windows are 5-minute sums):

    >>> from trendscope_app.models import TrendScore
    >>> panes = [4] * 40 + [20] * 15 + [4] * 40
    >>> det, events = BreakoutDetector(BreakoutConfig()), []
    >>> for i in range(len(panes)):
    ...     m = sum(panes[max(0, i - 4) : i + 1])
    ...     end = 60.0 * (i + 1)
    ...     events += det.update(TrendScore(7, "", end - 300, end, m, 0.0, 10.0, 19.0 + 3 * m))
    >>> [(e.kind, e.window_end / 60 - 1) for e in events]
    [('start', 42.0), ('end', 58.0)]
    >>> events[0].evidence["lift"] >= 3, det.phase
    (True, 'quiet')
    """

    __slots__ = (
        "active_windows",
        "age",
        "below",
        "broken",
        "config",
        "cooldown",
        "emitted_peak",
        "err_sq",
        "errs",
        "expected",
        "last_end",
        "movie_id",
        "panes",
        "peak",
        "peak_end",
        "phase_id",
        "prev",
        "rate",
        "rates",
        "resync",
        "run",
        "score",
        "started_at",
    )

    def __init__(self, config: BreakoutConfig, movie_id: int | None = None) -> None:
        self.config = config
        self.movie_id = movie_id
        self.last_end: float | None = None
        self.broken = False
        self.resync = 0
        self.age = 0
        self.panes: list[float] = [0.0] * config.panes_per_window
        self.rate: float | None = None
        self.rates: deque[float] = deque(maxlen=config.evidence_panes)
        self.err_sq: float | None = None
        self.errs: deque[float] = deque(maxlen=3)
        self.prev: tuple[float, float] | None = None
        self.expected: Expectation | None = None
        self.score: float | None = None
        self.phase_id = QUIET
        self.run = 0
        self.below = 0
        self.cooldown = 0
        self.active_windows = 0
        self.started_at: float | None = None
        self.peak = 0.0
        self.peak_end: float | None = None
        self.emitted_peak = 0.0

    @property
    def phase(self) -> str:
        """``"quiet"``, ``"breakout"`` or ``"cooldown"``."""
        return PHASES[self.phase_id]

    @property
    def active(self) -> bool:
        """Whether the movie is breaking out (started and not yet ended)."""
        return self.phase_id == ACTIVE

    def learn_one(self, window: WindowLike, forecast: ForecastLike | None = None) -> None:
        """River's verb for :meth:`update`, when the events are not wanted (a warm-up)."""
        self.update(window, forecast)

    def update(self, window: WindowLike, forecast: ForecastLike | None = None) -> list[BreakoutEvent]:
        """Take the movie's next closed window; return the events it causes (usually none).

        Parameters
        ----------
        window : WindowLike
            The closed window; a partial one (``complete`` false) is ignored, one not newer than the
            last window seen changes nothing.
        forecast : ForecastLike, optional
            The forecast made for this window one step earlier; ignored unless its
            ``target_window_end`` is this window's end.

        Returns
        -------
        list of BreakoutEvent
            ``start`` evidence: ``mentions`` (the window's), ``panes`` (the evidence panes),
            ``observed`` and ``expected`` (trimmed sum and its Poisson mean), ``baseline_per_min``,
            ``lift`` (observed / expected), ``z_mentions``, ``z_forecast`` (or None), ``predicted`` (or
            None), ``trend_score``, ``popularity``, ``windows_above``; ``peak`` the same;
            ``end`` adds ``reason`` (``"fell_back"``, ``"silent"``, ``"max_windows"``), ``windows``,
            ``peak_score`` and ``peak_window_end``.
        """
        cfg = self.config
        end = float(window.window_end)
        if self.last_end is not None and end <= self.last_end:
            return []
        if self.movie_id is None:
            self.movie_id = int(window.movie_id)
        if not window.complete:
            self.broken = True
            self.last_end = end
            return []
        r = cfg.panes_per_window
        m = float(window.mentions)
        events: list[BreakoutEvent] = []
        expected_m = self._expected_mentions(end)
        if self.last_end is None:
            # The movie's first window: the windows before it were never emitted, so they held nothing.
            self.panes = [0.0] * (r - 1) + [m]
        elif self.broken:
            # A partial window hid a pane: spread what is known evenly and score nothing until the
            # estimate has left the panes.
            self.panes = [m / r] * r
            self.resync = r
            self.broken = False
        else:
            skipped = round((end - self.last_end) / cfg.step) - 1
            if skipped > 0:
                # A window is emitted whenever the movie had a mention, so the skipped ones held none:
                # every pane of this window but the newest is empty.
                events += self._skip(skipped)
                self.panes = [0.0] * (r - 1) + [m]
            else:
                new = m - (sum(self.panes) - self.panes[0])
                if new < -1e-6:
                    # Only a history that began mid-stream (or a lost window) gets here.
                    self.panes = [m / r] * r
                    self.resync = r
                else:
                    self.panes = [*self.panes[1:], max(new, 0.0)]
        self.last_end = end
        self.expected = Expectation(
            mentions=expected_m,
            popularity=self.prev[0] if self.prev else None,
            avg_sentiment=self.prev[1] if self.prev else None,
            trend_score=(
                float(forecast.predicted)
                if forecast is not None and forecast.target_window_end == end
                else None
            ),
        )
        self.prev = (float(window.popularity), float(window.avg_sentiment))
        z_forecast, predicted = self._forecast_surprise(window, forecast)
        self.score = None
        evidence: dict[str, Any] = {}
        if self.resync > 0:
            self.resync -= 1
        elif self.age >= cfg.warmup_windows and self.rate is not None:
            k = cfg.evidence_panes
            last = self.panes[-k:]
            observed = sum(last) - max(last)
            baseline = max(self.rates[0] if len(self.rates) == k else self.rate, cfg.min_rate)
            expected = (k - 1) * baseline
            dispersion = 1.0 + cfg.rate_uncertainty**2 * expected
            z_m = poisson_z(observed / dispersion, expected / dispersion, cfg.z_cap)
            bonus = 0.0 if z_forecast is None else max(0.0, min(cfg.forecast_cap, z_forecast))
            self.score = z_m + cfg.forecast_weight * bonus
            evidence = {
                "mentions": int(m),
                "panes": [_r(p) for p in last],
                "observed": _r(observed),
                "expected": _r(expected),
                "baseline_per_min": _r(baseline),
                "lift": _r(observed / expected),
                "z_mentions": _r(z_m),
                "z_forecast": None if z_forecast is None else _r(z_forecast),
                "predicted": None if predicted is None else _r(predicted),
                "trend_score": _r(float(window.trend_score)),
                "popularity": _r(float(window.popularity)),
            }
            events += self._advance(self.score, end, evidence)
        # While warming up, the newest pane: the first windows of a movie (or of a replay) cover minutes
        # before its data began, so their mean would start the rate too low.
        self._learn_rate(self.panes[-1] if self.age < cfg.warmup_windows else m / r)
        self.age += 1
        return events

    def _expected_mentions(self, end: float) -> float | None:
        """The window's mentions expected before seeing it: the panes that stay plus one at the rate."""
        if self.rate is None or self.last_end is None or end - self.last_end > self.config.step * 1.5:
            return None
        return sum(self.panes[1:]) + self.rate

    def _forecast_surprise(
        self, window: WindowLike, forecast: ForecastLike | None
    ) -> tuple[float | None, float | None]:
        cfg = self.config
        if forecast is None or forecast.target_window_end != float(window.window_end):
            # Surprises only make sense in an unbroken run of forecasts.
            self.errs.clear()
            return None, None
        predicted = float(forecast.predicted)
        err = float(window.trend_score) - predicted
        if self.err_sq is None:
            self.err_sq = err * err
            return None, predicted
        scale = max(cfg.forecast_floor, math.sqrt(self.err_sq))
        self.errs.append(max(-cfg.z_cap, min(cfg.z_cap, err / scale)))
        if self.phase_id != ACTIVE:
            clipped = max(-cfg.baseline_clip * scale, min(cfg.baseline_clip * scale, err))
            self.err_sq += (clipped * clipped - self.err_sq) / cfg.baseline_windows
        if len(self.errs) < 3:
            return None, predicted
        return sorted(self.errs)[1], predicted

    def _learn_rate(self, x: float) -> None:
        """Move the expected rate towards the window's mean rate ``x`` (frozen during a breakout)."""
        cfg = self.config
        if self.rate is None:
            self.rate = x
        elif self.phase_id != ACTIVE:
            if self.age >= cfg.warmup_windows:
                rate = max(self.rate, cfg.min_rate)
                sd = math.sqrt(rate / cfg.panes_per_window + (cfg.rate_uncertainty * rate) ** 2)
                x = max(self.rate - cfg.baseline_clip * sd, min(self.rate + cfg.baseline_clip * sd, x))
            # A running mean at first (no stale prior to forget), an EWMA once it has enough windows.
            self.rate += (x - self.rate) / min(self.age + 1, cfg.baseline_windows)
        self.rates.append(self.rate)

    def _skip(self, n: int) -> list[BreakoutEvent]:
        """Windows that were never emitted (the movie was silent): below every threshold."""
        cfg = self.config
        assert self.last_end is not None
        events: list[BreakoutEvent] = []
        # Beyond this many, silent windows change nothing but the rate, which is near its floor by then.
        bound = cfg.end_windows + cfg.cooldown_windows + cfg.max_windows + 4 * int(cfg.baseline_windows)
        for i in range(min(n, bound)):
            end = self.last_end + (i + 1) * cfg.step
            events += self._advance(-math.inf, end, {"mentions": 0}, silent=True)
            self._learn_rate(0.0)
            self.age += 1
        self.errs.clear()
        return events

    def _advance(
        self, score: float, end: float, evidence: dict[str, Any], silent: bool = False
    ) -> list[BreakoutEvent]:
        """One step of the state machine at window ``end``."""
        cfg = self.config
        assert self.movie_id is not None
        if self.phase_id == COOLDOWN:
            self.cooldown -= 1
            if self.cooldown <= 0:
                self.phase_id = QUIET
            return []
        if self.phase_id == QUIET:
            self.run = self.run + 1 if score >= cfg.start_threshold else 0
            if self.run < cfg.start_windows:
                return []
            self.phase_id, self.started_at = ACTIVE, end
            self.peak = self.emitted_peak = score
            self.peak_end = end
            self.below = self.active_windows = 0
            ev = {**evidence, "windows_above": self.run}
            self.run = 0
            return [BreakoutEvent(self.movie_id, "start", end, end, score, ev)]
        assert self.started_at is not None and self.peak_end is not None
        self.active_windows += 1
        if score > self.peak:
            self.peak, self.peak_end = score, end
        self.below = self.below + 1 if score < cfg.end_threshold else 0
        reason = None
        if self.below >= cfg.end_windows:
            reason = "silent" if silent else "fell_back"
        elif self.active_windows >= cfg.max_windows:
            reason = "max_windows"
        if reason is None:
            if score >= cfg.start_threshold and score > self.emitted_peak * (1.0 + cfg.peak_gain):
                self.emitted_peak = score
                return [BreakoutEvent(self.movie_id, "peak", end, self.started_at, score, dict(evidence))]
            return []
        ev = {
            **evidence,
            "reason": reason,
            "windows": self.active_windows,
            "peak_score": _r(self.peak),
            "peak_window_end": self.peak_end,
        }
        started = self.started_at
        self.phase_id = COOLDOWN if cfg.cooldown_windows > 0 else QUIET
        self.cooldown = cfg.cooldown_windows
        self.started_at, self.peak_end = None, None
        self.below = self.active_windows = 0
        if reason == "max_windows":
            # The level it reached is the movie's normal now: expect it from here on.
            self.rate = sum(self.panes) / cfg.panes_per_window
            self.rates.clear()
        return [BreakoutEvent(self.movie_id, "end", end, started, score if math.isfinite(score) else 0.0, ev)]

    def state(self) -> dict[str, Any]:
        """What the API shows for the movie: phase, score, and the start of a running breakout.

        Examples
        --------
        >>> BreakoutDetector(BreakoutConfig(), movie_id=3).state()
        {'movie_id': 3, 'phase': 'quiet', 'score': None, 'started_at_window_end': None, 'window_end': None}
        """
        return {
            "movie_id": self.movie_id,
            "phase": self.phase,
            "score": None if self.score is None else _r(self.score),
            "started_at_window_end": self.started_at,
            "window_end": self.last_end,
        }

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
