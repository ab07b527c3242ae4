"""Every message type is defined once, and what the stages emit is what the API documents.

The window stage, forecaster, history store and web all use :mod:`trendscope_app.models`; these tests
bind each type to the OpenAPI schemas users read and to the input validator.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest

from trendscope_app.models import (
    Comment,
    DeadLetter,
    InvalidRecord,
    Prediction,
    TmdbSnapshot,
    TrendScore,
)
from trendscope_app.models.validate import parse_comment, parse_snapshot
from trendscope_app.web import schemas

TREND = TrendScore(603, "Dune: Part Two", 0.0, 300.0, 3, 0.5, 80.0, 71.5)
FORECAST = Prediction(
    603, 60.0, 360.0, 70.0, baseline=71.5, model_version="linear.p0", made_at_window_end=300.0
)


def wire(d: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(d))


def test_trendscore_json_is_the_documented_trendscore():
    d = wire(TREND.as_dict())
    # The window's evidence travels on the topic; the API explains it at /trends/{id}/why instead.
    assert set(d) == set(schemas.TREND["properties"]) | {"evidence"}
    assert TrendScore.from_message(d) == TREND


def test_prediction_json_is_the_documented_forecast_before_and_after_scoring():
    for p in (FORECAST, FORECAST.scored(75.0)):
        d = wire(p.as_dict())
        # The API adds the forecast's status (scored, pending, unscored) to the message's fields.
        assert set(d) | {"status"} == set(schemas.FORECAST["properties"])
        assert Prediction.from_message(d) == p


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"movie_id": True}, "field 'movie_id' must be an integer, got bool"),
        ({"movie_id": 0}, "field 'movie_id' must be >= 1"),
        ({"movie_id": 2**63}, "field 'movie_id' must be <="),
        ({"mentions": -1}, "field 'mentions' must be >= 0"),
        ({"mentions": 1.5}, "field 'mentions' must be an integer, got float"),
        ({"trend_score": float("nan")}, "field 'trend_score' must be finite"),
        ({"window_end": "300"}, "field 'window_end' must be a number, got str"),
        ({"complete": 1}, "field 'complete' must be true or false, got int"),
        ({"title": 5}, "field 'title' must be a string, got int"),
        ({"evidence": [1]}, "field 'evidence' must be an object"),
    ],
)
def test_a_bad_trendscore_field_is_named_in_the_error(change: dict[str, Any], reason: str):
    with pytest.raises(InvalidRecord, match="^" + reason.replace("(", r"\(")):
        TrendScore.from_message({**TREND.as_dict(), **change})


@pytest.mark.parametrize("value", [None, [], "x", 3])
def test_a_message_that_is_not_an_object_is_refused(value: Any):
    for kind in (TrendScore, Prediction):
        with pytest.raises(InvalidRecord, match="expected a JSON object"):
            kind.from_message(value)


def test_a_later_prediction_message_fills_in_without_erasing():
    scored = FORECAST.scored(75.0)
    bare = Prediction(603, 60.0, 360.0, 70.0)
    assert FORECAST.merge(scored) == scored
    assert scored.merge(bare) == scored
    assert (scored.error, scored.baseline_error) == (5.0, 3.5)


def test_validated_inputs_have_exactly_the_fields_of_their_types():
    c = parse_comment(
        b'{"id":"a","body":"x","created_utc":1.0,"score":2,"subreddit":"movies"}', now=10, max_future_s=60
    )
    assert set(c) == set(typing.get_type_hints(Comment))
    s = parse_snapshot(
        b'{"id":1,"title":"X","popularity":1.0,"vote_average":5.0,"vote_count":3,"fetched_at":2.0}',
        now=10,
        max_future_s=60,
    )
    assert set(s) == set(typing.get_type_hints(TmdbSnapshot))


def test_a_dead_letter_keeps_the_original_bytes_and_says_where_they_came_from():
    value, headers = DeadLetter("tmdb_stream", 3, 17, b"\xff" * 20, "invalid UTF-8 at byte 0").encode(1000)
    assert value == b"\xff" * 20
    assert headers == {
        "reason": b"invalid UTF-8 at byte 0",
        "source_topic": b"tmdb_stream",
        "source_partition": b"3",
        "source_offset": b"17",
        "original_size": b"20",
    }
    value, headers = DeadLetter("reddit_stream", 0, 1, None, "empty message").encode(1000)
    assert (value, headers["original_size"]) == (b"", b"0")
    value, headers = DeadLetter("reddit_stream", 0, 1, b"x" * 50, "too large").encode(10)
    assert (len(value), headers["truncated"], headers["original_size"]) == (10, b"true", b"50")
