"""A produce answer that never comes must not hold the worker's producer flush.

A real broker runs behind a TCP proxy that forwards every Kafka frame, except the answer to one produce
request, which it swallows (the broker wrote the records). The worker's producer (the app's Faust producer
on the embedded broker's transport) then flushes: it must come back with every record in the topic
(once, or twice where the request was sent again), not wait for the answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import subprocess
import time
from pathlib import Path

from aiokafka import AIOKafkaConsumer

from tests.support import wait_until
from trendscope_app.broker import tansu_compat
from trendscope_app.broker.embedded import accepts_connections, create_topics, free_port, resolve_tansu_bin
from trendscope_app.broker.faust_fixes import App
from trendscope_app.metrics import PRODUCE_RECONNECTS

PRODUCE = 0  # Kafka API key


async def _frame(reader: asyncio.StreamReader) -> bytes:
    size = await reader.readexactly(4)
    return size + await reader.readexactly(struct.unpack(">i", size)[0])


class SwallowingProxy:
    """Forwards Kafka connections to ``port``; swallows the answers to the next ``swallow`` produce requests."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.swallow = 0
        self.swallowed = 0
        self.connections = 0

    async def handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        broker_r, broker_w = await asyncio.open_connection("127.0.0.1", self.port)
        unanswered: set[int] = set()

        async def requests() -> None:
            while True:
                frame = await _frame(client_r)
                api_key, _version, correlation = struct.unpack(">hhi", frame[4:12])
                if api_key == PRODUCE and self.swallow:
                    self.swallow -= 1
                    unanswered.add(correlation)
                broker_w.write(frame)

        async def answers() -> None:
            while True:
                frame = await _frame(broker_r)
                (correlation,) = struct.unpack(">i", frame[4:8])
                if correlation in unanswered:
                    self.swallowed += 1
                    continue
                client_w.write(frame)

        tasks = [asyncio.ensure_future(requests()), asyncio.ensure_future(answers())]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)  # one side hung up
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for writer in (client_w, broker_w):
            writer.close()


def _start_broker(tmp_path: Path, port: int, advertised: int) -> subprocess.Popen[bytes]:
    log = (tmp_path / "broker.log").open("wb")
    proc = subprocess.Popen(
        [
            str(resolve_tansu_bin()),
            "broker",
            "--listener-url",
            f"tcp://127.0.0.1:{port}",
            "--advertised-listener-url",
            f"tcp://127.0.0.1:{advertised}",  # clients talk to the proxy, also after the metadata answer
            "--storage-engine",
            "memory://tansu/",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    wait_until(lambda: accepts_connections("127.0.0.1", port), 15, "the broker to listen")
    return proc


async def _read_all(bootstrap: str, topic: str, expected: int) -> list[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    values: list[bytes] = []
    try:
        deadline = time.monotonic() + 30
        while len(values) < expected and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                values.extend(r.value for r in records)
        # anything sent twice arrives with the rest: one more read finds no more
        for records in (await consumer.getmany(timeout_ms=1000)).values():
            values.extend(r.value for r in records)
    finally:
        await consumer.stop()
    return values


async def _produce_flush_and_read(
    broker_port: int, proxy: SwallowingProxy, proxy_port: int
) -> tuple[float, list[bytes]]:
    server = await asyncio.start_server(proxy.handle, "127.0.0.1", proxy_port)
    try:
        await create_topics(f"127.0.0.1:{broker_port}", {"out": 1})
        app = App("unanswered-test", **tansu_compat.faust_broker_settings(f"tansu://127.0.0.1:{proxy_port}"))
        producer = app.producer
        await producer.start()
        try:
            await (await producer.send("out", None, b"warm-up", 0, None, None))  # the connection is up
            proxy.swallow = 1
            for i in range(100):
                await producer.send("out", None, b"%d" % i, 0, None, None)
            started = time.monotonic()
            # Without an answer, aiokafka would wait its 20-minute request timeout: 60 s is plenty.
            await asyncio.wait_for(producer.flush(), timeout=60)
            took = time.monotonic() - started
        finally:
            with contextlib.suppress(TimeoutError):  # a producer waiting for the answer stops only after it
                await asyncio.wait_for(producer.stop(), timeout=10)
        # The broker advertises the proxy: the reader goes through it too (it swallows nothing now).
        return took, await _read_all(f"127.0.0.1:{proxy_port}", "out", 101)
    finally:
        server.close()


def test_a_flush_whose_produce_answer_never_comes_sends_again_and_loses_nothing(tmp_path):
    broker_port, proxy_port = free_port(), free_port()
    broker = _start_broker(tmp_path, broker_port, proxy_port)
    try:
        proxy = SwallowingProxy(broker_port)
        before = PRODUCE_RECONNECTS._value.get()
        took, values = asyncio.run(_produce_flush_and_read(broker_port, proxy, proxy_port))
        assert proxy.swallowed == 1, "the test did not swallow an answer"
        assert PRODUCE_RECONNECTS._value.get() == before + 1
        assert proxy.connections >= 2, "the producer did not reconnect"
        expected = {b"warm-up"} | {b"%d" % i for i in range(100)}
        assert set(values) == expected, f"missing: {sorted(expected - set(values))[:10]}"
        # at most the swallowed request's records twice
        assert len(values) - len(expected) <= 100
        print(
            f"flush with one answer swallowed: {took:.1f} s, {len(values) - len(expected)} records written twice"
        )
    finally:
        broker.terminate()
        broker.wait(timeout=10)
