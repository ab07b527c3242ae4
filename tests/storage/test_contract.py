"""The contract every history store passes: SQLite always, Cassandra when ``CASSANDRA_HOSTS`` is set."""

from __future__ import annotations

import asyncio
import random

from tests.storage.conftest import Backend, eventually
from trendscope_app.metrics import REGISTRY
from trendscope_app.models import Prediction, TrendScore
from trendscope_app.storage.base import HistoryStore, TimeRange
from trendscope_app.storage.writer import HistoryWriter, RetryPolicy

T0 = 1_717_200_000.0  # a multiple of 60


def trend(movie: int, i: int, *, score: float | None = None, title: str = "") -> TrendScore:
    start = T0 + 60 * i
    rnd = random.Random(movie * 1000 + i)
    return TrendScore(
        movie_id=movie,
        window_start=start,
        window_end=start + 300,
        title=title or f"Movie {movie}",
        mentions=rnd.randint(0, 50),
        avg_sentiment=rnd.uniform(-1, 1),
        popularity=rnd.uniform(0, 500),
        trend_score=score if score is not None else rnd.uniform(0, 300),
    )


def prediction(movie: int, i: int, **kw: float | str | None) -> Prediction:
    start = T0 + 60 * i
    base: dict = dict(
        movie_id=movie,
        target_window_start=start,
        target_window_end=start + 300,
        predicted=10.0 + i,
        baseline=9.0 + i,
        model_version="linreg-1",
        made_at_window_end=start,
    )
    base.update(kw)
    return Prediction(**base)


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def write_failures() -> float:
    return sum(metric("trendscope_store_failures_total", table=t) for t in ("movie_trends", "predictions"))


async def all_trends(store: HistoryStore, movie: int) -> list[TrendScore]:
    return await store.trend_history(movie, TimeRange(), 1000)


async def all_predictions(store: HistoryStore, movie: int) -> list[Prediction]:
    return await store.prediction_history(movie, TimeRange(), 1000)


async def test_written_rows_read_back_equal(store: HistoryStore) -> None:
    trends = [trend(603, i) for i in range(10)]
    preds = [prediction(603, i) for i in range(4)]
    await store.write_trends(trends)
    await store.write_predictions(preds)
    assert await all_trends(store, 603) == sorted(trends, key=lambda r: -r.window_start)
    assert await all_predictions(store, 603) == sorted(preds, key=lambda r: -r.target_window_start)
    assert await all_trends(store, 604) == []


async def test_rewriting_a_key_leaves_one_row_with_the_latest_values(store: HistoryStore) -> None:
    rows = [trend(1, i) for i in range(5)]
    await store.write_trends(rows)
    await store.write_trends(rows)  # a replay of the same messages
    await store.write_trends(rows[:2])
    changed = trend(1, 3, score=-1.0, title="Renamed")
    await store.write_trends([changed])
    got = await all_trends(store, 1)
    assert [r.window_start for r in got] == [T0 + 60 * i for i in (4, 3, 2, 1, 0)]
    assert got[1] == changed
    assert got[0] == rows[4] and got[2:] == [rows[2], rows[1], rows[0]]


async def test_prediction_resent_with_its_actual_is_upserted_and_never_erased(store: HistoryStore) -> None:
    first = prediction(7, 0)
    await store.write_predictions([first, prediction(7, 1)])
    assert (await all_predictions(store, 7))[1].actual is None
    known = prediction(7, 0, actual=14.0, error=4.0, baseline_error=5.0)
    await store.write_predictions([known])
    # A late redelivery of the first message (no actual) must not undo what is known.
    await store.write_predictions([first])
    got = await all_predictions(store, 7)
    assert len(got) == 2
    assert got[1] == known
    assert got[0] == prediction(7, 1)
    # A newer model's forecast for the same window replaces the prediction but keeps the actual.
    await store.write_predictions([prediction(7, 0, predicted=11.5, model_version="linreg-2")])
    (newest,) = [p for p in await all_predictions(store, 7) if p.target_window_start == T0]
    assert (newest.predicted, newest.model_version, newest.actual, newest.error) == (
        11.5,
        "linreg-2",
        14.0,
        4.0,
    )


