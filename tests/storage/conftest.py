"""History store backends for the contract suite, each with a real fault to inject.

- SQLite: a second connection holding the database's write lock (``BEGIN IMMEDIATE``), exactly what
  another process writing the same file does; the store's writes fail with "database is locked".
- Cassandra (only when ``CASSANDRA_HOSTS`` is set): a TCP proxy in front of the first node that drops
  every connection and refuses new ones, like a node going away; the driver reconnects once it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from trendscope_app.settings import parse_hosts
from trendscope_app.storage.base import HistoryStore
from trendscope_app.storage.sqlite import SqliteStore

CASSANDRA_HOSTS = os.environ.get("CASSANDRA_HOSTS", "").strip()
NO_CASSANDRA = (
    "CASSANDRA_HOSTS is not set: no Cassandra server on this machine. Run this suite against the compose "
    "stack's Cassandra with CASSANDRA_HOSTS=127.0.0.1 (see the README, 'Testing against Cassandra')"
)


async def eventually(predicate: Callable[[], Any], timeout: float, what: str, every: float = 0.02) -> Any:
    """Await until ``predicate()`` is truthy (the loop keeps running meanwhile)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(every)


# -- faults ---------------------------------------------------------------------------------------------
@contextlib.contextmanager
def sqlite_write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Hold ``path``'s write lock from another connection for the duration of the block."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()


class TcpProxy:
    """A loopback TCP proxy to ``target`` that can be switched off (connections cut, new ones refused)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._listener: socket.socket | None = None
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.up()

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            conns, self._conns = self._conns, set()
        for c in conns:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
            c.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)


# -- backends -------------------------------------------------------------------------------------------
class Backend:
    """Makes fresh stores of one kind and knows how to take them down for real."""

    name: str

    def make(self, **kw: Any) -> HistoryStore:
        raise NotImplementedError

    def outage(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    async def cleanup(self) -> None:
        pass


class SqliteBackend(Backend):
    name = "sqlite"

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "store" / "history.sqlite3"

    def make(self, **kw: Any) -> HistoryStore:
        # A short busy timeout keeps an outage's failed attempts quick (the default waits 1 s per try).
        return SqliteStore(self.path, busy_timeout_ms=kw.get("busy_timeout_ms", 50))

    def outage(self) -> contextlib.AbstractContextManager[Any]:
        return sqlite_write_lock(self.path)


class CassandraBackend(Backend):
    name = "cassandra"

    def __init__(self) -> None:
        self.hosts = parse_hosts(CASSANDRA_HOSTS, int(os.environ.get("CASSANDRA_PORT", "9042")))
        self.keyspace = f"trendscope_test_{uuid.uuid4().hex[:12]}"
        self.proxy = TcpProxy(self.hosts[0])

    def make(self, **kw: Any) -> HistoryStore:
        from trendscope_app.storage.cassandra import CassandraStore

        # Through the proxy, so the outage can cut it. A single-node cluster has no peers to bypass it.
        return CassandraStore(
            [("127.0.0.1", self.proxy.port)],
            keyspace=self.keyspace,
            consistency="ONE",
            connect_timeout_s=2.0,
            request_timeout_s=2.0,
            concurrency=kw.get("concurrency", 32),
        )

    @contextlib.contextmanager
    def outage(self) -> Iterator[None]:
        self.proxy.down()
        try:
            yield
        finally:
            self.proxy.up()

    async def cleanup(self) -> None:
        from cassandra.cluster import Cluster

        def drop() -> None:
            cluster = Cluster([h for h, _ in self.hosts], port=self.hosts[0][1])
            try:
                cluster.connect().execute(f"DROP KEYSPACE IF EXISTS {self.keyspace}", timeout=60)
            finally:
                cluster.shutdown()

        self.proxy.down()
        await asyncio.to_thread(drop)


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("cassandra", marks=pytest.mark.skipif(not CASSANDRA_HOSTS, reason=NO_CASSANDRA)),
    ]
)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    b: Backend = SqliteBackend(tmp_path) if request.param == "sqlite" else CassandraBackend()
    try:
        yield b
    finally:
        await b.cleanup()


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[HistoryStore]:
    """A started, empty store of each kind."""
    s = backend.make()
    await s.start()
    try:
        yield s
    finally:
        await s.close()
