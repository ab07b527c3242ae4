"""1,000 malformed messages mixed into 10,000 good ones: all dead-lettered with reasons, no crash."""

from __future__ import annotations

import asyncio
import json
import random

import pytest
from aiokafka import AIOKafkaProducer

from tests.support import expected_trends, http_json, metric_value, read_topic, spawn, wait_until
from trendscope_app.broker.embedded import ensure_topics
from trendscope_app.cli.commands import wait_for
from trendscope_app.datasets.sample import SampleSpec, generate
from trendscope_app.models.keys import key_bytes
from trendscope_app.settings import load_settings

pytestmark = pytest.mark.e2e

BIG = 10 * 1024 * 1024


def poison(rng: random.Random, good: dict, kind: str) -> tuple[str, bytes]:
    """One malformed message of ``kind``; returns (topic, raw bytes)."""
    c = dict(good)
    ts = c["created_utc"]
    bad: dict[str, object] | bytes
    match kind:
        case "bad-json":
            bad = b'{"id": "x", "body": '
        case "not-object":
            bad = b"[1, 2, 3]"
        case "invalid-utf8":
            bad = b'{"id": "\xff\xfe", "body": "x"}'
        case "missing-field":
            del c["body"]
            bad = c
        case "wrong-type":
            c["created_utc"] = "yesterday"
            bad = c
        case "bool-score":
            c["score"] = True
            bad = c
        case "huge":
            c["body"] = "a" * BIG
            bad = c
        case "far-future":
            c["created_utc"] = 32_503_680_000.0  # year 3000
            bad = c
        case "jump-ahead":
            c["created_utc"] = ts + 400 * 86_400.0  # a year ahead of the stream, still in the past
            bad = c
        case "nan-popularity":
            return (
                "tmdb_stream",
                b'{"id": 1, "title": "X", "popularity": NaN, "vote_average": 5, "vote_count": 1, "fetched_at": %f}'
                % ts,
            )
        case "negative-popularity":
            return "tmdb_stream", json.dumps(
                {
                    "id": 1,
                    "title": "X",
                    "popularity": -3.0,
                    "vote_average": 5,
                    "vote_count": 1,
                    "fetched_at": ts,
                }
            ).encode()
        case _:
            raise AssertionError(kind)
    return "reddit_stream", bad if isinstance(bad, bytes) else json.dumps(bad).encode()


KINDS = [
    "bad-json",
    "not-object",
    "invalid-utf8",
    "missing-field",
    "wrong-type",
    "bool-score",
    "huge",
    "far-future",
    "jump-ahead",
    "nan-popularity",
    "negative-popularity",
]


