"""A worker killed in the middle of saving a batch: every prefix of the save must resume exactly.

The window stage publishes a batch's results, then writes its state as several table records; a kill -9
keeps any prefix of those writes. Resuming from each prefix (and re-reading the input from the last
committed point) must re-emit nothing that differs from the uninterrupted run and miss nothing.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.windows import persist
from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig

CONFIG = WindowConfig(grace=0.0)
SOURCES = ["r0", "t0"]


def make_batches(seed: int = 5) -> list[MovieEventBatch]:
    """30 minutes of one partition's input in uneven batches (some span several windows, like a catch-up).

    Movie 1 and 2 are mentioned throughout, movie 3 only in the first ten minutes (its state is deleted
    once its windows are closed), movie 4 has TMDB snapshots only. Every 7th comment arrives 150 s late.
    """
    rng = random.Random(seed)
    events: list[tuple[float, str, Any]] = []
    for i, ts in enumerate(sorted(rng.uniform(0, 1800) for _ in range(400))):
        movie = 3 if ts < 600 and i % 5 == 0 else 1 + i % 2
        events.append((ts, "r0", (movie, rng.uniform(-1, 1))))
    for j, ts in enumerate(range(0, 1800, 240)):
        events.append((float(ts) + 0.5, "t0", (4, 10.0 + j)))
    events.sort(key=lambda e: e[0])
    offsets = {"r0": 0, "t0": 0}
    batches: list[MovieEventBatch] = []
    i = 0
    while i < len(events):
        n = rng.choice([3, 10, 40, 90])
        batch = MovieEventBatch()
        for ts, src, (movie, x) in events[i : i + n]:
            if src == "r0":
                late = offsets[src] % 7 == 3
                batch.mentions.append((src, offsets[src], movie, ts - 150.0 if late else ts, x))
            else:
                batch.snapshots.append((src, offsets[src], movie, ts, x, "Four"))
            offsets[src] += 1
            batch.progress[src] = ts
        batches.append(batch)
        i += n
    batches.append(MovieEventBatch(progress={"r0": 2400.0, "t0": 2400.0}))  # closes the last windows
    return batches


def run(
    agg: PartitionAggregator, batches: list[MovieEventBatch]
) -> tuple[dict[tuple[int, int], Any], list[list[persist.Write]]]:
    """Apply ``batches``; returns the results by (movie, window end) and each batch's writes."""
    results: dict[tuple[int, int], Any] = {}
    saves: list[list[persist.Write]] = []
    for batch in batches:
        out = agg.apply(batch)
        for r in out.emitted:
            key = (r.movie_id, int(r.window_end))
            assert key not in results, f"{key} emitted twice in one run"
            results[key] = r
        writes = persist.take_writes(agg, 0)
        saves.append(writes)
    return results, saves


BATCHES = make_batches()
EXPECTED, SAVES = run(PartitionAggregator(CONFIG, SOURCES), BATCHES)


def test_the_input_exercises_late_events_multi_window_closes_and_deletions():
    assert len(EXPECTED) > 100
    agg = PartitionAggregator(CONFIG, SOURCES)
    assert sum(agg.apply(batch).late for batch in BATCHES) > 10
    assert any(value is None for save in SAVES for _, value in save), "no movie state was ever deleted"
    assert max(sum(1 for k in save if isinstance(k[0], int)) for save in SAVES) >= 3


@pytest.mark.parametrize("crashed_in", range(len(BATCHES)))
def test_every_prefix_of_a_torn_save_resumes_exactly(crashed_in: int):
    """The kill lands while batch ``crashed_in`` is being saved; its results were already published."""
    saved: dict[Any, Any] = {}
    for writes in SAVES[:crashed_in]:
        persist.apply_writes(saved, encoded(writes))
    published = {k for k in EXPECTED if k[1] <= closed_after(crashed_in)}
    torn = encoded(SAVES[crashed_in])
    for kept in range(len(torn) + 1):
        # The last commit came before the torn batch, or (lagging) one batch before that.
        for reread_from in {crashed_in, max(0, crashed_in - 1)}:
            table = dict(saved)
            persist.apply_writes(table, torn[:kept])
            restored = persist.load(CONFIG, SOURCES, 0, table.get)
            again, _ = run(restored, BATCHES[reread_from:])
            where = f"{kept}/{len(torn)} writes kept, re-read from batch {reread_from}"
            differ = {k: (EXPECTED.get(k), r) for k, r in again.items() if EXPECTED.get(k) != r}
            assert not differ, f"{where}: re-emitted differently {list(differ.items())[:2]}"
            missing = set(EXPECTED) - published - set(again)
            assert not missing, f"{where}: never emitted {sorted(missing)[:5]}"


def encoded(writes: list[persist.Write]) -> list[persist.Write]:
    """The writes as the table gives them back (through JSON, as the changelog holds them)."""
    return [(key, json.loads(json.dumps(value))) for key, value in writes]


def closed_after(n: int) -> int:
    """Last window end closed once batch ``n`` was applied in the uninterrupted run."""
    agg = PartitionAggregator(CONFIG, SOURCES)
    for batch in BATCHES[: n + 1]:
        agg.apply(batch)
    return agg.closed_until if agg.closed_until is not None else -1


def test_a_saved_record_does_not_change_with_later_batches():
    """Faust encodes a changelog value when it sends it, which may be after the next batch was applied."""
    agg = PartitionAggregator(CONFIG, SOURCES)
    agg.apply(BATCHES[0])
    writes = persist.take_writes(agg, 0)
    before = json.dumps(writes)
    for batch in BATCHES[1:5]:
        agg.apply(batch)
    assert json.dumps(writes) == before
