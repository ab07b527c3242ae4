"""Tests of the deterministic sample generator (trendscope_app.sources.sample)."""

from __future__ import annotations

import itertools
import json
import math
import statistics
from collections import Counter

import pytest

from trendscope_app.sources.jsonl import read_jsonl, write_jsonl
from trendscope_app.sources.sample import (
    CATALOGUE,
    SampleSpec,
    build_world,
    generate,
    iter_comments,
    iter_generate,
    iter_snapshots,
    normalize_text,
    title_variants,
    write_sample,
)
from trendscope_app.text.matcher import is_ambiguous

SPEC = SampleSpec(n_comments=12_000, n_movies=40, seed=11)
COMMENT_FIELDS = {"id", "body", "created_utc", "score", "subreddit", "author", "permalink"}
SNAPSHOT_FIELDS = {
    "id",
    "title",
    "original_title",
    "release_date",
    "popularity",
    "vote_average",
    "vote_count",
    "fetched_at",
}


@pytest.fixture(scope="module")
def sample():
    return generate(SPEC)


def reference_match(body: str, normalised_titles: dict[int, str]) -> tuple[int, ...]:
    """Ground-truth oracle: normalised, word-bounded title search (independent of the generator)."""
    padded = f" {normalize_text(body)} "
    return tuple(sorted(mid for mid, title in normalised_titles.items() if f" {title} " in padded))


ALL_TITLES = {m.id: normalize_text(m.title) for m in CATALOGUE}


# -- catalogue --------------------------------------------------------------------------------------------


def test_catalogue_is_large_unique_and_realistic():
    assert len(CATALOGUE) >= 200
    assert len({m.id for m in CATALOGUE}) == len(CATALOGUE)
    assert len(set(ALL_TITLES.values())) == len(CATALOGUE)
    titles = {m.title for m in CATALOGUE}
    for expected in ("Dune: Part Two", "Deadpool & Wolverine", "Joker: Folie \u00e0 Deux", "Gladiator II"):
        assert expected in titles
    # Titles the matcher only accepts with evidence (ordinary words) would make the truth ambiguous.
    assert "Inside Out 2" not in titles and "The Black Phone" not in titles
    assert not any(is_ambiguous(t) for t in titles)
    assert sum(":" in t for t in titles) >= 30
    assert sum("&" in t for t in titles) >= 5
    assert sum(any(c.isdigit() for c in t) for t in titles) >= 20
    assert sum(not t.isascii() for t in titles) >= 4
    for m in CATALOGUE:
        assert m.release_date[:4] in {"2022", "2023", "2024", "2025"}
        assert m.id > 0


def test_catalogue_avoids_ordinary_words():
    ordinary = {"here", "trap", "up", "us", "her", "it", "smile", "wish", "nope", "civil war", "wicked"}
    assert not ordinary & set(ALL_TITLES.values())


def test_no_title_contains_another_on_word_boundaries():
    for (a_id, a), (b_id, b) in itertools.permutations(ALL_TITLES.items(), 2):
        assert f" {a} " not in f" {b} ", (a_id, b_id)


def test_title_variants_all_normalise_to_the_title():
    for m in CATALOGUE:
        variants = title_variants(m.title)
        assert variants[0] == m.title
        assert len(set(variants)) == len(variants)
        assert {normalize_text(v) for v in variants} == {normalize_text(m.title)}
    amp = title_variants("Deadpool & Wolverine")
    assert {"DEADPOOL AND WOLVERINE", "deadpool & wolverine"} <= set(amp)
    assert "joker folie a deux" in title_variants("Joker: Folie \u00e0 Deux")
    assert "Spider Man Across the Spider Verse" in title_variants("Spider-Man: Across the Spider-Verse")


# -- determinism and shape -------------------------------------------------------------------------------


def test_same_seed_same_records_other_seed_different(sample):
    assert generate(SPEC) == sample
    other = generate(SampleSpec(n_comments=SPEC.n_comments, n_movies=SPEC.n_movies, seed=SPEC.seed + 1))
    assert other[0] != sample[0]
    assert [c["body"] for c in other[0][:200]] != [c["body"] for c in sample[0][:200]]


