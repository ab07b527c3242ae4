"""Why a movie's TrendScore is what it is: its three parts, how each moved, where and who talked about it.

:func:`explain` is pure: it turns one TrendScore, the previous one, what was expected of it and the
window's mention evidence into a JSON-ready dict for the API and the dashboard (and for a breakout's
explanation: the same dict at the breakout's window). :class:`MentionEvidence` is the bounded per-movie
accumulator of that evidence: per one-minute pane, the mentions per subreddit and the best three
comments by Reddit score, for the last ``panes`` panes only; a window is read by merging its panes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from trendscope_app.scoring.trendscore import Weights

__all__ = ["CommentRef", "Expectation", "MentionEvidence", "ScoreLike", "explain", "score_parts"]

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
    n = sum(counts.values())
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


class MentionEvidence:
    """One movie's mention evidence for the last ``panes`` one-minute panes, in bounded memory.

    Per pane: mentions per subreddit (at most ``max_subreddits`` counters, by the space-saving
    algorithm: exact while a pane has no more distinct subreddits, and a subreddit with more than
    ``1 / max_subreddits`` of the pane's mentions is always kept) and the ``max_comments`` best comments
    by Reddit score. Memory is ``O(panes * (max_subreddits + max_comments))`` whatever the traffic.

    Feed it mentions after de-duplication (the window stage skips repeated input by source offset);
    a repeated mention would be counted twice in the subreddit counts.

    Parameters
    ----------
    step : int
        Pane length, seconds (the window step).
    panes : int
        Panes kept (``size / step``: one window's worth).
    max_subreddits, max_comments : int
        Bounds per pane.

    Examples
    --------
    >>> ev = MentionEvidence(step=60, panes=5)
    >>> ev.add(30.0, "movies", "c1", "/r/movies/c1", 12)
    >>> ev.add(90.0, "movies", "c2", None, 50)
    >>> ev.add(95.0, "boxoffice", "c3", None, 1)
    >>> counts, comments = ev.window(300.0, size=300)
    >>> counts, [c.id for c in comments]
    ({'boxoffice': 1, 'movies': 2}, ['c2', 'c1', 'c3'])
    >>> ev.add(330.0, "movies", "c4", None, 0)  # pane 5: pane 0 falls out of the last 5
    >>> ev.window(360.0, size=300)[0]
    {'boxoffice': 1, 'movies': 2}
    >>> sorted(ev.store)
    [1, 5]
    """

    __slots__ = ("max_comments", "max_subreddits", "panes", "step", "store")

    def __init__(
        self, step: int = 60, panes: int = 5, max_subreddits: int = 16, max_comments: int = 3
    ) -> None:
        self.step = step
        self.panes = panes
        self.max_subreddits = max_subreddits
        self.max_comments = max_comments
        # pane index -> (subreddit counts, best comments as (score, id, permalink) best first)
        self.store: dict[int, tuple[dict[str, int], list[tuple[int, str, str | None]]]] = {}

    def add(
        self, event_time: float, subreddit: str, comment_id: str, permalink: str | None, score: int
    ) -> None:
        """Count one mention of the movie at ``event_time`` (too old for the kept panes: ignored)."""
        pane = int(event_time // self.step)
        if self.store and pane <= max(self.store) - self.panes:
            return
        slot = self.store.get(pane)
        if slot is None:
            slot = self.store[pane] = ({}, [])
            for old in [p for p in self.store if p <= pane - self.panes]:
                del self.store[old]
        counts, best = slot
        if subreddit in counts or len(counts) < self.max_subreddits:
            counts[subreddit] = counts.get(subreddit, 0) + 1
        else:
            # Space-saving: the newcomer takes the smallest counter's place and count (plus one).
            low = min(counts, key=lambda s: (counts[s], s))
            counts[subreddit] = counts.pop(low) + 1
        entry = (int(score), comment_id, permalink)
        for i, (s, cid, _) in enumerate(best):
            if cid == comment_id:
                if entry[0] <= s:
                    return
                del best[i]
                break
        best.append(entry)
        best.sort(key=lambda e: (-e[0], e[1]))
        del best[self.max_comments :]

    def window(self, window_end: float, size: int = 300) -> tuple[dict[str, int], list[CommentRef]]:
        """Mentions per subreddit and the best comments of the window ``[window_end - size, window_end)``.

        Only the kept panes are read, so ``size`` beyond ``panes * step`` sees the newest panes only.
        """
        hi = int(window_end // self.step)
        lo = hi - size // self.step
        counts: dict[str, int] = {}
        refs: list[CommentRef] = []
        for pane in sorted(self.store):
            if lo <= pane < hi:
                pc, best = self.store[pane]
                for name, c in pc.items():
                    counts[name] = counts.get(name, 0) + c
                refs += [CommentRef(cid, link, s) for s, cid, link in best]
        return dict(sorted(counts.items())), top_comments(refs, self.max_comments)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready state (for a table value).

        Examples
        --------
        >>> ev = MentionEvidence()
        >>> ev.add(61.0, "movies", "c1", None, 3)
        >>> MentionEvidence.from_dict(ev.as_dict()).window(120.0)
        ({'movies': 1}, [CommentRef(id='c1', permalink=None, score=3)])
        """
        return {
            "step": self.step,
            "panes": self.panes,
            "max_subreddits": self.max_subreddits,
            "max_comments": self.max_comments,
            "store": {str(p): [c, [list(e) for e in b]] for p, (c, b) in self.store.items()},
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MentionEvidence:
        ev = cls(int(d["step"]), int(d["panes"]), int(d["max_subreddits"]), int(d["max_comments"]))
        for p, (counts, best) in d["store"].items():
            ev.store[int(p)] = (dict(counts), [(int(s), str(cid), link) for s, cid, link in best])
        return ev

    def __getstate__(self) -> dict[str, Any]:
        return self.as_dict()

    def __setstate__(self, state: dict[str, Any]) -> None:
        restored = MentionEvidence.from_dict(state)
        for name in self.__slots__:
            setattr(self, name, getattr(restored, name))
