"""Prequential forecasting without Kafka: pairing, idempotence, restarts, drift, and the sample's MAE."""

from __future__ import annotations

import copy
import math
import random
from pathlib import Path
from typing import Any

import pytest
from river import base

from tests.support import expected_trends
from trendscope_app.datasets.sample import SampleSpec, generate
from trendscope_app.forecasting.prequential import ForecastConfig, PartitionForecaster, evaluate
from trendscope_app.models import Prediction, TrendScore

DATA = Path(__file__).parent.parent / "data"


def trend_rows(spec: SampleSpec) -> list[dict[str, Any]]:
    comments, snapshots, truth = generate(spec)
    rows = [
        {
            "movie_id": e.movie_id,
            "window_start": float(e.window_end - 300),
            "window_end": float(e.window_end),
            "mentions": e.mentions,
            "avg_sentiment": e.avg_sentiment,
            "popularity": e.popularity,
            "trend_score": e.trend_score,
        }
        for e in expected_trends(comments, snapshots, truth).values()
    ]
    return sorted(rows, key=lambda r: (r["window_end"], r["movie_id"]))


@pytest.fixture(scope="module")
def small_rows() -> list[dict[str, Any]]:
    return trend_rows(SampleSpec(n_comments=3000, n_movies=8, duration_s=1200.0, seed=5, n_breakouts=1))


class Recorder(base.Regressor):
    """Wraps the real model and records, in order, what it was asked to predict and to learn."""

    def __init__(self, inner: base.Regressor, log: list[tuple[str, Any, ...]]) -> None:
        self.inner = inner
        self.log = log

    def predict_one(self, x: dict[str, float]) -> float:
        y = self.inner.predict_one(x)
        self.log.append(("predict", dict(x), y))
        return y

    def learn_one(self, x: dict[str, float], y: float) -> None:
        self.log.append(("learn", dict(x), y))
        self.inner.learn_one(x, y)


def test_each_forecast_is_scored_against_its_own_window_and_learned_only_after_it(small_rows):
    fc = PartitionForecaster(ForecastConfig(), partition=0)
    calls: list[tuple[str, Any, ...]] = []
    fc.model = Recorder(fc.model, calls)
    made: dict[
        tuple[int, float], tuple[int, dict[str, float], float]
    ] = {}  # (movie, target) -> (call, x, base)
    actual_at: dict[tuple[int, float], float] = {}
    learned = 0
    for row in small_rows:
        point = TrendScore.from_message(row)
        before = len(calls)
        out = fc.observe(point)
        actual_at[(point.movie_id, point.window_end)] = point.trend_score
        new_calls = calls[before:]
        learns = [c for c in new_calls if c[0] == "learn"]
        if out.scored is not None:
            s = out.scored
            key = (s.movie_id, s.target_window_end)
            # Scored only against the window it was made for, made one step earlier.
            assert s.target_window_end == point.window_end and s.movie_id == point.movie_id
            assert s.made_at_window_end == point.window_end - 60
            assert s.actual == point.trend_score and s.error == pytest.approx(s.actual - s.predicted)
            assert s.baseline_error == pytest.approx(s.actual - s.baseline)
            # Learned exactly once, from the features the forecast was made from, after it was made.
            call_index, x, baseline = made.pop(key)
            assert call_index < before
            assert len(learns) == 1
            assert learns[0][1] == x and learns[0][2] == pytest.approx(s.actual - baseline)
            learned += 1
        else:
            assert learns == []
        assert out.forecast is not None
        f = out.forecast
        assert (f.made_at_window_end, f.target_window_end) == (point.window_end, point.window_end + 60)
        assert (f.movie_id, f.target_window_end) not in actual_at  # a forecast, never a look at the answer
        predicts = [i for i, c in enumerate(new_calls) if c[0] == "predict"]
        assert len(predicts) == 1 and all(
            i > j for i in predicts for j, c in enumerate(new_calls) if c[0] == "learn"
        )
        made[(f.movie_id, f.target_window_end)] = (
            before + predicts[0],
            new_calls[predicts[0]][1],
            f.baseline,
        )
    assert learned == fc.learned == fc.model_stats.n > 0
    # What is left is the last forecast of each movie, whose window never closed.
    assert {m for m, _ in made} == {r["movie_id"] for r in small_rows}


