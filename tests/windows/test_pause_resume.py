"""The window stage after a pause of every input: a source that resumes a moment late loses nothing."""

from __future__ import annotations

from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig
from trendscope_app.windows.watermark import WatermarkTracker


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def started(clock: Clock, *, idle_rate: float, comment_at: float, snapshot_at: float) -> PartitionAggregator:
    """Movie 7 with one comment (r0) and one snapshot (t0) read, each input's progress at its record."""
    agg = PartitionAggregator(WindowConfig(grace=10.0, idle_rate=idle_rate, idle_timeout=3.0), ["r0", "t0"])
    agg.tracker.clock = clock
    agg.apply(
        MovieEventBatch(
            progress={"r0": comment_at, "t0": snapshot_at},
            mentions=[("r0", 0, 7, comment_at, 0.5)],
            snapshots=[("t0", 0, 7, snapshot_at, 10.0, "Movie")],
        )
    )
    return agg


def paused_aggregator(clock: Clock) -> PartitionAggregator:
    """Comments (r0) and snapshots (t0) of movie 7 up to t=890, then both inputs quiet for 20 s."""
    agg = started(clock, idle_rate=0.001, comment_at=890.0, snapshot_at=870.0)
    clock.now = 20.0
    agg.apply(MovieEventBatch(idle={"r0": 20.0, "t0": 20.0}))
    return agg


def test_a_source_quiet_through_a_pause_holds_the_watermark_until_it_resumes():
    clock = Clock()
    agg = paused_aggregator(clock)
    # Comments resume and run far ahead; the snapshot input is still "idle" in the ingest's eyes.
    clock.now = 21.0
    out = agg.apply(MovieEventBatch(progress={"r0": 1000.0}, mentions=[("r0", 1, 7, 930.0, 0.1)]))
    clock.now = 22.0
    out2 = agg.apply(MovieEventBatch(idle={"t0": 22.0}))
    assert out.emitted == out2.emitted == []  # held back at t0's 870 - grace
    assert agg.tracker.holding_back() == ["t0"]

    out = agg.apply(MovieEventBatch(progress={"t0": 990.0}, snapshots=[("t0", 1, 7, 930.0, 20.0, "Movie")]))
    assert out.late == 0
    by_end = {int(r.window_end): r for r in out.emitted}
    assert by_end[960].popularity == 20.0  # the snapshot that arrived after the comments counts
    assert by_end[960].mentions == 2


def test_a_source_still_quiet_after_the_idle_timeout_stops_holding_back():
    clock = Clock()
    agg = paused_aggregator(clock)
    clock.now = 21.0
    agg.apply(MovieEventBatch(progress={"r0": 1000.0}))
    clock.now = 24.5  # 3.5 s after the resumption: t0 is idle again
    out = agg.apply(MovieEventBatch(idle={"t0": 24.5}))
    assert [int(r.window_end) for r in out.emitted][-1] == 960
    assert agg.tracker.holding_back() == ["r0"]


def test_partial_idleness_is_unchanged_by_the_pause_rule():
    clock = Clock()
    wm = WatermarkTracker(["r0", "t0"], grace=0.0, size=300, idle_timeout=3.0, clock=clock)
    wm.observe("r0", 100.0)
    wm.observe("t0", 50.0)
    wm.mark_idle("t0", 5.0)  # only t0 quiet: no pause, the marker counts at once
    wm.observe("r0", 200.0)
    assert wm.watermark() == 200.0


def test_a_restored_partition_ignores_idle_marks_for_the_idle_timeout():
    """After a restart or takeover, a source declared idle at once must not let the others run ahead."""
    clock = Clock()
    restored = PartitionAggregator(
        WindowConfig(grace=10.0, idle_rate=0.001, idle_timeout=3.0),
        ["r0", "t0"],
        meta={"c": 840, "p": {"r0": 899.0, "t0": 600.0}, "m": []},
    )
    assert restored.tracker.resumed_at is not None  # restoring held the marks...
    fresh = PartitionAggregator(WindowConfig(idle_timeout=3.0), ["r0", "t0"])
    assert fresh.tracker.resumed_at is None  # ...a partition with no history does not
    restored.tracker.clock = clock
    restored.tracker.hold_idle_marks()  # the same hold, on the test's clock
    restored.apply(MovieEventBatch(idle={"r0": 5.0}))  # the comment partition looks idle right away
    out = restored.apply(MovieEventBatch(progress={"t0": 1800.0}, snapshots=[("t0", 0, 7, 900.0, 10.0, "M")]))
    assert out.emitted == [] and restored.tracker.holding_back() == ["r0"]
    out = restored.apply(MovieEventBatch(progress={"r0": 1000.0}, mentions=[("r0", 0, 7, 930.0, 0.5)]))
    assert out.late == 0

    clock.now = 3.5  # past the hold, an idle mark counts again
    restored.apply(MovieEventBatch(idle={"r0": 3.5}))
    assert "r0" in restored.tracker.idle


