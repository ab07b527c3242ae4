"""The production store: Cassandra through cassandra-driver, awaited from the event loop.

The driver runs its own I/O thread; :func:`_await` turns its ``ResponseFuture`` into an asyncio future via
``call_soon_threadsafe``, so nothing here blocks the loop except ``connect``/``shutdown``, which run in a
worker thread. Writes are prepared, idempotent ``INSERT`` statements (an insert is an upsert in CQL), sent
concurrently up to ``concurrency`` in flight. Empty prediction fields are bound as *unset* so a later
message never overwrites a stored actual with null. Client-side timestamps (the driver's default with
protocol v3+) order a retried write behind anything written after it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from trendscope_app.models import Prediction, TrendScore
from trendscope_app.settings import parse_hosts
from trendscope_app.storage import schema
from trendscope_app.storage.base import HistoryStore, TimeRange

if TYPE_CHECKING:
    from cassandra.cluster import Cluster, ResponseFuture, Session
    from cassandra.query import PreparedStatement

    from trendscope_app.settings import Settings

log = logging.getLogger(__name__)

R = TypeVar("R", TrendScore, Prediction)


def _quiet_connect_failures(record: logging.LogRecord) -> bool:
    """Drop the driver's traceback per failed connect: the writer logs an outage once, and its end."""
    msg = str(record.msg)
    return not msg.startswith(
        ("[control connection] Error connecting", "Control connection failed to connect")
    )


logging.getLogger("cassandra.cluster").addFilter(_quiet_connect_failures)

_EPOCH = dt.datetime(1970, 1, 1)
_TIME_COLUMNS = frozenset(
    {"window_start", "window_end", "target_window_start", "target_window_end", "made_at_window_end"}
)


def to_millis(ts: float) -> int:
    """Epoch seconds as the integer milliseconds of a CQL ``timestamp``.

    Examples
    --------
    >>> to_millis(1700000060.0), to_millis(0.0015)
    (1700000060000, 2)
    """
    return round(ts * 1000)


def from_cql_time(value: Any) -> float | None:
    """A ``timestamp`` column as the driver returns it (naive UTC datetime, or ms for out-of-range) in s.

    Examples
    --------
    >>> from_cql_time(dt.datetime(2023, 11, 14, 22, 14, 20))
    1700000060.0
    >>> from_cql_time(None) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        seconds: float = (value - _EPOCH) / dt.timedelta(seconds=1)
        return seconds
    return float(value) / 1000.0


def _await(future: ResponseFuture) -> asyncio.Future[Any]:
    """An asyncio future completed (on this loop) when the driver's ``future`` is."""
    loop = asyncio.get_running_loop()
    out: asyncio.Future[Any] = loop.create_future()

    def _set(setter: Any, value: Any) -> None:
        if not out.done():
            setter(value)

    def ok(rows: Any) -> None:
        loop.call_soon_threadsafe(_set, out.set_result, rows)

    def err(exc: BaseException) -> None:
        loop.call_soon_threadsafe(_set, out.set_exception, exc)

    future.add_callbacks(ok, err)
    return out


