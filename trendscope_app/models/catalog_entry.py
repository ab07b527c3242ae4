"""One movie of the catalogue: the titles its comments are matched on, and since when it is known.

A movie is known -- its mentions counted -- from its first TMDB snapshot on, in event time: a comment
counts for it only if the comment was written at or after the ``fetched_at`` of the movie's earliest
snapshot. That keeps the result of a window independent of when a worker happened to read what: live, a
comment is matched against the movies polled so far, and the same rule gives the same answer when the
same input is read later (a backlog, a restarted worker, a partition moved after a kill).

The catalogue table stores an entry as ``[title, original_title, known_since]``. Entries written before
``known_since`` existed hold two titles only; such a movie counts as known for all time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

__all__ = ["CatalogEntry", "learn_snapshot"]


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """A catalogue movie's titles and the event time it is known from.

    Examples
    --------
    >>> e = CatalogEntry.from_value(["Dune", "Dune", 1_717_200_300.0])
    >>> e.counts_at(1_717_200_299.0), e.counts_at(1_717_200_300.0)
    (False, True)
    >>> e.learn_one("Dune", "Dune", 1_717_200_000.0).known_since  # an earlier snapshot read late
    1717200000.0
    >>> e.learn_one("Dune", "Dune", 1_717_200_600.0) is None  # nothing new
    True
    >>> CatalogEntry.from_value(["Dune", "Dune"]).counts_at(0.0)  # written by an earlier version
    True
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

    def counts_at(self, created_utc: float) -> bool:
        """Whether a comment written at ``created_utc`` counts for this movie."""
        return created_utc >= self.known_since

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
