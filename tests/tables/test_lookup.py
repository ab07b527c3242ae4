"""Lookup rows survive a changelog reader that re-applies older records behind the writer's back.

A global table's local copy on the writing worker is written by the worker and, later, by the changelog
reader replaying the same records. This test plays that interleaving without Kafka: after every write
the "reader" applies the changelog up to a random point behind the writer. The old design (one value
per movie, read, merged and written back) loses windows under it; one row per window does not.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

from trendscope_app.tables.lookup import LookupTable


class ReplayedTable(dict):
    """A dict that logs every write like a changelog, and can re-apply a prefix of that log."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[Any, Any]] = []
        self.applied = 0

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.log.append((key, value))

    def pop(self, key: Any, default: Any = None) -> Any:
        self.log.append((key, None))
        return super().pop(key, default)

    def reader_catches_up_to(self, n: int) -> list[tuple[Any, Any]]:
        """Apply log records ``applied..n`` as the changelog reader would: plain overwrites."""
        records = self.log[self.applied : n]
        for key, value in records:
            if value is None:
                dict.pop(self, key, None)
            else:
                dict.__setitem__(self, key, value)
        self.applied = max(self.applied, n)
        return records


def trend(movie: int, end: float) -> dict[str, Any]:
    return {"movie_id": movie, "title": f"m{movie}", "window_end": end, "mentions": int(end) % 7}


def run(design: str, seed: int, windows: int = 200, keep: int = 120) -> list[float]:
    rng = random.Random(seed)
    table = ReplayedTable()
    lookup = LookupTable("window_end", keep=keep)
    lookup.bind(table)  # type: ignore[arg-type]
    for i in range(windows):
        end = 60.0 * (i + 1)
        if design == "read-modify-write":
            history = [h for h in table.get(1, []) if h["window_end"] != end] + [trend(1, end)]
            table[1] = sorted(history, key=lambda h: -h["window_end"])[:keep]
        else:
            lookup.write([trend(1, end)])
        # The reader is somewhere behind the writer: it re-applies records the writer has already passed.
        behind = rng.randrange(0, 4)
        for key, value in table.reader_catches_up_to(max(table.applied, len(table.log) - behind)):
            if design != "read-modify-write":
                event = type("Event", (), {"key": key, "value": value})()
                asyncio.run(lookup.on_changelog_event(event))
    table.reader_catches_up_to(len(table.log))
    if design == "read-modify-write":
        return [h["window_end"] for h in table.get(1, [])]
    return [r["window_end"] for r in lookup.newest(1, keep)]


def test_one_row_per_window_keeps_every_window_whatever_the_reader_replays():
    want = [60.0 * i for i in range(200, 80, -1)]
    for seed in range(5):
        assert run("rows", seed) == want


def test_the_old_read_modify_write_design_loses_windows_under_the_same_replays():
    """Documents the cause of the lost lookups: this is what the per-movie value did."""
    want = [60.0 * i for i in range(200, 80, -1)]
    lost = [len(set(want) - set(run("read-modify-write", seed))) for seed in range(5)]
    assert all(n > 0 for n in lost), lost


def test_rows_beyond_keep_are_deleted_and_the_index_follows_the_changelog():
    lookup = LookupTable("window_end", keep=3)
    lookup.bind(ReplayedTable())  # type: ignore[arg-type]
    lookup.write([trend(1, 60.0 * i) for i in range(1, 6)] + [trend(2, 60.0)])
    assert [r["window_end"] for r in lookup.newest(1, 10)] == [300.0, 240.0, 180.0]
    assert [r["movie_id"] for r in lookup.latest()] == [1]
    assert lookup.knows(2) and not lookup.knows(3)
    other = LookupTable("window_end", keep=3)  # another worker, fed only by the changelog
    other.bind(ReplayedTable())  # type: ignore[arg-type]
    for key, value in lookup.table.log:  # type: ignore[union-attr]
        if value is None:
            dict.pop(other.table, key, None)  # type: ignore[arg-type]
        else:
            dict.__setitem__(other.table, key, value)  # type: ignore[index]
        asyncio.run(other.on_changelog_event(type("Event", (), {"key": list(key), "value": value})()))
    assert other.newest(1, 10) == lookup.newest(1, 10)
    assert other.rebuild() == 4


def forecast(movie: int, end: float, actual: float | None) -> dict[str, Any]:
    return {"movie_id": movie, "target_window_end": end, "predicted": 1.5, "actual": actual}


def reverted(skip_stale: bool, seed: int, windows: int = 150, keep: int = 40) -> int:
    """Reads of the writer's copy that showed a forecast unscored after it was written scored.

    Each window the worker scores the last forecast and makes the next (one write each, as the forecast
    agent does), and the reader applies the changelog up to a random point behind the writer, through
    the filter :class:`~trendscope_app.tables.lookup.LookupGlobalTable` puts before the store or not.
    """
    rng = random.Random(seed)
    table = ReplayedTable()
    lookup = LookupTable("target_window_end", keep=keep)
    lookup.bind(table)  # type: ignore[arg-type]
    scored: set[float] = set()
    bad = 0
    for i in range(windows):
        end = 60.0 * (i + 1)
        lookup.write([forecast(1, end, float(i))] if i else [])
        lookup.write([forecast(1, end + 60.0, None)])
        if i:
            scored.add(end)
        behind = rng.randrange(0, 4)
        upto = max(table.applied, len(table.log) - behind)
        for key, value in table.log[table.applied : upto]:
            event = type("Event", (), {"key": list(key), "value": value})()
            if skip_stale and lookup.stale(event):
                continue
            if value is None:
                dict.pop(table, key, None)
            else:
                dict.__setitem__(table, key, value)
            asyncio.run(lookup.on_changelog_event(event))
            bad += sum(
                1 for r in lookup.newest(1, keep) if r["target_window_end"] in scored and r["actual"] is None
            )
        table.applied = upto
    return bad


def test_the_writer_never_shows_a_scored_forecast_unscored_again():
    assert [reverted(True, seed) for seed in range(5)] == [0] * 5


def test_applying_every_echo_shows_scored_forecasts_unscored_for_a_while():
    """Documents what the filter prevents: the reader putting back the made forecast after the scored one."""
    assert all(reverted(False, seed) > 0 for seed in range(5))


def test_another_workers_write_of_a_key_is_applied_and_ends_the_skipping():
    lookup = LookupTable("target_window_end", keep=5)
    lookup.bind(ReplayedTable())  # type: ignore[arg-type]
    made, scored = forecast(7, 60.0, None), forecast(7, 60.0, 3.0)
    lookup.write([made])
    lookup.write([scored])

    def echo(value: Any) -> Any:
        return type("Event", (), {"key": [7, 60.0], "value": value})()

    assert lookup.stale(echo(dict(made)))  # equal once decoded from JSON
    assert not lookup.stale(echo(dict(scored)))  # the last own write is applied (the same value)
    lookup.write([made])
    lookup.write([scored])
    assert not lookup.stale(echo(forecast(7, 60.0, 9.0)))  # not ours: applied ...
    assert not lookup.stale(echo(made)) and not lookup.stale(echo(scored))  # ... and the order decides
