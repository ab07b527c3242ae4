"""Test support: real worker processes on the embedded broker, and an independent TrendScore oracle.

The oracle below deliberately shares no code with the app: it takes the generator's ground-truth
mentions (not the app's matcher), scores VADER directly, and sums windows event by event.
"""

from __future__ import annotations

import asyncio
import html
import json
import math
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

ROOT = Path(__file__).resolve().parents[1]


# -- waiting -------------------------------------------------------------------------------------------
def wait_until(predicate: Callable[[], Any], timeout: float, what: str, every: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def http_json(url: str, timeout: float = 5.0) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        body = e.read()
        try:
            return e.code, json.loads(body)
        except ValueError:
            return e.code, body


def assigned(url: str, topic: str) -> list[int]:
    """A worker's partitions of ``topic``, sorted (none while it does not answer: opening stores can hold it)."""
    try:
        status, body = http_json(f"{url}/health", timeout=5)
    except OSError:
        return []
    return sorted(body.get("assigned", {}).get(topic, [])) if status == 200 else []


def shared(a: WorkerProc, b: WorkerProc, partitions: int = 4) -> bool:
    """Whether two workers split every partition of ``movie_events`` and of the comments between them."""
    return all(
        (mine := assigned(a.url, topic))
        and (theirs := assigned(b.url, topic))
        and sorted(mine + theirs) == list(range(partitions))
        for topic in ("movie_events", "reddit_stream")
    )


# -- worker processes ----------------------------------------------------------------------------------
def as_terminal_job() -> None:
    """``preexec_fn`` of a process started as a terminal starts its foreground job: SIGINT's default
    action (a shell starting a job in the background ignores it), and, with ``start_new_session``, a
    process group of its own, which Ctrl-C signals as a whole (:func:`press_ctrl_c`)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def press_ctrl_c(proc: subprocess.Popen[Any]) -> None:
    """What a terminal does on Ctrl-C: SIGINT to every process of the foreground job's group."""
    os.killpg(os.getpgid(proc.pid), signal.SIGINT)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie has exited; Linux ``/proc``)."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat_line.rsplit(")", 1)[1].split()[0] != "Z"


