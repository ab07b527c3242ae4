"""The embedded default store: one SQLite file in WAL mode, used off the event loop.

All writes go through one dedicated thread holding the only write connection, each batch one
``BEGIN IMMEDIATE`` transaction with one ``executemany`` per table. Reads use a second thread and
connection: WAL lets them run beside a write (or beside another process holding the write lock), so a
history lookup never queues behind a write that is waiting out an outage.

Several worker processes on one host may share the file (``SQLITE_PATH``): SQLite's file locks serialise
their writes, and a writer that cannot get the lock within ``busy_timeout_ms`` raises
``sqlite3.OperationalError: database is locked``, which the writer retries like any outage.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from trendscope_app.models import Prediction, TrendScore
from trendscope_app.storage import schema
from trendscope_app.storage.base import HistoryStore, TimeRange

T = TypeVar("T")


class SqliteStore(HistoryStore):
    """History in the SQLite file ``path``.

    Examples
    --------
    >>> import asyncio, tempfile
    >>> async def demo(path):
    ...     store = SqliteStore(path)
    ...     await store.start()
    ...     row = TrendScore(603, "The Matrix", 0.0, 300.0, 3, 0.2, 10.0, 16.0)
    ...     await store.write_trends([row])
    ...     await store.write_trends([row])              # a replay: same key, same row
    ...     got = await store.trend_history(603, TimeRange(), 10)
    ...     await store.close()
    ...     return got == [row]
    >>> with tempfile.TemporaryDirectory() as d:
    ...     asyncio.run(demo(Path(d) / "h.sqlite3"))
    True
    """

    name: ClassVar[str] = "sqlite"

    def __init__(self, path: Path, *, busy_timeout_ms: int = 1000) -> None:
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-write")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-read")
        # Connections live in (and are only touched by) their executor's single thread.
        self._local = threading.local()
        self._ready = False
        self._closed = False

    @property
    def ready(self) -> bool:
        return self._ready and not self._closed

    # -- thread side --------------------------------------------------------------------------------
    def _connect(self, *, read_only: bool) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path,
            timeout=self.busy_timeout_ms / 1000,
            isolation_level=None,  # explicit transactions below
            check_same_thread=True,
        )
        try:
            if read_only:
                conn.execute("PRAGMA query_only = ON")
            else:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise sqlite3.OperationalError(f"could not switch {self.path} to WAL (got {mode})")
                # WAL + NORMAL: a committed batch survives a crash of the process; only a power cut
                # can lose the last commits, which Kafka redelivers (offsets commit after the write).
                conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    def _conn(self, *, read_only: bool) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect(read_only=read_only)
        return conn

    def _drop_conn(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def _start_sync(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._conn(read_only=False)
        self._transaction(conn, lambda c: [c.execute(ddl) for ddl in schema.SQLITE_DDL])
        for table, column, sql_type, _ in schema.ADDED_COLUMNS:
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                alter = f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"

                def add_column(c: sqlite3.Connection, sql: str = alter) -> None:
                    c.execute(sql)

                self._transaction(conn, add_column)

    def _transaction(self, conn: sqlite3.Connection, body: Callable[[sqlite3.Connection], Any]) -> None:
        try:
            # IMMEDIATE takes the write lock up front: a held lock fails here, before any work.
            conn.execute("BEGIN IMMEDIATE")
            body(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            else:
                # A failed BEGIN or a broken file: reopen next time, in case the file was replaced.
                self._drop_conn()
            raise

    def _write_sync(self, sql: str, params: list[tuple[Any, ...]]) -> None:
        conn = self._conn(read_only=False)
        self._transaction(conn, lambda c: c.executemany(sql, params))

    def _query_sync(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        try:
            return self._conn(read_only=True).execute(sql, params).fetchall()
        except sqlite3.Error:
            self._drop_conn()
            raise

    def _close_sync(self) -> None:
        self._drop_conn()

    # -- loop side ----------------------------------------------------------------------------------
    async def _on(self, pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise RuntimeError("store is closed")
        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)

    async def start(self) -> None:
        await self._on(self._writer, self._start_sync)
        self._ready = True

    async def close(self) -> None:
        if self._closed:
            return
        loop = asyncio.get_running_loop()
        for pool in (self._writer, self._reader):
            await loop.run_in_executor(pool, self._close_sync)
        self._closed = True
        for pool in (self._writer, self._reader):
            pool.shutdown(wait=True)

    async def write_trends(self, rows: Sequence[TrendScore]) -> None:
        if rows:
            params = [tuple(getattr(r, c) for c in schema.TREND_COLUMNS) for r in rows]
            await self._on(self._writer, self._write_sync, schema.SQLITE_UPSERT_TREND, params)

    async def write_predictions(self, rows: Sequence[Prediction]) -> None:
        if rows:
            params = [tuple(getattr(r, c) for c in schema.PREDICTION_COLUMNS) for r in rows]
            await self._on(self._writer, self._write_sync, schema.SQLITE_UPSERT_PREDICTION, params)

    async def trend_history(self, movie_id: int, between: TimeRange, limit: int) -> list[TrendScore]:
        sql = schema.sqlite_history("movie_trends", schema.TREND_COLUMNS, "window_start")
        rows = await self._on(
            self._reader, self._query_sync, sql, (movie_id, between.low, between.high, limit)
        )
        return [trend_from_row(r) for r in rows]

    async def prediction_history(self, movie_id: int, between: TimeRange, limit: int) -> list[Prediction]:
        sql = schema.sqlite_history("predictions", schema.PREDICTION_COLUMNS, "target_window_start")
        rows = await self._on(
            self._reader, self._query_sync, sql, (movie_id, between.low, between.high, limit)
        )
        return [Prediction(**dict(zip(schema.PREDICTION_COLUMNS, r, strict=True))) for r in rows]


def trend_from_row(row: Sequence[Any]) -> TrendScore:
    """A ``movie_trends`` row read back, in ``schema.TREND_COLUMNS`` order (``complete`` is 0, 1 or NULL)."""
    (movie_id, start, end, title, mentions, sentiment, popularity, score, complete) = row
    flag = None if complete is None else bool(complete)
    return TrendScore(movie_id, title, start, end, mentions, sentiment, popularity, score, flag)
