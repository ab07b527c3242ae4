"""Whether a hit of a title made of ordinary words is a mention of the film: the evidence in a comment.

:func:`_judge` decides one hit of one alias and says why, in a short reason code (the label of the
``trendscope_match_rejected_total`` metric and of :class:`trendscope_app.text.matcher.Decision`).
What it asks depends on the alias *kind* and the points of evidence it needs (``need``, see
:mod:`trendscope_app.text.aliases`):

* ``marked`` aliases, and ``rare`` ones with a rare word, need nothing ("fast x fast x fast x!!!",
  "SCREAM VI"); only a veto below rejects them. A ``rare`` phrase of common words needs 1 point
  ("the zone of interest": a movie subreddit is enough); ``word`` and ``phrase`` aliases need 2; a
  distinct name with a dropped letter (``typo``: "oppenheimr") needs 3.

  - Accepted outright: a hashtag (``#Wicked``), a year (``Us (2019)``, ``the fall guy 2024``), a Markdown
    link's text (``[Sinners](https://...)``), quotes or emphasis with the title's capitals or in capitals
    (``"Wicked"``, ``'NOPE'``, ``*Civil War*``; in any case for a phrase), the title's capitals
    mid-sentence (a phrase also at the start) in a comment that does not capitalise most words.
  - 2 points: a cue word before or after (``watched``, ``loved``, ``the movie``, ``trailer``, ``box
    office``, ``that line from``, ``outgrossing``, ``hamnet the movie``, ``flow winning the Oscar``), a
    rating, a credit, a gross or a gloss after (``weapons 9/10``, ``companion ★★★★``, ``Keeper (Osgood
    Perkins)``, ``1. Weapons - $43.5M``, ``presence (the soderbergh one)``; with the title's capitals or
    in capitals also for a stop word: ``Him - 3/10``, ``HIM (the football one)``), a review's heading
    in a rated comment in a movie subreddit (``poor things: emma stone is so funny. 4/5``), a
    capitalised possessive before
    (``Garland's civil war``), another title across ``vs`` or a ranking sign (``poor things vs leave the
    world behind``, ``weapons > sinners``), the title in capitals in a comment that is not shouting
    (``Honestly PAST LIVES was``; a single word not at a sentence start), a phrase written twice or a
    word chanted three times and nothing else (``SINNERS SINNERS SINNERS!!!``), a plural title with a
    singular verb (``sinners was``), the title said to be a film (``speak no evil is the most divisive
    movie``, ``heat is mann's masterpiece``, ``sorry, baby is one of those movies``), the title
    followed by its verb when capitalised (``Nope is``; also past a cast:
    ``Friendship with Tim Robinson is``) or at the start of a sentence in the past (``wicked was so
    long``; in the present that is a general truth: ``flow is everything``).
  - 1 point: the subject of a verb mid-sentence (``that barbie went``), a possessive (``smile's``,
    ``weapons'``; 2 points with the title's capitals), ``worth`` after (``is nope worth it``), a bare
    singular word after a preposition at the end of a clause (``the scene in wicked with``; not when
    its verb gave a point: ``feels like friendship is``), another title listed next to it (``weapons,
    sinners``; not a stop word), the title with its capitals as the first sentence of a comment that
    goes on (``Longlegs. Nothing else that year``; not a reply word: ``Nope. Not paying``), a comment
    posted in a movie subreddit.

  Ordinary use blocks all but the cues and ``vs``: a determiner before (``a wicked twist``, ``my
  past lives``, ``all sinners``), or a determiner and a lowercase word before a singular title
  (``the goal keeper``, ``a real civil war``; not ``the new superman``), a pronoun or modal before
  (``made me smile``, ``I wish``), ``of`` after (``weapons of mass destruction``); ``to`` before a
  rare phrase makes it a verb (``want to leave the world behind``).
* ``function`` aliases (``It``, ``Her``, ``Us``, ``Up``, ``Here``) count only when accepted outright
  (quotes and capitals: the title's, not all capitals), followed by a cue noun or said to be a film past a
  sentence start (``the Up soundtrack``, ``UP isn't a good movie``; not ``It was a good movie``), a word
  that cannot be a subject (an object pronoun, ``up``, ``together``) with the title's capitals (or
  starting a sentence of a comment in capitals, unless an abbreviation: ``HIM WAS TRASH``, not ``US IS A
  BIG MARKET``) before an auxiliary or a past verb no noun phrase starts with (``Us was scarier``, ``Her
  is``, ``Up made me cry``, ``Together with Dave Franco and Alison Brie was``; not ``Her left hand``), or
  in capitals after a preposition, a cue or a capitalised possessive or before a verb mid-sentence (``the
  opening of UP``, ``wild that UP got``); a following ``'s`` makes them a contraction (``It's``,
  ``Here's``).

Whatever the evidence, a hit glued to a capitalised neighbour is part of a longer name ("American Civil
War", "Captain America: Civil War", "The Parent Trap", "It Follows"; a stop word also after "of": "The
Last of Us"), so is a subreddit's or a user's name ("r/weapons"), and a hit in capitals glued to another
word in capitals is part of a shouted phrase ("AIR QUOTES", "WEAPONS DOWN"). :func:`_other_work` rejects
a title that names a book, a series, a comic or a musical ("the Wild Robot series", "reading
Frankenstein", anything in a book subreddit without a film cue). Quotes around a phrase in lowercase
are speech after a verb of saying (he just said "sorry, baby").

Afterwards, :func:`_list_gap` and :func:`_item_end` let the matcher accept a hit that stands in a list
next to an accepted title ("oppenheimer, past lives, barbie"), and "inside out" where "Inside Out 2"
was accepted.
"""

from __future__ import annotations

import re

from trendscope_app.text import vocabulary as v
from trendscope_app.text.aliases import _Entry
from trendscope_app.text.document import _Doc