@dataclass
class WorkerProc:
    """``python -m trendscope_app worker`` as a subprocess with its own data dir and web port."""

    broker_url: str
    port: int
    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    #: Started as a terminal's foreground job (:func:`as_terminal_job`), for :func:`press_ctrl_c`.
    terminal: bool = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir.with_suffix(".log")

    def start(self) -> WorkerProc:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if k != "KAFKA_BROKER"}
        env.update(
            KAFKA_BROKER=self.broker_url,
            WEB_PORT=str(self.port),
            DATA_DIR=str(self.data_dir),
            TRENDSCOPE_ENV_FILE="/nonexistent",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.env)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "trendscope_app", "worker", "-l", "info"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=self.terminal,
            preexec_fn=as_terminal_job if self.terminal else None,
        )
        log.close()
        return self

    def wait_ready(self, timeout: float = 90.0) -> None:
        def ready() -> bool:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            status, _ = http_json(f"{self.url}/catalog", timeout=1.0) if self._port_open() else (0, None)
            return status == 200

        wait_until(ready, timeout, f"worker web server on {self.port}")

    def _port_open(self) -> bool:
        import socket

        with socket.socket() as s:
            s.settimeout(0.2)
            return s.connect_ex(("127.0.0.1", self.port)) == 0

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self, timeout: float = 30.0) -> None:
        self.signal_stop()
        self.wait_stopped(timeout)

    def signal_stop(self) -> None:
        """SIGTERM, if the worker runs."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()

    def wait_stopped(self, timeout: float = 30.0) -> None:
        """Wait for a stop already signalled; kill the worker if it takes longer than ``timeout``."""
        if self.proc:
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


# -- reading topics ------------------------------------------------------------------------------------
async def read_topic(
    bootstrap: str,
    topic: str,
    until: Callable[[list[Any]], bool],
    timeout: float,
    decode: Callable[[Any], Any] = lambda r: json.loads(r.value),
) -> list[Any]:
    """Every record of ``topic`` from the beginning, until ``until(records)`` holds (or time runs out).

    Subscribed without a group: aiokafka then assigns every partition of the topic and follows metadata
    changes itself, so a partition missing from an early metadata answer cannot look like lost data.
    """
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest", group_id=None
    )
    await consumer.start()
    out: list[Any] = []
    try:
        consumer.subscribe([topic])
        deadline = time.monotonic() + timeout
        while not until(out) and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                out.extend(decode(r) for r in records)
        return out
    finally:
        await consumer.stop()


def read_to_end(
    bootstrap: str, topic: str, decode: Callable[[Any], Any] = lambda r: json.loads(r.value)
) -> list[Any]:
    """Every record ``topic`` holds now: consumed up to the end offsets asked for first."""

    async def run() -> list[Any]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
        await consumer.start()
        try:
            tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            out: list[Any] = []
            deadline = time.monotonic() + 60

            async def behind() -> bool:
                # The high watermark a fetch returns, not ListOffsets: the embedded broker's answer to the
                # latter is off when the last record batch holds several records.
                for tp in tps:
                    end = consumer.highwater(tp)
                    if end is None or await consumer.position(tp) < end:
                        return True
                return False

            while await behind():
                assert time.monotonic() < deadline, f"could not read {topic} to its end"
                for records in (await consumer.getmany(timeout_ms=300)).values():
                    out.extend(decode(r) for r in records)
            return out
        finally:
            await consumer.stop()

    return asyncio.run(run())


def produce_to(bootstrap: str, topic: str, partition: int, records: list[tuple[bytes, bytes]]) -> list[int]:
    """Write ``(key, value)`` records to one partition, one acknowledged send at a time; their offsets."""

    async def run() -> list[int]:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        try:
            sent = [await producer.send_and_wait(topic, v, key=k, partition=partition) for k, v in records]
            return [md.offset for md in sent]
        finally:
            await producer.stop()

    return asyncio.run(run())


def commit_offset(bootstrap: str, group: str, topic: str, partition: int, offset: int) -> None:
    """Move ``group``'s committed offset of one partition (while none of its members runs)."""

    async def run() -> None:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        await consumer.start()
        try:
            tp = TopicPartition(topic, partition)
            consumer.assign([tp])
            await consumer.commit({tp: OffsetAndMetadata(offset, "")})
            assert await consumer.committed(tp) == offset
        finally:
            await consumer.stop()

    asyncio.run(run())


def committed_offsets(bootstrap: str, group: str, topic: str, partitions: int) -> list[int | None]:
    """``group``'s committed offset of each partition of ``topic``, asked without joining the group."""

    async def run() -> list[int | None]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        await consumer.start()
        try:
            return [await consumer.committed(TopicPartition(topic, p)) for p in range(partitions)]
        finally:
            await consumer.stop()

    return asyncio.run(run())


# -- the independent oracle ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Expected:
    movie_id: int
    window_end: int
    mentions: int
    avg_sentiment: float
    popularity: float
    trend_score: float


