"""Replay comments and TMDB snapshots into the input topics in event-time order (aiokafka).

The two sources are merged by event time (``created_utc`` for comments, ``fetched_at`` for snapshots; a
snapshot goes first on a tie) and each source keeps its own order. Keys are the JSON-encoded record id
(``b"603"`` for a snapshot, ``b'"abc"'`` for a comment, the serializer the worker's tables use); values are
compact JSON. The replay does not validate: an item that is not a record (a line that is not a JSON
object) is published as-is without a key, at the position it was read, so the worker's dead-letter path
sees it.

``speed=0`` sends as fast as the client allows (sends are not awaited one by one; batches fill during the
linger and one flush ends the run). ``speed=X`` paces the run so that event time advances X times faster
than wall time: the replay sleeps until the next message is due and never sleeps when it is behind.
"""

from __future__ import annotations

import asyncio
import heapq
import json
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from aiokafka import AIOKafkaProducer

from trendscope_app.sources.jsonl import JsonLine, PathLike, dumps_compact, iter_lines_lenient

__all__ = [
    "OutMessage",
    "ReplayError",
    "ReplayStats",
    "encode_key",
    "iter_messages",
    "replay",
    "replay_files",
]

#: What a source may hold: a record, a parsed line (forwarded verbatim) or a raw line.
ReplayItem = dict[str, Any] | JsonLine | bytes | str


class ReplayError(RuntimeError):
    """Some messages could not be delivered to the broker."""


class OutMessage(NamedTuple):
    """One message to publish, in send order.

    Attributes
    ----------
    topic : str
        Destination topic.
    key : bytes or None
        JSON-encoded record id; ``None`` for raw lines and records without ``id``.
    value : bytes
        Compact JSON of the record, the original line of a parsed file line, or the raw line.
    event_time : float or None
        The record's event time; ``None`` for raw lines and records without a numeric one.
    kind : {"comment", "snapshot", "raw"}
        ``"raw"`` for items that are not JSON objects (whatever their topic).
    """

    topic: str
    key: bytes | None
    value: bytes
    event_time: float | None
    kind: Literal["comment", "snapshot", "raw"]


def encode_key(record_id: Any) -> bytes:
    """Encode a record id as a message key: its JSON encoding.

    Parameters
    ----------
    record_id : Any
        The record's ``id``.

    Returns
    -------
    bytes
        ``json.dumps(record_id).encode()``.

    Examples
    --------
    >>> encode_key(603), encode_key("abc")
    (b'603', b'"abc"')
    """
    return json.dumps(record_id).encode()