_DIGITS_RE = re.compile(r"\d{4}")
_CENTURIES = frozenset({"18", "19", "20"})  # a year's first digits, as _YEAR_RE's
_YEAR_RE = re.compile(r"\s*(?:[(\[]\s*(?:18|19|20)\d\d\s*[)\]]|(?:19|20)\d\d\b(?![-/.,:]?\d))")
# The year of a work: as _YEAR_RE, after a possessive ("Oppenheimer's 1939 paper"), or first in a gloss
# ("(the 2002 HBO documentary)"; not "(rewatched it in 2024)", a year of the writer's).
_YEAR_AFTER_RE = re.compile(
    r"(?:['\u2019]s?)?"
    + _YEAR_RE.pattern
    + r"|\s*[(\[]\s*(?:(?:the|a|an|original|old|first|classic)\s+)?(?:18|19|20)\d\d\b(?![-/.,:]?\d)",
    re.IGNORECASE,
)
# A rating or a credit right after a title: "weapons 10/10", "Him - 3/10", "Keeper (Osgood Perkins)",
# "companion ★★★½".
_RATED_RE = re.compile(
    r"(?:\*{1,3}|_{1,2}|[\"'\u201d\u2019])?[ \t]*(?:[:=\-\u2013\u2014][ \t]*)?"
    r"(?:\(?\d{1,3}(?:\.\d{1,2})?[ \t]*/[ \t]*(?:10|5|100)\b(?![/.]\d)"
    r"|\((?:dir\.?[ \t]+)?[A-Z][\w'.\-]*(?:[ \t]+[A-Z][\w'.\-]*){1,3}\)"
    r"|[\u2605\u2b50\ufe0f]{1,10}\u00bd?(?![\w\u2605\u2b50])|\u00bd(?!\w))"
)
# A gloss that says which film: "presence (the soderbergh one)", "Him (the football horror movie)".
_GLOSS_RE = re.compile(
    r"[ \t]*\((?:the|a|an)[ \t][^()\n]{0,60}?\b(?:one|movie|film|flick)\b[^()\n]{0,60}\)", re.IGNORECASE
)
# A gross after a dash or a colon: "1. Weapons - $43.5M" in a box-office chart; not "drop $5k on".
_GROSS_RE = re.compile(
    r"[ \t]*[:\-\u2013\u2014][ \t]*\$[ \t]?\d[\d,]*(?:\.\d+)?[ \t]?(?:[kmb]|mil|million|billion|bn)\b",
    re.IGNORECASE,
)
# A gloss that names another work of the title: "Civil War (the comic)", "Frankenstein (the 1818 novel)".
_OTHER_WORK_GLOSS_RE = re.compile(
    r"[ \t]*\((?:the|a|an)[ \t](?:[^()\n]{0,30}?[ \t])?(?:" + "|".join(sorted(v.OTHER_WORK_NOUNS)) + r")\)",
    re.IGNORECASE,
)
# The same work named after the title: "Training Day the TV series", "Heathers: The Musical".
_OTHER_WORK_AFTER_RE = re.compile(
    r"(?::[ \t]*|[ \t]+)the[ \t]+(?:tv[ \t]+(?:series|show)|" + "|".join(sorted(v.OTHER_WORK_NOUNS)) + r")\b",
    re.IGNORECASE,
)
# A numbered list item that is only the hit, or the hit and a dash or a colon before what is said of
# it: "3. Superman", "1. Longlegs - the atmosphere is untouchable" in a ranking.
_NUMBERED_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$")
_LINE_END_RE = re.compile(r"[ \t*_]*(?:\n|$|[-\u2013\u2014:][ \t])")
# A review's heading, "poor things: emma stone doing the funniest physical comedy in ages. 4/5": a title
# and a colon starting a sentence of a rated comment.
_HEADING_COLON_RE = re.compile(r"[ \t]*:[ \t]")
# A sentence that ends right after a hit and another after it: "Longlegs. Nothing else".
_SENTENCE_AFTER_RE = re.compile(r"\.[ \t\n]+[\w\"'(]")
_SCORE_RE = re.compile(r"(?<![\d/.])\d{1,2}(?:\.\d)?[ \t]*/[ \t]*(?:10|5)(?![\d/])|[\u2605\u2b50]")
_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "«": "»"}
_EMPHASIS = {"*": "*", "_": "_"}
_GAP_ENDS = frozenset(".!?;\n")
_LIST_PUNCT = frozenset(",;:/|\n•>.)!?")
_NUMBERING_RE = re.compile(r"(?:^|(?<=\s))\d{1,3}[.)](?=\s)")
# A list line's marker right before a hit ("9. ", "- ", "* ", "• "), and the rest of its line empty.
_LIST_MARKER_RE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-*\u2022])[ \t]+$")
_LIST_MARKER_CHARS = 16
_LINE_REST_RE = re.compile(r"[ \t]*(?:\n|$)")
_FUNCTION_LEADS = v.SLOT_PREPOSITIONS | v.VERB_CUES | v.NOUN_CUES
# "to" makes a verb of a rare phrase ("want to leave the world behind") but is a preposition as often
# before a word or phrase ("went in blind to PAST LIVES").
_VERB_MARKERS = v.VERB_MARKERS - {"to"}
_POSSESSED_BEFORE = frozenset({"in", "on", "at", "of", "for", "with", "during", "to", "from"})
_NAMING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Besides the cue nouns, what only a film (or a work) is said to be: "heat is michael mann's masterpiece".
_PREDICATE_NOUNS = frozenset({"movies", "films", "masterpiece", "masterpieces", "debut"})
_PREDICATE_ENDS = frozenset(
    {"of", "in", "for", "about", "with", "than", "that", "and", "but", "i", "you", "we"}
)


