"""Per-movie history: panes recovered from overlapping windows, gaps, and features without the clock."""

from __future__ import annotations

import random

import pytest

from trendscope_app.forecasting.features import FEATURE_NAMES, MovieHistory, time_features
from trendscope_app.models import TrendScore
from trendscope_app.scoring.trendscore import Weights, trend_score

STEP = 60.0
R = 5  # panes per window


def windows_from_panes(panes: list[int], sentiments: list[float]) -> list[TrendScore]:
    """The TrendScores of hopping windows over known per-pane mentions and sentiment sums."""
    out = []
    for i in range(len(panes)):
        lo = max(0, i - R + 1)
        m = sum(panes[lo : i + 1])
        s = sum(sentiments[lo : i + 1])
        avg = s / m if m else 0.0
        end = (i + 1) * STEP
        out.append(TrendScore(1, "", end - R * STEP, end, m, avg, 50.0, trend_score(50.0, m, avg)))
    return out


def test_panes_are_recovered_exactly_from_the_windows():
    rng = random.Random(3)
    panes = [rng.choice([0, 0, 1, 2, 5, 9]) for _ in range(80)]
    sentiments = [sum(rng.uniform(-1, 1) for _ in range(p)) for p in panes]
    h = MovieHistory(panes_per_window=R, step=STEP)
    for i, point in enumerate(windows_from_panes(panes, sentiments)):
        h.update(point)
        lo = i - R + 1
        want = [panes[j] if j >= 0 else 0 for j in range(lo, i + 1)]
        assert h.panes == want
        assert h.sentiment_panes == pytest.approx(
            [sentiments[j] if j >= 0 else 0.0 for j in range(lo, i + 1)]
        )
        # The pane the next window loses is the oldest one of this window.
        assert h.pane_leaving() == want[0]


def test_a_skipped_window_means_empty_panes():
    h = MovieHistory(panes_per_window=R, step=STEP)
    for end, m in [(60.0, 3), (120.0, 5)]:
        h.update(TrendScore(1, "", end - 300, end, m, 0.0, 1.0, 15.4 + 3 * m))
    # Windows ending at 180..480 were never emitted: no mention in them, so every pane before 480 is empty.
    h.update(TrendScore(1, "", 240.0, 540.0, 4, 0.0, 1.0, 27.4))
    assert h.panes == [0, 0, 0, 0, 4]
    assert h.recent[-1][0] == 540.0 and len(h.recent) == 1


def test_windows_must_move_forward():
    h = MovieHistory(panes_per_window=R, step=STEP)
    h.update(TrendScore(1, "", -240, 60.0, 1, 0.0, 0.0, 18.0))
    assert not h.is_new(60.0)
    with pytest.raises(ValueError):
        h.update(TrendScore(1, "", -240, 60.0, 1, 0.0, 0.0, 18.0))


def test_structural_forecast_uses_what_stays_and_the_recent_rate():
    panes = [2, 4, 6, 8, 10, 12]
    h = MovieHistory(panes_per_window=R, step=STEP)
    for point in windows_from_panes(panes, [0.0] * len(panes)):
        h.update(point)
    # Window holds panes 4..12 (40 mentions); pane 4 leaves; the recent rate is mean(8, 10, 12) = 10.
    d_mentions, d_sentiment = h.structural(Weights())
    assert d_mentions == pytest.approx(0.3 * 10 * (40 - 4 + 10 - 40))
    assert d_sentiment == pytest.approx(0.0)
    f = dict(zip(FEATURE_NAMES, h.features(Weights()), strict=True))
    assert f["pane_leaving"] == 4 and f["pane_rate"] == 10 and f["structural_delta"] == pytest.approx(18.0)
    assert f["d_mentions_step"] == 40 - 30 and f["d_mentions_size"] == 40 - 2


def test_features_come_from_event_time_only(monkeypatch):
    import time

    def no_clock() -> float:
        raise AssertionError("the wall clock was read")

    monkeypatch.setattr(time, "time", no_clock)
    h = MovieHistory(panes_per_window=R, step=STEP)
    h.update(TrendScore(1, "", 1_717_200_000 - 300, 1_717_200_000, 2, 0.1, 3.0, 27.0))
    f = dict(zip(FEATURE_NAMES, h.features(Weights()), strict=True))
    sin_h, cos_h, sin_d, cos_d = time_features(1_717_200_000)  # 2024-06-01 00:00 UTC, a Saturday
    assert (f["hour_sin"], f["hour_cos"], f["dow_sin"], f["dow_cos"]) == (sin_h, cos_h, sin_d, cos_d)
    assert time_features(1_717_200_000 + 6 * 3600)[:2] == pytest.approx((1.0, 0.0), abs=1e-12)


def test_history_round_trips_through_json():
    import json

    h = MovieHistory(panes_per_window=R, step=STEP)
    for point in windows_from_panes([1, 2, 3], [0.5, -0.2, 0.9]):
        h.update(point)
    back = MovieHistory.from_dict(json.loads(json.dumps(h.to_dict())))
    assert back.features(Weights()) == h.features(Weights())
