"""Reshape a sample's comments to the length and mention profile of real Reddit traffic.

The plain sample's comments are short (median ~90, mean ~150 characters) and 70 % of them mention a
movie. Comments in movie subreddits are longer and more on topic: median ~120, mean ~200 characters,
~85 % naming a movie, emoji in some and a tail of long ones (Reddit allows 10,000 characters).
:func:`realistic` turns a generated sample into that profile, for benchmarks whose ratios should be
the ones users get on their own traffic:

* comments without a mention are given one (a title of a movie mentioned just before, so mentions
  still follow popularity) until ``mention_share`` of all comments mention a movie;
* each comment's length is drawn from a log-normal with the wanted median and mean (clipped to
  10,000 characters), and a shorter body is padded with off-topic sentences and emoji that name no
  movie, so the ground truth stays exact;
* ``emoji_share`` of the comments carry emoji, some as runs ("😂😂😂").
"""

from __future__ import annotations

import html
import math
import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from trendscope_app.datasets import words as w

__all__ = ["EMOJI", "realistic"]

#: Emoji common in Reddit comments, each in vaderSentiment's emoji lexicon.
EMOJI = ("😂", "🔥", "😭", "👀", "❤️", "🙏", "💀", "😍", "🤔", "👏", "😡", "🍿")
_MAX_CHARS = 10_000
_CUES = ("Just saw {0}.", "Thoughts on {0}?", "{0} though.", "Rewatched {0} yesterday.")


def realistic(
    comments: Sequence[Mapping[str, Any]],
    truth: Mapping[str, tuple[int, ...]],
    titles: Mapping[int, str],
    *,
    seed: int = 7,
    median: float = 120.0,
    mean: float = 200.0,
    mention_share: float = 0.85,
    emoji_share: float = 0.2,
) -> tuple[list[dict[str, Any]], dict[str, tuple[int, ...]]]:
    """Comments of the realistic profile and their ground truth.

    Parameters
    ----------
    comments : sequence of dict
        A sample's comments (:func:`~trendscope_app.datasets.sample.generate`), in event-time order.
    truth : mapping
        Comment id -> ids of the movies its body mentions.
    titles : mapping
        Movie id -> the title to write when a comment is given a mention.
    seed : int
        Seed of every random choice.
    median, mean : float
        Of the body lengths in characters (``mean > median``).
    mention_share : float
        Share of the comments that mention a movie, at least (comments that already mention one
        keep their mentions).
    emoji_share : float
        Share of the comments that carry emoji.

    Returns
    -------
    comments : list of dict
        New records (the input is not changed), same ids and times.
    truth : dict
        Comment id -> sorted ids of the movies each new body mentions.

    Examples
    --------
    >>> from statistics import median
    >>> from trendscope_app.datasets.sample import SampleSpec, generate
    >>> comments, snapshots, truth = generate(SampleSpec(n_comments=4000, n_movies=10, hard_titles=False))
    >>> titles = {s["id"]: s["title"] for s in snapshots}
    >>> out, out_truth = realistic(comments, truth, titles)
    >>> 110 <= median(len(c["body"]) for c in out) <= 130
    True
    >>> round(sum(bool(out_truth[c["id"]]) for c in out) / len(out), 2) >= 0.85
    True
    """
    if not mean > median > 0:
        raise ValueError("need mean > median > 0")
    rng = random.Random(seed)
    mu, sigma = _fit_lengths([len(c["body"]) for c in comments], median, mean, seed)
    without = sum(not truth[c["id"]] for c in comments)
    # Share of the comments without a mention that are given one.
    convert = (
        max(0.0, (mention_share * len(comments) - (len(comments) - without)) / without) if without else 0.0
    )
    recent: list[int] = []
    out: list[dict[str, Any]] = []
    out_truth: dict[str, tuple[int, ...]] = {}
    for c in comments:
        ids = truth[c["id"]]
        body = c["body"]
        if ids:
            recent.append(ids[0])
            del recent[:-50]
        elif recent and rng.random() < convert:
            movie = rng.choice(recent)
            # Bodies are escaped as Reddit serves them (datasets.comments); so is the title put in.
            body = rng.choice(_CUES).format(html.escape(titles[movie], quote=False)) + " " + body
            ids = (movie,)
        # Room for the overshoot of the last sentence and an emoji run.
        target = min(_MAX_CHARS - 100, int(rng.lognormvariate(mu, sigma)))
        body = _pad(rng, body, target)
        if rng.random() < emoji_share:
            run = rng.choice(EMOJI) * rng.choice((1, 1, 1, 2, 3, 5))
            body = f"{body} {run}" if rng.random() < 0.8 else f"{run} {body}"
        record = dict(c)
        record["body"] = body
        out.append(record)
        out_truth[c["id"]] = tuple(sorted(ids))
    return out, out_truth


def _fit_lengths(lengths: Sequence[int], median: float, mean: float, seed: int) -> tuple[float, float]:
    """``(mu, sigma)`` of the log-normal target length such that ``max(body, target)`` has the wanted
    median and mean: bodies are only ever padded, so the targets must aim below the result."""
    rng = random.Random(seed)
    sample = rng.sample(list(lengths), min(2000, len(lengths)))
    z = [rng.gauss(0.0, 1.0) for _ in sample]

    def result(mu: float, sigma: float) -> list[float]:
        return sorted(
            max(b, min(_MAX_CHARS, math.exp(mu + sigma * g))) for b, g in zip(sample, z, strict=True)
        )

    def solve(f: Callable[[float], float], lo: float, hi: float, want: float) -> float:
        for _ in range(40):  # f rises with its argument
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if f(mid) < want else (lo, mid)
        return (lo + hi) / 2

    mu, sigma = math.log(median), math.sqrt(2 * math.log(mean / median))
    for _ in range(4):
        mu = solve(lambda m, s=sigma: result(m, s)[len(sample) // 2], 0.0, math.log(_MAX_CHARS), median)
        sigma = solve(lambda s, m=mu: sum(result(m, s)) / len(sample), 0.01, 3.0, mean)
    return mu, sigma


def _pad(rng: random.Random, body: str, target: int) -> str:
    """``body`` followed by off-topic sentences (and an emoji now and then) up to ``target`` characters."""
    parts = [body]
    size = len(body)
    while True:
        sentence = rng.choice(w.OFF_TOPIC)
        if rng.random() < 0.1:
            sentence += " " + rng.choice(EMOJI)
        # Stop nearest the target, overshooting by less than half a sentence.
        if size + (len(sentence) + 1) / 2 > target:
            return " ".join(parts)
        parts.append(sentence)
        size += len(sentence) + 1
