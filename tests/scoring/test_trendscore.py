"""The TrendScore formula as the README writes it, checked against the code for any inputs and weights."""

from __future__ import annotations

import math
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from trendscope_app.scoring.trendscore import Weights, trend_score

README = Path(__file__).resolve().parents[2] / "README.md"

finite = st.floats(-1e6, 1e6, allow_nan=False)


def readme_formula() -> str:
    """The formula line of the README's API section, as a Python expression of the README's names."""
    line = next(ln for ln in README.read_text().splitlines() if ln.startswith("`trend_score = "))
    expr = line.strip("`.").split("=", 1)[1]
    return re.sub(r"\s*×\s*", " * ", expr)


@given(
    popularity=st.floats(0, 1e5),
    mentions=st.integers(0, 10**6),
    sentiment=st.floats(-1, 1),
    w=st.tuples(finite, finite, finite),
)
def test_the_code_computes_the_readme_formula(popularity, mentions, sentiment, w) -> None:
    expr = readme_formula()
    names = {
        "W1_POPULARITY": w[0],
        "W2_MENTIONS": w[1],
        "W3_SENTIMENT": w[2],
        "popularity": popularity,
        "mentions": mentions,
        "avg_sentiment": sentiment,
    }
    expected = eval(expr, {"__builtins__": {}}, names)  # our README, fixed names only
    got = trend_score(popularity, mentions, sentiment, Weights(*w))
    assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-6)


@given(popularity=st.floats(0, 1e5), mentions=st.integers(0, 10**6), sentiment=st.floats(-1, 1))
def test_with_the_default_weights_more_of_anything_never_lowers_the_score(popularity, mentions, sentiment):
    base = trend_score(popularity, mentions, sentiment)
    assert trend_score(popularity + 1, mentions, sentiment) > base
    assert trend_score(popularity, mentions + 1, sentiment) > base
    assert trend_score(popularity, mentions, min(1.0, sentiment + 0.1)) >= base
