"""The parts of the Cassandra store that need no server: cluster options, bound values, row decoding.
(Against a server, the contract suite covers the rest when ``CASSANDRA_HOSTS`` is set.)"""

from __future__ import annotations

import datetime as dt

from cassandra import ConsistencyLevel
from cassandra.cluster import EXEC_PROFILE_DEFAULT
from cassandra.query import UNSET_VALUE

from tests.storage.test_contract import T0, prediction, trend
from trendscope_app.models import Prediction, TrendScore
from trendscope_app.settings import load_settings
from trendscope_app.storage.cassandra import CassandraStore, rows_from_cql
from trendscope_app.storage.schema import PREDICTION_COLUMNS, TREND_COLUMNS, cql_ddl


def test_cluster_is_built_from_the_settings() -> None:
    s = load_settings(
        _env_file=None,
        cassandra_hosts="db1, db2:9142",
        cassandra_consistency="QUORUM",
        cassandra_local_dc="dc1",
        cassandra_username="app",
        cassandra_password="secret",
        cassandra_request_timeout_s=3.0,
    )
    store = CassandraStore.from_settings(s)
    assert store.hosts == [("db1", 9042), ("db2", 9142)]
    cluster = store._build_cluster()
    try:
        profile = cluster.profile_manager.profiles[EXEC_PROFILE_DEFAULT]
        assert profile.consistency_level == ConsistencyLevel.QUORUM
        assert profile.request_timeout == 3.0
        assert profile.load_balancing_policy._child_policy.local_dc == "dc1"
        assert cluster.auth_provider is not None
        assert [(e.address, e.port) for e in cluster.endpoints_resolved] == [("db1", 9042), ("db2", 9142)]
    finally:
        cluster.shutdown()


def test_bound_values_use_milliseconds_and_leave_unknown_values_unset() -> None:
    store = CassandraStore([("127.0.0.1", 9042)])
    t = trend(3, 2)
    bound = store._bind_trend(t)
    assert dict(zip(TREND_COLUMNS, bound, strict=True))["window_start"] == int((T0 + 120) * 1000)
    assert dict(zip(TREND_COLUMNS, bound, strict=True))["mentions"] == t.mentions
    p = dict(zip(PREDICTION_COLUMNS, store._bind_prediction(prediction(3, 0)), strict=True))
    # Unset, not null: a forecast sent before its actual is known must not erase a stored actual.
    assert p["actual"] is UNSET_VALUE and p["error"] is UNSET_VALUE and p["baseline_error"] is UNSET_VALUE
    assert p["made_at_window_end"] == int(T0 * 1000) and p["predicted"] == 10.0


def test_rows_read_back_from_cql_types_equal_what_was_written() -> None:
    t = trend(3, 2)
    as_cql = [
        dt.datetime.fromtimestamp(v, dt.UTC).replace(tzinfo=None)
        if c in ("window_start", "window_end")
        else v
        for c, v in ((c, getattr(t, c)) for c in TREND_COLUMNS)
    ]
    assert rows_from_cql(TrendScore, [as_cql]) == [t]
    p = prediction(3, 1, actual=4.0)
    as_cql = [getattr(p, c) for c in PREDICTION_COLUMNS]
    for i, c in enumerate(PREDICTION_COLUMNS):
        if c.endswith(("_start", "_end")) and as_cql[i] is not None:
            as_cql[i] = dt.datetime.fromtimestamp(as_cql[i], dt.UTC).replace(tzinfo=None)
    assert rows_from_cql(Prediction, [as_cql]) == [p]


def test_the_schema_is_partitioned_by_movie_and_clustered_newest_first() -> None:
    ddl = cql_ddl("trendscope", {"class": "SimpleStrategy", "replication_factor": 1})
    assert "'replication_factor': '1'" in ddl[0]
    assert "PRIMARY KEY ((movie_id), window_start)" in ddl[1]
    assert "CLUSTERING ORDER BY (window_start DESC)" in ddl[1]
    assert "PRIMARY KEY ((movie_id), target_window_start)" in ddl[2]
    assert "CLUSTERING ORDER BY (target_window_start DESC)" in ddl[2]
