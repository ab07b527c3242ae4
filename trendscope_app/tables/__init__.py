"""RocksDB-backed, changelogged Faust tables.

- ``catalog`` (global): movie id -> ``[title, original_title]``; every worker holds the whole catalogue so
  any worker can match any comment.
- ``window_state``: partitioned like ``movie_events``; movie id -> pane state (JSON), and
  ``"meta:<partition>"`` -> watermark progress and the newest closed window of that partition.
- ``trends`` (global): movie id -> the movie's newest closed windows, newest first, so every worker
  answers every lookup without routing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import faust

from trendscope_app.settings import Settings


@dataclass(frozen=True)
class Tables:
    catalog: faust.GlobalTable
    window_state: faust.Table
    trends: faust.GlobalTable


def declare_tables(
    app: faust.App, s: Settings, on_catalog_change: Callable[[Any], Awaitable[None]]
) -> Tables:
    common: dict[str, Any] = {"partitions": s.topic_partitions}

    def schema(value_serializer: str) -> faust.Schema:
        # JSON keys everywhere: the ingest stage partitions by the same bytes the tables hash.
        return faust.Schema(key_serializer="json", value_serializer=value_serializer)

    return Tables(
        catalog=app.GlobalTable(
            "catalog",
            schema=schema("json"),
            on_changelog_event=on_catalog_change,
            help="movie id -> [title, original_title]",
            **common,
        ),
        window_state=app.Table(
            "window_state",
            schema=schema("raw"),
            help="per-movie panes and per-partition watermark",
            **common,
        ),
        trends=app.GlobalTable(
            "trends",
            schema=schema("json"),
            help="movie id -> newest closed windows",
            **common,
        ),
    )
