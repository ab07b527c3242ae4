"""Breakouts: a few of the less popular movies surge in the middle third of a run.

A breakout's popularity (hence its mention rate) is multiplied by a smooth bump, 1 outside the middle
third of the run and up to ``1 + surge`` at its centre, with ``surge`` drawn in ``[5, 9]``: a surge
that a trend engine must see rise and fall within the run.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

__all__ = ["draw_surge", "pick_breakouts", "surge_factor"]

_SURGE_RANGE = (5.0, 9.0)


def pick_breakouts(rng: random.Random, bases: Sequence[float], n: int) -> set[int]:
    """Indices of ``n`` breakouts, drawn from the less popular half so that their surge stands out.

    Parameters
    ----------
    rng : random.Random
        The world's random stream.
    bases : sequence of float
        Base popularity of each movie.
    n : int
        Number of breakouts (at most ``len(bases)``).

    Returns
    -------
    set of int
        Indices into ``bases``.

    Examples
    --------
    >>> sorted(pick_breakouts(random.Random(1), [50.0, 3.0, 40.0, 2.0], 2))
    [1, 3]
    """
    by_base = sorted(range(len(bases)), key=lambda i: bases[i])
    lower = by_base[: max(n, len(bases) // 2)]
    return set(rng.sample(lower, n))


def draw_surge(rng: random.Random) -> float:
    """The height of one breakout's surge (a multiple of its base popularity)."""
    return rng.uniform(*_SURGE_RANGE)


def surge_factor(tau: float, surge: float) -> float:
    """Multiplier of a curve at run fraction ``tau``: a ``sin^2`` bump over the middle third.

    Parameters
    ----------
    tau : float
        Fraction of the run elapsed (0 at ``start``, 1 at the end).
    surge : float
        Height of the bump; 0 for a movie that does not break out.

    Returns
    -------
    float
        ``1 + surge * sin(3 pi (tau - 1/3))^2`` inside the middle third, else 1.

    Examples
    --------
    >>> surge_factor(0.2, 6.0), surge_factor(0.5, 6.0), surge_factor(0.5, 0.0)
    (1.0, 7.0, 1.0)
    """
    if surge and 1 / 3 < tau < 2 / 3:
        return 1.0 + surge * math.sin(3.0 * math.pi * (tau - 1 / 3)) ** 2
    return 1.0
