"""Sentiment: ``compound`` is vaderSentiment 3.3.2's compound score, exactly, at linear cost."""

from __future__ import annotations

import ast
import json
import random
import sys
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from vaderSentiment import vaderSentiment as stock_module
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from trendscope_app.datasets.sample import SampleSpec, iter_comments
from trendscope_app.metrics import REGISTRY
from trendscope_app.text import sentiment
from trendscope_app.text.sentiment import MAX_CHARS, MAX_SPELLED_CHARS, compound, mask_titles
from trendscope_app.text.vader import Vader
from trendscope_app.text.vader_but import _but_check

LABELLED = Path(__file__).resolve().parents[1] / "data" / "labelled_comments.jsonl"


@cache
def _stock() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def _stock_compound(text: str) -> float:
    return _stock().polarity_scores(text)["compound"]


# ---------------------------------------------------------------------------------------------------------
# The golden corpus: real-ish comments, VADER's own test sentences and lexicons, and generated variants
# aimed at every rule. Built at test time, seeded, so the same texts every run.
# ---------------------------------------------------------------------------------------------------------

NEGATIONS = ["not", "isn't", "never", "without", "don't", "can't", "NOT", "Never", "nor", "no", "NO", "aint"]
NEGATIONS += ["wasn't", "WASN'T", "uh-uh", "cannot", "nothing", "rarely", "despite", "Isn't", "didn't,"]
FUNCTION_WORDS = ["the", "a", "movie", "film", "was", "is", "it", "this", "so", "at", "very", "least", "kind"]
FUNCTION_WORDS += ["of", "or", "and", "but", "BUT", "But", "doubt", "to", "for", "right", "I", "Dune", "THE"]
SCRIPTS = ["ΑΣ", "ΣΊΣΥΦΟΣ", "σοφός", "İstanbul", "Straße", "東京", "Привет", "مرحبا", "ǅemal", "ℂ", "K"]
SCRIPTS += ["naïve", "ﬁlm", "ÉNORME", "Ωmega", "ǈ"]
EMOTICONS = [":)", ":(", ":D", ":-)", ";)", "<3", ":/", "XD", ":P", "(:", ":-D", "=D", "o_O"]
SKIN_TONES = ["", "", "", "🏻", "🏼", "🏽", "🏾", "🏿"]
ZWJ_SEQUENCES = ["👨‍👩‍👧", "🏳️‍🌈", "❤️‍🔥", "👩‍💻", "🧑🏽‍🚀", "👍🏽", "🤦‍♂️", "‍", "️"]
PUNCTUATION = ["!", "!!", "!!!", "!!!!!", "?", "??", "???", "?!", "...", ",", ".", ";", "'", '"', "(", ")"]
SEPARATORS = [" "] * 12 + ["  ", "\t", "\n", "\u00a0", "\u2003", ""]


def _vader_source_sentences() -> list[str]:
    """The example sentences in vaderSentiment.py's ``__main__`` block (demo, tricky, paragraph, ...)."""
    tree = ast.parse(Path(stock_module.__file__).read_text(encoding="utf-8"))
    names = {"sentences", "tricky_sentences", "paragraph", "conceptList", "nonEnglish_sentences"}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in names for t in node.targets):
            value = ast.literal_eval(node.value)
            found += [value] if isinstance(value, str) else value
    return found


def _colliding_pairs() -> list[tuple[str, str]]:
    """Lexicon words ``(a, b)`` with ``lex[b]`` equal to ``lex[a]`` times 0.5 or 1.5: "but" replays."""
    lexicon = _stock().lexicon
    by_value: dict[float, str] = {}
    for word, value in sorted(lexicon.items()):
        if word.isalpha() and word.islower():
            by_value.setdefault(value, word)
    return [
        (a, by_value[v * f]) for v, a in sorted(by_value.items()) for f in (0.5, 1.5) if v * f in by_value
    ]