class CassandraStore(HistoryStore):
    """History in a Cassandra keyspace (created with its tables if missing)."""

    name: ClassVar[str] = "cassandra"

    def __init__(
        self,
        hosts: list[tuple[str, int]],
        *,
        keyspace: str = "trendscope",
        replication: dict[str, str | int] | None = None,
        consistency: str = "LOCAL_QUORUM",
        local_dc: str | None = None,
        username: str | None = None,
        password: str | None = None,
        connect_timeout_s: float = 5.0,
        request_timeout_s: float = 10.0,
        concurrency: int = 64,
    ) -> None:
        self.hosts = hosts
        self.keyspace = keyspace
        self.replication = replication or {"class": "SimpleStrategy", "replication_factor": 1}
        self.consistency = consistency
        self.local_dc = local_dc
        self.username = username
        self.password = password
        self.connect_timeout_s = connect_timeout_s
        self.request_timeout_s = request_timeout_s
        self.concurrency = concurrency
        self._cluster: Cluster | None = None
        self._session: Session | None = None
        self._stmts: dict[str, PreparedStatement] = {}
        self._sem: asyncio.Semaphore | None = None
        self._closed = False

    @classmethod
    def from_settings(cls, s: Settings) -> CassandraStore:
        assert s.cassandra_hosts
        return cls(
            parse_hosts(s.cassandra_hosts, s.cassandra_port),
            keyspace=s.cassandra_keyspace,
            replication=dict(s.cassandra_replication),
            consistency=s.cassandra_consistency,
            local_dc=s.cassandra_local_dc,
            username=s.cassandra_username,
            password=s.cassandra_password.get_secret_value() if s.cassandra_password else None,
            connect_timeout_s=s.cassandra_connect_timeout_s,
            request_timeout_s=s.cassandra_request_timeout_s,
            concurrency=s.store_write_concurrency,
        )

    @property
    def ready(self) -> bool:
        return bool(self._stmts) and not self._closed

    # -- connecting ---------------------------------------------------------------------------------
    def _build_cluster(self) -> Cluster:
        from cassandra import ConsistencyLevel
        from cassandra.auth import PlainTextAuthProvider
        from cassandra.cluster import EXEC_PROFILE_DEFAULT, Cluster, ExecutionProfile
        from cassandra.connection import DefaultEndPoint
        from cassandra.policies import (
            DCAwareRoundRobinPolicy,
            ExponentialReconnectionPolicy,
            TokenAwarePolicy,
        )

        profile = ExecutionProfile(
            load_balancing_policy=TokenAwarePolicy(DCAwareRoundRobinPolicy(local_dc=self.local_dc)),
            consistency_level=getattr(ConsistencyLevel, self.consistency),
            request_timeout=self.request_timeout_s,
        )
        auth = (
            PlainTextAuthProvider(username=self.username, password=self.password or "")
            if self.username
            else None
        )
        return Cluster(
            contact_points=[DefaultEndPoint(h, p) for h, p in self.hosts],
            execution_profiles={EXEC_PROFILE_DEFAULT: profile},
            auth_provider=auth,
            connect_timeout=self.connect_timeout_s,
            control_connection_timeout=self.connect_timeout_s,
            # Reconnect within seconds once a node is back (the default backs off to 10 minutes).
            reconnection_policy=ExponentialReconnectionPolicy(base_delay=0.5, max_delay=10.0),
            idle_heartbeat_interval=10,
        )

    def _connect_sync(self) -> None:
        cluster = self._build_cluster()
        try:
            session = cluster.connect()
            for ddl in schema.cql_ddl(self.keyspace, self.replication):
                session.execute(ddl, timeout=max(self.request_timeout_s, 30.0))
            for table, column, _, cql_type in schema.ADDED_COLUMNS:
                columns = cluster.metadata.keyspaces[self.keyspace].tables[table].columns
                if column not in columns:
                    session.execute(
                        f"ALTER TABLE {self.keyspace}.{table} ADD {column} {cql_type}",
                        timeout=max(self.request_timeout_s, 30.0),
                    )
            stmts = {
                "trend": session.prepare(
                    schema.cql_insert(self.keyspace, "movie_trends", schema.TREND_COLUMNS)
                ),
                "prediction": session.prepare(
                    schema.cql_insert(self.keyspace, "predictions", schema.PREDICTION_COLUMNS)
                ),
                "trend_history": session.prepare(
                    schema.cql_history(self.keyspace, "movie_trends", schema.TREND_COLUMNS, "window_start")
                ),
                "prediction_history": session.prepare(
                    schema.cql_history(
                        self.keyspace, "predictions", schema.PREDICTION_COLUMNS, "target_window_start"
                    )
                ),
            }
        except BaseException:
            cluster.shutdown()
            raise
        # Upserts on a primary key: the driver may retry them and speculative executions are safe.
        for key in ("trend", "prediction", "trend_history", "prediction_history"):
            stmts[key].is_idempotent = True
        self._cluster, self._session, self._stmts = cluster, session, stmts

    async def start(self) -> None:
        if self.ready:
            return
        if self._closed:
            raise RuntimeError("store is closed")
        self._sem = asyncio.Semaphore(self.concurrency)
        await asyncio.to_thread(self._connect_sync)
        log.info("cassandra store ready: keyspace %s on %s", self.keyspace, self.hosts)

    async def close(self) -> None:
        self._closed = True
        cluster, self._cluster, self._session = self._cluster, None, None
        if cluster is not None:
            await asyncio.to_thread(cluster.shutdown)

    # -- writing ------------------------------------------------------------------------------------
    def _bind_trend(self, r: TrendScore) -> tuple[Any, ...]:
        return tuple(to_millis(v) if c in _TIME_COLUMNS else v for c, v in zip_row(r, schema.TREND_COLUMNS))

    def _bind_prediction(self, r: Prediction) -> tuple[Any, ...]:
        from cassandra.query import UNSET_VALUE

        out = []
        for c, v in zip_row(r, schema.PREDICTION_COLUMNS):
            if v is None:
                out.append(UNSET_VALUE)  # leave the stored value (no tombstone, no overwrite)
            else:
                out.append(to_millis(v) if c in _TIME_COLUMNS else v)
        return tuple(out)

    async def _execute(self, stmt: Any, params: tuple[Any, ...]) -> Any:
        if self._session is None or self._sem is None:
            raise ConnectionError("cassandra store is not connected")
        async with self._sem:
            return await _await(self._session.execute_async(stmt, params))

    async def _write_all(self, stmt: Any, params: list[tuple[Any, ...]]) -> None:
        # Every row is attempted even if one fails: the retry then rewrites the whole batch, which is
        # harmless (idempotent) and keeps the failure handling in one place (the writer).
        results = await asyncio.gather(*(self._execute(stmt, p) for p in params), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            raise errors[0]

    async def write_trends(self, rows: Sequence[TrendScore]) -> None:
        if rows:
            await self._write_all(self._stmt("trend"), [self._bind_trend(r) for r in rows])

    async def write_predictions(self, rows: Sequence[Prediction]) -> None:
        if rows:
            await self._write_all(self._stmt("prediction"), [self._bind_prediction(r) for r in rows])

    def _stmt(self, key: str) -> Any:
        try:
            return self._stmts[key]
        except KeyError:
            raise ConnectionError("cassandra store is not connected") from None

    # -- reading ------------------------------------------------------------------------------------
    async def _history(self, key: str, movie_id: int, between: TimeRange, limit: int) -> list[Any]:
        params = (movie_id, to_millis(between.low), to_millis(between.high), limit)
        return list(await self._execute(self._stmt(key), params))

    async def trend_history(self, movie_id: int, between: TimeRange, limit: int) -> list[TrendScore]:
        return rows_from_cql(TrendScore, await self._history("trend_history", movie_id, between, limit))

    async def prediction_history(self, movie_id: int, between: TimeRange, limit: int) -> list[Prediction]:
        return rows_from_cql(Prediction, await self._history("prediction_history", movie_id, between, limit))


def rows_from_cql(kind: type[R], rows: Sequence[Sequence[Any]]) -> list[R]:
    """Rows of a history query (columns in :mod:`~trendscope_app.storage.schema` order) as ``kind``.

    Examples
    --------
    >>> rows_from_cql(Prediction, [(7, dt.datetime(1970, 1, 1, 0, 1), dt.datetime(1970, 1, 1, 0, 6),
    ...     2.5, None, None, None, None, "m1", None)])
    [Prediction(movie_id=7, target_window_start=60.0, target_window_end=360.0, predicted=2.5, \
baseline=None, model_version='m1', made_at_window_end=None, actual=None, error=None, baseline_error=None)]
    """
    columns = schema.TREND_COLUMNS if kind is TrendScore else schema.PREDICTION_COLUMNS
    out = []
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        for c in _TIME_COLUMNS & values.keys():
            values[c] = from_cql_time(values[c])
        out.append(kind(**values))
    return out


def zip_row(row: TrendScore | Prediction, columns: tuple[str, ...]) -> list[tuple[str, Any]]:
    return [(c, getattr(row, c)) for c in columns]