def _strong(doc: _Doc, entry: _Entry, i: int, j: int, cased: bool) -> str | None:
    """The evidence that settles any hit: hashtag, year, quotes or the title's capitals."""
    toks, text = doc.toks, doc.text
    s, e = toks.start[i], toks.end[j - 1]
    if s > 0 and text[s - 1] == "#":
        return "hashtag"
    if _dated(doc, j):
        return "year"
    if s > 0 and text[s - 1] == "[" and text.startswith("](", e):
        return "quoted"  # a Markdown link's text: "[Sinners](https://www.imdb.com/...)"
    function = entry.kind == "function"
    quotes, emphasis = doc.wrapped(i, j, _QUOTES), not function and doc.wrapped(i, j, _EMPHASIS)
    if (quotes or emphasis) and (
        cased
        or (
            not function
            and (
                (len(entry.tokens) > 1 and (emphasis or i == 0 or doc.toks.norm[i - 1] not in v.SPEECH_VERBS))
                or (doc.shouted(i, j) and not doc.shouting_everywhere())
            )
        )
    ):
        # "'Wicked'", "'NOPE'", "'poor things'"; not "said 'nope'" or "he just said 'sorry, baby'": after a
        # verb of saying, a quoted phrase in lowercase is speech.
        return "quoted"
    if (
        cased
        and not doc.titlecase_everywhere()
        and not doc.after_article(entry, i)
        and (len(entry.tokens) > 1 or not doc.sentence_initial(i))
        and not (entry.tokens == ("him",) and _reverent(doc, i))
    ):
        return "title_case"  # capitalised like the title, mid-sentence for a one-word title
    return None


def _reverent(doc: _Doc, i: int) -> bool:
    """Whether the comment capitalises "He", "His" or "Him" mid-sentence besides token ``i``, as writers
    do for God ("Trust in Him, even when it feels like He's silent"): there "Him" is no title."""
    return doc.reverent_pronouns() > doc.reverent_pronoun(i)


def _written_year(doc: _Doc, i: int, j: int) -> int | None:
    """The year written for the hit of tokens ``[i, j)``: right after it ("Us (2019)", "the fall guy
    2024"), after its possessive ("Oppenheimer's 1939 paper"), first in a gloss after it ("The Smashing
    Machine (the 2002 HBO documentary)"), or between a determiner and it ("the 1987 Running Man").

    Examples
    --------
    >>> from trendscope_app.text.document import _Doc
    >>> from trendscope_app.text.tokens import _tokenise
    >>> def year(text, i, j):
    ...     return _written_year(_Doc(text, _tokenise(text), [], False, False), i, j)
    >>> year("Oppenheimer's 1939 paper", 0, 1), year("The 1987 Running Man is peak", 2, 4)
    (1939, 1987)
    >>> year("The Smashing Machine (the 2002 HBO documentary)", 0, 3)
    2002
    >>> year("Heat (rewatched it in 2024)", 0, 1), year("back in 1995 Heat came out", 3, 4)
    (None, None)
    """
    text, toks = doc.text, doc.toks
    m = _YEAR_AFTER_RE.match(text, toks.end[j - 1])
    digits = None if m is None else _DIGITS_RE.search(m.group())
    if digits is not None:
        return int(digits.group())
    norm = toks.norm
    if (
        i >= 2
        and _year_token(norm[i - 1])
        and (norm[i - 2] in v.DETERMINERS or toks.poss[i - 2])
        and not text[toks.end[i - 2] : toks.start[i]].replace(norm[i - 1], "").strip()
    ):
        return int(norm[i - 1])
    return None


def _year_token(word: str) -> bool:
    """Whether a token is a year a work could be from: four digits starting 18, 19 or 20.

    Examples
    --------
    >>> _year_token("1987"), _year_token("2025"), _year_token("1700"), _year_token("19871")
    (True, True, False, False)
    """
    return len(word) == 4 and word[:2] in _CENTURIES and word.isdigit()


def _common_noun(doc: _Doc, entry: _Entry, i: int, j: int) -> bool:
    """Whether a distinct title outside a movie subreddit is a common noun: lowercase right after a
    determiner and no cue after it ("as the conclave begins", "our roofman said"; not "my Oppenheimer
    rewatch", "the anora ending" or "Avatar: The Way of Water, anora"). A title whose article was
    dropped is left to ``_article_dropped``. Anywhere, a one-word title after "a" that ends its phrase
    is one too (:func:`_indefinite`)."""
    if entry.one_word and not entry.article and _indefinite(doc, i, j):
        return True
    if doc.movie_sub or entry.own_article:
        return False
    return _lowercase_after(doc, i, j, v.NOUN_DETERMINERS)


def _indefinite(doc: _Doc, i: int, j: int) -> bool:
    """Whether the one-word hit ``[i, j)`` is a common noun or a role: after "a" or "an" and at most two
    lowercase words, and last in its phrase ("such a cheap cliffhanger.", "Benoist was a great
    Supergirl, the CW show", "a strong undertone of grief"); not "a Barbie screening" or "a. Weapons"."""
    toks, text, norm = doc.toks, doc.text, doc.toks.norm
    k = i
    for _ in range(3):
        if k == 0 or text[toks.end[k - 1] : toks.start[k]] not in (" ", "-"):  # "a closed-door conclave"
            return False
        k -= 1
        word = doc.raw(k)
        if word in ("a", "an", "A", "An"):
            break
        if not (word.isalpha() and word.islower()) or word in v.STOP:
            return False
    else:
        return False
    if j >= len(norm):
        return True
    gap = text[toks.end[j - 1] : toks.start[j]].strip()
    if toks.poss[j]:
        return False
    return (gap == "" and norm[j] == "of") or gap[:1] in (".", ",", ";", "!", "?", ")")


def _lowercase_after(doc: _Doc, i: int, j: int, determiners: frozenset[str]) -> bool:
    """Whether the hit of tokens ``[i, j)`` is written lowercase right after one of ``determiners`` in
    its clause, with no cue after it ("the good fortune of"; not "the Good Fortune cast", "the good
    fortune trailer", "Godzilla Minus One, blue beetle")."""
    if doc.capitalised(i) or doc.clause_word_before(i, j) not in determiners:
        return False
    norm, k = doc.toks.norm, doc.next_index(j)
    return k >= len(norm) or norm[k] not in v.NEXT_CUES