async def produce(bootstrap: str, messages: list[tuple[str, bytes | None, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=BIG * 2, linger_ms=10)
    await producer.start()
    try:
        futures = [await producer.send(t, value=v, key=k) for t, k, v in messages]
        await producer.flush()
        for f in futures:
            await f
    finally:
        await producer.stop()


def test_poison_messages_are_dead_lettered_and_good_ones_all_counted(broker, workers, tmp_path):
    rng = random.Random(5)
    spec = SampleSpec(n_comments=10_000, n_movies=15, duration_s=1200.0, seed=41, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    n_bad = 1000
    kinds = [KINDS[i % len(KINDS)] for i in range(n_bad)]
    # Only a few 10 MB bodies: each one is 10 MB through the broker twice (input and dead letters).
    huge_at = [i for i, k in enumerate(kinds) if k == "huge"]
    kinds = [k if k != "huge" or i in huge_at[:5] else "bad-json" for i, k in enumerate(kinds)]
    assert kinds.count("huge") == 5
    bad_at = sorted(rng.sample(range(1, len(comments)), n_bad))

    messages: list[tuple[str, bytes | None, bytes]] = [
        ("tmdb_stream", key_bytes(s["id"]), json.dumps(s).encode())
        for s in snapshots
        if s["fetched_at"] <= spec.start
    ]
    later_snaps = [s for s in snapshots if s["fetched_at"] > spec.start]
    bad_iter = iter(zip(bad_at, kinds, strict=True))
    nxt = next(bad_iter, None)
    si = 0
    for i, c in enumerate(comments):
        while si < len(later_snaps) and later_snaps[si]["fetched_at"] <= c["created_utc"]:
            messages.append(
                ("tmdb_stream", key_bytes(later_snaps[si]["id"]), json.dumps(later_snaps[si]).encode())
            )
            si += 1
        while nxt is not None and nxt[0] == i:
            topic, raw = poison(rng, c, nxt[1])
            messages.append((topic, None, raw))
            nxt = next(bad_iter, None)
        messages.append(("reddit_stream", key_bytes(c["id"]), json.dumps(c).encode()))
    messages += [("tmdb_stream", key_bytes(s["id"]), json.dumps(s).encode()) for s in later_snaps[si:]]

    w = spawn(workers, broker, tmp_path, "w", MAX_MESSAGE_BYTES=str(1_000_000))
    w.wait_ready()
    s = load_settings(_env_file=None, topic_partitions=4)
    asyncio.run(ensure_topics(s, broker.bootstrap))
    first_comment = next(i for i, m in enumerate(messages) if m[0] == "reddit_stream")
    asyncio.run(produce(broker.bootstrap, messages[:first_comment]))
    n_movies = len({sn["id"] for sn in snapshots})
    asyncio.run(
        wait_for(
            lambda: (http_json(f"{w.url}/catalog")[1] or {}).get("movies", 0) >= n_movies, 60, "catalogue"
        )
    )
    asyncio.run(produce(broker.bootstrap, messages[first_comment:]))

    dead = asyncio.run(
        read_topic(
            broker.bootstrap,
            "dead_letters",
            lambda got: len(got) >= n_bad,
            timeout=180,
            decode=lambda r: (dict(r.headers), len(r.value)),
        )
    )
    expected = expected_trends(comments, snapshots, truth)
    emitted = asyncio.run(
        read_topic(broker.bootstrap, "trend_stream", lambda got: len(got) >= len(expected), timeout=180)
    )
    assert w.proc.poll() is None, "worker died"
    assert len(dead) == n_bad, f"{len(dead)} dead letters, expected {n_bad}"
    reasons = [h[0]["reason"].decode() for h in dead]
    assert all(reasons), "every dead letter carries a reason"
    assert all(h[0]["source_topic"] in (b"reddit_stream", b"tmdb_stream") for h in dead)
    assert sum(1 for _, size in dead if size > BIG) == 5, "10 MB originals kept whole"
    by_kind = {
        "too large": sum("too large" in r for r in reasons),
        "future": sum("in the future" in r for r in reasons),
        "jumps": sum("jumps" in r for r in reasons),
    }
    print(f"\ndead letters: {len(dead)}; e.g. {sorted(set(reasons))[:6]}; {by_kind}")
    assert by_kind["too large"] == 5
    assert by_kind["future"] == kinds.count("far-future")
    assert by_kind["jumps"] == kinds.count("jump-ahead")
    wait_until(
        lambda: metric_value(w.url, "trendscope_dead_letters_total", topic="reddit_stream") is not None,
        10,
        "metrics",
    )
    assert metric_value(w.url, "trendscope_messages_in_total", topic="reddit_stream") == len(comments) + sum(
        1 for k in kinds if k not in ("nan-popularity", "negative-popularity")
    )
    # Every good message counted: the TrendScores equal the oracle over the good input alone, and the
    # bad timestamps closed nothing early (no event was late).
    got = {(t["movie_id"], int(t["window_end"])): t for t in emitted}
    assert set(got) == set(expected)
    assert all(got[k]["mentions"] == e.mentions for k, e in expected.items())
    assert metric_value(w.url, "trendscope_late_events_total") == 0
