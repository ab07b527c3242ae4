"""One movie of the catalogue: the titles its comments are matched on, and since when it is known.

Which mentions count is decided in event time, so that a window's result does not depend on when a worker
happened to read what: live, a comment is matched against the movies polled so far, and the same rule
gives the same answer when the same input is read later (a backlog, a restarted worker, a partition moved
after a kill).

* A movie of the catalogue's first poll (first seen within one poll interval of the earliest snapshot)
  counts every comment. The first Reddit listing of a deployment holds comments written before its first
  TMDB poll, and a TMDB file may start after the comments it goes with.
* A movie that enters later (TMDB's trending list changes) counts a comment only if the comment was written
  at or after the ``fetched_at`` of the movie's earliest snapshot.

The catalogue table stores an entry as ``[title, original_title, known_since]``. Entries written before
``known_since`` existed hold two titles only; such a movie counts as known for all time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["CatalogEntry", "counted_since", "learn_snapshot"]


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """A catalogue movie's titles and the event time it is known from.

    Examples
    --------
    >>> e = CatalogEntry.from_value(["Dune", "Dune", 1_717_200_300.0])
    >>> e.learn_one("Dune", "Dune", 1_717_200_000.0).known_since  # an earlier snapshot read late
    1717200000.0
    >>> e.learn_one("Dune", "Dune", 1_717_200_600.0) is None  # nothing new
    True
    >>> CatalogEntry.from_value(["Dune", "Dune"]).known_since  # written by an earlier version
    -inf
    """

    title: str
    original_title: str | None
    known_since: float = -math.inf

    @classmethod
    def from_value(cls, value: Any) -> CatalogEntry:
        """The entry a catalogue table value holds (two titles, or two titles and ``known_since``)."""
        since = float(value[2]) if len(value) > 2 and value[2] is not None else -math.inf
        return cls(value[0], value[1], since)

    def as_value(self) -> list[Any]:
        """The catalogue table value (JSON: an unknown start is stored as ``null``)."""
        since = None if math.isinf(self.known_since) else self.known_since
        return [self.title, self.original_title, since]

    @property
    def titles(self) -> list[str]:
        """The titles to match, without empty ones."""
        return [t for t in (self.title, self.original_title) if t]

    def learn_one(self, title: str, original_title: str | None, fetched_at: float) -> CatalogEntry | None:
        """The entry after one more snapshot of the movie, or ``None`` if that changes nothing.

        The newest titles win (TMDB corrects titles); ``known_since`` only moves earlier.
        """
        since = min(self.known_since, fetched_at)
        if (title, original_title, since) == (self.title, self.original_title, self.known_since):
            return None
        return CatalogEntry(title, original_title, since)


def learn_snapshot(
    entry: CatalogEntry | None, title: str, original_title: str | None, fetched_at: float
) -> CatalogEntry | None:
    """The entry after one more snapshot of its movie (the first when ``entry`` is ``None``), or ``None``
    if the snapshot changes nothing.

    Examples
    --------
    >>> learn_snapshot(None, "Here", None, 60.0)
    CatalogEntry(title='Here', original_title=None, known_since=60.0)
    """
    if entry is None:
        return CatalogEntry(title, original_title, fetched_at)
    return entry.learn_one(title, original_title, fetched_at)


def counted_since(known_since: Mapping[int, float], poll_interval_s: float) -> dict[int, float]:
    """The event time from which each movie's mentions count.

    Parameters
    ----------
    known_since : Mapping[int, float]
        Movie id -> ``fetched_at`` of its earliest snapshot (``-inf`` for entries of an earlier version).
    poll_interval_s : float
        Seconds between TMDB polls: movies first seen this close to the earliest snapshot are the first
        poll's.

    Returns
    -------
    dict[int, float]
        Movie id -> ``-inf`` for the first poll's movies (every comment counts), else ``known_since``.

    Examples
    --------
    >>> counted_since({603: 1000.0, 27205: 1000.0, 872585: 1600.0}, poll_interval_s=300.0)
    {603: -inf, 27205: -inf, 872585: 1600.0}
    """
    finite = [t for t in known_since.values() if math.isfinite(t)]
    if not finite:
        return dict(known_since)
    first_poll_ends = min(finite) + poll_interval_s
    return {m: -math.inf if t < first_poll_ends else t for m, t in known_since.items()}