def _frequent_name(doc: _Doc, entry: _Entry, i: int, j: int) -> tuple[bool, str]:
    """Decide a distinct alias of frequent words ("barbie", "napoleon", "good fortune") in context."""
    norm = doc.toks.norm
    start = doc.toks.start[i]
    if start > 0 and doc.text[start - 1] == "#":
        return True, "hashtag"
    k = doc.next_index(j)
    if j - i > 1:
        # A phrase is a set phrase only in lowercase after a determiner, no cue after it ("I had the good
        # fortune of"; not "the Good Fortune cast", "the good fortune trailer").
        ordinary = _lowercase_after(doc, i, j, v.DETERMINERS)
        return (False, "ordinary_use") if ordinary else (True, "distinctive")
    if doc.capitalised(i) and not doc.shouted(i, j):
        # "a Barbie fan", but "Napoleon Dynamite" and "Bride of Frankenstein" are other films.
        glued = doc.glued(i, j) or doc.ends_name_with_of(i, j)
        return (False, "glued") if glued else (True, "distinctive")
    if i > 0 and norm[i - 1] in v.SUBJECT_PRONOUNS:
        return False, "verb_use"  # "can you relay the message"
    before = norm[i - 1] if i > 0 else ""
    if k < len(norm) and norm[k] in v.NEXT_CUES and not _kind_of_film(before, norm[k]):
        return True, "distinctive"  # "the barbie movie"; not "the best superman movie"
    if before in v.DETERMINERS:
        return False, "ordinary_use"  # "a barbie dreamhouse", "the good fortune of"
    return True, "distinctive"


def _article_dropped(doc: _Doc, entry: _Entry, i: int, j: int) -> tuple[bool, str]:
    """Decide a distinct alias without its title's article ("housemaid" of "The Housemaid") after a
    determiner: its own article, "the" or a demonstrative names the film ("the housemaid", "the
    minecraft movie" of "A Minecraft Movie", "that brutalist"), any other determiner makes a common
    noun ("our housemaid", "a brutalist building"), unless the title's capitals or a cue after say
    otherwise ("my Housemaid review", "my housemaid review")."""
    norm = doc.toks.norm
    if (
        norm[i - 1] in _NAMING_DETERMINERS
        or norm[i - 1] == entry.own_article
        or (doc.capitalised(i) and not doc.titlecase_everywhere())
    ):
        return True, "distinctive"
    k = doc.next_index(j)
    if k < len(norm) and norm[k] in v.NEXT_CUES:
        return True, "cue"
    return False, "ordinary_use"


def _possessive_cue(doc: _Doc, i: int, j: int) -> bool:
    """Whether a capitalised possessive comes right before the hit ``[i, j)`` ("Garland's civil war");
    not when a preposition follows the hit, which makes it a person's noun ("Lindo's presence in every
    scene", "Verstappen's presence in the midfield")."""
    toks = doc.toks
    return (
        i > 1
        and toks.poss[i - 1]
        and toks.norm[i - 2] not in v.CONTRACTING
        and doc.capitalised(i - 2)
        and not doc.shouting_everywhere()
        and not (doc.joined_to_next(j) and toks.norm[j] in _POSSESSED_BEFORE)
    )


def _kind_of_film(prev: str, nxt: str) -> bool:
    """Whether "<prev> <title> <nxt>" names a kind of film, not the film: "the best superman movie", "every
    F1 film", "other alien movies".

    Examples
    --------
    >>> _kind_of_film("best", "movie"), _kind_of_film("the", "movie"), _kind_of_film("best", "trailer")
    (True, False, False)
    """
    return prev in v.CATEGORY_LEADS and nxt in v.FILM_NOUNS


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence or a line ends between two tokens (``text[start:end]``, the gap between them).

    Examples
    --------
    >>> _ends_sentence("on film. help", 7, 9), _ends_sentence('saw "Weapons"', 3, 5)
    (True, False)
    """
    return any(c in _GAP_ENDS for c in text[start:end])


def _cue(doc: _Doc, i: int, j: int, k: int, prev: str, nxt: str) -> bool:
    """A cue word around the hit ("watched X", "X trailer", "X box office", "X press tour", "X on Netflix",
    "Garland's X"), or a rating or a credit after it ("X 9/10", "X (Osgood Perkins)"). A word across a
    sentence's end is none ("put on film. \"help me I'm poor\"", "Weapons. Movie night tomorrow")."""
    norm, toks, text = doc.toks.norm, doc.toks, doc.text
    if prev and _ends_sentence(text, toks.end[i - 1], toks.start[i]):
        prev = ""
    if nxt and _ends_sentence(text, toks.end[j - 1], toks.start[k]):
        nxt = ""
    # Token lookups first; only the possessive and the rating look at the original text.
    return (
        prev in v.VERB_CUES
        or (doc.movie_sub and prev in v.SUB_VERB_CUES)
        or prev in v.NOUN_CUES
        or (i > 1 and (norm[i - 2], prev) in v.PAIR_CUES)
        or (nxt in v.NEXT_CUES and not _kind_of_film(prev, nxt))
        or (nxt == "box" and k + 1 < len(norm) and norm[k + 1] == "office")
        or (nxt == "press" and k + 1 < len(norm) and norm[k + 1] in v.PRESS_EVENTS)  # "the wicked press tour"
        or nxt in v.GROSS_VERBS
        or (doc.movie_sub and nxt in v.BOX_OFFICE_NEXT)
        # "Hamnet the movie"; not "a marketing trap. The movie itself"
        or (nxt == "the" and k + 1 < len(norm) and norm[k + 1] in v.NOUN_CUES and doc.joined_to_next(j))
        or (nxt == "on" and k + 1 < len(norm) and norm[k + 1] in v.STREAMING_SERVICES)
        # "Sinners in IMAX"; not "a drop in IMAX screens"
        or (nxt == "in" and k + 1 < len(norm) and norm[k + 1] in v.SCREEN_FORMATS and doc.capitalised(i))
        or (nxt in v.AWARD_VERBS and any(w in v.FILM_AWARDS for w in norm[k + 1 : k + 4]))
        or _possessive_cue(doc, i, j)  # "Garland's civil war", not "HE'S THE FALL GUY"
        or _rated(doc, j)
        or _review_heading(doc, i, j)
    )


def _review_heading(doc: _Doc, i: int, j: int) -> bool:
    """Whether the hit heads a review: a title and a colon starting a sentence of a rated comment in a
    movie subreddit ("poor things: emma stone is so funny. 4/5"); not "nope: still not streaming"."""
    return (
        doc.movie_sub
        and _HEADING_COLON_RE.match(doc.text, doc.toks.end[j - 1]) is not None
        and doc.sentence_initial(i)
        and _SCORE_RE.search(doc.text) is not None
    )


def _person(doc: _Doc, i: int, j: int) -> bool:
    """Whether the hit ``[i, j)`` is a person's name after a relation ("my son's friend Elio", "my
    neighbor Carol"); not the film shown to them ("showing my son Up for the first time")."""
    norm = doc.toks.norm
    return doc.clause_word_before(i, j) in v.RELATION_NOUNS and not (i > 2 and norm[i - 3] in v.SHOWING_VERBS)


