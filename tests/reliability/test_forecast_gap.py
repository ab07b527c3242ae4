"""A commit over TrendScores the forecast stage never observed does not lose their forecasts.

The twin of ``test_window_gap`` one stage later. A real worker on the embedded broker forecasts a TrendScore
of ``trend_stream`` partition 1 and stops cleanly. Six TrendScores of one movie, a minute apart, follow on
that partition, and the group's committed offset is moved past the first two of them while no worker runs (a
record committed that no agent had processed). The restarted worker must forecast from all six: its saved
forecast state says which offset comes next, so it reads the partition again from there.
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from tests.support import commit_offset, produce_to, read_topic, spawn

pytestmark = pytest.mark.e2e

PARTITION = 1
FIRST = 990_002  # the TrendScore the worker forecasts before it stops
MOVIE = 990_001  # not in any catalogue: nothing else of the worker touches it
T0 = 1_700_000_100.0  # a window end on the minute


def _trend(movie: int, window_end: float, mentions: int) -> bytes:
    """A complete ``trend_stream`` record, written by hand in the window stage's format (the test does not
    use its code)."""
    return json.dumps(
        {
            "movie_id": movie,
            "title": f"movie {movie}",
            "window_start": window_end - 300,
            "window_end": window_end,
            "mentions": mentions,
            "avg_sentiment": 0.25,
            "popularity": 10.0,
            "trend_score": 10.0 * 0.4 + mentions * 10 * 0.5 + 1.25 * 50 * 0.1,
            "complete": True,
        }
    ).encode()


def _produce(bootstrap: str, values: list[tuple[int, bytes]]) -> list[int]:
    return produce_to(bootstrap, "trend_stream", PARTITION, [(b"%d" % movie, v) for movie, v in values])


def _forecasts_made(bootstrap: str, movie: int, count: int, timeout: float) -> list[float]:
    """The window ends ``movie``'s forecasts on ``predictions`` were made at (read until ``count`` distinct
    ones are there or ``timeout`` passes)."""

    def made(got: list[dict]) -> set[float]:
        return {p["made_at_window_end"] for p in got if p["movie_id"] == movie}

    got = asyncio.run(read_topic(bootstrap, "predictions", lambda got: len(made(got)) >= count, timeout))
    return sorted(made(got))


def test_trend_scores_committed_over_but_never_forecast_are_read_again(broker, workers, tmp_path):
    w = spawn(workers, broker, tmp_path, "w")
    w.wait_ready()
    first = _produce(broker.bootstrap, [(FIRST, _trend(FIRST, T0 - 60, 3))])
    assert _forecasts_made(broker.bootstrap, FIRST, 1, 60) == [T0 - 60], (
        "the first TrendScore was not forecast"
    )
    w.stop()

    ends = [T0 + 60 * i for i in range(6)]
    offsets = _produce(broker.bootstrap, [(MOVIE, _trend(MOVIE, e, 4 + i)) for i, e in enumerate(ends)])
    assert offsets[0] == first[0] + 1
    commit_offset(broker.bootstrap, "trendscope", "trend_stream", PARTITION, offsets[2])  # past two records

    started = time.monotonic()
    w.start()
    w.wait_ready()
    made = _forecasts_made(broker.bootstrap, MOVIE, len(ends), 60)
    assert made == ends, f"forecasts made at {made}, expected one at each of {ends}"
    log = w.log_path.read_text(errors="replace")
    assert f"trend_stream partition {PARTITION}: records from offset {offsets[0]} were never applied" in log
    print(f"\nre-read and forecast all six TrendScores {time.monotonic() - started:.1f} s after the restart")