def test_comments_exact_count_sorted_in_range_and_well_formed(sample):
    comments, _, truth = sample
    assert len(comments) == SPEC.n_comments
    times = [c["created_utc"] for c in comments]
    assert all(a < b for a, b in itertools.pairwise(times))
    assert SPEC.start <= times[0] and times[-1] < SPEC.start + SPEC.duration_s
    ids = [c["id"] for c in comments]
    assert len(set(ids)) == len(ids) and set(ids) == set(truth)
    for c in comments:
        assert set(c) == COMMENT_FIELDS
        assert c["id"].isalnum() and c["id"] == c["id"].lower()
        assert isinstance(c["body"], str) and c["body"]
        assert type(c["created_utc"]) is float and type(c["score"]) is int
        assert c["subreddit"] in SPEC.subreddits
        assert c["permalink"] == f"/r/{c['subreddit']}/comments/{c['permalink'].split('/')[4]}/_/{c['id']}/"
    assert set(Counter(c["subreddit"] for c in comments)) == set(SPEC.subreddits)
    # arrivals cover the whole run rather than bunching
    per_minute = Counter(int((t - SPEC.start) // 60) for t in times)
    assert len(per_minute) == 60


def test_snapshots_every_movie_every_interval_from_start(sample):
    comments, snapshots, _ = sample
    rounds = math.ceil(SPEC.duration_s / SPEC.tmdb_interval_s)
    assert len(snapshots) == SPEC.n_movies * rounds
    assert snapshots[0]["fetched_at"] == SPEC.start <= comments[0]["created_utc"]
    times = [s["fetched_at"] for s in snapshots]
    assert times == sorted(times)
    by_round = Counter(times)
    assert sorted(by_round) == [SPEC.start + k * SPEC.tmdb_interval_s for k in range(rounds)]
    assert set(by_round.values()) == {SPEC.n_movies}
    world = build_world(SPEC)
    assert {s["id"] for s in snapshots} == {m.id for m in world.movies}
    titles = {m.id: m.title for m in CATALOGUE}
    for s in snapshots:
        assert set(s) == SNAPSHOT_FIELDS
        assert type(s["id"]) is int and s["title"] == titles[s["id"]]
        assert type(s["popularity"]) is float and s["popularity"] > 0
        assert 0 <= s["vote_average"] <= 10 and type(s["vote_count"]) is int
    # vote counts never decrease
    for mid in {s["id"] for s in snapshots}:
        counts = [s["vote_count"] for s in snapshots if s["id"] == mid]
        assert counts == sorted(counts)


def test_iter_generate_merges_in_event_time_order_snapshot_first(sample):
    comments, snapshots, truth = sample
    events = list(iter_generate(SPEC))
    assert [e.record for e in events if e.kind == "comment"] == comments
    assert [e.record for e in events if e.kind == "snapshot"] == snapshots
    assert all(e.movie_ids == truth[e.record["id"]] for e in events if e.kind == "comment")
    assert all(e.movie_ids == (e.record["id"],) for e in events if e.kind == "snapshot")
    keys = [(e.event_time, e.kind != "snapshot") for e in events]
    assert keys == sorted(keys)
    assert all("truth" not in e.record and "movie_ids" not in e.record for e in events)


def test_generation_is_lazy():
    # A billion comments: only laziness lets the first few come back.
    huge = SampleSpec(n_comments=10**9, n_movies=30, seed=3)
    first = list(itertools.islice(iter_comments(huge), 5))
    assert len(first) == 5
    assert len(list(itertools.islice(iter_generate(huge), 40))) == 40


# -- ground truth ---------------------------------------------------------------------------------------


def test_truth_is_exactly_what_a_normalising_matcher_finds(sample):
    comments, _, truth = sample
    for c in comments:
        assert reference_match(c["body"], ALL_TITLES) == truth[c["id"]], c["body"]


@pytest.mark.parametrize("seed", [1, 2])
def test_truth_holds_with_the_whole_catalogue(seed):
    spec = SampleSpec(n_comments=5_000, n_movies=len(CATALOGUE), seed=seed)
    for record, movie_ids in iter_comments(spec):
        assert reference_match(record["body"], ALL_TITLES) == movie_ids, record["body"]


def test_mention_mix_and_written_variants(sample):
    comments, _, truth = sample
    counts = Counter(len(v) for v in truth.values())
    assert set(counts) == {0, 1, 2, 3}
    assert 0.25 <= counts[0] / len(comments) <= 0.35
    assert all(list(v) == sorted(set(v)) for v in truth.values())
    titles = {m.id: m.title for m in CATALOGUE}
    exact = sum(titles[mid] in c["body"] for c in comments for mid in truth[c["id"]])
    mentions = sum(len(v) for v in truth.values())
    assert 0.3 < exact / mentions < 0.9  # plenty of exact titles and plenty of variants
    written_as = Counter(
        "lower"
        if titles[mid].lower() in c["body"]
        else "upper"
        if titles[mid].upper() in c["body"]
        else "other"
        for c in comments
        for mid in truth[c["id"]]
        if titles[mid] not in c["body"]
    )
    assert min(written_as["lower"], written_as["upper"], written_as["other"]) > 0


def test_sentiment_varies():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    spec = SampleSpec(n_comments=1500, n_movies=20, seed=5)
    scores = [analyzer.polarity_scores(r["body"])["compound"] for r, _ in iter_comments(spec)]
    assert sum(s > 0.3 for s in scores) > 0.2 * len(scores)
    assert sum(s < -0.3 for s in scores) > 0.1 * len(scores)
    assert sum(abs(s) < 0.05 for s in scores) > 0.05 * len(scores)
    assert statistics.pstdev(scores) > 0.4


def test_mentions_follow_popularity_and_breakouts_surge(sample):
    comments, snapshots, truth = sample
    world = build_world(SPEC)
    assert len(world.breakout_ids) == SPEC.n_breakouts
    third = SPEC.duration_s / 3
    per_third: dict[int, list[int]] = {m.id: [0, 0, 0] for m in world.movies}
    for c in comments:
        k = min(2, int((c["created_utc"] - SPEC.start) // third))
        for mid in truth[c["id"]]:
            per_third[mid][k] += 1
    for mid, (first, middle, last) in per_third.items():
        if mid in world.breakout_ids:
            assert middle > 2.0 * max(first, last), (mid, first, middle, last)
        else:
            assert middle < 1.6 * max(first, last), (mid, first, middle, last)
    # breakout popularity in snapshots peaks mid-run
    for mid in world.breakout_ids:
        pops = {s["fetched_at"]: s["popularity"] for s in snapshots if s["id"] == mid}
        mid_peak = max(p for t, p in pops.items() if SPEC.start + third < t < SPEC.start + 2 * third)
        assert mid_peak > 3 * pops[SPEC.start]
    # overall, a movie's share of mentions tracks its share of popularity
    total_mentions = sum(sum(v) for v in per_third.values())
    t_mid = SPEC.start + SPEC.duration_s / 2
    avg_pop = {
        m.id: statistics.fmean(world.popularity(m.id, SPEC.start + (i + 0.5) * 36.0) for i in range(100))
        for m in world.movies
    }
    pop_total = sum(avg_pop.values())
    for mid, counts in per_third.items():
        expected = avg_pop[mid] / pop_total * total_mentions
        assert abs(sum(counts) - expected) < 0.25 * expected + 30, (mid, sum(counts), expected)
    assert world.popularity(world.movies[0].id, t_mid) > 0


def test_more_movies_than_catalogue_adds_synthetic_titles():
    spec = SampleSpec(n_comments=2_000, n_movies=len(CATALOGUE) + 150, seed=9)
    world = build_world(spec)
    titles = {m.id: normalize_text(m.title) for m in world.movies}
    assert len(titles) == spec.n_movies and len(set(titles.values())) == spec.n_movies
    for record, movie_ids in iter_comments(spec, world):
        assert reference_match(record["body"], titles) == movie_ids
    assert len(list(iter_snapshots(spec, world))) == spec.n_movies * 12


def test_spec_validation():
    with pytest.raises(ValueError):
        SampleSpec(n_breakouts=60, n_movies=50)
    with pytest.raises(ValueError):
        SampleSpec(duration_s=0)
    empty = generate(SampleSpec(n_comments=0, n_movies=3, n_breakouts=0))
    assert empty[0] == [] and empty[2] == {} and len(empty[1]) == 36


# -- files ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["x.jsonl", "x.jsonl.gz"])
def test_jsonl_round_trip(tmp_path, name, sample):
    comments, snapshots, _ = sample
    path = tmp_path / name
    assert write_jsonl(path, comments[:500]) == 500
    assert list(read_jsonl(path)) == comments[:500]
    assert write_jsonl(path, iter(snapshots)) == len(snapshots)
    assert list(read_jsonl(path)) == snapshots


def test_read_jsonl_is_strict(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"a": 1}\n\n{oops\n')
    it = read_jsonl(path)
    assert next(it) == {"a": 1}
    with pytest.raises(ValueError, match=":3:"):
        next(it)


def test_write_sample_matches_generate(tmp_path):
    spec = SampleSpec(n_comments=3_000, n_movies=12, seed=4, n_breakouts=2)
    files = write_sample(tmp_path / "out", spec)
    comments, snapshots, truth = generate(spec)
    assert (files.n_comments, files.n_snapshots) == (len(comments), len(snapshots))
    assert list(read_jsonl(files.comments)) == comments
    assert list(read_jsonl(files.tmdb)) == snapshots
    assert {r["id"]: tuple(r["movie_ids"]) for r in read_jsonl(files.truth)} == truth
    # compact JSON, exactly the bytes the replay tool publishes
    assert (
        files.comments.read_bytes().splitlines()[0] == json.dumps(comments[0], separators=(",", ":")).encode()
    )
