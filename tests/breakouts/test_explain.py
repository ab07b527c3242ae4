"""Why a TrendScore is what it is: parts, changes, subreddits and comments, from bounded evidence."""

from __future__ import annotations

import json
import random

import pytest

from trendscope_app.breakouts import BreakoutConfig, BreakoutDetector
from trendscope_app.breakouts.explain import CommentRef, Expectation, explain, top_comments
from trendscope_app.models import TrendScore
from trendscope_app.scoring.trendscore import Weights, trend_score


def point(mentions: int, popularity: float = 40.0, avg: float = 0.2, end: float = 600.0, movie_id: int = 5):
    return TrendScore(
        movie_id, "", end - 300, end, mentions, avg, popularity, trend_score(popularity, mentions, avg)
    )


def test_the_parts_add_up_to_the_score_for_any_weights():
    rng = random.Random(2)
    for _ in range(50):
        w = Weights(rng.uniform(0, 1), rng.uniform(0, 1), rng.uniform(0, 1))
        pop, m, avg = rng.uniform(0, 500), rng.randint(0, 400), rng.uniform(-1, 1)
        cur = TrendScore(1, "", 0, 300, m, avg, pop, trend_score(pop, m, avg, w))
        out = explain(cur, weights=w)
        assert sum(p["value"] for p in out["parts"].values()) == pytest.approx(
            out["total"]["value"], abs=1e-3
        )
        assert out["parts"]["mentions"]["input"] == m


def test_changes_against_the_previous_window_and_the_expectation():
    prev, cur = point(10, popularity=40.0), point(30, popularity=50.0)
    exp = Expectation(mentions=12.0, popularity=40.0, avg_sentiment=0.2, trend_score=60.0)
    out = explain(cur, prev, exp)
    parts = out["parts"]
    assert parts["mentions"]["vs_previous"] == pytest.approx(0.3 * 10 * 20)
    assert parts["mentions"]["vs_expected"] == pytest.approx(0.3 * 10 * 18)
    assert parts["popularity"]["vs_previous"] == pytest.approx(0.4 * 10)
    assert parts["sentiment"]["vs_previous"] == 0.0
    assert out["total"]["vs_previous"] == pytest.approx(cur.trend_score - prev.trend_score)
    assert out["total"]["vs_expected"] == pytest.approx(cur.trend_score - 60.0)
    assert out["driver"] == "mentions" and out["driver_basis"] == "expected"


def test_unknown_expectations_are_none_and_a_bare_forecast_explains_the_total_only():
    cur = point(30)
    alone = explain(cur)
    assert all(p["vs_previous"] is None and p["vs_expected"] is None for p in alone["parts"].values())
    assert alone["total"] == {"value": round(cur.trend_score, 4), "vs_previous": None, "vs_expected": None}
    assert alone["driver"] is None and alone["subreddits"] == [] and alone["comments"] == []
    forecast_only = explain(cur, point(20), 100.0)
    assert forecast_only["total"]["vs_expected"] == pytest.approx(cur.trend_score - 100.0)
    assert all(p["vs_expected"] is None for p in forecast_only["parts"].values())
    assert forecast_only["driver"] == "mentions" and forecast_only["driver_basis"] == "previous"
    # Parts alone give an expected total too.
    parts_only = explain(cur, None, Expectation(mentions=30.0, popularity=40.0, avg_sentiment=0.2))
    assert parts_only["total"]["vs_expected"] == pytest.approx(0.0, abs=1e-6)


def test_mappings_work_like_records_and_the_result_is_json():
    cur = point(7)
    as_dict = {
        k: getattr(cur, k)
        for k in ("movie_id", "window_end", "mentions", "avg_sentiment", "popularity", "trend_score")
    }
    assert explain(as_dict, as_dict, 50.0) == explain(cur, cur, 50.0)
    json.dumps(explain(cur, cur, Expectation(1.0, 2.0, 0.0, 3.0), {"movies": 3}, [CommentRef("a", None, 1)]))


def test_top_five_subreddits_with_shares_of_all_mentions():
    counts = {"movies": 40, "boxoffice": 20, "flicks": 10, "a": 10, "b": 5, "c": 5, "d": 10}
    out = explain(point(100), subreddit_counts=counts)
    names = [s["subreddit"] for s in out["subreddits"]]
    assert names == ["movies", "boxoffice", "a", "d", "flicks"]  # ties by name
    assert out["subreddits"][0]["share"] == 0.4
    assert sum(s["share"] for s in out["subreddits"]) == pytest.approx(0.9)


def test_three_comments_by_reddit_score_each_once():
    comments = [
        {"id": "x", "score": 5, "permalink": "/r/movies/x"},
        {"id": "y", "score": 50},
        {"id": "z", "score": 5},
        {"id": "w", "score": -3},
        {"id": "y", "score": 7},
    ]
    out = explain(point(10), comments=comments)
    assert out["comments"] == [
        {"id": "y", "permalink": None, "score": 50},
        {"id": "x", "permalink": "/r/movies/x", "score": 5},
        {"id": "z", "permalink": None, "score": 5},
    ]
    assert top_comments([]) == []


def test_a_detectors_expectation_explains_a_surge():
    det = BreakoutDetector(BreakoutConfig())
    panes = [4.0] * 30 + [20.0]
    for i in range(len(panes)):
        m = int(sum(panes[max(0, i - 4) : i + 1]))
        end = 60.0 * (i + 1)
        cur = TrendScore(9, "", end - 300, end, m, 0.1, 30.0, trend_score(30.0, m, 0.1))
        det.update(cur)
    out = explain(cur, None, det.expected)
    assert out["parts"]["mentions"]["vs_expected"] == pytest.approx(0.3 * 10 * 16, rel=0.02)
    assert out["parts"]["popularity"]["vs_expected"] == 0.0
    assert out["driver"] == "mentions"
