"""Tansu's ListOffsets(LATEST) bug, the ``tansu://`` compat highwater, and Faust table recovery with both.

See ``docs/broker.md`` and :mod:`trendscope_app.broker.tansu_compat`.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import faust
import pytest
from aiokafka import TopicPartition
from faust.transport import by_url
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from trendscope_app.broker import faust_fixes, tansu_compat
from trendscope_app.broker.embedded import EmbeddedBroker, create_topics, free_port
from trendscope_app.broker.tansu_compat import faust_broker_settings, fetch_highwaters

from .helpers import (
    Worker,
    committed_offsets,
    fetched_records,
    listed_end_offsets,
    partitions_of,
    produce_batched,
    wait_for,
)


def test_tansu_scheme_selects_compat_transport_and_kafka_gets_the_faust_fixes_and_the_highwater_check() -> (
    None
):
    assert by_url("tansu://127.0.0.1:9092") is tansu_compat.Transport
    # kafka:// carries the broker-independent fixes and the checked highwaters, not the short fetch wait.
    assert by_url("kafka://127.0.0.1:9092") is tansu_compat.KafkaTransport
    assert issubclass(tansu_compat.KafkaTransport, faust_fixes.Transport)
    assert tansu_compat.KafkaTransport.Consumer is tansu_compat.KafkaConsumer
    assert faust_fixes.ConsumerThread._highwaters is faust_aiokafka.AIOKafkaConsumerThread._highwaters
    assert issubclass(tansu_compat.Transport, faust_fixes.Transport)
    assert tansu_compat.Transport.Consumer is tansu_compat.Consumer
    assert faust_aiokafka.Transport.Consumer is faust_aiokafka.Consumer


def test_app_built_from_settings_uses_compat_consumer_thread() -> None:
    settings = faust_broker_settings("tansu://127.0.0.1:9092")
    assert settings["processing_guarantee"] == "at_least_once"
    app = faust.App("compat-settings-test", **settings)
    assert app.conf.broker_session_timeout == tansu_compat.TANSU_SESSION_TIMEOUT_S
    assert app.conf.broker_rebalance_timeout == tansu_compat.TANSU_SESSION_TIMEOUT_S
    assert isinstance(app.transport, tansu_compat.Transport)
    assert isinstance(app.consumer._thread, tansu_compat.ConsumerThread)
    plain = faust.App("plain-settings-test", **faust_broker_settings("kafka://127.0.0.1:9092"))
    assert isinstance(plain.consumer._thread, tansu_compat.CheckedHighwaterThread)
    assert not isinstance(plain.consumer._thread, tansu_compat.ConsumerThread)


@pytest.mark.e2e
async def test_list_offsets_bug_reproduced_and_compat_highwater_is_right(broker: EmbeddedBroker) -> None:
    await create_topics(broker.bootstrap, {"bug": 4})
    tps = [TopicPartition("bug", p) for p in range(4)]
    # p0: one batch of 10 records. p1: batches of 4 then 6 (last batch starts at 4).
    # p2: a batch of 5 then a single-record batch (the case Tansu answers right). p3: empty.
    assert await produce_batched(broker.bootstrap, "bug", [(None, b"a%d" % i) for i in range(10)], 0) == list(
        range(10)
    )
    await produce_batched(broker.bootstrap, "bug", [(None, b"b")] * 4, 1)
    await produce_batched(broker.bootstrap, "bug", [(None, b"b")] * 6, 1)
    await produce_batched(broker.bootstrap, "bug", [(None, b"c")] * 5, 2)
    await produce_batched(broker.bootstrap, "bug", [(None, b"c")], 2)

    truth = await fetched_records(broker.bootstrap, tps)
    produced = {tps[0]: 10, tps[1]: 10, tps[2]: 6, tps[3]: 0}
    assert truth["highwater"] == produced
    assert {tp: len(records) for tp, records in truth["records"].items()} == produced

    listed = await listed_end_offsets(broker.bootstrap, tps)
    # The bug: (base offset of the last batch) + 1 instead of the log end offset.
    assert listed == {tps[0]: 1, tps[1]: 5, tps[2]: 6, tps[3]: 0}

    faust_tps = {TP(tp.topic, tp.partition): offset for tp, offset in listed.items()}
    corrected = await fetch_highwaters(faust_tps, bootstrap_servers=broker.bootstrap, timeout=10)
    assert corrected == {TP(tp.topic, tp.partition): n for tp, n in produced.items()}


# -- table recovery with a real worker -------------------------------------------------------------------

N_KEYS = 7
N_FIRST = 150  # processed before the second burst: the changelog then has several batches
N_SECOND = 150
PARTITIONS = 2
TIMEOUT = 60.0


def _records(start: int, stop: int) -> list[tuple[bytes | None, bytes]]:
    return [(f"k{i % N_KEYS}".encode(), str(i).encode()) for i in range(start, stop)]


def _expected(n: int) -> dict[str, int]:
    return dict(Counter(f"k{i % N_KEYS}" for i in range(n)))


async def _recovered_state(worker: Worker) -> dict[str, Any]:
    """Wait until the worker owns every partition and finished recovery, or exited."""

    def settled(state: dict[str, Any] | None) -> bool:
        if state is None:
            return False
        return "exited" in state or (state["recovered"] and state["assigned"] == list(range(PARTITIONS)))

    state = await wait_for(worker.state, settled, timeout=TIMEOUT, what="worker recovered")
    assert state is not None
    return state


async def _restart(worker: Worker, data_dir: Path, *, keep_data: bool) -> dict[str, Any]:
    if not worker.exited():
        assert worker.kill() == -9  # SIGKILL: no clean shutdown, no final commit
    if not keep_data:
        shutil.rmtree(data_dir)
    worker.start()
    return await _recovered_state(worker)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "scheme",
    [
        "tansu",
        "kafka",
    ],
)
async def test_table_recovery_after_sigkill(scheme: str, broker: EmbeddedBroker, tmp_path: Path) -> None:
    """Count N messages, SIGKILL, restart with and then without the RocksDB dir; compare the table.

    Both restarts recover the exact counts, with ``tansu://`` and with ``kafka://`` naming the same
    broker. Without the highwater check (``kafka://`` before it) the recovery highwater was the last
    changelog batch's base offset: keeping the RocksDB dir failed the consistency check and a fresh data
    dir recovered a stale table.
    """
    app_id = f"recovery-{scheme}"
    source, changelog = "counted", f"{app_id}-counts-changelog"
    data_dir = tmp_path / "data"
    await create_topics(broker.bootstrap, {source: PARTITIONS})
    worker = Worker(
        {
            "TS_BROKER_URL": f"{scheme}://{broker.bootstrap}",
            "TS_APP_ID": app_id,
            "TS_SOURCE_TOPIC": source,
            "TS_PARTITIONS": str(PARTITIONS),
            "TS_DATA_DIR": str(data_dir),
        },
        tmp_path / "worker.log",
        free_port(),
    )
    total = N_FIRST + N_SECOND
    try:
        worker.start()

        def counted(n: int) -> Any:
            return lambda s: s is not None and ("exited" in s or sum(s["counts"].values()) == n)

        await produce_batched(broker.bootstrap, source, _records(0, N_FIRST))
        state = await wait_for(worker.state, counted(N_FIRST), timeout=TIMEOUT, what="first burst counted")
        assert state.get("counts") == _expected(N_FIRST), worker.log()[-3000:]
        await produce_batched(broker.bootstrap, source, _records(N_FIRST, total))
        state = await wait_for(worker.state, counted(total), timeout=TIMEOUT, what="second burst counted")
        assert state.get("counts") == _expected(total), worker.log()[-3000:]

        # Before killing: every source offset committed, so a restart must not count anything again.
        source_tps = await partitions_of(broker.bootstrap, source)
        await wait_for(
            lambda: committed_offsets(broker.bootstrap, app_id, source_tps),
            lambda c: sum(c.values()) == total,
            timeout=TIMEOUT,
            what="source offsets committed",
        )
        # Precondition of the whole test: one changelog record per message, and Tansu's ListOffsets answer
        # is wrong for the changelog: some partition's last batch holds several records and is not its
        # first batch (1 < listed < log end), the case that decides the outcome below.
        changelog_tps = await partitions_of(broker.bootstrap, changelog)
        truth = (await fetched_records(broker.bootstrap, changelog_tps))["highwater"]
        assert sum(truth.values()) == total
        listed = await listed_end_offsets(broker.bootstrap, changelog_tps)
        assert any(1 < listed[tp] < truth[tp] for tp in changelog_tps), (listed, truth)

        expected = _expected(total)
        kept = await _restart(worker, data_dir, keep_data=True)
        fresh = await _restart(worker, data_dir, keep_data=False)
    finally:
        worker.kill()

    log = worker.log()
    assert kept.get("counts") == expected, log[-3000:]
    assert fresh.get("counts") == expected, log[-3000:]
    assert "ConsistencyError" not in log


@pytest.mark.parametrize(
    ("broker", "asked", "session"),
    [
        (None, None, tansu_compat.TANSU_SESSION_TIMEOUT_S),
        ("tansu://127.0.0.1:1", None, tansu_compat.TANSU_SESSION_TIMEOUT_S),
        ("kafka://127.0.0.1:1", None, 10.0),  # as before the setting became optional
        (None, 7.0, 7.0),
        ("kafka://127.0.0.1:1", 30.0, 30.0),
    ],
)
def test_the_session_setting_reaches_the_app_on_every_broker(tmp_path, broker, asked, session) -> None:
    # BROKER_SESSION_TIMEOUT_S was ignored on the embedded broker, whose join waits half the session.
    from trendscope_app.factory import create_app
    from trendscope_app.settings import load_settings

    settings = load_settings(
        _env_file=None, kafka_broker=broker, broker_session_timeout_s=asked, data_dir=tmp_path, store="memory"
    )
    app, _ = create_app(settings)
    assert app.conf.broker_session_timeout == session
    if broker != "kafka://127.0.0.1:1":
        assert app.conf.broker_rebalance_timeout == session
        assert app.conf.broker_heartbeat_interval <= session / 3
