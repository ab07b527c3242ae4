"""VADER sentiment helpers."""

from __future__ import annotations

import pytest

from trendscope_app.text import sentiment
from trendscope_app.text.sentiment import compound, compound_many


def test_compound_sign_and_range() -> None:
    pos = compound("Dune Part Two was an absolute masterpiece, I loved it")
    neg = compound("Madame Web was awful, boring and a waste of money")
    assert 0.5 < pos <= 1.0
    assert -1.0 <= neg < -0.5
    assert isinstance(pos, float)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_compound_blank_is_zero(text: str) -> None:
    assert compound(text) == 0.0


def test_compound_neutral() -> None:
    assert abs(compound("The movie comes out on Friday")) < 0.2


def test_compound_many_matches_compound() -> None:
    texts = ["I love it", "", "I hate it", "Wicked was AMAZING!!!", "meh"]
    assert compound_many(texts) == [compound(t) for t in texts]
    assert compound_many([]) == []


def test_analyzer_is_cached() -> None:
    assert sentiment._analyzer() is sentiment._analyzer()


def test_long_text() -> None:
    score = compound("great movie. " * 300)
    assert 0.9 < score <= 1.0
