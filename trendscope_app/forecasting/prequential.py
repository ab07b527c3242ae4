"""Prequential (test-then-train) forecasting of each movie's next TrendScore, with a persistence baseline.

For every closed window ``w`` of movie ``m``, in the order the windows arrive:

1. if a forecast for ``w`` is pending (made when ``m``'s window ``w - step`` closed), it is scored
   against ``w``'s actual TrendScore, model and baseline alike; then the model learns from exactly that
   pair (the features stored with the forecast -> the actual of ``w``). A pending forecast is only ever
   scored against the window it was made for: if that window never arrives (no mention and no recent
   snapshot, so the window stage emitted nothing) the forecast expires unscored and unlearned;
2. the movie's history takes ``w``;
3. a forecast for ``w + step`` is made from the features at ``w`` and kept until that window arrives.

So a target is never learned before it was predicted, and nothing but the movie's own history up to ``w``
feeds the forecast. A window not newer than the movie's newest one (a duplicate after a crash upstream,
or a replay of input already processed) changes nothing.

The model learns the *change* over the step (``actual - trend_score(w)``): an untrained model forecasts
persistence, and the baseline (persistence, ``forecast = trend_score(w)``) is scored on the same pairs.

One forecaster serves one ``trend_stream`` partition: the movies of a partition share its model (see
:mod:`trendscope_app.agents.forecast` for why), each movie keeps its own history and pending forecast.
The whole forecaster pickles into one table value, so a restart resumes from one consistent state.
"""

from __future__ import annotations

import io
import math
import pickle
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from trendscope_app.breakouts import BreakoutBook, BreakoutConfig, BreakoutEvent
from trendscope_app.forecasting.drift import Challenger, DriftGuard
from trendscope_app.forecasting.features import FEATURE_NAMES, MovieHistory
from trendscope_app.forecasting.models import Features, build_model
from trendscope_app.models import Prediction, TrendScore
from trendscope_app.scoring.trendscore import Weights

STATE_VERSION = 1

# Classes that moved since a state was pickled: where the pickle names them -> where they live now.
_MOVED: dict[tuple[str, str], type] = {
    ("trendscope_app.forecasting.prequential", "Forecast"): Prediction,
}


class _StateUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        moved = _MOVED.get((module, name))
        return moved if moved is not None else super().find_class(module, name)


@dataclass(frozen=True)
class ForecastConfig:
    """Everything a forecaster's behaviour depends on (logged to MLflow as parameters)."""

    family: str = "linear"
    lr: float = 0.01
    l2: float = 0.001
    lr_power: float = 0.5
    target: str = "structural"
    size: int = 300
    step: int = 60
    weights: Weights = Weights()
    recent: int = 200
    drift_delta: float = 0.002
    drift_trial: int = 100
    seed: int = 42

    def params(self) -> dict[str, Any]:
        """Flat parameters for tracking.

        Examples
        --------
        >>> ForecastConfig().params()["model"]
        'linear'
        """
        return {
            "model": self.family,
            "lr": self.lr,
            "l2": self.l2,
            "lr_power": self.lr_power,
            "target": self.target,
            "window_size_s": self.size,
            "window_step_s": self.step,
            "horizon_steps": 1,
            "recent_predictions": self.recent,
            "drift_detector": "ADWIN",
            "drift_delta": self.drift_delta,
            "drift_trial": self.drift_trial,
            "features": ",".join(FEATURE_NAMES),
            "w1_popularity": self.weights.popularity,
            "w2_mentions": self.weights.mentions,
            "w3_sentiment": self.weights.sentiment,
        }


