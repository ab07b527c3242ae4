"""Popularity curves: what a movie's TMDB popularity and its mention rate follow over a run.

Each movie has a smooth curve of the run fraction ``tau`` (0 at the start, 1 at the end): a log-normal
base, a slow exponential trend and a gentle wave, times a breakout's surge
(:mod:`trendscope_app.datasets.breakouts`). Comments mention a movie at a rate proportional to its
curve; TMDB snapshots report the curve times a little noise.
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection
from dataclasses import dataclass

from trendscope_app.datasets.breakouts import draw_surge, surge_factor

__all__ = ["Curve", "draw_bases", "draw_curves"]


@dataclass(frozen=True)
class Curve:
    """One movie's popularity as a function of the run fraction.

    Attributes
    ----------
    base : float
        Popularity at the start, before the wave.
    slope : float
        Exponential trend over the run (``exp(slope * tau)``).
    wave_amp, wave_freq, wave_phase : float
        A gentle sine wave: relative amplitude, cycles per run, phase.
    surge : float
        Height of a breakout's mid-run surge; 0 for ordinary movies.
    """

    base: float
    slope: float
    wave_amp: float
    wave_freq: float
    wave_phase: float
    surge: float

    def at(self, tau: float) -> float:
        """The curve at run fraction ``tau`` (> 0).

        Examples
        --------
        >>> Curve(10.0, 0.0, 0.0, 1.0, 0.0, 0.0).at(0.5)
        10.0
        >>> Curve(10.0, 0.0, 0.0, 1.0, 0.0, 6.0).at(0.5)
        70.0
        """
        value = self.base * math.exp(self.slope * tau)
        value *= 1.0 + self.wave_amp * math.sin(2.0 * math.pi * (self.wave_freq * tau + self.wave_phase))
        if self.surge:
            value *= surge_factor(tau, self.surge)
        return value


def draw_bases(rng: random.Random, n: int) -> list[float]:
    """``n`` log-normal base popularities (median ~30)."""
    return [math.exp(rng.gauss(3.4, 0.8)) for _ in range(n)]


def draw_curves(rng: random.Random, bases: list[float], breakouts: Collection[int]) -> tuple[Curve, ...]:
    """One curve per base; the movies at indices ``breakouts`` surge mid-run.

    Parameters
    ----------
    rng : random.Random
        The world's random stream.
    bases : list of float
        From :func:`draw_bases`.
    breakouts : collection of int
        Indices of the breakouts.

    Returns
    -------
    tuple of Curve
        In the order of ``bases``.
    """
    return tuple(
        Curve(
            base=bases[i],
            slope=max(-0.5, min(0.5, rng.gauss(0.0, 0.2))),
            wave_amp=rng.uniform(0.0, 0.12),
            wave_freq=rng.uniform(0.5, 2.0),
            wave_phase=rng.random(),
            surge=draw_surge(rng) if i in breakouts else 0.0,
        )
        for i in range(len(bases))
    )
