"""The one-sided Poisson tail as a z-like score: how surprising a count is for an expected rate.

Pure arithmetic (no SciPy on the hot path: the forecaster's process already imports enough); the
incomplete gamma function follows the classic series / continued-fraction split.
"""

from __future__ import annotations

import math
from statistics import NormalDist

__all__ = ["poisson_z"]

_NORMAL = NormalDist()
_LOG_TINY = math.log(1e-300)
_MAX_ITER = 10_000
_EPS = 1e-15
_FPMIN = 1e-300


def _regularized_gamma(a: float, x: float) -> tuple[float, float]:
    """``(log P(a, x), Q(a, x))``: the regularized lower incomplete gamma (in logs) and its complement.

    Series below ``a + 1``, Lentz's continued fraction above (Numerical Recipes, 6.2); the log keeps
    far tails (``P`` down to 1e-300 and below) exact enough to turn into a z.
    """
    if x <= 0.0:
        return -math.inf, 1.0
    log_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:
        term = total = 1.0 / a
        n = a
        for _ in range(_MAX_ITER):
            n += 1.0
            term *= x / n
            total += term
            if term < total * _EPS:
                break
        log_p = log_front + math.log(total)
        return log_p, -math.expm1(log_p)
    b = x + 1.0 - a
    c = 1.0 / _FPMIN
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_ITER):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = d if abs(d) > _FPMIN else _FPMIN
        c = b + an / c
        c = c if abs(c) > _FPMIN else _FPMIN
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    q = math.exp(log_front) * h
    return (math.log1p(-q) if q < 1.0 else -math.inf), q


def poisson_z(observed: float, expected: float, cap: float = 30.0) -> float:
    """How surprising ``observed`` counts are under a Poisson of mean ``expected``, as a one-sided z.

    The mid-p upper tail ``P(X >= observed)`` (continuity-corrected: the regularized gamma at
    ``observed + 1/2``, which also accepts the non-integer counts of a quasi-Poisson), turned into the
    standard normal quantile with the same upper tail and clipped to ``[-cap, cap]``.

    Parameters
    ----------
    observed : float
        Counts seen (>= 0).
    expected : float
        Their mean under the null (>= 0).
    cap : float
        Bound of the result.

    Returns
    -------
    float
        About 0 when ``observed == expected``, positive above, negative below.

    Examples
    --------
    The same relative lift is stronger evidence on more counts:

    >>> round(poisson_z(6, 2), 2), round(poisson_z(600, 200), 2)
    (2.37, 22.78)
    >>> round(poisson_z(10, 10), 2), poisson_z(0, 0), poisson_z(3, 0)
    (0.05, 0.0, 30.0)
    >>> round(poisson_z(0, 5), 2)
    -2.95
    """
    if expected <= 0.0:
        return cap if observed > 0 else 0.0
    log_p, q = _regularized_gamma(max(observed, 0.0) + 0.5, expected)
    if log_p < _LOG_TINY:
        return cap
    p = math.exp(log_p)
    if p < 0.5:
        z = -_NORMAL.inv_cdf(p)
    elif q <= 0.0:
        z = -cap
    else:
        z = _NORMAL.inv_cdf(q)
    return max(-cap, min(cap, z))
