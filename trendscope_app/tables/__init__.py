"""RocksDB-backed, changelogged Faust tables.

- ``catalog`` (global): movie id -> ``[title, original_title, release year]``
  (:mod:`trendscope_app.models.catalogue`); every worker holds the whole catalogue so any worker can
  match any comment.
- ``window_state``: partitioned like ``movie_events``; movie id -> pane state (JSON), and
  ``"meta:<partition>"`` -> watermark progress and the newest closed window of that partition.
- ``trend_windows`` (global): ``[movie id, window end]`` -> that window's TrendScore, the movie's
  ``TREND_HISTORY`` newest kept, so every worker answers every lookup without routing.
- ``prediction_windows`` (global): ``[movie id, target window end]`` -> that forecast (scored once its
  window closed), the movie's ``FORECAST_HISTORY`` newest kept.
- ``breakout_windows`` (global): ``[movie id, started at window end]`` -> that breakout as it stands
  (:func:`trendscope_app.breakouts.record.fold`), the movie's ``BREAKOUT_HISTORY`` newest kept.
- ``forecast_state``: partitioned like ``trend_stream``; ``"p:<partition>"`` -> the pickled forecaster
  (with the breakout detectors of its movies).

The global lookup tables hold one row per key, never rewritten from a value read back
(:mod:`trendscope_app.tables.lookup` says why that matters).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import faust

from trendscope_app.settings import Settings
from trendscope_app.tables.lookup import LookupGlobalTable, LookupTable


@dataclass(frozen=True)
class Tables:
    catalog: faust.GlobalTable
    window_state: faust.Table
    trends: LookupTable
    predictions: LookupTable
    breakouts: LookupTable
    forecast_state: faust.Table


def table_options(s: Settings) -> dict[str, Any]:
    """Keyword arguments every table gets: the shared partition count and bounded RocksDB memory.

    Each table partition is its own RocksDB database. With Faust's defaults (three 64 MiB memtables and a
    2 GiB block cache each) memory grows with the data written until the memtables fill: measured 1.49x
    peak RSS for 10x the input. Memtables stay per partition (``ROCKSDB_WRITE_BUFFER_MB``); the block
    cache and the memtables' total are one budget per worker (:mod:`trendscope_app.tables.rocksdb`).
    A fresh dict per table: Faust's store pops keys out of the one it gets.
    """
    mib = 1024 * 1024
    return {
        "partitions": s.topic_partitions,
        "options": {
            "write_buffer_size": s.rocksdb_write_buffer_mb * mib,
            "max_write_buffer_number": 2,
            "target_file_size_base": 4 * s.rocksdb_write_buffer_mb * mib,
            "memory_budget": s.rocksdb_memory_mb * mib,
        },
    }


def declare_tables(
    app: faust.App, s: Settings, on_catalog_change: Callable[[Any], Awaitable[None]]
) -> Tables:
    # Workers write the global tables from the partitions they own. Without the flag Faust pauses the other
    # workers' partitions after recovery; and since global partitions count as "active", live updates go
    # through the recovery buffer (1000 events, flushed only when a recovery ends) unless it holds one event.
    # Without both, each worker saw only its own writes (measured: 11 + 9 of 20 movies).
    replicated: dict[str, Any] = {"synchronize_all_active_partitions": True, "recovery_buffer_size": 1}

    def schema(value_serializer: str) -> faust.Schema:
        # JSON keys everywhere: the ingest stage partitions by the same bytes the tables hash.
        return faust.Schema(key_serializer="json", value_serializer=value_serializer)

    def lookup(name: str, end_field: str, keep: int) -> LookupTable:
        rows = LookupTable(end_field, keep=keep)
        # As app.GlobalTable builds one (a standby buffer of one: changes applied as they come), of the
        # class that skips the worker's own stale echoes.
        table = LookupGlobalTable(
            app,
            name=name,
            beacon=app.tables.beacon,
            standby_buffer_size=1,
            is_global=True,
            schema=schema("json"),
            on_changelog_event=rows.on_changelog_event,
            help=f"[movie id, {end_field}] -> row",
            **table_options(s),
            **replicated,
        )
        table.lookup = rows
        rows.bind(app.tables.add(table))
        return rows

    trends = lookup("trend_windows", "window_end", s.trend_history)
    predictions = lookup("prediction_windows", "target_window_end", s.forecast_history)
    breakouts = lookup("breakout_windows", "started_at_window_end", s.breakout_history)
    return Tables(
        catalog=app.GlobalTable(
            "catalog",
            schema=schema("json"),
            on_changelog_event=on_catalog_change,
            help="movie id -> [title, original_title, release year]",
            **table_options(s),
            **replicated,
        ),
        window_state=app.Table(
            "window_state",
            schema=schema("json"),
            help="per-movie panes and per-partition watermark",
            **table_options(s),
        ),
        trends=trends,
        predictions=predictions,
        breakouts=breakouts,
        forecast_state=app.Table(
            "forecast_state",
            # value_type=bytes: the store decodes with the serializer of the value type, not the schema's.
            value_type=bytes,
            schema=faust.Schema(key_serializer="json", value_serializer="raw"),
            help="trend_stream partition -> pickled forecaster (model, histories, pending forecasts)",
            **table_options(s),
        ),
    )
