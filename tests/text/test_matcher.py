"""Movie-title mention extraction: unit tests, the O(text) property and the labelled set."""

from __future__ import annotations

import ast
import importlib.util
import json
import random
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trendscope_app.metrics import REGISTRY
from trendscope_app.models.validate import comment_text
from trendscope_app.text import aliases as aliases_module
from trendscope_app.text import matcher as matcher_module
from trendscope_app.text.matcher import TitleMatcher, is_ambiguous, normalise
from trendscope_app.text.sentiment import MAX_CHARS

DATA = Path(__file__).resolve().parent.parent / "data"

# A small catalogue for the unit tests (ids are arbitrary).
OPP, BARBIE, DUNE2, DPW, IO2, IO, WICKED, GLAD2, JOKER2, CIVILWAR = range(1, 11)
CHALLENGERS, LONGLEGS, HERE, TRAP, UP, US, HER, IT, SMILE, SMILE2 = range(11, 21)
WISH, NOPE, PASTLIVES, SNE, SUBSTANCE, EMILIA, ATSV, JW4, ANATOMY, GOTG3 = range(21, 31)
TITLES: dict[int, str | list[str]] = {
    OPP: "Oppenheimer",
    BARBIE: "Barbie",
    DUNE2: "Dune: Part Two",
    DPW: "Deadpool & Wolverine",
    IO2: "Inside Out 2",
    IO: "Inside Out",
    WICKED: "Wicked",
    GLAD2: "Gladiator II",
    JOKER2: ["Joker: Folie à Deux", "Joker: Folie à Deux"],
    CIVILWAR: "Civil War",
    CHALLENGERS: "Challengers",
    LONGLEGS: "Longlegs",
    HERE: "Here",
    TRAP: "Trap",
    UP: "Up",
    US: "Us",
    HER: "Her",
    IT: "It",
    SMILE: "Smile",
    SMILE2: "Smile 2",
    WISH: "Wish",
    NOPE: "Nope",
    PASTLIVES: "Past Lives",
    SNE: "Speak No Evil",
    SUBSTANCE: "The Substance",
    EMILIA: ["Emilia Pérez", "Emilia Pérez"],
    ATSV: "Spider-Man: Across the Spider-Verse",
    JW4: "John Wick: Chapter 4",
    ANATOMY: ["Anatomy of a Fall", "Anatomie d'une chute"],
    GOTG3: "Guardians of the Galaxy Vol. 3",
}
HARD_WORD_TITLES = [
    "Here",
    "Trap",
    "Up",
    "Civil War",
    "Us",
    "Her",
    "It",
    "Smile",
    "Wish",
    "Nope",
    "Past Lives",
    "Challengers",
    "Speak No Evil",
    "Longlegs",
    "Inside Out 2",
    "The Substance",
    "Wicked",
]


@pytest.fixture(scope="module")
def m() -> TitleMatcher:
    return TitleMatcher(TITLES)


# --------------------------------------------------------------------------------------------------
# normalise
# --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dune: Part Two", "dune part two"),
        ("DUNE   part\ttwo!!!", "dune part two"),
        ("Spider-Man", "spider man"),
        ("Folie à Deux", "folie a deux"),
        ("Amélie, Pokémon, naïve", "amelie pokemon naive"),
        ("Deadpool & Wolverine", "deadpool and wolverine"),
        ("Deadpool&Wolverine", "deadpool and wolverine"),
        ("Oppenheimer's", "oppenheimer s"),
        ("Oppenheimer\u2019s score", "oppenheimer s score"),
        ("don't won't O'Hara", "dont wont ohara"),
        ("Thunderbolts*", "thunderbolts"),
        ("Guardians of the Galaxy Vol. 3", "guardians of the galaxy vol 3"),
        ("snake_case__words", "snake case words"),
        ("", ""),
        ("  \n ", ""),
        ("!!! ... ???", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def _random_ascii(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits + " '''&&--::..,!?*_#()\n\t\"/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _labelled() -> list[dict[str, Any]]:
    with (DATA / "labelled_comments.jsonl").open() as f:
        return [json.loads(line) for line in f]


def test_fast_ascii_path_equals_spanned_tokeniser() -> None:
    """The span-free ASCII fast path must produce exactly the tokens of the spanned tokeniser."""
    rng = random.Random(7)
    texts = [r["text"] for r in _labelled()] + [_random_ascii(rng, rng.randint(0, 80)) for _ in range(3000)]
    texts += ["'s", "a's", "x''s", "it's's", "& &&", "rock'n'roll's", "_'s_", "'''", "A'S"]
    # Dense in apostrophes, "s" and separators: every way an apostrophe can sit in or outside a word.
    texts += ["".join(rng.choice("aS1'& s-") for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    for text in texts:
        if text.isascii():
            assert matcher_module._fast_normalised(text) == " ".join(matcher_module._tokenise(text).norm), (
                text
            )


_SYMBOLS = [
    "\U0001f525",
    "\U0001f602",
    "\U0001f44d",
    "\u2764\ufe0f",
    "\u2014",
    "\u2026",
    "\u201c",
    "\u201d",
    "\u2022",
    "\u00a0",
    "\u2192",
    "\U0001f3ac",
]


def test_symbols_between_ascii_words_tokenise_as_spaces_would() -> None:
    """Emoji and other symbols (no letters, no apostrophes) separate words as spaces do: a text of them
    and ASCII has the tokens, spans and normal form of the same text with each symbol a space."""
    rng = random.Random(11)
    labelled = [r["text"] for r in _labelled() if r["text"].isascii()][:400]
    ascii_parts = labelled + [_random_ascii(rng, 40) for _ in range(400)]
    texts = []
    for base in ascii_parts:
        chars = list(base)
        for _ in range(rng.randint(1, 6)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(_SYMBOLS))
        texts.append("".join(chars))
    texts += [
        "\U0001f525Dune\U0001f525",
        "Barbie\u2019s",
        "a \u2014 b & c's",
        "\U0001f602",
        "it's \U0001f602 x&y",
    ]
    for text in texts:
        # Symbols are one code point each (the variation selector too), so spaces keep every offset.
        spaced = "".join(c if c.isascii() else " " for c in text)
        if "\u2019" in text:
            continue  # a typographic apostrophe joins words: not a separator
        got, want = matcher_module._tokenise(text), matcher_module._tokenise(spaced)
        assert (got.norm, got.start, got.end, got.poss) == (want.norm, want.start, want.end, want.poss), text
        plain = matcher_module.ascii_words(text)
        assert plain is not None, text
        assert matcher_module._fast_normalised(plain) == " ".join(want.norm), text


def test_token_spans_point_into_the_original() -> None:
    text = "Saw  Joker: Folie à Deux & Oppenheimer's score"
    toks = matcher_module._tokenise(text)
    raw = [text[s:e] for s, e in zip(toks.start, toks.end, strict=True)]
    assert toks.norm == ["saw", "joker", "folie", "a", "deux", "and", "oppenheimer", "s", "score"]
    assert raw == ["Saw", "Joker", "Folie", "à", "Deux", "&", "Oppenheimer", "s", "score"]
    assert toks.poss == [False] * 7 + [True, False]


# --------------------------------------------------------------------------------------------------
# Basic matching
# --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "update your app",
        "I upgraded my TV",
        "cupcakes and setups",
        "she was there, here and everywhere",
        "the hero's journey",
        "items, iterate, itself, bit",
        "usually useless",
        "trapped in a trapeze",
        "wishful wishes",
        "smiley smiles",
        "Barbiecore is everywhere",
        "the Oppenheimers next door",
        "civil wars everywhere",
    ],
)
def test_word_boundaries(m: TitleMatcher, text: str) -> None:
    assert m.match(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dune Part Two was great", (DUNE2,)),
        ("dune: part two", (DUNE2,)),
        ("DUNE - PART - TWO", (DUNE2,)),
        ("spider man across the spider verse", (ATSV,)),
        ("Spider-Man: Across the Spider-Verse", (ATSV,)),
        ("spiderman across the spiderverse", (ATSV,)),
        ("Across the Spider-Verse's soundtrack", (ATSV,)),
        ("deadpool and wolverine", (DPW,)),
        ("Deadpool&Wolverine", (DPW,)),
        ("joker folie a deux", (JOKER2,)),
        ("Folie à Deux", (JOKER2,)),
        ("FOLIE A DEUX", (JOKER2,)),
        ("emilia perez", (EMILIA,)),
        ("EMILIA PÉREZ", (EMILIA,)),
        ("Anatomie d'une chute", (ANATOMY,)),
        ("guardians of the galaxy vol 3", (GOTG3,)),
        ("Guardians of the Galaxy Volume 3", (GOTG3,)),
    ],
)
def test_punctuation_case_and_accent_insensitive(
    m: TitleMatcher, text: str, expected: tuple[int, ...]
) -> None:
    assert m.match(text) == expected


def test_accents_in_the_text_not_the_title() -> None:
    assert TitleMatcher({1: "Pokemon Detective Pikachu"}).match("Pokémon Détective Pikachu!") == (1,)


def test_several_movies_sorted_and_duplicates_once(m: TitleMatcher) -> None:
    text = "Oppenheimer > Barbie, but oppenheimer's score... OPPENHEIMER!! and Dune 2 and barbie again"
    assert m.match(text) == (OPP, BARBIE, DUNE2)


def test_possessive(m: TitleMatcher) -> None:
    assert m.match("Oppenheimer's score is on repeat") == (OPP,)
    assert m.match("Jordan Peele's Us is underrated") == (US,)
    assert m.match("Shyamalan\u2019s Trap had a dumb third act") == (TRAP,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dune 2 was better", (DUNE2,)),
        ("Dune Pt. 2 in IMAX", (DUNE2,)),
        ("dune part 2", (DUNE2,)),
        ("john wick 4 staircase", (JW4,)),
        ("John Wick Chapter Four", (JW4,)),
        ("gladiator 2 had sharks", (GLAD2,)),
        ("Gladiator II had sharks", (GLAD2,)),
        ("guardians of the galaxy 3", (GOTG3,)),
    ],
)
def test_sequel_spellings(m: TitleMatcher, text: str, expected: tuple[int, ...]) -> None:
    assert m.match(text) == expected


def test_roman_numerals_left_alone() -> None:
    matcher = TitleMatcher({1: "Gladiator II", 2: "Rocky IV"})
    assert matcher.aliases(1) == ["gladiator ii", "gladiator 2"]
    assert matcher.match("rocky iv > gladiator ii") == (1, 2)
    assert matcher.match("gladiator i") == ()


def test_leftmost_longest(m: TitleMatcher) -> None:
    assert m.match("Inside Out 2 made me cry") == (IO2,)
    assert m.match("Inside Out made me cry") == (IO,)
    assert m.match("Inside Out 2 is good but Inside Out is a masterpiece") == (IO2, IO)
    assert m.match("Smile 2 was insane") == (SMILE2,)


def test_longer_alias_failing_its_boundary_does_not_hide_a_shorter_one() -> None:
    matcher = TitleMatcher({1: "Oppenheimer", 2: "Oppenheimer Returns"})
    assert matcher.match("oppenheimer returnsss") == (1,)
    assert matcher.match("oppenheimer returns") == (2,)


