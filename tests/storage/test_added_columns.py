"""A history database created before a column existed gets it on start; its old rows read back ``None``."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from trendscope_app.models import TrendScore
from trendscope_app.storage.base import TimeRange
from trendscope_app.storage.sqlite import SqliteStore

OLD_DDL = """CREATE TABLE movie_trends (
    movie_id INTEGER NOT NULL, window_start REAL NOT NULL, window_end REAL NOT NULL, title TEXT NOT NULL,
    mentions INTEGER NOT NULL, avg_sentiment REAL NOT NULL, popularity REAL NOT NULL,
    trend_score REAL NOT NULL, PRIMARY KEY (movie_id, window_start)) WITHOUT ROWID"""


def test_an_old_sqlite_history_gains_the_complete_column(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(OLD_DDL)
        conn.execute("INSERT INTO movie_trends VALUES (603, 0, 300, 'The Matrix', 3, 0.2, 10.0, 16.0)")

    async def run() -> list[TrendScore]:
        store = SqliteStore(path)
        await store.start()
        try:
            await store.write_trends(
                [TrendScore(603, "The Matrix", 60.0, 360.0, 1, 0.0, 10.0, 22.0, complete=False)]
            )
            return await store.trend_history(603, TimeRange(), 10)
        finally:
            await store.close()

    rows = asyncio.run(run())
    assert [(r.window_start, r.complete) for r in rows] == [(60.0, False), (0.0, None)]


def test_a_trend_message_without_complete_is_complete_and_a_bad_flag_is_rejected() -> None:
    msg = {
        "movie_id": 1,
        "window_start": 0,
        "window_end": 300,
        "mentions": 0,
        "avg_sentiment": 0.0,
        "popularity": 1.0,
        "trend_score": 15.4,
    }
    assert TrendScore.from_message(msg).complete is True
    assert TrendScore.from_message({**msg, "complete": False}).complete is False
    try:
        TrendScore.from_message({**msg, "complete": "no"})
    except ValueError as e:
        assert "complete" in str(e)
    else:
        raise AssertionError("a non-boolean complete was accepted")
