"""Small Faust plumbing shared by the agents."""

from __future__ import annotations

import contextlib
import json
import weakref
from collections.abc import Iterator

from aiokafka.partitioner import murmur2
from faust.streams import _current_event
from faust.types import EventT


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