def test_distinctive_titles_match_in_any_case(m: TitleMatcher) -> None:
    assert m.match("OPPENHEIMER WAS INCREDIBLE") == (OPP,)
    assert m.match("oppenheimer was incredible") == (OPP,)
    assert m.match("ok so killers of the flower moon") == ()  # not in this catalogue


def test_typos_in_long_rare_words(m: TitleMatcher) -> None:
    assert m.match("oppenhiemer was great") == (OPP,)
    assert m.match("oppenheimr was great") == ()  # only swaps, not deletions


def test_same_title_two_movies_both_returned() -> None:
    matcher = TitleMatcher({10: "Nosferatu", 20: ["Nosferatu", "Nosferatu, eine Symphonie des Grauens"]})
    assert matcher.match("nosferatu") == (10, 20)
    assert len(matcher) == 2


def test_empty_catalogue() -> None:
    matcher = TitleMatcher({})
    assert len(matcher) == 0
    assert matcher.match("Oppenheimer") == ()
    assert matcher.match("") == ()


@pytest.mark.parametrize("text", ["", " ", "\n\n", "!!!???", "\u200b", "🍿🍿🍿"])
def test_empty_text(m: TitleMatcher, text: str) -> None:
    assert m.match(text) == ()


def test_pure_punctuation_and_empty_titles_are_ignored() -> None:
    matcher = TitleMatcher({1: "", 2: "!!!", 3: "   ", 4: "Barbie", 5: ["", "?", "—"], 6: [], 7: "*"})
    assert len(matcher) == 1
    assert matcher.match("barbie !!! ? * —") == (4,)
    assert matcher.match("") == ()


def test_non_string_titles_are_ignored() -> None:
    matcher = TitleMatcher({1: ["Barbie", None, 3]})  # type: ignore[list-item]
    assert matcher.match("barbie") == (1,)


def test_cjk_original_title() -> None:
    matcher = TitleMatcher({1: ["The Boy and the Heron", "君たちはどう生きるか"]})
    assert matcher.match("君たちはどう生きるか 最高") == (1,)
    assert matcher.match("boy and the heron") == (1,)