def _other_work(doc: _Doc, i: int, j: int) -> bool:
    """Whether the hit ``[i, j)`` names a book, a series, a comic or a musical of that title: "the Wild
    Robot series", "reading Frankenstein", "Civil War (the comic)", "the Fargo TV series", "Chicago on
    Broadway", "Training Day the TV series", "Heathers: The Musical", or any hit in a book subreddit
    without a film cue."""
    after = doc.clause_word_after(i, j)
    if doc.clause_word_before(i, j) in v.READING_VERBS or after in v.OTHER_WORK_NOUNS:
        return True
    if after and j + 1 < len(doc.toks.norm) and (after, doc.toks.norm[j + 1]) in v.OTHER_WORK_PAIRS:
        return True
    end = doc.toks.end[j - 1]
    if _OTHER_WORK_GLOSS_RE.match(doc.text, end) is not None or _OTHER_WORK_AFTER_RE.match(doc.text, end):
        return True
    if not doc.book_sub or _dated(doc, j):
        return False  # a year names the film (or, checked later, another one): "It (2017) holds up"
    norm = doc.toks.norm
    k = doc.next_index(j)
    return not _cue(doc, i, j, k, norm[i - 1] if i > 0 else "", norm[k] if k < len(norm) else "")


def _rated(doc: _Doc, j: int) -> bool:
    """Whether a rating, a credit, a gross or a gloss follows the hit ending at token ``j`` ("9/10",
    "(Osgood Perkins)", "- $43.5M", "(the soderbergh one)")."""
    e = doc.toks.end[j - 1]
    return any(r.match(doc.text, e) is not None for r in (_RATED_RE, _GROSS_RE, _GLOSS_RE))


def _verb_after(norm: list[str], j: int) -> str | None:
    """The finite verb right after token ``j`` (past one adverb or modal), if any."""
    if j >= len(norm):
        return None
    word = norm[j]
    if word in v.SUBJECT_MODIFIERS and j + 1 < len(norm):
        after = norm[j + 1]
        if after in v.SUBJECT_VERBS or after in ("have", "be") or _past_form(after):
            return after
        return word if word in v.MODALS or word in v.DO_FORMS else None
    if word in v.SUBJECT_VERBS or _past_form(word):
        return word
    return None


def _past_cast(doc: _Doc, j: int) -> int:
    """Where the verb of a hit ending at ``j`` stands past a cast named after it ("Friendship with Tim
    Robinson is", "Together with Dave Franco and Alison Brie was"); ``j`` when no cast follows.

    The names must be capitalised and the clause unbroken up to the verb: in "Together with Dave Franco,
    Alison Brie was great" the subject is hers.
    """
    norm = doc.toks.norm
    if not doc.joined_to_next(j) or norm[j] != "with" or doc.shouting_everywhere():
        return j
    k, named = j + 1, False
    while doc.joined_to_next(k):
        if doc.capitalised(k) and norm[k] not in v.SUBJECT_PRONOUNS:
            named = True
        elif not (named and norm[k] == "and" and doc.joined_to_next(k + 1) and doc.capitalised(k + 1)):
            break
        k += 1
    return k if named and doc.joined_to_next(k) else j


def _past_form(word: str) -> bool:
    """A regular past tense ("borrowed", "dragged"): long enough not to be "red" or "bed"."""
    return len(word) > 5 and word.endswith("ed") and not word.endswith("eed")


def _predicate(doc: _Doc, j: int) -> bool:
    """Whether the hit is said to be a film: "X is the best movie", "X was a fun flick"."""
    norm = doc.toks.norm
    if j >= len(norm) or norm[j] not in v.COPULAS or not doc.joined_to_next(j):
        return False
    for k in range(j + 1, min(j + 7, len(norm))):
        if doc.text[doc.toks.end[k - 1] : doc.toks.start[k]].strip(" \t\"'*"):
            return False  # punctuation: the clause ended
        if norm[k] in v.NOUN_CUES or norm[k] in _PREDICATE_NOUNS:
            return True
        if norm[k] in _PREDICATE_ENDS and not (norm[k] == "of" and norm[k - 1] == "one"):
            return False  # "a list of every movie"; but "one of the best movies" is said to be a film
    return False


