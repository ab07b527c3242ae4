"""The spellings a title is matched under, and what is known about each one.

:func:`_aliases` turns one title into its aliases: the title as given; without a leading article
("Holdovers"); sequel spellings of a trailing ``Part/Pt/Chapter/Vol N`` or roman numeral ("Dune 2",
"Dune Pt 2", "John Wick 4", "Gladiator 2"; "Part One" may be dropped: "Dead Reckoning"); hyphenated
compounds both split and joined ("spider man", "spiderman"); the last subtitle segment after ``:`` or
`` - `` when it contains a rare word ("Folie à Deux", "Romulus") or three words or more, then an
ordinary phrase that needs evidence ("Brand New Day", "Fire and Ash"); every multi-word alias joined into
one word, the way hashtags write it ("#PoorThings" -> ``poorthings``); and misspellings with one edit
in the longest word of the shortest aliases (:func:`_typos`). The part before a colon is never an
alias: it is usually a franchise or an older film ("Joker", "Alien", "Dune").

Each alias gets a *kind*, from what is known about the phrase, which decides how much evidence a
mention of it needs (:mod:`trendscope_app.text.evidence`):

``distinct``
    Not ordinary English by the embedded vocabulary (:func:`is_ambiguous` is False): "Oppenheimer",
    "dune part two", "Killers of the Flower Moon". Matches in any case, anywhere.
``marked``
    Ordinary words with a sequel number or roman numeral, which prose never writes: "Scream VI",
    "Fast X", "Inside Out 2" (a digit must not be a quantity: "inside out 2 times").
``rare``
    Ordinary words, but a phrase that English almost never uses: four or more words, or three whose
    word frequencies (``wordfreq``) multiply to less than 10^-11.5 ("Leave the World Behind", "The
    Zone of Interest"). Matches in any case unless the context makes it a verb ("to leave the world
    behind"); made only of common words (Zipf >= 4.5 each), it needs the weakest evidence, such as
    a movie subreddit ("the zone of interest for the studio is the China market" is prose).
``phrase``
    An ordinary English phrase of two or three words ("Civil War", "Past Lives", "Talk to Me",
    "Speak No Evil", "The Flash"): needs evidence.
``word``
    One ordinary word ("Wicked", "Joker", "Sinners", "Air"), by the embedded vocabulary or because
    ``wordfreq`` finds it frequent (Zipf >= 4: "Weapons"): needs evidence.
``function``
    One stop word ("It", "Her", "Us", "Up", "Here"): only capitals, quotes, a year or a hashtag count.
``typo``
    A distinct title with a dropped letter ("oppenheimr"): probably the film, but less sure than a
    swapped, doubled or neighbouring letter ("oppenhiemer", "oppennheimer", "oppenheomer"), which
    keep the kind of the title they misspell.

A distinct one-word alias that is still a frequent English word ("Barbie", "Napoleon": Zipf >= 3.3)
is *frequent*: lowercase right after a determiner ("a barbie dreamhouse") or a subject pronoun ("can
you relay the message") it is the word, and capitalised next to a capitalised word it is part of
another name ("Napoleon Dynamite").

Misspellings cost ~100 patterns a title; catalogues of more than 300 titles keep only the swapped,
doubled and dropped letters (:class:`trendscope_app.text.matcher.TitleMatcher`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from trendscope_app.text import vocabulary as v
from trendscope_app.text.tokens import _tokenise, normalise

__all__ = ["is_ambiguous", "load_word_frequencies"]

_TYPO_MIN_LEN = 7  # a one-word alias is misspelled only when at least this long
_TYPO_MIN_LEN_PHRASE = 4  # ... and a longer title in its longest word, when at least this long
_FREQUENT_NAME_ZIPF = 3.3  # each word of a distinct phrase that prose may use ("good fortune")
_FREQUENT_WORD_ZIPF = 3.0  # a distinct word that prose uses: the floor of wordfreq's small list
_COMMON_WORD_ZIPF = 4.0
_COMMON_PHRASE_WORD_ZIPF = 4.5
_RARE_PHRASE_LOG10 = -11.5
_TYPO_MAX_ZIPF = 3.0  # a misspelling that is a word at least this frequent is that word
_SEGMENT_RE = re.compile("\\s*:\\s+|\\s+[-\u2013\u2014]\\s+")  # ": ", " - ", en/em dash
_HYPHENATED_RE = re.compile("[^\\W_]+(?:[-\u2010\u2011\u2013][^\\W_]+)+")
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, str]:
    """The keys around each letter (same row and the rows above and below): where a finger slips."""
    where = {c: (r, k) for r, row in enumerate(_KEYBOARD) for k, c in enumerate(row)}
    out = {}
    for c, (r, k) in where.items():
        out[c] = "".join(
            _KEYBOARD[rr][kk]
            for rr in (r - 1, r, r + 1)
            for kk in (k - 1, k, k + 1)
            if (rr, kk) != (r, k) and 0 <= rr < 3 and 0 <= kk < len(_KEYBOARD[rr])
        )
    return out


_NEAR = _keyboard_neighbours()


# --------------------------------------------------------------------------------------------------
# How ordinary a word or phrase is
# --------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English word frequencies, loaded on first use (~0.2 s), then plain dict lookups.

    The "small" list (29,000 words down to Zipf 3, ~15 MB in memory) holds every word frequent enough
    to matter here; the large one costs 60 MB per worker for words nobody titles a film after.
    """
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="small")


