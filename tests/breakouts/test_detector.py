"""Breakout detector: when a breakout starts, peaks and ends, what it ignores, and that replays repeat it."""

from __future__ import annotations

import itertools
import pickle
from dataclasses import dataclass

import pytest

from trendscope_app.breakouts import (
    BreakoutBook,
    BreakoutConfig,
    BreakoutDetector,
    BreakoutEvent,
    poisson_z,
)
from trendscope_app.models import TrendScore
from trendscope_app.scoring.trendscore import trend_score

STEP = 60.0
R = 5


def windows(panes: list[float], movie_id: int = 1, popularity: float = 20.0) -> list[TrendScore]:
    """The hopping windows over known per-minute mentions (window i ends after minute i)."""
    out = []
    for i in range(len(panes)):
        m = int(sum(panes[max(0, i - R + 1) : i + 1]))
        end = (i + 1) * STEP
        out.append(
            TrendScore(movie_id, "", end - R * STEP, end, m, 0.2, popularity, trend_score(popularity, m, 0.2))
        )
    return out


def minute(event: BreakoutEvent) -> int:
    return round(event.window_end / STEP) - 1


def run(det: BreakoutDetector | BreakoutBook, points: list[TrendScore]) -> list[BreakoutEvent]:
    events: list[BreakoutEvent] = []
    for p in points:
        events += det.update(p)
    return events


def kinds(events: list[BreakoutEvent]) -> list[tuple[str, int]]:
    return [(e.kind, minute(e)) for e in events]


@dataclass(frozen=True)
class Fc:
    target_window_end: float
    predicted: float


def test_starts_after_start_windows_consecutive_windows():
    panes = [10.0] * 40 + [40.0] * 20 + [10.0] * 30
    # Minute 40 is the first busy one; the window ending after it still has two quiet panes of three and
    # its busiest (busy) pane is left out, so minute 41 is the first window of evidence.
    for n in (1, 2, 3):
        events = run(BreakoutDetector(BreakoutConfig(start_windows=n)), windows(panes))
        assert events[0].kind == "start"
        assert minute(events[0]) == 40 + n
        assert events[0].started_at_window_end == events[0].window_end
        assert events[0].evidence["windows_above"] == n


def test_single_minute_burst_never_starts_however_big():
    for burst in (30.0, 300.0, 30_000.0):
        panes = [3.0] * 40 + [burst] + [3.0] * 40
        det = BreakoutDetector(BreakoutConfig())
        assert run(det, windows(panes)) == []
        assert det.phase == "quiet"


def test_two_separate_burst_minutes_do_not_start_either():
    panes = [3.0] * 40 + [200.0, 3.0, 200.0] + [3.0] * 40
    assert run(BreakoutDetector(BreakoutConfig()), windows(panes)) == []


def test_hysteresis_keeps_a_breakout_between_the_thresholds():
    cfg = BreakoutConfig()
    panes = [10.0] * 40 + [40.0] * 10 + [15.0] * 20 + [10.0] * 20
    det = BreakoutDetector(cfg)
    scores, events = [], []
    for p in windows(panes):
        events += det.update(p)
        scores.append((minute_of(p), det.score, det.phase))
    middle = [s for m, s, _ in scores if 55 <= m < 70]
    # 1.5x the rate: not enough to start one, enough to keep one running.
    assert all(cfg.end_threshold <= s < cfg.start_threshold for s in middle)
    assert all(phase == "breakout" for m, _, phase in scores if 42 <= m < 70)
    assert kinds(events)[0] == ("start", 42)
    assert [k for k, _ in kinds(events)] == ["start", "end"]
    assert minute(events[-1]) > 70


def minute_of(p: TrendScore) -> int:
    return round(p.window_end / STEP) - 1


def test_ends_after_end_windows_below_the_end_threshold():
    cfg = BreakoutConfig(end_windows=4)
    panes = [10.0] * 40 + [40.0] * 15 + [10.0] * 30
    det = BreakoutDetector(cfg)
    below, events = [], []
    for p in windows(panes):
        got = det.update(p)
        events += got
        if det.started_at is not None or got:
            below.append(det.score is not None and det.score < cfg.end_threshold)
    assert [k for k, _ in kinds(events)] == ["start", "end"]
    assert below[-cfg.end_windows :] == [True] * cfg.end_windows
    assert below[-cfg.end_windows - 1] is False
    end = events[-1]
    assert end.evidence["reason"] == "fell_back"
    assert end.evidence["windows"] == minute(end) - minute(events[0])
    assert end.started_at_window_end == events[0].window_end
    assert end.evidence["peak_score"] >= events[0].score


