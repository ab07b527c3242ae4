"""Deterministic sample data: Reddit comments and TMDB snapshots with known ground truth.

Used by the demo (``python -m trendscope_app sample``, ``make demo``), the tests and the benchmarks.
Everything is derived from :class:`SampleSpec` (its ``seed`` included), so one spec always yields
byte-identical records. The parts, one generator per module of :mod:`trendscope_app.datasets`:

* :mod:`~trendscope_app.datasets.catalogue`: real 2022-2025 titles, each with a reader's class
  (distinctive, phrase, ordinary, function);
* :mod:`~trendscope_app.datasets.world`: the movies of a spec, their popularity curves
  (:mod:`~trendscope_app.datasets.popularity`) and breakouts (:mod:`~trendscope_app.datasets.breakouts`);
* :mod:`~trendscope_app.datasets.comments`: the comment stream, whose text
  (:mod:`~trendscope_app.datasets.bodies`) writes each title in a form people type
  (:mod:`~trendscope_app.datasets.forms`) into the templates of :mod:`~trendscope_app.datasets.words`;
* :mod:`~trendscope_app.datasets.snapshots`: TMDB popularity snapshots.

The ground truth never travels inside a record: :func:`generate` returns it as a separate mapping,
:func:`iter_generate` yields it beside each record and :func:`write_sample` writes ``truth.jsonl``. It is
what the generator wrote into each comment, never what a matcher reads back from it.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from trendscope_app.datasets.catalogue import CATALOGUE, PLAIN_CATALOGUE, SampleMovie
from trendscope_app.datasets.comments import LabelledComment, WrittenComment, iter_comments, iter_written
from trendscope_app.datasets.forms import normalize_text, title_variants
from trendscope_app.datasets.snapshots import iter_snapshots
from trendscope_app.datasets.spec import SampleSpec
from trendscope_app.datasets.world import SampleWorld, build_world
from trendscope_app.sources.jsonl import read_jsonl, write_jsonl

__all__ = [
    "CATALOGUE",
    "PLAIN_CATALOGUE",
    "LabelledComment",
    "SampleEvent",
    "SampleFiles",
    "SampleMovie",
    "SampleSpec",
    "SampleWorld",
    "WrittenComment",
    "build_world",
    "generate",
    "iter_comments",
    "iter_generate",
    "iter_snapshots",
    "iter_written",
    "normalize_text",
    "read_jsonl",
    "title_variants",
    "write_jsonl",
    "write_sample",
]


class SampleEvent(NamedTuple):
    """One record of the merged stream of :func:`iter_generate`.

    ``movie_ids`` is the ground truth for a comment and ``(id,)`` for a snapshot.
    """

    kind: Literal["comment", "snapshot"]
    record: dict[str, Any]
    movie_ids: tuple[int, ...]

    @property
    def event_time(self) -> float:
        """``created_utc`` of a comment, ``fetched_at`` of a snapshot."""
        return float(self.record["created_utc" if self.kind == "comment" else "fetched_at"])


def iter_generate(spec: SampleSpec) -> Iterator[SampleEvent]:
    """Yield snapshots and comments merged in event-time order (a snapshot first on ties), lazily.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.

    Yields
    ------
    SampleEvent
        ``(kind, record, movie_ids)``; records are exactly those of :func:`generate`.

    Examples
    --------
    >>> ev = list(iter_generate(SampleSpec(n_comments=20, n_movies=3, n_breakouts=0, duration_s=600)))
    >>> ev[0].kind, sum(e.kind == "comment" for e in ev), sum(e.kind == "snapshot" for e in ev)
    ('snapshot', 20, 6)
    >>> all(a.event_time <= b.event_time for a, b in zip(ev, ev[1:]))
    True
    """
    world = build_world(spec)
    snapshots = (
        (s["fetched_at"], 0, n, SampleEvent("snapshot", s, (s["id"],)))
        for n, s in enumerate(iter_snapshots(spec, world))
    )
    comments = (
        (c.record["created_utc"], 1, n, SampleEvent("comment", c.record, c.movie_ids))
        for n, c in enumerate(iter_comments(spec, world))
    )
    for *_, event in heapq.merge(snapshots, comments):
        yield event


def generate(
    spec: SampleSpec,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, tuple[int, ...]]]:
    """Generate the whole sample in memory.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.

    Returns
    -------
    comments : list of dict
        Sorted by ``created_utc`` (strictly increasing).
    snapshots : list of dict
        Sorted by ``fetched_at``.
    truth : dict
        Comment id -> sorted tuple of the movie ids its body mentions (empty tuple for none).

    Examples
    --------
    >>> comments, snapshots, truth = generate(SampleSpec(n_comments=100, n_movies=10, n_breakouts=1))
    >>> len(comments), len(snapshots), len(truth)
    (100, 120, 100)
    """
    world = build_world(spec)
    comments: list[dict[str, Any]] = []
    truth: dict[str, tuple[int, ...]] = {}
    for record, movie_ids in iter_comments(spec, world):
        comments.append(record)
        truth[record["id"]] = movie_ids
    return comments, list(iter_snapshots(spec, world)), truth


@dataclass(frozen=True)
class SampleFiles:
    """Paths and counts written by :func:`write_sample`."""

    comments: Path
    tmdb: Path
    truth: Path
    n_comments: int
    n_snapshots: int


def write_sample(directory: str | os.PathLike[str], spec: SampleSpec) -> SampleFiles:
    """Write ``comments.jsonl``, ``tmdb.jsonl`` and ``truth.jsonl`` for ``spec``, streaming.

    ``truth.jsonl`` holds ``{"id": comment_id, "movie_ids": [...]}`` per comment, in the same order.

    Parameters
    ----------
    directory : str or os.PathLike
        Created if missing; files in it are overwritten.
    spec : SampleSpec
        What to generate.

    Returns
    -------
    SampleFiles
        The three paths and the record counts.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    world = build_world(spec)
    paths = SampleFiles(out / "comments.jsonl", out / "tmdb.jsonl", out / "truth.jsonl", 0, 0)
    with paths.truth.open("w", encoding="ascii") as truth_fh:

        def records() -> Iterator[dict[str, Any]]:
            for record, movie_ids in iter_comments(spec, world):
                truth_fh.write(f'{{"id":"{record["id"]}","movie_ids":[{",".join(map(str, movie_ids))}]}}\n')
                yield record

        n_comments = write_jsonl(paths.comments, records())
    n_snapshots = write_jsonl(paths.tmdb, iter_snapshots(spec, world))
    return SampleFiles(paths.comments, paths.tmdb, paths.truth, n_comments, n_snapshots)
