"""Faust's RocksDB store with one memory budget per worker process instead of one per table partition.

Faust opens every table partition as its own RocksDB database with its own block cache and memtables, so
a worker's memory grows with tables x partitions x (cache + memtables), and, until those fill, with the
data written: measured 22 MiB of block cache and 16 MiB of memtables after 600k comments where 60k had
filled a few MiB. Here every database of the process shares one LRU block cache of
``ROCKSDB_MEMORY_MB``, and a write buffer manager charges the memtables to that cache (flushing the
largest one when all of them pass half of it), so RocksDB's memory has one cap, whatever the number of
tables, partitions or records. SST index and filter blocks live in the same cache.

Lookups do not fill the cache. With caching, the worker's main heap still grew with the input although the
cache reported 8 MiB in use: a memory profile (memray, native stacks) of a 240k-comment run showed 21 MiB of
decompressed data blocks, read by the global tables' ``get``, live at the peak. The lookups are few (about
one per movie, table and closed window) and read SST blocks from the OS page cache instead.

Tables opt in through the store URL scheme :data:`SCHEME` (``bounded-rocksdb://``).
"""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path
from typing import Any

import rocksdict
from faust.stores import STORES
from faust.stores.rocksdb import RocksDBOptions
from faust.stores.rocksdb import Store as FaustRocksDBStore
from faust.types import TP, CollectionT

SCHEME = "bounded-rocksdb"


#: Budget (bytes) -> the block cache and write buffer manager every database with that budget shares.
SHARED: dict[int, tuple[rocksdict.Cache, rocksdict.WriteBufferManager]] = {}


def shared_memory(budget_bytes: int) -> tuple[rocksdict.Cache, rocksdict.WriteBufferManager]:
    """The process's block cache and the write buffer manager that charges memtables to it."""
    if budget_bytes not in SHARED:
        cache = rocksdict.Cache(budget_bytes)
        writes = rocksdict.WriteBufferManager.new_write_buffer_manager_with_cache(
            budget_bytes // 2, False, cache
        )
        SHARED[budget_bytes] = (cache, writes)
    return SHARED[budget_bytes]


class BoundedRocksDBOptions(RocksDBOptions):
    """Faust's options, with the shared cache and write buffer manager (rocksdict driver only)."""

    def __init__(self, *, memory_budget: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.memory_budget = memory_budget

    def open(self, path: Path, *, read_only: bool = False) -> rocksdict.Rdict:
        db = super().open(path, read_only=read_only)
        reads = rocksdict.ReadOptions()  # replaces the default Faust installs; see the module docstring
        reads.fill_cache(False)
        db.set_read_options(reads)
        return db

    def as_options(self) -> rocksdict.Options:
        cache, writes = shared_memory(self.memory_budget)
        options = rocksdict.Options(raw_mode=True)
        options.create_if_missing(True)
        options.set_max_open_files(self.max_open_files)
        options.set_write_buffer_size(self.write_buffer_size)
        options.set_max_write_buffer_number(self.max_write_buffer_number)
        options.set_target_file_size_base(self.target_file_size_base)
        options.set_write_buffer_manager(writes)
        table = rocksdict.BlockBasedOptions()
        table.set_bloom_filter(self.bloom_filter_size, True)
        table.set_block_cache(cache)
        # Index and filter blocks otherwise sit outside any cache, one set per open SST file.
        table.set_cache_index_and_filter_blocks(True)
        table.set_pin_l0_filter_and_index_blocks_in_cache(True)
        table.set_index_type(rocksdict.BlockBasedIndexType.binary_search())
        options.set_block_based_table_factory(table)
        return options


class BoundedRocksDBStore(FaustRocksDBStore):
    """Faust's RocksDB table store, opening its databases with :class:`BoundedRocksDBOptions`.

    Takes the same ``options`` as Faust's store plus ``memory_budget`` (bytes, for the whole process).
    """

    def __init__(self, *args: Any, options: dict[str, Any] | None = None, **kwargs: Any) -> None:
        options = dict(options or {})
        if "memory_budget" not in options:
            raise ValueError("a bounded-rocksdb table needs options['memory_budget'] (bytes, per process)")
        budget = int(options.pop("memory_budget"))
        options["driver"] = "rocksdict"
        super().__init__(*args, options=options, **kwargs)
        self.rocksdb_options = BoundedRocksDBOptions(memory_budget=budget, use_rocksdict=True, **self.options)

    def revoke_partitions(self, table: CollectionT, tps: Set[TP]) -> None:
        # Faust's store runs a full garbage collection on every call, also when none of this table's
        # databases is open for the revoked partitions, as at every worker's first assignment (each table
        # is told "nothing revoked"). Before the start-up heap is frozen a full collection walks hundreds of
        # thousands of objects: ~1.5 s of the start for a worker's tables. It is only needed to let go of
        # a database that was actually dropped.
        if any(tp.topic in table.changelog_topic.topics and tp.partition in self._dbs for tp in tps):
            super().revoke_partitions(table, tps)


STORES.aliases[SCHEME] = f"{__name__}:BoundedRocksDBStore"
