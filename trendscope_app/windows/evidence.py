"""Where a movie's mentions came from, per pane, in bounded memory: the "why" behind a TrendScore.

Each pane of :class:`~trendscope_app.windows.movie.MovieWindows` carries, beside its count and sentiment
sum, the mentions per subreddit and the best comments by Reddit score. They are pruned with the pane, so a
window reads exactly the evidence of its own panes, and saved with it, so a restarted worker emits the
same evidence as an uninterrupted one.
"""

from __future__ import annotations

from typing import Any

from trendscope_app.breakouts.explain import TOP_COMMENTS, TOP_SUBREDDITS

__all__ = ["MAX_COMMENTS", "MAX_SUBREDDITS", "TOP_SUBREDDITS", "Evidence", "add", "window_evidence"]

#: Subreddit counters per pane: exact while a pane has no more distinct subreddits; beyond, the
#: space-saving algorithm keeps every subreddit with more than 1/MAX_SUBREDDITS of the pane's mentions.
MAX_SUBREDDITS = 32
#: Best comments kept per pane: as many as a window's explanation shows.
MAX_COMMENTS = TOP_COMMENTS

#: One pane's evidence: mentions per subreddit, and the best comments as ``[score, id, permalink]``,
#: best first.
Evidence = tuple[dict[str, int], list[list[Any]]]


def add(
    subs: dict[str, int],
    best: list[list[Any]],
    subreddit: str,
    comment_id: str,
    permalink: str | None,
    score: int,
) -> None:
    """Count one mention in a pane's evidence.

    Examples
    --------
    >>> subs, best = {}, []
    >>> for sub, cid, n in [("movies", "a", 5), ("movies", "b", 50), ("boxoffice", "c", 7), ("x", "d", 1)]:
    ...     add(subs, best, sub, cid, None, n)
    >>> subs, [b[1] for b in best]
    ({'movies': 2, 'boxoffice': 1, 'x': 1}, ['b', 'c', 'a'])
    """
    if subreddit in subs or len(subs) < MAX_SUBREDDITS:
        subs[subreddit] = subs.get(subreddit, 0) + 1
    else:
        # Space-saving: the newcomer takes the smallest counter's place and count (plus one).
        low = min(subs, key=lambda s: (subs[s], s))
        subs[subreddit] = subs.pop(low) + 1
    if len(best) == MAX_COMMENTS and (-score, comment_id) >= (-best[-1][0], best[-1][1]):
        return  # the common case: not among the pane's best
    # A comment is counted once per movie (the window stage skips repeated source offsets), so it is new.
    best.append([score, comment_id, permalink])
    best.sort(key=lambda e: (-e[0], e[1]))
    del best[MAX_COMMENTS:]


def window_evidence(panes: list[Evidence]) -> dict[str, Any]:
    """A window's evidence from its panes': the top subreddits and the best comments.

    Examples
    --------
    >>> panes = [({"movies": 3, "a": 1}, [[9, "c1", "/r/m/c1"]]), ({"movies": 1}, [[2, "c2", None]])]
    >>> out = window_evidence(panes)
    >>> out["subreddits"], [c["id"] for c in out["comments"]]
    ({'movies': 4, 'a': 1}, ['c1', 'c2'])
    """
    counts: dict[str, int] = {}
    comments: list[list[Any]] = []
    for subs, best in panes:
        for name, n in subs.items():
            counts[name] = counts.get(name, 0) + n
        comments += best
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SUBREDDITS]
    comments.sort(key=lambda e: (-e[0], e[1]))
    return {
        "subreddits": dict(top),
        "comments": [{"id": c[1], "permalink": c[2], "score": c[0]} for c in comments[:MAX_COMMENTS]],
    }
