"""The TrendScore formula (README: "The web API")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weights:
    """``W1_POPULARITY``, ``W2_MENTIONS``, ``W3_SENTIMENT``."""

    popularity: float = 0.4
    mentions: float = 0.3
    sentiment: float = 0.3


def trend_score(
    popularity: float, mentions: int, avg_sentiment: float, weights: Weights = Weights()
) -> float:
    """``W1*popularity + W2*mentions*10 + W3*(avg_sentiment+1)*50``.

    Examples
    --------
    >>> trend_score(100.0, 3, 0.5)
    71.5
    >>> trend_score(0.0, 0, 0.0)
    15.0
    """
    return (
        weights.popularity * popularity
        + weights.mentions * mentions * 10
        + weights.sentiment * (avg_sentiment + 1) * 50
    )
