"""Windows closed before the input covered them are marked partial; windows after the input are not emitted.
The forecaster neither scores, learns from nor forecasts from a partial window."""

from __future__ import annotations

from trendscope_app.forecasting.prequential import ForecastConfig, PartitionForecaster
from trendscope_app.models import TrendScore
from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig


def test_the_end_of_input_flush_marks_the_uncovered_windows_partial():
    agg = PartitionAggregator(WindowConfig(grace=10.0, idle_rate=0.0, idle_timeout=1.0), ["r0", "t0"])
    mentions = [("r0", i, 7, 600.0 + 20.0 * i, 0.5) for i in range(20)]  # comments up to t=980
    agg.apply(
        MovieEventBatch(
            progress={"r0": 980.0, "t0": 900.0}, mentions=mentions, snapshots=[("t0", 0, 7, 900.0, 5.0, "M")]
        )
    )
    closed_by_data = {int(r.window_end) for r in agg.apply(MovieEventBatch()).emitted}
    flushed = agg.apply(MovieEventBatch(idle={"r0": 5.0, "t0": 5.0})).emitted
    by_end = {int(r.window_end): r for r in flushed}
    assert all(r.complete for r in flushed if r.window_end <= 980.0)
    assert [end for end, r in sorted(by_end.items()) if not r.complete] == [1020, 1080, 1140, 1200, 1260]
    # [1020, 1320) would start after the newest event (980): never emitted.
    assert max(by_end) == 1260 and not closed_by_data & set(by_end)


def point(end: float, score: float, complete: bool = True) -> TrendScore:
    return TrendScore(7, "", end - 300.0, end, 3, 0.1, 10.0, score, complete=complete)


def test_a_partial_window_is_neither_target_nor_baseline():
    fc = PartitionForecaster(ForecastConfig(), 0)
    for end in (600.0, 660.0, 720.0):
        fc.observe(point(end, 50.0))
    learned = fc.learned
    out = fc.observe(point(780.0, 5.0, complete=False))  # a cliff: the flush closed it half empty
    assert out.scored is None and out.forecast is None and out.expired is not None
    assert fc.learned == learned and fc.model_stats.n == learned
    assert 780.0 not in {f.forecast.target_window_end for f in fc.pending.values()}
