"""Batching, retrying, back-pressuring writer in front of a :class:`~trendscope_app.storage.base.Store`.

Agents call :meth:`HistoryWriter.write` with a batch of rows and await it: it returns once the rows are in
the store, so the agent's Kafka offsets are committed only after that (at-least-once delivery; the
store's upserts on the primary key make a redelivery harmless). Rows wait in one queue bounded by
``max_pending``: when the store is down or slow the queue fills, :meth:`write` waits for room, the agents
stop taking messages and Faust stops fetching (its stream buffers are bounded), so memory stays bounded
and nothing is dropped. One background task drains the queue in rounds of up to ``batch_rows`` rows (one
batched write per table) and retries a failed round with exponential backoff and jitter (``tenacity``)
until it succeeds; it never gives up on its own, and it never raises into the agents.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from prometheus_client import Counter, Gauge
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, wait_exponential, wait_random

from trendscope_app.metrics import REGISTRY
from trendscope_app.models import Prediction, TrendScore
from trendscope_app.storage.base import TABLE_OF, HistoryStore, Row, coalesce

log = logging.getLogger(__name__)

WRITES = Counter(
    "trendscope_store_writes",
    "Rows written to the history store (upserts; a redelivered row counts again)",
    ["table"],
    registry=REGISTRY,
)
FAILURES = Counter(
    "trendscope_store_failures",
    "Failed store operations, each retried (start = connecting / creating the schema)",
    ["table"],
    registry=REGISTRY,
)
PENDING = Gauge(
    "trendscope_store_pending", "Rows waiting to be written to the history store", registry=REGISTRY
)
REJECTED = Counter(
    "trendscope_store_rejected",
    "Messages not written because they are not valid trends or predictions (logged)",
    ["table"],
    registry=REGISTRY,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter between ``initial_s`` and ``max_s``; retries forever."""

    initial_s: float = 0.1
    max_s: float = 5.0


@dataclass(slots=True)
class _Submission:
    rows: Sequence[Row]
    done: asyncio.Future[None]


@dataclass(slots=True)
class _Outage:
    """Bookkeeping of the current run of failures, for one log line when it starts and one when it ends."""

    since: float = 0.0
    failures: int = 0
    last_error: str = ""
    total_failures: int = field(default=0)