def test_a_huge_comment_is_searched_in_its_first_max_chars_and_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body dense with hits ("It It It ...", ~45 µs a hit) held the event loop ~1.5 s per 100,000
    characters; now the work is that of its first MAX_CHARS characters (the hits judged, counted), and
    the metric says it was cut."""
    m = TitleMatcher({1: "It", 2: "Weapons"})
    judged: list[int] = []
    judge = matcher_module._judge
    monkeypatch.setattr(matcher_module, "_judge", lambda *a: (judged.append(1), judge(*a))[1])
    cut = REGISTRY.get_sample_value("trendscope_match_truncated_total") or 0.0
    assert m.match("Weapons was great and It was too. " + "It " * 40_000) == (1, 2)
    assert len(judged) <= MAX_CHARS // 3 + 2, len(judged)
    assert (REGISTRY.get_sample_value("trendscope_match_truncated_total") or 0.0) == cut + 1
    assert m.match("x" * MAX_CHARS + " Weapons") == ()  # past the cap
    assert m.match("x" * (MAX_CHARS - 10) + " Weapons") == (2,)


def test_very_long_text_does_not_blow_up(m: TitleMatcher) -> None:
    chunk = "Some words here and there, up and down, it's fine. I saw Barbie and *Civil War*. "
    text = chunk * (1_000_000 // len(chunk))
    assert len(text) > 990_000
    assert m.match(text) == (BARBIE, CIVILWAR)
    assert m.match("Oppenheimer " + "x" * 1_000_000) == (OPP,)
    assert m.match("é" * (MAX_CHARS - 10) + " Dune 2") == (DUNE2,)
    assert m.match("é" * 1_000_000 + " Dune 2") == ()  # past the cap (see below)
    assert m.match("!?" * 500_000) == ()
    assert m.match("oppenheimer" * 100_000) == ()  # one huge word


# --------------------------------------------------------------------------------------------------
# Ambiguous titles
# --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("title", HARD_WORD_TITLES)
def test_hard_word_titles_are_ambiguous(title: str) -> None:
    assert is_ambiguous(title)


@pytest.mark.parametrize(
    "title",
    [
        "Oppenheimer",
        "Dune: Part Two",
        "Deadpool & Wolverine",
        "Gladiator II",
        "Joker: Folie à Deux",
        "Saltburn",
    ],
)
def test_distinctive_titles(title: str) -> None:
    assert not is_ambiguous(title)


HARD_NEGATIVES = [
    "Can't wait to catch up on the nominees",
    "Up until the last 10 minutes it was great",
    "Up close the effects look better",
    "It was a good movie",  # a sentence's capital is no title's
    "It is the best film I've seen this year",
    "Here is a movie that deserves more love",
    "Her left hand was shaking",  # "left" and "looks" start noun phrases, too
    "Her looks were stunning",
    "Her made-up story fooled everyone",
    "Up, up and away",
    "up is where the balloons went",  # lowercase: the word
    "Here's the thing: nobody asked for this",
    "I've lived here my whole life",
    "Here is my ranking, feel free to argue",
    "I saw it opening night",
    "just watched it, what did I just watch",
    "It was fine. Not great.",
    "IT guy at work loved it",
    "The US box office is down",
    "Let us know what you think",
    "Us Brits don't get drive-ins",
    "Her performance was the best part",
    "I saw her at a screening once",
    "My grandpa loves American Civil War documentaries",
    "Captain America: Civil War is the best MCU movie",
    "Ken Burns' The Civil War is a great documentary",
    "The civil war in that country is a tragedy",
    "speak no evil, hear no evil, see no evil",
    "turned my hoodie inside out",
    "in one of my past lives I worked at a Blockbuster",
    "All style, no substance",
    "The substance of the script was thin",
    "Found a daddy longlegs in my popcorn",
    "The challengers for best picture are weak",
    "That was a wicked twist",
    "The wicked witch still scares me",
    "Wicked good popcorn here",
    "Wish I could watch it again",
    "I wish studios would stop",
    "Nope, not sitting through 3 hours",
    "nope. nope. nope.",
    "That smile at the end gave me chills",
    "Smile, it's Friday",
    "Don't fall into the trap of sequels",
    "Trap music in every trailer",
    "The Parent Trap remake holds up",
    "Watched Here Comes the Boom on a plane",
    "It Follows is the best horror of the decade",
    "he fought like a gladiator, the joker of the pack",
    "I turned it inside out 2 times",
    "made me smile 2.5 hours straight",
    "I Just Saw The Trailer And Here Is What I Think About It",
    "Us three went to get food after",
    "Her dad told me the theater was closed",
    "Thank you for having us was all she said",
    "US is a big market for horror",
    "I Watched Every Movie In The Civil War Section Of The Library",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives(m: TitleMatcher, text: str) -> None:
    assert m.match(text) == ()


AMBIGUOUS_POSITIVES = [
    ("Just saw Wicked and I'm not okay", (WICKED,)),  # capitalised mid-sentence
    ("Kirsten Dunst was so good in Civil War", (CIVILWAR,)),
    ("The opening of Up still wrecks me", (UP,)),
    ("Joaquin in Her is his best", (HER,)),
    ("Civil War was terrifying", (CIVILWAR,)),  # two capitalised words: even sentence-initial
    ("Wicked was amazing", (WICKED,)),  # one-word title as a sentence subject
    ("wicked was so long but worth it", (WICKED,)),  # ... also lowercase at a sentence start
    ("Nope is Peele's best", (NOPE,)),
    ("'Wicked' is huge", (WICKED,)),  # quotes
    ("*Civil War* is a must see", (CIVILWAR,)),  # emphasis
    ("Us (2019) had a better twist", (US,)),  # year
    ("It (2017) is the best King adaptation", (IT,)),
    ("so hyped #Wicked", (WICKED,)),  # hashtag
    ("watched trap last night", (TRAP,)),  # verb cue
    ("saw civil war today", (CIVILWAR,)),
    ("longlegs trailer scared me", (LONGLEGS,)),  # cue after
    ("the trailer for speak no evil spoiled it", (SNE,)),
    ("Alex Garland's civil war", (CIVILWAR,)),  # capitalised possessive
    ("Zemeckis' Here is one long shot", (HERE,)),
    ("inside out 2 is basically therapy", (IO2,)),  # sequel number
    ("the opening of inside out 2 is weaker than inside out", (IO2, IO)),  # sequel context
    ("Best horror: Talk to Me, Longlegs, Smile 2, Nope", (LONGLEGS, SMILE2, NOPE)),
    ("1. Dune Part Two\n2. Challengers\n3. Civil War", (DUNE2, CIVILWAR, CHALLENGERS)),  # list items
    ("2023: oppenheimer, past lives, barbie", (OPP, BARBIE, PASTLIVES)),  # lowercase list items
    ("Wicked and Gladiator II opening the same weekend", (WICKED, GLAD2)),
    ("Demi Moore in the Substance should have won", (SUBSTANCE,)),
    ("just watched the substance", (SUBSTANCE,)),
    ("Us was way scarier than Get Out", (US,)),  # an object pronoun cannot be a subject
    ("Her has aged really well", (HER,)),
    ("Up has the saddest opening ever", (UP,)),  # nor can "up": before a verb it is the film
    ("Up is still the saddest opening of any Pixar film", (UP,)),
    ("Up made me cry in the first ten minutes", (UP,)),
    ("Us scared me more than Get Out", (US,)),
    ("DUNE PART TWO IS A MASTERPIECE. Also Civil War by Alex Garland was so tense", (CIVILWAR, DUNE2)),
    ("WICKED WAS SO LOUD! Kirsten Dunst in Civil War though", (CIVILWAR, WICKED)),
]


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS_POSITIVES)
def test_ambiguous_positives(m: TitleMatcher, text: str, expected: tuple[int, ...]) -> None:
    assert m.match(text) == tuple(sorted(expected))


def test_known_limits_are_still_limits(m: TitleMatcher) -> None:
    """Documented misses: a very ambiguous title at a sentence start, lowercase with no cue."""
    assert m.match("It is the best King adaptation") == ()
    assert m.match("my gf dragged me to wicked and it slapped") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Together was the best body horror of the year", (1,)),
        ("Together has the grossest scene since The Substance", (1,)),
        ("we saw Together and Weapons back to back", (1, 2)),
        ("Together, we watched Weapons", (2,)),
        ("Together with my wife I watched Weapons", (2,)),
        ("Together they are unstoppable", ()),
        ("we watched it together last night", ()),
    ],
)
def test_an_adverb_title_counts_where_the_adverb_cannot_stand(text: str, expected: tuple[int, ...]) -> None:
    """ "Together" (2025): before "was" or "has" it can only be the film; elsewhere it needs capitals."""
    assert TitleMatcher({1: "Together", 2: "Weapons"}).match(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Together with Dave Franco and Alison Brie was so gross", (1,)),
        ("Friendship with Tim Robinson is so awkward and hilarious", (2,)),
        ("Her with Joaquin Phoenix is a masterpiece", (3,)),
        ("Together with Dave Franco, Alison Brie was great", ()),  # the clause ended: she is the subject
        ("Together with Mike we watched it", ()),
        ("Together with my wife was the best night", ()),  # no name: the adverb
    ],
)
def test_the_cast_between_a_title_and_its_verb(text: str, expected: tuple[int, ...]) -> None:
    """ "Together with Dave Franco and Alison Brie was": the verb after the cast is the title's."""
    assert TitleMatcher({1: "Together", 2: "Friendship", 3: "Her"}).match(text, "AskReddit") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the goal keeper was insane in that match", ()),
        ("my team keeper is the best", ()),
        ("a real civil war would be hell", ()),
        ("the american civil war ended in 1865", ()),
        ("the keeper was insane", ()),
        ("the new superman is so earnest", (2,)),
        ("the original smile was scarier", (3,)),
        ("oh my god smile was terrifying", (3,)),
        ("no way wicked is that long", (5,)),
        ("this year smile was the best", (3,)),
        ("the end. smile was great", (3,)),
        ("the goal Keeper was insane", (1,)),  # the title's capitals mid-sentence
    ],
)
def test_a_word_between_a_determiner_and_the_title_makes_a_noun_phrase(
    text: str, expected: tuple[int, ...]
) -> None:
    """ "the goal keeper" is as ordinary as "the keeper"; "the new superman" names which film."""
    m = TitleMatcher({1: "Keeper", 2: "Superman", 3: "Smile", 4: "Civil War", 5: "Wicked"})
    assert m.match(text, "movies") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our housemaid quit last month", ()),
        ("a brutalist building downtown", ()),
        ("the housemaid is trashy fun", (1,)),
        ("housemaid was trashy fun", (1,)),
        ("that brutalist was long", (2,)),
        ("this housemaid movie", (1,)),  # a cue after
        ("my Housemaid review", (1,)),  # the title's capitals
        ("the minecraft movie was fun", (3,)),  # "the" for a title that starts with "A"
        ("a minecraft movie is coming", (3,)),
    ],
)
def test_a_title_without_its_article_after_another_determiner_is_a_common_noun(
    text: str, expected: tuple[int, ...]
) -> None:
    """ "The Housemaid" is matched as "housemaid" too, but "our housemaid" is someone's."""
    m = TitleMatcher({1: "The Housemaid", 2: "The Brutalist", 3: "A Minecraft Movie"})
    assert m.match(text, "AskReddit") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tbh weapons > sinners for me but both are great", (1, 2)),
        ("weapons>sinners", (1, 2)),
        ("smile < nope", (3, 4)),
        ("guns > weapons", ()),  # one title: nothing to rank it against
        ("> weapons are bad\n\nsinners agree", ()),  # a quote mark, not a ranking
        ("nope. > sinners", ()),
    ],
)
def test_a_ranking_sign_between_two_titles_counts_as_vs(text: str, expected: tuple[int, ...]) -> None:
    m = TitleMatcher({1: "Weapons", 2: "Sinners", 3: "Smile", 4: "Nope"})
    assert m.match(text, "AskReddit") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("psa: the phoenician scheme was way better than poor things, not even close", (1, 2)),
        ("hot take: twisters is more fun than the phoenician scheme", (1, 3)),
        ("box office this week has twisters ahead of the phoenician scheme", (1, 3)),
        ("not sure why people compare twisters with the phoenician scheme", (1, 3)),
        ("i would compare twisters to the phoenician scheme honestly", (1, 3)),
        ("twisters compared to the phoenician scheme is a mess", (1, 3)),
        # Nothing compares across a sentence's end, or without a comparative before "than".
        ("poor things were better. than the phoenician scheme, i mean", (1,)),
        ("twisters rather than the phoenician scheme", (1,)),
        ("poor things with the phoenician scheme", (1,)),  # "with" alone compares nothing
    ],
)
def test_words_comparing_two_titles_count_as_vs(text: str, expected: tuple[int, ...]) -> None:
    """Lowercase ordinary-word titles compared with another film are films, as across "vs"."""
    m = TitleMatcher({1: "The Phoenician Scheme", 2: "Poor Things", 3: "Twisters"})
    assert m.match(text, "AskReddit") == expected


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("Official discussion thread: twisters", "AskReddit", (1,)),
        ("trailer thread for poor things (no spoilers pls)", "AskReddit", (2,)),
        ("box office numbers for twisters are out this morning", "AskReddit", (1,)),
        ("fell asleep during poor things, it was that bad", "AskReddit", (2,)),
        ("twisters opens in more theaters next week", "boxoffice", (1,)),
        ("twisters opens in more theaters next week", "AskReddit", ()),  # a storm may open too
        ("we felt asleep during the day, poor things", "AskReddit", ()),
        ("finally caught twisters and wow, what a great time", "movies", (1,)),
        ("skipped twisters and watched something else instead", "movies", (1,)),
        ("finally caught twisters on the radar", "weather", ()),  # one catches storms elsewhere
        ("twisters bored me to tears", "AskReddit", (1,)),
    ],
)
def test_cues_of_film_talk(text: str, subreddit: str, expected: tuple[int, ...]) -> None:
    m = TitleMatcher({1: "Twisters", 2: "Poor Things"})
    assert m.match(text, subreddit) == expected


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("overrated this year: twisters, also weapons, and honestly poor things", "movies", (2, 3, 4)),
        ("overrated: the phoenician scheme, also twisters, and honestly poor things", "AskReddit", (1, 2, 3)),
        ("weapons, also sinners", "movies", (4, 5)),
        ("weapons also sinners", "movies", ()),  # a filler alone joins nothing
        ("poor things, honestly. weapons", "movies", ()),  # nor across a sentence's end
        ("weapons, also sinners", "AskReddit", ()),  # two ordinary words, nothing else
    ],
)
def test_a_list_may_say_also_and_honestly_between_its_titles(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    m = TitleMatcher(
        {1: "The Phoenician Scheme", 2: "Poor Things", 3: "Twisters", 4: "Weapons", 5: "Sinners"}
    )
    assert m.match(text, subreddit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weapons 10/10 no notes", (1,)),
        ("Weapons: 9/10\nSinners: 8.5/10", (1, 2)),
        ("Him - 3/10", (3,)),
        ("Smile 2 - 8/10", (5,)),  # a rating, not a quantity after the sequel number
        ("Keeper (Osgood Perkins) - not for me", (6,)),
        ("[Sinners](https://www.imdb.com/title/tt31193180/) is on max now", (2,)),
        ("r/weapons is a gun subreddit lol", ()),
        ("u/Sinners was right", ()),
        ("my pizza 10/10", ()),
        ("him 3/10", ()),  # a pronoun in lowercase stays one
        ("weapons 1/2 cup", ()),
        ("inside out 2 - 3 times", ()),
        # A year after a sequel's number is the film's, not a count: "2 (2024)" is no "2 2024 times".
        ("Can't stop thinking about Smile 2 (2024). What a wonderful film.", (5,)),
        ("Box office numbers for Inside Out 2 (2024) are out", (7,)),
        ("inside out 2 2024 was better than the first", (7,)),
        ("Inside Out 2 [2024] made me cry", (7,)),
        ("watched inside out 2 2 times", ()),
    ],
)
def test_ratings_credits_links_and_subreddit_names(text: str, expected: tuple[int, ...]) -> None:
    """How Reddit writes about films: "X 9/10", "X (director)", "[X](link)"; "r/x" is a subreddit."""
    m = TitleMatcher(
        {1: "Weapons", 2: "Sinners", 3: "Him", 4: "Smile", 5: "Smile 2", 6: "Keeper", 7: "Inside Out 2"}
    )
    assert m.match(text, "AskReddit") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smile 2 (2024) is the scariest this year", (1,)),
        ("Smile 2 (2023) is the scariest this year", (1,)),  # within a year: a release date is fuzzy
        ("Smile 2 (2015) is the scariest this year", ()),  # another film's year
        ("Inside Out 2 (2024) made me cry", (2,)),
    ],
)
def test_a_year_after_a_sequel_number_is_checked_as_the_films_year(
    text: str, expected: tuple[int, ...]
) -> None:
    """A year after a title that ends in a number is the film's year, as after any title, not a count."""
    m = TitleMatcher({1: "Smile 2", 2: "Inside Out 2"}, {1: 2024, 2: 2024})
    assert m.match(text, "movies") == expected


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("the weapons ending is the funniest thing in years lol", "horror", (1,)),
        ("the long walk adaptation was brutal", "horror", (2,)),
        ("heat is michael manns masterpiece, collateral is a close second", "TrueFilm", (3,)),
        ("Superman held up well in its second weekend", "boxoffice", (4,)),
        ("4. **Together** - 8/10, gross in the best way", "Letterboxd", (5,)),
        ("the long walk and good boy never played near me :(", "Letterboxd", (2, 6)),
        ("weapons, sinners, and together all in one year?? horror is so back", "horror", (1, 7)),
        ("Smile, it's Friday and there's a new A24 movie out", "movies", ()),  # "it's" lists nothing
        ("it feels like friendship is more important to him than us", "relationships", ()),
        ("a happy ending", "AskReddit", ()),
    ],
)
def test_review_phrasings_from_a_probe_written_apart_from_the_matcher(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """Cases from 160 comments labelled by someone who never read the matcher: cue nouns after a
    title ("ending", "adaptation"), "masterpiece", irregular past verbs, a rating after bold text,
    two titles listed together; and the false hits beside them."""
    m = TitleMatcher(
        {
            1: "Weapons",
            2: "The Long Walk",
            3: "Heat",
            4: "Superman",
            5: "Together",
            6: "Good Boy",
            7: "Sinners",
            8: "Smile",
            9: "It",
            10: "Friendship",
            11: "Us",
        }
    )
    assert m.match(text, subreddit) == expected


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("just got back from sinners. michael b jordan x2 is unfair tbh", "movies", (1,)),
        ("Keeper didn't work for me at all", "horror", (2,)),
        ("Flow beating Inside Out 2 at the Oscars made me so happy", "movies", (3, 4)),
        ("Delroy Lindo's presence in every scene he's in is magnetic", "movies", ()),
        ("Verstappen's presence in the midfield is gonna be scary", "formula1", ()),
        ("Soderbergh's Presence was a cool experiment", "AskReddit", (5,)),
        ("a second weekend drop of 40 % over the holidays", "AskReddit", ()),
    ],
)
def test_phrasings_from_a_second_probe_written_apart_from_the_matcher(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """Cases from a second set of 160 comments labelled by someone who never read the matcher: "got back
    from", "didn't", a title beating another; a person's presence is no film's."""
    m = TitleMatcher({1: "Sinners", 2: "Keeper", 3: "Flow", 4: "Inside Out 2", 5: "Presence", 6: "Drop"})
    assert m.match(text, subreddit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can you relay the message to him", ()),
        ("you'll relay that to the team", ()),
        ("we watched relay last night", (1,)),
        ("Relay with Riz Ahmed is a tight thriller", (1,)),
        ("would barbie have won without the snub?", (2,)),  # a modal opens a question
        ("well, barbie was great", (2,)),
        ("I ate a barbie cake", ()),
    ],
)
def test_a_frequent_word_after_a_subject_pronoun_is_the_verb(text: str, expected: tuple[int, ...]) -> None:
    """ "Relay" (2025) is a distinct title but a frequent word: after "you" or "they" it is the verb."""
    assert TitleMatcher({1: "Relay", 2: "Barbie"}).match(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weapons > Sinners > Nope", (1, 2, 3)),
        ("oppenheimer, weapons", (1, 4)),
        ("Weapons and Oppenheimer opened the same weekend", (1, 4)),
        ("the weapons, the armor", ()),
    ],
)
def test_a_word_title_by_its_frequency_counts_in_a_list_like_any_word_title(
    text: str, expected: tuple[int, ...]
) -> None:
    """ "Weapons" is a word by its frequency, not by the embedded vocabulary: lists never counted it."""
    assert TitleMatcher({1: "Weapons", 2: "Sinners", 3: "Nope", 4: "Oppenheimer"}).match(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weapons' ending was so satisfying", (1,)),  # a plural possessive, as "Nope's horses"
        ("he said 'nope' and left", ()),  # a closing quote is no possessive
        ("HIM WAS TRASH", (2,)),  # capitals throughout: the sentence start is as good as the title's case
        ("THE GUY WHO LOVED HER WAS CREEPY", ()),
        ("US IS A BIG MARKET FOR HORROR", ()),
        ("Her left hand was shaking", ()),
    ],
)
def test_plural_possessives_and_shouted_pronoun_titles(text: str, expected: tuple[int, ...]) -> None:
    m = TitleMatcher({1: "Weapons", 2: "Him", 3: "Her", 4: "Us", 5: "Nope"})
    assert m.match(text, "AskReddit") == expected


