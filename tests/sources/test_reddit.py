"""The Reddit stream against a local Reddit (tests/sources/fake_apis.py), through asyncpraw's real
``oauth_url``/``reddit_url`` options: token exchange, listing paging, failures, restarts, credential
hygiene, the ``reddit-source`` command, and both live sources feeding a real worker end to end."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import logging
import math
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.sources.fake_apis import FakeReddit, FakeTmdb, Fault, tmdb_movie
from tests.support import expected_trends, read_topic, spawn
from trendscope_app.broker.embedded import EmbeddedBroker
from trendscope_app.cli.commands import catalog_size
from trendscope_app.cli.sources import run_live_sources
from trendscope_app.metrics import render
from trendscope_app.models.validate import parse_comment
from trendscope_app.settings import Settings, load_settings
from trendscope_app.sources.publisher import open_publisher
from trendscope_app.sources.reddit import RedditFatalError, RedditSource, RedditState

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "rd-client-id-4b7e21"  # fake credentials: must never show up in logs, errors or metrics
CLIENT_SECRET = "rd-client-secret-9f03aa71c2"


class ListSink:
    """Collects records; ``flush`` is where a real publisher would wait for the broker."""

    def __init__(self) -> None:
        self.queued: list[tuple[str, Any, dict]] = []
        self.acked: list[tuple[str, Any, dict]] = []

    async def send(self, topic: str, record_id: Any, record: dict) -> None:
        self.queued.append((topic, record_id, dict(record)))

    async def flush(self) -> int:
        n = len(self.queued)
        self.acked += self.queued
        self.queued = []
        return n

    def bodies(self) -> list[str]:
        return [r["body"] for _, _, r in self.acked]


def settings_for(fake: FakeReddit, tmp_path: Path, **overrides: object) -> Settings:
    base: dict[str, object] = {
        "reddit_client_id": fake.client_id,
        "reddit_client_secret": fake.client_secret,
        "reddit_oauth_url": fake.url,
        "reddit_url": fake.url,
        "reddit_user_agent": "test:trendscope:0.1 (by u/tester)",
        "data_dir": tmp_path,
        "reddit_poll_min_s": 0.05,
        "reddit_poll_max_s": 0.2,
        "reddit_backoff_initial_s": 0.05,
        "reddit_backoff_max_s": 0.4,
        "reddit_timeout_s": 5.0,
    }
    base.update(overrides)
    return load_settings(_env_file=None, **base)


async def run_until(source: RedditSource, done: Callable[[], bool], timeout: float = 20.0) -> None:
    """Run ``source`` until ``done()`` holds; fail on timeout or if the source stops by itself."""
    task = asyncio.create_task(source.run())
    deadline = time.monotonic() + timeout
    try:
        while not done():
            if task.done():
                task.result()
                raise AssertionError("the source stopped by itself")
            assert time.monotonic() < deadline, f"timed out; published {source.published}"
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def backlog(fake: FakeReddit, n: int, prefix: str = "c", age_s: float = 200.0) -> None:
    now = time.time()
    for i in range(n):
        fake.add_comment(f"{prefix}{i}", created_utc=now - age_s + i)


# -- OAuth and paging ----------------------------------------------------------------------------------
async def test_token_exchange_then_bearer_requests(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 3)
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 3)
    token_req, *rest = fake.requests
    assert (token_req.method, token_req.path, token_req.answered) == ("POST", "/api/v1/access_token", 200)
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert token_req.headers["Authorization"] == f"Basic {basic}"
    assert fake.tokens_issued == 1
    assert rest and all(r.path == "/r/movies/comments/" for r in rest)
    (token,) = fake.tokens
    assert all(r.headers["Authorization"] == f"bearer {token}" for r in rest)
    assert all(r.headers["User-Agent"].startswith("test:trendscope:0.1 (by u/tester)") for r in rest)


async def test_pages_with_after_then_follows_new_comments_with_before(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET, max_page=10) as fake:
        backlog(fake, 35)
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        task = asyncio.create_task(run_until(source, lambda: len(sink.acked) == 47))
        while len(sink.acked) < 35 and not task.done():
            await asyncio.sleep(0.02)
        for i in range(12):
            fake.add_comment(f"n{i}")
        await task
    assert sink.bodies() == [f"c{i}" for i in range(35)] + [f"n{i}" for i in range(12)]
    listing = fake.listing_requests()
    afters = [r for r in listing if "after" in r.query and "before" not in r.query]
    befores = [r for r in listing if "before" in r.query]
    assert len(afters) >= 3, "35 comments in pages of 10 need three 'after' pages"
    assert befores, "new comments must be asked for with 'before'"
    newest_backlog = f"t1_{fake.listings['t1'].items[34].data['id']}"
    assert any(r.query["before"] == newest_backlog for r in befores)

    # Every record is valid input for the worker, keyed by its id, on the reddit topic.
    for topic, key, record in sink.acked:
        assert topic == "reddit_stream" and key == record["id"]
        parse_comment(json.dumps(record).encode(), now=time.time(), max_future_s=60)
    first = sink.acked[0][2]
    assert first["subreddit"] == "movies" and first["author"] == "fake_user"
    assert first["permalink"].endswith(f"/{first['id']}/")


async def test_submissions_are_published_as_title_and_selftext(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        post = fake.add_submission("Zorblax Rising discussion", "What did you think?")
        fake.add_comment("a comment")
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path, reddit_submissions=True), sink)
        await run_until(source, lambda: len(sink.acked) == 2)
    records = {r["id"]: r for _, _, r in sink.acked}
    assert records[f"t3_{post['id']}"]["body"] == "Zorblax Rising discussion\n\nWhat did you think?"
    assert {r.path for r in fake.listing_requests()} == {"/r/movies/comments/", "/r/movies/new"}


async def test_several_subreddits_are_one_listing(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET, subreddits=["movies", "boxoffice"]) as fake:
        fake.add_comment("one", subreddit="movies")
        fake.add_comment("two", subreddit="boxoffice")
        sink = ListSink()
        s = settings_for(fake, tmp_path, reddit_subreddits="movies, boxoffice")
        await run_until(RedditSource(s, sink), lambda: len(sink.acked) == 2)
    assert [r["subreddit"] for _, _, r in sink.acked] == ["movies", "boxoffice"]
    assert fake.listing_requests()[0].path == "/r/movies+boxoffice/comments/"


# -- restarts ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def kafka():
    with EmbeddedBroker() as b:
        yield b


async def test_restart_does_not_republish_even_if_the_resume_point_was_deleted(kafka, tmp_path):
    topic = f"reddit_restart_{os.getpid()}_{int(time.time())}"
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 20)
        s = settings_for(fake, tmp_path, reddit_topic=topic, tmdb_topic=topic + "_t", topic_partitions=2)

        async def run_once(n: int) -> RedditSource:
            pub = await open_publisher(s, kafka.bootstrap, "test-reddit")
            try:
                source = RedditSource(s, pub)
                await run_until(source, lambda: source.published == n)
                return source
            finally:
                await pub.stop()

        first = await run_once(20)
        state = RedditState.load(s.reddit_state_path)
        newest = f"t1_{fake.listings['t1'].items[-1].data['id']}"
        assert state.newest == {"comments": newest} and len(state.seen) == 20

        fake.requests.clear()
        fake.delete(newest)  # the resume point vanished: Reddit answers 'before' it with nothing
        backlog(fake, 5, prefix="later", age_s=10)
        second = await run_once(5)
        second_requests = fake.listing_requests()
    assert second_requests[0].query.get("before") == newest, "a restart resumes after the newest sent"
    assert any("before" not in r.query for r in second_requests), "then re-reads the newest page"
    records = await read_topic(kafka.bootstrap, topic, lambda got: len(got) >= 25, timeout=20)
    ids = [r["id"] for r in records]
    assert len(ids) == 25 and len(set(ids)) == 25, "each comment exactly once across the restart"
    assert first.published == 20 and second.published == 5


def test_state_file_survives_a_torn_write(tmp_path):
    path = tmp_path / "state.json"
    path.write_text('{"newest": {"comments": "t1_x"}, "seen": ["a", "b"')  # cut short
    state = RedditState.load(path)
    assert state.newest == {} and not state.seen
    assert (tmp_path / "state.json.corrupt").exists()


# -- failures ------------------------------------------------------------------------------------------
async def test_503s_are_retried_then_reconnected_with_backoff(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 4)
        fake.fail(Fault(status=503))  # asyncprawcore retries this one itself
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 4)
        assert source.reconnects == []
        assert [r.answered for r in fake.listing_requests()[:2]] == [503, 200]

        # Three in a row exhaust asyncprawcore's retries: the stream reconnects after a backoff.
        fake.fail(Fault(status=503), times=3)
        backlog(fake, 3, prefix="after503", age_s=5)
        await run_until(source, lambda: len(sink.acked) == 7)
    assert [(k, f) for k, f, _ in source.reconnects] == [("comments", "server")]
    assert sink.bodies()[4:] == ["after5030", "after5031", "after5032"]


async def test_network_errors_reconnect_with_growing_jittered_backoff(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 3)
        # A dropped connection is not retried by asyncprawcore (aiohttp may retry a reused one once).
        fake.fail(Fault(disconnect=True), times=6)
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 3)
    waits = [w for _, kind, w in source.reconnects if kind == "network"]
    assert len(waits) >= 3, source.reconnects
    for n, w in enumerate(waits):  # equal jitter: [d/2, d], d = min(max, initial * 2**n)
        d = min(0.4, 0.05 * 2**n)
        assert d / 2 <= w <= d, waits
    assert sink.bodies() == ["c0", "c1", "c2"]


async def test_timeouts_reconnect(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 2)
        fake.fail(Fault(delay_s=1.0), times=3)  # asyncprawcore retries timeouts twice, then gives up
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path, reddit_timeout_s=0.2), sink)
        await run_until(source, lambda: len(sink.acked) == 2)
    assert [kind for _, kind, _ in source.reconnects] == ["timeout"] * 3


async def test_429_waits_at_least_retry_after(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 2)
        fake.fail(Fault(status=429, retry_after="1"))
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 2)
    ((_, kind, wait),) = source.reconnects
    assert kind == "rate_limited" and wait >= 1.0
    first, second = fake.listing_requests()[:2]
    assert first.answered == 429 and second.at - first.at >= 1.0


async def test_rate_limit_headers_pace_the_requests(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 2)
        fake.ratelimit = (0.0, 1)  # "no requests left; the window resets in 1 s"
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(fake.listing_requests()) >= 3)
    times = [r.at for r in fake.listing_requests()]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 1.0, f"asyncprawcore must wait out the reset: {gaps}"


async def test_malformed_listings_reconnect(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 2)
        fake.fail(Fault(malformed=True), Fault(body=b'{"kind": "Nonsense", "data": {}}'))
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 2)
    assert [kind for _, kind, _ in source.reconnects] == ["malformed", "malformed"]


async def test_expired_token_is_renewed_without_a_reconnect(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 2)
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)

        expired: list[bool] = []

        def expire_once_then_wait_for_more() -> bool:
            if len(sink.acked) == 2 and not expired:
                expired.append(True)
                fake.expire_tokens()
                fake.add_comment("after expiry")
            return len(sink.acked) == 3

        await run_until(source, expire_once_then_wait_for_more)
    assert fake.tokens_issued == 2
    answered = [r.answered for r in fake.listing_requests()]
    assert answered.count(401) == 1 and answered[answered.index(401) + 1] == 200
    assert source.reconnects == []


async def test_token_endpoint_outages_are_transient(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 2)
        fake.fail_token(Fault(status=503), Fault(status=429, retry_after="0"), Fault(disconnect=True))
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 2)
    kinds = [kind for _, kind, _ in source.reconnects]
    assert kinds[:2] == ["server", "rate_limited"] and set(kinds) <= {"server", "rate_limited", "network"}
    assert fake.tokens_issued == 1


async def test_rejected_credentials_are_fatal_and_named(tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        s = settings_for(fake, tmp_path, reddit_client_secret=CLIENT_SECRET + "-old")
        with pytest.raises(RedditFatalError) as info:
            await RedditSource(s, ListSink()).run()
    message = str(info.value)
    assert "REDDIT_CLIENT_ID" in message and "REDDIT_CLIENT_SECRET" in message and "401" in message
    assert CLIENT_SECRET not in message and CLIENT_ID not in message
    assert [r.path for r in fake.requests] == ["/api/v1/access_token"], "not retried"


@pytest.mark.parametrize("subreddit,status", [("nosuchsub", 404), ("secretclub", 403)])
async def test_unknown_or_private_subreddits_are_fatal(tmp_path, subreddit, status):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET, private=["secretclub"]) as fake:
        s = settings_for(fake, tmp_path, reddit_subreddits=subreddit)
        with pytest.raises(RedditFatalError) as info:
            await RedditSource(s, ListSink()).run()
    assert f"HTTP {status}" in str(info.value) and "REDDIT_SUBREDDITS" in str(info.value)


async def test_no_credential_in_logs_errors_or_metrics(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)  # asyncprawcore logs every request at debug level
    errors: list[str] = []
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 3)
        fake.fail(Fault(disconnect=True), Fault(disconnect=True), Fault(status=429, retry_after="0"))
        fake.fail(Fault(malformed=True), Fault(status=503), Fault(status=503), Fault(status=503))
        sink = ListSink()
        source = RedditSource(settings_for(fake, tmp_path), sink)
        await run_until(source, lambda: len(sink.acked) == 3, timeout=40)
        fake.expire_tokens()
        fake.add_comment("more")
        await run_until(source, lambda: len(sink.acked) == 4)
        tokens = list(fake.tokens)
        for bad in ({"reddit_client_secret": "wrong-secret-123"}, {"reddit_subreddits": "nosuchsub"}):
            with pytest.raises(RedditFatalError) as info:
                await RedditSource(settings_for(fake, tmp_path, **bad), ListSink()).run()
            errors += [str(info.value), repr(info.value)]
    kinds = {kind for _, kind, _ in source.reconnects}
    assert {"network", "rate_limited", "malformed", "server"} <= kinds, source.reconnects
    assert caplog.records
    text = caplog.text + "\n".join(errors) + render().decode()
    for secret in (CLIENT_ID, CLIENT_SECRET, "wrong-secret-123", *tokens):
        assert secret not in text, secret


# -- the command ---------------------------------------------------------------------------------------
async def test_command_stops_cleanly_on_sigterm_and_fails_on_bad_credentials(kafka, tmp_path):
    async with FakeReddit(CLIENT_ID, CLIENT_SECRET) as fake:
        backlog(fake, 6)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TMDB_", "REDDIT_", "KAFKA_"))}
        env.update(
            TRENDSCOPE_ENV_FILE="/nonexistent",
            PYTHONPATH=str(ROOT),
            KAFKA_BROKER=kafka.url,
            REDDIT_CLIENT_ID=CLIENT_ID,
            REDDIT_CLIENT_SECRET=CLIENT_SECRET,
            REDDIT_OAUTH_URL=fake.url,
            REDDIT_URL=fake.url,
            REDDIT_TOPIC="reddit_cmd",
            TMDB_TOPIC="tmdb_cmd",
            TOPIC_PARTITIONS="2",
            DATA_DIR=str(tmp_path),
            REDDIT_POLL_MIN_S="0.1",
        )

        async def start(extra: dict[str, str]) -> asyncio.subprocess.Process:
            return await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "trendscope_app.cli.sources",
                "reddit-source",
                env={**env, **extra},
                cwd=ROOT,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
            )

        proc = await start({})
        state_path = tmp_path / "reddit_source_state.json"
        deadline = time.monotonic() + 30
        while not (state_path.exists() and len(RedditState.load(state_path).seen) == 6):
            assert proc.returncode is None and time.monotonic() < deadline
            await asyncio.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
        assert proc.returncode == 0, out.decode()

        proc = await start({"REDDIT_CLIENT_SECRET": "revoked-secret-77"})
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    text = out.decode()
    assert proc.returncode == 3, text
    assert "REDDIT_CLIENT_SECRET" in text and "revoked-secret-77" not in text and CLIENT_ID not in text
    records = await read_topic(kafka.bootstrap, "reddit_cmd", lambda got: len(got) >= 6, timeout=20)
    assert len(records) == 6


# -- end to end ----------------------------------------------------------------------------------------
TITLES = {901: "Zorblax Rising", 902: "The Quasar Heist", 903: "Nebulon Drift", 904: "Captain Vortexia"}
UNMENTIONED = {905: "Glimmerwood"}
PHRASES = [
    "I loved {t}, what an amazing ride!",
    "{t} was boring and way too long.",
    "Just saw {t} last night.",
    "Honestly {t} is the best film this year, great cast",
    "{t} was a terrible, ugly mess",
]


@pytest.mark.e2e
async def test_live_sources_feed_a_real_worker(broker, workers, tmp_path):
    tmdb = FakeTmdb(
        [tmdb_movie(i, t, 400.0 - 40 * (i - 900)) for i, t in {**TITLES, **UNMENTIONED}.items()],
        api_key="e2e-tmdb-key",
    )
    reddit = FakeReddit(CLIENT_ID, CLIENT_SECRET)
    now = time.time()
    truth: dict[str, tuple[int, ...]] = {}
    comments = []
    for n in range(90):
        created = now - 240 + n * 2.5
        if n % 6 == 5:
            data = reddit.add_comment("What should I watch tonight?", created_utc=created)
            truth[data["id"]] = ()
        else:
            movie = list(TITLES)[n % 4]
            data = reddit.add_comment(PHRASES[n % 5].format(t=TITLES[movie]), created_utc=created)
            truth[data["id"]] = (movie,)
        comments.append({"id": data["id"], "body": data["body"], "created_utc": data["created_utc"]})

    w = spawn(workers, broker, tmp_path, "w1")
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
            reddit_poll_max_s=2.0,
        )

        async def catalogue_ready(movies: int) -> None:
            assert movies == 5
            deadline = time.monotonic() + 60
            while await asyncio.to_thread(catalog_size, w.url) < movies:
                assert time.monotonic() < deadline, "catalogue never filled"
                await asyncio.sleep(0.2)

        sources = asyncio.create_task(run_live_sources(s, broker.bootstrap, before_comments=catalogue_ready))
        try:
            snapshots = await read_topic(
                broker.bootstrap, "tmdb_stream", lambda got: len(got) >= 5, timeout=30
            )
            assert len(snapshots) == 5, sources.done() and sources.exception()
            expected = expected_trends(comments, snapshots, truth)
            emitted = await read_topic(
                broker.bootstrap, "trend_stream", lambda got: len(got) >= len(expected), timeout=60
            )
            assert not sources.done(), sources
        finally:
            sources.cancel()
            await asyncio.gather(sources, return_exceptions=True)
    print(f"\n{len(emitted)} TrendScores emitted, {len(expected)} expected")
    seen: dict[tuple[int, int], dict] = {}
    for t in emitted:
        seen[(t["movie_id"], int(t["window_end"]))] = t
    assert set(seen) == set(expected)
    for key, exp in expected.items():
        got = seen[key]
        assert got["mentions"] == exp.mentions, (key, got, exp)
        assert math.isclose(got["avg_sentiment"], exp.avg_sentiment, abs_tol=1e-9), (key, got, exp)
        assert math.isclose(got["popularity"], exp.popularity, abs_tol=1e-9), (key, got, exp)
        assert math.isclose(got["trend_score"], exp.trend_score, abs_tol=1e-6), (key, got, exp)
    mentioned = {m for (m, _), e in expected.items() if e.mentions}
    assert mentioned == set(TITLES), "every fake trending title mentioned in the fake comments scores"
    assert {t["title"] for t in emitted} == {*TITLES.values(), *UNMENTIONED.values()}