def _generated(rng: random.Random, n: int) -> list[str]:
    """``n`` short texts drawing on every rule's trigger words, in random case, glue and punctuation."""
    lexicon = sorted(_stock().lexicon)
    emoji = sorted(_stock().emojis)
    boosters = sorted(stock_module.BOOSTER_DICT)
    idioms = sorted(stock_module.SPECIAL_CASES) + sorted(stock_module.SENTIMENT_LADEN_IDIOMS)
    negations = NEGATIONS + list(stock_module.NEGATE)
    pools: list[tuple[float, list[str]]] = [
        (0.30, lexicon),
        (0.14, FUNCTION_WORDS),
        (0.12, negations),
        (0.10, boosters),
        (0.07, idioms),
        (0.10, emoji),
        (0.03, ZWJ_SEQUENCES),
        (0.05, EMOTICONS),
        (0.05, SCRIPTS),
        (0.04, ["2", "10/10", "0", "http://x.io/a?b=c", "#1", "@user", "r/movies", "-", "—"]),
    ]
    weights = [w for w, _ in pools]
    texts = []
    for _ in range(n):
        words = []
        for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24, 40])):
            word = rng.choice(rng.choices(pools, weights)[0][1])
            if word in emoji:
                word += rng.choice(SKIN_TONES)
            shape = rng.random()
            if shape < 0.12:
                word = word.upper()
            elif shape < 0.22:
                word = word.capitalize()
            if rng.random() < 0.2:
                word += rng.choice(PUNCTUATION)
            if rng.random() < 0.05:
                word = rng.choice(PUNCTUATION) + word
            words.append(word + rng.choice(SEPARATORS))
        texts.append("".join(words))
    return texts


def _but_texts(rng: random.Random, n: int) -> list[str]:
    """Texts where a value recurs scaled by 0.5 or 1.5 around a "but": 3.3.2's ``list.index`` quirk."""
    pairs = _colliding_pairs()
    texts = []
    for _ in range(n):
        a, b = rng.choice(pairs)
        words = [
            rng.choice([a, b, a.upper(), "movie", "very", "not", "the"]) for _ in range(rng.randrange(2, 14))
        ]
        words.insert(rng.randrange(len(words) + 1), rng.choice(["but", "BUT", "but,"]))
        texts.append(" ".join(words) + rng.choice(["", "!", "!!", "?"]))
    return texts


def _emoji_mix(n: int) -> str:
    """``n`` characters of emoji whose descriptions hold rule words, idiom starts or caps."""
    rng = random.Random(9)
    rule_heavy = "🔞📵💓🙁🙂🚏🚭🙅😥😶⏳⛄🤣🈶👌🆗"
    return "".join(rng.choice(rule_heavy) + rng.choice(SKIN_TONES) for _ in range(n))[:n]


def _long_texts(rng: random.Random, comments: list[str]) -> list[str]:
    """Texts of 2,000 to 10,000 characters, of the shapes that cost 3.3.2 the most (kept few: it is slow)."""
    emoji = sorted(e for e in _stock().emojis if len(e) == 1)
    texts = []
    for size in (2_000, 3_000, 5_000, 10_000):
        for _ in range(3):
            text = ""
            while len(text) < size:
                text += rng.choice(comments) + rng.choice([" ", "\n", " but ", "!! "])
            texts.append(text[:size])
    texts += [
        "great movie! " * 700,
        "no " * 3_000,
        "not bad " * 1_000,
        "good great but GOOD bad worse " * 300,
        "the shit " * 230,
        "kind of good " * 160,
        "a" * 10_000,
        "!?" * 5_000,
        "!" * 3_000 + " good",
        "lol this movie " + "😂" * 400,
        "x😂🔞y " * 60,
        _emoji_mix(1_000),
        "".join(rng.choice(emoji) + rng.choice(SKIN_TONES) for _ in range(300)),
        " ".join(rng.choice([*SCRIPTS, "good", "bad", "😍"]) for _ in range(400)),
    ]
    return texts