def _function_word(doc: _Doc, i: int, j: int, prev: str, nxt: str, cased: bool) -> str | None:
    """Evidence for a stop-word title beyond the strong kinds: a cue noun, or capitals in context."""
    loud = doc.shouted(i, j) and not doc.shouting_everywhere() and not doc.caps_glued(i, j)
    if (cased or loud) and (nxt in v.NEXT_CUES or _rated(doc, j)):
        return "cue"  # "the Up soundtrack", "Him - 3/10", "HIM (the football one)"
    norm = doc.toks.norm
    non_subject = j == i + 1 and norm[i] in v.NON_SUBJECTS
    verb = _past_cast(doc, j) if non_subject and cased else j
    if (
        non_subject
        and (cased or (_shouted_sentence_start(doc, i, j) and norm[i] not in v.ABBREVIATIONS))
        and doc.joined_to_next(verb)
        and norm[verb] in v.NON_SUBJECT_VERBS
        and doc.text[doc.toks.end[verb] : doc.toks.end[verb] + 1] != "-"  # "Her made-up story": an adjective
    ):
        # "Us was scarier than Get Out", "Up has", "HIM WAS TRASH": a word that cannot be a subject.
        return "subject"
    # At a sentence start the capital is the sentence's: "It was a good movie" is about any film.
    if (loud or (cased and not doc.sentence_initial(i))) and _predicate(doc, j):
        return "predicate"  # "Hear me out: UP isn't a good movie"
    if not loud:
        return None
    if prev in _FUNCTION_LEADS or _possessive_cue(doc, i, j):
        return "shouted"  # "the opening of UP", "Jordan Peele's US"
    if doc.joined_to_next(j) and nxt in v.SUBJECT_VERBS and not doc.sentence_initial(i):
        return "shouted"  # "wild that UP got better reviews", not "HERE is the thing"
    return None


def _shouted_sentence_start(doc: _Doc, i: int, j: int) -> bool:
    """A hit in capitals that starts a sentence of a comment written in capitals ("HIM WAS TRASH");
    mid-sentence it may be the pronoun ("THE GUY WHO LOVED HER WAS CREEPY")."""
    return doc.shouting_everywhere() and doc.shouted(i, j) and doc.sentence_initial(i)


def _speech(doc: _Doc, entry: _Entry, i: int, j: int, prev: str) -> bool:
    """Whether the hit ``[i, j)`` is words said: a phrase quoted in lowercase after a verb of saying that
    ends its clause ("the old man says 'they will kill you', you turn around"); not "she said 'poor
    things' was weird"."""
    toks, text = doc.toks, doc.text
    if len(entry.tokens) < 2 or prev not in v.SPEECH_VERBS or not doc.wrapped(i, j, _QUOTES):
        return False
    if not text[toks.start[i] : toks.end[j - 1]].islower():
        return False
    return j >= len(toks.norm) or any(c in text[toks.end[j - 1] : toks.start[j]] for c in ",.;!?")


def _quantity(doc: _Doc, j: int, k: int) -> bool:
    """Whether the number ending the hit at token ``j`` is a quantity ("2 times", "2.5", "2 or 3"), not a
    sequel; token ``k`` is the one after the hit. The number starting a list's next line is no count
    ("4. Crime 101", then "5. Primate")."""
    norm = doc.toks.norm
    if k >= len(norm) or "\n" in doc.text[doc.toks.end[j - 1] : doc.toks.start[k]]:
        return False
    nxt = norm[k]
    if nxt in ("and", "or", "to"):
        after = norm[k + 1] if k + 1 < len(norm) else ""
        return after.isdigit() or after in v.NUM_WORDS or after == "a"  # "2 to 3", "2 and a half"
    return nxt in v.COUNT_WORDS or nxt.isdigit()


def _dated(doc: _Doc, j: int) -> bool:
    """Whether a year follows the hit ending at token ``j`` ("Us (2019)", "the fall guy 2024"); after a
    sequel's number it is the film's year ("Inside Out 2 (2024)"), not a second number of a quantity.

    Examples
    --------
    >>> from trendscope_app.text.document import _Doc
    >>> from trendscope_app.text.tokens import _tokenise
    >>> def dated(text, j):
    ...     return _dated(_Doc(text, _tokenise(text), [], False, False), j)
    >>> dated("Inside Out 2 (2024) was fun", 3), dated("inside out 2 2024", 3), dated("smile 2 25 times", 2)
    (True, True, False)
    """
    return _YEAR_RE.match(doc.text, doc.toks.end[j - 1]) is not None


def _other_sequel(doc: _Doc, entry: _Entry, j: int) -> bool:
    """Whether a number right after the hit ending at token ``j`` makes it another film, the title's
    sequel ("Wicked 2", "Joker 2 cost $200M", "Creed III", "Speed 2: Cruise Control"): not a count
    ("Weapons 2 times", "Sinners 9 nominations"), a rating ("Sinners 2 / 10", "Sinners 4 and Weapons
    5"), a list's numbering ("1. Sinners 2. Weapons") or a title's own number."""
    toks, norm = doc.toks, doc.toks.norm
    if entry.tokens[-1].isdigit() or j >= len(norm) or not doc.joined_to_next(j):
        return False
    number = norm[j]
    roman = number in v.LONE_ROMAN and doc.raw(j).isupper()  # "Creed III", "Rocky IV"; not "in vi"
    if not roman and (len(number) != 1 or number not in "23456789"):
        return False
    e = toks.end[j]
    text = doc.text
    # A subtitle may follow its number ("Speed 2: Cruise Control"); a list's "2." or a "2/10" may not.
    if e < len(text) and text[e] not in " \t\n!?" and not (text[e] == ":" and text[e + 1 : e + 2] == " "):
        return False
    nxt = norm[j + 1] if j + 1 < len(norm) else ""
    counted = nxt in v.COUNT_WORDS or nxt.isdigit() or (len(nxt) > 3 and nxt.endswith("s") and nxt[-2] != "s")
    return not counted