def test_a_source_idle_before_an_outage_holds_the_watermark_when_the_others_backlog_comes_first():
    """Snapshots (t0) were idle, comments (r0) flowing; then the broker froze for 10 s. After it, the
    comments' backlog reaches the window stage before the snapshot produced during the freeze: the
    snapshot input's old idle mark, not renewed through the freeze, no longer lets the comments close
    the windows the snapshot belongs to."""
    clock = Clock()
    agg = started(clock, idle_rate=1.0, comment_at=600.0, snapshot_at=300.0)
    agg.apply(MovieEventBatch(idle={"t0": 4.0}))
    clock.now = 12.0  # the freeze: nothing reaches the window stage
    out = agg.apply(MovieEventBatch(progress={"r0": 1200.0}, mentions=[("r0", 1, 7, 1150.0, 0.1)]))
    assert out.emitted == []  # held by t0 at 300
    out = agg.apply(MovieEventBatch(progress={"t0": 900.0}, snapshots=[("t0", 1, 7, 900.0, 50.0, "Movie")]))
    assert out.late == 0
    assert max(r.window_end for r in out.emitted) == 840.0  # up to the snapshot's progress less the grace
    clock.now = 20.0
    out = agg.apply(MovieEventBatch(idle={"t0": 5.0}))
    popularity = {r.window_end: r.popularity for r in out.emitted}
    assert popularity and all(p == 50.0 for end, p in popularity.items() if end > 900.0)


def test_a_pause_while_a_source_changed_hands_still_makes_idle_sources_wait():
    """Two workers; one stops between two replays. The survivor marks the snapshot input (t0) idle, but
    not yet the comment partition it just took over (r1): not every source is marked idle, yet nothing
    came for 15 s. The next replay's comments reach the window stage before its first snapshot; t0's old
    mark must not let them close the window that snapshot belongs to."""
    clock = Clock()
    agg = PartitionAggregator(WindowConfig(grace=10.0, idle_rate=0.001, idle_timeout=3.0), ["r0", "r1", "t0"])
    agg.tracker.clock = clock
    agg.apply(
        MovieEventBatch(
            progress={"r0": 899.0, "r1": 899.0, "t0": 600.0},
            mentions=[("r0", 0, 7, 850.0, 0.5)],
            snapshots=[("t0", 0, 7, 600.0, 10.0, "Movie")],
        )
    )
    for second in range(5, 20):  # the survivor's reader repeats its marks every second
        clock.now = float(second)
        agg.apply(MovieEventBatch(idle={"r0": clock.now, "t0": clock.now}))
        if second == 17:  # after the rebalance's fetch pause it re-sends the progress it had: no new data
            clock.now = 17.5
            agg.apply(MovieEventBatch(progress={"r0": 899.0, "r1": 899.0, "t0": 600.0}))
    clock.now = 20.0
    out = agg.apply(MovieEventBatch(progress={"r0": 990.0, "r1": 990.0}, mentions=[("r1", 0, 7, 930.0, 0.5)]))
    clock.now = 21.0  # the snapshot is not read yet: its reader still finds the input quiet
    out2 = agg.apply(MovieEventBatch(idle={"t0": 21.0}))
    assert out.emitted == out2.emitted == [] and agg.tracker.holding_back() == ["t0"]
    out = agg.apply(MovieEventBatch(progress={"t0": 900.0}, snapshots=[("t0", 1, 7, 900.0, 20.0, "Movie")]))
    assert out.late == 0
    clock.now = 24.0  # still quiet after the hold: t0 is idle again, the comments close the windows
    out = agg.apply(MovieEventBatch(idle={"t0": 24.0}))
    by_end = {int(r.window_end): r for r in out.emitted}
    assert by_end[960].popularity == 20.0 and by_end[960].mentions == 2