def load_word_frequencies() -> None:
    """Load the word frequencies now: a worker does it on a thread as it starts, so that building its first
    title matcher, with the first comments waiting, is not the time they load (~0.7 s in a worker, most
    of it wordfreq finding its data directory by inspecting the caller's stack)."""
    _frequencies()


def _zipf(word: str) -> float:
    """Zipf frequency of a normalised English word (log10 per billion words; 0 when unknown).

    Examples
    --------
    >>> round(_zipf("war")), round(_zipf("barbie"), 1), _zipf("oppenheimer"), _zipf("xqzv")
    (5, 3.6, 0.0, 0.0)
    """
    f = _frequencies().get(word, 0.0)
    return round(math.log10(f) + 9, 2) if f > 0 else 0.0


def _lemmas(word: str) -> Iterable[str]:
    """Yield ``word`` and crude lemma candidates (plural, past, gerund)."""
    yield word
    if len(word) <= 3:
        return
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if word.endswith("ed"):
        yield word[:-2]
        yield word[:-1]
    if word.endswith("ing"):
        yield word[:-3]
        yield word[:-3] + "e"
    if word.endswith("er"):
        yield word[:-2]


def _numeric(word: str) -> bool:
    return word.isdigit() or word in v.ROMAN


def _in(word: str, vocab: frozenset[str]) -> bool:
    return any(w in vocab for w in _lemmas(word))


def _known(word: str) -> bool:
    """Whether ``word`` is an ordinary English word of the embedded vocabulary."""
    return _numeric(word) or word in v.STOP or word in v.NUM_WORDS or _in(word, v.CORE) or _in(word, v.EXTRA)


def _level(tokens: Sequence[str]) -> int:
    """0 = distinctive, 1 = ambiguous, 2 = very ambiguous (a single stop word)."""
    content = [t for t in tokens if t not in v.STOP and not _numeric(t) and t not in v.NUM_WORDS]
    if not all(_known(t) for t in content):
        return 0
    if len(tokens) == 1 and tokens[0] in v.STOP:
        return 2
    if len(content) <= 1:
        return 1
    if len(content) == 2 and all(_in(t, v.CORE) for t in content):
        return 1
    return 0


def is_ambiguous(title: str) -> bool:
    """Whether a title needs evidence before a mention of it counts (in some context at least).

    Parameters
    ----------
    title : str
        A movie title as written in the catalogue.

    Returns
    -------
    bool
        True when the title reads as ordinary English: by the embedded vocabulary, or a single word
        that ``wordfreq`` finds frequent (Zipf >= 4, "Weapons").

    Examples
    --------
    >>> [is_ambiguous(t) for t in ("Here", "Civil War", "Inside Out 2", "The Substance", "Wicked")]
    [True, True, True, True, True]
    >>> [is_ambiguous(t) for t in ("Oppenheimer", "Dune: Part Two", "Killers of the Flower Moon")]
    [False, False, False]
    >>> is_ambiguous("Weapons"), is_ambiguous("Barbie")
    (True, False)
    """
    tokens = tuple(normalise(title).split())
    return bool(tokens) and _kind(tokens, _level(tokens)) != "distinct"