def test_a_forecast_whose_window_never_comes_expires_unscored_and_unlearned():
    fc = PartitionForecaster(ForecastConfig(), partition=0)
    for end in (60.0, 120.0):
        fc.observe(TrendScore(1, "", end - 300, end, 4, 0.2, 5.0, 30.0))
    learned = fc.learned
    out = fc.observe(TrendScore(1, "", 0.0, 300.0, 1, 0.0, 5.0, 20.0))  # 180 and 240 were never emitted
    assert out.scored is None and out.expired is not None and out.expired.target_window_end == 180.0
    assert fc.learned == learned and fc.expired == 1
    assert out.forecast is not None and out.forecast.target_window_end == 360.0


def forecasts_of(fc: PartitionForecaster, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        o = fc.observe(TrendScore.from_message(row))
        out.extend(f.as_dict() for f in (o.scored, o.forecast) if f is not None)
    return out


def test_duplicates_and_replays_change_nothing(small_rows):
    clean = forecasts_of(PartitionForecaster(ForecastConfig(), 0), small_rows)
    rng = random.Random(1)
    noisy: list[dict[str, Any]] = []
    for i, row in enumerate(small_rows):
        noisy.append(row)
        if rng.random() < 0.2:
            noisy.append(dict(row))  # an identical duplicate right after a crash upstream
        if i > 40 and rng.random() < 0.05:
            noisy.extend(small_rows[i - 30 : i + 1])  # input replayed from an older committed offset
    fc = PartitionForecaster(ForecastConfig(), 0)
    assert forecasts_of(fc, noisy) == clean
    assert fc.duplicates == len(noisy) - len(small_rows)


def test_a_window_closed_before_its_data_comes_again_as_a_duplicate(small_rows):
    # The end of a replay closes each movie's last windows before their data is in; read again (after a
    # crash, or from trend_stream once the window stage handed it over) such a window changes nothing.
    movie = small_rows[0]["movie_id"]
    rows = [r for r in small_rows if r["movie_id"] == movie][:10]
    partial = {**rows[-1], "complete": False}
    fc = PartitionForecaster(ForecastConfig(), 0)
    forecasts_of(fc, rows[:-1])
    first = fc.observe(TrendScore.from_message(partial))
    assert first.expired is not None and not first.duplicate and fc.expired == 1
    again = fc.observe(TrendScore.from_message(partial))
    assert again.duplicate and fc.expired == 1 and fc.duplicates == 1
    # The next window is learned from as after any gap.
    nxt = fc.observe(
        TrendScore.from_message(
            {
                **partial,
                "complete": True,
                "window_end": partial["window_end"] + 60,
                "window_start": partial["window_start"] + 60,
            }
        )
    )
    assert not nxt.duplicate and nxt.forecast is not None


def test_a_restored_forecaster_continues_exactly_like_an_uninterrupted_one(small_rows):
    cut = len(small_rows) // 2
    uninterrupted = PartitionForecaster(ForecastConfig(), 0)
    forecasts_of(uninterrupted, small_rows[:cut])
    restored = PartitionForecaster.loads(uninterrupted.dumps())
    rest_a = forecasts_of(uninterrupted, small_rows[cut:])
    rest_b = forecasts_of(restored, small_rows[cut:])
    assert rest_a == rest_b and len(rest_a) > 0
    assert restored.summary() == pytest.approx(uninterrupted.summary(), nan_ok=True)


def _old_inputs(ends: range) -> list[TrendScore]:
    # What made tests/data/forecaster_state_before_models.pickle (windows 300..960), with the code from
    # before the message types moved to trendscope_app.models.
    return [
        TrendScore(m, "", e - 300, e, m * (e // 60 % 4), 0.1, 10.0 * m, 19.0 + 3 * m)
        for e in ends
        for m in (1, 2, 3)
    ]


def test_state_pickled_before_the_message_types_moved_still_loads_and_continues_exactly():
    blob = (DATA / "forecaster_state_before_models.pickle").read_bytes()
    assert b"prequential" in blob and b"Forecast" in blob  # names the old class path
    old = PartitionForecaster.loads(blob)
    fresh = PartitionForecaster(ForecastConfig(), 0)
    for point in _old_inputs(range(300, 1020, 60)):
        fresh.observe(point)
    assert {m: p.forecast for m, p in old.pending.items()} == {
        m: p.forecast for m, p in fresh.pending.items()
    }
    assert all(isinstance(p.forecast, Prediction) for p in old.pending.values())
    later = _old_inputs(range(1020, 1500, 60))

    def what(fc: PartitionForecaster) -> list[tuple[Any, ...]]:
        return [(o.scored, o.expired, o.forecast, o.drift, o.promoted) for o in map(fc.observe, later)]

    assert what(old) == what(fresh)


def test_state_from_another_version_is_refused():
    fc = PartitionForecaster(ForecastConfig(), 0)
    fc.state_version = -1
    with pytest.raises(ValueError):
        PartitionForecaster.loads(fc.dumps())


def test_a_drift_starts_a_challenger_that_takes_over_when_it_is_better():
    fc = PartitionForecaster(ForecastConfig(drift_trial=30), 0)
    rng = random.Random(0)
    end = 60.0
    outs = []
    # A calm regime, then mentions jump around a much higher level: the trained model's weights are wrong.
    for i in range(400):
        m = rng.randint(8, 12) if i < 250 else rng.randint(0, 200)
        outs.append(fc.observe(TrendScore(1, "", end - 300, end, m, 0.0, 10.0, 19.0 + 3 * m)))
        end += 60.0
    drifts = [i for i, o in enumerate(outs) if o.drift]
    promoted = [i for i, o in enumerate(outs) if o.promoted]
    assert drifts and drifts[0] > 250, drifts
    assert fc.drift.detections == len(drifts)
    # The challenger started at the drift was tried on the next 30 scored forecasts, then took over.
    assert promoted == [drifts[0] + 30]
    assert fc.generation == 1 and fc.challenger is None
    assert outs[promoted[0]].forecast.model_version.startswith("linear.p0.g1.")
    assert outs[promoted[0] - 1].forecast.model_version.startswith("linear.p0.g0.")


def test_challenger_loses_to_a_better_serving_model():
    from trendscope_app.forecasting.drift import Challenger

    fc = PartitionForecaster(ForecastConfig(drift_trial=2), 0)
    serving = fc.model
    fc.challenger = Challenger(copy.deepcopy(serving), remaining=1)
    fc.challenger.abs_error = 1e9  # far worse than the serving model so far
    for end in (60.0, 120.0):
        fc.observe(TrendScore(1, "", end - 300, end, 4, 0.0, 5.0, 29.0))
    assert fc.challenger is None and fc.generation == 0 and fc.model is serving


def test_default_sample_replay_model_beats_persistence():
    """The issue's measure: the default sample (60k comments, 50 movies), 4 partitions like the topic."""
    rows = trend_rows(SampleSpec())
    ev = evaluate(rows, ForecastConfig(), partitions=4)
    persistence_target = evaluate(rows, ForecastConfig(target="persistence"), partitions=4)
    print(
        f"\ndefault sample replay: {ev.model.n} forecasts scored; model MAE {ev.model.mae:.3f} "
        f"RMSE {ev.model.rmse:.3f}; persistence baseline MAE {ev.baseline.mae:.3f} RMSE {ev.baseline.rmse:.3f}; "
        f"ratio {ev.ratio:.3f}; drifts {ev.drifts}, challengers promoted {ev.promotions}"
        f"\n(model learning the whole change instead of the structural residual: ratio {persistence_target.ratio:.3f})"
    )
    assert ev.model.n == len(rows) - 50
    assert math.isfinite(ev.model.mae) and ev.model.mae <= 0.8 * ev.baseline.mae
    assert persistence_target.model.mae <= 0.85 * persistence_target.baseline.mae
