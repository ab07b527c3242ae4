"""Why a movie's TrendScore is what it is: its three parts, how each moved, where and who talked about it.

:func:`explain` is pure: it turns one TrendScore, the previous one, what was expected of it and the
window's mention evidence into a JSON-ready dict for the API and the dashboard (and for a breakout's
explanation: the same dict at the breakout's window). The evidence (mentions per subreddit, the best
comments) is gathered per pane by the window stage (:mod:`trendscope_app.windows.evidence`) and travels
in the TrendScore.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from trendscope_app.scoring.trendscore import Weights

__all__ = ["CommentRef", "Expectation", "ScoreLike", "explain", "score_parts"]

PARTS = ("popularity", "mentions", "sentiment")
TOP_SUBREDDITS = 5
TOP_COMMENTS = 3
DEFAULT_WEIGHTS = Weights()


class ScoreLike(Protocol):
    """The fields of a TrendScore :func:`explain` reads (``TrendScore``, ``TrendScore`` have them)."""

    @property
    def movie_id(self) -> int: ...
    @property
    def window_end(self) -> float: ...
    @property
    def mentions(self) -> int: ...
    @property
    def avg_sentiment(self) -> float: ...
    @property
    def popularity(self) -> float: ...
    @property
    def trend_score(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Expectation:
    """What was expected of a window before it closed; any field may be unknown (None).

    :attr:`BreakoutDetector.expected <trendscope_app.breakouts.detector.BreakoutDetector>` gives one per
    window: mentions from the panes that stay plus one pane at the recent rate, popularity and sentiment
    as in the previous window, and the TrendScore the forecaster predicted.
    """

    mentions: float | None = None
    popularity: float | None = None
    avg_sentiment: float | None = None
    trend_score: float | None = None


class CommentRef(NamedTuple):
    """A comment that mentioned the movie: its id, permalink (when the input has one) and Reddit score."""

    id: str
    permalink: str | None
    score: int

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "permalink": self.permalink, "score": self.score}


def score_parts(
    popularity: float, mentions: float, avg_sentiment: float, weights: Weights = DEFAULT_WEIGHTS
) -> dict[str, float]:
    """The three terms of the TrendScore formula.

    Examples
    --------
    >>> score_parts(100.0, 3, 0.0)
    {'popularity': 40.0, 'mentions': 9.0, 'sentiment': 15.0}
    """
    return {
        "popularity": weights.popularity * popularity,
        "mentions": weights.mentions * mentions * 10,
        "sentiment": weights.sentiment * (avg_sentiment + 1) * 50,
    }


def _field(obj: ScoreLike | Mapping[str, Any], name: str) -> Any:
    return obj[name] if isinstance(obj, Mapping) else getattr(obj, name)


def _expected_parts(expected: Expectation, weights: Weights) -> dict[str, float | None]:
    return {
        "popularity": None if expected.popularity is None else weights.popularity * expected.popularity,
        "mentions": None if expected.mentions is None else weights.mentions * expected.mentions * 10,
        "sentiment": (
            None if expected.avg_sentiment is None else weights.sentiment * (expected.avg_sentiment + 1) * 50
        ),
    }


def _ref(c: CommentRef | Mapping[str, Any]) -> CommentRef:
    if isinstance(c, CommentRef):
        return c
    return CommentRef(str(c["id"]), c.get("permalink"), int(c.get("score", 0)))


def top_comments(
    comments: Iterable[CommentRef | Mapping[str, Any]], n: int = TOP_COMMENTS
) -> list[CommentRef]:
    """The ``n`` best comments by Reddit score (ties: by id), each comment once.

    Examples
    --------
    >>> top_comments([{"id": "a", "score": 3}, CommentRef("b", None, 9), {"id": "a", "score": 5}], 2)
    [CommentRef(id='b', permalink=None, score=9), CommentRef(id='a', permalink=None, score=5)]
    """
    best: dict[str, CommentRef] = {}
    for c in map(_ref, comments):
        old = best.get(c.id)
        if old is None or c.score > old.score or (c.score == old.score and old.permalink is None):
            best[c.id] = c
    return sorted(best.values(), key=lambda c: (-c.score, c.id))[:n]


def explain(
    current: ScoreLike | Mapping[str, Any],
    previous: ScoreLike | Mapping[str, Any] | None = None,
    expected: Expectation | float | None = None,
    subreddit_counts: Mapping[str, int] | None = None,
    comments: Iterable[CommentRef | Mapping[str, Any]] = (),
    weights: Weights = DEFAULT_WEIGHTS,
) -> dict[str, Any]:
    """Why ``current`` scored what it did.

    Parameters
    ----------
    current : ScoreLike or mapping
        The TrendScore to explain (attributes or a decoded ``trend_stream`` value).
    previous : ScoreLike or mapping, optional
        The movie's previous window (one step earlier).
    expected : Expectation or float, optional
        What was expected of ``current``; a float is the forecast TrendScore alone.
    subreddit_counts : mapping, optional
        Mentions per subreddit in the window (:meth:`MentionEvidence.window`).
    comments : iterable of CommentRef or mapping
        Comments that mentioned the movie in the window (``id``, ``permalink``, ``score``).
    weights : Weights
        The TrendScore weights the score was computed with.

    Returns
    -------
    dict
        ``parts``: per part (``popularity``, ``mentions``, ``sentiment``) its ``value`` (points), the
        ``input`` it comes from, ``vs_previous`` and ``vs_expected`` (points, None when unknown);
        ``total``: the same for the TrendScore; ``driver``: the part that moved most against
        expectation (else against the previous window), with ``driver_basis``; ``subreddits``: the top
        5 by mentions with their ``share`` of all the window's mentions; ``comments``: up to 3 by
        Reddit score.

    Examples
    --------
    >>> cur = {"movie_id": 7, "window_end": 600.0, "mentions": 20, "avg_sentiment": 0.5,
    ...        "popularity": 50.0, "trend_score": 102.5}
    >>> prev = {**cur, "window_end": 540.0, "mentions": 8, "trend_score": 66.5}
    >>> out = explain(cur, prev, Expectation(mentions=9.0, popularity=50.0, avg_sentiment=0.5,
    ...               trend_score=70.0), {"movies": 15, "boxoffice": 5},
    ...               [{"id": "c1", "score": 40, "permalink": "/r/movies/c1"}, {"id": "c2", "score": 2}])
    >>> out["parts"]["mentions"]
    {'value': 60.0, 'input': 20, 'vs_previous': 36.0, 'vs_expected': 33.0}
    >>> out["total"], out["driver"], out["driver_basis"]
    ({'value': 102.5, 'vs_previous': 36.0, 'vs_expected': 32.5}, 'mentions', 'expected')
    >>> out["subreddits"][0], [c["id"] for c in out["comments"]]
    ({'subreddit': 'movies', 'mentions': 15, 'share': 0.75}, ['c1', 'c2'])
    """
    pop = float(_field(current, "popularity"))
    mentions = int(_field(current, "mentions"))
    avg = float(_field(current, "avg_sentiment"))
    total = float(_field(current, "trend_score"))
    parts = score_parts(pop, mentions, avg, weights)
    inputs: dict[str, float | int] = {"popularity": pop, "mentions": mentions, "sentiment": avg}
    prev_parts: dict[str, float] | None = None
    prev_total: float | None = None
    if previous is not None:
        prev_parts = score_parts(
            float(_field(previous, "popularity")),
            int(_field(previous, "mentions")),
            float(_field(previous, "avg_sentiment")),
            weights,
        )
        prev_total = float(_field(previous, "trend_score"))
    if isinstance(expected, int | float):
        expected = Expectation(trend_score=float(expected))
    exp_parts: dict[str, float | None] = (
        _expected_parts(expected, weights) if expected is not None else dict.fromkeys(PARTS)
    )
    exp_total = expected.trend_score if expected is not None else None
    if exp_total is None and all(v is not None for v in exp_parts.values()):
        exp_total = sum(v for v in exp_parts.values() if v is not None)

    out_parts: dict[str, dict[str, Any]] = {}
    for name in PARTS:
        e = exp_parts[name]
        out_parts[name] = {
            "value": _round(parts[name]),
            "input": inputs[name],
            "vs_previous": None if prev_parts is None else _round(parts[name] - prev_parts[name]),
            "vs_expected": None if e is None else _round(parts[name] - e),
        }
    driver, basis = _driver(out_parts)

    counts = {str(k): int(v) for k, v in (subreddit_counts or {}).items() if v > 0}
    # The counts may be the top few only: a share is of all the window's mentions.
    n = max(sum(counts.values()), mentions)
    subreddits = [
        {"subreddit": name, "mentions": c, "share": _round(c / n)}
        for name, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SUBREDDITS]
    ]
    return {
        "movie_id": int(_field(current, "movie_id")),
        "window_end": float(_field(current, "window_end")),
        "parts": out_parts,
        "total": {
            "value": _round(total),
            "vs_previous": None if prev_total is None else _round(total - prev_total),
            "vs_expected": None if exp_total is None else _round(total - exp_total),
        },
        "driver": driver,
        "driver_basis": basis,
        "subreddits": subreddits,
        "comments": [c.as_dict() for c in top_comments(comments)],
    }


def _round(x: float) -> float:
    # For people and JSON; also hides float noise such as 36.00000000000001.
    return round(x, 4)


def _driver(parts: Mapping[str, Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """The part with the largest change against expectation, else against the previous window."""
    for basis in ("vs_expected", "vs_previous"):
        known = [(abs(p[basis]), name) for name, p in parts.items() if p[basis] is not None]
        if known:
            size, name = max(known, key=lambda t: (t[0], -PARTS.index(t[1])))
            return (name, basis.removeprefix("vs_")) if size > 0 else (None, basis.removeprefix("vs_"))
    return None, None
