"""History store for closed-window TrendScores and forecasts (issue 4).

:func:`open_history_store` picks the backend from the settings: ``CASSANDRA_HOSTS`` set -> Cassandra,
otherwise an SQLite file under the data dir. Agents never call a store directly: they hand rows to a
:class:`~trendscope_app.storage.writer.HistoryWriter`, which batches, retries and back-pressures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trendscope_app.storage.base import HistoryStore, TimeRange

if TYPE_CHECKING:
    from trendscope_app.settings import Settings

__all__ = [
    "HistoryStore",
    "TimeRange",
    "open_history_store",
    "sqlite_path",
]


def sqlite_path(s: Settings) -> Path:
    """Where the SQLite store lives: ``SQLITE_PATH``, or ``DATA_DIR/store/trendscope.sqlite3``.

    Examples
    --------
    >>> from trendscope_app.settings import Settings
    >>> str(sqlite_path(Settings(_env_file=None, data_dir="/d", sqlite_path=None)))
    '/d/store/trendscope.sqlite3'
    """
    return s.sqlite_path if s.sqlite_path is not None else s.data_dir / "store" / "trendscope.sqlite3"


def open_history_store(s: Settings) -> HistoryStore:
    """The configured store, not yet started (the writer starts it, retrying until it is reachable).

    Examples
    --------
    >>> from trendscope_app.settings import Settings
    >>> open_history_store(Settings(_env_file=None, cassandra_hosts="10.0.0.1")).name
    'cassandra'
    >>> open_history_store(Settings(_env_file=None, cassandra_hosts="")).name
    'sqlite'
    """
    if s.cassandra_hosts:
        from trendscope_app.storage.cassandra import CassandraStore

        return CassandraStore.from_settings(s)
    from trendscope_app.storage.sqlite import SqliteStore

    return SqliteStore(sqlite_path(s), busy_timeout_ms=s.sqlite_busy_timeout_ms)
