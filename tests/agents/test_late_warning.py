"""Events dropped as late are lost mentions: the window stage says so in its log, at most once per partition
every ``LATE_LOG_EVERY_S``, with the count and which inputs were idle (the metric counts every one)."""

from __future__ import annotations

import logging

from trendscope_app.agents import windows as stage
from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig


def test_late_events_are_logged_with_their_count_at_most_once_per_interval(monkeypatch, caplog) -> None:
    agg = PartitionAggregator(WindowConfig(grace=0.0), sources=["r0", "t0"])
    agg.apply(MovieEventBatch(progress={"r0": 100.0, "t0": 100.0}, mentions=[("r0", 0, 7, 100.0, 0.5)]))
    agg.apply(MovieEventBatch(progress={"r0": 400.0}, idle={"t0": 5.0}))
    late = agg.apply(MovieEventBatch(mentions=[("r0", 1, 7, 110.0, 0.5)]))
    assert late.late == 1  # the window stage's own count, from the pure aggregator

    windows = stage.Windows.__new__(stage.Windows)
    windows._late = {}
    clock = iter([1000.0, 1003.0, 1011.0]).__next__
    monkeypatch.setattr(stage.time, "monotonic", clock)
    with caplog.at_level(logging.WARNING, logger=stage.__name__):
        windows._warn_late(3, agg, 1)
        windows._warn_late(3, agg, 2)  # 3 s later: counted, not logged
        windows._warn_late(3, agg, 4)  # 11 s after the first: logged with the 6 since then
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 2, lines
    assert "partition 3: 1 late events missed their windows" in lines[0]
    assert "partition 3: 6 late events missed their windows" in lines[1]
    assert "idle inputs ['t0']" in lines[1]