@cache
def golden_corpus() -> tuple[str, ...]:
    """The texts of the golden test, deterministic."""
    rng = random.Random(20)
    labelled = [json.loads(line)["text"] for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    comments = [c.record["body"] for c in iter_comments(SampleSpec(n_comments=2_500))]
    lexicon = sorted(_stock().lexicon)
    emoji = sorted(_stock().emojis)
    in_sentences = [
        f"{rng.choice(['', 'the movie was ', 'not ', 'NOT ', 'so ', 'kind of '])}{w}{rng.choice(['', '!', ' lol'])}"
        for w in rng.sample(lexicon, 1_500)
    ]
    emoji_texts = [
        f"{rng.choice(['', 'lol ', 'not ', 'this is '])}{e}{rng.choice(['', 'x', ' ', '!!', e])}"
        for e in emoji
    ]
    return tuple(
        [
            *labelled,
            *comments,
            *_vader_source_sentences(),
            *lexicon,
            *in_sentences,
            *emoji_texts,
            *_generated(rng, 3_000),
            *_but_texts(rng, 300),
            *_long_texts(rng, comments),
        ]
    )


def test_pinned_release() -> None:
    # The scorer copies 3.3.2's arithmetic; another release may compute differently.
    assert version("vaderSentiment") == "3.3.2"


def test_golden_equal_to_stock_vader() -> None:
    corpus = golden_corpus()
    assert len(corpus) >= 5_000
    assert max(map(len, corpus)) == 10_000
    mismatches = []
    for text in corpus:
        score = compound(text)
        if type(score) is not float or score != _stock_compound(text):
            mismatches.append((text, score, _stock_compound(text)))
    assert not mismatches, f"{len(mismatches)} of {len(corpus)} differ, e.g. {mismatches[:3]}"


# ---------------------------------------------------------------------------------------------------------
# The public function
# ---------------------------------------------------------------------------------------------------------


def test_compound_sign_and_range() -> None:
    pos = compound("Dune Part Two was an absolute masterpiece, I loved it")
    neg = compound("Madame Web was awful, boring and a waste of money")
    assert 0.5 < pos <= 1.0
    assert -1.0 <= neg < -0.5
    assert isinstance(pos, float)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u00a0\u2003"])
def test_compound_blank_is_zero(text: str) -> None:
    assert compound(text) == 0.0


def test_compound_neutral() -> None:
    assert abs(compound("The movie comes out on Friday")) < 0.2


def test_analyzer_is_cached() -> None:
    assert sentiment._analyzer() is sentiment._analyzer()


def test_long_text() -> None:
    score = compound("great movie. " * 300)
    assert 0.9 < score <= 1.0


def _truncated() -> float:
    return REGISTRY.get_sample_value("trendscope_sentiment_truncated_total") or 0.0


def test_cap_scores_the_first_max_chars_and_counts() -> None:
    head = "awful, boring " * (MAX_CHARS // 14)
    text = (head + "x" * MAX_CHARS)[:MAX_CHARS] + " great amazing wonderful" * 1_000
    before = _truncated()
    score = compound(text)
    assert _truncated() == before + 1
    assert score == Vader().compound(text[:MAX_CHARS]) < -0.9
    assert compound(text[:MAX_CHARS]) == score
    assert _truncated() == before + 1  # exactly MAX_CHARS characters: scored whole, not counted


class _Spy(Vader):
    """The scorer, noting every spelled-out text it scores."""

    seen: list[str]

    def compound_spelled(self, text: str) -> float:
        self.seen.append(text)
        return super().compound_spelled(text)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    spy = _Spy(_stock())
    spy.seen = []
    monkeypatch.setattr(sentiment, "_analyzer", cache(lambda: spy))
    return spy.seen


def test_cap_bounds_a_1mb_body(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy(monkeypatch)
    body = "😂 " * 500_000
    assert compound(body) == compound(body[:MAX_CHARS]) > 0.9
    assert MAX_SPELLED_CHARS - 30 <= len(seen[0]) <= MAX_SPELLED_CHARS


def test_a_text_of_emoji_is_scored_on_its_first_spelled_words_and_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """VADER reads an emoji as ~20 characters of words: 10,000 emoji were 200,000 characters to score
    (20-60 ms). The text is cut between words once spelled out; below the cap the score is stock's."""
    seen = _spy(monkeypatch)
    rng = random.Random(3)
    emoji = sorted(e for e in _stock().emojis if len(e) == 1)
    text = "".join(rng.choice(emoji) for _ in range(10_000))
    before = _truncated()
    compound(text)
    assert _truncated() == before + 1
    assert len(seen[0]) <= MAX_SPELLED_CHARS
    words = Vader().spelled(text).split()
    assert seen[0].split() == words[: len(seen[0].split())]  # whole words, from the start
    assert len(seen[0].split()) > 0.9 * MAX_SPELLED_CHARS / 6
    # Some 2,000 emoji and words stay under the cap: scored whole, exactly as stock VADER does.
    text = "lol this movie " + "".join(rng.choice(emoji) for _ in range(1_800)) + " but the ending sucked!!"
    assert len(Vader().spelled(text)) < MAX_SPELLED_CHARS
    assert compound(text) == _stock_compound(text)
    assert _truncated() == before + 1


# ---------------------------------------------------------------------------------------------------------
# Pieces of the scorer
# ---------------------------------------------------------------------------------------------------------


def test_but_check_replays_stock_list_index_quirk() -> None:
    rng = random.Random(3)
    values = [1.0, 2.0, 3.0, 4.0, 0.5, 1.5, 0.75, 2.25, 6.0, 0.25, -1.0, -2.0, -0.5, -1.5, -3.0, 3.375]
    for _ in range(5_000):
        n = rng.randint(1, 14)
        sentiments: list[Any] = [rng.choice([*values, 0, 0.0]) for _ in range(n)]
        bi = rng.randrange(n)
        sentiments[bi] = 0
        words = ["w"] * n
        words[bi] = "but"
        expected = [s for s in SentimentIntensityAnalyzer._but_check(words, list(sentiments)) if s]
        assert _but_check(list(sentiments), bi) == expected


def test_tokens_strip_punctuation_but_keep_emoticons() -> None:
    assert Vader().tokens("WOW!!! :) (great) ok... ;-) 😂x") == [
        "wow",
        ":)",
        "great",
        "ok...",
        ";-)",
        "face",
        "with",
        "tears",
        "of",
        "joyx",
    ]


def test_token_caches_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trendscope_app.text.vader._CACHE_TOKENS", 100)
    vader = Vader(_stock())
    for i in range(50):
        text = " ".join(f"w{i}x{j}" for j in range(40)) + " " + "y" * 100
        assert vader.compound(text) == _stock_compound(text)
        assert len(vader._values) <= 100 + 40 and len(vader._lowered) <= 100 + 40


# ---------------------------------------------------------------------------------------------------------
# Linear cost, measured in executed bytecode instructions (deterministic, unlike wall time)
# ---------------------------------------------------------------------------------------------------------


def count_instructions(fn: Callable[[str], object], text: str) -> int:
    """Bytecode instructions that ``fn(text)`` executes in Python frames.

    Work done inside one C call (``str.split``, ``map`` over a list, ``list.index``) is not counted; the
    scorer's C calls are single passes over the text, its tokens or its marks, so a super-linear cost
    would have to show up here.
    """
    executed = 0

    def trace(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        nonlocal executed
        frame.f_trace_opcodes = True
        if event == "opcode":
            executed += 1
        return trace

    sys.settrace(trace)
    try:
        fn(text)
    finally:
        sys.settrace(None)
    return executed


def _cycle(pattern: str) -> Callable[[int], str]:
    return lambda n: (pattern * (n // len(pattern) + 1))[:n]


WORST_CASES: dict[str, Callable[[int], str]] = {
    "one emoji": _cycle("🙂"),
    "rule-heavy emoji mix": _emoji_mix,
    "emoji glued to words": _cycle("x😂🔞y "),
    "one word": _cycle("great movie! "),
    "negations": _cycle("no "),
    "but, colliding values": _cycle("good great but GOOD bad worse "),
    "idioms": _cycle("the shit kind of good "),
    "one long word": _cycle("a"),
    "punctuation": _cycle("!?"),
    "mixed scripts": _cycle("Привет ΑΣ 東京 mañana İstanbul good!! "),
    "caps": _cycle("GREAT movie NOT bad "),
}


@pytest.mark.parametrize("name", sorted(WORST_CASES))
def test_work_grows_linearly(name: str) -> None:
    make = WORST_CASES[name]
    # A fresh scorer each time, so that filling its token caches counts too.
    small = count_instructions(Vader(_stock()).compound, make(5_000))
    large = count_instructions(Vader(_stock()).compound, make(10_000))
    assert large <= 2.2 * small + 500, (small, large)


def test_the_counter_sees_stock_vader_is_quadratic() -> None:
    # The measure of test_work_grows_linearly is not blind to what makes 3.3.2 slow.
    small = count_instructions(_stock_compound, "great movie! " * 40)
    large = count_instructions(_stock_compound, "great movie! " * 80)
    assert large > 3 * small


# ---------------------------------------------------------------------------------------------------------
# SENTIMENT_TITLES=mask: the titles' own words do not count
# ---------------------------------------------------------------------------------------------------------
MASKED = [  # (comment, the title as written, the comment as VADER should read it: written by hand)
    ("Wicked was so much better than I expected", "Wicked", "Title was so much better than I expected"),
    ("Poor Things is so weird and so good", "Poor Things", "Title Title is so weird and so good"),
    ("POOR THINGS WAS AMAZING", "POOR THINGS", "TITLE TITLE WAS AMAZING"),
    ("Smile 2 was boring", "Smile 2", "Title title was boring"),
    ("not a wicked twist, but I loved Wicked!!!", "Wicked", "not a wicked twist, but I loved Title!!!"),
    ("civil war was so tense :(", "civil war", "title title was so tense :("),
    ("Dune: Part Two in imax 😍", "Dune: Part Two", "Title: Title Title in imax 😍"),
]


@pytest.mark.parametrize(("text", "title", "expected"), MASKED)
def test_masked_titles_are_neutral_words_with_the_same_case_and_punctuation(
    text: str, title: str, expected: str
) -> None:
    start = text.rindex(title)
    assert mask_titles(text, [(start, start + len(title))]) == expected
    assert compound(expected) == _stock_compound(expected)


def test_masking_moves_the_score_to_what_the_comment_says() -> None:
    text = "Wicked was so much better than I expected"
    assert _stock_compound(text) < 0 < compound(mask_titles(text, [(0, 6)]))
    assert mask_titles(text, []) == text
