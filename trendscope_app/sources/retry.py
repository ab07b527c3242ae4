"""Waiting between tries of a source's requests: a server's Retry-After, and jittered exponential backoff."""

from __future__ import annotations

import email.utils
import math
import random
import time

__all__ = ["MAX_RETRY_AFTER_S", "Backoff", "parse_retry_after"]

#: Longest Retry-After honoured; a larger value is treated as this (a misconfigured proxy could say days).
MAX_RETRY_AFTER_S = 3600.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), capped; ``None`` if
    absent or unreadable.

    Examples
    --------
    >>> parse_retry_after("3"), parse_retry_after(" 1.5 "), parse_retry_after(None), parse_retry_after("soon")
    (3.0, 1.5, None, None)
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0)
    10.0
    >>> parse_retry_after("-5"), parse_retry_after("999999")
    (0.0, 3600.0)
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


class Backoff:
    """Exponential delays with "equal jitter": the n-th delay is uniform in [d/2, d], d = min(max,
    initial * 2**n); :meth:`reset` after a success.

    Examples
    --------
    >>> b = Backoff(1.0, 4.0, rng=random.Random(0))
    >>> [0.5 <= b.next() <= 1.0, 1.0 <= b.next() <= 2.0, 2.0 <= b.next() <= 4.0, 2.0 <= b.next() <= 4.0]
    [True, True, True, True]
    >>> b.reset(); b.next() <= 1.0
    True
    """

    def __init__(self, initial: float, maximum: float, rng: random.Random | None = None) -> None:
        self.initial, self.maximum = initial, max(initial, maximum)
        self.attempts = 0
        self._rng = rng or random.Random()

    def next(self) -> float:
        full = min(self.maximum, self.initial * 2 ** min(self.attempts, 60))
        self.attempts += 1
        return full / 2 + self._rng.random() * full / 2

    def reset(self) -> None:
        self.attempts = 0
