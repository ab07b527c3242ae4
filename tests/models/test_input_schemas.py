"""The JSON Schemas shipped for the input records accept exactly what the worker's validator accepts.

A user checks a file against the schema (any JSON Schema tool); the worker dead-letters what its own
validator refuses. Both must agree, on valid records and on every way a field can be wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from importlib.resources import files
from typing import Any

import jsonschema
import pytest

from trendscope_app.models import InvalidRecord
from trendscope_app.models.validate import parse_comment, parse_snapshot

COMMENT = {
    "id": "kx1a2b3",
    "body": "Dune Part Two was incredible",
    "created_utc": 1717200000.5,
    "score": 12,
    "subreddit": "movies",
    "author": "someone",
    "permalink": "/r/movies/comments/1/x/kx1a2b3/",
}
SNAPSHOT = {
    "id": 693134,
    "title": "Dune: Part Two",
    "original_title": "Dune: Part Two",
    "release_date": "2024-02-27",
    "popularity": 315.2,
    "vote_average": 8.2,
    "vote_count": 5120,
    "fetched_at": 1717200000.0,
}
BAD_VALUES: list[Any] = [None, "", " ", "x", -1, 0, 1, 2.5, 11, True, [], {}]


def variants(good: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield good
    for field in good:
        yield {k: v for k, v in good.items() if k != field}
        for bad in BAD_VALUES:
            yield {**good, field: bad}


def schema(name: str) -> dict[str, Any]:
    return json.loads(files("trendscope_app.models").joinpath(f"schemas/{name}.schema.json").read_text())


@pytest.mark.parametrize(
    ("name", "good", "parse"),
    [("comment", COMMENT, parse_comment), ("tmdb_snapshot", SNAPSHOT, parse_snapshot)],
)
def test_schema_and_validator_agree(name: str, good: dict[str, Any], parse: Callable[..., Any]) -> None:
    validator = jsonschema.Draft202012Validator(schema(name))
    checked = 0
    for record in variants(good):
        by_schema = validator.is_valid(record)
        try:
            parse(json.dumps(record).encode(), now=2e9, max_future_s=60.0)
            by_app = True
        except InvalidRecord:
            by_app = False
        assert by_schema == by_app, (record, by_schema, by_app)
        checked += 1
    assert checked > 50


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("Oppenheimer &lt;3", "Oppenheimer <3"),
        ("&gt; the ending\n\nwas perfect", "> the ending\n\nwas perfect"),
        ("Fast &amp; Furious", "Fast & Furious"),
        ("&amp;lt;3 is how Reddit escapes a heart", "&lt;3 is how Reddit escapes a heart"),  # decoded once
        ("AT&T ads, again", "AT&T ads, again"),
    ],
)
def test_a_comment_body_is_what_the_person_wrote(body: str, written: str) -> None:
    """Reddit serves bodies with &, < and > escaped; sentiment read ``&lt;3`` where VADER scores ``<3``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from trendscope_app.text.sentiment import compound

    raw = json.dumps({"id": "c1", "body": body, "created_utc": 10, "score": 1, "subreddit": "movies"})
    parsed = parse_comment(raw.encode(), now=100, max_future_s=60)["body"]
    assert parsed == written
    assert compound(parsed) == SentimentIntensityAnalyzer().polarity_scores(written)["compound"]