def _kind(tokens: tuple[str, ...], level: int) -> str:
    """What is known about a phrase: ``distinct``, ``marked``, ``rare``, ``phrase``, ``word``, ``function``.

    Examples
    --------
    >>> [_kind(tuple(t.split()), 1) for t in ("scream vi", "fast x", "inside out 2", "past lives")]
    ['marked', 'marked', 'marked', 'phrase']
    >>> [_kind(tuple(t.split()), 1) for t in ("leave the world behind", "talk to me", "crime 101")]
    ['rare', 'phrase', 'phrase']
    """
    if level == 0:
        # A word the embedded vocabulary lacks may still be a frequent English word ("weapons").
        if len(tokens) == 1 and _zipf(tokens[0]) >= _COMMON_WORD_ZIPF:
            return "word"
        return "distinct"
    if level == 2:
        return "function"
    if len(tokens) == 1:
        return "word"
    last = tokens[-1]
    if last == "101":
        return "phrase"  # prose's "the basics of": "that's crime 101", "horror 101"
    if last.isdigit() or (last in v.ROMAN and last != "i"):
        return "marked"
    if len(tokens) >= 4:
        return "rare"
    # Independent words: a phrase is at least as frequent as this estimate, so "rare" errs on the
    # side of "phrase". Three common words stay ordinary ("talk to me", "speak no evil").
    log10 = sum(_zipf(t) - 9 if _zipf(t) > 0 else -9 for t in tokens)
    return "rare" if log10 < _RARE_PHRASE_LOG10 else "phrase"


