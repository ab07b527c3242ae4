"""The internal message between the ingest stage and the window stage (topic ``movie_events``).

One message per (ingest batch, destination partition): the mentions and snapshots of the movies that
live in that partition, and the event-time progress of every input partition the batch read. Sending one
message per partition instead of one per mention keeps the internal topic's cost off the hot path
(docs/performance.md), and carrying progress in the same ordered stream as the data is what lets the window
stage close windows on the slowest input partition.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

# (source, offset, movie_id, event time, sentiment[, subreddit, comment id, permalink, Reddit score]):
# the last four are the window's evidence (why it trends); a message without them is still read.
Mention = tuple[Any, ...]
Snapshot = tuple[
    str, int, int, float, float, str
]  # (source, offset, movie_id, event time, popularity, title)


@dataclass(slots=True)
class MovieEventBatch:
    """Mentions, snapshots and source progress for one destination partition.

    Examples
    --------
    >>> b = MovieEventBatch(progress={"r0": 125.0}, mentions=[("r0", 3, 603, 125.0, 0.25)])
    >>> MovieEventBatch.decode(b.encode()) == b
    True
    """

    progress: dict[str, float] = field(default_factory=dict)
    idle: dict[str, float] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)

    def encode(self) -> bytes:
        return json.dumps(
            {"p": self.progress, "i": self.idle, "m": self.mentions, "s": self.snapshots},
            separators=(",", ":"),
        ).encode()

    @classmethod
    def decode(cls, raw: bytes) -> MovieEventBatch:
        d = json.loads(raw)
        return cls(
            progress=d.get("p", {}),
            idle=d.get("i", {}),
            mentions=[tuple(m) for m in d.get("m", [])],
            snapshots=[tuple(s) for s in d.get("s", [])],
        )


def source_key(topic: str, partition: int, reddit_topic: str) -> str:
    """Name of an input partition in ``progress``/``idle``: ``r<N>`` (comments) or ``t<N>`` (TMDB).

    Examples
    --------
    >>> source_key("reddit_stream", 2, "reddit_stream")
    'r2'
    """
    return ("r" if topic == reddit_topic else "t") + str(partition)


def all_sources(partitions: int) -> list[str]:
    """Every input partition's name, for topics of ``partitions`` partitions.

    Examples
    --------
    >>> all_sources(2)
    ['r0', 'r1', 't0', 't1']
    """
    return [f"{k}{i}" for k in "rt" for i in range(partitions)]