def _judge(doc: _Doc, entry: _Entry, n: int, i: int, j: int) -> tuple[bool, str]:
    """Decide hit ``n`` (tokens ``[i, j)``) of a non-distinct ``entry``: ``(accepted, reason)``."""
    toks = doc.toks
    norm = toks.norm
    kind = entry.kind
    if kind == "function":
        # Most hits of all are a lowercase "it", "up", "her": rejected first, and cheaply.
        if j < len(norm) and toks.poss[j] and entry.tokens[-1] in v.CONTRACTING:
            return False, "contraction"  # "It's", "Here's"
        text, s, e = doc.text, toks.start[i], toks.end[j - 1]
        if text[s:e].islower() and not (s > 0 and text[s - 1] == "#") and not _dated(doc, j):
            return False, "lowercase"
        if doc.ends_name_with_of(i, j):
            return False, "glued"  # "The Last of Us"
    if _person(doc, i, j):
        return False, "person"  # "my neighbor Carol", "my grandma Joy"
    if _other_work(doc, i, j):
        return False, "other_work"  # "the Frankenstein novel", "The Long Walk" in r/books
    if _other_sequel(doc, entry, j):
        return False, "other_sequel"  # "Wicked 2" is Wicked: For Good
    prev = norm[i - 1] if i > 0 else ""
    k = doc.next_index(j)
    nxt = norm[k] if k < len(norm) else ""
    vs = doc.across_vs(n)
    if kind == "rare" and prev in v.VERB_MARKERS:
        return False, "verb_use"  # "want to leave the world behind"
    if _speech(doc, entry, i, j, prev):
        return False, "verb_use"  # "if the old man says 'they will kill you', you turn around"
    if entry.need == 0:
        if entry.tokens[-1].isdigit() and _quantity(doc, j, k) and not _rated(doc, j) and not _dated(doc, j):
            return False, "quantity"  # "inside out 2 times", "smile 2.5 hours", "2/10"
        if doc.glued(i, j, entry.own_article, vs):
            return False, "glued"
        return True, "rare_phrase" if kind == "rare" else "sequel_marker"

    need = entry.need
    points = 0
    reasons: list[str] = []
    if kind != "function":
        if _cue(doc, i, j, k, prev, nxt):
            points, reasons = 2, ["cue"]
        if points >= need:
            return (False, "glued") if doc.glued(i, j, entry.own_article, vs) else (True, "cue")

    cased = doc.case_matches(entry, i)
    reason = _strong(doc, entry, i, j, cased)
    if reason is None and kind == "function":
        reason = _function_word(doc, i, j, prev, nxt, cased)
        if reason is None:
            return False, "no_evidence" if cased else "lowercase"
    if reason is not None:
        return (False, "glued") if doc.glued(i, j, entry.own_article, vs) else (True, reason)

    if points < need and vs:
        points += 2
        reasons.append("vs")
    # "a wicked twist", "my past lives", "made me smile", "I wish", "weapons of mass destruction".
    ordinary = (
        (prev in v.DETERMINERS and prev != entry.own_article)
        or prev in _VERB_MARKERS
        or nxt == "of"
        or _noun_phrase_end(doc, entry, i)
    )
    if points < need and not ordinary:
        points = _weak(doc, entry, n, i, j, k, nxt, points, reasons, need, cased)
    if points >= need:
        return (False, "glued") if doc.glued(i, j, entry.own_article, vs) else (True, "+".join(reasons))
    if ordinary and not points:
        return False, "verb_use" if prev in _VERB_MARKERS else "ordinary_use"
    return False, "weak_evidence" if points else "no_evidence"


def _weak(
    doc: _Doc,
    entry: _Entry,
    n: int,
    i: int,
    j: int,
    k: int,
    nxt: str,
    points: int,
    reasons: list[str],
    need: int,
    cased: bool,
) -> int:
    """Add the evidence that ordinary use would block; returns the new total (stops at ``need``)."""
    norm = doc.toks.norm
    phrase = len(entry.tokens) > 1
    if doc.shouted(i, j) and not doc.shouting_everywhere() and not doc.caps_glued(i, j):
        if phrase or not doc.sentence_initial(i):
            points += 2
            reasons.append("shouted")
    if points < need and doc.repeats(n) >= (2 if phrase else 3) and (phrase or doc.chant()):
        # A phrase twice is a name; a word three times may be an interjection ("nope nope nope, not
        # again"), unless the comment is nothing else ("SINNERS SINNERS SINNERS!!!").
        points += 2
        reasons.append("repeated")
    if points < need and _predicate(doc, j):
        points += 2
        reasons.append("predicate")  # "speak no evil is the most divisive movie of the year"
    if points < need and k < len(norm) and k == j and doc.joined_to_next(j):
        at = _past_cast(doc, j) if cased else j
        verb = _verb_after(norm, at)
        if entry.plural and norm[at] in v.SINGULAR_VERBS:
            points += 2
            reasons.append("agreement")  # "sinners was", "past lives is"
        elif verb is not None:
            # A review tells what a film was or did ("wicked was so long"); a general truth starts a
            # sentence in the present ("smile is free", "flow is everything", "civil war is hell"):
            # there only the past, or the title's capitals, count.
            if cased:
                gain = 2
            elif doc.sentence_initial(i):
                # ... but a rare phrase is no general truth ("leave the world behind is so rewatchable")
                gain = 2 if verb in v.PAST_VERBS else int(entry.kind == "rare")
            else:
                gain = 1  # "that barbie went home", "ridley's sinners had"
            if gain:
                points += gain
                reasons.append("subject")
    if points < need and nxt == "worth":
        points += 1
        reasons.append("worth")  # "is nope worth seeing in IMAX?"
    if (
        points < need
        and ((j < len(norm) and doc.toks.poss[j]) or _plural_possessive(doc, i, j))
        and entry.tokens[-1] not in v.CONTRACTING
    ):
        points += 2 if cased else 1
        reasons.append("possessive")  # "Nope's horses", "smile's ending", "Weapons' ending"
    if (
        points < need
        and i > 0
        and norm[i - 1] in v.SLOT_PREPOSITIONS
        and not entry.plural
        and (j >= len(norm) or not doc.joined_to_next(j) or norm[j] in v.CLAUSE_WORDS)
        and "subject" not in reasons  # "feels like friendship is": one verb, one point
    ):
        points += 1
        reasons.append("slot")  # "the scene in wicked with no sound"
    if points < need and cased and _answer(doc, entry, i, j):
        points += 1
        reasons.append("answer")  # "Longlegs. Nothing else that year made me feel ill."
    if points < need and _numbered_item(doc, i, j):
        points += 1
        reasons.append("numbered")  # "3. Superman" in a ranking
    if points < need and _listed_with_hit(doc, n):
        points += 1
        reasons.append("listed")  # "weapons, sinners and together all in one year"
    if points < need and doc.movie_sub:
        points += 1
        reasons.append("subreddit")
    return points


