"""Window stage of one ``movie_events`` partition: apply events, advance the watermark, close windows.

Pure logic: the agent loads this from a changelogged table, feeds it batches and writes back what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from trendscope_app.models import TrendScore
from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.scoring.trendscore import Weights, trend_score
from trendscope_app.windows.arithmetic import closable_ends, first_window_end
from trendscope_app.windows.input_order import InputOrder
from trendscope_app.windows.movie import MovieWindows
from trendscope_app.windows.watermark import WatermarkTracker


@dataclass(frozen=True, slots=True)
class WindowConfig:
    size: int = 300
    step: int = 60
    grace: float = 10.0
    ttl: float = 1800.0
    idle_rate: float = 1.0
    idle_timeout: float = 0.0
    weights: Weights = Weights()


@dataclass(slots=True)
class Outcome:
    """What one batch did."""

    emitted: list[TrendScore] = field(default_factory=list)
    closed_ends: list[int] = field(default_factory=list)
    late: int = 0
    duplicates: int = 0
    applied: int = 0


class PartitionAggregator:
    """All window state of one ``movie_events`` partition.

    Examples
    --------
    >>> agg = PartitionAggregator(WindowConfig(grace=0.0), sources=["r0"])
    >>> out = agg.apply(MovieEventBatch(progress={"r0": 130.0}, mentions=[("r0", 0, 7, 130.0, 1.0)]))
    >>> out.emitted                      # nothing closed yet: watermark 130 < first window end 180
    []
    >>> out = agg.apply(MovieEventBatch(progress={"r0": 200.0}))
    >>> [(r.movie_id, r.window_end, r.mentions) for r in out.emitted]
    [(7, 180.0, 1)]
    """

    def __init__(
        self,
        config: WindowConfig,
        sources: Iterable[str],
        *,
        movies: dict[int, MovieWindows] | None = None,
        meta: dict[str, Any] | None = None,
        title_of: Callable[[int], str] | None = None,
    ) -> None:
        self.config = config
        meta = meta or {}
        self.closed_until: int | None = meta.get("c")
        #: The partition's own offsets: the next record expected, and a gap being read again.
        self.order = InputOrder(next_offset=meta.get("o"))
        self.tracker = WatermarkTracker(
            sources,
            grace=config.grace,
            size=config.size,
            idle_rate=config.idle_rate,
            idle_timeout=config.idle_timeout,
            progress=meta.get("p"),
        )
        if meta:
            # Restored (after a restart or a rebalance): idleness was not persisted, and the idle marks
            # that arrive first were judged on assignments made moments ago. A source marked idle now and
            # delivering a second later would find the watermark moved on by the others (seen: two workers,
            # one stops, the comment group settles before Faust's and its partitions were declared idle
            # before the next input arrived). So the start counts as a resumption: marks wait IDLE_TIMEOUT_S.
            self.tracker.hold_idle_marks()
        self.movies: dict[int, MovieWindows] = movies if movies is not None else {}
        self.title_of = title_of or (lambda _id: "")
        self.dirty: set[int] = set()
        self.deleted: set[int] = set()

    # -- persistence -------------------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        # A copy: Faust encodes a changelog value when it sends it, after later batches moved progress.
        meta: dict[str, Any] = {"c": self.closed_until, "p": dict(self.tracker.progress)}
        meta["m"] = sorted(self.movies)
        if self.order.next_offset is not None:
            meta["o"] = self.order.next_offset
        return meta

    def status(self) -> dict[str, Any]:
        """What an operator needs to see why windows do (not) close: the ``/health`` view shows it."""
        return {
            "watermark": self.tracker.watermark(),
            "closed_until": self.closed_until,
            "movies": len(self.movies),
            "progress": dict(sorted(self.tracker.progress.items())),
            "idle": sorted(self.tracker.idle),
            "holding_back": self.tracker.holding_back(),
        }

    def take_dirty(self) -> tuple[dict[int, MovieWindows], set[int]]:
        """Movies changed and deleted since the last call (what the table must be told)."""
        changed = {k: self.movies[k] for k in self.dirty if k in self.movies}
        deleted = self.deleted - set(changed)
        self.dirty, self.deleted = set(), set()
        return changed, deleted

    # -- processing --------------------------------------------------------------------------------------
    def _movie(self, movie_id: int) -> MovieWindows:
        m = self.movies.get(movie_id)
        if m is None:
            m = self.movies[movie_id] = MovieWindows()
        self.dirty.add(movie_id)
        return m

    def _is_late(self, ts: float) -> bool:
        return self.closed_until is not None and ts < self.closed_until

    def apply(self, batch: MovieEventBatch) -> Outcome:
        """Apply one batch's events, then its progress, then close every window the watermark passed."""
        out = Outcome()
        step = self.config.step
        for mention in batch.mentions:
            source, offset, movie_id, ts, sentiment = mention[:5]
            m = self.movies.get(movie_id)
            if m is not None and offset <= m.applied.get(source, -1):
                out.duplicates += 1
            elif self._is_late(ts):
                out.late += 1
            else:
                where = mention[5:9] if len(mention) >= 9 else None  # (subreddit, id, permalink, score)
                self._movie(movie_id).add_mention(source, offset, ts, sentiment, step=step, where=where)
                out.applied += 1
        for source, offset, movie_id, ts, popularity, title in batch.snapshots:
            m = self.movies.get(movie_id)
            if m is not None and offset <= m.applied.get(source, -1):
                out.duplicates += 1
                continue
            if self._is_late(ts):
                # Too late for the windows already published, yet it sets the popularity of the windows
                # after them until a newer snapshot does.
                out.late += 1
            self._movie(movie_id).add_snapshot(source, offset, ts, popularity, title)
            out.applied += 1
        for source, ts in batch.progress.items():
            self.tracker.observe(source, ts)
        for source, idle_for in batch.idle.items():
            self.tracker.mark_idle(source, idle_for)
        self._close(out)
        return out

    def _horizon(self) -> float | None:
        """Past this window end no movie here can score without new input."""
        ends: list[float] = []
        for m in self.movies.values():
            if m.panes:
                ends.append(max(m.panes) + self.config.size)
            if m.snapshots:
                ends.append(m.snapshots[-1][0] + self.config.ttl + self.config.step)
        return max(ends) if ends else None

    def _close(self, out: Outcome) -> None:
        wm = self.tracker.watermark()
        if wm is None:
            return
        cfg = self.config
        if self.closed_until is None:
            starts = [t for m in self.movies.values() if (t := m.earliest_event()) is not None]
            if not starts:
                return
            self.closed_until = first_window_end(min(starts), cfg.step) - cfg.step
        ends = closable_ends(self.closed_until, wm, cfg.step)
        if not ends:
            return
        horizon = self._horizon()
        covered = self.tracker.covered()
        newest = self.tracker.newest()
        for end in ends:
            if horizon is not None and end > horizon:
                break
            if newest is not None and end - cfg.size > newest:
                break  # the window starts after the newest event of any input: nothing in it to score
            self._emit(end, out, complete=covered is not None and end <= covered)
        self.closed_until = ends[-1]
        for movie_id, m in list(self.movies.items()):
            m.prune(self.closed_until, size=cfg.size, step=cfg.step)
            self.dirty.add(movie_id)
            if m.is_empty(self.closed_until, cfg.ttl):
                del self.movies[movie_id]
                self.deleted.add(movie_id)

    def _emit(self, end: int, out: Outcome, complete: bool = True) -> None:
        cfg = self.config
        out.closed_ends.append(end)
        for movie_id in sorted(self.movies):
            m = self.movies[movie_id]
            if m.closed is not None and end <= m.closed:
                continue  # published before this state was saved: its panes are pruned past this window
            s = m.summarise(end, size=cfg.size, step=cfg.step, ttl=cfg.ttl)
            if s is None:
                continue
            out.emitted.append(
                TrendScore(
                    movie_id=movie_id,
                    title=m.title or self.title_of(movie_id),
                    window_start=float(end - cfg.size),
                    window_end=float(end),
                    mentions=s.mentions,
                    avg_sentiment=s.avg_sentiment,
                    popularity=s.popularity,
                    trend_score=trend_score(s.popularity, s.mentions, s.avg_sentiment, cfg.weights),
                    complete=complete,
                    evidence=s.evidence,
                )
            )