async def test_range_queries_are_inclusive_newest_first_and_per_movie(store: HistoryStore) -> None:
    await store.write_trends([trend(m, i) for m in (10, 11) for i in range(20)])
    await store.write_predictions([prediction(m, i) for m in (10, 11) for i in range(20)])

    async def starts(movie: int, lo: float | None, hi: float | None) -> list[int]:
        rows = await store.trend_history(movie, TimeRange(lo, hi), 1000)
        assert all(r.movie_id == movie for r in rows)
        return [int((r.window_start - T0) // 60) for r in rows]

    assert await starts(10, None, None) == list(range(19, -1, -1))
    assert await starts(10, T0 + 60 * 5, T0 + 60 * 8) == [8, 7, 6, 5]
    assert await starts(10, T0 + 60 * 5 + 1, T0 + 60 * 8 - 1) == [7, 6]
    assert await starts(11, T0 + 60 * 17, None) == [19, 18, 17]
    assert await starts(11, None, T0 + 60) == [1, 0]
    assert await starts(11, T0 + 60 * 30, None) == []
    preds = await store.prediction_history(11, TimeRange(T0 + 60 * 3, T0 + 60 * 4), 1000)
    assert [p.target_window_start for p in preds] == [T0 + 240, T0 + 180]


async def test_rows_are_bounded_by_the_limit_keeping_the_newest(store: HistoryStore) -> None:
    await store.write_trends([trend(5, i) for i in range(50)])
    await store.write_predictions([prediction(5, i) for i in range(50)])
    got = await store.trend_history(5, TimeRange(), 7)
    assert [r.window_start for r in got] == [T0 + 60 * i for i in range(49, 42, -1)]
    got_p = await store.prediction_history(5, TimeRange(None, T0 + 60 * 10), 3)
    assert [p.target_window_start for p in got_p] == [T0 + 600, T0 + 540, T0 + 480]


async def test_rows_survive_a_restart_of_the_store(backend: Backend) -> None:
    s1 = backend.make()
    await s1.start()
    await s1.write_trends([trend(9, i) for i in range(3)])
    await s1.close()
    s2 = backend.make()
    await s2.start()  # the schema exists: creating it again is a no-op
    try:
        assert len(await all_trends(s2, 9)) == 3
    finally:
        await s2.close()


async def test_an_outage_backpressures_writers_and_loses_nothing(backend: Backend) -> None:
    store = backend.make()
    writer = HistoryWriter(store, max_pending=40, batch_rows=25, retry=RetryPolicy(initial_s=0.01, max_s=0.1))
    writer.start()
    await eventually(lambda: store.ready, 30, "the store to start")
    failures_before = write_failures()
    movies = list(range(100, 108))  # 8 concurrent writers, each awaiting its batches like an agent

    async def produce(movie: int) -> None:
        # Like an agent: batches of 10, each awaited until stored, re-sends of predictions included.
        for chunk in range(6):
            await writer.write([trend(movie, chunk * 10 + i) for i in range(10)])
            await writer.write([prediction(movie, chunk * 2 + i) for i in range(2)])
            await writer.write([prediction(movie, chunk * 2, actual=1.0 + chunk, error=0.5)])

    with backend.outage():
        tasks = [asyncio.create_task(produce(m)) for m in movies]
        await eventually(lambda: writer.failures >= 3, 30, "failed write attempts")
        # The queue fills up to its bound and the producers wait for room instead of piling up rows.
        await eventually(lambda: writer.pending == 40, 30, "the pending queue to fill")
        assert metric("trendscope_store_pending") == 40
        assert not any(t.done() for t in tasks)
        assert writer.failing_since is not None
    await asyncio.wait_for(asyncio.gather(*tasks), 60)
    assert writer.pending == 0 and metric("trendscope_store_pending") == 0
    assert writer.max_seen_pending <= 40
    assert write_failures() >= failures_before + 3
    for m in movies:
        assert await all_trends(store, m) == [trend(m, i) for i in range(59, -1, -1)]
        preds = await all_predictions(store, m)
        assert len(preds) == 12
        for p in preds:
            i = int((p.target_window_start - T0) // 60)
            want = prediction(m, i, actual=1.0 + i // 2, error=0.5) if i % 2 == 0 else prediction(m, i)
            assert p == want
    await writer.close()
