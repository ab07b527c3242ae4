"""Comment sentiment: the VADER compound score in ``[-1, 1]``.

Scores are exactly those of ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]`` of
vaderSentiment 3.3.2, computed by :class:`~trendscope_app.text.vader.Vader` (several times faster on
comments, and linear in the text length where 3.3.2 is quadratic). One scorer is built on first use
(loading the lexicons takes ~10 ms) and shared by every call in the process.

A text longer than :data:`MAX_CHARS` is scored on its first ``MAX_CHARS`` characters only, so that one
huge message cannot hold up the event loop (a 1 MB body of emoji takes seconds even at linear cost, and
hundreds of MB): its score may then differ from stock VADER's on the whole text. Each such text counts in
``trendscope_sentiment_truncated_total``. The cap is twice Reddit's limit on a comment body (10,000
characters), so no real comment is cut.
"""

from __future__ import annotations

from functools import cache

from trendscope_app.metrics import SENTIMENT_TRUNCATED
from trendscope_app.text.vader import Vader

__all__ = ["MAX_CHARS", "compound"]

MAX_CHARS = 20_000


@cache
def _analyzer() -> Vader:
    """The process-wide scorer, built once."""
    return Vader()


def compound(text: str) -> float:
    """VADER compound sentiment of one text, as vaderSentiment 3.3.2 computes it.

    Parameters
    ----------
    text : str
        Any text; an empty or blank text scores 0.0. Only the first :data:`MAX_CHARS` characters count.

    Returns
    -------
    float
        The compound score, from -1.0 (most negative) to 1.0 (most positive), rounded to 4 decimals.

    Examples
    --------
    >>> compound("Dune Part Two was absolutely amazing") > 0.5
    True
    >>> compound("that ending was terrible and boring") < -0.5
    True
    >>> compound("")
    0.0
    >>> compound("great movie! " * 10_000) == compound(("great movie! " * 10_000)[:MAX_CHARS])
    True
    """
    if len(text) > MAX_CHARS:
        SENTIMENT_TRUNCATED.inc()
        text = text[:MAX_CHARS]
    return _analyzer().compound(text)
