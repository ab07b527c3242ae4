"""The history schema, once for SQLite and once for CQL, with the same keys and the same upsert rules.

Both stores keep two tables:

- ``movie_trends``: one row per closed window, primary key ``(movie_id, window_start)``, newest first.
- ``predictions``: one row per forecast target window, primary key ``(movie_id, target_window_start)``,
  newest first. A forecast is sent again once its actual is known; a later message never erases a
  value an earlier one set (``NULL``/unset columns keep what is stored), so a replay of old messages
  cannot undo a known actual.

Times are epoch seconds (``REAL``) in SQLite and ``timestamp`` (milliseconds) in Cassandra; windows are
whole seconds, so both round-trip exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from trendscope_app.settings import replication_cql

TREND_COLUMNS: tuple[str, ...] = (
    "movie_id",
    "window_start",
    "window_end",
    "title",
    "mentions",
    "avg_sentiment",
    "popularity",
    "trend_score",
    "complete",
)
PREDICTION_COLUMNS: tuple[str, ...] = (
    "movie_id",
    "target_window_start",
    "target_window_end",
    "predicted",
    "actual",
    "error",
    "baseline",
    "baseline_error",
    "model_version",
    "made_at_window_end",
)
#: Prediction columns a later message may leave empty without erasing the stored value.
PREDICTION_KEEP_IF_NULL: tuple[str, ...] = (
    "actual",
    "error",
    "baseline",
    "baseline_error",
    "model_version",
    "made_at_window_end",
)

#: Columns added after a table was first released: ``(table, column, SQLite type, CQL type)``. A store
#: created by an older version gets them on start (existing rows read back ``NULL``).
ADDED_COLUMNS: tuple[tuple[str, str, str, str], ...] = (("movie_trends", "complete", "INTEGER", "boolean"),)

# -- SQLite ------------------------------------------------------------------------------------------

SQLITE_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS movie_trends (
        movie_id      INTEGER NOT NULL,
        window_start  REAL    NOT NULL,
        window_end    REAL    NOT NULL,
        title         TEXT    NOT NULL,
        mentions      INTEGER NOT NULL,
        avg_sentiment REAL    NOT NULL,
        popularity    REAL    NOT NULL,
        trend_score   REAL    NOT NULL,
        complete      INTEGER,
        PRIMARY KEY (movie_id, window_start)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS predictions (
        movie_id            INTEGER NOT NULL,
        target_window_start REAL    NOT NULL,
        target_window_end   REAL    NOT NULL,
        predicted           REAL    NOT NULL,
        actual              REAL,
        error               REAL,
        baseline            REAL,
        baseline_error      REAL,
        model_version       TEXT,
        made_at_window_end  REAL,
        PRIMARY KEY (movie_id, target_window_start)
    ) WITHOUT ROWID""",
)


def _sqlite_upsert(table: str, columns: tuple[str, ...], key: tuple[str, ...], keep: tuple[str, ...]) -> str:
    updates = ", ".join(
        f"{c} = COALESCE(excluded.{c}, {table}.{c})" if c in keep else f"{c} = excluded.{c}"
        for c in columns
        if c not in key
    )
    marks = ", ".join("?" for _ in columns)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )


SQLITE_UPSERT_TREND = _sqlite_upsert("movie_trends", TREND_COLUMNS, ("movie_id", "window_start"), ())
SQLITE_UPSERT_PREDICTION = _sqlite_upsert(
    "predictions", PREDICTION_COLUMNS, ("movie_id", "target_window_start"), PREDICTION_KEEP_IF_NULL
)


def sqlite_history(table: str, columns: tuple[str, ...], clustering: str) -> str:
    """Range query newest first; parameters ``(movie_id, start, end, limit)``, bounds inclusive.

    Examples
    --------
    >>> print(sqlite_history("movie_trends", ("movie_id", "window_start"), "window_start"))
    ... # doctest: +NORMALIZE_WHITESPACE
    SELECT movie_id, window_start FROM movie_trends WHERE movie_id = ? AND window_start >= ?
    AND window_start <= ? ORDER BY window_start DESC LIMIT ?
    """
    return (
        f"SELECT {', '.join(columns)} FROM {table} WHERE movie_id = ? AND {clustering} >= ? "
        f"AND {clustering} <= ? ORDER BY {clustering} DESC LIMIT ?"
    )


# -- CQL ---------------------------------------------------------------------------------------------

_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,47}$")


def cql_ddl(keyspace: str, replication: Mapping[str, str | int]) -> tuple[str, ...]:
    """``CREATE ... IF NOT EXISTS`` statements of the keyspace and both tables.

    Examples
    --------
    >>> print(cql_ddl("trendscope", {"class": "SimpleStrategy", "replication_factor": 1})[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    CREATE KEYSPACE IF NOT EXISTS trendscope
    WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}
    """
    if not _IDENT.match(keyspace):
        raise ValueError(f"bad keyspace name {keyspace!r}")
    return (
        f"CREATE KEYSPACE IF NOT EXISTS {keyspace} WITH replication = {replication_cql(replication)}",
        f"""CREATE TABLE IF NOT EXISTS {keyspace}.movie_trends (
    movie_id      bigint,
    window_start  timestamp,
    window_end    timestamp,
    title         text,
    mentions      int,
    avg_sentiment double,
    popularity    double,
    trend_score   double,
    complete      boolean,
    PRIMARY KEY ((movie_id), window_start)
) WITH CLUSTERING ORDER BY (window_start DESC)""",
        f"""CREATE TABLE IF NOT EXISTS {keyspace}.predictions (
    movie_id            bigint,
    target_window_start timestamp,
    target_window_end   timestamp,
    predicted           double,
    actual              double,
    error               double,
    baseline            double,
    baseline_error      double,
    model_version       text,
    made_at_window_end  timestamp,
    PRIMARY KEY ((movie_id), target_window_start)
) WITH CLUSTERING ORDER BY (target_window_start DESC)""",
    )


def cql_insert(keyspace: str, table: str, columns: tuple[str, ...]) -> str:
    """An ``INSERT`` (an upsert in CQL). Unset bound values leave a column as stored.

    Examples
    --------
    >>> cql_insert("ks", "movie_trends", ("movie_id", "window_start"))
    'INSERT INTO ks.movie_trends (movie_id, window_start) VALUES (?, ?)'
    """
    return f"INSERT INTO {keyspace}.{table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def cql_history(keyspace: str, table: str, columns: tuple[str, ...], clustering: str) -> str:
    """Range query on one partition, in clustering order (newest first); bounds inclusive.

    Examples
    --------
    >>> print(cql_history("ks", "movie_trends", ("movie_id", "window_start"), "window_start"))
    ... # doctest: +NORMALIZE_WHITESPACE
    SELECT movie_id, window_start FROM ks.movie_trends WHERE movie_id = ?
    AND window_start >= ? AND window_start <= ? LIMIT ?
    """
    return (
        f"SELECT {', '.join(columns)} FROM {keyspace}.{table} WHERE movie_id = ? "
        f"AND {clustering} >= ? AND {clustering} <= ? LIMIT ?"
    )
