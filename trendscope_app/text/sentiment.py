"""Comment sentiment: the VADER compound score in ``[-1, 1]``.

Scores are exactly those of ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]`` of
vaderSentiment 3.3.2, computed by :class:`~trendscope_app.text.vader.Vader` (several times faster on
comments, and linear in the text length where 3.3.2 is quadratic). One scorer is built on first use
(loading the lexicons takes ~10 ms) and shared by every call in the process.

A text longer than :data:`MAX_CHARS` is scored on its first ``MAX_CHARS`` characters only, so that one
huge message cannot hold up the event loop (a 1 MB body of emoji takes seconds even at linear cost, and
hundreds of MB): its score may then differ from stock VADER's on the whole text. The cap is twice
Reddit's limit on a comment body (10,000 characters), so no real comment is cut. VADER reads an emoji as
its description, ~20 characters of words ("face with tears of joy"), so 10,000 emoji are 200,000
characters to score (20–60 ms): once spelled out, a text is scored on its first
:data:`MAX_SPELLED_CHARS` characters, cut between words (some 2,500 emoji; ordinary text never comes
near it). Each text cut by either cap counts once in ``trendscope_sentiment_truncated_total``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from trendscope_app.metrics import SENTIMENT_TRUNCATED
from trendscope_app.text.vader import Vader

__all__ = ["MAX_CHARS", "MAX_SPELLED_CHARS", "PLACEHOLDER", "compound", "mask_titles"]

MAX_CHARS = 20_000
MAX_SPELLED_CHARS = 50_000
#: What a title's words become when titles are masked: a word VADER does not know.
PLACEHOLDER = "title"
_WORD_RE = re.compile(r"\w+")


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
    >>> compound("😂" * 10_000) == compound("😂" * (MAX_SPELLED_CHARS // len(" face with tears of joy")))
    True
    """
    vader = _analyzer()
    cut = len(text) > MAX_CHARS
    if cut:
        text = text[:MAX_CHARS]
    text = vader.spelled(text)
    if len(text) > MAX_SPELLED_CHARS:
        # At a space: a piece of a word may be another word ("tears" -> "tea").
        end = text.rfind(" ", 0, MAX_SPELLED_CHARS + 1)
        text = text[: end if end > 0 else MAX_SPELLED_CHARS]
        cut = True
    if cut:
        SENTIMENT_TRUNCATED.inc()
    return vader.compound_spelled(text)


def _placeholder(word: re.Match[str]) -> str:
    # Keep the word's case: VADER weighs words in capitals against the rest of the text.
    w = word.group()
    if len(w) > 1 and w.isupper():
        return PLACEHOLDER.upper()
    return PLACEHOLDER.capitalize() if w[0].isupper() else PLACEHOLDER


def mask_titles(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each word inside ``spans`` (the titles the matcher accepted) replaced by a neutral word.

    VADER reads a title as words: "Wicked was so much better than I expected" scores -0.06 because
    *wicked* is -2.4 in its lexicon. Masked, the comment scores what it says of the film. Punctuation,
    the number of words and their case stay, so emphasis, negation and "but" work as before.

    Parameters
    ----------
    text : str
        A comment.
    spans : iterable of (int, int)
        Character spans in ``text``, in order and not overlapping
        (:meth:`~trendscope_app.text.matcher.TitleMatcher.match_spans`).

    Examples
    --------
    >>> mask_titles("Wicked was so much better than I expected", [(0, 6)])
    'Title was so much better than I expected'
    >>> mask_titles("POOR THINGS!!! but a wicked twist", [(0, 11)])
    'TITLE TITLE!!! but a wicked twist'
    >>> compound("Wicked was so much better than I expected") < 0 < compound(
    ...     mask_titles("Wicked was so much better than I expected", [(0, 6)]))
    True
    """
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(_WORD_RE.sub(_placeholder, text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)
