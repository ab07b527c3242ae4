"""Tests of the replay tool against the real embedded broker (Tansu), consuming everything back."""

from __future__ import annotations

import json
import time
import uuid
from collections import defaultdict

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from trendscope_app.broker.embedded import EmbeddedBroker, create_topics
from trendscope_app.datasets.sample import SampleSpec, generate
from trendscope_app.sources.jsonl import JsonLine, iter_lines_lenient, write_jsonl
from trendscope_app.sources.replay import iter_messages, replay, replay_files

PARTITIONS = 2
CONSUME_TIMEOUT_S = 30.0


@pytest.fixture(scope="module")
def broker():
    with EmbeddedBroker() as b:
        yield b


@pytest.fixture
async def topics(broker):
    suffix = uuid.uuid4().hex[:10]
    names = {"reddit_topic": f"reddit_{suffix}", "tmdb_topic": f"tmdb_{suffix}"}
    await create_topics(broker.bootstrap, dict.fromkeys(names.values(), PARTITIONS))
    return names


async def consume(bootstrap: str, topic: str, expected: int, timeout: float = CONSUME_TIMEOUT_S):
    """Read ``topic`` from the beginning until ``expected`` records arrived; fail on timeout or on extras."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(PARTITIONS)])
        records = []
        deadline = time.monotonic() + timeout
        while len(records) < expected:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"{topic}: got {len(records)} of {expected} records within {timeout}s"
            batch = await consumer.getmany(timeout_ms=int(min(remaining, 1.0) * 1000))
            for part in batch.values():
                records.extend(part)
        # Whatever else is fetchable right now would be an extra message.
        for part in (await consumer.getmany(timeout_ms=200)).values():
            records.extend(part)
        assert len(records) == expected, f"{topic}: {len(records)} records, expected {expected}"
        return records
    finally:
        await consumer.stop()


def assert_partition_order_is_send_order(records, send_order: list[tuple[str, bytes | None, bytes]]):
    """Each partition holds a subsequence of the global send order, in that order."""
    position = {}
    for i, (topic, key, value) in enumerate(send_order):
        position.setdefault((topic, key, value), i)
    by_partition = defaultdict(list)
    for r in records:
        by_partition[(r.topic, r.partition)].append(r)
    for part in by_partition.values():
        part.sort(key=lambda r: r.offset)
        indices = [position[(r.topic, r.key, r.value)] for r in part]
        assert indices == sorted(indices)


SPEC = SampleSpec(n_comments=3_000, n_movies=12, duration_s=900, tmdb_interval_s=60, seed=21, n_breakouts=2)


async def test_replay_round_trip_order_keys_values_and_hook(broker, topics):
    comments, snapshots, _ = generate(SPEC)
    first_comment_t = comments[0]["created_utc"]
    early = [s for s in snapshots if s["fetched_at"] <= first_comment_t]
    assert early  # the first TMDB round is at the start
    hook = {}

    async def before_comments():
        hook["calls"] = hook.get("calls", 0) + 1
        hook["start_ms"] = time.time() * 1000
        # everything before the first comment is already on the broker
        seen = await consume(broker.bootstrap, topics["tmdb_topic"], len(early))
        hook["seen"] = sorted(json.loads(r.value)["id"] for r in seen)
        hook["end_ms"] = time.time() * 1000

    progress = []
    stats = await replay(
        broker.bootstrap,
        comments,
        snapshots,
        before_comments=before_comments,
        on_progress=progress.append,
        progress_every=1000,
        **topics,
    )
    assert stats.sent == {topics["reddit_topic"]: len(comments), topics["tmdb_topic"]: len(snapshots)}
    assert stats.raw == 0 and stats.total == len(comments) + len(snapshots)
    assert stats.first_event_time == snapshots[0]["fetched_at"]
    assert stats.last_event_time == comments[-1]["created_utc"]
    assert stats.wall_s > 0
    assert progress == [1000, 2000, 3000, stats.total]
    assert hook["calls"] == 1 and hook["seen"] == sorted(s["id"] for s in early)

    got_c = await consume(broker.bootstrap, topics["reddit_topic"], len(comments))
    got_s = await consume(broker.bootstrap, topics["tmdb_topic"], len(snapshots))
    # keys are the JSON-encoded ids, values the compact JSON of the records
    assert sorted((r.key, r.value) for r in got_c) == sorted(
        (json.dumps(c["id"]).encode(), json.dumps(c, separators=(",", ":")).encode()) for c in comments
    )
    assert sorted((r.key, r.value) for r in got_s) == sorted(
        (json.dumps(s["id"]).encode(), json.dumps(s, separators=(",", ":")).encode()) for s in snapshots
    )
    # Snapshot keys are bare JSON integers, comment keys JSON strings (checked on every record: the order in
    # which two partitions are consumed is arbitrary).
    assert all(r.key == str(int(r.key)).encode() for r in got_s)
    assert all(r.key.startswith(b'"') and r.key.endswith(b'"') for r in got_c)
    assert {r.partition for r in got_c} == {r.partition for r in got_s} == {0, 1}
    # per partition (hence per key): event time never goes back
    for records, field in ((got_c, "created_utc"), (got_s, "fetched_at")):
        for p in range(PARTITIONS):
            part = sorted((r for r in records if r.partition == p), key=lambda r: r.offset)
            times = [json.loads(r.value)[field] for r in part]
            assert times == sorted(times)
    send_order = [(m.topic, m.key, m.value) for m in iter_messages(comments, snapshots, **topics)]
    assert_partition_order_is_send_order(got_c + got_s, send_order)
    # the hook ran after the early snapshots were appended and before any comment was
    assert (
        max(r.timestamp for r in got_s if json.loads(r.value)["fetched_at"] <= first_comment_t)
        <= hook["start_ms"]
    )
    assert min(r.timestamp for r in got_c) >= int(hook["end_ms"])


async def test_replay_paces_event_time(broker, topics):
    spec = SampleSpec(n_comments=300, n_movies=4, duration_s=20.0, tmdb_interval_s=5.0, seed=2, n_breakouts=0)
    comments, snapshots, _ = generate(spec)
    speed = 10.0
    t0 = time.monotonic()
    stats = await replay(broker.bootstrap, comments, snapshots, speed=speed, **topics)
    elapsed = time.monotonic() - t0
    span = stats.last_event_time - stats.first_event_time
    assert stats.first_event_time == spec.start and span > 19.0
    assert stats.wall_s >= span / speed and elapsed >= span / speed
    # no message was sent before it was due (record timestamps: ms at append, 5 ms clock slack)
    records = await consume(broker.bootstrap, topics["reddit_topic"], len(comments))
    records += await consume(broker.bootstrap, topics["tmdb_topic"], len(snapshots))
    event_of = {r.value: json.loads(r.value) for r in records}
    first_ts = min(r.timestamp for r in records)
    for r in records:
        rec = event_of[r.value]
        t = rec.get("created_utc", rec.get("fetched_at"))
        assert r.timestamp - first_ts >= (t - spec.start) / speed * 1000 - 5


async def test_replay_files_passes_unparsable_lines_through(broker, topics, tmp_path):
    spec = SampleSpec(n_comments=400, n_movies=5, duration_s=300, tmdb_interval_s=60, seed=8, n_breakouts=1)
    comments, snapshots, _ = generate(spec)
    comments_path, tmdb_path = tmp_path / "comments.jsonl", tmp_path / "tmdb.jsonl"
    write_jsonl(comments_path, comments)
    write_jsonl(tmdb_path, snapshots)
    bad_comments = [b"{not json", b"[1, 2, 3]", b'"just a string"', b"\xff\xfe broken utf-8"]
    good = comments_path.read_bytes().splitlines()
    lines = [bad_comments[0], *good[:100], bad_comments[1], *good[100:250], bad_comments[2], *good[250:]]
    lines.append(bad_comments[3])
    comments_path.write_bytes(b"\n".join(lines) + b"\n\n")  # blank lines are skipped
    tmdb_lines = tmdb_path.read_bytes().splitlines()
    tmdb_lines.insert(7, b"<html>503</html>")
    tmdb_path.write_bytes(b"\n".join(tmdb_lines) + b"\n")

    stats = await replay_files(broker.bootstrap, comments_path, tmdb_path, **topics)
    assert stats.sent == {topics["reddit_topic"]: len(comments) + 4, topics["tmdb_topic"]: len(snapshots) + 1}
    assert stats.raw == 5

    got_c = await consume(broker.bootstrap, topics["reddit_topic"], len(comments) + 4)
    got_s = await consume(broker.bootstrap, topics["tmdb_topic"], len(snapshots) + 1)
    raw_c = [r for r in got_c if r.key is None]
    assert sorted(r.value for r in raw_c) == sorted(bad_comments)
    assert [r.value for r in got_s if r.key is None] == [b"<html>503</html>"]
    # parsed lines are forwarded verbatim, keyed by id
    assert sorted(r.value for r in got_c if r.key is not None) == sorted(
        line for line in comments_path.read_bytes().splitlines() if line.startswith(b'{"id"')
    )
    # ... and every partition is in file-read order (unparsable lines where they were read)
    send_order = [
        (m.topic, m.key, m.value)
        for m in iter_messages(iter_lines_lenient(comments_path), iter_lines_lenient(tmdb_path), **topics)
    ]
    assert_partition_order_is_send_order(got_c + got_s, send_order)


def test_iter_messages_orders_by_event_time_keeps_raw_lines_in_place():
    comments = [
        b"garbage first",
        {"id": "c1", "created_utc": 100.0, "body": "x"},
        "text line",
        {"id": "c2", "created_utc": 160.0, "body": "y"},
        {"id": "c3", "body": "no time"},
        {"created_utc": 170.0, "body": "no id"},
    ]
    snapshots = [
        {"id": 603, "fetched_at": 100.0},
        JsonLine({"id": 604, "fetched_at": 160.0}, b'{"id": 604, "fetched_at": 160.0}'),
        b"bad snapshot",
        {"id": 605, "fetched_at": 400.0},
    ]
    out = list(iter_messages(comments, snapshots))
    assert [(m.kind, m.key) for m in out] == [
        ("raw", None),  # before any record of its file: goes first
        ("snapshot", b"603"),  # tie at 100.0: snapshot first
        ("comment", b'"c1"'),
        ("raw", None),
        ("snapshot", b"604"),
        ("raw", None),
        ("comment", b'"c2"'),
        ("comment", b'"c3"'),
        ("comment", None),
        ("snapshot", b"605"),
    ]
    assert out[0].topic == out[3].topic == "reddit_stream" and out[5].topic == "tmdb_stream"
    assert out[0].value == b"garbage first" and out[3].value == b"text line"
    assert out[4].value == b'{"id": 604, "fetched_at": 160.0}'  # verbatim
    assert out[2].value == b'{"id":"c1","created_utc":100.0,"body":"x"}'
    assert out[7].event_time is None and out[8].event_time == 170.0
    with pytest.raises(TypeError):
        list(iter_messages([42], []))


async def test_before_comments_not_called_without_comments(broker, topics):
    calls = []

    async def hook():
        calls.append(1)

    snapshots = [{"id": i, "title": f"m{i}", "fetched_at": 10.0 + i} for i in range(5)]
    stats = await replay(broker.bootstrap, [], snapshots, before_comments=hook, **topics)
    assert calls == [] and stats.sent[topics["tmdb_topic"]] == 5
    await consume(broker.bootstrap, topics["tmdb_topic"], 5)


async def test_replay_streams_generators_lazily(broker, topics):
    # iterables are consumed lazily: a generator whose items are produced on demand works end to end
    from trendscope_app.datasets.sample import iter_comments, iter_snapshots

    spec = SampleSpec(n_comments=2_000, n_movies=6, duration_s=600, seed=5, n_breakouts=1)
    pulled = [0]
    pulled_at_progress = []

    def comments():
        for labelled in iter_comments(spec):
            pulled[0] += 1
            yield labelled.record

    stats = await replay(
        broker.bootstrap,
        comments(),
        iter_snapshots(spec),
        progress_every=500,
        on_progress=lambda n: pulled_at_progress.append((n, pulled[0])),
        **topics,
    )
    assert stats.sent[topics["reddit_topic"]] == 2_000 == pulled[0]
    n, pulled_then = pulled_at_progress[0]
    assert n == 500 and pulled_then <= 501  # at most one item read ahead of the send
    await consume(broker.bootstrap, topics["reddit_topic"], 2_000)
