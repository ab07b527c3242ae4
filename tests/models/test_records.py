"""The agents emit plain dicts (cheap on the hot path); these tests bind them to the Faust record contracts."""

from __future__ import annotations

import dataclasses
import json

from trendscope_app.forecasting.prequential import Forecast
from trendscope_app.models import Comment, Prediction, TmdbSnapshot, TrendScore
from trendscope_app.models.validate import parse_comment, parse_snapshot
from trendscope_app.windows.aggregator import WindowResult


def fields(record: type) -> set[str]:
    return set(record._options.fields)


def test_emitted_trendscore_is_exactly_the_trendscore_record():
    r = WindowResult(603, "Dune: Part Two", 0.0, 300.0, 3, 0.5, 80.0, 71.5)
    d = json.loads(json.dumps(r.as_dict()))
    assert set(d) == fields(TrendScore)
    assert TrendScore.from_data(d).asdict() == d


def test_emitted_forecast_is_exactly_the_prediction_record():
    names = [f.name for f in dataclasses.fields(Forecast)]
    sample = {n: (603 if n == "movie_id" else "linear.p0" if n == "model_version" else 1.5) for n in names}
    d = json.loads(json.dumps(Forecast(**sample).as_dict()))
    assert set(d) == fields(Prediction)
    assert Prediction.from_data(d).asdict() == d


def test_validated_inputs_are_exactly_the_input_records():
    c = parse_comment(
        b'{"id":"a","body":"x","created_utc":1.0,"score":2,"subreddit":"movies"}', now=10, max_future_s=60
    )
    assert set(c) == fields(Comment)
    assert Comment.from_data(c).asdict() == c
    s = parse_snapshot(
        b'{"id":1,"title":"X","popularity":1.0,"vote_average":5.0,"vote_count":3,"fetched_at":2.0}',
        now=10,
        max_future_s=60,
    )
    assert set(s) == fields(TmdbSnapshot)
    assert TmdbSnapshot.from_data(s).asdict() == s
