"""The observability collectors without Kafka: Faust's real monitor, the per-movie stores, the lag rows."""

from __future__ import annotations

from types import SimpleNamespace

from faust.sensors.monitor import Monitor
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from tests.deploy.tools import exposed_names
from trendscope_app.models.keys import partition_for
from trendscope_app.observability.faust_sensors import FaustMonitorCollector
from trendscope_app.observability.lag import ConsumerLagCollector, lag_rows
from trendscope_app.observability.movies import LatestByMovie, MovieCollector, forget_partitions


def render(*collectors: object) -> str:
    registry = CollectorRegistry()
    for c in collectors:
        registry.register(c)  # type: ignore[arg-type]
    return generate_latest(registry).decode()


def sample(text: str, line_prefix: str) -> float:
    hits = [ln for ln in text.splitlines() if ln.startswith(line_prefix + " ")]
    assert len(hits) == 1, (line_prefix, hits)
    return float(hits[0].rsplit(" ", 1)[1])


class Msg:
    time_in = time_out = time_total = None


def test_faust_monitor_counts_come_out_as_prometheus_metrics() -> None:
    monitor = Monitor()
    tp0, tp1 = TP("reddit_stream", 0), TP("reddit_stream", 1)
    for offset in range(5):
        monitor.on_message_in(tp0, offset, Msg())
    monitor.on_message_in(tp1, 0, Msg())
    monitor.on_message_out(tp1, 0, Msg())
    for _ in range(3):
        monitor.on_send_initiated(None, "trend_stream", None, 0, 0)  # type: ignore[arg-type]
    monitor.on_send_completed(None, monitor.time() - 0.004, None)  # type: ignore[arg-type]
    monitor.track_tp_end_offset(tp0, 9)
    monitor.on_tp_commit({tp0: 5})
    table = SimpleNamespace(name="catalog")
    monitor.on_table_get(table, 1)  # type: ignore[arg-type]
    monitor.on_table_set(table, 1, 2)  # type: ignore[arg-type]
    collector = FaustMonitorCollector(prefix="faust")
    collector.app = SimpleNamespace(_monitor=monitor, rebalancing=True)
    text = render(collector)

    assert sample(text, "faust_messages_received_total") == 6
    assert sample(text, 'faust_messages_received_per_topic_total{topic="reddit_stream"}') == 6
    assert sample(text, "faust_messages_active") == 5
    assert sample(text, 'faust_messages_sent_per_topic_total{topic="trend_stream"}') == 3
    assert sample(text, 'faust_topic_partition_read_offset{partition="0",topic="reddit_stream"}') == 4
    assert sample(text, 'faust_topic_partition_end_offset{partition="0",topic="reddit_stream"}') == 9
    assert sample(text, 'faust_topic_partition_committed_offset{partition="0",topic="reddit_stream"}') == 5
    assert sample(text, 'faust_table_operations_total{operation="get",table="catalog"}') == 1
    assert sample(text, 'faust_table_operations_total{operation="set",table="catalog"}') == 1
    assert sample(text, "faust_rebalancing") == 1
    assert 0.003 < sample(text, "faust_send_latency_seconds") < 1.0


def test_before_the_worker_runs_the_faust_families_exist_without_samples() -> None:
    empty = render(FaustMonitorCollector(prefix="faust"))
    running = FaustMonitorCollector(prefix="faust")
    running.app = SimpleNamespace(_monitor=Monitor(), rebalancing=False)
    assert exposed_names(empty) == exposed_names(render(running))
    assert not [ln for ln in empty.splitlines() if ln and not ln.startswith("#")]


def test_per_movie_store_keeps_the_newest_window_and_forgets_old_movies() -> None:
    now = [0.0]
    store = LatestByMovie(ttl=3600, max_movies=3, clock=lambda: now[0])
    assert store.update(1, "A", 120.0, {"trend_score": 5.0})
    assert not store.update(1, "A", 60.0, {"trend_score": 9.0})  # an older window arriving late
    now[0] = 10.0
    for movie in (2, 3, 4):  # the fourth movie pushes out the least recently updated one
        store.update(movie, str(movie), 60.0, {"trend_score": float(movie)})
    assert [m for m, _ in store.items()] == [2, 3, 4]
    now[0] = 10.0 + 3600.5
    assert store.items() == []


def test_an_old_window_is_accepted_again_once_its_movie_expired() -> None:
    now = [0.0]
    store = LatestByMovie(ttl=60, max_movies=10, clock=lambda: now[0])
    store.update(1, "A", 600.0, {"trend_score": 1.0})
    now[0] = 61.0
    # A replay of older data after the movie went quiet: its series comes back.
    assert store.update(1, "A", 300.0, {"trend_score": 2.0})
    assert store.items()[0][1].values == {"trend_score": 2.0}


def test_movie_collector_renders_labels_and_forgets_revoked_partitions() -> None:
    trends, forecasts = LatestByMovie(3600, 100), LatestByMovie(3600, 100)
    movies = {603: 'The "Matrix"', 27205: "Inception", 157336: "Interstellar"}
    for movie_id, title in movies.items():
        trends.update(movie_id, title, 300.0, {"trend_score": 10.0, "mentions": 3.0, "window_end": 300.0})
    forecasts.update(603, movies[603], 360.0, {"predicted": 11.5})
    text = render(MovieCollector(trends, forecasts))
    assert sample(text, 'trendscope_movie_trend_score{movie_id="603",title="The \\"Matrix\\""}') == 10.0
    assert sample(text, 'trendscope_movie_mentions{movie_id="27205",title="Inception"}') == 3.0
    assert sample(text, 'trendscope_movie_forecast{movie_id="603",title="The \\"Matrix\\""}') == 11.5
    # A movie's partition is the app's own routing (murmur2 of the JSON key, as Kafka and Faust).
    revoked = {partition_for(603, 4)}
    gone = {m for m in movies if partition_for(m, 4) in revoked}
    assert forget_partitions(trends, revoked, 4, partition_for) == len(gone)
    assert {m for m, _ in trends.items()} == set(movies) - gone


def test_lag_counts_from_zero_until_the_first_commit_and_skips_changelogs() -> None:
    tps = [TP("reddit_stream", 0), TP("reddit_stream", 1), TP("trendscope-catalog-changelog", 0)]
    end = {tps[0]: 100, tps[1]: 7, tps[2]: 50}
    rows = lag_rows(tps, end.get, {tps[0]: 90}, skip_topic=lambda t: t.endswith("-changelog"))
    assert rows == [("reddit_stream", 0, 100, 10), ("reddit_stream", 1, 7, 7)]


def test_lag_collector_before_the_consumer_exists() -> None:
    collector = ConsumerLagCollector()
    collector.app = SimpleNamespace(_consumer=None)
    text = render(collector)
    assert "# TYPE trendscope_consumer_lag gauge" in text
    assert not [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


def test_the_app_registry_has_process_cpu_and_memory() -> None:
    """``/metrics`` (workers and sources serve this registry) shows the process's CPU and memory."""
    from trendscope_app.metrics import render as render_app

    text = render_app().decode()
    assert sample(text, "process_cpu_seconds_total") > 0
    assert sample(text, "process_resident_memory_bytes") > 10e6
    assert sample(text, "process_start_time_seconds") > 1.6e9
    assert "# TYPE python_info gauge" in text
