"""A dead letter (topic ``dead_letters``): the original bytes of a message no stage could use, and why.

The value is the original message (cut to a size limit); the headers say where it came from and the
reason, so a user can find, read and re-send it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """Message ``offset`` of ``topic``/``partition``, refused for ``reason``.

    Examples
    --------
    >>> d = DeadLetter("reddit_stream", 2, 41, b"not json at all", "invalid JSON: Expecting value")
    >>> value, headers = d.encode(max_bytes=8)
    >>> value, headers["truncated"], headers["original_size"], headers["reason"][:12]
    (b'not json', b'true', b'15', b'invalid JSON')
    """

    topic: str
    partition: int
    offset: int
    value: bytes | None
    reason: str

    def encode(self, max_bytes: int) -> tuple[bytes, dict[str, bytes]]:
        """The value (at most ``max_bytes`` of the original) and the headers to send."""
        value = self.value if self.value is not None else b""
        headers = {
            "reason": self.reason.encode(),
            "source_topic": self.topic.encode(),
            "source_partition": str(self.partition).encode(),
            "source_offset": str(self.offset).encode(),
            "original_size": str(len(value)).encode(),
        }
        if len(value) > max_bytes:
            headers["truncated"] = b"true"
            value = value[:max_bytes]
        return value, headers
