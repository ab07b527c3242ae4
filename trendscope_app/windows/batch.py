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

Mention = tuple[str, int, int, float, float]  # (source, offset, movie_id, event time, sentiment)
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
