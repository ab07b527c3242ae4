"""The bounded RocksDB store: every table partition of a process shares one block cache and one memtable
budget, and lookups do not fill the cache (real RocksDB databases, no Kafka)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendscope_app.tables.rocksdb import BoundedRocksDBOptions, shared_memory

MIB = 1024 * 1024


def _options(budget: int) -> BoundedRocksDBOptions:
    return BoundedRocksDBOptions(
        memory_budget=budget,
        use_rocksdict=True,
        write_buffer_size=MIB,
        max_write_buffer_number=2,
        target_file_size_base=4 * MIB,
    )


def test_databases_share_one_cache_with_the_memtables_charged_to_it(tmp_path: Path) -> None:
    budget = 6 * MIB + 1  # a budget no other test uses: the shared objects are per process and budget
    opts = _options(budget)
    a, b = opts.open(tmp_path / "a.db"), opts.open(tmp_path / "b.db")
    cache, writes = shared_memory(budget)
    try:
        for i in range(300):
            a.put(f"a{i}".encode(), b"x" * 500)
            b.put(f"b{i}".encode(), b"y" * 500)
        assert writes.get_usage() > 0, "memtables are not charged to the write buffer manager"
        # Both databases report the one cache, and the memtables' charge is inside it.
        usage = cache.get_usage()
        assert a.property_int_value("rocksdb.block-cache-usage") == usage
        assert b.property_int_value("rocksdb.block-cache-usage") == usage
        assert usage >= writes.get_usage()
        assert writes.get_buffer_size() == budget // 2
    finally:
        a.close()
        b.close()


def test_lookups_read_sst_files_without_filling_the_cache(tmp_path: Path) -> None:
    budget = 8 * MIB + 3
    db = _options(budget).open(tmp_path / "c.db")
    cache, _ = shared_memory(budget)
    try:
        value = bytes(range(256)) * 4
        n = 4000  # ~4 MiB: several flushed memtables, read back from SST files
        for i in range(n):
            db.put(f"k{i:05d}".encode(), value)
        db.flush()
        before = cache.get_usage()
        for i in range(0, n, 3):
            assert db.get(f"k{i:05d}".encode()) == value
        grown = cache.get_usage() - before
        # Data blocks read by lookups are not kept (only index and filter blocks are cached).
        assert grown < n * len(value) / 3 / 8, f"lookups filled the cache by {grown} bytes"
    finally:
        db.close()


def test_store_url_resolves_to_the_bounded_store() -> None:
    from faust.stores import by_url

    from trendscope_app.tables.rocksdb import SCHEME, BoundedRocksDBStore

    assert by_url(f"{SCHEME}://") is BoundedRocksDBStore


def test_a_store_without_a_budget_is_refused() -> None:
    from trendscope_app.tables.rocksdb import BoundedRocksDBStore

    with pytest.raises(ValueError, match="memory_budget"):
        BoundedRocksDBStore("bounded-rocksdb://", None, None, options={})  # type: ignore[arg-type]


def test_revoking_nothing_open_runs_no_garbage_collection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Faust's store collects garbage at every revocation, even of nothing (every table, every assignment):
    seconds of a worker's start before its heap is frozen. Collect only when a database is dropped."""
    import faust.stores.rocksdb as faust_rocksdb
    from faust.types import TP

    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings
    from trendscope_app.tables.rocksdb import BoundedRocksDBStore

    _, rt = create_app(load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path))
    table = rt.tables.forecast_state
    store = table.data
    assert isinstance(store, BoundedRocksDBStore)
    collections: list[int] = []
    monkeypatch.setattr(faust_rocksdb.gc, "collect", lambda *a: collections.append(1) or 0)
    changelog = table.changelog_topic.get_topic_name()

    store.revoke_partitions(table, set())
    store.revoke_partitions(table, {TP(changelog, 0), TP("another_topic", 1)})
    assert collections == []

    store._db_for_partition(0)  # opened, as when the partition's rows are read or written
    assert 0 in store._dbs
    store.revoke_partitions(table, {TP(changelog, 0)})
    assert 0 not in store._dbs
    assert collections == [1]
