"""The issue-20 peer: the same job written on Quix Streams 3.28.1, run by :mod:`bench.peers.quix`.

Reads the comment topic, matches titles with TrendScope's matcher (a Quix user would need one; this is
the best there is here), scores the sentiment of each comment that mentions a movie with stock
vaderSentiment 3.3.2 (what such a user gets), re-keys each mention by movie (Quix's ``group_by``, a
repartition topic: TrendScope's ``movie_events``) and keeps per-movie hopping windows of 5 minutes every
minute on event time, published once closed (``.final()``).

Usage: ``python -m bench.peers.quix_app BOOTSTRAP TITLES_JSON STATE_DIR`` with quixstreams installed
(``make bench-quix`` makes such an environment). It prints ``first-read <epoch s>`` when it reads its
first comment, so the driver can count start-up as it does for a worker.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from trendscope_app.models.validate import comment_text
from trendscope_app.text.matcher import TitleMatcher

INPUT = "reddit_stream"
OUTPUT = "quix_windows"
#: As TrendScope's windows: 5 minutes, every minute, 10 s of grace.
SIZE_MS, STEP_MS, GRACE_MS = 300_000, 60_000, 10_000
#: Tansu drops a group member after twice its session; the default 45 s session makes every join wait
#: 22.5 s (Tansu holds a join for half the session of the group's first member).
SESSION_MS = 10_000


def main(bootstrap: str, titles_path: str, state_dir: str) -> None:
    # Imported here: the test suite imports every module of bench/, and quixstreams is not installed there.
    from quixstreams import Application

    with open(titles_path) as f:
        titles = {int(k): v for k, v in json.load(f).items()}
    matcher = TitleMatcher(titles)
    vader = SentimentIntensityAnalyzer()
    first = [True]

    def mentions(comment: dict[str, Any]) -> list[dict[str, Any]]:
        if first[0]:
            first[0] = False
            print(f"first-read {time.time():.3f}", flush=True)
        body = comment_text(comment["body"])
        movies = matcher.match(body)
        if not movies:
            return []
        score = vader.polarity_scores(body)["compound"]
        return [{"movie_id": m, "s": score} for m in movies]

    app = Application(
        broker_address=bootstrap,
        consumer_group="quix-bench",
        auto_offset_reset="earliest",
        state_dir=state_dir,
        consumer_extra_config={"session.timeout.ms": SESSION_MS, "heartbeat.interval.ms": 1_000},
    )
    comments = app.topic(
        INPUT,
        value_deserializer="json",
        timestamp_extractor=lambda value, _headers, _ts, _type: int(value["created_utc"] * 1000),
    )
    sdf = app.dataframe(comments)
    sdf = sdf.apply(mentions, expand=True)
    sdf = sdf.group_by(lambda v: str(v["movie_id"]), name="movie")
    sdf = (
        sdf.hopping_window(duration_ms=SIZE_MS, step_ms=STEP_MS, grace_ms=GRACE_MS)
        .reduce(lambda agg, v: [agg[0] + 1, agg[1] + v["s"]], lambda v: [1, v["s"]])
        .final()
    )
    sdf.to_topic(app.topic(OUTPUT, value_serializer="json"))
    app.run()


if __name__ == "__main__":
    main(*sys.argv[1:4])
