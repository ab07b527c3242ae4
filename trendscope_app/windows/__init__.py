"""Event-time hopping windows built from one-step panes (docs/windows.md).

Faust's own windowed tables expire on wall clock and lose expiry after a restart, so the windowing here is
plain, serialisable state that the agents keep in ordinary changelogged RocksDB tables.
"""