def test_aliases_and_repr(m: TitleMatcher) -> None:
    assert "dune 2" in m.aliases(DUNE2)
    assert "dune pt 2" in m.aliases(DUNE2)
    assert "folie a deux" in m.aliases(JOKER2)
    assert "joker" not in m.aliases(JOKER2)  # the part before a colon is a franchise
    assert "substance" in m.aliases(SUBSTANCE)
    assert m.aliases(999) == []
    assert len(m) == len(TITLES)
    assert repr(m).startswith("TitleMatcher(30 movies")


# --------------------------------------------------------------------------------------------------
# Cost: one normalisation and ONE automaton scan per comment, whatever the catalogue size
# --------------------------------------------------------------------------------------------------
def _synthetic_catalogue(n: int, seed: int = 0) -> dict[int, str | list[str]]:
    """``n`` titles: the unit-test catalogue plus invented ones, a third of them common words."""
    rng = random.Random(seed)
    common = [
        "love",
        "night",
        "dark",
        "last",
        "house",
        "man",
        "girl",
        "world",
        "war",
        "city",
        "day",
        "time",
        "star",
        "blue",
        "red",
        "moon",
        "king",
    ]
    titles: dict[int, str | list[str]] = dict(TITLES)
    next_id = 1_000_000
    while len(titles) < n:
        rare = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 10))).title()
        words = " ".join(rng.choice(common).title() for _ in range(rng.randint(1, 3)))
        titles[next_id] = rng.choice([rare, f"{rare}: {words}", words, f"The {rare} {words}"])
        next_id += 1
    return titles


