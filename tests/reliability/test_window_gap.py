"""A commit over records the window stage never applied does not lose them.

A real worker on the embedded broker applies a record of ``movie_events`` partition 1 and stops cleanly. Six
records of mentions of one movie follow on that partition, and the group's committed offset is moved past
the first two of them while no worker runs: the fault behind the mentions a SIGTERM storm once lost (a
record committed that no agent had processed). The restarted worker must count all six mentions: its
saved state says which offset comes next, so it reads the partition again from there.
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from tests.support import commit_offset, http_json, produce_to, read_topic, spawn, wait_until

pytestmark = pytest.mark.e2e

PARTITION = 1
MOVIE = 990_001  # not in any catalogue: nothing else of the worker touches it
SOURCES = [f"{k}{i}" for k in "rt" for i in range(4)]  # every input partition of a 4-partition setup
T0 = 1_700_000_040.0  # 40 s into a minute: all six mentions fall in the same panes


def _batch(mentions: list[tuple] | None = None, progress: dict[str, float] | None = None) -> bytes:
    """A ``movie_events`` record, written by hand in the ingest's format (the test does not use its code)."""
    return json.dumps({"p": progress or {}, "i": {}, "m": mentions or [], "s": []}).encode()


def _produce(bootstrap: str, values: list[bytes]) -> list[int]:
    return produce_to(bootstrap, "movie_events", PARTITION, [(b"%d" % MOVIE, v) for v in values])


def _progress(url: str) -> dict[str, float]:
    status, health = http_json(f"{url}/health")
    if status != 200:
        return {}
    return health.get("windows", {}).get(str(PARTITION), {}).get("progress", {})


def test_records_committed_over_but_never_applied_are_read_again(broker, workers, tmp_path):
    w = spawn(workers, broker, tmp_path, "w")
    w.wait_ready()
    first = _produce(broker.bootstrap, [_batch(progress={"r0": T0 - 30})])
    wait_until(lambda: _progress(w.url).get("r0") == T0 - 30, 60, "the worker to apply the first record")
    w.stop()

    mentions = [_batch([("r0", 1000 + i, MOVIE, T0 + i, 0.5)], {"r0": T0 + i}) for i in range(6)]
    offsets = _produce(broker.bootstrap, [*mentions, _batch(progress=dict.fromkeys(SOURCES, T0 + 400))])
    assert offsets[0] == first[0] + 1
    commit_offset(broker.bootstrap, "trendscope", "movie_events", PARTITION, offsets[2])  # past two records

    started = time.monotonic()
    w.start()
    w.wait_ready()
    trends = asyncio.run(
        read_topic(
            broker.bootstrap,
            "trend_stream",
            lambda got: any(t["movie_id"] == MOVIE and t["window_end"] >= T0 + 300 for t in got),
            timeout=120,
        )
    )
    mine = {t["window_end"]: t["mentions"] for t in trends if t["movie_id"] == MOVIE}
    # Windows of 300 s every 60 s: the five ending from T0 + 60 to T0 + 300 hold all six mentions.
    full = {end: n for end, n in mine.items() if T0 + 5 < end <= T0 + 300}
    assert full and all(n == 6 for n in full.values()), f"mentions per window end: {mine}"
    log = w.log_path.read_text(errors="replace")
    assert f"movie_events partition {PARTITION}: records from offset {offsets[0]} were never applied" in log
    print(f"\nre-read and counted all six mentions {time.monotonic() - started:.1f} s after the restart")
