"""How a title is written in a comment: the forms people type, and spellings that normalise alike.

A *form* names how the generator wrote one mention; the generator records it beside the ground truth
(:class:`trendscope_app.datasets.comments.WrittenComment`), so that tests can count mentions per form
without reading them back from the text.

Forms of a title inside a comment (:data:`INLINE_FORMS`, :func:`write_inline`):

``title``      as in the catalogue: "Poor Things"
``variant``    one of :func:`title_variants` (case, loose punctuation, ``&``/``and``, accents stripped);
               distinctive titles only: "joker folie a deux", "DEADPOOL AND WOLVERINE"
``lower``      lowercase inside a normally written comment: "Honestly poor things was ..."
``caps``       in capitals inside one: "Honestly POOR THINGS was ..."
``hashtag``    ``#`` and the CamelCase title: "#PoorThings", "#TheZoneOfInterest"
``quoted``     in double quotes: '"Poor Things"'
``year``       followed by the release year: "Poor Things (2023)"

Forms of a whole comment (:mod:`trendscope_app.datasets.comments` builds them):

``comment_lower`` / ``comment_caps``   the whole comment lowercased or in capitals
``initial``    the first words of the comment, as is or lowercase: "poor things was so good"
``repeated``   "poor things poor things poor things!!!"
``vs``         "poor things vs leave the world behind: ..." (two titles)
``cue``        after "saw" or "watched", as is or lowercase: "Just saw poor things."

A pronoun or adverb title (kind ``function``: "Here") is written only in the forms a reader can tell
from prose (:data:`FUNCTION_FORMS`): title case mid-sentence, quoted, with its year, or as a hashtag.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "COMMENT_FORMS",
    "FORMS",
    "FUNCTION_FORMS",
    "INLINE_FORMS",
    "hashtag",
    "normalize_text",
    "title_variants",
    "write_inline",
]

INLINE_FORMS = ("title", "variant", "lower", "caps", "hashtag", "quoted", "year")
COMMENT_FORMS = ("comment_lower", "comment_caps", "initial", "repeated", "vs", "cue")
FORMS = INLINE_FORMS + COMMENT_FORMS
FUNCTION_FORMS = ("title", "quoted", "year", "hashtag")

_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def normalize_text(text: str) -> str:
    """Normalise text the way the ground truth of ``hard_titles=False`` assumes a title matcher does.

    Accents are stripped (NFKD, combining marks dropped), case is folded, ``&`` becomes ``and``, every run
    of non-alphanumeric characters becomes one space, and the result is stripped.

    Parameters
    ----------
    text : str
        Any text: a title or a comment body.

    Returns
    -------
    str
        The normalised text.

    Examples
    --------
    >>> normalize_text("Joker: Folie \\u00e0 Deux")
    'joker folie a deux'
    >>> normalize_text("DEADPOOL & WOLVERINE!!")
    'deadpool and wolverine'
    >>> normalize_text("Spider-Man: Across the Spider-Verse")
    'spider man across the spider verse'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold().replace("&", " and ")).strip()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _drop_loose_punctuation(title: str) -> str:
    # Drop punctuation next to a space or an end ("Vol. 3", "Shazam!", "Juror #2", "Thunderbolts*"), and
    # turn in-word hyphens into spaces; apostrophes inside words stay. '&' is handled by _swap_and.
    chars = list(title)
    out = []
    for i, c in enumerate(chars):
        if c.isalnum() or c.isspace() or c == "&":
            out.append(c)
            continue
        before = chars[i - 1] if i > 0 else " "
        after = chars[i + 1] if i + 1 < len(chars) else " "
        if before.isspace() or after.isspace():
            continue
        out.append(" " if c in "-\u2010\u2011" else c)
    return " ".join("".join(out).split())


def _swap_and(title: str) -> str:
    if "&" in title:
        return " ".join(title.replace("&", " and ").split())
    return re.sub(r"(?<!\w)and(?!\w)", "&", title, flags=re.IGNORECASE)