def test_cooldown_blocks_a_new_start_then_lets_one_through():
    cfg = BreakoutConfig(cooldown_windows=10)
    quiet, busy = [10.0], [40.0]

    def second_start(gap: int) -> list[tuple[str, int]]:
        panes = quiet * 40 + busy * 10 + quiet * gap + busy * 10 + quiet * 40
        return kinds(run(BreakoutDetector(cfg), windows(panes)))

    # The first breakout ends at minute 53 (3 windows under the end threshold): with 4 quiet minutes the
    # second surge comes during the cooldown and is never flagged; with 20 it starts like the first one.
    early = second_start(4)
    assert [k for k, _ in early] == ["start", "end"]
    late = second_start(20)
    assert [k for k, _ in late] == ["start", "end", "start", "end"]
    assert late[2][1] == 40 + 10 + 20 + 2


def test_peaks_are_reported_when_the_score_climbs_enough():
    panes = [10.0] * 40 + [25.0] * 5 + [40.0] * 5 + [80.0] * 5 + [10.0] * 30
    events = run(BreakoutDetector(BreakoutConfig(peak_gain=0.25)), windows(panes))
    names = [k for k, _ in kinds(events)]
    assert names[0] == "start" and names[-1] == "end" and set(names[1:-1]) == {"peak"} and len(names) >= 4
    scores = [e.score for e in events[:-1]]
    assert all(b > a * 1.25 for a, b in itertools.pairwise(scores))
    # A peak only while climbing: none once the rate is steady at its top.
    assert max(m for _, m in kinds(events)[:-1]) <= 50 + 5 + 2
    assert {e.started_at_window_end for e in events} == {events[0].window_end}


def test_partial_windows_are_ignored():
    cfg = BreakoutConfig()
    points = windows([10.0] * 60)
    det = BreakoutDetector(cfg)
    run(det, points[:50])
    before = pickle.dumps(det)
    # A partial window, however busy, makes no event and no score.
    huge = TrendScore(
        1, "", points[50].window_start, points[50].window_end, 10_000, 0.0, 20.0, 3e4, complete=False
    )
    assert det.update(huge) == []
    assert det.score is not None and det.phase == "quiet"
    # ... and what follows it is scored again only once the panes it hid are gone.
    after = [det.update(p) for p in points[51:]]
    assert after == [[]] * len(after)
    assert det.resync == 0 and det.score is not None
    # The end of a replay: trailing partial windows change nothing.
    fresh = pickle.loads(before)
    tail = [
        TrendScore(1, "", p.window_start, p.window_end, 0, 0.0, 20.0, 15.0, complete=False)
        for p in points[50:]
    ]
    assert run(fresh, tail) == []
    assert fresh.phase == "quiet"


def test_partial_windows_during_a_burst_never_start_one():
    points = windows([5.0] * 40 + [60.0] * 3 + [5.0] * 40)
    mixed = [
        TrendScore(
            p.movie_id, "", p.window_start, p.window_end, p.mentions, 0.0, 20.0, p.trend_score, complete=False
        )
        if 40 <= minute_of(p) < 45
        else p
        for p in points
    ]
    assert run(BreakoutDetector(BreakoutConfig()), mixed) == []


def test_restored_mid_breakout_emits_what_an_uninterrupted_run_emits():
    panes = [8.0] * 40 + [12.0, 30.0, 45.0, 60.0, 70.0] + [70.0] * 15 + [8.0] * 30
    points = windows(panes)
    uninterrupted = BreakoutDetector(BreakoutConfig())
    want = run(uninterrupted, points)
    assert [k for k, _ in kinds(want)][:2] == ["start", "peak"]
    for cut in (43, 46, 52, 62):
        det = BreakoutDetector(BreakoutConfig())
        head = run(det, points[:cut])
        assert det.active or cut == 43
        restored = pickle.loads(pickle.dumps(det))
        # A restart replays input from before the saved state: those windows are skipped, not re-emitted.
        tail = run(restored, points[cut - 10 :])
        assert [e.as_dict() for e in head + tail] == [e.as_dict() for e in want]


def test_same_input_gives_the_same_events_with_the_same_keys():
    panes = [4.0] * 40 + [20.0] * 15 + [4.0] * 40
    a = run(BreakoutDetector(BreakoutConfig()), windows(panes))
    # The second pass is all duplicates.
    b = run(BreakoutDetector(BreakoutConfig()), windows(panes) + windows(panes))
    assert [e.as_dict() for e in a] == [e.as_dict() for e in b]
    assert len({e.key for e in a}) == len(a) == 2
    start = a[0]
    assert start.key == f"1:{start.window_end:g}:start:{start.window_end:g}"