@dataclass
class ErrorStats:
    """MAE and RMSE over every scored forecast and over the most recent ``recent`` ones.

    Examples
    --------
    >>> e = ErrorStats(recent=2)
    >>> for err in (3.0, -1.0, 1.0):
    ...     e.add(err)
    >>> e.n, round(e.mae, 4), round(e.rmse, 4), e.recent_mae
    (3, 1.6667, 1.9149, 1.0)
    """

    recent: int = 200
    n: int = 0
    abs_sum: float = 0.0
    sq_sum: float = 0.0
    window: deque[float] = field(default_factory=deque)

    def add(self, error: float) -> None:
        self.n += 1
        self.abs_sum += abs(error)
        self.sq_sum += error * error
        self.window.append(error)
        while len(self.window) > self.recent:
            self.window.popleft()

    @property
    def mae(self) -> float:
        return self.abs_sum / self.n if self.n else math.nan

    @property
    def rmse(self) -> float:
        return math.sqrt(self.sq_sum / self.n) if self.n else math.nan

    @property
    def recent_mae(self) -> float:
        return sum(abs(e) for e in self.window) / len(self.window) if self.window else math.nan

    @property
    def recent_rmse(self) -> float:
        return math.sqrt(sum(e * e for e in self.window) / len(self.window)) if self.window else math.nan


@dataclass
class Pending:
    """A forecast waiting for its window, with the features it was made from (learned from later)."""

    forecast: Prediction
    features: list[float]


@dataclass
class Outcome:
    """What one TrendScore did to the forecaster."""

    duplicate: bool = False
    scored: Prediction | None = None
    expired: Prediction | None = None
    forecast: Prediction | None = None
    drift: bool = False
    promoted: bool = False
    predict_seconds: float = 0.0
    breakouts: list[BreakoutEvent] = field(default_factory=list)
    # Each breakout event's breakout as it stands after it (:func:`trendscope_app.breakouts.record.fold`).
    breakout_rows: list[dict[str, Any]] = field(default_factory=list)