class HistoryWriter:
    """The only path from agents to the store.

    Parameters
    ----------
    store : HistoryStore
        The backend; started by :meth:`start` (retried until it succeeds) and closed by :meth:`close`.
    max_pending : int
        Rows queued or being written before :meth:`write` waits. A single write larger than this is
        admitted alone once the queue is empty.
    batch_rows : int
        Rows per write round (a round takes whole submissions, so it may exceed this by one submission).
    retry : RetryPolicy
        Backoff between retries.

    Examples
    --------
    >>> import asyncio, tempfile
    >>> from pathlib import Path
    >>> from trendscope_app.storage.sqlite import SqliteStore
    >>> from trendscope_app.storage.base import TimeRange
    >>> async def demo(path):
    ...     writer = HistoryWriter(SqliteStore(path), max_pending=100, batch_rows=50)
    ...     writer.start()
    ...     await writer.write([TrendScore(1, "A", 0.0, 300.0, 1, 0.0, 0.0, 15.0)])
    ...     rows = await writer.store.trend_history(1, TimeRange(), 10)
    ...     await writer.close()
    ...     return [r.trend_score for r in rows]
    >>> with tempfile.TemporaryDirectory() as d:
    ...     asyncio.run(demo(Path(d) / "h.sqlite3"))
    [15.0]
    """

    def __init__(
        self,
        store: HistoryStore,
        *,
        max_pending: int = 5000,
        batch_rows: int = 2000,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.store = store
        self.max_pending = max_pending
        self.batch_rows = batch_rows
        self.retry = retry or RetryPolicy()
        self._queue: deque[_Submission] = deque()
        self._pending = 0
        self._room: asyncio.Condition | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._outage = _Outage()
        self._closed = False
        #: Highest number of rows ever pending at once (memory bound check in tests and logs).
        self.max_seen_pending = 0

    # -- what agents call ---------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        return self._pending

    @property
    def failures(self) -> int:
        return self._outage.total_failures

    @property
    def failing_since(self) -> float | None:
        """Monotonic time of the first failure of the current outage, ``None`` when healthy."""
        return self._outage.since if self._outage.failures else None

    async def write(self, rows: Sequence[Row]) -> None:
        """Queue ``rows`` (waiting for room) and return once they are stored.

        Cancelled, it takes back its rows still queued: an agent gives a batch up only to leave its
        messages uncommitted, and the partition's owner writes them when Kafka delivers them again, so
        leaving them queued would count them twice and hold room new rows need. Rows already in the round
        being written stay in it.
        """
        if not rows:
            return
        stored = await self.submit(rows)
        try:
            await stored
        except asyncio.CancelledError:
            await self._withdraw(stored)
            raise

    async def submit(self, rows: Sequence[Row]) -> asyncio.Future[None]:
        """Queue ``rows`` once there is room; the future completes when they are stored."""
        room, _ = self._primitives()
        async with room:
            await room.wait_for(lambda: self._closed or self._has_room(len(rows)))
            if self._closed:
                raise ConnectionError("store writer closed before the rows were written")
            return self._enqueue(rows)

    def offer(self, rows: Sequence[Row]) -> asyncio.Future[None] | None:
        """Queue ``rows`` if that needs no wait: the writer runs, the store answers and there is room.

        Returns the future of their storage, or ``None`` when they were not queued (they reach the store
        another way: a stage hands its rows over ahead of the agents that read them back).
        """
        if not rows or self._task is None or self._closed or self.failing_since is not None:
            return None
        if not self._has_room(len(rows)):
            return None
        return self._enqueue(rows)

    async def _withdraw(self, stored: asyncio.Future[None]) -> None:
        for sub in self._queue:
            if sub.done is stored:
                self._queue.remove(sub)
                await self._release(len(sub.rows))
                return

    async def _release(self, n: int) -> None:
        """``n`` rows no longer pending: make room for the writers waiting for it."""
        room, _ = self._primitives()
        async with room:
            self._pending -= n
            room.notify_all()
        PENDING.set(self._pending)

    def _has_room(self, n: int) -> bool:
        return self._pending == 0 or self._pending + n <= self.max_pending

    def _enqueue(self, rows: Sequence[Row]) -> asyncio.Future[None]:
        _, wake = self._primitives()
        self._pending += len(rows)
        self.max_seen_pending = max(self.max_seen_pending, self._pending)
        PENDING.set(self._pending)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.append(_Submission(rows, done))
        wake.set()
        return done

    # -- lifecycle ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the background task (on the running loop)."""
        if self._task is None:
            self._primitives()
            self._task = asyncio.get_running_loop().create_task(self._run(), name="store-writer")

    async def flush(self, timeout: float | None = None) -> bool:
        """Wait until nothing is pending; ``False`` if ``timeout`` passed first."""
        room, _ = self._primitives()
        try:
            async with asyncio.timeout(timeout), room:
                await room.wait_for(lambda: self._pending == 0)
            return True
        except TimeoutError:
            return False

    async def close(self, drain_timeout: float = 5.0) -> None:
        """Write what is queued (for at most ``drain_timeout`` s), then stop and close the store.

        Rows still queued after that were never acknowledged to their agents: their messages are not
        committed, so Kafka delivers them again on the next start.
        """
        # Draining is worth a wait only while the store answers; in an outage it cannot succeed.
        if self._task is not None and not self._task.done() and self._pending and self.failing_since is None:
            await self.flush(drain_timeout)
        room, _ = self._primitives()
        async with room:
            self._closed = True
            room.notify_all()  # writers waiting for room get an error instead of waiting forever
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for sub in self._queue:
            if not sub.done.done():
                sub.done.set_exception(ConnectionError("store writer closed before the rows were written"))
        with contextlib.suppress(Exception):
            await self.store.close()

    # -- the background task ------------------------------------------------------------------------
    def _primitives(self) -> tuple[asyncio.Condition, asyncio.Event]:
        if self._room is None or self._wake is None:
            self._room, self._wake = asyncio.Condition(), asyncio.Event()
        return self._room, self._wake

    async def _run(self) -> None:
        _, wake = self._primitives()
        await self._retrying("start", self.store.start)
        while True:
            while not self._queue:
                wake.clear()
                await wake.wait()
            subs: list[_Submission] = []
            n = 0
            while self._queue and (not subs or n + len(self._queue[0].rows) <= self.batch_rows):
                sub = self._queue.popleft()
                subs.append(sub)
                n += len(sub.rows)
            try:
                await self._write_round([r for s in subs for r in s.rows])
            except asyncio.CancelledError:
                # Closing mid-round: put the round back so close() can fail its submitters cleanly.
                self._queue.extendleft(reversed(subs))
                raise
            for sub in subs:
                if not sub.done.done():
                    sub.done.set_result(None)
            await self._release(n)

    async def _write_round(self, rows: list[Row]) -> None:
        merged = coalesce(rows)
        trends = [r for r in merged if isinstance(r, TrendScore)]
        predictions = [r for r in merged if isinstance(r, Prediction)]
        # Separate retries per table: a round that stored its trends does not write them again.
        if trends:
            await self._retrying(TABLE_OF[TrendScore], self.store.write_trends, trends)
            WRITES.labels(table=TABLE_OF[TrendScore]).inc(len(trends))
        if predictions:
            await self._retrying(TABLE_OF[Prediction], self.store.write_predictions, predictions)
            WRITES.labels(table=TABLE_OF[Prediction]).inc(len(predictions))

    async def _retrying(self, what: str, fn: Callable[..., Awaitable[None]], *args: Sequence[Row]) -> None:
        def on_failure(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            self._failed(what, exc)

        async for attempt in AsyncRetrying(
            retry=retry_if_exception_type(Exception),
            # Jitter spreads the retries of many workers hitting the same recovering store.
            wait=wait_exponential(multiplier=self.retry.initial_s, max=self.retry.max_s)
            + wait_random(0, self.retry.initial_s),
            before_sleep=on_failure,
            reraise=True,
        ):
            with attempt:
                await fn(*args)
        self._recovered()

    def _failed(self, what: str, exc: BaseException | None) -> None:
        FAILURES.labels(table=what).inc()
        o = self._outage
        o.total_failures += 1
        o.last_error = f"{type(exc).__name__}: {exc}"
        if o.failures == 0:
            o.since = time.monotonic()
            log.warning(
                "%s store: %s failed (%s); retrying with backoff, %d rows pending",
                self.store.name,
                what,
                o.last_error,
                self._pending,
            )
        else:
            log.debug("%s store: %s failed again (%s)", self.store.name, what, o.last_error)
        o.failures += 1

    def _recovered(self) -> None:
        o = self._outage
        if o.failures:
            log.warning(
                "%s store recovered after %d failed attempts in %.1f s (last: %s)",
                self.store.name,
                o.failures,
                time.monotonic() - o.since,
                o.last_error,
            )
            o.failures = 0
