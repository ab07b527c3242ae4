"""SENTIMENT_TITLES=mask through a real worker: VADER reads a comment without the titles it mentions.

Titles that are sentiment words ("Wicked" is -2.4 in VADER's lexicon, "poor" -2.1, "war" -2.9) pull every
mention of their movie down, whatever the comment says. The oracle is stock vaderSentiment on comments
masked by hand, and each comment's movies are written down here, not asked of the matcher.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from tests.support import read_topic, replay_into, spawn

pytestmark = pytest.mark.e2e

WICKED, POOR, CIVIL = 402431, 792307, 929590
TITLES = {WICKED: "Wicked", POOR: "Poor Things", CIVIL: "Civil War"}
# (comment, its movies, the comment as VADER should read it)
COMMENTS = [
    ("Wicked was so much better than I expected", (WICKED,), "Title was so much better than I expected"),
    ("Cynthia Erivo is great in Wicked", (WICKED,), "Cynthia Erivo is great in Title"),
    ("saw Wicked twice, what a wicked good time", (WICKED,), "saw Title twice, what a wicked good time"),
    ("Poor Things is so weird and so good", (POOR,), "Title Title is so weird and so good"),
    ("POOR THINGS WAS AMAZING", (POOR,), "TITLE TITLE WAS AMAZING"),
    ("Civil War by Alex Garland was fantastic", (CIVIL,), "Title Title by Alex Garland was fantastic"),
    (
        "Loved Poor Things, hated Civil War",
        (POOR, CIVIL),
        "Loved Title Title, hated Title Title",
    ),
    ("that was a wicked twist, poor guy", (), ""),
]


def test_masked_titles_score_what_the_comment_says_of_the_film(broker, workers, tmp_path: Path) -> None:
    t0 = (int(time.time()) - 7200) // 60 * 60
    snapshots = [
        {
            "id": mid,
            "title": title,
            "original_title": title,
            "release_date": "2024-01-01",
            "popularity": 100.0,
            "vote_average": 7.0,
            "vote_count": 100,
            "fetched_at": t0 - 60.0,
        }
        for mid, title in TITLES.items()
    ]
    comments = [
        {
            "id": f"m{i}",
            "body": body,
            "created_utc": t0 + 5.0 * i,
            "score": 1,
            "subreddit": "movies",
            "permalink": f"/r/movies/comments/x/y/m{i}/",
        }
        for i, (body, _, _) in enumerate(COMMENTS)
    ]
    vader = SentimentIntensityAnalyzer()
    scores: dict[int, list[float]] = defaultdict(list)
    for _, movies, masked in COMMENTS:
        for m in movies:
            scores[m].append(vader.polarity_scores(masked)["compound"])
    want = {m: (len(s), sum(s) / len(s)) for m, s in scores.items()}

    w = spawn(workers, broker, tmp_path, "w1", SENTIMENT_TITLES="mask")
    w.wait_ready()
    replay_into(broker, tmp_path, comments, snapshots, [w.url])
    # Every comment is in the minute from t0, so each movie has five windows holding all of them.
    got = asyncio.run(
        read_topic(broker.bootstrap, "trend_stream", lambda out: len(out) >= 5 * len(want), timeout=120)
    )
    windows = [t for t in got if t["mentions"]]
    assert len(windows) == 5 * len(want), got
    for t in windows:
        n, avg = want[t["movie_id"]]
        assert t["mentions"] == n, t
        assert t["avg_sentiment"] == pytest.approx(avg, abs=1e-9), t
    # Unmasked, the same comments would have read as disliked.
    wicked = [vader.polarity_scores(body)["compound"] for body, movies, _ in COMMENTS if WICKED in movies]
    assert sum(wicked) / len(wicked) < 0 < want[WICKED][1]
