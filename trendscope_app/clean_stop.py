"""Local table stores are kept across a restart only when the worker before stopped cleanly.

A table write goes to the local RocksDB at once and to its changelog a moment later. A worker killed in
between leaves a local store that holds writes its changelog never got, and on restart Faust replays the
changelog records after the last acknowledged offset *over* those newer values. The result is a state no
run ever had (one movie's panes from before a batch, the partition's progress from after it), and the
events in between are skipped as already counted. The changelog alone is always a consistent history, so
after an unclean stop the local stores are removed and rebuilt from it, as a worker that takes partitions
over in a rebalance does. A clean stop flushes every changelog write first, so its stores are kept.

A marker file says a worker is running on the data dir: written at start, removed at a clean exit. A
``kill -9``, a crash of the interpreter, or the stop watchdog's forced exit leave it behind.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
from pathlib import Path

__all__ = ["MARKER", "claim_data_dir"]

log = logging.getLogger(__name__)

MARKER = "worker.running"


def claim_data_dir(datadir: Path, tabledir: Path) -> bool:
    """Mark ``datadir`` as in use until a clean exit; return True if the tables had to be removed.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> (d / "tables").mkdir()
    >>> claim_data_dir(d, d / "tables")        # first start: nothing to distrust
    False
    >>> claim_data_dir(d, d / "tables")        # the marker is still there: no clean exit in between
    True
    >>> (d / "tables").exists()
    False
    """
    datadir.mkdir(parents=True, exist_ok=True)
    marker = datadir / MARKER
    removed = False
    if marker.exists() and tabledir.exists():
        log.warning(
            "the last worker on %s did not stop cleanly (pid %s): rebuilding its tables from the changelogs",
            datadir,
            marker.read_text().strip() or "?",
        )
        shutil.rmtree(tabledir)
        removed = True
    marker.write_text(f"{os.getpid()}\n")
    atexit.register(_release, marker)
    return removed


def _release(marker: Path) -> None:
    # atexit runs only when the interpreter exits normally, i.e. after the worker's stop finished.
    marker.unlink(missing_ok=True)