class _CountingAutomaton:
    """Wraps the automaton and counts scans and hits."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls = 0
        self.hits = 0

    def find_matches_as_indexes(self, haystack: str, overlapping: bool = False) -> list[tuple[int, int, int]]:
        self.calls += 1
        found = self.inner.find_matches_as_indexes(haystack, overlapping=overlapping)
        self.hits += len(found)
        return found


@pytest.fixture(scope="module")
def catalogues() -> Iterator[dict[int, TitleMatcher]]:
    yield {n: TitleMatcher(_synthetic_catalogue(n)) for n in (50, 5000)}


def test_one_automaton_scan_per_comment(catalogues: dict[int, TitleMatcher], monkeypatch: Any) -> None:
    texts = [r["text"] for r in _labelled()]
    n_words = [len(normalise(t).split()) for t in texts]
    counts = {"fast": 0, "spanned": 0}
    fast, spanned = matcher_module._fast_normalised, matcher_module._tokenise

    def count_fast(text: str) -> str:
        counts["fast"] += 1
        return fast(text)

    def count_spanned(text: str) -> matcher_module._Tokens:
        counts["spanned"] += 1
        return spanned(text)

    for size, matcher in catalogues.items():
        counting = _CountingAutomaton(matcher._automaton)
        counts.update(fast=0, spanned=0)
        with monkeypatch.context() as patch:
            patch.setattr(matcher, "_automaton", counting)
            patch.setattr(matcher_module, "_fast_normalised", count_fast)
            patch.setattr(matcher_module, "_tokenise", count_spanned)
            longest = max(matcher._ntokens)
            for text, words in zip(texts, n_words, strict=True):
                before = counting.hits
                matcher.match(text)
                # Hits at one word position have distinct lengths, so hits <= words x longest alias:
                # the work after the scan is bounded by the text, not by the catalogue.
                assert counting.hits - before <= words * longest, (size, text)
        assert counting.calls == len(texts), size
        # One normalisation per comment, plus at most one span pass when an ambiguous hit needs context.
        assert counts["fast"] + counts["spanned"] <= 2 * len(texts), (size, counts)
        assert counts["fast"] + min(counts["spanned"], len(texts)) >= len(texts)


def test_no_hits_no_work_beyond_the_scan(catalogues: dict[int, TitleMatcher], monkeypatch: Any) -> None:
    """A comment without catalogue words costs one normalisation and one scan, for any catalogue."""
    text = "honestly the pacing in the second act felt rushed and the score was forgettable imo " * 2
    for matcher in catalogues.values():
        counting = _CountingAutomaton(matcher._automaton)
        monkeypatch.setattr(matcher, "_automaton", counting)
        monkeypatch.setattr(matcher_module, "_Doc", None)  # would raise if any context were built
        assert matcher.match(text) == ()
        assert (counting.calls, counting.hits) == (1, 0)
        monkeypatch.undo()


def test_big_catalogue_same_answers(catalogues: dict[int, TitleMatcher], m: TitleMatcher) -> None:
    """Adding 4,970 unrelated titles does not change what the unit-test titles match."""
    big = catalogues[5000]
    for text, expected in AMBIGUOUS_POSITIVES:
        assert set(expected) <= set(big.match(text)), text
    for text in ["Oppenheimer's score", "dune 2", "Inside Out 2 made me cry"]:
        assert set(m.match(text)) <= set(big.match(text))


# --------------------------------------------------------------------------------------------------
# The labelled set
# --------------------------------------------------------------------------------------------------
def _score(matcher: TitleMatcher, rows: list[dict[str, Any]]) -> tuple[float, float, int, int, int]:
    tp = fp = fn = 0
    for row in rows:
        got, gold = set(matcher.match(row["text"])), set(row["movies"])
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def test_labelled_set_shape() -> None:
    catalogue = json.loads((DATA / "catalogue.json").read_text())
    ids = [c["id"] for c in catalogue]
    assert len(ids) == len(set(ids)) >= 55
    titles = {c["title"] for c in catalogue}
    assert set(HARD_WORD_TITLES) | {"Gladiator II", "Joker: Folie à Deux"} <= titles
    rows = _labelled()
    assert len(rows) >= 300
    assert sum(r["kind"] == "hard_negative" for r in rows) >= 80
    assert all(set(r["movies"]) <= set(ids) for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)


def test_labelled_set_is_generated_by_the_script() -> None:
    """The checked-in data files are what ``make_labelled_comments.py`` writes."""
    path = Path(__file__).with_name("make_labelled_comments.py")
    spec = importlib.util.spec_from_file_location("make_labelled_comments", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    catalogue, labelled = module.build()
    assert catalogue == json.loads((DATA / "catalogue.json").read_text())
    assert labelled == _labelled()


def test_labelled_precision_recall() -> None:
    catalogue = json.loads((DATA / "catalogue.json").read_text())
    matcher = TitleMatcher({c["id"]: [c["title"], c["original_title"]] for c in catalogue})
    rows = _labelled()
    precision, recall, tp, fp, fn = _score(matcher, rows)
    report = f"labelled set: {len(rows)} comments, precision={precision:.3f} recall={recall:.3f}"
    report += f" ({tp=} {fp=} {fn=})"
    for batch in ("dev", "heldout"):
        p, r, *_ = _score(matcher, [row for row in rows if row["batch"] == batch])
        report += f"; {batch}: precision={p:.3f} recall={r:.3f}"
    hard = [row for row in rows if row["kind"] == "hard_negative"]
    fired = sum(bool(matcher.match(row["text"])) for row in hard)
    report += f"; hard negatives with a false match: {fired}/{len(hard)}"
    print("\n" + report)
    assert precision >= 0.95, report
    assert recall >= 0.90, report


def test_a_typo_never_shadows_another_movies_real_title() -> None:
    # "sinnerman" swapped is "sinnermna"; make another movie whose real title is that typo.
    matcher = TitleMatcher({1: "Sinnerman", 2: "Sinnermna"})
    assert matcher.match("sinnermna") == (2,)
    assert matcher.match("sinnerman") == (1,)
    assert matcher.match("sinnremna") == (2,)  # a one-swap typo of movie 2 only
    assert matcher.match("snnierman sinnreman") == (1,)


# --------------------------------------------------------------------------------------------------
# Issue 18: titles made of ordinary words, in the forms people write them; the harder labelled set
# --------------------------------------------------------------------------------------------------
def _script(name: str) -> Any:
    """A script beside this file, imported by path (``tests`` is no package)."""
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scoring() -> Any:
    return _script("score_matcher")


@pytest.fixture(scope="module")
def hard(scoring: Any) -> tuple[TitleMatcher, list[dict[str, Any]], dict[int, str], dict[int, str]]:
    catalogue = scoring.hard_catalogue()
    matcher = TitleMatcher(scoring.titles_of(catalogue))
    classes = {c["id"]: c["class"] for c in catalogue}
    titles = {c["id"]: c["title"] for c in catalogue}
    return matcher, scoring.load_rows("labelled_comments_hard.jsonl"), classes, titles


POOR, PAST, TALK, SCREAM6, FASTX, FLASH, ZONE, JOKER, BOTTOMS, LTWB = range(101, 111)
ISSUE_18 = {  # the forms the issue saw missed, and its catalogue of ten titles
    "Honestly poor things was something else.": (POOR,),
    "honestly leave the world behind was so tense": (LTWB,),
    "fast x fast x fast x!!!": (FASTX,),
    "Honestly joker was something else.": (JOKER,),
    "POOR THINGS POOR THINGS POOR THINGS!!!": (POOR,),
    "SCREAM VI SCREAM VI SCREAM VI!!!": (SCREAM6,),
    "Honestly PAST LIVES was something else.": (PAST,),
    "poor things vs leave the world behind: which one wins best picture?": (POOR, LTWB),
    "Just saw poor things.": (POOR,),
    "the zone of interest had the best sound design of the year": (ZONE,),
    "bottoms was the funniest thing i saw all summer": (BOTTOMS,),
    "talk to me was so scary": (TALK,),
    "#TheFlash was better than people say": (FLASH,),
}
ISSUE_TITLES = {
    POOR: "Poor Things",
    PAST: "Past Lives",
    TALK: "Talk to Me",
    SCREAM6: "Scream VI",
    FASTX: "Fast X",
    FLASH: "The Flash",
    ZONE: "The Zone of Interest",
    JOKER: "Joker",
    BOTTOMS: "Bottoms",
    LTWB: "Leave the World Behind",
}


@pytest.mark.parametrize(("text", "expected"), list(ISSUE_18.items()))
def test_issue_18_forms_are_found(text: str, expected: tuple[int, ...]) -> None:
    """The replay of issue 18 read a movie subreddit, as the pipeline does by default."""
    assert TitleMatcher(ISSUE_TITLES).match(text, subreddit="movies") == tuple(sorted(expected))


@pytest.mark.parametrize(
    "text",
    [
        "those poor things in the shelter",
        "in one of my past lives I was a projectionist",
        "talk to me when the extended cut is out",
        "turn off the flash, you're in a theater",
        "the joker of the family narrates every movie",
        "bell bottoms and disco, great costumes",
        "I just want to leave the world behind for two hours",
        "nope. nope. nope.",
    ],
)
def test_issue_18_titles_in_ordinary_prose_are_not(text: str) -> None:
    assert TitleMatcher(ISSUE_TITLES).match(text, subreddit="movies") == ()


def test_what_is_known_about_each_title() -> None:
    def kind(title: str) -> str:
        tokens = tuple(normalise(title).split())
        return aliases_module._kind(tokens, aliases_module._level(tokens))

    kinds = {t: kind(t) for t in ISSUE_TITLES.values()}
    assert kinds == {
        "Poor Things": "phrase",
        "Past Lives": "phrase",
        "Talk to Me": "phrase",
        "Scream VI": "marked",
        "Fast X": "marked",
        "The Flash": "phrase",
        "The Zone of Interest": "rare",
        "Joker": "word",
        "Bottoms": "word",
        "Leave the World Behind": "rare",
    }
    # wordfreq knows "weapons" is a common word, which the embedded vocabulary lacks.
    assert is_ambiguous("Weapons") and not is_ambiguous("Barbie")


def test_a_movie_subreddit_is_evidence_not_proof() -> None:
    m = TitleMatcher({1: "Wicked", 2: "Up"})
    text = "honestly wicked went home with nothing"
    assert m.match(text) == ()  # the old call signature still works
    assert m.match(text, subreddit="movies") == (1,)
    assert m.match(text, subreddit="r/TrueFilm") == (1,)
    assert m.match(text, subreddit="AskReddit") == ()
    assert m.match("that was a wicked twist", subreddit="movies") == ()
    assert m.match("catch up later", subreddit="movies") == ()


def test_misspellings_with_one_edit() -> None:
    m = TitleMatcher({1: "Oppenheimer", 2: "Poor Things", 3: "Challengers"})
    for typo in ("Oppenhiemer", "oppennheimer", "oppenheomer", "oppenheuimer"):
        assert m.match(f"{typo} was great") == (1,), typo
    # A dropped letter is less sure: it needs the talk to be about films.
    assert m.match("oppenheimr was great") == ()
    assert m.match("oppenheimr was great", subreddit="movies") == (1,)
    assert m.match("just saw poor thigns") == (2,)
    assert m.match("challengres vs oppenheimer: go") == (1, 3)


def test_explain_shares_the_decisions_of_match(hard: Any) -> None:
    matcher, rows, _, _ = hard
    old = _labelled()
    for row in rows + old:
        decisions = matcher.explain(row["text"], subreddit=row.get("subreddit"))
        accepted = {i for d in decisions if d.accepted for i in d.movie_ids}
        assert tuple(sorted(accepted)) == matcher.match(row["text"], subreddit=row.get("subreddit")), row
        for d in decisions:
            assert row["text"][d.start : d.end] == d.written
            assert d.reason in matcher_module._REJECTIONS or d.accepted


def test_match_spans_are_the_accepted_hits_of_explain(hard: Any) -> None:
    """The spans that SENTIMENT_TITLES=mask hides from VADER: exactly the hits that count, on both sets."""
    matcher, rows, _, _ = hard
    masked = 0
    for row in rows + _labelled():
        text, sub = row["text"], row.get("subreddit")
        ids, spans = matcher.match_spans(text, sub)
        assert ids == matcher.match(text, sub), row
        accepted = sorted({(d.start, d.end) for d in matcher.explain(text, sub) if d.accepted})
        assert spans == accepted, row
        masked += bool(spans)
    assert masked > 1500


def _composed(
    titles: list[str], rows: list[dict[str, Any]], seed: int, n: int
) -> Iterator[tuple[str, str | None]]:
    """Long comments of titles (in every case, some with a sequel number), pronouns, list marks and
    pieces of labelled comments: the same movie written many times, in lists and beside its sequel."""
    rng = random.Random(seed)
    seps = [", ", " and ", "\n", "\n1. ", "\n- ", ". ", "! ", " vs ", " / ", "; ", " ", " then ", ": "]
    fill = [
        "it",
        "It",
        "IT",
        "up",
        "Up",
        "her",
        "Her",
        "us",
        "the",
        "I loved",
        "2",
        "(2019)",
        "#",
        "a",
        "my friend",
    ]
    for _ in range(n):
        parts: list[str] = []
        for _ in range(rng.randint(3, 60)):
            r = rng.random()
            if r < 0.45:
                t = rng.choice(titles[: rng.choice([5, 20, len(titles)])])
                t = rng.choice([t, t.lower(), t.upper(), t.title()])
                t += rng.choice(["", "", "", "", " 2", " II", " Part Two"])
            elif r < 0.75:
                t = rng.choice(fill)
            else:
                words = rng.choice(rows)["text"].split()
                k = rng.randrange(len(words))
                t = " ".join(words[k : k + rng.randint(1, 8)])
            parts += [t, rng.choice(seps)]
        yield "".join(parts), rng.choice([None, "movies", "books", "AskReddit"])


def test_match_skips_hits_of_found_movies_with_the_answers_of_judging_all(
    hard: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """match() does not judge a hit whose movies are already found, unless a list or a sequel may run
    through it; explain() judges every hit. Same answers on long comments that repeat titles, in
    lists and beside sequels, with far fewer judgements."""
    matcher, rows, _, titles = hard
    calls = [0]
    judge = matcher_module._judge
    monkeypatch.setattr(
        matcher_module, "_judge", lambda *a: (calls.__setitem__(0, calls[0] + 1), judge(*a))[1]
    )
    in_match = in_explain = 0
    for text, sub in _composed(list(titles.values()), rows, seed=1, n=1500):
        calls[0] = 0
        got = matcher.match(text, sub)
        in_match += calls[0]
        calls[0] = 0
        want = tuple(sorted({i for d in matcher.explain(text, sub) if d.accepted for i in d.movie_ids}))
        in_explain += calls[0]
        assert got == want, text
    assert in_match < in_explain, (in_match, in_explain)


def test_an_unjudged_hit_still_carries_a_list_and_a_sequel() -> None:
    m = TitleMatcher({1: "Barbie", 2: "Wicked"})
    # The second "barbie" is not judged (Barbie is found) until "wicked" needs a listed neighbour.
    assert m.match("Barbie was great. my top two: barbie, wicked") == (1, 2)
    m = TitleMatcher({7: "Inside Out 2", 8: "Inside Out", 9: "Oppenheimer"})
    # "Inside Out 2" is found by its hashtag; its later hit still vouches for "inside out".
    text = "#InsideOut2 was great. honestly inside out. Oppenheimer too. Inside Out 2 the movie is fine"
    assert m.match(text) == (7, 8, 9)


def test_a_comment_dense_with_hits_is_judged_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """10,000 characters of titles of ordinary words cost ~45 µs a hit judged in context: one judged in
    "It It It ...", at most _MAX_JUDGED in any text, the rest rejected as ``too_many_hits``, counted."""
    calls = [0]
    judge = matcher_module._judge
    monkeypatch.setattr(
        matcher_module, "_judge", lambda *a: (calls.__setitem__(0, calls[0] + 1), judge(*a))[1]
    )
    m = TitleMatcher({1: "It", 2: "Up", 3: "Her", 4: "Us", 5: "Poor Things", 6: "Oppenheimer"})
    for body, found, most in [
        ("It ", (1,), 2),
        ("Up, ", (2,), 2),
        ("Her and Us. ", (3, 4), matcher_module._MAX_JUDGED),
        ("IT ", (), matcher_module._MAX_JUDGED),
        ("It is. Up! ", (), matcher_module._MAX_JUDGED),
        ("poor things ", (5,), 2),
    ]:
        calls[0] = 0
        text = (body * 10_000)[:10_000]
        assert m.match(text) == found, body
        assert calls[0] <= most, (body, calls[0])
        calls[0] = 0
        m.explain(text)
        assert calls[0] <= matcher_module._MAX_JUDGED, (body, calls[0])
    m.rejected.clear()
    # Past the bound a title of ordinary words is not judged; a distinctive one is still found.
    text = "It is. " * 200 + "I loved It (2017). Oppenheimer too"
    assert m.match(text) == (6,)
    assert m.rejected["too_many_hits"] == 200 - matcher_module._MAX_JUDGED + 1
    assert [d.reason for d in m.explain(text)][-2:] == ["too_many_hits", "distinctive"]
    assert m.match(text[-40:]) == (1, 6)


def test_explain_says_why() -> None:
    m = TitleMatcher({1: "Up", 2: "Poor Things", 3: "Civil War"})
    got = [
        (d.written, d.accepted, d.reason)
        for d in m.explain("catch up, POOR THINGS was great, Captain America: Civil War")
    ]
    assert got == [
        ("up", False, "lowercase"),
        ("POOR THINGS", True, "shouted"),
        ("Civil War", False, "glued"),
    ]


def test_rejections_are_counted_by_match_not_by_explain() -> None:
    m = TitleMatcher({1: "Up", 2: "Wicked"})
    m.explain("catch up on a wicked twist")
    assert not m.rejected
    m.match("catch up on a wicked twist")
    m.match("It's up to you")
    assert m.rejected == {"lowercase": 2, "ordinary_use": 1}
    assert set(m.rejected) <= matcher_module._REJECTIONS


def test_rejected_metric_exists() -> None:
    from trendscope_app import metrics

    metrics.MATCH_REJECTED.labels(reason="lowercase").inc(0)
    assert b"trendscope_match_rejected_total" in metrics.render()


def test_hard_set_shape(hard: Any) -> None:
    _, rows, classes, titles = hard
    assert len(rows) >= 2000
    assert len({r["text"] for r in rows}) == len(rows)
    assert all(set(r["movies"]) <= set(classes) for r in rows)
    forms = {r["form"] for r in rows if r["kind"] == "positive"}
    assert {"lower", "caps", "comment_lower", "comment_caps", "repeated", "initial", "vs", "hashtag"} <= forms
    assert {"misspelled", "quote_or_year", "cue", "title"} <= forms
    negatives = [normalise(r["text"]) for r in rows if not r["movies"]]
    assert len(negatives) >= 700
    # Hard negatives for every ordinary-word title: its words used as ordinary words.
    for movie, cls in classes.items():
        if cls == "ordinary":
            spelled = normalise(titles[movie])
            spelled = spelled.removeprefix("the ").removeprefix("a ")
            assert any(f" {spelled} " in f" {t} " for t in negatives), titles[movie]


def test_hard_set_is_generated_by_the_script() -> None:
    """The checked-in hard set is what ``make_hard_comments.py`` writes (no matcher involved)."""
    module = _script("make_hard_comments")
    tree = ast.parse(Path(module.__file__).read_text())
    imported = {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("trendscope_app") for name in imported), imported
    catalogue, labelled = module.build()
    assert catalogue == json.loads((DATA / "catalogue_hard.json").read_text())
    with (DATA / "labelled_comments_hard.jsonl").open() as f:
        assert labelled == [json.loads(line) for line in f]


def test_hard_set_targets(hard: Any, scoring: Any) -> None:
    """Issue 18's targets, on the hard set; printed with the first set's figures per title class."""
    matcher, rows, classes, titles = hard
    overall, per_class, per_movie, _ = scoring.score(matcher, rows, classes)
    old_catalogue = json.loads((DATA / "catalogue.json").read_text())
    old = TitleMatcher(scoring.titles_of(old_catalogue))
    print()
    print(scoring.report(old, _labelled(), classes, "labelled_comments.jsonl"))
    print(scoring.report(matcher, rows, classes, "labelled_comments_hard.jsonl"))
    weak = {
        titles[m]: round(c.recall, 3)
        for m, c in per_movie.items()
        if classes[m] == "phrase" and c.recall < 0.95
    }
    assert overall.precision >= 0.99, overall
    assert overall.recall >= 0.97, overall
    assert not weak, weak
    assert per_class["ordinary"].precision >= 0.95 and per_class["ordinary"].recall >= 0.85, per_class[
        "ordinary"
    ]


def test_no_regression_on_the_first_set(scoring: Any) -> None:
    """Before issue 18 the first set scored P=0.980 R=0.901 with this catalogue."""
    catalogue = json.loads((DATA / "catalogue.json").read_text())
    overall, *_ = scoring.score(
        TitleMatcher(scoring.titles_of(catalogue)), _labelled(), {c["id"]: "any" for c in catalogue}
    )
    assert overall.precision >= 0.980 and overall.recall >= 0.901, overall


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fast &amp; Furious was dumb fun", (1,)),
        ("&gt; Oppenheimer was great\n\nAgreed, the score!", (2,)),
        ("Fast &amp;amp; Furious", ()),  # escaped twice: the text really says "&amp;"
        ("AT&T ads before Oppenheimer again", (2,)),
        ("Fast &amp; Furious &lt;3 Oppenheimer", (1, 2)),
    ],
)
def test_bodies_escaped_as_reddit_serves_them_match_as_written(text: str, expected: tuple[int, ...]) -> None:
    """Reddit's API (without raw_json) and its dumps escape &, < and > in comment bodies; the worker decodes
    them as it parses the comment (``models.validate.comment_text``), once."""
    m = TitleMatcher({1: "Fast & Furious", 2: "Oppenheimer"})
    assert m.match(comment_text(text)) == expected


def _independent_module() -> Any:
    path = Path(__file__).with_name("make_independent_comments.py")
    spec = importlib.util.spec_from_file_location("make_independent_comments", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_independent_set_is_generated_by_the_script() -> None:
    rows = [
        json.loads(line) for line in (DATA / "labelled_comments_independent.jsonl").open(encoding="utf-8")
    ]
    assert rows == _independent_module().build()


def test_independent_set_precision_recall() -> None:
    """2,720 comments labelled by seventeen sessions that never read the matcher, 1,323 of them traps; each
    batch's catalogue with its films' release years, as the TMDB snapshots give them. The eighth to the
    twelfth, the fourteenth and the sixteenth batches are each about 50 other films, which no rule was
    written for: their bounds are their scores when they came, so that a rule that helps the first
    catalogue at the cost of others shows; the thirteenth, fifteenth and seventeenth are about the first
    catalogue again, written after the rules."""
    module = _independent_module()
    batches = (
        *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
        *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
        "seventeenth",
    )
    # The batches with a catalogue of their own.
    own = ("eighth", "ninth", "tenth", "eleventh", "twelfth", "fourteenth", "sixteenth")
    matchers = {
        name: TitleMatcher({k: [t] for k, t in titles.items()}, years)
        for name in ("first", *own)
        for titles, years in [module.catalogue_of(name)]
    }
    rows = module.build()
    bounds = {batch: (0.88, 0.88) for batch in batches} | {
        "eighth": (0.74, 0.95),
        "ninth": (0.83, 0.93),
        "tenth": (0.93, 0.95),
        "eleventh": (0.92, 0.92),
        "twelfth": (0.81, 0.91),
        "thirteenth": (0.88, 0.93),
        "fourteenth": (0.80, 0.84),
        "fifteenth": (0.85, 0.90),
        "sixteenth": (0.78, 0.99),
        "seventeenth": (0.85, 0.79),
    }
    reports, wrong = [], []
    for batch in (*batches, None):
        tp = fp = fn = 0
        for row in rows:
            if batch is not None and row["batch"] != batch:
                continue
            matcher = matchers[row["batch"] if row["batch"] in own else "first"]
            got, want = set(matcher.match(row["text"], row["subreddit"])), set(row["movies"])
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
            if got != want and batch is not None:
                wrong.append(
                    f"{row['subreddit']}: {row['text'][:80]!r} got {sorted(got)} want {sorted(want)}"
                )
        reports.append((batch or "all", tp / (tp + fp), tp / (tp + fn)))
    report = "independent set: " + "; ".join(f"{b}: precision={p:.3f} recall={r:.3f}" for b, p, r in reports)
    print("\n" + report + "".join("\n  " + w for w in wrong))
    for batch, precision, recall in reports:
        low_p, low_r = bounds.get(batch, (0.85, 0.88))
        assert precision >= low_p and recall >= low_r, report


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A reaction in the past ("X ruined me"), a debut, a line quoted from a film.
        ("bring her back ruined me. sally hawkins is terrifying", "horror", (3,)),
        ("sorry, baby is the best debut of the year", "Letterboxd", (4,)),
        ('"what\'s a bad miracle?" that line from nope lives in my head rent free', "movies", (5,)),
        # A box-office chart's grosses; money that is not one.
        (
            "Weekend estimates:\n1. Weapons - $43.5M\n2. Drop: $12M\n3. Flow \u2013 $1.2 million",
            "boxoffice",
            (1, 2, 6),
        ),
        ("gonna drop $5k on a new pc, weapons of choice: a 5090", "buildapc", ()),
        # A review's heading in a rated comment; not a reply's "nope:".
        ("poor things: emma stone doing the funniest physical comedy in ages. 4/5", "Letterboxd", (7,)),
        ("nope: still not streaming anywhere", "movies", ()),
        # A person named like a film; an age after a name.
        ("my son's friend Elio slept over and ate an entire large pizza", "AskReddit", ()),
        ("my niece Eden and I watched Elio twice", "AskReddit", (8,)),
        ("Police are searching for Mickey, 17, who was last seen near the bus station", "news", ()),
        ("Mickey 17, Elio and Flow were my favourites", "movies", (6, 8, 9)),
        # A title ending in a relative's word is no relative ("His Three Daughters, Elio").
        ("Marathon weekend with His Three Daughters, Elio and Flow. Exhausted", "movies", (6, 8, 11)),
        ("Saw HIS THREE DAUGHTERS Elio and Flow this week", "movies", (6, 8, 11)),
    ],
)
def test_evidence_from_a_third_independent_batch(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the third independent batch found missing (the first five) or wrongly accepted (the rest)."""
    m = TitleMatcher(
        {
            1: "Weapons",
            2: "Drop",
            3: "Bring Her Back",
            4: "Sorry, Baby",
            5: "Nope",
            6: "Flow",
            7: "Poor Things",
            8: "Elio",
            9: "Mickey 17",
            10: "Eden",
            11: "His Three Daughters",
        }
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # Another work of the same title: a book, a series, a musical; a book or comics subreddit.
        ("The Wild Robot series by Peter Brown is perfect for reading aloud", "pics", ()),
        ("Reading Frankenstein for the first time and wow, pop culture got it wrong", "movies", ()),
        ("Saw the Wicked musical in London last year", "AskReddit", ()),
        ("The Long Walk is the most underrated thing King ever wrote", "books", ()),
        ("Hamnet by Maggie O'Farrell destroyed me", "books", ()),
        ("the long walk movie was better than the book, fight me", "books", (3,)),
        # A gloss saying which film; a box-office verb; "one of the best movies".
        ("presence (the soderbergh one) was way creepier than the marketing suggested", "horror", (4,)),
        ("Him (the football horror movie) is basically a cult retreat", "nfl", (5,)),
        ("Twisters outgrossing the original Twister was not on my bingo card", "boxoffice", (6,)),
        ("sorry, baby is one of those movies that handles something awful gently", "Letterboxd", (7,)),
        # Speech in quotes; the end of another work's name.
        ('When I brought it up he just said "sorry, baby" and went back to his game', "relationships", ()),
        ("Anyone who loves The Last of Us should watch Civil War", "gaming", (8,)),
    ],
)
def test_evidence_from_a_fourth_independent_batch(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the fourth independent batch (comments as Reddit dumps hold them) found."""
    m = TitleMatcher(
        {
            1: "The Wild Robot",
            2: "Frankenstein",
            3: "The Long Walk",
            4: "Presence",
            5: "Him",
            6: "Twisters",
            7: "Sorry, Baby",
            8: "Civil War",
            9: "Us",
            10: "Hamnet",
            11: "Wicked",
        }
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # Another work named in a gloss or by "miniseries"; a frequent name ending a longer name after "of".
        ("Civil War (the comic) is so much messier than the movie", "marvelstudios", ()),
        ("Frankenstein (the 1818 novel) is a better read than people think", "AskReddit", ()),
        ("Tim Curry in the 1990 It miniseries is still the scariest Pennywise", "horror", ()),
        ("Anything about a cult trying to build a Garden of Eden somewhere remote?", "MovieSuggestions", ()),
        ("Civil War (the A24 one) was so tense", "movies", (1,)),
        ("Saw Eden last night, Sydney Sweeney is unhinged in it", "movies", (3,)),
        # Box-office words after a title in a movie subreddit; a numbered ranking's lines there.
        ("Sinners crossing $300M worldwide is genuinely insane", "boxoffice", (4,)),
        ("Superman domestic is looking like ~$350M", "boxoffice", (5,)),
        ("Sinners crossing the river at dawn, oil on canvas", "ArtHistory", ()),
        (
            "Domestic top 5 so far:\n\n1. Minecraft\n2. Lilo & Stitch\n3. Superman\n4. Jurassic World\n5. Sinners",
            "boxoffice",
            (4, 5),
        ),
        ("Top 3 hymns:\n1. Amazing Grace\n2. Sinners\n3. How Great Thou Art", "Catholicism", ()),
        # A long title's initials; a title's plural is no slip of it.
        ("OBAA is PTA's most fun movie since Boogie Nights", "movies", (6,)),
        ("Modern conclaves are usually short, most wrap up within two days", "news", ()),
        ("Conclave was tense from start to finish", "movies", (7,)),
        # A number after a title makes it the sequel, unless it counts, rates or numbers a list.
        ("Took my mum to Wicked 2 for her birthday and she sobbed", "CasualUK", ()),
        ("Took my dad to Joker 2 for his birthday", "CasualUK", ()),
        ("Saw Wicked 2 times in theaters, still not over it", "movies", (8,)),
        ("My ranking: 1. Sinners 2. Superman", "movies", (4, 5)),
        ("Sinners 2/10, Superman 9/10", "movies", (4, 5)),
        ("So happy for Sinners 9 nominations and Superman 2 wins", "movies", (4, 5)),
    ],
)
def test_evidence_from_a_fifth_independent_batch(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the fifth independent batch (a natural mix of subreddits) found wrongly accepted or missed."""
    m = TitleMatcher(
        {
            1: "Civil War",
            2: "Frankenstein",
            3: "Eden",
            4: "Sinners",
            5: "Superman",
            6: "One Battle After Another",
            7: "Conclave",
            8: "Wicked",
            9: "It",
            10: "Joker",
        }
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # The year of another work: after a possessive, first in a gloss, between a determiner and it.
        ("Oppenheimer's 1939 paper with Snyder is underrated", "Physics", ()),
        ("The 1987 Running Man is peak Arnold cheese", "movies", ()),
        ("The Smashing Machine (the 2002 HBO documentary) is better", "MMA", ()),
        ("Nolan's 2023 Oppenheimer still rules", "movies", (1,)),
        ("the 2025 Running Man was fun", "movies", (2,)),
        ("The Smashing Machine (2025) was fine", "movies", (3,)),
        # A lowercase distinct title after a determiner outside a movie subreddit is a noun.
        ("Praying for the cardinals as the conclave begins", "Catholicism", ()),
        ("our roofman said the flashing is shot", "Roofing", ()),
        ("I had the good fortune of landing a job", "personalfinance", ()),
        ("too much sentimental value to throw it out", "DIY", ()),
        ("kinda sad that conclave went home with nothing", "AskReddit", (4,)),  # "that": a conjunction
        ("my Oppenheimer rewatch was long", "AskReddit", (1,)),
        ("the conclave ending was perfect", "AskReddit", (4,)),  # a cue after it
        ("the conclave begins", "movies", (4,)),
        ("good fortune was hilarious", "KeanuBeingAwesome", (5,)),
        # A phrase of frequent words in capitals is its title, whatever follows it.
        ("Box office this week has Good Fortune ahead of The Smashing Machine Thoughts?", "movies", (3, 5)),
        ("the Good Fortune cast", "AskReddit", (5,)),
        # A determiner ending the title before it is no determiner of this one.
        ("can't decide between Avatar: The Last One, good fortune or companion", "AskReddit", (5, 6, 14)),
        # Evidence: stars after a title, "X the movie", a film award won; a gloss after a stop word in
        # capitals; a lowercase quote whispered is speech.
        ("companion ★★★★\nsophie thatcher is great", "Letterboxd", (6,)),
        ("Hamnet the movie is good, but the novel is better", "books", (7,)),
        ("Flow winning the Oscar is huge for Latvia", "latvia", (8,)),
        ("HIM (the Peele-produced football one) was a mess", "horror", (9,)),
        ("I whispered 'sorry baby' about 40 times", "beyondthebump", ()),
        ("so happy for keeper winning the golden glove", "soccer", ()),  # sports have awards too
        ("Hamnet the novel is better", "books", ()),
    ],
)
def test_evidence_from_a_sixth_independent_batch(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the sixth independent batch (a natural mix of subreddits) found wrongly accepted or missed."""
    m = TitleMatcher(
        {
            1: "Oppenheimer",
            2: "The Running Man",
            3: "The Smashing Machine",
            4: "Conclave",
            5: "Good Fortune",
            6: "Companion",
            7: "Hamnet",
            8: "Flow",
            9: "Him",
            10: "Keeper",
            11: "Roofman",
            12: "Sentimental Value",
            13: "Sorry, Baby",
            14: "Avatar: The Last One",
        },
        years={1: 2023, 2: 2025, 3: 2025, 4: 2024},
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A title alone as the first sentence of a comment that goes on: a reply naming a film.
        ("Longlegs. Nothing else that year made me feel physically ill in a theater.", "horror", (1,)),
        ("Sinnners. Easily the best theater experience I've had this decade.", "movies", (2,)),
        # ... but not a reply word, nor a title in lowercase, nor a sentence later in the comment.
        ("Nope. Not paying $22 for another legacy sequel.", "movies", ()),
        ("longlegs. nothing else that year came close", "horror", ()),
        ("Honestly? Longlegs. Nothing else came close", "horror", ()),
        # How it was shown, after the title: "Sinners in IMAX"; not a drop in screens.
        ("Sinners in IMAX is the way to see it.", "movies", (2,)),
        ("the drop in IMAX screens hurt everyone this weekend", "boxoffice", ()),
        # "the movie" after a title, not across the end of a sentence.
        (
            "Longlegs' trailers were a marketing trap. The movie itself is a slow, cold procedural.",
            "horror",
            (1,),
        ),
        ("trap the movie was dumb fun", "horror", (4,)),
    ],
)
def test_evidence_from_a_seventh_independent_batch(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the seventh independent batch (movie subreddits above all) found wrongly accepted or missed."""
    m = TitleMatcher({1: "Longlegs", 2: "Sinners", 3: "Nope", 4: "Trap", 5: "Drop"})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A word English prose uses, in lowercase outside a movie subreddit: the word, unless evidence says
        # otherwise.
        ("Our 4x100 relay dropped the baton on the last exchange again.", "running", ()),
        ("Restored my grandfather's Black Forest cuckoo clock, the bird works again!", "woodworking", ()),
        ("frankenstein dinner: leftover chili + mac and cheese + hot sauce", "cooking", ()),
        ("What does scripture actually say about eternity?", "Christianity", ()),
        ("my daughter's first ballerina recital is saturday", "ballet", ()),
        ("just saw barbie, so much better than I expected", "AskReddit", (3,)),
        ("barbie was so much better than I expected", "AskReddit", (3,)),
        ("watched relay last night, riz ahmed is great in it", "AskReddit", (1,)),
        # ... after its article too.
        ("The mastermind of the Gardner Museum heist has never been identified.", "AskReddit", ()),
        ("just watched the mastermind, josh o'connor is great in it", "AskReddit", (7,)),
        # With its capital it is a name, and in a movie subreddit a film; without a subreddit, as before.
        ("Relay with Riz Ahmed is a tight little thriller", "AskReddit", (1,)),
        ("eternity was sweet, elizabeth olsen choosing between two husbands", "movies", (5,)),
        ("relay is so tense", None, (1,)),
    ],
)
def test_evidence_from_an_eighth_independent_batch(
    text: str, subreddit: str | None, expected: tuple[int, ...]
) -> None:
    """What the eighth independent batch (a catalogue no rule was written for) found wrongly accepted."""
    m = TitleMatcher(
        {
            1: "Relay",
            2: "Cuckoo",
            3: "Barbie",
            4: "Frankenstein",
            5: "Eternity",
            6: "Ballerina",
            7: "The Mastermind",
        }
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # Outside a movie subreddit a sentence's first capital, or one after an article, says nothing.
        ("F1 cars are basically planes flying upside down at this point", "formula1", ()),
        ("Babylon under Nebuchadnezzar II was one of the largest cities of its time.", "history", ()),
        ("Saw an Elvis impersonator marry a couple at the chapel. Peak Vegas.", "vegas", ()),
        ("This wiring is a Frankenstein mess of three decades of electricians.", "DIY", ()),
        ("BARBIE IS GREAT BUT THE DREAMHOUSE COSTS A FORTUNE", "Parenting", ()),  # as in lowercase
        # Evidence still names the film there, a list of films too.
        ("brad pitt in F1 looked more athletic than half the bench", "nba", (1,)),
        ("Frankenstein premiered at Venice and got a standing ovation", "news", (4,)),
        ("can't decide between barbie, Bottoms (2023) or Anatomy of a Fall tonight", "news", (5, 6, 7)),
        ("Double feature today: Barbie then Anatomy of a Fall. Loved both!", "gaming", (5, 7)),
        # In a movie subreddit, as before.
        ("F1 was a blast in IMAX", "movies", (1,)),
        ("Babylon is a mess but I loved it", "movies", (2,)),
    ],
)
def test_capitals_of_frequent_words_outside_movie_subreddits(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the earlier independent batches' non-movie subreddits still had wrongly accepted: a
    frequent one-word title there is judged as the word it is, its capitals included."""
    m = TitleMatcher(
        {
            1: "F1",
            2: "Babylon",
            3: "Elvis",
            4: "Frankenstein",
            5: "Barbie",
            6: "Bottoms",
            7: "Anatomy of a Fall",
        }
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("heard the cuckoo in our garden this morning, first of the year", "birding", ()),
        ("just watched the cuckoo, hunter schafer is great in it", "AskReddit", (1,)),
        ("the cuckoo was a fever dream", "movies", (1,)),
    ],
)
def test_a_word_after_its_article_is_as_frequent_as_the_word(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """ "The Cuckoo" (Zipf 3.1 for "cuckoo", under the floor for phrases) is judged as "Cuckoo" is."""
    m = TitleMatcher({1: "The Cuckoo"})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("caught fresh on hulu last night, the title card at 30 minutes got me", "AskReddit", (1,)),
        ("joy on netflix made me cry, bill nighy is lovely in it", "movies", (2,)),
        ("finally some joy on a monday", "AskReddit", ()),  # no service after "on"
        ("fresh on top of the pile", "books", ()),
    ],
)
def test_a_streaming_service_after_on_is_a_cue(text: str, subreddit: str, expected: tuple[int, ...]) -> None:
    m = TitleMatcher({1: "Fresh", 2: "Joy"})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A sequel by its Roman number, or by its number and subtitle, is another film.
        ("Rocky IV has the best training montage ever made", "movies", ()),
        ("Creed III felt weaker without Stallone around", "flicks", ()),
        (
            "Watched Speed 2: Cruise Control for the first time, the boat just drives into a town",
            "movies",
            (),
        ),
        ("Speed 2 is a mess but Speed is perfect", "movies", (2,)),
        # A show or a stage work of that name.
        ("season 1 of the Fargo TV series is better than most films", "TrueFilm", ()),
        ("saw Chicago on Broadway last night, still packed on a tuesday", "musicals", ()),
        ("Chicago the musical is touring again", "musicals", ()),
        # The films themselves.
        ("Rocky made Stallone a star", "movies", (1,)),
        ("Creed is the best boxing movie since Rocky", "movies", (1, 5)),
        ("Fargo is the Coens' best and it isn't close", "movies", (3,)),
        ("Chicago won Best Picture over The Pianist", "oscarrace", (4,)),
    ],
)
def test_sequels_shows_and_stage_works_of_a_title(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the tenth independent batch (older films) found wrongly accepted."""
    m = TitleMatcher(
        {1: "Rocky", 2: "Speed", 3: "Fargo", 4: "Chicago", 5: "Creed"},
        years={1: 1976, 2: 1994, 3: 1996, 4: 2002, 5: 2015},
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("my neighbor Carol fell asleep ten minutes into the movie", "movies", ()),
        ("My old roommate Spencer used to eat cereal with orange juice", "AskReddit", ()),
        ("my grandma Carol is 91 and just learned venmo", "CasualConversation", ()),
        # Shown to them, not named after them.
        ("showing my son Coco for the first time tonight", "daddit", (3,)),
        ("Carol is Todd Haynes at his best", "movies", (1,)),
    ],
)
def test_a_name_after_a_relation_is_a_person_whatever_the_title_kind(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """The distinct titles' "my son's friend Elio" rule, for titles that are words too (the tenth batch)."""
    m = TitleMatcher({1: "Carol", 2: "Spencer", 3: "Coco"})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        ("Crash winning Best Picture over Brokeback is still wild", "moviecritic", (1,)),
        ("flow winning best animated feature was the right call", "Letterboxd", (2,)),
        ("crash nominated for best picture? really?", "movies", (1,)),
        ("that crash ended our winning streak", "nba", ()),
    ],
)
def test_a_best_picture_or_feature_won_is_a_film_award(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    m = TitleMatcher({1: "Crash", 2: "Flow"})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A word after "a" and a few lowercase words, last in its phrase: a common noun or a role.
        ("that season finale was such a cheap cliffhanger. not even renewed yet", "television", ()),
        ("Melissa Benoist was a great Supergirl, the CW show just had awful writing", "DC_Cinematic", ()),
        ("there's such a strong undertone of grief in Hereditary", "horror", ()),
        ("what an ending cliffhanger", "movies", ()),
        # ... but not the title before its noun, nor after a list's letter.
        ("got tickets for a Cliffhanger screening", "movies", (1,)),
        ("a. Cliffhanger\nb. Supergirl", "movies", (1, 2)),
        ("Cliffhanger was a blast", "movies", (1,)),
        # A longer name that goes on with "of".
        ("The Bride of Frankenstein (1935) is better than the original", "horror", ()),
        ("The Bride is better than Frankenstein (del toro)", "horror", (3,)),
        # "X 101" is prose for the basics of X; the title in a list is no count of what follows it.
        ("Goodfellas is basically crime 101 for anyone getting into gangster movies", "MovieSuggestions", ()),
        ("my top 3:\n1. Supergirl\n2. Crime 101\n3. Cliffhanger", "movies", (1, 2, 4)),
        ("Crime 101 was so good", "movies", (4,)),
        ("watched crime 101 last night", "movies", (4,)),
    ],
)
def test_common_nouns_longer_names_and_basics(text: str, subreddit: str, expected: tuple[int, ...]) -> None:
    """What the eleventh independent batch (films of 2026) found."""
    m = TitleMatcher(
        {1: "Cliffhanger", 2: "Supergirl", 3: "The Bride!", 4: "Crime 101", 5: "Undertone"},
        years={1: 2026, 2: 2026, 3: 2026, 4: 2026, 5: 2026},
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # "the best X movie" is a kind of film, not the film.
        ("man of steel is still the best superman movie and henry cavill is HIM", "DC_Cinematic", ()),
        ("best witch movies that aren't Hocus Pocus?", "horrormovies", ()),
        ("the superman movie was so much fun", "DC_Cinematic", (1,)),
        ("the witch movie ending still haunts me", "horror", (2,)),
        # Two lowercase words between a determiner and the title: an ordinary noun phrase.
        ("the jacket merch drop was a genius move too", "A24", ()),
        ("drop was a genius move, best thriller of the spring", "movies", (3,)),
    ],
)
def test_kinds_of_film_and_longer_noun_phrases(text: str, subreddit: str, expected: tuple[int, ...]) -> None:
    """What the fourteenth and the seventeenth (young users' voice) independent batches found."""
    m = TitleMatcher({1: "Superman", 2: "The Witch", 3: "Drop"}, years={1: 2025, 2: 2015, 3: 2025})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A cue word across a sentence's end is none.
        (
            'the Bridesmaids plane scene is still the funniest thing put on film. "help me I\'m poor"',
            "movies",
            (2,),
        ),
        ("we had a drop in attendance. Movie night is cancelled", "AskReddit", ()),
        # The same work named after the title.
        ("Training Day the TV series with Bill Paxton was actually decent", "television", ()),
        ("Heathers: The Musical is wildly popular with teens right now", "musicals", ()),
        # A year after the title in a book subreddit names the film.
        ("It (2017) still holds up for me. The kids are the whole movie", "stephenking", (5,)),
        ("It is still my favorite King novel", "stephenking", ()),
        # "a closed-door conclave of donors": a common noun after "a" and a hyphenated word.
        ("A closed-door conclave of donors picked the nominee", "politics", ()),
        # A ranking's line: the title, then a dash or a colon and what is said of it.
        ("Ranking so far:\n\n1. Keeper - underrated\n2. Training Day: peak Denzel", "horror", (3, 6)),
        # A press tour is a film's.
        ("the wicked press tour was a whole era", "popheads", (4,)),
        # "Him" capitalised by a writer who capitalises God's pronouns.
        ("Trust in Him, even when it feels like He's silent. His presence got me through", "Catholicism", ()),
        ("honestly Him was better than It", "movies", (5, 7)),
    ],
)
def test_cues_works_years_and_pronouns_in_context(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the fourteenth (older films) and the fifteenth (mostly outside movie subreddits) independent
    batches found."""
    m = TitleMatcher(
        {
            1: "The Help",
            2: "Bridesmaids",
            3: "Keeper",
            4: "Wicked",
            5: "It",
            6: "Training Day",
            7: "Him",
            8: "Drop",
        },
        years={1: 2011, 2: 2011, 3: 2025, 4: 2024, 5: 2017, 6: 2001, 7: 2025, 8: 2025},
    )
    m_extra = TitleMatcher({9: "Heathers", 10: "Conclave"}, years={9: 1988, 10: 2024})
    got = tuple(sorted(set(m.match(text, subreddit)) | set(m_extra.match(text, subreddit))))
    assert got == expected, (m.explain(text, subreddit), m_extra.explain(text, subreddit))


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A lowercase stop-word title that is a whole line of a list of films counts with them.
        ("my top 4\n1. sinners\n2. together\n3. weapons\n4. her", "Letterboxd", (1, 2, 3, 4)),
        ("1. weapons\n2. it\n3. sinners", "movies", (2, 3, 5)),
        # ... not as part of a longer line, nor in a list of chores.
        ("1. sinners\n2. together with friends\n3. weapons", "movies", (2, 3)),
        ("todo:\n1. clean up\n2. it\n3. call mom", "AskReddit", ()),
    ],
)
def test_a_stop_word_title_alone_on_a_list_line(text: str, subreddit: str, expected: tuple[int, ...]) -> None:
    """What the thirteenth independent batch (the first catalogue again) found: "9. together"."""
    m = TitleMatcher({1: "Together", 2: "Sinners", 3: "Weapons", 4: "Her", 5: "It"})
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # The end of a longer title after "of", with an article between or not, and a sentence's first
        # word allowed only with the article ("Fans of Up" is prose, "Anatomy of a Fall" a title).
        ("Anatomy of a Fall won the Palme d'Or", "movies", ()),
        ("my top 3:\n1. Anatomy of a Fall\n2. Leo\n3. Past Lives", "Letterboxd", (2,)),
        ("I still think Children of Men is the best of the 2000s", "movies", ()),
        ("Fans of Fall will love this one", "movies", (1,)),
        # A greeting is no name.
        ('"oh hi mark" is the greatest line reading in cinema history', "movies", ()),
        ("oh, hi! my cat every time i open the door", "aww", ()),
        ("Oh, Hi! is the best rom-com of the year", "movies", (3,)),
    ],
)
def test_the_end_of_a_longer_title_and_greetings(
    text: str, subreddit: str, expected: tuple[int, ...]
) -> None:
    """What the twelfth independent batch (films of 2022-2025) found."""
    m = TitleMatcher(
        {1: "Fall", 2: "Leo", 3: "Oh, Hi!", 4: "Men"}, years={1: 2022, 2: 2023, 3: 2025, 4: 2022}
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "subreddit", "expected"),
    [
        # A subtitle of three ordinary words names its film with the evidence an ordinary phrase needs.
        ("I saw Brand New Day on opening night", "marvelstudios", (1,)),
        ("Brand New Day is the first Spidey movie in forever that feels street level", "marvelstudios", (1,)),
        ("Fire and Ash tracking below Way of Water isn't the disaster people think", "boxoffice", (2,)),
        ("it's a brand new day", "movies", ()),
        ("fire and ash everywhere after the wildfire", "news", ()),
        ("she's my ride or die", "movies", ()),
        # A full title misspelled is still found beside its subtitle.
        ("My mom saw Venkom: The Last Dance three times in theaters", "horror", (3,)),
        ("Bad Bys: Ride or Die won best picture? Great year.", "boxoffice", (4,)),
        # Quoted words said, not a title.
        ("if the old man says 'they will kill you', you turn the car around", "horror", ()),
        ("my brother said 'they will kill you' was the most fun he had all year", "horror", (5,)),
        ("They Will Kill You is a blast", "horror", (5,)),
    ],
)
def test_a_subtitle_alone_and_words_said(text: str, subreddit: str, expected: tuple[int, ...]) -> None:
    """What the eleventh independent batch (films of 2026) found: "Brand New Day" for Spider-Man: Brand New
    Day, and a line said in a horror film's voice."""
    m = TitleMatcher(
        {
            1: "Spider-Man: Brand New Day",
            2: "Avatar: Fire and Ash",
            3: "Venom: The Last Dance",
            4: "Bad Boys: Ride or Die",
            5: "They Will Kill You",
        }
    )
    assert m.match(text, subreddit) == expected, m.explain(text, subreddit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Running Man (1987) is pure cheese", ()),
        ("the running man (2025) was fun", (1,)),
        ("The Running Man 2026 re-release when", (1,)),  # within a year: festivals, late releases
        ("Frankenstein (1931) still holds up, Frankenstein 2025 does too", (2,)),
        ("saw frankenstein, the 1931 one is better", (2,)),  # a year elsewhere says nothing
        ("Heat (1995) is Mann's masterpiece", (4,)),  # two films of one title: the year picks
        ("Heat (2025) was fine", (3,)),
        ("Us (2019) is peak Peele", (5,)),  # no year known: a year is evidence as before
    ],
)
def test_a_year_after_a_title_picks_the_film_of_that_year(text: str, expected: tuple[int, ...]) -> None:
    m = TitleMatcher(
        {1: "The Running Man", 2: "Frankenstein", 3: "Heat", 4: "Heat", 5: "Us"},
        years={1: 2025, 2: 2025, 3: 2025, 4: 1995},
    )
    assert m.match(text, "movies") == expected, m.explain(text, "movies")