class PartitionForecaster:
    """The model, per-movie histories, pending forecasts and error statistics of one partition.

    Examples
    --------
    >>> fc = PartitionForecaster(ForecastConfig(), partition=0)
    >>> rows = [(60.0, 2), (120.0, 4), (180.0, 4)]
    >>> outs = [fc.observe(TrendScore(9, "", e - 300, e, m, 0.0, 10.0, 19.0 + 3 * m)) for e, m in rows]
    >>> outs[0].forecast.target_window_end, outs[0].scored is None
    (120.0, True)
    >>> outs[1].scored.target_window_end, outs[1].scored.actual
    (120.0, 31.0)
    >>> fc.observe(TrendScore(9, "", -120, 180.0, 4, 0.0, 10.0, 31.0)).duplicate
    True
    >>> fc.model_stats.n, fc.learned
    (2, 2)
    """

    def __init__(
        self, config: ForecastConfig, partition: int, breakouts: BreakoutConfig | None = None
    ) -> None:
        self.config = config
        self.partition = partition
        self.state_version = STATE_VERSION
        self.model = self._fresh_model()
        self.generation = 0
        self.learned = 0
        self.histories: dict[int, MovieHistory] = {}
        self.pending: dict[int, Pending] = {}
        self.model_stats = ErrorStats(config.recent)
        self.baseline_stats = ErrorStats(config.recent)
        self.drift = DriftGuard(config.drift_delta)
        self.challenger: Challenger | None = None
        self.expired = 0
        self.duplicates = 0
        # The movies' breakout detectors live here so that they are saved and restored with the
        # forecasts they read, in the same single state value.
        self.breakouts = BreakoutBook(breakouts or BreakoutConfig(size=config.size, step=config.step))
        self.position: int | None = 0

    #: Offset of the next input record to observe (every one before it was); ``None`` in a state saved
    #: before positions were kept, until a record read in order sets it.
    position: int | None = None

    def observed(self, offset: int) -> bool:
        """Whether the input record at ``offset`` was observed already (input read again after a crash,
        or a record handed over as it was published and then read back from its topic)."""
        return self.position is not None and offset < self.position

    def advance(self, offset: int, *, in_order_only: bool = False) -> bool:
        """Take the input record at ``offset`` (not :meth:`observed`) as the next to observe.

        Records read in order are always taken (offsets may skip, as Kafka's do). With
        ``in_order_only`` a record is taken only when it is exactly the next one: a record handed over
        ahead of the topic is never observed before one published earlier and not observed yet.

        Examples
        --------
        >>> fc = PartitionForecaster(ForecastConfig(), partition=0)
        >>> fc.advance(0, in_order_only=True), fc.observed(0), fc.advance(3, in_order_only=True)
        (True, True, False)
        >>> fc.advance(3), fc.position, fc.advance(4, in_order_only=True)
        (True, 4, True)
        """
        if in_order_only and offset != self.position:
            return False
        self.position = offset + 1
        return True

    @property
    def model_version(self) -> str:
        """Family, partition, generation (bumped when a challenger takes over) and examples learned."""
        return f"{self.config.family}.p{self.partition}.g{self.generation}.n{self.learned}"

    def _fresh_model(self) -> Any:
        c = self.config
        return build_model(c.family, c.lr, c.l2, lr_power=c.lr_power, target=c.target, seed=c.seed)

    def observe(self, point: TrendScore) -> Outcome:
        """Score, learn, then forecast, for one closed window (see the module docstring)."""
        history = self.histories.get(point.movie_id)
        if history is None:
            history = self.histories[point.movie_id] = MovieHistory(
                panes_per_window=self.config.size // self.config.step, step=float(self.config.step)
            )
        if not history.is_new(point.window_end):
            self.duplicates += 1
            return Outcome(duplicate=True)
        out = Outcome()
        pending = self.pending.pop(point.movie_id, None)
        if not point.complete:
            # Closed before its data was in (the end of a replay, an outage): scoring the forecast against
            # it, learning from it or forecasting from it would teach the model a cliff that is not there.
            if pending is not None:
                self.expired += 1
                out.expired = pending.forecast
            self.breakouts.update(point)  # tells the detector its pane chain is broken
            history.skip(point.window_end)
            return out
        if pending is not None:
            if pending.forecast.target_window_end == point.window_end:
                out.scored = pending.forecast.scored(point.trend_score)
                out.drift, out.promoted = self._learn(pending, out.scored)
            else:
                # Its window never came (the movie had no score for it): never scored, never learned.
                self.expired += 1
                out.expired = pending.forecast
        out.breakouts = self.breakouts.update(point, out.scored)
        out.breakout_rows = self.breakouts.record(out.breakouts, point.title)
        history.update(point)
        features = history.features(self.config.weights)
        started = time.perf_counter()
        delta = self.model.predict_one(dict(zip(FEATURE_NAMES, features, strict=True)))
        out.predict_seconds = time.perf_counter() - started
        predicted = point.trend_score + delta if math.isfinite(delta) else point.trend_score
        step = float(self.config.step)
        forecast = Prediction(
            movie_id=point.movie_id,
            target_window_start=point.window_start + step,
            target_window_end=point.window_end + step,
            predicted=max(0.0, predicted),  # a TrendScore is never negative
            baseline=point.trend_score,
            model_version=self.model_version,
            made_at_window_end=point.window_end,
        )
        self.pending[point.movie_id] = Pending(forecast, features)
        out.forecast = forecast
        return out

    def _learn(self, pending: Pending, scored: Prediction) -> tuple[bool, bool]:
        assert scored.error is not None and scored.baseline_error is not None and scored.actual is not None
        assert scored.baseline is not None
        self.model_stats.add(scored.error)
        self.baseline_stats.add(scored.baseline_error)
        x: Features = dict(zip(FEATURE_NAMES, pending.features, strict=True))
        y = scored.actual - scored.baseline
        promoted = False
        if self.challenger is not None:
            # Scored on the example before learning it, like the serving model.
            own = y - self.challenger.model.predict_one(x)
            self.challenger.record(own, scored.error)
            self.challenger.model.learn_one(x, y)
        self.model.learn_one(x, y)
        self.learned += 1
        drift = self.drift.update(abs(scored.error))
        if self.challenger is not None and self.challenger.done:
            if self.challenger.wins:
                self.model = self.challenger.model
                self.generation += 1
                promoted = True
            self.challenger = None
        if drift and self.challenger is None:
            self.challenger = Challenger(self._fresh_model(), remaining=self.config.drift_trial)
        return drift, promoted

    def summary(self) -> dict[str, float]:
        """Error statistics for metrics and tracking."""
        m, b = self.model_stats, self.baseline_stats
        return {
            "predictions_scored": float(m.n),
            "mae": m.mae,
            "rmse": m.rmse,
            "baseline_mae": b.mae,
            "baseline_rmse": b.rmse,
            "recent_mae": m.recent_mae,
            "recent_rmse": m.recent_rmse,
            "recent_baseline_mae": b.recent_mae,
            "recent_baseline_rmse": b.recent_rmse,
            "drifts": float(self.drift.detections),
            "generation": float(self.generation),
            "movies": float(len(self.histories)),
        }

    def dumps(self) -> bytes:
        """The whole forecaster as bytes (pickle: River models are plain Python objects)."""
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def loads(blob: bytes, breakouts: BreakoutConfig | None = None) -> PartitionForecaster:
        """A forecaster from :meth:`dumps`; ``breakouts`` replaces the saved breakout parameters.

        A state saved before breakouts were detected gets a fresh book (its movies warm up again).
        """
        fc = _StateUnpickler(io.BytesIO(blob)).load()
        if not isinstance(fc, PartitionForecaster) or fc.state_version != STATE_VERSION:
            raise ValueError("not a forecaster state of this version")
        if not hasattr(fc, "breakouts"):
            fc.breakouts = BreakoutBook(breakouts or BreakoutConfig(size=fc.config.size, step=fc.config.step))
        elif breakouts is not None:
            fc.breakouts.configure(breakouts)
        return fc