# --------------------------------------------------------------------------------------------------
# Alias generation
# --------------------------------------------------------------------------------------------------
def _case_of(raw: str) -> int:
    """Capitalisation a title word asks of the text: 0 none, 1 initial capital, 2 all capitals."""
    letters = [c for c in raw if c.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return 2
    return 1


def _sequel_variants(tokens: list[str]) -> list[list[str]]:
    """Other spellings of a trailing ``Part Two`` / ``Chapter 4`` / ``Vol. 3`` / ``II``."""
    out: list[list[str]] = []
    if len(tokens) >= 3 and tokens[-2] in v.SEQUEL_MARKERS:
        last = tokens[-1]
        n = int(last) if last.isdigit() else v.NUM_WORDS.get(last, v.ROMAN.get(last))
        if n is not None:
            base = tokens[:-2]
            for marker in v.SEQUEL_MARKERS[tokens[-2]]:
                out.append([*base, marker, str(n)])
                if n in v.NUM_NAMES:
                    out.append([*base, marker, v.NUM_NAMES[n]])
            if n >= 2:
                out.append([*base, str(n)])
            else:
                out.append(base)
    elif len(tokens) >= 2 and tokens[-1] in v.LONE_ROMAN:
        out.append([*tokens[:-1], str(v.ROMAN[tokens[-1]])])
    return out


def _has_rare_word(segment: str) -> bool:
    """Whether a subtitle segment has a word outside the vocabulary (compounds count joined)."""
    words = [normalise(h).replace(" ", "") for h in _HYPHENATED_RE.findall(segment)]
    plain = _HYPHENATED_RE.sub(" ", segment)
    words += normalise(plain).split()
    return any(w and not _known(w) for w in words)


@dataclass(frozen=True, slots=True)
class _Alias:
    """One spelling of a title."""

    tokens: tuple[str, ...]
    case: tuple[int, ...]  # per token: 0 any case, 1 initial capital, 2 all capitals
    level: int  # 0 distinctive, 1 ambiguous, 2 very ambiguous
    article: bool  # starts with the/a/an
    variant: bool = False  # a misspelling or a hashtag spelling: never shadows a real spelling
    kind: str = "distinct"
    own_article: str = ""  # the article the title starts with, dropped here ("substance": "the")


@dataclass(frozen=True, slots=True)
class _Entry:
    """The movies that share one pattern, one capitalisation and one kind: checked once per hit."""

    ids: tuple[int, ...]
    tokens: tuple[str, ...]
    case: tuple[int, ...]
    level: int
    article: bool
    kind: str
    own_article: str  # "the" for "substance" of "The Substance": "the substance" is no determiner
    plural: bool  # ends in a plural-looking word: "sinners was" is a name
    frequent: bool  # distinct, but of frequent English words ("barbie", "good fortune")
    numbered: bool  # several words, the last a number: "mickey 17", which "Mickey, 17," is not
    need: int  # points of evidence a hit needs (see trendscope_app.text.evidence)

    @property
    def one_word(self) -> bool:
        """One word, maybe after its article: "relay", "the mastermind"."""
        return _one_word(self.tokens, self.article)


def _one_word(tokens: tuple[str, ...], article: bool) -> bool:
    return len(tokens) - article == 1


@lru_cache(maxsize=65536)
def _entry(ids: tuple[int, ...], alias: _Alias) -> _Entry:
    last = alias.tokens[-1]
    single = len(alias.tokens) == 1
    # A word after its article is as frequent as the word: "The Cuckoo" is judged as "Cuckoo" is.
    one_word = _one_word(alias.tokens, alias.article)
    return _Entry(
        ids,
        alias.tokens,
        alias.case,
        alias.level,
        alias.article,
        alias.kind,
        alias.own_article,
        plural=len(last) > 3 and last.endswith("s") and not last.endswith("ss"),
        frequent=alias.kind == "distinct"
        and len(alias.tokens) <= 3
        and not last.isdigit()
        and all(_zipf(t) >= (_FREQUENT_WORD_ZIPF if one_word else _FREQUENT_NAME_ZIPF) for t in alias.tokens),
        numbered=not single and last.isdigit(),
        need=_need(alias.kind, alias.tokens),
    )


@lru_cache(maxsize=4096)
def _as_ordinary(entry: _Entry) -> _Entry:
    """A distinct one-word title that prose uses ("relay", "the monkey") judged as the word it is: where
    films are not the topic, a hit of it needs the evidence an ordinary word needs, and its capital
    counts only where prose would not write one (not a sentence's first word: "F1 cars are basically
    planes"; not after an article: "a Frankenstein mess").

    Examples
    --------
    >>> e = _as_ordinary(_entry((1,), _aliases("Relay")[0]))
    >>> e.kind, e.need, e.frequent
    ('word', 2, False)
    """
    return replace(entry, kind="word", need=_need("word", entry.tokens), frequent=False)


def _need(kind: str, tokens: tuple[str, ...]) -> int:
    """Points of evidence a hit of an alias needs: 0 for a phrase prose never writes; 1 for a rare
    phrase of common words ("the zone of interest": a movie subreddit is enough); 3 for a name with a
    dropped letter; 2 otherwise.

    Examples
    --------
    >>> _need("rare", ("the", "zone", "of", "interest")), _need("rare", ("the", "boy", "and", "the", "heron"))
    (1, 0)
    >>> _need("marked", ("fast", "x")), _need("word", ("joker",))
    (0, 2)
    """
    if kind == "marked" or kind == "distinct":
        return 0
    if kind == "rare":
        return 1 if all(_zipf(t) >= _COMMON_PHRASE_WORD_ZIPF for t in tokens) else 0
    if kind == "typo":
        # A name missing a letter ("oppenheimr") is probably the film, but a verb after it is not
        # enough: the talk must be about films too (a cue, a list, quotes, a movie subreddit).
        return 3
    return 2


@lru_cache(maxsize=8192)
def _aliases(title: str, slips: bool = True) -> tuple[_Alias, ...]:
    """Every alias of one title string (``slips=False``: misspell only by a swap, a double or a drop).

    Memoised: the catalogue changes a few titles at a time, and the matcher is built anew each time.
    """
    tokens = _tokenise(title)
    if not tokens.norm:
        return ()
    case_of: dict[str, int] = {}
    for i, word in enumerate(tokens.norm):
        case_of.setdefault(word, _case_of(title[tokens.start[i] : tokens.end[i]]))
    compounds: list[tuple[str, str]] = []
    for h in _HYPHENATED_RE.findall(title):
        split = normalise(h)
        joined = split.replace(" ", "")
        if " " in split:
            compounds.append((split, joined))
            case_of.setdefault(joined, case_of.get(split.split()[0], 0))
    for marker, alts in v.SEQUEL_MARKERS.items():
        for alt in alts:
            case_of.setdefault(alt, case_of.get(marker, 0))

    sources = [tokens.norm]
    # The spellings of a subtitle of ordinary words ("Brand New Day"): their kind asks for evidence, and
    # a full title's misspellings ("Venkom: The Last Dance") are still made beside them.
    ordinary_subtitle: set[tuple[str, ...]] = set()
    segments = [s for s in _SEGMENT_RE.split(title) if s.strip()]
    rare = False
    if len(segments) >= 2:
        suffix = normalise(segments[-1]).split()
        rare = _has_rare_word(segments[-1])
        # Three words or more: "Brand New Day", "Fire and Ash", "Ride or Die"; not "For Good".
        if suffix and (rare or len(suffix) >= 3):
            sources.append(suffix)

    variants: list[list[str]] = []
    for src in sources:
        forms = [src, *_sequel_variants(src)]
        for form in list(forms):
            if len(form) >= 2 and form[0] in v.ARTICLES:
                forms.append(form[1:])
        variants.extend(forms)
        if src is not tokens.norm and not rare:
            ordinary_subtitle.update(tuple(f) for f in forms)

    strings: list[str] = []
    for var in variants:
        if not var:
            continue
        found = [" ".join(var)]
        for split, joined in compounds:
            found += [f" {s} ".replace(f" {split} ", f" {joined} ").strip() for s in found]
        if "s" in var[1:]:
            found += [f" {s} ".replace(" s ", "s ").strip() for s in found]
        for s in found:
            if s not in strings:
                strings.append(s)

    out: list[_Alias] = []
    spelled = [tuple(s.split()) for s in strings]
    dropped = {t[1:]: t[0] for t in spelled if len(t) > 1 and t[0] in v.ARTICLES}
    for toks in spelled:
        case = tuple(0 if (i == 0 and t in v.ARTICLES) else case_of.get(t, 0) for i, t in enumerate(toks))
        level = _level(toks)
        kind = _kind(toks, level)
        if toks in ordinary_subtitle and kind == "distinct":
            # Words that are not all in the small vocabulary ("fire and ash") are still prose.
            level, kind = 1, "phrase" if len(toks) <= 3 else "rare"
        article = toks[0] in v.ARTICLES
        own = dropped.get(toks, "")
        out.append(_Alias(toks, case, level, article, kind=kind, own_article=own))
        if len(toks) > 1:
            # A hashtag ("#PoorThings", "#DeadpoolWolverine") or a run-together spelling: nobody
            # writes that by chance.
            for joined in dict.fromkeys(("".join(toks), "".join(t for t in toks if t != "and"))):
                if len(joined) >= 5 and not _known(joined) and _zipf(joined) < _TYPO_MAX_ZIPF:
                    out.append(_Alias((joined,), (0,), 0, False, variant=True, kind="distinct"))
            out.extend(_Alias(a, (0,) * len(a), 0, False, variant=True) for a in _acronyms(toks))
        # Misspell only the shortest spellings: "the holdvoers" is found through "holdvoers".
        if any(len(o) < len(toks) and _contains(toks, o) and o not in ordinary_subtitle for o in spelled):
            continue
        longest = max(toks, key=len)
        if len(longest) < (_TYPO_MIN_LEN if len(toks) == 1 else _TYPO_MIN_LEN_PHRASE):
            continue
        k = toks.index(longest)
        near, drops = _typos(longest, slips)
        for typo in near + drops:
            # A letter swapped, doubled or hit next to its key keeps the word's length and shape; a
            # dropped letter of a name that matches anywhere is less sure ("oppenheimr", "gladiatr"),
            # so it needs a little evidence, like an ordinary word.
            typo_kind = "typo" if kind == "distinct" and typo in drops else kind
            typo_toks = (*toks[:k], typo, *toks[k + 1 :])
            out.append(_Alias(typo_toks, case, level, article, variant=True, kind=typo_kind, own_article=own))
    return tuple(out)


def _acronyms(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A long title's initials, as fans write it ("OBAA"), with its number after ("fnaf 2", "fnaf2").

    Only from four words up, and only where the initials are no word: a short one would be someone's
    abbreviation of something else.

    Examples
    --------
    >>> _acronyms(("one", "battle", "after", "another")), _acronyms(("how", "to", "train", "your", "dragon"))
    ([('obaa',)], [('httyd',)])
    >>> _acronyms(("five", "nights", "at", "freddys", "2")), _acronyms(("the", "last", "of", "us"))
    ([('fnaf', '2'), ('fnaf2',)], [('tlou',)])
    >>> _acronyms(("the", "fall", "guy")), _acronyms(("what", "to", "fear", "2"))
    ([], [])
    """
    words, number = (tokens[:-1], tokens[-1]) if tokens[-1].isdigit() else (tokens, "")
    initials = "".join(w[0] for w in words)
    if len(words) < 4 or not initials.isalpha() or _known(initials) or _zipf(initials) > 0:
        return []
    return [(initials, number), (initials + number,)] if number else [(initials,)]


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


def _typos(word: str, keys: bool = True) -> tuple[list[str], list[str]]:
    """Misspellings by one edit: ``(slips, drops)``.

    Slips: two adjacent letters swapped, a letter doubled and, with ``keys``, a key's neighbour hit
    instead of the key or as well. Drops: a letter left out. Misspellings that are English words
    themselves are left out ("lives" -> "lies"), and so are the word's own inflections ("conclaves").

    Examples
    --------
    >>> slips, drops = _typos("oppenheimer")
    >>> all(t in slips for t in ("oppenhiemer", "oppennheimer", "oppenheomer", "oppenheuimer"))
    True
    >>> "oppenheimr" in drops, "lies" in _typos("lives")[0] + _typos("lives")[1], _typos("it")
    (True, False, ([], []))
    >>> "conclaves" in _typos("conclave")[0], "materialist" in _typos("materialists")[1]
    (False, False)
    """
    if not word.isalpha() or not word.isascii() or len(word) < 3:
        return [], []
    slips: dict[str, None] = {}
    drops: dict[str, None] = {}
    for k in range(len(word)):
        drops[word[:k] + word[k + 1 :]] = None
        slips[word[: k + 1] + word[k:]] = None
        if k + 1 < len(word) and word[k] != word[k + 1]:
            slips[word[:k] + word[k + 1] + word[k] + word[k + 2 :]] = None
        if keys:
            for c in _NEAR.get(word[k], ""):
                slips[word[:k] + c + word[k + 1 :]] = None  # hit instead
                slips[word[:k] + c + word[k:]] = None  # hit as well, before
                slips[word[: k + 1] + c + word[k + 1 :]] = None  # ... or after

    freq = _frequencies()
    least = 10 ** (_TYPO_MAX_ZIPF - 9)
    # The word's own plural or past ("conclave" -> "conclaves") is the word, not a slip of the title.
    inflected = {word + "s", word + "es", word + "d", word + "ed", word[:-1] if word.endswith("s") else word}

    def fine(typo: str) -> bool:
        # wordfreq knows the vocabulary's words and their inflections; this runs ~100 times a title.
        return (
            typo not in inflected
            and typo != word
            and freq.get(typo, 0.0) < least
            and typo not in v.CORE
            and typo not in v.EXTRA
        )

    return [t for t in slips if fine(t)], [t for t in drops if t not in slips and fine(t)]
