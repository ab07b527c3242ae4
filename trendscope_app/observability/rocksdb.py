"""RocksDB's own accounting of the tables' memory and disk, as Prometheus gauges read at scrape time.

Each table partition is one RocksDB database inside the worker process; its memory (memtables, SST
index and filter blocks, block cache) does not show up anywhere Python can see it. These gauges ask
RocksDB itself (``rocksdb.*`` properties), summed over a table's open partitions:

- ``trendscope_rocksdb_memory_bytes{table, kind}`` with ``kind`` one of :data:`MEMORY_PROPERTIES`;
- ``trendscope_rocksdb_cache_bytes{kind}``: the worker's shared block cache (``capacity``, ``usage``,
  ``pinned``) and the part of it charged for memtables (``memtables``), see
  :mod:`trendscope_app.tables.rocksdb`;
- ``trendscope_rocksdb_sst_bytes{table}``: live SST files on disk;
- ``trendscope_rocksdb_keys{table}``: RocksDB's estimate of the keys held (overwrites not yet
  compacted count more than once).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from trendscope_app.tables.rocksdb import SHARED

#: ``kind`` label -> RocksDB integer property.
#: (Block cache usage is a property of the cache, which every database shares: see ``cache_bytes``.)
MEMORY_PROPERTIES: Mapping[str, str] = {
    "memtables": "rocksdb.cur-size-all-mem-tables",
    "table_readers": "rocksdb.estimate-table-readers-mem",
}
SST_PROPERTY = "rocksdb.total-sst-files-size"
KEYS_PROPERTY = "rocksdb.estimate-num-keys"


def open_databases(table: Any) -> list[Any]:
    """The RocksDB handles a Faust table has open (none for a memory-backed table)."""
    dbs = getattr(getattr(table, "data", None), "_dbs", None)  # faust.stores.rocksdb.Store
    return list(dbs.values()) if isinstance(dbs, dict) else []


def sum_property(dbs: Iterable[Any], name: str) -> int:
    """Sum of an integer property over ``dbs``; a database that does not report it counts 0.

    Examples
    --------
    >>> class Db:
    ...     def __init__(self, v): self.v = v
    ...     def property_int_value(self, name): return self.v
    >>> sum_property([Db(3), Db(None), Db(4)], "rocksdb.cur-size-all-mem-tables")
    7
    """
    total = 0
    for db in dbs:
        try:
            value = db.property_int_value(name)
        except Exception:  # closed while a rebalance reopens it: report the others
            value = None
        total += value or 0
    return total


class RocksDBCollector(Collector):
    """Reads every RocksDB-backed table of ``app`` (replaced when a new app is built in the process)."""

    def __init__(self) -> None:
        self.app: Any = None

    def describe(self) -> Iterable[Metric]:
        return list(self._families({}))

    def collect(self) -> Iterator[Metric]:
        tables = dict(self.app.tables.items()) if self.app is not None else {}
        yield from self._families({name: open_databases(t) for name, t in tables.items()})

    def _families(self, dbs_by_table: Mapping[str, list[Any]]) -> Iterator[Metric]:
        memory = GaugeMetricFamily(
            "trendscope_rocksdb_memory_bytes",
            "Memory RocksDB reports for a table's open partitions, by kind",
            labels=["table", "kind"],
        )
        sst = GaugeMetricFamily(
            "trendscope_rocksdb_sst_bytes",
            "Live SST file bytes of a table's open partitions",
            labels=["table"],
        )
        keys = GaugeMetricFamily(
            "trendscope_rocksdb_keys", "RocksDB's estimate of the keys a table holds", labels=["table"]
        )
        for table, dbs in sorted(dbs_by_table.items()):
            if not dbs:
                continue
            for kind, prop in MEMORY_PROPERTIES.items():
                memory.add_metric([table, kind], sum_property(dbs, prop))
            sst.add_metric([table], sum_property(dbs, SST_PROPERTY))
            keys.add_metric([table], sum_property(dbs, KEYS_PROPERTY))
        cache = GaugeMetricFamily(
            "trendscope_rocksdb_cache_bytes",
            "The worker's RocksDB block cache, shared by all tables (memtables are charged to it)",
            labels=["kind"],
        )
        if any(dbs_by_table.values()):  # a memory-backed app has no RocksDB to report
            shared = list(SHARED.items())
            cache.add_metric(["capacity"], sum(budget for budget, _ in shared))
            cache.add_metric(["usage"], sum(c.get_usage() for _, (c, _w) in shared))
            cache.add_metric(["pinned"], sum(c.get_pinned_usage() for _, (c, _w) in shared))
            cache.add_metric(["memtables"], sum(w.get_usage() for _, (_c, w) in shared))
        yield from (memory, sst, keys, cache)