def title_variants(title: str) -> tuple[str, ...]:
    """Spellings of ``title`` that a normalising matcher finds, the exact title first.

    Combines case (as is, lower, upper), loose punctuation dropped, ``&`` <-> ``and`` and accents stripped.
    Every variant has the same :func:`normalize_text` as ``title``; a variant that would not is left out.

    Parameters
    ----------
    title : str
        The catalogue title.

    Returns
    -------
    tuple of str
        Distinct variants, ``title`` first.

    Examples
    --------
    >>> v = title_variants("Deadpool & Wolverine")
    >>> v[0], "DEADPOOL AND WOLVERINE" in v, "deadpool and wolverine" in v
    ('Deadpool & Wolverine', True, True)
    >>> "joker folie a deux" in title_variants("Joker: Folie \\u00e0 Deux")
    True
    >>> {normalize_text(x) for x in title_variants("Guardians of the Galaxy Vol. 3")}
    {'guardians of the galaxy vol 3'}
    """
    target = normalize_text(title)
    seen = {title: None}
    for punct, amp, accents, case in itertools.product((False, True), (False, True), (False, True), range(3)):
        v = title
        if punct:
            v = _drop_loose_punctuation(v)
        if amp:
            v = _swap_and(v)
        if accents:
            v = _strip_accents(v)
        v = (v, v.lower(), v.upper())[case]
        if v not in seen and normalize_text(v) == target:
            seen[v] = None
    return tuple(seen)


def hashtag(title: str) -> str:
    """``#`` and the title in CamelCase: accents stripped, apostrophes dropped, ``&`` as ``And``.

    Parameters
    ----------
    title : str
        The catalogue title.

    Returns
    -------
    str
        The hashtag.

    Examples
    --------
    >>> hashtag("Poor Things"), hashtag("The Zone of Interest"), hashtag("Smile 2")
    ('#PoorThings', '#TheZoneOfInterest', '#Smile2')
    >>> hashtag("Guillermo del Toro's Pinocchio"), hashtag("Deadpool & Wolverine")
    ('#GuillermoDelTorosPinocchio', '#DeadpoolAndWolverine')
    >>> hashtag("M3GAN"), hashtag("Emilia P\\u00e9rez")
    ('#M3GAN', '#EmiliaPerez')
    """
    plain = _strip_accents(title).replace("&", " and ")
    plain = re.sub(r"(?<=\w)['\u2019](?=\w)", "", plain)
    return "#" + "".join(w[:1].upper() + w[1:] for w in _WORD.findall(plain))


def write_inline(title: str, form: str, year: str, variants: Sequence[str], rng: random.Random) -> str:
    """Write ``title`` in one of :data:`INLINE_FORMS`.

    Parameters
    ----------
    title : str
        The catalogue title.
    form : str
        One of :data:`INLINE_FORMS`.
    year : str
        The release year (form ``year``).
    variants : sequence of str
        ``title_variants(title)`` (form ``variant``).
    rng : random.Random
        Draws the variant.

    Returns
    -------
    str
        The title as written.

    Examples
    --------
    >>> rng = random.Random(0)
    >>> [write_inline("Poor Things", f, "2023", ("Poor Things",), rng) for f in INLINE_FORMS]
    ['Poor Things', 'Poor Things', 'poor things', 'POOR THINGS', '#PoorThings', '"Poor Things"', \
'Poor Things (2023)']
    """
    if form == "title":
        return title
    if form == "variant":
        return rng.choice(variants)
    if form == "lower":
        return title.lower()
    if form == "caps":
        return title.upper()
    if form == "hashtag":
        return hashtag(title)
    if form == "quoted":
        return f'"{title}"'
    if form == "year":
        return f"{title} ({year})"
    raise ValueError(f"not an inline form: {form!r}")
