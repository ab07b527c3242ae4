"""The world of a sample: its movies, their popularity curves, breakouts and per-movie traits.

:func:`build_world` draws everything that is not per-record randomness, once per spec; comments
(:mod:`trendscope_app.datasets.comments`) and TMDB snapshots (:mod:`trendscope_app.datasets.snapshots`)
share it. With ``hard_titles`` (the default), about 30 % of the movies (at least one when there are two
or more) are drawn from the ordinary-word and phrase titles of the catalogue, one of each kind (phrase,
ordinary, function) among them when there are three or more, and the rest from its distinctive titles.
Without, all are drawn from the distinctive titles, exactly as before ``hard_titles`` existed.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from trendscope_app.datasets.breakouts import pick_breakouts
from trendscope_app.datasets.catalogue import CATALOGUE, PLAIN_CATALOGUE, SampleMovie
from trendscope_app.datasets.forms import title_variants
from trendscope_app.datasets.popularity import Curve, draw_bases, draw_curves
from trendscope_app.datasets.spec import SampleSpec
from trendscope_app.datasets.synthetic import synthetic_movies

__all__ = ["HARD_SHARE", "SampleWorld", "build_world"]

#: Share of a hard sample's movies drawn from the ordinary-word and phrase titles.
HARD_SHARE = 0.3
_HARD_KINDS = ("phrase", "ordinary", "function")


@dataclass(frozen=True)
class SampleWorld:
    """The movies of a spec and their popularity curves (everything but the per-record randomness).

    Attributes
    ----------
    spec : SampleSpec
        The spec the world was built from.
    movies : tuple of SampleMovie
        The sampled movies, ordered by id.
    breakout_ids : tuple of int
        Ids of the movies that surge in the middle third, sorted.
    curves, sentiment_bias, variants, vote_average, vote_count : tuple
        Per movie, in the order of ``movies``: popularity curve, probability that a comment about it
        is positive, :func:`~trendscope_app.datasets.forms.title_variants`, initial TMDB votes.
    index : dict
        Movie id -> position in ``movies``.
    """

    spec: SampleSpec
    movies: tuple[SampleMovie, ...]
    breakout_ids: tuple[int, ...]
    curves: tuple[Curve, ...] = field(repr=False)
    sentiment_bias: tuple[float, ...] = field(repr=False)
    variants: tuple[tuple[str, ...], ...] = field(repr=False)
    vote_average: tuple[float, ...] = field(repr=False)
    vote_count: tuple[int, ...] = field(repr=False)
    index: dict[int, int] = field(repr=False)

    def popularity(self, movie_id: int, t: float) -> float:
        """Noise-free popularity of a movie at event time ``t`` (what mentions follow).

        Parameters
        ----------
        movie_id : int
            One of the world's movie ids.
        t : float
            Epoch seconds.

        Returns
        -------
        float
            The curve's value (> 0).
        """
        return self.curves[self.index[movie_id]].at(self.tau(t))

    def tau(self, t: float) -> float:
        """Fraction of the run elapsed at event time ``t``."""
        return (t - self.spec.start) / self.spec.duration_s


def _draw_movies(rng: random.Random, spec: SampleSpec) -> list[SampleMovie]:
    n = spec.n_movies
    if not spec.hard_titles:
        pool = list(PLAIN_CATALOGUE)
        if n > len(pool):
            pool += synthetic_movies(n - len(pool), {m.id for m in pool})
        return rng.sample(pool, n)
    hard = [m for m in CATALOGUE if m.kind != "distinctive"]
    plain = list(PLAIN_CATALOGUE)
    n_hard = min(len(hard), max(math.ceil(HARD_SHARE * n) if n > 1 else 0, n - len(plain)))
    if n - n_hard > len(plain):
        plain += synthetic_movies(n - n_hard - len(plain), {m.id for m in CATALOGUE})
    # One title of each hard kind first (when there is room), so that every sample meets all of them.
    first = [rng.choice([m for m in hard if m.kind == k]) for k in _HARD_KINDS] if n_hard >= 3 else []
    rest = [m for m in hard if m not in first]
    return first + rng.sample(rest, n_hard - len(first)) + rng.sample(plain, n - n_hard)


def build_world(spec: SampleSpec) -> SampleWorld:
    """Draw the movies, their curves, breakouts and per-movie traits of ``spec`` (deterministic).

    Parameters
    ----------
    spec : SampleSpec
        What to generate.

    Returns
    -------
    SampleWorld
        Shared by the comment and snapshot generators.

    Examples
    --------
    >>> w = build_world(SampleSpec(n_movies=5, n_breakouts=1, seed=1))
    >>> len(w.movies), len(w.breakout_ids)
    (5, 1)
    >>> w.breakout_ids == build_world(SampleSpec(n_movies=5, n_breakouts=1, seed=1)).breakout_ids
    True
    >>> sorted({m.kind for m in build_world(SampleSpec(n_movies=40, hard_titles=False)).movies})
    ['distinctive']
    """
    rng = random.Random(f"trendscope-sample:world:{spec.seed}")
    movies = sorted(_draw_movies(rng, spec), key=lambda m: m.id)
    bases = draw_bases(rng, len(movies))
    breakouts = pick_breakouts(rng, bases, spec.n_breakouts)
    curves = draw_curves(rng, bases, breakouts)
    return SampleWorld(
        spec=spec,
        movies=tuple(movies),
        breakout_ids=tuple(sorted(movies[i].id for i in breakouts)),
        curves=curves,
        sentiment_bias=tuple(rng.betavariate(4, 3) for _ in movies),
        variants=tuple(title_variants(m.title) for m in movies),
        vote_average=tuple(round(max(3.0, min(9.2, rng.gauss(6.8, 0.7))), 3) for _ in movies),
        vote_count=tuple(int(math.exp(rng.gauss(7.0, 1.2))) for _ in movies),
        index={m.id: i for i, m in enumerate(movies)},
    )
