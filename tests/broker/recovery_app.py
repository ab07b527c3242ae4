"""Tiny Faust app for the table-recovery tests: counts messages per key in a changelogged RocksDB table.

Run as a real worker: ``python recovery_app.py worker``. Configured through environment variables
(the test sets them): ``TS_BROKER_URL``, ``TS_APP_ID``, ``TS_SOURCE_TOPIC``, ``TS_PARTITIONS``,
``TS_DATA_DIR``, ``TS_WEB_PORT``. ``GET /state`` returns the table, the owned source partitions and
whether Faust has finished table recovery and resumed the streams.
"""

from __future__ import annotations

import os

import faust
from faust.web import Request, Response, View

from trendscope_app.broker.tansu_compat import faust_broker_settings

BROKER_URL = os.environ.get("TS_BROKER_URL", "tansu://127.0.0.1:9092")
APP_ID = os.environ.get("TS_APP_ID", "recovery-test")
SOURCE_TOPIC = os.environ.get("TS_SOURCE_TOPIC", "recovery-source")
PARTITIONS = int(os.environ.get("TS_PARTITIONS", "2"))

app = faust.App(
    APP_ID,
    **{
        **faust_broker_settings(BROKER_URL),
        # Shorter than the app default so a SIGKILLed member leaves the group (and the test) quickly.
        "broker_session_timeout": 4,
        "broker_rebalance_timeout": 4,
        "broker_heartbeat_interval": 1,
    },
    # Batch changelog records the way a busy worker does, so the last changelog batch holds several
    # records: the case where Tansu's ListOffsets answer is wrong.
    producer_linger=0.2,
    store="rocksdb://",
    datadir=os.environ.get("TS_DATA_DIR", "recovery-test-data"),
    web_host="127.0.0.1",
    web_port=int(os.environ.get("TS_WEB_PORT", "6066")),
    topic_partitions=PARTITIONS,
    topic_replication_factor=1,
)
source = app.topic(
    SOURCE_TOPIC,
    key_type=str,
    value_type=str,
    key_serializer="raw",
    value_serializer="raw",
    partitions=PARTITIONS,
)
counts = app.Table("counts", default=int, partitions=PARTITIONS)


@app.agent(source)
async def count(stream: faust.StreamT[str]) -> None:
    """Count messages per key: one table update, hence one changelog record, per message."""
    async for event in stream.events():
        counts[event.key] += 1


@app.page("/state")
class State(View):
    """Table contents, whether recovery has completed and which source partitions this worker owns."""

    async def get(self, request: Request) -> Response:
        """Return ``{"recovered": bool, "assigned": [partition, ...], "counts": {key: count}}``."""
        # Recovery.completed is never cleared: also require that no rebalance/recovery is in progress.
        recovered = app.tables.recovery.completed.is_set() and not (app.rebalancing or app.in_recovery)
        assigned = sorted(tp.partition for tp in app.consumer.assignment() if tp.topic == SOURCE_TOPIC)
        return self.json({"recovered": recovered, "assigned": assigned, "counts": dict(counts.items())})


if __name__ == "__main__":
    app.main()