def _event_time(record: dict[str, Any], field_name: str) -> float | None:
    value = record.get(field_name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _source(
    items: Iterable[ReplayItem],
    topic: str,
    time_field: str,
    rank: int,
    kind: Literal["comment", "snapshot"],
) -> Iterator[tuple[float, int, int, OutMessage]]:
    # Sort key: (event time, rank, sequence). Items without an event time inherit the last one seen in the
    # same source (-inf before any), which keeps them where they were read; rank puts snapshots first on ties.
    last = -math.inf
    for seq, item in enumerate(items):
        if isinstance(item, dict):
            record, value = item, None
        elif isinstance(item, JsonLine):
            record, value = item.record, item.raw
        elif isinstance(item, bytes | bytearray | memoryview):
            yield last, rank, seq, OutMessage(topic, None, bytes(item), None, "raw")
            continue
        elif isinstance(item, str):
            yield last, rank, seq, OutMessage(topic, None, item.encode(), None, "raw")
            continue
        else:
            raise TypeError(f"cannot replay a {type(item).__name__}: expected dict, JsonLine, bytes or str")
        t = _event_time(record, time_field)
        if t is not None:
            last = t
        key = encode_key(record["id"]) if "id" in record else None
        yield (
            last,
            rank,
            seq,
            OutMessage(topic, key, value if value is not None else dumps_compact(record), t, kind),
        )


def iter_messages(
    comments: Iterable[ReplayItem],
    snapshots: Iterable[ReplayItem],
    *,
    reddit_topic: str = "reddit_stream",
    tmdb_topic: str = "tmdb_stream",
) -> Iterator[OutMessage]:
    """Merge comments and snapshots into the messages to send, in send order (lazily).

    Parameters
    ----------
    comments, snapshots : Iterable
        Each item is a record dict, a :class:`~trendscope_app.sources.jsonl.JsonLine` (its ``raw`` bytes are
        sent verbatim) or a raw line (bytes or str, sent as-is without key). Each source should be sorted
        by event time; its own order is kept in any case.
    reddit_topic, tmdb_topic : str
        Destination topics.

    Yields
    ------
    OutMessage
        Merged by event time; a snapshot precedes a comment with the same event time; an item without an
        event time follows the item read before it in its source.

    Examples
    --------
    >>> c = [{"id": "a", "created_utc": 10.0}, b"not json", {"id": "b", "created_utc": 20.0}]
    >>> s = [{"id": 603, "fetched_at": 10.0}, {"id": 603, "fetched_at": 15.0}]
    >>> [(m.topic, m.key, m.kind) for m in iter_messages(c, s)]  # doctest: +NORMALIZE_WHITESPACE
    [('tmdb_stream', b'603', 'snapshot'), ('reddit_stream', b'"a"', 'comment'),
     ('reddit_stream', None, 'raw'), ('tmdb_stream', b'603', 'snapshot'),
     ('reddit_stream', b'"b"', 'comment')]
    """
    merged = heapq.merge(
        _source(snapshots, tmdb_topic, "fetched_at", 0, "snapshot"),
        _source(comments, reddit_topic, "created_utc", 1, "comment"),
    )
    for *_, message in merged:
        yield message


@dataclass
class ReplayStats:
    """What a replay sent.

    Attributes
    ----------
    sent : dict
        Topic -> number of messages sent (all were acknowledged when :func:`replay` returns).
    raw : int
        Items that were not JSON objects, passed through as-is (included in ``sent``).
    first_event_time, last_event_time : float or None
        Event times of the first and last message sent that had one.
    wall_s : float
        Wall seconds from the first send to the end of the final flush.
    """

    sent: dict[str, int] = field(default_factory=dict)
    raw: int = 0
    first_event_time: float | None = None
    last_event_time: float | None = None
    wall_s: float = 0.0

    @property
    def total(self) -> int:
        """All messages sent."""
        return sum(self.sent.values())

    @property
    def rate(self) -> float:
        """Messages per wall second (0.0 for an empty or instant run)."""
        return self.total / self.wall_s if self.wall_s > 0 else 0.0


async def replay(
    bootstrap: str,
    comments: Iterable[ReplayItem],
    snapshots: Iterable[ReplayItem],
    *,
    reddit_topic: str = "reddit_stream",
    tmdb_topic: str = "tmdb_stream",
    speed: float = 0.0,
    on_progress: Callable[[int], None] | None = None,
    before_comments: Callable[[], Awaitable[None]] | None = None,
    progress_every: int = 10_000,
    linger_ms: int = 20,
    max_batch_size: int = 512 * 1024,
    client_id: str = "trendscope-replay",
) -> ReplayStats:
    """Publish ``comments`` and ``snapshots`` into their topics in event-time order.

    Parameters
    ----------
    bootstrap : str
        ``host:port`` of the broker.
    comments, snapshots : Iterable
        Records (dicts), :class:`~trendscope_app.sources.jsonl.JsonLine` or raw lines, each source sorted
        by event time; consumed lazily (see :func:`iter_messages`).
    reddit_topic, tmdb_topic : str
        Destination topics; create them beforehand with the partition count you want.
    speed : float
        ``0`` (default) sends as fast as possible; ``X > 0`` makes event time run ``X`` times faster than
        wall time, counted from the first message with an event time.
    on_progress : callable or None
        Called with the number of messages sent so far every ``progress_every`` messages and once at the end.
    before_comments : async callable or None
        Awaited once, before the first comment record is sent and after every earlier message (all
        snapshots with event time <= the first comment's) has been flushed; not called when there is no
        comment. Pacing restarts after it, so the time it takes does not make the replay "late".
    progress_every : int
        Messages between progress callbacks.
    linger_ms, max_batch_size : int
        Producer batching (aiokafka settings); the defaults favour throughput.
    client_id : str
        Kafka client id.

    Returns
    -------
    ReplayStats
        Counts, event-time range and wall time.

    Raises
    ------
    ReplayError
        If the broker rejected some messages (after the final flush).
    """
    if speed < 0 or not math.isfinite(speed):
        raise ValueError("speed must be a finite number >= 0")
    stats = ReplayStats(sent={reddit_topic: 0, tmdb_topic: 0})
    sent = stats.sent
    failures: list[BaseException] = []

    def _on_delivery(fut: asyncio.Future[Any]) -> None:
        if not fut.cancelled() and fut.exception() is not None:
            failures.append(fut.exception())  # type: ignore[arg-type]

    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        acks=1,
        linger_ms=linger_ms,
        max_batch_size=max_batch_size,
        max_request_size=max(1024 * 1024, 2 * max_batch_size),
    )
    await producer.start()
    loop = asyncio.get_running_loop()
    try:
        waiting_for_comments = before_comments is not None
        anchor_wall = anchor_event = None
        n = 0
        started = time.perf_counter()
        for message in iter_messages(comments, snapshots, reddit_topic=reddit_topic, tmdb_topic=tmdb_topic):
            if waiting_for_comments and message.kind == "comment":
                waiting_for_comments = False
                await producer.flush()
                await before_comments()  # type: ignore[misc]
                if anchor_event is not None:  # restart pacing where the hook left it
                    anchor_wall, anchor_event = loop.time(), stats.last_event_time
            t = message.event_time
            if t is not None:
                if speed > 0:
                    if anchor_event is None:
                        anchor_wall, anchor_event = loop.time(), t
                    delay = anchor_wall + (t - anchor_event) / speed - loop.time()  # type: ignore[operator]
                    if delay > 0:
                        await asyncio.sleep(delay)
                if stats.first_event_time is None:
                    stats.first_event_time = t
                stats.last_event_time = t
            fut = await producer.send(message.topic, message.value, key=message.key)
            fut.add_done_callback(_on_delivery)
            sent[message.topic] = sent.get(message.topic, 0) + 1
            if message.kind == "raw":
                stats.raw += 1
            n += 1
            if n % progress_every == 0:
                if on_progress is not None:
                    on_progress(n)
                await asyncio.sleep(0)  # let the sender task run even when no send had to wait
        await producer.flush()
        stats.wall_s = time.perf_counter() - started
        await asyncio.sleep(0)  # run the delivery callbacks of the last batches
    finally:
        await producer.stop()
    if failures:
        raise ReplayError(f"{len(failures)} of {n} messages were not delivered; first error: {failures[0]!r}")
    if on_progress is not None:
        on_progress(n)
    return stats


async def replay_files(
    bootstrap: str,
    comments_path: PathLike | None,
    tmdb_path: PathLike | None,
    **kwargs: Any,
) -> ReplayStats:
    """Replay JSON Lines files (read lazily) with :func:`replay`.

    Lines holding a JSON object are sent verbatim (keyed by their ``id``); other non-blank lines (invalid
    JSON, non-objects, invalid UTF-8) are sent as-is, without key, to the topic of their file, at the
    position they were read.

    Parameters
    ----------
    bootstrap : str
        ``host:port`` of the broker.
    comments_path, tmdb_path : str or os.PathLike or None
        The comments and TMDB files (``.gz`` read as gzip); ``None`` for none.
    **kwargs
        Passed to :func:`replay` (topics, ``speed``, callbacks, ...).

    Returns
    -------
    ReplayStats
        As :func:`replay`.
    """
    comments = iter_lines_lenient(comments_path) if comments_path is not None else iter(())
    snapshots = iter_lines_lenient(tmdb_path) if tmdb_path is not None else iter(())
    return await replay(bootstrap, comments, snapshots, **kwargs)