def test_small_and_large_movies_are_judged_on_the_same_scale():
    cfg = BreakoutConfig()
    for rate in (2.0, 200.0):
        lifted = run(BreakoutDetector(cfg), windows([rate] * 40 + [rate * 3] * 15 + [rate] * 30))
        assert kinds(lifted)[0][0] == "start" and kinds(lifted)[0][1] - 40 <= 3
    # 1.3x is a lot of extra comments on a big movie, but within what its rate is known to: no breakout.
    assert run(BreakoutDetector(cfg), windows([200.0] * 40 + [260.0] * 15 + [200.0] * 30)) == []
    assert run(BreakoutDetector(cfg), windows([2.0] * 40 + [3.0] * 15 + [2.0] * 30)) == []


def test_silence_ends_a_breakout_and_skipped_windows_count():
    points = windows([10.0] * 40 + [50.0] * 10)
    det = BreakoutDetector(BreakoutConfig())
    events = run(det, points)
    assert det.active
    # The movie goes silent: no window is emitted for 20 minutes, then it is back at its old rate.
    later = [
        TrendScore(1, "", p.window_start + 20 * STEP, p.window_end + 20 * STEP, 50, 0.0, 20.0, 50.0)
        for p in points[-5:]
    ]
    events += run(det, later)
    end = events[-1]
    assert end.kind == "end" and end.evidence["reason"] == "silent"
    assert minute(end) == 49 + 3  # the third silent window
    assert det.phase in ("quiet", "cooldown")


def test_forecast_surprise_speeds_up_but_never_starts_alone():
    cfg = BreakoutConfig()
    points = windows([10.0] * 60)
    det = BreakoutDetector(cfg)
    for p in points:
        # The forecast is wildly wrong every window: with flat mentions, no breakout.
        assert det.update(p, Fc(p.window_end, p.trend_score - 500.0)) == []
    assert det.score is not None
    assert det.score <= poisson_z(20 / 1.8, 20 / 1.8) + cfg.forecast_weight * cfg.forecast_cap + 1e-9


def test_forecast_for_another_window_is_ignored():
    points = windows([10.0] * 30)
    a, b = BreakoutDetector(BreakoutConfig()), BreakoutDetector(BreakoutConfig())
    for p in points:
        a.update(p)
        b.update(p, Fc(p.window_end + STEP, 0.0))
    assert a.score == b.score and b.errs == a.errs


def test_a_new_level_ends_after_max_windows_and_becomes_normal():
    cfg = BreakoutConfig(max_windows=30)
    events = run(BreakoutDetector(cfg), windows([10.0] * 40 + [40.0] * 200))
    assert [k for k, _ in kinds(events)] == ["start", "end"]
    assert events[1].evidence["reason"] == "max_windows"
    assert minute(events[1]) - minute(events[0]) == 30


def test_expectation_is_what_stays_plus_a_pane_at_the_rate():
    det = BreakoutDetector(BreakoutConfig())
    points = windows([6.0] * 30)
    run(det, points)
    assert det.expected is not None
    assert det.expected.mentions == pytest.approx(30.0, rel=0.01)
    assert det.expected.popularity == 20.0 and det.expected.trend_score is None
    det.update(windows([6.0] * 31)[-1], Fc(31 * STEP, 42.0))
    assert det.expected.trend_score == 42.0


def test_state_is_small_and_bounded():
    det = BreakoutDetector(BreakoutConfig())
    run(det, windows([10.0] * 40 + [40.0] * 20 + [10.0] * 2000))
    size = len(pickle.dumps(det))
    assert size < 1200, size
    assert len(det.panes) == R and len(det.rates) <= det.config.evidence_panes and len(det.errs) <= 3


def test_book_keeps_one_detector_per_movie_and_prunes_quiet_ones():
    book = BreakoutBook(BreakoutConfig())
    a = windows([10.0] * 40 + [60.0] * 10, movie_id=1)
    b = windows([10.0] * 50, movie_id=2)
    merged = sorted(a + b, key=lambda p: (p.window_end, p.movie_id))
    events = run(book, merged)
    assert {e.movie_id for e in events} == {1}
    assert [s["movie_id"] for s in book.active()] == [1]
    assert book.prune(before=1e9) == 1 and set(book.detectors) == {1}
    restored = pickle.loads(pickle.dumps(book))
    assert restored.active() == book.active()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"end_threshold": 3.0},
        {"evidence_panes": 1},
        {"evidence_panes": 6},
        {"start_windows": 0},
        {"size": 250},
        {"forecast_weight": 2.0},
    ],
)
def test_config_rejects_what_cannot_work(kwargs):
    with pytest.raises(ValueError):
        BreakoutConfig(**kwargs)
