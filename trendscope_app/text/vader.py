"""VADER's compound score, bit-identical to vaderSentiment 3.3.2 but faster and linear in the text length.

:class:`Vader` re-implements ``SentimentIntensityAnalyzer.polarity_scores(text)["compound"]`` of the pinned
release (`vaderSentiment 3.3.2 <https://pypi.org/project/vaderSentiment/3.3.2/>`_) on the package's own
lexicons and constants. Every floating-point operation that can reach the score is done as 3.3.2 does it,
in the same order, so the score is ``==`` to stock VADER's (``tests/text/test_sentiment.py`` compares
thousands of texts). What differs is the bookkeeping around those operations, which in 3.3.2 costs O(n²)
for a text of n tokens (``"great movie! " * 700`` takes over a second, 2,000 emoji 18 s):

* **Emoji.** 3.3.2 rebuilds the text one character at a time with ``str +=``, even pure ASCII. Here an
  ASCII text skips the pass (no emoji key is ASCII) and any other is one :meth:`str.translate`. 3.3.2 puts
  a space before a description only after a character other than a space; this always does: whitespace
  runs are invisible to ``str.split`` and to the ``!``/``?`` counts, the only consumers of the text.
* **Lowercasing.** 3.3.2 lowercases the whole token list again for every lexicon word (in
  ``_negation_check``, three times, and ``_special_idioms_check``). Here a token is stripped and
  lowercased once, and a cache of short tokens makes that a dictionary look-up for words seen before.
* **Rules only where they can apply.** Every rule of ``sentiment_valence`` needs a *rule word* (booster,
  negation, "no", "least", "so", "this", a token containing "n't"), an idiom's first two words, or the
  word in ALL CAPS among lower-case words, at the word or at most three tokens before it. Elsewhere a
  lexicon word's sentiment is its lexicon value (3.3.2 computes ``v + 0.0 + ...`` there). A cache maps
  each raw token to its lexicon value or to a *mark* for such tokens, so one C pass gives every
  sentiment but those near marks, and the rules (sets and tuples instead of lists and formatted strings)
  run in the windows of the marks only, memoised on the raw tokens they read: a text repeating the same
  words or emoji runs them once per distinct window.
* **"but".** 3.3.2's ``_but_check`` looks each sentiment up with ``list.index(value)``: O(n) per token,
  and it finds the *first* position holding an equal value, not the token's own, and rescales that one.
  Scores depend on this quirk, so :func:`_but_check` keeps it: in one C pass when no value equals a
  rescaled one (then each position is found at its own place), else :func:`_but_replay` replays it with a
  heap of positions per value (O(h log h) for h sentiment words, instead of O(n²)).
* **Zeros.** Only ``sum(sentiments)`` reaches the compound. ``sum`` starts at ``0``; from its first float
  on it adds IEEE doubles starting at ``+0.0``, so a partial sum is never ``-0.0`` and adding ``0``,
  ``0.0`` or ``-0.0`` never changes it. Steps that only change the sign or type of a zero sentiment are
  left out (``valence + 0.0`` for a neighbour that is no booster, ``_but_check`` on zeros).
* ``pos``, ``neg`` and ``neu`` are not computed.

Each pass over the text or its tokens is linear and each mark costs O(1) plus the length of the tokens in
its window (every token is in a bounded number of windows), so the cost is linear in the text length;
only the ``but`` replay (rare: a value equal to another one rescaled) adds a log factor.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from itertools import compress, count, repeat
from operator import is_
from typing import cast

from vaderSentiment import vaderSentiment as _stock

from trendscope_app.text.vader_but import _but_check

__all__ = ["Vader"]

_PUNCTUATION = string.punctuation
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
_N_SCALAR = _stock.N_SCALAR
_C_INCR = _stock.C_INCR
_BOOSTER: dict[str, float] = _stock.BOOSTER_DICT
_NEGATE = frozenset(_stock.NEGATE)
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")


def _ngram_table(phrases: dict[str, float]) -> dict[tuple[str, ...], float]:
    """Multi-word ``phrases`` keyed by their word tuples.

    Tokens come from :meth:`str.split` and hold no whitespace (lowercasing adds none), so
    ``" ".join(words) == phrase`` exactly when ``words == tuple(phrase.split(" "))``; one-word phrases can
    never equal a joined n-gram of two or more tokens and are dropped.

    Examples
    --------
    >>> _ngram_table({"kind of": -0.293, "kinda": -0.293})
    {('kind', 'of'): -0.293}
    """
    return {tuple(p.split(" ")): v for p, v in phrases.items() if " " in p}


# 3.3.2's _special_idioms_check: n-grams that replace the valence, and booster n-grams ("kind of") added to
# it. Every key has two or three words, so an n-gram can only match where _IDIOM_PREFIX starts.
_SPECIAL = _ngram_table(_stock.SPECIAL_CASES)
_BOOSTER_NGRAMS = _ngram_table(_BOOSTER)
_IDIOM_PREFIX = frozenset(k[:2] for k in (*_SPECIAL, *_BOOSTER_NGRAMS))
_IDIOM_FIRST = frozenset(k[0] for k in _IDIOM_PREFIX)
# The lowercase tokens that 3.3.2's sentiment_valence tests the word itself or the three tokens before it
# for, tokens containing "n't" aside: boosters, negations, "no", "least", "so"/"this" (after "never" or right
# before the word). Words that the rules only test together with one of these ("or", "at", "doubt", ...)
# need not be listed.
_RULE_WORDS = frozenset({"no", "least", "so", "this", *_NEGATE, *(w for w in _BOOSTER if " " not in w)})
# Words whose own sentiment depends on the tokens after them ("no" + lexicon word, "kind of", idioms).
_LOOKS_AHEAD = frozenset({"no", "kind", *_IDIOM_FIRST})
# Marks: what the value cache gives instead of a lexicon value for a token to look closer at. Distinct
# NaN objects, compared by identity only: a rule word or "n't", an idiom's possible first word, "but", and
# any other upper-case lexicon word.
_RULE, _IDIOM, _BUT, _UPPER = float("nan"), float("nan"), float("nan"), float("nan")
_MARKS = frozenset({_RULE, _IDIOM, _BUT, _UPPER})  # NaN: found by identity, equal to no value
_CACHE_TOKENS = 1 << 16  # distinct tokens a token cache holds before it is emptied
_CACHE_TOKEN_CHARS = 40  # longer tokens are not cached


def _amplifier(n_exclamation: int, n_question: int) -> float:
    """3.3.2's ``_punctuation_emphasis`` from the counts of ``!`` and ``?``, with its float operations.

    Examples
    --------
    >>> _amplifier(0, 0), _amplifier(9, 1), _amplifier(0, 3), _amplifier(0, 7)
    (0.0, 1.168, 0.54, 0.96)
    """
    ep_amplifier = min(n_exclamation, 4) * 0.292
    qm_amplifier: float = 0
    if n_question > 1:
        qm_amplifier = n_question * 0.18 if n_question <= 3 else 0.96
    return ep_amplifier + qm_amplifier


class Vader:
    """VADER compound scorer, ``==`` to vaderSentiment 3.3.2 and linear in the text length.

    Parameters
    ----------
    analyzer : vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer or None
        Where the lexicons come from; a new stock analyzer when ``None``.

    Notes
    -----
    The token caches are shared by every call on the instance; a missing entry is recomputed, so they
    need no lock.

    Examples
    --------
    >>> from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    >>> stock = SentimentIntensityAnalyzer()
    >>> vader = Vader(stock)
    >>> text = "The plot was good, but the characters are NOT great!! 😒"
    >>> vader.compound(text) == stock.polarity_scores(text)["compound"]
    True
    >>> vader.compound("Today only kinda sux! But I'll get by, lol")
    0.5249
    """

    def __init__(self, analyzer: _stock.SentimentIntensityAnalyzer | None = None) -> None:
        analyzer = analyzer or _stock.SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = analyzer.lexicon
        # 3.3.2 looks emoji up one character at a time, so only one-character keys can ever match.
        self._emoji_table = {ord(e): " " + d for e, d in analyzer.emojis.items() if len(e) == 1}
        if any(c < 128 for c in self._emoji_table):
            raise ValueError("an ASCII emoji key breaks the ASCII short cut of the emoji pass")
        self._least_in_lexicon = "least" in self.lexicon
        # Raw token -> stripped lowercase token, and raw token -> lexicon value (0 outside the lexicon) or
        # mark. Both hold tokens of at most _CACHE_TOKEN_CHARS characters and are emptied when full.
        self._lowered: dict[str, str] = {}
        self._values: dict[str, float] = {}

    def tokens(self, text: str) -> list[str]:
        """3.3.2's tokens of ``text`` (``SentiText.words_and_emoticons``), lowercased.

        Parameters
        ----------
        text : str
            Raw text.

        Returns
        -------
        list of str
            The whitespace-separated tokens after the emoji pass, leading and trailing ASCII punctuation
            stripped unless that leaves two characters or fewer (emoticons such as ``:)`` survive).

        Examples
        --------
        >>> Vader().tokens("Great!!! :) ok... 💘x")
        ['great', ':)', 'ok...', 'heart', 'with', 'arrowx']
        """
        return self._lower(self.spelled(text).split())

    def _lower(self, raw: list[str]) -> list[str]:
        """The stripped, lowercase ``raw`` tokens."""
        lowered = self._lowered.get
        lw = list(map(lowered, raw))
        if None in lw:
            for i in compress(count(), map(is_, lw, repeat(None))):
                t = raw[i]
                lw[i] = lowered(t) or self._word(t)  # the token may have come up earlier in the text
        return lw  # type: ignore[return-value]  # no None left

    def _word(self, token: str) -> str:
        """The stripped, lowercase ``token``."""
        return self._entry(token)[0]

    def _entry(self, token: str) -> tuple[str, float]:
        """The stripped, lowercase ``token`` and its value or mark; cached if the token is short."""
        s = token.strip(_PUNCTUATION)
        word = (s if len(s) > 2 else token).lower()
        lex = self.lexicon
        if word in _RULE_WORDS or "n't" in word:
            value = _RULE
        elif word in _IDIOM_FIRST:
            value = _IDIOM
        elif word == "but":
            value = _BUT
        elif word in lex and token.isupper():
            value = _UPPER
        else:
            value = lex.get(word, 0)
        if len(token) <= _CACHE_TOKEN_CHARS:
            self._lowered[token] = word
            self._values[token] = value
        return word, value

    def compound(self, text: str) -> float:
        """``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]`` of vaderSentiment 3.3.2.

        Parameters
        ----------
        text : str
            Any text.

        Returns
        -------
        float
            The compound score in ``[-1, 1]``, rounded to 4 decimals as 3.3.2 does.

        Examples
        --------
        >>> vader = Vader()
        >>> vader.compound("VADER is VERY SMART, handsome, and FUNNY!!!")
        0.9342
        >>> vader.compound("At least it isn't a horrible book.")
        0.431
        >>> vader.compound("")
        0.0
        """
        return self.compound_spelled(self.spelled(text))

    def spelled(self, text: str) -> str:
        """``text`` with each emoji replaced by its description, as 3.3.2 reads it (words, not runes).

        Examples
        --------
        >>> Vader().spelled("great 😂")
        'great  face with tears of joy'
        """
        if text.isascii():
            return text
        # Only the runs of non-ASCII characters go through the table: translating a whole text looks up
        # every character in a dict, five times slower on a comment with a few emoji.
        table = self._emoji_table
        return _NON_ASCII_RUN.sub(lambda run: run.group().translate(table), text)

    def compound_spelled(self, text: str) -> float:
        """:meth:`compound` of a text whose emoji are already :meth:`spelled` out."""
        raw = text.split()
        if not raw:
            return 0.0
        if len(self._values) > _CACHE_TOKENS or len(self._lowered) > _CACHE_TOKENS:
            self._values.clear()
            self._lowered.clear()
        # Lexicon values, 0 outside the lexicon, marks for tokens to look closer at.
        values = self._values.get
        sentiments = list(map(values, raw))
        if None in sentiments:
            for t in set(compress(raw, map(is_, sentiments, repeat(None)))):
                self._entry(t)
            sentiments = list(map(values, raw))
            if None in sentiments:  # tokens too long to cache
                for i in compress(count(), map(is_, sentiments, repeat(None))):
                    sentiments[i] = self._entry(raw[i])[1]
        filled = cast(list[float], sentiments)  # no None is left
        marks = list(compress(count(), map(_MARKS.__contains__, filled)))
        bi = self._apply_rules(raw, filled, marks) if marks else -1
        sum_s = float(sum(filled if bi < 0 else _but_check(filled, bi)))
        amplifier = _amplifier(text.count("!"), text.count("?"))
        if sum_s > 0:
            sum_s += amplifier
        elif sum_s < 0:
            sum_s -= amplifier
        score: float = round(_stock.normalize(sum_s), 4)
        return score

    def _apply_rules(self, raw: list[str], sentiments: list[float], marks: list[int]) -> int:
        """Replace the marks in ``sentiments`` and apply the rules where they can act, in place.

        A rule word (or "n't", or an idiom's first two words) at ``j`` can change the sentiments at ``j``
        to ``j + 3``, an upper-case lexicon word its own. Each of those is a function of the six tokens
        around it, so the four are a function of ``raw[j - 3 : j + 6]``: memoised, a text repeating the
        same words or emoji runs the rules once per distinct window.

        Parameters
        ----------
        raw : list of str
            The tokens as split, not stripped.
        sentiments : list of float
            Lexicon values or 0, and marks at ``marks``.
        marks : list of int
            Ascending positions of the marks.

        Returns
        -------
        int
            The position of the first "but", or -1.
        """
        lex = self.lexicon
        n = len(raw)
        kinds = list(map(sentiments.__getitem__, marks))
        bi = marks[kinds.index(_BUT)] if _BUT in kinds else -1
        cap_diff = False
        # 3.3.2's is_cap_diff only matters for upper-case lexicon words and boosters, which are marked.
        if any(map(str.isupper, map(raw.__getitem__, marks))):
            cap_diff = 0 < sum(map(str.isupper, raw)) < n  # isupper() ignores the stripped punctuation
        lw: list[str] = []  # all lowercase tokens, made when first needed
        memo: dict[tuple[str, ...], list[float]] = {}
        memo_word: dict[tuple[str, ...], float] = {}
        # Windows of marks at 3 to n - 6 lie inside the text, with three tokens before and two after.
        lo, hi = bisect_left(marks, 3), bisect_right(marks, n - 6)
        for j, kind in zip(marks[lo:hi], kinds[lo:hi], strict=True):
            stop = j + 4 if kind is _RULE else self._reach(raw, sentiments, j, kind, cap_diff)
            if stop:
                key = tuple(raw[j - 3 : stop + 2])
                window = memo.get(key)
                if window is None:
                    lw = lw or self._lower(raw)
                    window = memo[key] = []
                    for i in range(j, stop):
                        valence: float = 0
                        if (w := lw[i]) in lex:
                            # Mixed texts repeat the tokens that a word's rules read more often than
                            # nine in a row. Those after it only count for "no", "kind" or an idiom.
                            around = tuple(raw[i - 3 : i + 3 if w in _LOOKS_AHEAD else i + 1])
                            known = memo_word.get(around)
                            if known is None:
                                known = memo_word[around] = self._valence(raw, lw, i, cap_diff)
                            valence = known
                        window.append(valence)
                sentiments[j:stop] = window
        for j, kind in zip([*marks[:lo], *marks[hi:]], [*kinds[:lo], *kinds[hi:]], strict=True):
            stop = j + 4 if kind is _RULE else self._reach(raw, sentiments, j, kind, cap_diff)
            if stop:
                lw = lw or self._lower(raw)
                for i in range(j, min(stop, n)):
                    sentiments[i] = self._valence(raw, lw, i, cap_diff)
        return bi

    def _reach(self, raw: list[str], sentiments: list[float], j: int, kind: float, cap_diff: bool) -> int:
        """Where the rules of the mark ``kind`` at ``j`` (not a rule word) reach to, or 0.

        An idiom's first two words reach to ``j + 4``, an upper-case lexicon word among lower-case words
        to ``j + 1``. Any other mark is replaced by the token's lexicon value, unless a window set it
        already, and 0 returned (a window that covers it later sets its exact value).
        """
        lex = self.lexicon
        t = raw[j]
        w = self._lowered.get(t) or self._word(t)
        if kind is _IDIOM and j + 1 < len(raw) and (w, self._word_at(raw, j + 1)) in _IDIOM_PREFIX:
            return j + 4
        if cap_diff and w in lex and t.isupper():
            return j + 1
        if sentiments[j] is kind:
            sentiments[j] = lex.get(w, 0)
        return 0

    def _word_at(self, raw: list[str], i: int) -> str:
        """The stripped, lowercase token ``i``."""
        t = raw[i]
        return self._lowered.get(t) or self._word(t)

    def _valence(self, raw: list[str], lw: list[str], i: int, cap_diff: bool) -> float:
        """3.3.2's sentiment of token ``i``: ``sentiment_valence`` and the tests before it.

        Skips 3.3.2's ``valence + 0.0`` for a preceding word that is no booster: it only turns ``-0.0``
        into ``0.0``, which cannot change the sum (see the module docstring).
        """
        lex = self.lexicon
        last = len(lw) - 1
        w = lw[i]
        if w not in lex or w in _BOOSTER or (w == "kind" and i < last and lw[i + 1] == "of"):
            return 0
        v = lex[w]
        valence = v
        w1 = lw[i - 1] if i > 0 else ""
        w2 = lw[i - 2] if i > 1 else ""
        w3 = lw[i - 3] if i > 2 else ""
        if w == "no" and i != last and lw[i + 1] in lex:
            valence = 0.0
        if w1 == "no" or w2 == "no" or (w3 == "no" and w1 in _OR_NOR):
            valence = v * _N_SCALAR
        if cap_diff and raw[i].isupper():
            valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
        # Boosters and negations up to three tokens back (3.3.2's start_i = 0, 1, 2).
        if i > 0 and w1 not in lex:
            scalar = _BOOSTER.get(w1)
            if scalar is not None:
                if valence < 0:
                    scalar *= -1
                if cap_diff and raw[i - 1].isupper():
                    scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
                valence = valence + scalar
            if w1 in _NEGATE or "n't" in w1:
                valence = valence * _N_SCALAR
        if i > 1 and w2 not in lex:
            scalar = _BOOSTER.get(w2)
            if scalar is not None:
                if valence < 0:
                    scalar *= -1
                if cap_diff and raw[i - 2].isupper():
                    scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
                if scalar != 0:
                    scalar = scalar * 0.95
                valence = valence + scalar
            if w2 == "never" and w1 in _SO_THIS:
                valence = valence * 1.25
            elif w2 == "without" and w1 == "doubt":
                pass
            elif w2 in _NEGATE or "n't" in w2:
                valence = valence * _N_SCALAR
        if i > 2 and w3 not in lex:
            scalar = _BOOSTER.get(w3)
            if scalar is not None:
                if valence < 0:
                    scalar *= -1
                if cap_diff and raw[i - 3].isupper():
                    scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
                if scalar != 0:
                    scalar = scalar * 0.9
                valence = valence + scalar
            if (w3 == "never" and w2 in _SO_THIS) or w1 in _SO_THIS:
                valence = valence * 1.25
            elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif w3 in _NEGATE or "n't" in w3:
                valence = valence * _N_SCALAR
            if w3 in _IDIOM_FIRST or w2 in _IDIOM_FIRST or w1 in _IDIOM_FIRST or w in _IDIOM_FIRST:
                valence = _idioms(valence, lw, i)
        if w1 == "least" and not self._least_in_lexicon:
            if i > 1:
                if w2 != "at" and w2 != "very":
                    valence = valence * _N_SCALAR
            else:
                valence = valence * _N_SCALAR
        return valence


def _idioms(valence: float, lw: list[str], i: int) -> float:
    """3.3.2's ``_special_idioms_check`` at token ``i`` (``i > 2``) of the lowercase tokens ``lw``.

    Examples
    --------
    >>> _idioms(-2.6, ["this", "movie", "is", "the", "shit"], 4), _idioms(1.293, ["a", "kind", "of", "ok"], 3)
    (3, 1.0)
    """
    w0, w1, w2, w3 = lw[i], lw[i - 1], lw[i - 2], lw[i - 3]
    for seq in ((w1, w0), (w2, w1, w0), (w2, w1), (w3, w2, w1), (w3, w2)):
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
            break
    n = len(lw)
    if n - 1 > i:
        seq = (w0, lw[i + 1])
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
    if n - 1 > i + 1:
        seq = (w0, lw[i + 1], lw[i + 2])
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
    for seq in ((w3, w2, w1), (w3, w2), (w2, w1)):
        if seq in _BOOSTER_NGRAMS:
            valence = valence + _BOOSTER_NGRAMS[seq]
    return valence
