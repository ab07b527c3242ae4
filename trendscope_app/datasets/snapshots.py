"""TMDB snapshots of a sample: every movie's popularity and votes every ``tmdb_interval_s`` seconds.

The first round is at exactly ``spec.start``; ``popularity`` is the movie's curve
(:mod:`trendscope_app.datasets.popularity`) times a little log-normal noise, and vote counts never
decrease. Records are the app's TMDB snapshot input (``id``, ``title``, ``original_title``,
``release_date``, ``popularity``, ``vote_average``, ``vote_count``, ``fetched_at``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

from trendscope_app.datasets.spec import SampleSpec
from trendscope_app.datasets.world import SampleWorld, build_world

__all__ = ["iter_snapshots", "n_rounds"]


def n_rounds(spec: SampleSpec) -> int:
    """Number of snapshot rounds inside ``[start, start + duration_s)`` (at least one).

    Examples
    --------
    >>> n_rounds(SampleSpec(duration_s=600)), n_rounds(SampleSpec(duration_s=601))
    (2, 3)
    """
    n = math.ceil(spec.duration_s / spec.tmdb_interval_s)
    while n > 1 and spec.start + (n - 1) * spec.tmdb_interval_s >= spec.start + spec.duration_s:
        n -= 1
    return max(1, n)


def iter_snapshots(spec: SampleSpec, world: SampleWorld | None = None) -> Iterator[dict[str, Any]]:
    """Yield the TMDB snapshots of ``spec`` in event-time order.

    One round per ``tmdb_interval_s`` starting at ``spec.start`` (inside ``[start, start + duration_s)``),
    each with one snapshot per movie in id order.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.
    world : SampleWorld or None
        ``build_world(spec)``, passed to share it; built when ``None``.

    Yields
    ------
    dict
        Snapshot records.

    Examples
    --------
    >>> snaps = list(iter_snapshots(SampleSpec(n_movies=2, n_breakouts=0, duration_s=600)))
    >>> [(s["fetched_at"] - 1_717_200_000.0) for s in snaps]
    [0.0, 0.0, 300.0, 300.0]
    """
    world = world or build_world(spec)
    rng = random.Random(f"trendscope-sample:tmdb:{spec.seed}")
    vote_counts = list(world.vote_count)
    vote_avgs = list(world.vote_average)
    for k in range(n_rounds(spec)):
        t = spec.start + k * spec.tmdb_interval_s
        tau = world.tau(t)
        for i, movie in enumerate(world.movies):
            pop = world.curves[i].at(tau) * math.exp(rng.gauss(0.0, 0.05))
            if k:
                vote_counts[i] += int(pop * spec.tmdb_interval_s / 600.0 * rng.random())
                vote_avgs[i] = max(1.0, min(9.9, vote_avgs[i] + rng.gauss(0.0, 0.01)))
            yield {
                "id": movie.id,
                "title": movie.title,
                "original_title": movie.original_title,
                "release_date": movie.release_date,
                "popularity": max(0.001, round(pop, 3)),
                "vote_average": round(vote_avgs[i], 3),
                "vote_count": vote_counts[i],
                "fetched_at": t,
            }
