"""The window stage of one partition (:mod:`trendscope_app.windows.aggregator`), beyond its doctests."""

from __future__ import annotations

from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig

MOVIE = 713704


def popularity_by_end(out_batches) -> dict[int, float]:
    return {
        int(r.window_end): r.popularity for out in out_batches for r in out.emitted if r.movie_id == MOVIE
    }


def test_a_late_snapshot_misses_the_closed_windows_and_counts_in_every_open_one():
    """A snapshot read after the comments had closed its window (its partition was idle) is late for the
    windows already published; it is still the movie's newest popularity for every window after them."""
    agg = PartitionAggregator(WindowConfig(grace=0.0), sources=["r0", "t1"])
    outs = [
        agg.apply(
            MovieEventBatch(
                progress={"r0": 610.0, "t1": 600.0},
                snapshots=[("t1", 0, MOVIE, 600.0, 30.73, "Haunted")],
                mentions=[("r0", 0, MOVIE, 610.0, 0.1)],
            )
        ),
        agg.apply(MovieEventBatch(idle={"t1": 20.0})),  # t1 quiet: the comments lead
        agg.apply(MovieEventBatch(progress={"r0": 970.0}, mentions=[("r0", 1, MOVIE, 905.0, 0.2)])),
    ]
    assert agg.closed_until == 960
    late = agg.apply(
        MovieEventBatch(progress={"t1": 900.0}, snapshots=[("t1", 1, MOVIE, 900.0, 36.703, "Haunted")])
    )
    assert late.late == 1
    outs.append(late)
    outs.append(agg.apply(MovieEventBatch(progress={"r0": 1100.0, "t1": 1100.0})))
    pop = popularity_by_end(outs)
    assert pop[960] == 30.73  # published before the snapshot came: it stays as published
    assert {end: pop[end] for end in (1020, 1080)} == {1020: 36.703, 1080: 36.703}
