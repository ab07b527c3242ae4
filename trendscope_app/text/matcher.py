"""Movie-title mention extraction from free text (Reddit comments).

A :class:`TitleMatcher` is built once from the catalogue (``movie_id -> title`` or ``movie_id ->
[title, original_title, ...]``) and then answers :meth:`TitleMatcher.match` for each comment with the
sorted ids of the movies the comment mentions; :meth:`TitleMatcher.explain` shows every candidate
hit, accepted or rejected, and why, through the same code.

How a comment is matched
------------------------
1. The comment is tokenised and normalised once (:mod:`trendscope_app.text.tokens`): lowercase,
   accents stripped, ``&`` -> ``and``, apostrophes dropped inside words, a trailing ``'s`` split off,
   other punctuation a separator. For ASCII text this is a few C-level regex passes without spans;
   spans in the original text are computed only when a hit needs its context.
2. ONE Aho-Corasick automaton (:mod:`ahocorasick_rs`) holding every alias of every title, each
   prefixed by a space, runs over ``" " + normalised + " "``. A hit counts only if the next
   character is a space, so hits start and end on word boundaries ("Up" is not in "update", "Her"
   is not in "here"). The search is overlapping, then resolved leftmost-longest over the hits that
   end on a boundary, so "Inside Out 2" wins over "Inside Out" and a failed boundary on a longer
   alias never hides a shorter one.
3. Each surviving hit is decided by what is known about its alias (:mod:`trendscope_app.text.aliases`:
   the spellings of a title, hashtags and misspellings included, and a *kind* from the vocabulary,
   word frequencies, length and sequel numbers) and, for titles made of ordinary words, by the
   evidence in the comment and where it was posted (:mod:`trendscope_app.text.evidence`). In short:
   a distinctive title ("Oppenheimer", "Dune: Part Two") matches in any case, anywhere (written without
   its article, not after another determiner: "our housemaid" is no mention; not as a person's name
   after a relative or a friend, "my friend Elio"; not split by a comma, "Mickey, 17,"; not as another
   work's name, "the Wild Robot series", "Hamnet" in r/books; a single word that English prose uses,
   "relay", "the monkey", "barbie", outside a movie subreddit needs the evidence an ordinary word
   needs, its capital counting only mid-sentence); so do titles
   that prose never writes ("Scream VI", "Fast X", "Leave the World Behind"); an ordinary phrase or
   word ("Poor Things", "Civil War", "Wicked", "Joker") needs evidence: capitals, quotes, a year, a
   hashtag, a cue word, ``vs`` another title, capitals in a comment that is not shouting, repetition,
   a verb it is the subject of, a movie subreddit; a stop word ("It", "Her", "Us", "Up", "Here")
   needs capitals mid-sentence, quotes, a year or a hashtag.
4. Hits still undecided are accepted in a list next to an accepted title ("oppenheimer, past lives,
   barbie") and "inside out" where "Inside Out 2" was accepted.

Cost
----
Per comment: one normalisation, one automaton scan, then work proportional to the hits, which are
bounded by words x longest alias, whatever the catalogue size. Spans and context are computed only
when a hit of a non-distinctive alias (or a frequent word such as "barbie" after a determiner or
capitalised) needs them; a lowercase stop word in a comment that never capitalises it, with no
``#`` and no digit, is rejected without them. Rejected candidates are counted per reason in
:attr:`TitleMatcher.rejected` (a dict increment). Building costs ~1.5 ms per title (misspellings,
~100 automaton patterns each; over 300 titles, ~0.4 ms with fewer kinds of misspelling); English word
frequencies are loaded once per process (~0.2 s, ~15 MB).

Judging a hit in its context costs ~45 µs, so a comment dense with titles of ordinary words ("It It
It ...", "Her and Us. Her and Us. ...") is bounded twice: :meth:`TitleMatcher.match` does not judge a
hit whose movies are already found unless a list or a sequel may run through it (same answers as
judging every hit), and no comment has more than ``_MAX_JUDGED`` (128) hits judged; the rest are
rejected as ``too_many_hits`` (counted like any rejection). No comment of the labelled sets has more
than 11 hits judged, none of the bench's realistic profile more than three. A comment longer than
:data:`~trendscope_app.text.sentiment.MAX_CHARS` (twice Reddit's limit on a body) is searched in its
first ``MAX_CHARS`` characters only, counted in ``trendscope_match_truncated_total``. 10,000 characters
of any content cost ~20 ms or less.

Two catalogue movies with the same normalised title both match. Titles that normalise to nothing
(pure punctuation, empty) are ignored. CJK text has no spaces, so CJK titles match only as whole
runs of CJK characters.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import ahocorasick_rs

from trendscope_app.metrics import MATCH_TRUNCATED
from trendscope_app.text import vocabulary as v
from trendscope_app.text.aliases import _Alias, _aliases, _as_ordinary, _Entry, _entry, _numeric, is_ambiguous
from trendscope_app.text.document import _Doc
from trendscope_app.text.evidence import (
    _article_dropped,
    _common_noun,
    _frequent_name,
    _item_end,
    _judge,
    _line_item,
    _list_gap,
    _other_sequel,
    _other_work,
    _person,
    _written_year,
    _year_token,
)
from trendscope_app.text.sentiment import MAX_CHARS
from trendscope_app.text.tokens import _fast_normalised, _tokenise, _Tokens, ascii_words, normalise

__all__ = ["Decision", "TitleMatcher", "is_ambiguous", "normalise"]


@dataclass(frozen=True, slots=True)
class Decision:
    """One candidate hit of one alias in a comment, and what the matcher made of it.

    Attributes
    ----------
    movie_ids : tuple[int, ...]
        The movies the alias stands for (several when titles coincide).
    alias : str
        The normalised alias that was found (``"poor things"``, ``"oppenhiemer"``).
    written : str
        The hit as written in the comment.
    start, end : int
        Its span in the comment.
    accepted : bool
        Whether it counts as a mention.
    reason : str
        Why: ``distinctive``, ``sequel_marker``, ``rare_phrase``, evidence joined by ``+``
        (``cue+subreddit``), ``list`` or ``sequel_context`` when accepted; ``glued``,
        ``contraction``, ``quantity``, ``verb_use``, ``person``, ``other_work``, ``other_year``,
        ``other_sequel``, ``ordinary_use``, ``lowercase``,
        ``weak_evidence``, ``no_evidence`` or ``too_many_hits`` when rejected (the label of
        ``trendscope_match_rejected_total``).
    """

    movie_ids: tuple[int, ...]
    alias: str
    written: str
    start: int
    end: int
    accepted: bool
    reason: str


class TitleMatcher:
    """Find catalogue movies mentioned in free text.

    Parameters
    ----------
    titles : Mapping[int, str | Sequence[str]]
        ``movie_id -> title`` or ``movie_id -> [title, original_title, alias, ...]``. Titles that
        normalise to nothing (empty, pure punctuation) and non-string values are ignored.
    years : Mapping[int, int | None] or None
        ``movie_id -> release year``, where known: a title followed by a year more than one off its
        film's ("The Running Man (1987)" for the 2025 film) names another film (reason ``other_year``);
        of two films with one title, the year picks one.

    Attributes
    ----------
    rejected : collections.Counter[str]
        Candidate hits rejected by :meth:`match`, per reason (see :class:`Decision`), since the
        matcher was built; a caller exports and clears it (``trendscope_match_rejected_total``).

    Examples
    --------
    >>> m = TitleMatcher({1: "Dune: Part Two", 2: ["Joker: Folie à Deux"], 3: "Up", 4: "Inside Out 2"})
    >>> m.match("dune part two >> folie a deux, and Dune: Part Two again")
    (1, 2)
    >>> m.match("catch up on the update, it's up to you")
    ()
    >>> m.match("The opening of Up still wrecks me; Inside Out 2 too")
    (3, 4)
    >>> len(m), m.rejected["lowercase"]
    (4, 2)
    """

    def __init__(
        self, titles: Mapping[int, str | Sequence[str]], years: Mapping[int, int | None] | None = None
    ) -> None:
        by_pattern: dict[tuple[str, ...], dict[int, _Alias]] = {}
        spellings: dict[int, list[str]] = {}
        # Key slips multiply a word's misspellings by ~4 (~100 patterns a title): bounded memory for
        # very large catalogues, which keep swapped, doubled and dropped letters only.
        slips = len(titles) <= _SLIPS_MAX_TITLES
        for movie_id, value in titles.items():
            names = [value] if isinstance(value, str) else list(value)
            for name in names:
                if not isinstance(name, str):
                    continue
                for alias in _aliases(name, slips):
                    per_movie = by_pattern.setdefault(alias.tokens, {})
                    old = per_movie.get(movie_id)
                    if old is None or alias.level < old.level or (old.variant and not alias.variant):
                        per_movie[movie_id] = alias
                    if not alias.variant:
                        known = spellings.setdefault(movie_id, [])
                        if " ".join(alias.tokens) not in known:
                            known.append(" ".join(alias.tokens))
        self._spellings = spellings
        keys = list(by_pattern)
        self._entries: list[tuple[_Entry, ...]] = []
        for key in keys:
            aliases = list(by_pattern[key].items())
            # A misspelling never stands for a movie when it is another movie's real spelling.
            aliases = [(m, a) for m, a in aliases if not a.variant] or aliases
            groups: dict[tuple[tuple[int, ...], str], list[tuple[int, _Alias]]] = {}
            for movie_id, alias in aliases:
                groups.setdefault((alias.case, alias.kind), []).append((movie_id, alias))
            self._entries.append(
                tuple(_entry(tuple(m for m, _ in group), group[0][1]) for group in groups.values())
            )
        self._ntokens: list[int] = [len(k) for k in keys]
        self._ids: list[frozenset[int]] = [frozenset(m for e in es for m in e.ids) for es in self._entries]
        self._automaton: ahocorasick_rs.AhoCorasick | None = (
            ahocorasick_rs.AhoCorasick(
                [" " + " ".join(k) for k in keys], matchkind=ahocorasick_rs.MatchKind.Standard
            )
            if keys
            else None
        )
        self.rejected: Counter[str] = Counter()
        #: Release years: a year written after a title that is another year's names another film.
        self._years = {int(m): int(y) for m, y in (years or {}).items() if y}
        self._dated = {
            n
            for n, entries in enumerate(self._entries)
            if any(m in self._years for e in entries for m in e.ids)
        }

    def __len__(self) -> int:
        """Number of catalogue movies with at least one matchable title."""
        return len(self._spellings)

    def __repr__(self) -> str:
        return f"TitleMatcher({len(self)} movies, {len(self._entries)} patterns)"

    def aliases(self, movie_id: int) -> list[str]:
        """The normalised spellings matched for one movie (without misspellings and hashtags).

        Examples
        --------
        >>> TitleMatcher({7: "Gladiator II"}).aliases(7)
        ['gladiator ii', 'gladiator 2']
        """
        return list(self._spellings.get(movie_id, []))

    def match(self, text: str, subreddit: str | None = None) -> tuple[int, ...]:
        """Return the sorted ids of the catalogue movies that ``text`` mentions.

        The text is normalised once and scanned once by the automaton, whatever the catalogue size;
        original spans are computed only when a hit needs its context.

        Parameters
        ----------
        text : str
            A comment.
        subreddit : str or None
            Where it was posted; a movie subreddit is (weak) evidence for ordinary-word titles.

        Returns
        -------
        tuple[int, ...]
            Sorted unique movie ids; a movie mentioned several times appears once.

        Examples
        --------
        >>> m = TitleMatcher({1: "Poor Things", 2: "Leave the World Behind", 3: "Wicked"})
        >>> m.match("poor things vs leave the world behind: which one?")
        (1, 2)
        >>> m.match("those poor things"), m.match("that was a wicked twist", subreddit="movies")
        ((), ())
        >>> m.match("honestly wicked went home with nothing"), m.match(
        ...     "honestly wicked went home with nothing", subreddit="movies")
        ((), (3,))

        The text is taken as the person wrote it: Reddit's ``&amp;``, ``&lt;`` and ``&gt;`` are undone when a
        comment is parsed (:func:`trendscope_app.models.validate.comment_text`), not here.

        >>> TitleMatcher({4: "Fast & Furious"}).match("> Fast & Furious was dumb fun")
        (4,)
        """
        return tuple(sorted(self._run(text, subreddit, None)))

    def match_spans(
        self, text: str, subreddit: str | None = None
    ) -> tuple[tuple[int, ...], list[tuple[int, int]]]:
        """Like :meth:`match`, with the span in ``text`` of every accepted hit, in text order.

        Examples
        --------
        >>> m = TitleMatcher({1: "Wicked", 2: "Poor Things"})
        >>> m.match_spans("a wicked twist, but Wicked was great. POOR THINGS too")
        ((1, 2), [(20, 26), (38, 49)])
        """
        spans: list[tuple[int, int]] = []
        return tuple(sorted(self._run(text, subreddit, None, spans))), spans

    def explain(self, text: str, subreddit: str | None = None) -> list[Decision]:
        """Every candidate hit in ``text``, accepted or rejected, with the reason (same code as :meth:`match`).

        Examples
        --------
        >>> m = TitleMatcher({1: "Oppenheimer", 2: "Up", 3: "Poor Things"})
        >>> for d in m.explain("Oppenhiemer blew me up. POOR THINGS was better"):
        ...     print(d.movie_ids, repr(d.written), d.accepted, d.reason)
        (1,) 'Oppenhiemer' True distinctive
        (2,) 'up' False lowercase
        (3,) 'POOR THINGS' True shouted
        """
        decisions: list[Decision] = []
        self._run(text, subreddit, decisions)
        return decisions

    def _run(
        self,
        text: str,
        subreddit: str | None,
        record: list[Decision] | None,
        spans: list[tuple[int, int]] | None = None,
    ) -> set[int]:
        """The decision code shared by :meth:`match`, :meth:`match_spans` and :meth:`explain`.

        ``record`` collects the decisions (explain); without it, rejections are counted (match).
        ``spans`` collects the spans of the accepted hits.
        """
        if self._automaton is None or not text:
            return set()
        if len(text) > MAX_CHARS:
            # One body of a megabyte of titles ("It It It ...") would hold the event loop for seconds;
            # Reddit's own limit is half the cap, so no real comment is cut.
            MATCH_TRUNCATED.inc()
            text = text[:MAX_CHARS]
        toks: _Tokens | None = None
        words = text if text.isascii() else ascii_words(text)
        if words is not None:
            joined = _fast_normalised(words)
        else:
            toks = _tokenise(text)
            joined = " ".join(toks.norm)
        if not joined:
            return set()
        norm = " " + joined + " "
        hits = self._automaton.find_matches_as_indexes(norm, overlapping=True)
        if not hits:
            return set()
        kept, starts, ends = self._resolve(norm, hits)
        if not kept:
            return set()

        found: set[int] = set()
        accepted = [False] * len(kept)
        verdicts: dict[int, list[str]] = {}  # per hit needing context: the reason of each entry
        pending: list[int] = []
        doc: _Doc | None = None
        # Whether the comment writes a word with a capital anywhere, asked once per word (a comment
        # may be a megabyte long).
        capitalised: dict[str, bool] = {}
        plain: bool | None = None  # no "#" and nothing like a year: no hashtag, no "(2019)"
        yearish: bool | None = None  # anything like a year in the comment (asked once, if at all)
        book_sub = v.is_book_subreddit(subreddit)
        movie_sub = v.is_movie_subreddit(subreddit)
        # Posted where films are not the topic: a title of frequent words needs evidence there.
        outside = subreddit is not None and not movie_sub
        # Judging a hit in its context costs ~45 µs: at most _MAX_JUDGED per comment, and in match()
        # none of a hit whose movies are already found (in "It It It ...", one).
        quick = record is None and spans is None
        unjudged: set[int] = set()
        judged = 0

        def judge(n: int) -> bool | None:
            """Whether hit ``n`` is accepted in its context; None past the bound (not judged)."""
            nonlocal judged
            assert doc is not None
            if judged >= _MAX_JUDGED:
                verdicts[n] = [_TOO_MANY] * len(self._entries[kept[n][2]])
                return None
            judged += 1
            return self._decide(
                doc, norm, text, n, starts[n], outside, capitalised, accepted, verdicts, found
            )

        for n, (_, _, pattern) in enumerate(kept):
            entries = self._entries[pattern]
            first = entries[0]
            if len(entries) == 1 and first.kind == "distinct":
                # A frequent word ("barbie") needs a look at its context only after a determiner or
                # capitalised (glued to a name: "Napoleon Dynamite"); a title whose article was
                # dropped, only after a determiner ("our housemaid"); a single word, soon after "a"
                # ("a cheap cliffhanger."); any of them after a relative or "reading", before "novel",
                # a year or a sequel's number, split by a comma or in a book subreddit, or next to a
                # year. The words around the hit come from its offsets in ``norm`` (_word_before,
                # inlined).
                at, end = starts[n], ends[n]
                before = norm[norm.rfind(" ", 0, at) + 1 : at]
                after = norm[end + 1 : norm.find(" ", end + 1)]
                # A frequent word posted outside a movie subreddit is looked at in its case and context.
                context = first.frequent and (
                    (outside and first.one_word) or _needs_context(first, before, text, capitalised)
                )
                if (
                    not context
                    and not (first.own_article and before in v.DETERMINERS)
                    and before not in v.RELATION_NOUNS
                    and before not in v.READING_VERBS
                    and after not in v.OTHER_WORK_NOUNS
                    and after != "the"  # "Heathers: The Musical"
                    and not book_sub
                    and not (first.numbered and ("," in text or ";" in text))
                    and not (
                        pattern in self._dated
                        and (yearish if yearish is not None else (yearish := bool(_YEARISH(norm))))
                        and _year_near(norm, at, end)
                    )
                    and not (len(after) == 1 and after.isdigit())
                    and after not in v.LONE_ROMAN
                    and not (before in v.NOUN_DETERMINERS and not movie_sub)
                    and not (first.one_word and not first.article and _a_before(norm, at))
                ):
                    found.update(first.ids)
                    accepted[n] = True
                    continue
            elif len(entries) == 1 and first.kind == "function":
                # Most hits are a lowercase "it" or "up": decided without tokenising the comment.
                word = first.tokens[0]
                if plain is None:
                    plain = "#" not in text and not _YEARISH(text)
                if plain and not _written_with_capital(word, text, capitalised):
                    verdicts[n] = ["lowercase"]
                    pending.append(n)
                    continue
            if doc is None:
                toks = toks if toks is not None else _tokenise(text)
                doc = _Doc(text, toks, kept, movie_sub, book_sub)
            if quick and found.issuperset(self._ids[pattern]):
                # Judging could add no movie; judged later only if a list or a sequel may need it.
                unjudged.add(n)
            elif not judge(n):
                pending.append(n)
        if pending and doc is not None and any(accepted):
            self._propagate(doc, kept, accepted, pending, found, verdicts, outside, unjudged, judge)
        if spans is not None and found:
            toks = toks if toks is not None else _tokenise(text)
            spans.extend(
                (toks.start[i], toks.end[j - 1]) for (i, j, _), ok in zip(kept, accepted, strict=True) if ok
            )
        if record is None:
            for n in pending:
                if not accepted[n]:
                    for why in verdicts[n]:
                        self.rejected[why] += 1
            return found
        toks = toks if toks is not None else _tokenise(text)
        for n, (i, j, pattern) in enumerate(kept):
            s, e = toks.start[i], toks.end[j - 1]
            for m, entry in enumerate(self._entries[pattern]):
                why = verdicts[n][m] if n in verdicts else "distinctive"
                alias = " ".join(entry.tokens)
                record.append(Decision(entry.ids, alias, text[s:e], s, e, why not in _REJECTIONS, why))
        return found

    def _decide(
        self,
        doc: _Doc,
        norm: str,
        text: str,
        n: int,
        start: int,
        outside: bool,
        capitalised: dict[str, bool],
        accepted: list[bool],
        verdicts: dict[int, list[str]],
        found: set[int],
    ) -> bool:
        """Judge hit ``n`` of ``doc`` in its context, entry by entry: its reasons into ``verdicts``, the
        movies of its accepted entries into ``found``; whether any was accepted."""
        (i, j), pattern = doc.spans[n], doc.patterns[n]
        entries = self._entries[pattern]
        reasons = verdicts[n] = []
        before = _word_before(norm, start)
        for entry in entries:
            if entry.kind == "distinct":
                if _person(doc, i, j):
                    # "my son's friend Elio slept over"; not "His Three Daughters, Elio"
                    ok, why = False, "person"
                elif _other_work(doc, i, j):
                    ok, why = False, "other_work"  # "the Wild Robot series", "Hamnet" in r/books
                elif entry.numbered and doc.punctuated(i, j):
                    ok, why = False, "quantity"  # "looking for Mickey, 17, last seen on Friday"
                elif _other_sequel(doc, entry, j):
                    ok, why = False, "other_sequel"  # "Elio 2"
                elif _common_noun(doc, entry, i, j):
                    ok, why = False, "ordinary_use"  # "as the conclave begins", "our roofman said"
                elif entry.own_article and before in v.DETERMINERS:
                    ok, why = _article_dropped(doc, entry, i, j)
                elif entry.frequent and outside and entry.one_word:
                    # "our 4x100 relay", "F1 cars are basically planes", "a Frankenstein mess"
                    ok, why = _judge(doc, _as_ordinary(entry), n, i, j)
                elif entry.frequent and _needs_context(entry, before, text, capitalised):
                    ok, why = _frequent_name(doc, entry, i, j)
                else:
                    ok, why = True, "distinctive"
            else:
                ok, why = _judge(doc, entry, n, i, j)
            ids = entry.ids
            if ok and pattern in self._dated:
                ids = self._of_year(ids, _written_year(doc, i, j))
                if not ids:
                    ok, why = False, "other_year"  # "The Running Man (1987)" is not the 2025 film
            reasons.append(why)
            if ok:
                found.update(ids)
                accepted[n] = True
        return accepted[n]

    def _of_year(self, ids: tuple[int, ...], year: int | None) -> tuple[int, ...]:
        """The movies of ``ids`` a title followed by ``year`` can be: released within a year of it, or of
        no known year."""
        if year is None:
            return ids
        years = self._years
        return tuple(m for m in ids if m not in years or abs(years[m] - year) <= 1)

    def _resolve(
        self, norm: str, hits: list[tuple[int, int, int]]
    ) -> tuple[list[tuple[int, int, int]], list[int], list[int]]:
        """Keep the hits that end on a word boundary, leftmost-longest, as token ranges; and where each
        starts and ends in ``norm`` (the spaces around it)."""
        bounded = sorted((s, e, pattern) for pattern, s, e in hits if norm[e] == " ")  # not inside a word
        ntokens = self._ntokens
        candidates: list[tuple[int, int, int, int, int]] = []
        # A hit starts at the space before its first token: token i has i spaces before it. Counted
        # from one hit to the next (C-level), not from a list of every token's offset.
        i = pos = 0
        for s, e, pattern in bounded:
            i += norm.count(" ", pos, s)
            pos = s
            candidates.append((i, i + ntokens[pattern], pattern, s, e))
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        kept: list[tuple[int, int, int]] = []
        starts: list[int] = []
        ends: list[int] = []
        last_end = -1
        for i, j, pattern, s, e in candidates:
            if i >= last_end:
                kept.append((i, j, pattern))
                starts.append(s)
                ends.append(e)
                last_end = j
        return kept, starts, ends

    def _propagate(
        self,
        doc: _Doc,
        kept: list[tuple[int, int, int]],
        accepted: list[bool],
        pending: list[int],
        found: set[int],
        verdicts: dict[int, list[str]],
        outside: bool,
        unjudged: set[int],
        judge: Callable[[int], bool | None],
    ) -> None:
        """Accept ambiguous hits in a list next to accepted titles, or whose sequel is accepted.

        "Inside Out" counts in a comment that mentions "Inside Out 2" (the hit of an accepted alias
        that is this alias plus a number). A worklist: a hit is looked at again only when a
        neighbour gets accepted, so the cost stays linear in the number of hits. A hit left
        ``unjudged`` (its movies were already found) is judged when the list or sequel rules reach
        it, so the outcome is the one of judging every hit.
        """
        entries_of = self._entries
        sequels: set[tuple[str, ...]] = set()
        queue: deque[int] = deque()
        waiting: dict[tuple[str, ...], list[int]] = {}

        def title_of(n: int) -> tuple[str, ...]:
            return entries_of[kept[n][2]][0].tokens

        def sequel_of(n: int) -> tuple[str, ...] | None:
            """The title hit ``n`` is a numbered sequel of ("inside out" for "inside out 2"), or None."""
            tokens = title_of(n)
            return tokens[:-1] if len(tokens) > 1 and _numeric(tokens[-1]) else None

        def accept(n: int) -> None:
            base = sequel_of(n)
            if base is not None and base not in sequels:
                sequels.add(base)
                queue.extend(waiting.get(base, ()))
            queue.extend(k for k in (n - 1, n + 1) if 0 <= k < len(kept) and not accepted[k])

        def settle(first: int) -> None:
            """Judge an unjudged hit; if rejected, it waits like the others, and so do its unjudged
            neighbours (judged in turn), so that no waiting hit is next to an unjudged one."""
            stack = [first]
            while stack:
                n = stack.pop()
                unjudged.discard(n)
                ok = judge(n)
                if ok:
                    accept(n)
                if ok is not False:
                    continue  # accepted, or past the bound: no list runs through it
                waiting.setdefault(title_of(n), []).append(n)
                pending.append(n)
                stack.extend(k for k in (n - 1, n + 1) if k in unjudged)

        for n in pending:
            waiting.setdefault(title_of(n), []).append(n)
        # An unjudged hit matters only next to a waiting one (a list may run through it) or as the
        # sequel of a waiting title; any other is surrounded by accepted or unjudged hits of found
        # movies, where no rule reaches a waiting hit.
        for n in list(pending):
            for k in (n - 1, n + 1):
                if k in unjudged:
                    settle(k)
        settled = True
        while settled and unjudged:
            settled = False
            for n in sorted(unjudged):
                if n in unjudged and (base := sequel_of(n)) is not None and base in waiting:
                    settle(n)
                    settled = True
        for n, ok in enumerate(accepted):
            if ok:
                accept(n)
        while queue:
            n = queue.popleft()
            if accepted[n] or n in unjudged:
                continue
            i, j, pattern = kept[n]
            left = n > 0 and accepted[n - 1] and _list_gap(doc, kept[n - 1][1], i)
            right = n + 1 < len(kept) and accepted[n + 1] and _list_gap(doc, j, kept[n + 1][0])
            for m, entry in enumerate(entries_of[pattern]):
                if outside and entry.frequent and entry.one_word:
                    entry = _as_ordinary(entry)  # judged as a word there, so listed as a word is
                if entry.kind in _NO_CONTEXT or verdicts[n][m] in _VETOES:
                    continue
                # Any case for words ("weapons" is one by its frequency, not the vocabulary), but a
                # stop word needs the title's capitals or a list line of its own ("9. together").
                word = entry.kind != "function"
                listed = (left or right) and (
                    doc.case_matches(entry, i) or (_item_end(doc, j) if word else _line_item(doc, i, j))
                )
                if (listed or (word and entry.tokens in sequels)) and not doc.glued(i, j):
                    found.update(entry.ids)
                    accepted[n] = True
                    verdicts[n][m] = "list" if listed else "sequel_context"
            if accepted[n]:
                accept(n)


def _written_with_capital(word: str, text: str, seen: dict[str, bool]) -> bool:
    """Whether ``text`` has ``word`` capitalised or in capitals somewhere (memoised in ``seen``)."""
    found = seen.get(word)
    if found is None:
        found = seen[word] = word.capitalize() in text or word.upper() in text
    return found


def _word_before(norm: str, s: int) -> str:
    """The token before a hit that starts at ``s`` in ``norm`` (the space before its first token; ``""``
    at the start).

    Examples
    --------
    >>> _word_before(" my friend elio slept ", 10), _word_before(" elio slept ", 0)
    ('friend', '')
    """
    return norm[norm.rfind(" ", 0, s) + 1 : s]


def _a_before(norm: str, s: int) -> bool:
    """Whether "a" or "an" is among the three tokens before a hit that starts at ``s`` in ``norm``, where
    :func:`~trendscope_app.text.evidence._indefinite` may find it a common noun ("a cheap cliffhanger").

    Examples
    --------
    >>> _a_before(" such a cheap cliffhanger ", 13), _a_before(" what an ending cliffhanger ", 15)
    (True, True)
    >>> _a_before(" saw cliffhanger ", 4)
    False
    """
    # A bounded slice: a megabyte comment must not be copied for every hit.
    words = norm[max(0, s - _A_BEFORE_CHARS) : s].split()[-3:]
    return "a" in words or "an" in words


def _year_near(norm: str, s: int, e: int) -> bool:
    """Whether a year stands right before the hit between the spaces ``norm[s]`` and ``norm[e]`` or among
    the three words after it, where :func:`~trendscope_app.text.evidence._written_year` may read it as
    the hit's.

    Examples
    --------
    >>> _year_near(" the 1987 running man is ", 9, 21), _year_near(" heat s 1995 ", 0, 5)
    (True, True)
    >>> _year_near(" heat in 12 years ", 0, 5)
    False
    """
    before = norm[norm.rfind(" ", 0, s) + 1 : s]
    # A bounded slice: copying the rest of a megabyte comment for every hit would be quadratic.
    words = [before, *norm[e + 1 : e + 1 + _YEAR_NEAR_CHARS].split(" ", 3)[:3]]
    return any(_year_token(w) for w in words)


def _needs_context(entry: _Entry, before: str, text: str, seen: dict[str, bool]) -> bool:
    """Whether a distinct title of frequent words ("barbie", "good fortune") must be looked at in
    context: after a determiner or a subject pronoun, or a single word written with a capital somewhere
    (glued to a name: "Napoleon Dynamite"; a phrase in capitals is its title)."""
    if before in v.DETERMINERS or before in v.SUBJECT_PRONOUNS:
        return True
    return len(entry.tokens) == 1 and _written_with_capital(entry.tokens[0], text, seen)


_SLIPS_MAX_TITLES = 300
_A_BEFORE_CHARS = 40  # three words before a hit, and some
_YEAR_NEAR_CHARS = 32  # the words after a hit where _written_year may find its year, and some
_YEARISH = re.compile(r"(?:18|19|20)\d\d").search
# Kinds a list or a sequel does not decide: accepted anywhere, or a misspelling that needs more.
_NO_CONTEXT = frozenset({"distinct", "typo"})
# Hits of a comment past the first _MAX_JUDGED judged in context: not judged, not a mention.
_TOO_MANY = "too_many_hits"
_MAX_JUDGED = 128
# Rejections that no list or sequel context overrides (the hit is not the title at all, or unjudged).
_VETOES = frozenset(
    {
        "glued",
        "contraction",
        "quantity",
        "verb_use",
        "person",
        "other_work",
        "other_year",
        "other_sequel",
        _TOO_MANY,
    }
)
_REJECTIONS = frozenset({*_VETOES, "ordinary_use", "lowercase", "weak_evidence", "no_evidence"})
