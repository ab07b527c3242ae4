"""The live sources buffer through a broker outage and publish the backlog after it: nothing is late.

A worker and the live TMDB and Reddit sources (against fake APIs) run on the embedded broker with the
default idleness settings. Comments keep arriving on the fake Reddit; in the middle the broker is frozen
(SIGSTOP) for longer than ``IDLE_TIMEOUT_S`` while new comments are posted, then resumed. The Reddit source
reads them during the outage, holds them until the broker takes them, and publishes them afterwards; the
worker must count every one of them: no late event, every window the input closed equal to the oracle's.
"""

from __future__ import annotations

import asyncio
import math
import os
import signal
import time

import pytest

from tests.sources.fake_apis import FakeReddit, FakeTmdb, tmdb_movie
from tests.support import expected_trends, http_json, metric_value, read_topic, spawn, wait_until
from trendscope_app.cli.commands import catalog_size
from trendscope_app.cli.sources import run_live_sources
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e

CLIENT_ID, CLIENT_SECRET = "outage-client-id", "outage-client-secret"
TITLES = {911: "Zorblax Rising", 912: "The Quasar Heist", 913: "Nebulon Drift"}
PHRASES = ["I loved {t}!", "{t} was boring.", "Just saw {t}.", "{t} is a terrible mess", "What to watch?"]
IDLE_TIMEOUT_S = 15.0  # the default
STALL_S = IDLE_TIMEOUT_S + 5
GRACE_S = 10.0
PER_PHASE = 60
STEP_S = 4.0  # event seconds between two comments: three phases span 12 minutes of event time


async def test_live_sources_publish_their_outage_backlog_and_nothing_is_late(broker, workers, tmp_path):
    tmdb = FakeTmdb([tmdb_movie(i, t, 300.0 - 50 * (i - 911)) for i, t in TITLES.items()], api_key="k")
    reddit = FakeReddit(CLIENT_ID, CLIENT_SECRET)
    base = time.time() - 3600.0
    comments: list[dict] = []
    truth: dict[str, tuple[int, ...]] = {}

    def post(n: int) -> None:
        """Post the next ``n`` comments, each ``STEP_S`` event seconds after the one before."""
        for _ in range(n):
            i = len(comments)
            movie = list(TITLES)[i % len(TITLES)]
            phrase = PHRASES[i % len(PHRASES)]
            data = reddit.add_comment(phrase.format(t=TITLES[movie]), created_utc=base + i * STEP_S)
            truth[data["id"]] = (movie,) if "{t}" in phrase else ()
            comments.append({"id": data["id"], "body": data["body"], "created_utc": data["created_utc"]})

    def read() -> float:
        return metric_value(w.url, "trendscope_messages_in_total", topic="reddit_stream") or 0

    w = spawn(workers, broker, tmp_path, "w", IDLE_TIMEOUT_S=str(IDLE_TIMEOUT_S), IDLE_WATERMARK_RATE="1.0")
    await asyncio.to_thread(w.wait_ready)
    async with tmdb, reddit:
        s = load_settings(
            _env_file=None,
            topic_partitions=4,
            data_dir=tmp_path / "sources",
            tmdb_api_key=tmdb.api_key,
            tmdb_base_url=tmdb.base_url,
            reddit_client_id=CLIENT_ID,
            reddit_client_secret=CLIENT_SECRET,
            reddit_oauth_url=reddit.url,
            reddit_url=reddit.url,
            reddit_poll_min_s=0.5,
            reddit_poll_max_s=1.0,
        )

        async def catalogue_ready(movies: int) -> None:
            deadline = time.monotonic() + 60
            while await asyncio.to_thread(catalog_size, w.url) < movies:
                assert time.monotonic() < deadline, "catalogue never filled"
                await asyncio.sleep(0.2)

        post(PER_PHASE)
        sources = asyncio.create_task(run_live_sources(s, broker.bootstrap, before_comments=catalogue_ready))
        try:
            await asyncio.to_thread(wait_until, lambda: read() >= PER_PHASE, 60, "the first comments read")
            assert broker.pid is not None
            os.kill(broker.pid, signal.SIGSTOP)
            try:
                stalled_at = time.monotonic()
                # Posted during the outage: the source reads them from Reddit and holds them.
                for _ in range(PER_PHASE // 10):
                    post(10)
                    await asyncio.sleep(1.0)
                await asyncio.sleep(max(0.0, STALL_S - (time.monotonic() - stalled_at)))
                assert read() == PER_PHASE, "nothing can be read while the broker is frozen"
            finally:
                os.kill(broker.pid, signal.SIGCONT)
            post(PER_PHASE)
            total = len(comments)
            await asyncio.to_thread(wait_until, lambda: read() >= total, 90, f"all {total} comments read")
            assert not sources.done(), sources
            snapshots = await read_topic(broker.bootstrap, "tmdb_stream", lambda got: False, timeout=3)
            newest = max(c["created_utc"] for c in comments)
            last_end = math.floor((newest - GRACE_S) / 60) * 60
            expected = expected_trends(comments, snapshots, truth, last_end=last_end)
            emitted = await read_topic(
                broker.bootstrap,
                "trend_stream",
                lambda got: (
                    len({(t["movie_id"], int(t["window_end"])) for t in got} & set(expected)) >= len(expected)
                ),
                timeout=90,
            )
        finally:
            sources.cancel()
            await asyncio.gather(sources, return_exceptions=True)

    late = metric_value(w.url, "trendscope_late_events_total") or 0
    by_key = {(t["movie_id"], int(t["window_end"])): t for t in emitted}
    wrong = [
        k
        for k, e in expected.items()
        if k not in by_key
        or by_key[k]["mentions"] != e.mentions
        or not math.isclose(by_key[k]["trend_score"], e.trend_score, abs_tol=1e-6)
    ]
    _, health = http_json(f"{w.url}/health")
    print(
        f"\n{len(comments)} comments, {PER_PHASE} posted during a {STALL_S:.0f} s broker outage: "
        f"{late:.0f} late, {len(wrong)} of {len(expected)} windows wrong"
    )
    assert late == 0, health
    assert not wrong, [(k, by_key.get(k, {}).get("mentions"), expected[k].mentions) for k in wrong[:8]]