def test_a_title_of_another_year_is_rejected_and_counted() -> None:
    m = TitleMatcher({1: "The Running Man"}, years={1: 2025})
    assert m.match("The Running Man (1987) is pure cheese") == ()
    assert m.rejected["other_year"] == 1
    assert [d.reason for d in m.explain("The Running Man (1987)")] == ["other_year"]


class _SliceLog(str):
    """A string that remembers the length of every slice taken of it."""

    sizes: list[int]

    def __getitem__(self, key: Any) -> str:
        out = str.__getitem__(self, key)
        if isinstance(key, slice):
            self.sizes.append(len(out))
        return out


def test_looking_for_a_year_next_to_a_hit_reads_a_bounded_part_of_the_comment() -> None:
    """Per hit, the fast path copies a few words, not the rest of the comment: every hit of a title in a
    megabyte of text copying what follows it was quadratic (found in review of the year rule)."""
    norm = _SliceLog(" saw heat " + "in the cinema " * 70_000)
    norm.sizes = []
    assert not matcher_module._year_near(norm, 4, 9)
    assert max(norm.sizes) <= 64, max(norm.sizes)
    near = _SliceLog(" saw heat in 1995 " + "and more " * 10)
    near.sizes = []
    assert matcher_module._year_near(near, 4, 9)
