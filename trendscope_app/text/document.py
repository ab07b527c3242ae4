"""A tokenised comment with the context the evidence checks ask about, computed when first asked.

One :class:`_Doc` is built per comment that has a hit needing evidence, and shared by the checks of all
its hits (:mod:`trendscope_app.text.evidence`): whether words are capitalised, shouted, at a sentence
start, glued to a neighbour, wrapped in quotes, repeated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from itertools import pairwise

from trendscope_app.text import vocabulary as v
from trendscope_app.text.aliases import _Entry
from trendscope_app.text.tokens import _Tokens

_OPENERS = frozenset("\"'\u201c\u2018«*_([{>-•~")
_SENTENCE_END = frozenset(".!?:;…")
_GLUE = frozenset(" \t-:\u2010\u2011")
# Between two titles these rank them, as "vs" opposes them ("weapons > sinners").
_RANKING_SIGNS = frozenset({">", "<", ">>", "<<", ">=", "<=", "=", "==", "\u2265", "\u2264"})


# Pronouns some writers capitalise for God: "Trust in Him".
_REVERENT = frozenset({"He", "His", "Him", "Himself"})


class _Doc:
    """A tokenised comment with lazily computed context, shared by the checks of one ``match``."""

    __slots__ = (
        "_chant",
        "_counts",
        "_outside",
        "_owner",
        "_pronouns",
        "_shouting",
        "_titlecase",
        "book_sub",
        "movie_sub",
        "patterns",
        "spans",
        "text",
        "toks",
    )

    def __init__(
        self,
        text: str,
        toks: _Tokens,
        kept: list[tuple[int, int, int]],
        movie_sub: bool,
        book_sub: bool = False,
    ) -> None:
        self.text = text
        self.toks = toks
        self.spans = [(a, b) for a, b, _ in kept]  # kept hits as token ranges [i, j)
        self.patterns = [p for _, _, p in kept]
        self.movie_sub = movie_sub
        self.book_sub = book_sub
        self._titlecase: bool | None = None
        self._shouting: bool | None = None
        self._owner: dict[int, tuple[int, int]] | None = None
        self._outside: list[int] | None = None
        self._counts: Counter[int] | None = None
        self._chant: bool | None = None
        self._pronouns: int | None = None

    def raw(self, i: int) -> str:
        return self.text[self.toks.start[i] : self.toks.end[i]]

    def reverent_pronoun(self, k: int) -> bool:
        """Whether token ``k`` is "He", "His", "Him" or "Himself" capitalised mid-sentence."""
        return self.raw(k) in _REVERENT and not self.sentence_initial(k)

    def reverent_pronouns(self) -> int:
        """How many tokens are :meth:`reverent_pronoun` (counted once per comment)."""
        if self._pronouns is None:
            self._pronouns = sum(1 for k in range(len(self.toks.norm)) if self.reverent_pronoun(k))
        return self._pronouns

    def capitalised(self, i: int) -> bool:
        r = self.raw(i)
        return bool(r) and r[0].isupper()

    def _outside_words(self) -> list[int]:
        """The words outside the hits (not "I"), whose case tells how the comment is written."""
        if self._outside is None:
            inside = {k for a, b in self.spans for k in range(a, b)}
            text, start, end = self.text, self.toks.start, self.toks.end
            self._outside = [
                k
                for k in range(len(start))
                if k not in inside
                and text[start[k]].isalpha()
                and not (text[start[k]] == "I" and end[k] - start[k] == 1)
            ]
        return self._outside

    def titlecase_everywhere(self) -> bool:
        """Whether the comment capitalises most of its words outside the hits (a headline).

        Words in capitals are left out: a shouted sentence ("DUNE PART TWO IS A MASTERPIECE.") says
        nothing about how the rest of the comment writes its words.
        """
        if self._titlecase is None:
            words = [k for k in self._outside_words() if not self.shouted(k, k + 1)]
            text, start = self.text, self.toks.start
            caps = sum(text[start[k]].isupper() for k in words)
            self._titlecase = len(words) >= 6 and caps >= 0.6 * len(words)
        return self._titlecase

    def shouting_everywhere(self) -> bool:
        """Whether the comment writes most words outside the hits in capitals (or has none)."""
        if self._shouting is None:
            words = [k for k in self._outside_words() if len(self.raw(k)) > 1]
            loud = sum(self.raw(k).isupper() for k in words)
            self._shouting = not words or loud >= 0.5 * len(words)
        return self._shouting

    def shouted(self, i: int, j: int) -> bool:
        """Whether hit ``[i, j)`` is written in capitals ("POOR THINGS", "UP")."""
        written = self.text[self.toks.start[i] : self.toks.end[j - 1]]
        return len(written) > 1 and written.isupper()

    def caps_glued(self, i: int, j: int) -> bool:
        """Whether a shouted hit has a shouted word right next to it ("AIR QUOTES", "WEAPONS DOWN")."""
        toks, text = self.toks, self.text
        for k, gap in ((i - 1, (toks.end[i - 1], toks.start[i]) if i > 0 else None), (j, None)):
            if k < 0 or k >= len(toks.norm) or self.in_other_hit(k, i, j):
                continue
            a, b = gap if gap is not None else (toks.end[j - 1], toks.start[j])
            r = self.raw(k)
            if text[a:b].strip(" \t") == "" and len(r) > 1 and r.isupper():
                return True
        return False

    def sentence_initial(self, i: int) -> bool:
        """Whether token ``i`` starts the text, a sentence, a line or a numbered item."""
        text = self.text
        j = self.toks.start[i] - 1
        while j >= 0 and (text[j].isspace() or text[j] in _OPENERS):
            if text[j] == "\n":
                return True
            j -= 1
        if j < 0:
            return True
        c = text[j]
        return c in _SENTENCE_END or (c == ")" and j > 0 and text[j - 1].isdigit())

    def punctuated(self, i: int, j: int) -> bool:
        """Whether a comma or a semicolon stands between two tokens of ``[i, j)`` ("Mickey, 17")."""
        toks, text = self.toks, self.text
        return any(c in ",;" for k in range(i + 1, j) for c in text[toks.end[k - 1] : toks.start[k]])

    def in_other_hit(self, k: int, i: int, j: int) -> bool:
        """Whether token ``k`` belongs to a kept hit other than ``[i, j)``."""
        if self._owner is None:
            self._owner = {t: (a, b) for a, b in self.spans for t in range(a, b)}
        owner = self._owner.get(k)
        return owner is not None and owner != (i, j)

    def chant(self) -> bool:
        """Whether the comment is its hits and nothing else, one after the other ("SINNERS SINNERS
        SINNERS!!!"), not separate sentences ("nope. nope. nope.")."""
        if self._chant is None:
            toks, text = self.toks, self.text
            self._chant = not self._outside_words() and all(
                not text[toks.end[a - 1] : toks.start[b]].strip() for (_, a), (b, _) in pairwise(self.spans)
            )
        return self._chant

    def repeats(self, n: int) -> int:
        """How many kept hits have the pattern of hit ``n``."""
        if self._counts is None:
            self._counts = Counter(self.patterns)
        return self._counts[self.patterns[n]]

    def glued(self, i: int, j: int, own_article: str = "", loose_colon: bool = False) -> bool:
        """Whether hit ``[i, j)`` is glued to a capitalised neighbour, begins a name that goes on with
        "of" or ends one after it, or is a subreddit's or a user's name: part of a longer name.

        A neighbour in capitals says nothing (a shouted comment), nor does the title's own article;
        with ``loose_colon`` (the hit faces another title across "vs"), a colon after the hit ends it
        ("poor things vs The Substance: the plot ..."), it does not start a subtitle ("Wicked: For Good").
        """
        toks, text = self.toks, self.text
        s = toks.start[i]
        if s > 1 and text[s - 1] == "/" and text[s - 2] in "rRuU" and (s == 2 or not text[s - 3].isalnum()):
            return True  # a subreddit or a user: "r/weapons", "u/sinners_fan"
        if (
            i > 0
            and toks.norm[i - 1] != own_article
            and all(c in _GLUE for c in text[toks.end[i - 1] : toks.start[i]])
            and self.name_word(i - 1, i, j)
        ):
            return True
        if j < len(toks.norm) and not self.in_other_hit(j, i, j) and not toks.poss[j]:
            gap = text[toks.end[j - 1] : toks.start[j]]
            nxt = self.raw(j)
            if (
                all(c in _GLUE for c in gap)
                and not (loose_colon and ":" in gap)
                and nxt[:1].isupper()
                and nxt != "I"
                and not (len(nxt) > 1 and nxt.isupper())
            ):
                return True
        return self.begins_name_with_of(i, j) or self.ends_name_with_of(i, j)

    def begins_name_with_of(self, i: int, j: int) -> bool:
        """Whether the hit ``[i, j)`` begins a longer name that goes on with "of" and a capitalised word
        ("The Bride of Frankenstein", "Weapons of Mass Destruction"); not "Sinners of all things"."""
        toks, text = self.toks, self.text
        return (
            j + 1 < len(toks.norm)
            and self.raw(j) == "of"
            and text[toks.end[j - 1] : toks.start[j]] == " "
            and text[toks.end[j] : toks.start[j + 1]] == " "
            and self.name_word(j + 1, i, j)
        )

    def name_word(self, k: int, i: int, j: int, initial: bool = False) -> bool:
        """Whether token ``k``, outside hit ``[i, j)``, is a capitalised word that can be part of a name:
        not "I", not in capitals (a shouted comment), not a possessive, not a sentence's first word
        (unless ``initial``), not another hit's."""
        word = self.raw(k)
        return (
            word[:1].isupper()
            and word != "I"
            and not (len(word) > 1 and word.isupper())
            and not self.toks.poss[k]
            and (initial or not self.sentence_initial(k))
            and not self.in_other_hit(k, i, j)
        )

    def ends_name_with_of(self, i: int, j: int) -> bool:
        """Whether the hit ``[i, j)`` ends a capitalised name after "of", maybe with an article between
        ("The Last of Us", "Life of Pi", "Anatomy of a Fall"); not after a sentence's first word ("Fans
        of Up", but "Anatomy of a Fall won": prose writes no capital after "of a") or another hit."""
        toks, text = self.toks, self.text
        k = i - 1  # the "of"
        article = (
            k >= 2 and self.raw(k) in ("a", "an", "the") and text[toks.end[k - 1] : toks.start[k]] == " "
        )
        if article:
            k -= 1
        if k < 1 or self.raw(k) != "of":
            return False
        return (
            text[toks.end[k - 1] : toks.start[k]] == " "
            and text[toks.end[k] : toks.start[k + 1]] == " "
            and text[toks.end[i - 1] : toks.start[i]] == " "
            and self.name_word(k - 1, i, j, initial=article)
        )

    def clause_word_before(self, i: int, j: int) -> str:
        """The token right before hit ``[i, j)`` when only spaces separate them and it is no other hit's
        ("friend" in "my friend Elio"; not "daughters" in "His Three Daughters, Elio"); else ``""``."""
        if i == 0 or not self.joined_to_next(i) or self.in_other_hit(i - 1, i, j):
            return ""
        return self.toks.norm[i - 1]

    def clause_word_after(self, i: int, j: int) -> str:
        """The token right after hit ``[i, j)`` (not its possessive) when only spaces separate them and it
        is no other hit's ("series" in "The Wild Robot series"); else ``""``."""
        if not self.joined_to_next(j) or self.toks.poss[j] or self.in_other_hit(j, i, j):
            return ""
        return self.toks.norm[j]

    def case_matches(self, alias: _Entry, i: int) -> bool:
        """Whether the hit is written with the title's capitals (and not all in capitals)."""
        required = False
        for k, need in enumerate(alias.case):
            if need == 0:
                continue
            required = True
            r = self.raw(i + k)
            letters = [c for c in r if c.isalpha()]
            if not letters or not letters[0].isupper():
                return False
            shouted = len(letters) > 1 and all(c.isupper() for c in letters)
            if (need == 1 and shouted) or (need == 2 and not shouted):
                return False
        return required

    def wrapped(self, i: int, j: int, pairs: Mapping[str, str]) -> bool:
        s, e = self.toks.start[i], self.toks.end[j - 1]
        if s == 0 or e >= len(self.text):
            return False
        closer = pairs.get(self.text[s - 1])
        return closer is not None and self.text[e] == closer

    def after_article(self, alias: _Entry, i: int) -> bool:
        prev = self.toks.norm[i - 1] if i > 0 else ""
        return not alias.article and prev in v.ARTICLES and prev != alias.own_article

    def next_index(self, j: int) -> int:
        """The token after the hit ending at ``j``, skipping a possessive ``'s``."""
        return j + 1 if j < len(self.toks.poss) and self.toks.poss[j] else j

    def joined_to_next(self, j: int) -> bool:
        """Whether nothing but spaces separates the hit ending at ``j`` from the next token."""
        return j < len(self.toks.norm) and not self.text[self.toks.end[j - 1] : self.toks.start[j]].strip()

    def across_vs(self, n: int) -> bool:
        """Whether hit ``n`` faces another hit across ``vs``, a ranking sign or words that compare them
        ("poor things vs leave the world behind", "weapons > sinners", "nope was better than us",
        "compare weapons with sinners")."""
        norm, toks = self.toks.norm, self.toks
        for m, a, b in self.neighbours(n):
            if b - a == 1 and norm[a] in v.COMPARING_WORDS:
                return True
            if a == b and self.text[toks.end[a - 1] : toks.start[b]].strip() in _RANKING_SIGNS:
                return True
            if b - a == 1 and norm[a] in ("with", "to", "and") and self._compared(n, m):
                return True  # "why do people compare twisters with blue beetle"
            if 1 < b - a <= 5 and _compares(norm, a, b):
                if not any(c in ".!?;" for c in self.text[toks.end[a - 1] : toks.start[b]]):
                    return True  # "ruby gillman was way better than poor things", "weapons ahead of nope"
        return False

    def _compared(self, n: int, m: int) -> bool:
        """Whether a verb of comparing comes right before the first of hits ``n`` and ``m``."""
        first = self.spans[min(n, m)][0]
        return first > 0 and self.toks.norm[first - 1] in v.COMPARE_VERBS

    def neighbours(self, n: int) -> Iterator[tuple[int, int, int]]:
        """``(m, a, b)`` for each hit ``m`` next to hit ``n``: the tokens ``[a, b)`` lie between them."""
        spans = self.spans
        for m in (n - 1, n + 1):
            if 0 <= m < len(spans):
                yield (m, spans[m][1], spans[n][0]) if m < n else (m, spans[n][1], spans[m][0])


def _compares(norm: list[str], a: int, b: int) -> bool:
    """Whether the words ``norm[a:b]`` between two titles compare them: a comparative and "than" ("was
    way better than", "is more fun than") or a ranking ("ahead of", "instead of", "compared to").

    >>> [_compares(t.split(), 0, len(t.split())) for t in ("is more fun than", "ahead of", "and then")]
    [True, True, False]
    """
    last = norm[b - 1]
    if last == "than":
        return any(_comparative(w) for w in norm[a : b - 1])
    return (norm[b - 2], last) in v.RANKING_PAIRS


def _comparative(word: str) -> bool:
    """Whether ``word`` compares, before "than" ("better", "scarier", "more").

    >>> [_comparative(w) for w in ("better", "worse", "scarier", "more", "other", "rather")]
    [True, True, True, True, False, False]
    """
    return word in v.COMPARATIVES or (
        len(word) > 4 and word.endswith("er") and word not in v.NOT_COMPARATIVES
    )
