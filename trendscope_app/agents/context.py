"""Small Faust plumbing shared by the agents."""

from __future__ import annotations

import contextlib
import json
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from aiokafka.partitioner import murmur2
from faust.streams import _current_event
from faust.types import EventT, TopicT


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


def key_bytes(key: object) -> bytes:
    """A key serialised the way the tables serialise it (JSON), so partitioning agrees with routing.

    Examples
    --------
    >>> key_bytes(603)
    b'603'
    """
    return json.dumps(key).encode()


def partition_for(key: object, partitions: int) -> int:
    """The partition Kafka's default partitioner (murmur2) gives ``key``; same as Faust's router.

    Examples
    --------
    >>> 0 <= partition_for(603, 4) < 4
    True
    """
    return (murmur2(key_bytes(key)) & 0x7FFFFFFF) % partitions


async def publish_acked(topic: TopicT, records: Iterable[tuple[int, dict[str, Any]]]) -> int:
    """Send ``(movie_id, record)`` pairs as compact JSON keyed by movie, and wait until all are acknowledged.

    Agents call this before writing the state that says the records exist, so a crash in between repeats a
    record instead of losing it.
    """
    futures = [
        await topic.send(key=key_bytes(movie_id), value=json.dumps(record, separators=(",", ":")).encode())
        for movie_id, record in records
    ]
    for fut in futures:
        await fut
    return len(futures)


def by_partition(events: Iterable[EventT]) -> dict[int, list[EventT]]:
    """A batch's events grouped by source partition, each group in arrival order (state is per partition)."""
    groups: dict[int, list[EventT]] = defaultdict(list)
    for e in events:
        groups[e.message.partition].append(e)
    return groups
