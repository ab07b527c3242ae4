"""The window stage applies a partition's records in offset order (trendscope_app/agents/windows.py).

A record delivered after later ones (seen in a SIGTERM storm: ``movie_events`` 0 offset 101 never applied,
119 applied) lost its mentions: the later record had moved its source's offset past them, so the re-read
record looked like a repeat. The stage now holds the later records back and reads the partition again from
the first record it did not apply.
"""

from __future__ import annotations

from aiokafka import TopicPartition

from trendscope_app.agents import windows as stage
from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig

TP0 = TopicPartition("movie_events", 0)


class Event:
    """A ``movie_events`` record as the agent gets it (what it reads of Faust's event and message)."""

    def __init__(self, offset: int, batch: MovieEventBatch) -> None:
        self.message = type("Message", (), {"offset": offset, "tp": TP0, "value": batch.encode()})()


# Partition 0's log: three mentions of movie 7 in one window, from comments at reddit_stream 0 offsets 5..7.
LOG = {
    100: MovieEventBatch(mentions=[("r0", 5, 7, 100.0, 0.5)], progress={"r0": 100.0}),
    101: MovieEventBatch(mentions=[("r0", 6, 7, 110.0, 0.5)], progress={"r0": 110.0}),
    102: MovieEventBatch(mentions=[("r0", 7, 7, 120.0, 0.5)], progress={"r0": 400.0}),
}


def test_a_record_delivered_after_later_ones_is_read_again_not_lost() -> None:
    windows = stage.Windows.__new__(stage.Windows)
    windows._late = {}
    saved = {"c": None, "p": {}, "m": [], "o": 100}  # the state saved after offset 99
    windows.aggregators = {0: PartitionAggregator(WindowConfig(grace=0.0), ["r0"], meta=saved)}

    first = windows._apply_partition(0, [Event(100, LOG[100]), Event(102, LOG[102])])  # 101 went missing
    again = windows._apply_partition(0, [Event(101, LOG[101]), Event(102, LOG[102])])  # the re-read

    emitted = [(r.window_end, r.mentions) for r in first.emitted + again.emitted if r.movie_id == 7]
    assert (300.0, 3) in emitted, emitted
    assert all(mentions == 3 for end, mentions in emitted if end >= 300.0), emitted
    assert first.reread_from == 101  # what the stage seeks the partition back to
    assert again.reread_from is None
    assert windows.aggregators[0].meta()["o"] == 103  # saved with the state: a restart resumes the check
