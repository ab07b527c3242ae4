"""Small Faust plumbing shared by the agents."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from aiokafka.structs import RecordMetadata
from faust.streams import _current_event
from faust.types import EventT, Message, TopicT

from trendscope_app.models.keys import key_bytes
from trendscope_app.observability.stages import Done


@contextlib.contextmanager
def event_context(event: EventT) -> Iterator[None]:
    """Make ``event`` the current event while a batch writes its tables.

    Faust picks a table write's changelog partition (and the RocksDB partition it reads) from the current
    event. Inside ``take_events`` batches that is not reliably the batch's own event, so the agents set it
    explicitly to an event of the partition whose state they are writing.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)


async def yield_to_others(max_rounds: int = 32) -> None:
    """Let every other ready callback run before continuing: bulk work yields at low priority.

    A plain ``sleep(0)`` gives each other task one step per yield; Faust's path for one message takes
    several steps, so with the comment reader yielding every ~5 ms the window stage fell 1-2 s behind.
    Looping while the event loop's ready queue is non-empty (a CPython ``asyncio`` internal; without it
    this is one ``sleep(0)``) lets that work finish first. ``max_rounds`` bounds it against a task
    that reschedules itself forever.
    """
    await asyncio.sleep(0)
    ready = getattr(asyncio.get_running_loop(), "_ready", None)
    if ready is None:
        return
    for _ in range(max_rounds):
        if not ready:
            return
        await asyncio.sleep(0)


async def wait_for_flag(check: Callable[[], bool], timeout: float, poll_s: float = 0.05) -> bool:
    """Poll ``check`` until it is true (``True``) or ``timeout`` seconds pass (``False``).

    For flags another thread sets (a ``threading.Event``), which the event loop cannot await.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() >= deadline:
            return False
        await asyncio.sleep(poll_s)
    return True


async def send_raw(
    topic: TopicT, value: bytes, *, key: bytes | None = None, partition: int | None = None
) -> asyncio.Future[Any]:
    """Hand one record to the app's producer; returns the future of its acknowledgement.

    ``Topic.send`` yields to the event loop on every call: with the comment reader busy, publishing one
    minute's 494 TrendScores took 1.1 s that way and 5 ms this way (bench, README "Performance"). Faust's
    monitor still counts the send and its latency, as ``Topic.send`` would.
    """
    app = topic.app
    producer = app.producer
    name = topic.get_topic_name()
    sensors = app.sensors
    state = sensors.on_send_initiated(producer, name, None, len(key or b""), len(value))  # type: ignore[arg-type]
    fut: asyncio.Future[Any] = await producer.send(name, key, value, partition, None, None)  # type: ignore[assignment]

    def done(f: asyncio.Future[Any]) -> None:
        if f.cancelled():
            return
        exc = f.exception()
        if exc is not None:
            sensors.on_send_error(producer, exc, state)
        else:
            sensors.on_send_completed(producer, state, f.result())

    fut.add_done_callback(done)
    return fut


async def publish_acked(topic: TopicT, records: Iterable[tuple[int, dict[str, Any]]]) -> list[RecordMetadata]:
    """Send ``(movie_id, record)`` pairs as compact JSON keyed by movie, and wait until all are acknowledged;
    returns where each one was stored, in order.

    Agents call this before writing the state that says the records exist, so a crash in between repeats a
    record instead of losing it.
    """
    futures = [
        await send_raw(topic, json.dumps(record, separators=(",", ":")).encode(), key=key_bytes(movie_id))
        for movie_id, record in records
    ]
    return [await fut for fut in futures]


def published(md: RecordMetadata, window_end: float | None) -> Done:
    """The ``Done`` record of an acknowledged send (its Kafka timestamp is the publication time)."""
    at = md.timestamp / 1000 if md.timestamp > 0 else time.time()
    return (md.topic, md.partition, md.offset, at, window_end)


def delivered(message: Message, window_end: float | None) -> Done:
    """The ``Done`` record of a message an agent read (its Kafka timestamp is the publication time)."""
    return (message.topic, message.partition, message.offset, message.timestamp, window_end)


def by_partition(events: Iterable[EventT]) -> dict[int, list[EventT]]:
    """A batch's events grouped by source partition, each group in arrival order (state is per partition)."""
    groups: dict[int, list[EventT]] = defaultdict(list)
    for e in events:
        groups[e.message.partition].append(e)
    return groups
