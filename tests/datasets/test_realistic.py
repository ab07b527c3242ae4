"""The realistic profile (trendscope_app.datasets.realistic): real traffic's lengths and mention share, with
a ground truth that stays exact."""

from __future__ import annotations

import html
import statistics

import pytest

from trendscope_app.datasets.realistic import EMOJI, realistic
from trendscope_app.datasets.sample import SampleSpec, generate

SPEC = SampleSpec(n_comments=20_000, n_movies=30, seed=5, hard_titles=False)


@pytest.fixture(scope="module")
def sample() -> tuple[list[dict], dict, dict, list[dict], dict]:
    comments, snapshots, truth = generate(SPEC)
    titles = {s["id"]: s["title"] for s in snapshots}
    out, out_truth = realistic(comments, truth, titles, seed=SPEC.seed)
    return comments, truth, titles, out, out_truth


def test_lengths_mentions_and_emoji_are_those_of_real_comments(sample) -> None:
    _, _, _, out, truth = sample
    lengths = [len(c["body"]) for c in out]
    assert 110 <= statistics.median(lengths) <= 130
    assert 185 <= statistics.mean(lengths) <= 215
    assert 2_000 < max(lengths) <= 10_000  # a tail of long comments, within Reddit's limit
    assert sum(bool(truth[c["id"]]) for c in out) / len(out) >= 0.845
    with_emoji = sum(any(e in c["body"] for e in EMOJI) for c in out) / len(out)
    assert 0.15 <= with_emoji <= 0.35


def test_every_body_keeps_what_it_said_and_names_exactly_its_truth(sample) -> None:
    comments, truth, titles, out, out_truth = sample
    lowered = {m: t.lower() for m, t in titles.items()}
    added = 0
    for before, after in zip(comments, out, strict=True):
        assert {k: v for k, v in after.items() if k != "body"} == {
            k: v for k, v in before.items() if k != "body"
        }
        assert before["body"] in after["body"]
        if truth[before["id"]]:
            assert out_truth[before["id"]] == truth[before["id"]]
        elif out_truth[before["id"]]:
            added += 1
            (movie,) = out_truth[before["id"]]
            assert lowered[movie] in html.unescape(after["body"]).lower()  # bodies are escaped as Reddit's
        # The padding names no movie: with the original text taken out, no title of the sample is left.
        rest = html.unescape(after["body"]).lower().replace(html.unescape(before["body"]).lower(), " ")
        named = {m for m, t in lowered.items() if t in rest}
        assert named <= set(out_truth[before["id"]]) - set(truth[before["id"]])
    assert added > 0


def test_the_profile_is_deterministic_and_leaves_its_input_alone(sample) -> None:
    comments, truth, titles, out, out_truth = sample
    again = realistic(comments, truth, titles, seed=SPEC.seed)
    assert again == (out, out_truth)
    assert comments == generate(SPEC)[0]


def test_impossible_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="mean > median"):
        realistic([], {}, {}, median=200, mean=120)
