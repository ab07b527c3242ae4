"""A window's evidence (mentions per subreddit, best comments): exact per window, bounded, saved with the panes."""

from __future__ import annotations

import json
import random

from trendscope_app.windows import evidence
from trendscope_app.windows.movie import MovieWindows

STEP, SIZE = 60, 300


def mention(m: MovieWindows, offset: int, ts: float, sub: str, score: int) -> None:
    m.add_mention("r0", offset, ts, 0.0, step=STEP, where=(sub, f"c{offset}", f"/r/{sub}/c{offset}", score))


def test_a_window_reads_its_own_panes_only():
    m = MovieWindows()
    for offset, (ts, sub, score) in enumerate(
        [(10, "movies", 1), (70, "movies", 9), (250, "flicks", 4), (299, "boxoffice", 2), (300, "movies", 99)]
    ):
        mention(m, offset, float(ts), sub, score)
    ev = m.summarise(300, size=SIZE, step=STEP, ttl=1800).evidence
    assert ev["subreddits"] == {"movies": 2, "boxoffice": 1, "flicks": 1}
    assert [c["id"] for c in ev["comments"]] == ["c1", "c2", "c3"]  # c4 (score 99) is in the next window
    later = m.summarise(360, size=SIZE, step=STEP, ttl=1800).evidence
    assert later["subreddits"] == {"boxoffice": 1, "flicks": 1, "movies": 2}  # [60, 360): c1, c4
    assert later["comments"][0] == {"id": "c4", "permalink": "/r/movies/c4", "score": 99}


def test_a_replayed_mention_is_not_counted_twice():
    m = MovieWindows()
    mention(m, 5, 10.0, "movies", 3)
    mention(m, 5, 10.0, "movies", 3)
    assert m.summarise(60, size=SIZE, step=STEP, ttl=1800).evidence["subreddits"] == {"movies": 1}


def test_top_five_subreddits_and_three_comments_ties_by_name_and_id():
    m = MovieWindows()
    subs = ["e", "d", "c", "b", "a", "f", "a", "b"]
    for offset, sub in enumerate(subs):
        mention(m, offset, 30.0, sub, 7)
    ev = m.summarise(60, size=SIZE, step=STEP, ttl=1800).evidence
    assert list(ev["subreddits"].items()) == [("a", 2), ("b", 2), ("c", 1), ("d", 1), ("e", 1)]
    assert [c["id"] for c in ev["comments"]] == ["c0", "c1", "c2"]


def test_memory_per_pane_is_bounded_whatever_the_traffic():
    m = MovieWindows()
    rng = random.Random(4)
    for i in range(20_000):  # 100 mentions a minute, 500 subreddits
        mention(m, i, 200.0 + i * 0.003, f"sub{rng.randint(0, 500)}", rng.randint(-5, 1000))
    for pane in m.panes.values():
        assert len(pane[2]) <= evidence.MAX_SUBREDDITS and len(pane[3]) <= evidence.MAX_COMMENTS
    assert len(json.dumps(m.to_dict())) < 4000 * len(m.panes)
    # The best comments are the best of all, not of what the counters kept.
    best = max(m.panes.values(), key=lambda p: p[0])[3]
    assert [b[0] for b in best] == sorted((b[0] for b in best), reverse=True)


def test_space_saving_keeps_a_dominant_subreddit():
    m = MovieWindows()
    for i in range(200):
        mention(m, i, 1.0, "movies" if i % 2 else f"rare{i}", 0)
    ev = m.summarise(60, size=SIZE, step=STEP, ttl=1800).evidence
    assert next(iter(ev["subreddits"])) == "movies" and ev["subreddits"]["movies"] >= 100


def test_evidence_is_saved_with_the_panes_and_old_states_still_load():
    m = MovieWindows()
    for i in range(30):
        mention(m, i, 60.0 * (i % 5), "movies" if i % 3 else "flicks", i)
    clone = MovieWindows.from_dict(json.loads(json.dumps(m.to_dict())))
    for end in (60, 120, 300):
        assert clone.summarise(end, size=SIZE, step=STEP, ttl=1800) == m.summarise(
            end, size=SIZE, step=STEP, ttl=1800
        )
    old = MovieWindows.from_dict({"t": "", "p": [[0, 2, 0.5]], "s": [], "a": {"r0": 1}, "c": None})
    s = old.summarise(60, size=SIZE, step=STEP, ttl=1800)
    assert s.mentions == 2 and s.evidence is None
    mention(old, 2, 30.0, "movies", 1)
    assert old.summarise(60, size=SIZE, step=STEP, ttl=1800).evidence["subreddits"] == {"movies": 1}
