"""How one partition's window state maps onto table records, and the order they are written in.

A partition is saved as one record per movie plus one bookkeeping record (closed windows, event-time
progress, the movies), so a batch rewrites only what it touched. The records of one batch are not written
atomically: a worker killed mid-save leaves some prefix of them in the changelog. The order makes every
prefix safe to resume from (the crash tests kill workers at random points to check it):

1. changed movies: each records the last window it was emitted and pruned through, so a movie saved
   ahead of the bookkeeping skips those windows when the replayed input closes them again;
2. the bookkeeping;
3. deletions: a movie deleted ahead of the bookkeeping would come back empty from the replayed input and
   emit its windows again from part of their events; left in place, its older state replays exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from typing import Any

from trendscope_app.windows.aggregator import PartitionAggregator, WindowConfig
from trendscope_app.windows.movie import MovieWindows

#: A write to the window-state table: ``(key, value)``, where a ``None`` value deletes the key.
Write = tuple[int | str, dict[str, Any] | None]


def meta_key(partition: int) -> str:
    """Key of a partition's bookkeeping record.

    Examples
    --------
    >>> meta_key(3)
    'meta:3'
    """
    return f"meta:{partition}"


def take_writes(agg: PartitionAggregator, partition: int) -> list[Write]:
    """The writes that save what changed in ``agg`` since the last call, in crash-safe order.

    Examples
    --------
    >>> from trendscope_app.models.movie_events import MovieEventBatch
    >>> agg = PartitionAggregator(WindowConfig(), ["r0"])
    >>> _ = agg.apply(MovieEventBatch(mentions=[("r0", 0, 7, 10.0, 0.5)]))
    >>> [key for key, _ in take_writes(agg, 0)]
    [7, 'meta:0']
    >>> take_writes(agg, 0)              # nothing changed since
    [('meta:0', {'c': None, 'p': {}, 'm': [7]})]
    """
    changed, deleted = agg.take_dirty()
    writes: list[Write] = [(movie_id, m.to_dict()) for movie_id, m in changed.items()]
    writes.append((meta_key(partition), agg.meta()))
    writes.extend((movie_id, None) for movie_id in sorted(deleted))
    return writes


def apply_writes(table: MutableMapping[Any, Any], writes: Iterable[Write]) -> None:
    """Carry out ``writes`` on ``table`` in order (a Faust table, or a dict standing in for one).

    Examples
    --------
    >>> table = {7: {}, 8: {}}
    >>> apply_writes(table, [(7, {"t": "x"}), (8, None)])
    >>> table
    {7: {'t': 'x'}}
    """
    for key, value in writes:
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value


def load(
    config: WindowConfig,
    sources: Iterable[str],
    partition: int,
    get: Callable[[int | str], dict[str, Any] | None],
    *,
    title_of: Callable[[int], str] | None = None,
) -> PartitionAggregator:
    """Rebuild a partition's aggregator from its records (``get`` reads one; ``None`` when absent)."""
    meta = get(meta_key(partition)) or {}
    movies: dict[int, MovieWindows] = {}
    for movie_id in meta.get("m", []):
        state = get(movie_id)
        if state:
            movies[movie_id] = MovieWindows.from_dict(state)
    return PartitionAggregator(config, sources, movies=movies, meta=meta, title_of=title_of)
