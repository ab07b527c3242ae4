"""Reddit comments of a sample, each with the movies it really mentions and how it wrote them.

Arrivals and mentions
---------------------
Comments arrive as an inhomogeneous process with intensity ``B + sum(popularity)``; a comment at time
``t`` mentions no movie with probability ``B / (B + sum(popularity(t)))`` (about 30 % overall),
otherwise 1-3 distinct movies drawn proportionally to their popularity at ``t``
(:mod:`trendscope_app.datasets.popularity`). A movie's mention rate is therefore proportional to its
curve, and breakouts get a surge of mentions mid-run. 40 % of comments carry a long tail of off-topic
sentences (real comments: median 76, mean 170 characters).

Text
----
``hard_titles=False``: a title is written as one of its
:func:`~trendscope_app.datasets.forms.title_variants`, so a case-, punctuation- and accent-insensitive
matcher that treats ``&`` as ``and`` finds exactly the ground truth.

``hard_titles=True``: each mention is written in one of the forms of
:mod:`trendscope_app.datasets.forms`, chosen per title (a pronoun title such as "Here" only in title
case mid-sentence, quoted, with its year or as a hashtag); two-movie comments are "X vs Y: ..." 30 % of
the time. 20 % of the comments without a mention (6 % of all) use the words of an ordinary-word or
phrase title of the catalogue in their ordinary sense (``ORDINARY_USES`` of
:mod:`trendscope_app.datasets.words`: "that was a wicked twist"; a title, then one of its uses, drawn
uniformly, whatever the sample's movies), as written, lowercased or in capitals; and 5 % of all comments
are posted in a subreddit that is not about films.

Bodies are stored as Reddit's API and its dumps serve them, with ``&``, ``<`` and ``>`` escaped
(``&amp;``, ``&lt;``, ``&gt;``), and 2 % of the comments end in an emoticon VADER scores (``<3``,
``</3``, ``>:(``), so a worker that scores the escaped text gets their sentiment wrong. The emoticons are
drawn from a random stream of their own: the rest of a sample is the same with or without them.

Either way the ground truth is what was written: the ids of the movies whose titles the generator put
into the comment, never read back from the text. :class:`WrittenComment` also records the form of
each mention and whether a comment without one is a hard negative.
"""

from __future__ import annotations

import bisect
import html
import itertools
import math
import random
from collections.abc import Iterator
from typing import Any, NamedTuple

from trendscope_app.datasets import words as w
from trendscope_app.datasets.bodies import HardWriter, write_plain
from trendscope_app.datasets.spec import SampleSpec
from trendscope_app.datasets.world import SampleWorld, build_world

__all__ = ["LabelledComment", "WrittenComment", "iter_comments", "iter_written"]

_NO_MENTION_SHARE = 0.30
_MENTION_COUNTS = (1, 2, 3)
_MENTION_COUNT_WEIGHTS = (0.62, 0.28, 0.10)
_LONG_TAIL_P = 0.4
_LONG_TAIL_MEAN_EXTRA = 3.0
_EMOTICON_P = 0.02
_EMOTICONS = (" <3", " <3 <3", " </3", " >:(")
_OTHER_SUBREDDIT_P = 0.05  # comments posted outside the movie subreddits (hard_titles)


class LabelledComment(NamedTuple):
    """A comment record and the ground truth: sorted ids of the movies its body mentions."""

    record: dict[str, Any]
    movie_ids: tuple[int, ...]


class WrittenComment(NamedTuple):
    """A comment record, its ground truth and how the generator wrote it.

    Attributes
    ----------
    record : dict
        The comment record.
    movie_ids : tuple of int
        Sorted ids of the movies whose titles were written into the body.
    forms : tuple of (int, str)
        ``(movie_id, form)`` per mention, by id (forms of :mod:`trendscope_app.datasets.forms`).
    kind : str
        ``mention``, ``off_topic`` or ``hard_negative`` (no mention, but a title's words used
        in their ordinary sense).
    """

    record: dict[str, Any]
    movie_ids: tuple[int, ...]
    forms: tuple[tuple[int, str], ...]
    kind: str


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(digits[r])
    return "".join(reversed(out)) or "0"


