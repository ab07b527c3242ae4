"""How far the stages after the windows are behind, without Kafka: progress, lag and the scraped gauges."""

from __future__ import annotations

from trendscope_app.observability.stages import StageProgress, StagesCollector


def test_lag_counts_each_partitions_unfinished_records_and_the_newest_window_behind() -> None:
    p = StageProgress("history")
    p.done([("trend_stream", 0, 9, 100.0, 600.0), ("trend_stream", 0, 4, 100.0, 540.0)], now=101.0)
    p.done([("trend_stream", 2, 0, 100.0, 300.0)], now=101.0)
    highwater = {("trend_stream", 0): 25, ("trend_stream", 2): 1}.get
    assert p.next_offset == {("trend_stream", 0): 10, ("trend_stream", 2): 1}  # never goes back
    assert p.lag_records(highwater) == 15
    assert p.lag_seconds(780.0) == 180.0 and p.lag_seconds(None) is None
    p.forget([("trend_stream", 0)])  # a revoked partition is another worker's lag now
    assert p.lag_records(highwater) == 0


def test_a_stage_that_finished_nothing_reports_no_lag_in_seconds() -> None:
    assert StageProgress("forecast").lag_seconds(600.0) is None


def test_the_collector_exports_both_gauges_per_stage() -> None:
    collector = StagesCollector()
    collector.newest_closed = lambda: 1_200.0
    collector.highwater = lambda key: 7
    families = {f.name: f for f in collector.collect()}
    assert set(families) == {"trendscope_stage_lag_seconds", "trendscope_stage_lag_records"}
    stages = {s.labels["stage"] for s in families["trendscope_stage_lag_records"].samples}
    assert stages == {"forecast", "history"}
