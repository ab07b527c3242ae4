"""The text of one comment of a sample: which template, which form of each title, which case.

:func:`write_plain` writes the comments of ``hard_titles=False`` (titles as
:func:`~trendscope_app.datasets.forms.title_variants` in the templates of
:mod:`trendscope_app.datasets.words`); :class:`HardWriter` those of ``hard_titles=True``, in the forms
of :mod:`trendscope_app.datasets.forms`. Both return the forms they used, which the comment generator
(:mod:`trendscope_app.datasets.comments`) records beside the ground truth.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections.abc import Callable, Mapping, Sequence

from trendscope_app.datasets import words as w
from trendscope_app.datasets.forms import FUNCTION_FORMS, write_inline
from trendscope_app.datasets.world import SampleWorld

__all__ = ["HardWriter", "write_plain"]

_HARD_NEGATIVE_P = 0.2  # comments without a mention that use a title's words (6 % of all comments)
_VS_P = 0.3  # two-movie comments written "X vs Y: ..."
_WHOLE_CASE_P = 0.15  # multi-movie comments lowercased or in capitals as a whole
# Relative weights of the forms of a one-movie comment, and of a title in a multi-movie one.
_SINGLE_WEIGHTS = {
    "title": 3.0,
    "variant": 1.0,
    "lower": 2.0,
    "caps": 1.0,
    "hashtag": 1.0,
    "quoted": 1.0,
    "year": 1.0,
    "comment_lower": 1.5,
    "comment_caps": 1.0,
    "initial": 2.0,
    "repeated": 1.0,
    "cue": 2.0,
}
_INLINE_WEIGHTS = {
    "title": 4.0,
    "variant": 1.5,
    "lower": 2.0,
    "caps": 1.0,
    "hashtag": 1.0,
    "quoted": 1.0,
    "year": 1.0,
}
_CUE = re.compile(r"\b(?:saw|watched|watching)\s+\{0\}", re.IGNORECASE)
_MID_SLOT = re.compile(r"[a-z,] \{(\d)\}")  # a slot after a word: title case there is a name


def _decorate(rng: random.Random, body: str, written: Sequence[str], prefix: bool = True) -> str:
    """Add a prefix ("Honestly, ") and a suffix (" lol"), as a comment of the plain sample does."""
    pre, suffix = rng.choice(w.PREFIXES), rng.choice(w.SUFFIXES)
    if not prefix:
        pre = ""
    first = body.split(" ", 1)[0]
    if pre and not body.startswith(tuple(written)) and not (len(first) > 1 and first.isupper()):
        body = body[0].lower() + body[1:]  # "Honestly, the final act ..." but "Honestly, FLOW is ..."
    if suffix[:1] in ".!" and body[-1] in ".!?":
        suffix = suffix[1:]
    return pre + body + suffix


def write_plain(
    rng: random.Random, world: SampleWorld, chosen: list[int]
) -> tuple[str, float, tuple[tuple[int, str], ...]]:
    """A comment of the ``hard_titles=False`` sample: titles as variants in the plain templates."""
    random_, choice = rng.random, rng.choice
    variants, bias = world.variants, world.sentiment_bias
    titles = [v[0] if random_() < 0.5 else choice(v) for v in (variants[i] for i in chosen)]
    if not chosen:
        body = choice(w.OFF_TOPIC)
        positive = 0.5
    elif len(chosen) == 1:
        positive = bias[chosen[0]]
        r = random_()
        if r < 0.25:
            body = choice(w.NEUTRAL_1).format(*titles)
        elif r < 0.25 + 0.75 * positive:
            body = choice(w.POSITIVE_1).format(*titles)
        else:
            body = choice(w.NEGATIVE_1).format(*titles)
            positive = 0.0
    else:
        template, positive = choice(w.TWO if len(chosen) == 2 else w.THREE)
        body = template.format(*titles)
    forms = tuple(
        sorted(
            (world.movies[i].id, "title" if t == world.movies[i].title else "variant")
            for i, t in zip(chosen, titles, strict=True)
        )
    )
    return _decorate(rng, body, titles), positive, forms


def _table(weights: Mapping[str, float], allowed: Sequence[str]) -> tuple[tuple[str, ...], list[float]]:
    forms = tuple(f for f in weights if f in allowed)
    return forms, list(itertools.accumulate(weights[f] for f in forms))


def _shape(template: str) -> str:
    return "initial" if template.startswith("{0}") else "cue" if _CUE.search(template) else "mid"


class HardWriter:
    """Writes the comments of a ``hard_titles=True`` sample (see the module docstring)."""

    def __init__(self, rng: random.Random, world: SampleWorld) -> None:
        self.rng = rng
        self.world = world
        # Per catalogue title, its ordinary uses: a title is drawn first, then a phrase. Prose uses these
        # words whatever the sample's movies are, so each title meets the same share of them in any world.
        self.negatives = tuple(w.ORDINARY_USES.values())
        everything = tuple(_SINGLE_WEIGHTS)
        self.single_forms = {
            "distinctive": _table(_SINGLE_WEIGHTS, everything),
            "phrase": _table(_SINGLE_WEIGHTS, [f for f in everything if f != "variant"]),
            "ordinary": _table(_SINGLE_WEIGHTS, [f for f in everything if f != "variant"]),
            "function": _table(_SINGLE_WEIGHTS, FUNCTION_FORMS),
        }
        self.inline_forms = {
            kind: _table(_INLINE_WEIGHTS, forms) for kind, (forms, _) in self.single_forms.items()
        }
        self.templates: dict[tuple[str, str], tuple[str, ...]] = {}
        for category, templates in (
            ("positive", w.POSITIVE_1 + w.POSITIVE_EXTRA),
            ("negative", w.NEGATIVE_1 + w.NEGATIVE_EXTRA),
            ("neutral", w.NEUTRAL_1 + w.NEUTRAL_EXTRA),
        ):
            self.templates[category, "any"] = templates
            for shape in ("initial", "cue"):
                self.templates[category, shape] = tuple(t for t in templates if _shape(t) == shape)
            self.templates[category, "mid"] = tuple(t for t in templates if _shape(t) != "initial")
            self.templates[category, "name"] = tuple(t for t in templates if _MID_SLOT.search(t))

    def _pick(self, table: tuple[tuple[str, ...], list[float]]) -> str:
        forms, cum = table
        return forms[bisect.bisect_right(cum, self.rng.random() * cum[-1])]

    def _as_is_or_lower(self, title: str) -> str:
        return title if self.rng.random() < 0.5 else title.lower()

    def negative(self) -> tuple[str, str, str]:
        """``(body, kind, case)`` of a comment without a mention."""
        rng = self.rng
        if rng.random() < _HARD_NEGATIVE_P:
            r = rng.random()
            body = _decorate(rng, rng.choice(rng.choice(self.negatives)), ())
            return body, "hard_negative", "lower" if r < 0.2 else "upper" if r < 0.3 else ""
        return _decorate(rng, rng.choice(w.OFF_TOPIC), ()), "off_topic", ""

    def one(self, i: int) -> tuple[str, float, str, str]:
        """``(body, positive, form, case)`` of a comment about the movie at index ``i``."""
        rng, movie = self.rng, self.world.movies[i]
        title = movie.title
        form = self._pick(self.single_forms[movie.kind])
        positive = self.world.sentiment_bias[i]
        r = rng.random()
        category = "neutral" if r < 0.25 else "positive" if r < 0.25 + 0.75 * positive else "negative"
        if category == "negative":
            positive = 0.0
        if form == "repeated":
            said = rng.choice((title, title.lower(), title.upper()))
            return f"{said} {said} {said}!!!", positive, form, ""
        case = ""
        if form in ("initial", "cue"):
            written = self._as_is_or_lower(title)
            shape = form
        elif form in ("comment_lower", "comment_caps"):
            written, shape, case = title, "any", "lower" if form == "comment_lower" else "upper"
        else:
            written = write_inline(title, form, movie.year, self.world.variants[i], rng)
            shape = "name" if movie.kind == "function" else "mid"
        body = rng.choice(self.templates[category, shape]).format(written)
        return _decorate(rng, body, (written,), prefix=form != "initial"), positive, form, case

    def many(self, chosen: list[int]) -> tuple[str, float, list[str], str, list[int]]:
        """``(body, positive, forms, case, order)`` of a comment about two or three movies.

        ``forms[k]`` is the form of the movie at index ``order[k]``.
        """
        rng, movies = self.rng, self.world.movies
        functions = [i for i in chosen if movies[i].kind == "function"]
        if len(chosen) == 2 and not functions and rng.random() < _VS_P:
            case: Callable[[str], str] = rng.choice((str.lower, str.upper, str))
            tail, positive = rng.choice(w.VS_TAILS)
            a, b = (case(movies[i].title) for i in chosen)
            return f"{a} vs {b}: {tail}", positive, ["vs", "vs"], "", chosen
        pool: tuple[tuple[str, float], ...] = w.TWO if len(chosen) == 2 else w.THREE
        if functions:
            pool = tuple(p for p in pool if len(_MID_SLOT.findall(p[0])) >= len(functions))
        template, positive = rng.choice(pool)
        # Pronoun titles go into slots after a word, where title case marks a name.
        mid = sorted(int(k) for k in _MID_SLOT.findall(template))
        others = [i for i in chosen if i not in functions]
        slots = dict(zip(mid, functions, strict=False))
        rest = iter(others)
        order = [slots[k] if k in slots else next(rest) for k in range(len(chosen))]
        if not functions and rng.random() < _WHOLE_CASE_P:
            whole = rng.choice(("lower", "upper"))
            written = [movies[i].title for i in order]
            forms = ["comment_lower" if whole == "lower" else "comment_caps"] * len(order)
        else:
            whole = ""
            forms = [self._pick(self.inline_forms[movies[i].kind]) for i in order]
            written = [
                write_inline(movies[i].title, f, movies[i].year, self.world.variants[i], rng)
                for i, f in zip(order, forms, strict=True)
            ]
        body = _decorate(rng, template.format(*written), written)
        return body, positive, forms, whole, order
