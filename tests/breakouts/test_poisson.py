"""The Poisson tail score against an independent computation (the incomplete gamma integrated numerically)."""

from __future__ import annotations

import math
from statistics import NormalDist

import pytest

from trendscope_app.breakouts import poisson_z


def upper_tail(observed: int, expected: float) -> float:
    """P(a, x) = the regularized lower incomplete gamma at a = observed + 1/2, x = expected, by Simpson's
    rule on t = u**2 (smooth at 0): the continuity-corrected P(X >= observed) of a Poisson(expected)."""
    a, n = observed + 0.5, 20_000
    top = math.sqrt(expected)
    h = top / n

    def f(u: float) -> float:
        return 2 * u ** (2 * a - 1) * math.exp(-u * u) if u > 0 else (2.0 if a == 0.5 else 0.0)

    total = f(0) + f(top) + sum((4 if i % 2 else 2) * f(i * h) for i in range(1, n))
    return total * h / 3 / math.gamma(a)


def test_poisson_z_is_monotone_and_bounded():
    zs = [poisson_z(o, 10.0) for o in range(0, 300, 5)]
    assert zs == sorted(zs)
    assert zs[0] < -3 and zs[-1] == 30.0
    assert abs(poisson_z(1000.0, 1000.0)) < 0.05


@pytest.mark.parametrize(
    ("observed", "expected"), [(0, 2.0), (3, 2.0), (9, 4.0), (25, 10.0), (130, 100.0), (2, 9.0)]
)
def test_poisson_z_is_the_normal_quantile_of_the_mid_p_tail(observed: int, expected: float):
    p = upper_tail(observed, expected)
    assert poisson_z(float(observed), expected) == pytest.approx(NormalDist().inv_cdf(1 - p), abs=1e-3)
