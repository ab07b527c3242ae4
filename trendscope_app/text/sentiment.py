"""Comment sentiment: the VADER compound score in ``[-1, 1]``.

One :class:`~vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer` is built on first use
(loading its lexicon takes ~10 ms) and shared by every call in the process.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["compound", "compound_many"]


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    """The process-wide analyzer, built once."""
    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER compound sentiment of one text.

    Parameters
    ----------
    text : str
        Any text; an empty or blank text scores 0.0.

    Returns
    -------
    float
        The compound score, from -1.0 (most negative) to 1.0 (most positive).

    Examples
    --------
    >>> compound("Dune Part Two was absolutely amazing") > 0.5
    True
    >>> compound("that ending was terrible and boring") < -0.5
    True
    >>> compound("")
    0.0
    """
    if not text or text.isspace():
        return 0.0
    return float(_analyzer().polarity_scores(text)["compound"])


def compound_many(texts: Sequence[str]) -> list[float]:
    """VADER compound sentiment of several texts, in order.

    Parameters
    ----------
    texts : Sequence[str]
        Texts to score.

    Returns
    -------
    list[float]
        One compound score per text.

    Examples
    --------
    >>> [round(s, 2) for s in compound_many(["I love it", "", "I hate it"])]
    [0.64, 0.0, -0.57]
    """
    analyzer = _analyzer()
    return [0.0 if not t or t.isspace() else float(analyzer.polarity_scores(t)["compound"]) for t in texts]