@dataclass
class Evaluation:
    """Model and baseline errors of a prequential run over a whole stream."""

    model: ErrorStats
    baseline: ErrorStats
    drifts: int
    promotions: int
    forecasts: list[Prediction]

    @property
    def ratio(self) -> float:
        """Model MAE / baseline MAE (below 1: the model beats persistence)."""
        return self.model.mae / self.baseline.mae if self.baseline.n and self.baseline.mae else math.nan


def evaluate(
    trends: list[dict[str, Any]], config: ForecastConfig, partitions: int = 1, keep: bool = False
) -> Evaluation:
    """Run the forecasters of ``partitions`` partitions over ``trends`` (ordered by window end).

    Movies go to partitions the way ``trend_stream`` is keyed (JSON movie id, murmur2), so the shared
    models see what the worker's would.

    Examples
    --------
    >>> rows = [{"movie_id": 1, "window_start": e - 300, "window_end": e, "mentions": 3,
    ...          "avg_sentiment": 0.0, "popularity": 5.0, "trend_score": 26.0} for e in range(60, 660, 60)]
    >>> ev = evaluate(rows, ForecastConfig())
    >>> ev.model.n, ev.baseline.mae
    (9, 0.0)
    """
    from trendscope_app.models.keys import partition_for

    forecasters: dict[int, PartitionForecaster] = {}
    model, baseline = ErrorStats(config.recent), ErrorStats(config.recent)
    drifts = promotions = 0
    kept: list[Prediction] = []
    for row in trends:
        point = TrendScore.from_message(row)
        p = partition_for(point.movie_id, partitions)
        fc = forecasters.get(p)
        if fc is None:
            fc = forecasters[p] = PartitionForecaster(config, p)
        out = fc.observe(point)
        if out.scored is not None:
            assert out.scored.error is not None and out.scored.baseline_error is not None
            model.add(out.scored.error)
            baseline.add(out.scored.baseline_error)
            if keep:
                kept.append(out.scored)
        drifts += out.drift
        promotions += out.promoted
    return Evaluation(model, baseline, drifts, promotions, kept)