def expected_trends(
    comments: Iterable[dict[str, Any]],
    snapshots: Iterable[dict[str, Any]],
    truth: dict[str, tuple[int, ...]],
    *,
    size: int = 300,
    step: int = 60,
    ttl: float = 1800.0,
    weights: tuple[float, float, float] = (0.4, 0.3, 0.3),
    last_end: int | None = None,
) -> dict[tuple[int, int], Expected]:
    """TrendScores of every (movie, window) computed the slow, obvious way.

    Windows end at multiples of ``step``, from the first one holding any event to ``last_end`` (default:
    the last one holding an event, which is what a flush at the end of a replay closes).
    """
    vader = SentimentIntensityAnalyzer()
    mentions: dict[int, list[tuple[float, float]]] = defaultdict(list)
    times: list[float] = []
    for c in comments:
        times.append(c["created_utc"])
        ids = truth.get(c["id"], ())
        if ids:
            # Reddit serves bodies with &, < and > escaped; what the person wrote is what VADER should read.
            s = vader.polarity_scores(html.unescape(c["body"]))["compound"]
            for m in ids:
                mentions[m].append((c["created_utc"], s))
    snaps: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for s in snapshots:
        times.append(s["fetched_at"])
        snaps[s["id"]].append((s["fetched_at"], s["popularity"]))
    first_end = math.floor(min(times) / step) * step + step
    if last_end is None:
        last_end = math.floor((max(times) + size) / step) * step
    out: dict[tuple[int, int], Expected] = {}
    w1, w2, w3 = weights
    for movie in set(mentions) | set(snaps):
        for end in range(first_end, last_end + 1, step):
            inside = [s for t, s in mentions.get(movie, []) if end - size <= t < end]
            before = [(t, p) for t, p in snaps.get(movie, []) if t < end]
            latest = max(before) if before else None
            if not inside and (latest is None or latest[0] < end - ttl):
                continue
            n = len(inside)
            avg = sum(inside) / n if n else 0.0
            pop = latest[1] if latest else 0.0
            score = w1 * pop + w2 * n * 10 + w3 * (avg + 1) * 50
            out[(movie, end)] = Expected(movie, end, n, avg, pop, score)
    return out


def metric_samples(base_url: str, name: str) -> list[tuple[str, float]] | None:
    """Every sample of ``name`` on a worker's ``/metrics``: its labels as ``k="v"`` pairs sorted and joined
    by commas, and its value; ``None`` if the worker does not answer."""
    try:
        with urllib.request.urlopen(f"{base_url}/metrics", timeout=2) as r:
            text = r.read().decode()
    except OSError:
        return None
    out = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        head, _, value = line.rpartition(" ")
        metric, _, rest = head.partition("{")
        if metric == name:
            out.append((",".join(sorted(p for p in rest.rstrip("}").split(",") if p)), float(value)))
    return out


def metric_value(base_url: str, name: str, **labels: str) -> float | None:
    """One sample of a worker's ``/metrics``, or ``None`` if absent or the worker does not answer."""
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    return next((value for got, value in metric_samples(base_url, name) or () if got == want), None)


def spawn(started: list[WorkerProc], broker: Any, tmp_path: Path, name: str, **env: str) -> WorkerProc:
    """Start a worker on ``broker`` (4 partitions; flush windows 2 s after input goes quiet)."""
    from trendscope_app.broker.embedded import free_port

    base = {
        "TOPIC_PARTITIONS": "4",
        "IDLE_WATERMARK_RATE": "0",
        "IDLE_TIMEOUT_S": "2",
        "LOG_LEVEL": "info",
        # MLflow costs seconds of CPU at start; the tests that are about it switch it back on.
        "MLFLOW_ENABLED": "false",
    }
    base.update(env)
    w = WorkerProc(broker.url, free_port(), tmp_path / name, env=base).start()
    started.append(w)
    return w


def replay_into(
    broker: Any,
    tmp_path: Path,
    comments: list[dict],
    snapshots: list[dict],
    urls: list[str],
    partitions: int = 4,
    speed: float = 0.0,
    wait: bool = True,
) -> None:
    """Write the records as JSON Lines and replay them (as fast as possible, or ``speed`` times event time),
    holding the comments until every worker in ``urls`` knows the movies whose snapshots precede them
    (with no ``urls`` and not ``wait``: sent at once, as ``replay --no-wait``)."""
    from trendscope_app.cli.commands import run_replay
    from trendscope_app.settings import load_settings
    from trendscope_app.sources.jsonl import write_jsonl

    write_jsonl(tmp_path / "comments.jsonl", comments)
    write_jsonl(tmp_path / "tmdb.jsonl", snapshots)
    s = load_settings(_env_file=None, topic_partitions=partitions)
    asyncio.run(
        run_replay(
            s,
            broker.bootstrap,
            tmp_path / "comments.jsonl",
            tmp_path / "tmdb.jsonl",
            speed=speed,
            web_urls=urls,
            wait=wait,
        )
    )
