"""A global table of per-window rows that every worker serves lookups from.

Why one row per ``(movie_id, window_end)`` key
---------------------------------------------
A global table's local copy is written twice on the worker that owns the data: by the worker itself,
and again by the changelog reader, which applies the same records a little later. A read-modify-write
of one per-movie value ("read the history, add the new window, write it back") can therefore read a
value the changelog reader has just put back from an older record, and write the older history plus
the newest window: the windows in between are lost for good (measured: a quarter of the lookups'
history gone in one replay). Here no row is ever read to be rewritten. A TrendScore is written once
under its own key; a forecast twice (made, then scored), in that order, from one worker. The changelog
carries every write in the order it was made, so every worker's copy, the writer's included, ends on
the last write of each key whatever the reader's delay, and no write can hide another.

Why the writer skips its own stale echoes
-----------------------------------------
Ending on the last write is not enough for a reader of the writer's copy: when the changelog reader
applies the made forecast after the worker wrote it scored, the lookup shows it unscored until the scored
record follows (an ended breakout shows active again, likewise). So the writer remembers its writes on
their way back, per key, oldest first (:meth:`LookupTable.stale`): a changelog record equal to the oldest
of them, while a newer one is still on its way, is skipped; any other record (the last own write, another
worker's write) is applied as before, and one that is not the expected own write ends the skipping for
that key. ``trendscope_lookup_stale_echoes_total`` counts the skipped records.

Rows beyond a movie's ``keep`` newest are deleted by the writer after it writes the new ones. The key
index (:class:`~trendscope_app.tables.index.WindowIndex`) is kept in step on every worker from its own
writes, from the changelog events the table reads, and once after recovery from the local store (rows
recovered from RocksDB are not replayed as events).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any

import faust

from trendscope_app.metrics import LOOKUP_STALE_ECHOES
from trendscope_app.tables.index import WindowIndex

__all__ = ["LookupGlobalTable", "LookupTable"]


class LookupTable:
    """Rows ``(movie_id, end) -> dict`` of a Faust global table, with a key index for O(limit) reads."""

    def __init__(self, end_field: str, keep: int) -> None:
        self.end_field = end_field
        self.keep = keep
        self.index = WindowIndex()
        self.table: faust.GlobalTable | None = None
        #: Own writes not yet read back from the changelog, per key, oldest first (None: a delete).
        self._on_the_way: dict[tuple[int, float], deque[dict[str, Any] | None]] = {}

    def bind(self, table: faust.GlobalTable) -> None:
        self.table = table

    # -- keeping the index in step -------------------------------------------------------------------
    async def on_changelog_event(self, event: Any) -> None:
        """Faust's changelog callback: a row written (value) or deleted (``None``) by any worker."""
        key = _key(event.key)
        if key is None:
            return
        if event.value is None:
            self.index.remove(*key)
        else:
            self.index.add(*key)

    def rebuild(self) -> int:
        """Add every row the local store holds to the index; returns the number of rows."""
        n = 0
        for raw in self._table.keys():  # noqa: SIM118 (a Faust table, not a dict)
            key = _key(raw)
            if key is not None:
                self.index.add(*key)
                n += 1
        return n

    # -- writing (the worker that owns the movie's partition, inside that partition's event context) --
    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write each row under its own key, then drop each touched movie's rows beyond ``keep``."""
        table = self._table
        touched: set[int] = set()
        for row in rows:
            movie_id, end = int(row["movie_id"]), float(row[self.end_field])
            table[(movie_id, end)] = row
            self._sent((movie_id, end), row)
            self.index.add(movie_id, end)
            touched.add(movie_id)
        for movie_id in touched:
            for end in self.index.beyond(movie_id, self.keep):
                if table.pop((movie_id, end), None) is not None:  # a missing key sends no record
                    self._sent((movie_id, end), None)
                self.index.remove(movie_id, end)

    def _sent(self, key: tuple[int, float], value: dict[str, Any] | None) -> None:
        self._on_the_way.setdefault(key, deque()).append(value)

    def stale(self, event: Any) -> bool:
        """Whether a changelog record is this worker's own write of a key it has written again since.

        Examples
        --------
        >>> lookup = LookupTable("target_window_end", keep=5)
        >>> lookup.bind({})  # a dict stands for the Faust table here
        >>> made = {"movie_id": 7, "target_window_end": 60.0, "actual": None}
        >>> scored = dict(made, actual=3.0)
        >>> lookup.write([made]); lookup.write([scored])
        >>> record = lambda value: type("Event", (), {"key": [7, 60.0], "value": value})()
        >>> lookup.stale(record(made)), lookup.stale(record(scored))
        (True, False)
        >>> lookup.write([made]); lookup.write([scored])
        >>> lookup.stale(record({"other": "worker"})), lookup.stale(record(made))
        (False, False)
        """
        key = _key(event.key)
        way = self._on_the_way.get(key) if key is not None else None
        if not way:
            return False
        if way[0] != event.value:
            del self._on_the_way[key]  # not the write expected: the changelog's order decides from here
            return False
        way.popleft()
        if way:
            return True
        del self._on_the_way[key]
        return False

    # -- reading -------------------------------------------------------------------------------------
    def newest(self, movie_id: int, limit: int) -> list[dict[str, Any]]:
        """The movie's ``limit`` newest rows (at most ``keep``), newest first."""
        table = self._table
        rows = (table.get((movie_id, end)) for end in self.index.newest(movie_id, min(limit, self.keep)))
        return [r for r in rows if r is not None]

    def latest(self, complete: bool = False) -> list[dict[str, Any]]:
        """Every row of the newest window end of any movie; with ``complete``, of the newest window whose
        rows are all complete (``"complete"`` missing counts as complete)."""
        table = self._table
        for end in self.index.ends_newest_first():
            rows = [r for m in self.index.movies_at(end) if (r := table.get((m, end))) is not None]
            if not complete or (rows and all(r.get("complete", True) for r in rows)):
                return rows
        return []

    def get(self, movie_id: int, end: float) -> dict[str, Any] | None:
        """The row ``(movie_id, end)``, or ``None``."""
        row: dict[str, Any] | None = self._table.get((movie_id, end))
        return row

    def knows(self, movie_id: int) -> bool:
        return bool(self.index.newest(movie_id, 1))

    @property
    def _table(self) -> faust.GlobalTable:
        if self.table is None:
            raise RuntimeError("LookupTable used before bind()")
        return self.table


def _key(raw: Any) -> tuple[int, float] | None:
    """``(movie_id, end)`` from a stored key (a JSON list, or a tuple once Faust has decoded it).

    Examples
    --------
    >>> _key([603, 1717200300.0]), _key((603, 60)), _key(603), _key(["x", 1])
    ((603, 1717200300.0), (603, 60.0), None, None)
    """
    if not isinstance(raw, list | tuple) or len(raw) != 2:
        return None
    movie_id, end = raw
    if not isinstance(movie_id, int) or not isinstance(end, int | float):
        return None
    return movie_id, float(end)


class LookupGlobalTable(faust.GlobalTable):  # type: ignore[misc]
    """A global table that does not apply its worker's own stale echoes (:meth:`LookupTable.stale`)."""

    lookup: LookupTable

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._skipped = LOOKUP_STALE_ECHOES.labels(table=self.name)  # exported from the start, at 0

    def apply_changelog_batch(self, batch: Iterable[Any]) -> None:
        stale, skipped = self.lookup.stale, self._skipped

        def fresh() -> Iterable[Any]:
            for event in batch:
                if stale(event):
                    skipped.inc()
                else:
                    yield event

        super().apply_changelog_batch(fresh())