def _answer(doc: _Doc, entry: _Entry, i: int, j: int) -> bool:
    """Whether the hit ``[i, j)`` is the whole first sentence of a comment that goes on, as a reply
    naming a film does ("Longlegs. Nothing else that year..."); not a reply word ("Nope. Not paying
    $22 for that")."""
    return (
        i == 0
        and _SENTENCE_AFTER_RE.match(doc.text, doc.toks.end[j - 1]) is not None
        and not (len(entry.tokens) == 1 and entry.tokens[0] in v.REPLY_WORDS)
    )


def _numbered_item(doc: _Doc, i: int, j: int) -> bool:
    """Whether the hit ``[i, j)`` is the whole of a numbered line, or its head before a dash or a colon
    ("3. Superman", "1. Longlegs - the atmosphere is untouchable" in a ranking)."""
    return _own_line(doc, i, j, _NUMBERED_LINE_RE, _LINE_END_RE)


def _noun_phrase_end(doc: _Doc, entry: _Entry, i: int) -> bool:
    """Whether one or two lowercase words between a determiner and the hit make the hit the end of an
    ordinary noun phrase ("the goal keeper", "a real civil war", "the jacket merch drop"), as a determiner
    right before it does."""
    if i < 2 or entry.plural:
        return False
    norm = doc.toks.norm
    for start in (i - 2, i - 3):
        if start < 0:
            return False
        if norm[start] in v.DETERMINERS:
            break
    else:
        return False
    return norm[start] != entry.own_article and all(_modifier(doc, k) for k in range(start + 1, i))


def _modifier(doc: _Doc, k: int) -> bool:
    """Whether token ``k`` can modify the noun after it in an ordinary noun phrase: a lowercase word, no
    stop word, no possessive, only spaces around it (``joined_to_next(k)`` looks before token ``k``)."""
    word = doc.toks.norm[k]
    return (
        word.isalpha()
        and word not in v.STOP
        and word not in v.EDITION_WORDS
        and word not in v.PHRASE_ENDS
        and not doc.capitalised(k)
        and not doc.toks.poss[k]
        and doc.joined_to_next(k)
        and doc.joined_to_next(k + 1)
    )


def _plural_possessive(doc: _Doc, i: int, j: int) -> bool:
    """Whether an apostrophe after the final ``s`` of the hit makes it a possessive ("Weapons' ending"),
    not the end of a quote ("'Sinners' was")."""
    text, e = doc.text, doc.toks.end[j - 1]
    return (
        e < len(text)
        and text[e] in "'’"
        and text[e - 1] in "sS"
        and (e + 1 == len(text) or not text[e + 1].isalnum())
        and not doc.wrapped(i, j, _QUOTES)
    )


def _listed_with_hit(doc: _Doc, n: int) -> bool:
    """Whether hit ``n`` stands in a list next to another title's hit, accepted or not ("weapons,
    sinners"): two titles listed together are likelier films than one word alone. A stop word does
    not count as the other ("Smile, it's Friday")."""
    spans, norm = doc.spans, doc.toks.norm
    for m, a, b in doc.neighbours(n):
        start, end = spans[m]
        if (end - start > 1 or norm[start] not in v.STOP) and _list_gap(doc, a, b):
            return True
    return False


def _list_gap(doc: _Doc, a: int, b: int) -> bool:
    """Whether the text between token ``a`` (exclusive end) and ``b`` is only list separators."""
    toks = doc.toks
    joined = False  # a list word or a comma: a filler alone joins nothing ("weapons also sinners")
    for k in range(a, b):
        word = toks.norm[k]
        if word in v.LIST_WORDS or word.isdigit():
            joined = True
        elif word not in v.LIST_FILLERS:
            return False
    gap = _NUMBERING_RE.sub(" ", doc.text[toks.end[a - 1] : toks.start[b]])
    if any(c in ".!?" for c in gap):
        return False  # a sentence ends between them
    return joined or "," in gap or (a == b and bool(gap.strip()))


def _line_item(doc: _Doc, i: int, j: int) -> bool:
    r"""Whether the hit ``[i, j)`` is a whole line of a numbered or bulleted list ("9. together", "- her").

    Examples
    --------
    >>> from trendscope_app.text.document import _Doc
    >>> from trendscope_app.text.tokens import _tokenise
    >>> def item(text, i, j):
    ...     return _line_item(_Doc(text, _tokenise(text), [], False, False), i, j)
    >>> item("top 3:\n1. sinners\n2. together\n3. weapons", 5, 6), item("- her\n- up", 0, 1)
    (True, True)
    >>> item("2. together with friends", 1, 2)
    False
    """
    return _own_line(doc, i, j, _LIST_MARKER_RE, _LINE_REST_RE)


def _own_line(doc: _Doc, i: int, j: int, marker: re.Pattern[str], rest: re.Pattern[str]) -> bool:
    """Whether the hit ``[i, j)`` follows a line's ``marker`` (searched back to its newline) and
    ``rest`` of the line follows it."""
    s, e = doc.toks.start[i], doc.toks.end[j - 1]
    # A bounded window: a comment of one long line must not be scanned again for every hit.
    return marker.search(doc.text, max(0, s - _LIST_MARKER_CHARS), s) is not None and (
        rest.match(doc.text, e) is not None
    )


def _item_end(doc: _Doc, j: int) -> bool:
    """Whether the hit ending at token ``j`` ends a list item (separator or end of text next)."""
    toks = doc.toks
    if j >= len(toks.norm):
        return True
    if toks.norm[j] in v.LIST_WORDS:
        return True
    gap = doc.text[toks.end[j - 1] : toks.start[j]].strip(" \t")
    return bool(gap) and gap[0] in _LIST_PUNCT
