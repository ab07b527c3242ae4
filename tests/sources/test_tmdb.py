"""The TMDB poller against a local TMDB (tests/sources/fake_apis.py): paging, authentication, every failure
mode, credential hygiene, publishing into the real embedded broker and the ``tmdb-source`` command."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
import uuid
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from tests.sources.fake_apis import FakeTmdb, Fault, tmdb_movie
from trendscope_app.broker.embedded import EmbeddedBroker
from trendscope_app.metrics import render
from trendscope_app.models.validate import parse_snapshot
from trendscope_app.settings import Settings, load_settings
from trendscope_app.sources.publisher import open_publisher
from trendscope_app.sources.tmdb import TmdbClient, TmdbConfig, TmdbFatalError, run_tmdb_poller

ROOT = Path(__file__).resolve().parents[2]
KEY = "v3-key-5f1e0c9a7d3b"  # fake credentials: must never show up in logs, errors or metrics
TOKEN = "eyJhbGciOiJIUzI1NiJ9.v4-read-token-8c2d"


def movies(n: int, start: int = 1) -> list[dict]:
    return [tmdb_movie(start + i, f"Film Number {start + i}", 500.0 - i) for i in range(n)]


def settings_for(fake: FakeTmdb, **overrides: object) -> Settings:
    base: dict[str, object] = {
        "tmdb_base_url": fake.base_url,
        "tmdb_api_key": fake.api_key,
        "tmdb_backoff_initial_s": 0.02,
        "tmdb_backoff_max_s": 0.5,
        "tmdb_timeout_s": 2.0,
        "tmdb_max_attempts": 5,
    }
    base.update(overrides)
    return load_settings(_env_file=None, **base)


async def poll(s: Settings):
    async with TmdbClient(TmdbConfig.from_settings(s)) as client:
        return await client.poll(), client


# -- paging and authentication -------------------------------------------------------------------------
async def test_reads_the_configured_pages_and_stops_at_total_pages():
    async with FakeTmdb(movies(45), api_key=KEY) as fake:
        result, _ = await poll(settings_for(fake, tmdb_pages=2))
        assert [r.query["page"] for r in fake.requests] == ["1", "2"]
        assert [s["id"] for s in result.snapshots] == list(range(1, 41))
        assert result.complete and result.pages == 2

        fake.requests.clear()
        result, _ = await poll(settings_for(fake, tmdb_pages=5, tmdb_trending_window="week"))
        assert [(r.path, r.query["page"]) for r in fake.requests] == [
            ("/3/trending/movie/week", "1"),
            ("/3/trending/movie/week", "2"),
            ("/3/trending/movie/week", "3"),
        ], "must stop at total_pages=3"
        assert len(result.snapshots) == 45

    # One snapshot per movie with the input-file fields (README), all stamped with the poll time, all valid input.
    assert {s["fetched_at"] for s in result.snapshots} == {result.fetched_at}
    assert abs(result.fetched_at - time.time()) < 60
    first = result.snapshots[0]
    assert first == {
        "id": 1,
        "title": "Film Number 1",
        "original_title": "Film Number 1",
        "release_date": "2024-03-01",
        "popularity": 500.0,
        "vote_average": 7.3,
        "vote_count": 1201,
        "fetched_at": result.fetched_at,
    }
    for s in result.snapshots:
        parse_snapshot(json.dumps(s).encode(), now=time.time(), max_future_s=60)


async def test_now_playing_is_added_and_each_movie_published_once():
    trending = movies(10)
    playing = [*movies(3, start=8), *movies(2, start=100)]  # 8, 9, 10 are in both lists
    playing[0]["popularity"] = 1.0  # the trending entry wins for a movie listed twice
    async with FakeTmdb(trending, playing, api_key=KEY) as fake:
        result, _ = await poll(settings_for(fake, tmdb_now_playing=True))
    assert [r.path for r in fake.requests] == ["/3/trending/movie/day", "/3/movie/now_playing"]
    assert [s["id"] for s in result.snapshots] == [*range(1, 11), 100, 101]
    assert result.snapshots[7]["popularity"] == 493.0


async def test_api_key_goes_in_the_query_and_read_token_in_a_bearer_header():
    async with FakeTmdb(movies(3), api_key=KEY, read_token=TOKEN) as fake:
        await poll(settings_for(fake))
        await poll(settings_for(fake, tmdb_api_key=None, tmdb_read_token=TOKEN))
        # Both set: the bearer token is used (it keeps the credential out of URLs).
        await poll(settings_for(fake, tmdb_read_token=TOKEN))
    v3, v4, both = fake.requests
    assert v3.query.get("api_key") == KEY and "Authorization" not in v3.headers
    for r in (v4, both):
        assert "api_key" not in r.query and r.headers["Authorization"] == f"Bearer {TOKEN}"
        assert r.answered == 200


# -- failure modes -------------------------------------------------------------------------------------
async def test_429_waits_as_long_as_retry_after_says():
    async with FakeTmdb(movies(5), api_key=KEY) as fake:
        fake.fail(Fault(status=429, retry_after="1"))
        result, client = await poll(settings_for(fake))
    assert result.complete and len(result.snapshots) == 5
    assert [r.answered for r in fake.requests] == [429, 200]
    (kind, reason, wait), *_ = client.retries
    assert kind == "rate_limited" and "429" in reason
    assert wait == 1.0, "Retry-After, not the 0.02 s backoff, decides the wait"
    assert fake.requests[1].at - fake.requests[0].at >= 1.0


async def test_429_without_retry_after_falls_back_to_backoff():
    async with FakeTmdb(movies(5), api_key=KEY) as fake:
        fake.fail(Fault(status=429))
        result, client = await poll(settings_for(fake))
    assert result.complete
    assert client.retries[0][0] == "rate_limited" and client.retries[0][2] < 0.1


async def test_5xx_backs_off_exponentially_with_jitter_then_succeeds():
    async with FakeTmdb(movies(5), api_key=KEY) as fake:
        fake.fail(Fault(status=500), Fault(status=503), Fault(status=502))
        result, client = await poll(settings_for(fake, tmdb_backoff_initial_s=0.02, tmdb_backoff_max_s=1.0))
    assert result.complete and len(result.snapshots) == 5
    assert [r.answered for r in fake.requests] == [500, 503, 502, 200]
    waits = [w for _, _, w in client.retries]
    assert [k for k, _, _ in client.retries] == ["server"] * 3
    # initial * 2**n plus a jitter in [0, initial)
    for n, w in enumerate(waits):
        assert 0.02 * 2**n <= w <= 0.02 * 2**n + 0.02, waits


async def test_timeouts_are_retried():
    async with FakeTmdb(movies(5), api_key=KEY) as fake:
        fake.fail(Fault(delay_s=1.5))
        result, client = await poll(settings_for(fake, tmdb_timeout_s=0.3))
    assert result.complete and len(result.snapshots) == 5
    assert [k for k, _, _ in client.retries] == ["timeout"]
    assert "0.3 s" in client.retries[0][1]


async def test_dropped_connections_are_retried():
    async with FakeTmdb(movies(5), api_key=KEY) as fake:
        # aiohttp itself retries once on a dropped keep-alive connection; three drops reach our policy.
        fake.fail(Fault(disconnect=True), times=3)
        result, client = await poll(settings_for(fake))
    assert result.complete
    assert "network" in [k for k, _, _ in client.retries]


async def test_malformed_json_is_retried_and_a_hopeless_page_only_cuts_this_poll_short():
    async with FakeTmdb(movies(30), api_key=KEY) as fake:
        fake.fail(Fault(malformed=True))
        result, client = await poll(settings_for(fake, tmdb_pages=2))
        assert result.complete and len(result.snapshots) == 30
        assert client.retries[0][0] == "malformed"

        # Page 2 never parses: page 1 is still published, the poll reports the failure, nothing raises.
        fake.fail(Fault())
        fake.fail(Fault(malformed=True), times=3)
        s = settings_for(fake, tmdb_pages=2, tmdb_max_attempts=3)
        result, _ = await poll(s)
        assert not result.complete and [m["id"] for m in result.snapshots] == list(range(1, 21))
        assert "page 2: gave up after 3 tries" in result.errors[0] and "malformed JSON" in result.errors[0]

        # The next poll is unaffected.
        result, _ = await poll(s)
        assert result.complete and len(result.snapshots) == 30


async def test_json_of_the_wrong_shape_is_malformed():
    async with FakeTmdb(movies(3), api_key=KEY) as fake:
        fake.fail(Fault(body=b'{"page": 1, "results": null}'), Fault(body=b"[]"))
        result, client = await poll(settings_for(fake))
    assert result.complete and [k for k, _, _ in client.retries] == ["malformed", "malformed"]


@pytest.mark.parametrize("use_token", [False, True])
async def test_401_is_fatal_at_once_and_names_the_variable(use_token):
    async with FakeTmdb(movies(3), api_key="the-right-key", read_token="the-right-token") as fake:
        s = settings_for(
            fake, tmdb_api_key=None if use_token else KEY, tmdb_read_token=TOKEN if use_token else None
        )
        with pytest.raises(TmdbFatalError) as info:
            await poll(s)
    var = "TMDB_READ_TOKEN" if use_token else "TMDB_API_KEY"
    message = str(info.value)
    assert var in message and "401" in message and "Invalid API key" in message
    assert KEY not in message and TOKEN not in message
    assert len(fake.requests) == 1, "a rejected credential is not retried"


async def test_wrong_base_url_is_fatal():
    async with FakeTmdb(movies(3), api_key=KEY) as fake:
        s = settings_for(fake, tmdb_base_url=fake.root + "/v3")
        with pytest.raises(TmdbFatalError, match="TMDB_BASE_URL"):
            await poll(s)


async def test_no_credential_in_logs_errors_or_metrics(caplog):
    caplog.set_level(logging.DEBUG)  # everything, every logger (aiohttp, tenacity, asyncio, ours)
    errors: list[str] = []
    async with FakeTmdb(movies(5), api_key=KEY, read_token=TOKEN) as fake:
        for overrides in ({}, {"tmdb_read_token": TOKEN}):
            s = settings_for(fake, tmdb_timeout_s=0.3, tmdb_max_attempts=10, **overrides)
            fake.fail(Fault(status=429, retry_after="0"), Fault(status=500), Fault(delay_s=1.0))
            fake.fail(Fault(malformed=True), Fault(disconnect=True), Fault(disconnect=True))
            result, client = await poll(s)
            assert result.complete
            errors += [reason for _, reason, _ in client.retries]
            fake.fail(Fault(malformed=True), times=2)  # gives up: the poll's error message
            result, _ = await poll(s.model_copy(update={"tmdb_max_attempts": 2}))
            assert not result.complete
            errors += result.errors
        with pytest.raises(TmdbFatalError) as info:
            await poll(settings_for(fake, tmdb_api_key=KEY + "x"))
        errors += [str(info.value), repr(info.value)]
    kinds = {k for e in errors for k in ("429", "500", "no answer", "malformed", "network", "401") if k in e}
    assert kinds == {"429", "500", "no answer", "malformed", "network", "401"}, errors
    assert caplog.records, "nothing was logged: the test would prove nothing"
    metrics = render().decode()
    assert "trendscope_source_errors_total" in metrics
    text = caplog.text + "\n".join(errors) + metrics
    assert KEY not in text and TOKEN not in text


# -- publishing and the command ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def broker():
    with EmbeddedBroker() as b:
        yield b


async def read_all(bootstrap: str, topic: str, partitions: int, want: int, timeout: float = 20.0) -> list:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        out: list = []
        deadline = time.monotonic() + timeout
        while len(out) < want and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=300)).values():
                out.extend(records)
        for records in (await consumer.getmany(timeout_ms=200)).values():
            out.extend(records)
        return out
    finally:
        await consumer.stop()


async def test_polls_on_schedule_into_the_topic_keyed_by_movie_id(broker):
    topic = f"tmdb_{uuid.uuid4().hex[:8]}"
    async with FakeTmdb(movies(7), api_key=KEY) as fake:
        s = settings_for(fake, tmdb_topic=topic, reddit_topic=f"r_{topic}", topic_partitions=2)
        s = s.model_copy(update={"tmdb_fetch_interval_s": 0.3})
        polls = []
        two_polls = asyncio.Event()

        async def on_poll(result):
            polls.append(result)
            if len(polls) == 2:
                two_polls.set()

        pub = await open_publisher(s, broker.bootstrap, "test-tmdb")
        try:
            task = asyncio.create_task(run_tmdb_poller(s, pub, on_poll=on_poll))
            await asyncio.wait_for(two_polls.wait(), timeout=20)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        finally:
            await pub.stop()
    records = await read_all(broker.bootstrap, topic, 2, want=14)
    assert len(records) == 14
    assert polls[1].fetched_at - polls[0].fetched_at >= 0.3
    by_poll: dict[float, list[int]] = {}
    for r in records:
        value = json.loads(r.value)
        assert r.key == json.dumps(value["id"]).encode()  # encode_key, as the replay tool does
        by_poll.setdefault(value["fetched_at"], []).append(value["id"])
    assert {k: sorted(v) for k, v in by_poll.items()} == {p.fetched_at: list(range(1, 8)) for p in polls}


async def _command(*args: str, env: dict[str, str]) -> tuple[int, str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("TMDB_", "REDDIT_", "KAFKA_"))}
    full_env.update(env, TRENDSCOPE_ENV_FILE="/nonexistent", PYTHONPATH=str(ROOT))
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "trendscope_app.cli.sources",
        *args,
        env=full_env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    return proc.returncode or 0, out.decode(errors="replace")


async def test_command_exit_codes(broker, tmp_path):
    async with FakeTmdb(movies(4), api_key=KEY) as fake:
        env = {"KAFKA_BROKER": broker.url, "TMDB_BASE_URL": fake.base_url, "TMDB_TOPIC": "tmdb_cli"}
        env["TOPIC_PARTITIONS"] = "2"
        env["REDDIT_TOPIC"] = "reddit_cli"
        code, out = await _command("tmdb-source", "--once", env={**env, "TMDB_API_KEY": KEY})
        assert code == 0, out
        assert "TMDB poll: 4 movies" in out

        code, out = await _command("tmdb-source", "--once", env={**env, "TMDB_API_KEY": KEY + "-revoked"})
        assert code == 3, out
        assert "TMDB_API_KEY" in out and "401" in out and KEY not in out

        code, out = await _command("tmdb-source", "--once", env=env)
        assert code == 2 and "TMDB_READ_TOKEN or TMDB_API_KEY" in out
    assert len(await read_all(broker.bootstrap, "tmdb_cli", 2, want=4)) == 4
