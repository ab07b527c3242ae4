"""Which ``(movie, window end)`` rows a lookup table holds: newest first per movie, and per window end.

The lookup tables store one row per key ``(movie_id, window_end)``, written once (or, for a forecast,
once when made and once when scored) and never read back to be changed. This index is what makes a
movie's newest ``limit`` rows, and the movies of the newest window, cheap to find without scanning the
table: it holds keys only, the rows stay in RocksDB.
"""

from __future__ import annotations

from bisect import bisect_left, insort

__all__ = ["WindowIndex"]


class WindowIndex:
    """Sorted window ends per movie, and the movies per window end.

    Examples
    --------
    >>> ix = WindowIndex()
    >>> for movie, end in [(1, 120.0), (1, 60.0), (2, 120.0), (1, 180.0), (1, 180.0)]:
    ...     ix.add(movie, end)
    >>> ix.newest(1, 2), ix.newest(3, 2)
    ([180.0, 120.0], [])
    >>> ix.latest_end(), sorted(ix.movies_at(120.0))
    (180.0, [1, 2])
    >>> ix.beyond(1, keep=2)
    [60.0]
    >>> ix.remove(1, 180.0); ix.remove(1, 999.0)
    >>> ix.latest_end(), len(ix)
    (120.0, 3)
    """

    def __init__(self) -> None:
        self._ends: dict[int, list[float]] = {}
        self._movies: dict[float, set[int]] = {}

    def __len__(self) -> int:
        return sum(len(e) for e in self._ends.values())

    def __contains__(self, key: tuple[int, float]) -> bool:
        ends = self._ends.get(key[0])
        if not ends:
            return False
        i = bisect_left(ends, key[1])
        return i < len(ends) and ends[i] == key[1]

    def add(self, movie_id: int, end: float) -> None:
        """Record that the row ``(movie_id, end)`` exists (idempotent)."""
        ends = self._ends.setdefault(movie_id, [])
        if ends and ends[-1] < end:
            ends.append(end)  # rows mostly arrive in window order
        elif (movie_id, end) not in self:
            insort(ends, end)
        self._movies.setdefault(end, set()).add(movie_id)

    def remove(self, movie_id: int, end: float) -> None:
        """Forget the row ``(movie_id, end)``; nothing happens if it is unknown."""
        ends = self._ends.get(movie_id)
        if not ends:
            return
        i = bisect_left(ends, end)
        if i == len(ends) or ends[i] != end:
            return
        del ends[i]
        if not ends:
            del self._ends[movie_id]
        movies = self._movies[end]
        movies.discard(movie_id)
        if not movies:
            del self._movies[end]

    def newest(self, movie_id: int, limit: int) -> list[float]:
        """The movie's ``limit`` newest window ends, newest first."""
        ends = self._ends.get(movie_id, [])
        return ends[: -limit - 1 : -1] if limit > 0 else []

    def beyond(self, movie_id: int, keep: int) -> list[float]:
        """The movie's window ends older than its ``keep`` newest (what a bounded history drops)."""
        ends = self._ends.get(movie_id, [])
        return ends[: max(0, len(ends) - keep)]

    def latest_end(self) -> float | None:
        """The newest window end of any movie, or ``None`` when the index is empty."""
        return max(self._movies) if self._movies else None

    def ends_newest_first(self) -> list[float]:
        """Every window end that has a row, newest first."""
        return sorted(self._movies, reverse=True)

    def movies_at(self, end: float) -> set[int]:
        """The movies that have a row for window ``end``."""
        return set(self._movies.get(end, ()))

    def movies(self) -> list[int]:
        """Every movie with at least one row."""
        return list(self._ends)