def _time_grid(spec: SampleSpec, world: SampleWorld) -> tuple[float, list[list[float]], list[float], float]:
    n_movies = len(world.movies)
    n_bins = max(1, min(math.ceil(spec.duration_s / 5.0), max(60, 400_000 // n_movies)))
    width = spec.duration_s / n_bins
    cum_weights: list[list[float]] = []
    totals: list[float] = []
    for b in range(n_bins):
        tau = (b + 0.5) / n_bins
        cum = list(itertools.accumulate(c.at(tau) for c in world.curves))
        cum_weights.append(cum)
        totals.append(cum[-1])
    off_topic = _NO_MENTION_SHARE / (1 - _NO_MENTION_SHARE) * (sum(totals) / n_bins)
    return width, cum_weights, totals, off_topic


def iter_written(spec: SampleSpec, world: SampleWorld | None = None) -> Iterator[WrittenComment]:
    """Yield the comments of ``spec`` with their ground truth and forms, in event-time order, lazily.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.
    world : SampleWorld or None
        ``build_world(spec)``, passed to share it; built when ``None``.

    Yields
    ------
    WrittenComment
        ``created_utc`` strictly increases and stays in ``[start, start + duration_s)``.

    Examples
    --------
    >>> spec = SampleSpec(n_comments=400, n_movies=10, seed=3)
    >>> sorted({c.kind for c in iter_written(spec)})
    ['hard_negative', 'mention', 'off_topic']
    >>> sorted({f for c in iter_written(SampleSpec(n_comments=400, hard_titles=False)) for _, f in c.forms})
    ['title', 'variant']
    """
    world = world or build_world(spec)
    rng = random.Random(f"trendscope-sample:comments:{spec.seed}")
    emoticons = random.Random(f"trendscope-sample:emoticons:{spec.seed}")
    width, cum_weights, totals, off_topic = _time_grid(spec, world)
    intensity = [off_topic + t for t in totals]
    cum_intensity = list(itertools.accumulate(intensity))
    total_intensity = cum_intensity[-1]
    n_bins = len(totals)
    ids = [m.id for m in world.movies]
    n_movies = len(ids)
    subs = spec.subreddits
    sub_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(subs))))
    posts = {s: [_base36(rng.randrange(36**6, 36**7)) for _ in range(40)] for s in subs}
    authors = [
        f"{rng.choice(w.AUTHOR_A)}_{rng.choice(w.AUTHOR_B)}{rng.randrange(100)}"
        for _ in range(min(5000, max(200, spec.n_comments // 20)))
    ]
    hard = HardWriter(rng, world) if spec.hard_titles else None
    if hard is not None:
        posts.update(
            {s: [_base36(rng.randrange(36**6, 36**7)) for _ in range(40)] for s in w.OTHER_SUBREDDITS}
        )
    start, end = spec.start, spec.start + spec.duration_s
    counter = rng.randrange(36**6, 36**6 * 20)
    prev_t = -math.inf
    uniform = 0.0
    random_, choice, randrange = rng.random, rng.choice, rng.randrange
    bisect_right = bisect.bisect_right
    mention_cum = list(itertools.accumulate(_MENTION_COUNT_WEIGHTS))
    for remaining in range(spec.n_comments, 0, -1):
        # Ascending order statistics of n uniforms, generated one at a time.
        uniform = 1.0 - (1.0 - uniform) * random_() ** (1.0 / remaining)
        target = uniform * total_intensity
        b = min(bisect_right(cum_intensity, target), n_bins - 1)
        below = cum_intensity[b - 1] if b else 0.0
        t = start + (b + min(1.0, (target - below) / intensity[b])) * width
        if t <= prev_t:
            t = math.nextafter(prev_t, math.inf)
        if t >= end:  # float rounding only; keep the half-open interval
            t = math.nextafter(end, -math.inf)
        prev_t = t

        chosen: list[int] = []
        if random_() * intensity[b] >= off_topic:
            k = _MENTION_COUNTS[bisect_right(mention_cum, random_() * mention_cum[-1])]
            k = min(k, n_movies)
            cum, total = cum_weights[b], totals[b]
            for _ in range(20 * k):
                i = min(bisect_right(cum, random_() * total), n_movies - 1)
                if i not in chosen:
                    chosen.append(i)
                    if len(chosen) == k:
                        break
        case, kind = "", "mention" if chosen else "off_topic"
        if hard is None:
            body, positive, forms = write_plain(rng, world, chosen)
        elif not chosen:
            body, kind, case = hard.negative()
            positive, forms = 0.5, ()
        elif len(chosen) == 1:
            body, positive, form, case = hard.one(chosen[0])
            forms = ((ids[chosen[0]], form),)
        else:
            body, positive, many_forms, case, order = hard.many(chosen)
            forms = tuple(sorted((ids[i], f) for i, f in zip(order, many_forms, strict=True)))
        if random_() < _LONG_TAIL_P:
            # Real comments have a long tail. VADER's cost grows with length, so the benchmark's bound is
            # only realistic with it. The extra sentences name no movie; with hard titles, the comment's
            # own sentence is ended first ("... honestly Barbie. Just finished ...").
            extra = 1 + int(rng.expovariate(1.0 / _LONG_TAIL_MEAN_EXTRA))
            if hard is not None and body[-1] not in ".!?)":
                body += "."
            body += "".join(" " + choice(w.OFF_TOPIC) for _ in range(extra))
        if case:
            body = body.lower() if case == "lower" else body.upper()
        if emoticons.random() < _EMOTICON_P:
            body += emoticons.choice(_EMOTICONS)

        if hard is not None and random_() < _OTHER_SUBREDDIT_P:
            sub = choice(w.OTHER_SUBREDDITS)
        else:
            sub = subs[bisect_right(sub_weights, random_() * sub_weights[-1])] if len(subs) > 1 else subs[0]
        counter += randrange(1, 40)
        cid = _base36(counter)
        score = int(rng.expovariate(1.0 / (3.0 + 12.0 * positive))) - randrange(0, 4)
        record = {
            "id": cid,
            "body": html.escape(body, quote=False),
            "created_utc": t,
            "score": score,
            "subreddit": sub,
            "author": choice(authors),
            "permalink": f"/r/{sub}/comments/{choice(posts[sub])}/_/{cid}/",
        }
        yield WrittenComment(record, tuple(sorted(ids[i] for i in chosen)), forms, kind)


def iter_comments(spec: SampleSpec, world: SampleWorld | None = None) -> Iterator[LabelledComment]:
    """Yield the comments of ``spec`` with their ground truth, in event-time order, lazily.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.
    world : SampleWorld or None
        ``build_world(spec)``, passed to share it; built when ``None``.

    Yields
    ------
    LabelledComment
        ``(record, movie_ids)``, the first two fields of :func:`iter_written`.

    Examples
    --------
    >>> spec = SampleSpec(n_comments=3, n_movies=4, n_breakouts=0)
    >>> [c.record["id"] for c in iter_comments(spec)] == [c.record["id"] for c in iter_comments(spec)]
    True
    """
    for c in iter_written(spec, world):
        yield LabelledComment(c.record, c.movie_ids)
