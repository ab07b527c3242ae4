"""Helpers for the broker tests: produce, read offsets independently of the code under test, run workers."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from trendscope_app.broker.embedded import parent_death_preexec

T = TypeVar("T")

RECOVERY_APP = Path(__file__).with_name("recovery_app.py")


async def wait_for(
    probe: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    *,
    timeout: float,
    interval: float = 0.1,
    what: str = "condition",
) -> T:
    """Poll ``probe()`` until ``done(result)``; fail with the last result after ``timeout`` seconds.

    Parameters
    ----------
    probe : Callable[[], Awaitable[T]]
        Coroutine function returning the current value.
    done : Callable[[T], bool]
        Predicate on that value.
    timeout : float
        Seconds before giving up.
    interval : float
        Seconds between probes.
    what : str
        Description used in the failure message.

    Returns
    -------
    T
        The first value satisfying ``done``.

    Raises
    ------
    TimeoutError
        With the last value seen.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if done(value):
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{what} not reached within {timeout}s; last value: {value!r}")
        await asyncio.sleep(interval)


async def produce_batched(
    bootstrap: str, topic: str, records: Sequence[tuple[bytes | None, bytes]], partition: int | None = None
) -> list[int]:
    """Send records without awaiting each one, so aiokafka packs them into multi-record batches.

    Parameters
    ----------
    bootstrap : str
        ``host:port`` of the broker.
    topic : str
        Target topic.
    records : Sequence[tuple[bytes or None, bytes]]
        ``(key, value)`` pairs.
    partition : int or None
        Fixed partition, or ``None`` for the key partitioner.

    Returns
    -------
    list[int]
        Offsets assigned to the records, in order.
    """
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=200, max_batch_size=1 << 20)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key, partition=partition) for key, value in records]
        metadata = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [m.offset for m in metadata]


@asynccontextmanager
async def admin_client(bootstrap: str) -> AsyncIterator[AIOKafkaAdminClient]:
    """A started admin client, closed on exit."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        yield admin
    finally:
        await admin.close()


async def partitions_of(bootstrap: str, topic: str) -> list[TopicPartition]:
    """Return the topic's partitions as listed by metadata (empty if the topic does not exist)."""
    async with admin_client(bootstrap) as admin:
        (meta,) = await admin.describe_topics([topic])
    if meta["error_code"] != 0:
        return []
    return [
        TopicPartition(topic, p["partition"])
        for p in sorted(meta["partitions"], key=lambda p: p["partition"])
    ]


async def listed_end_offsets(bootstrap: str, tps: Sequence[TopicPartition]) -> dict[TopicPartition, int]:
    """End offsets as answered by ListOffsets(LATEST) (aiokafka ``end_offsets``): wrong on Tansu."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        return dict(await consumer.end_offsets(list(tps)))
    finally:
        await consumer.stop()


async def fetched_records(
    bootstrap: str, tps: Sequence[TopicPartition], timeout: float = 10.0
) -> dict[Any, Any]:
    """Read every record of the partitions from the beginning, by Fetch only (no ListOffsets involved).

    Returns
    -------
    dict
        ``{"highwater": {tp: fetch-response high watermark}, "records": {tp: [ConsumerRecord, ...]}}``;
        a partition is complete when its last record offset + 1 equals its high watermark.
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=100)
    await consumer.start()
    records: dict[TopicPartition, list[Any]] = {tp: [] for tp in tps}
    try:
        consumer.assign(list(tps))
        for tp in tps:
            consumer.seek(tp, 0)

        def complete(tp: TopicPartition) -> bool:
            hw = consumer.highwater(tp)
            return hw is not None and (hw == 0 or (bool(records[tp]) and records[tp][-1].offset + 1 >= hw))

        deadline = time.monotonic() + timeout
        while not all(complete(tp) for tp in tps):
            if time.monotonic() >= deadline:
                raise TimeoutError(f"could not read {list(tps)} to the end within {timeout}s")
            for tp, batch in (await consumer.getmany(*tps, timeout_ms=100)).items():
                records[tp].extend(batch)
        return {"highwater": {tp: consumer.highwater(tp) for tp in tps}, "records": records}
    finally:
        await consumer.stop()


async def committed_offsets(
    bootstrap: str, group: str, tps: Sequence[TopicPartition]
) -> dict[TopicPartition, int]:
    """Offsets committed by a consumer group for the given partitions (OffsetFetch; -1 when none)."""
    async with admin_client(bootstrap) as admin:
        offsets = await admin.list_consumer_group_offsets(group, partitions=list(tps))
    return {tp: offsets[tp].offset if tp in offsets else -1 for tp in tps}


class Worker:
    """A ``recovery_app.py worker`` subprocess with its output in a log file.

    Parameters
    ----------
    env : Mapping[str, str]
        ``TS_*`` settings for :mod:`recovery_app` (merged into the current environment).
    log_path : Path
        File receiving the worker's stdout and stderr (appended across restarts).
    web_port : int
        Port of the worker's web server.
    """

    def __init__(self, env: Mapping[str, str], log_path: Path, web_port: int) -> None:
        self.env = {**os.environ, **env, "TS_WEB_PORT": str(web_port), "PYTHONUNBUFFERED": "1"}
        self.log_path = log_path
        self.web_port = web_port
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the worker process."""
        with self.log_path.open("ab") as log:
            log.write(b"\n===== worker start =====\n")
            log.flush()
            self.proc = subprocess.Popen(
                [sys.executable, str(RECOVERY_APP), "worker", "--loglevel", "info"],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.log_path.parent,
                preexec_fn=parent_death_preexec(),  # no orphaned worker if the test run is killed
            )

    def exited(self) -> bool:
        """Return whether the process has exited."""
        return self.proc is not None and self.proc.poll() is not None

    def log(self) -> str:
        """Return the worker's log so far."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    async def state(self) -> dict[str, Any] | None:
        """``GET /state``; ``None`` while the web server does not answer; ``{"exited": rc}`` once dead."""
        if self.exited():
            assert self.proc is not None
            return {"exited": self.proc.returncode}
        return await asyncio.to_thread(self._get_state)

    def _get_state(self) -> dict[str, Any] | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/state", timeout=2) as resp:
                return dict(json.loads(resp.read()))
        except (OSError, urllib.error.URLError, ValueError):
            return None

    def kill(self, sig: int = signal.SIGKILL, timeout: float = 15.0) -> int:
        """Send ``sig`` and wait for the process to exit (SIGKILL after ``timeout``).

        Returns
        -------
        int
            The exit code (negative signal number when killed).
        """
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode
