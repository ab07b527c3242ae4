"""Builds the Faust app: settings -> broker -> topics, tables, agents, web views.

``faust -A trendscope_app worker -l info`` and ``python -m trendscope_app worker`` both land here.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import faust
from faust.exceptions import AlreadyConfiguredWarning

from trendscope_app import metrics
from trendscope_app.broker import faust_fixes, leave_group
from trendscope_app.broker.embedded import accepts_connections
from trendscope_app.broker.tansu_compat import TANSU_SESSION_TIMEOUT_S, faust_broker_settings
from trendscope_app.clean_stop import claim_data_dir
from trendscope_app.forecasting.models import preload as preload_models
from trendscope_app.memory import freeze_startup_heap, limit_malloc_arenas, release_free_heap
from trendscope_app.runtime import Runtime
from trendscope_app.settings import ConfigError, Settings, kafka_hosts
from trendscope_app.startup import READY
from trendscope_app.storage import sqlite_path
from trendscope_app.tables import declare_tables
from trendscope_app.tables.manager import PromptTableManager
from trendscope_app.tables.rocksdb import SCHEME as BOUNDED_ROCKSDB
from trendscope_app.text.aliases import load_word_frequencies
from trendscope_app.topics import declare_topics
from trendscope_app.watchdog import exit_if_not_stopped_within
from trendscope_app.web.errors import quiet_malformed_requests, web_application_options
from trendscope_app.web.ports import bind_error

log = logging.getLogger(__name__)

#: How long after start-up the heap is frozen again once MLflow connects (a local store takes 1-3 s to
#: connect, a new one seconds more; an unreachable server fails within its 10 s request timeout).
TRACKING_START_WAIT_S = 60.0
#: Seconds between two returns of glibc's free heap pages to the OS (see memory.release_free_heap).
HEAP_TRIM_INTERVAL_S = 2.0
#: How long a worker tries to open a connection to each Kafka broker before it gives up, as it starts.
BROKER_PROBE_S = 5.0


def _on_tansu(s: Settings) -> bool:
    """Whether the worker talks to Tansu: its embedded broker, or a ``tansu://`` URL."""
    return s.kafka_broker is None or s.kafka_broker.startswith("tansu://")


#: Consumer-group session on Kafka when ``BROKER_SESSION_TIMEOUT_S`` is unset (on Tansu: its own).
KAFKA_SESSION_TIMEOUT_S = 10.0


def _broker_kwargs(s: Settings) -> dict[str, Any]:
    if _on_tansu(s):  # the embedded broker too
        # The embedded broker's URL is resolved when a worker starts (embedded_broker_worker): only a
        # process that really runs the app starts a broker.
        url = s.kafka_broker or "tansu://127.0.0.1:1"
        return faust_broker_settings(url, s.broker_session_timeout_s or TANSU_SESSION_TIMEOUT_S)
    session = s.broker_session_timeout_s or KAFKA_SESSION_TIMEOUT_S
    return {"broker": s.kafka_broker, "broker_session_timeout": session}


def create_app(s: Settings) -> tuple[faust.App, Runtime]:
    """Build the app and its runtime from settings."""
    limit_malloc_arenas()  # before the app's threads (Faust's consumer, RocksDB, the store writer) start
    # A clean stop hands its partitions over at once, on Tansu too.
    leave_group.install(on_tansu=_on_tansu(s))
    store = f"{BOUNDED_ROCKSDB}://" if s.store == "rocksdb" else "memory://"
    #: Called by the worker as it starts, before Faust's group join and table recovery.
    early: list[Callable[[], None]] = []
    #: Awaited by the worker as it stops, before the app (Faust's consumer, tables, tasks) stops.
    at_stop: list[Callable[[], Awaitable[None]]] = []
    app = faust_fixes.App(
        s.app_id,
        **_broker_kwargs(s),
        store=store,
        datadir=str(s.data_dir / "faust"),
        topic_partitions=s.topic_partitions,
        topic_replication_factor=s.topic_replication,
        web_port=s.web_port,
        web_bind=s.web_bind,
        web_host=s.web_host,
        canonical_url=f"http://{s.web_host}:{s.web_port}",
        # Dead letters carry the original bytes: the producer must take the largest one we keep whole.
        producer_max_request_size=max(s.max_message_bytes, s.dead_letter_max_bytes) + 65_536,
        # aiokafka's 16 KiB default holds ~60 TrendScores; a full batch makes the next send wait for a
        # broker round trip, so publishing one minute's scores took as many round trips as 60s of them.
        producer_max_batch_size=1_048_576,
        consumer_max_fetch_size=max(s.max_message_bytes * 2, 4_194_304),
        stream_buffer_maxsize=max(4096, s.batch_size * 4),
        broker_max_poll_records=s.batch_size * 2,
        table_standby_replicas=0,
        logging_config=None,
        web_application_options=web_application_options(s.http_idle_timeout_s),
        Worker=worker_class(s, early, at_stop),
        TableManager=PromptTableManager,
    )
    rt = Runtime(settings=s, app=app)
    quiet_malformed_requests()

    # Imported here: the agents need the runtime, and importing the app must stay cheap for tests of the math.
    from trendscope_app.agents.comments import CommentReader
    from trendscope_app.agents.ingest import Ingest
    from trendscope_app.agents.windows import Windows

    rt.topics = declare_topics(app, s)
    ingest = Ingest(rt)
    rt.tables = declare_tables(app, s, ingest.on_catalog_change)
    windows = Windows(rt)
    reader = CommentReader(
        rt, ingest.process, ready=ingest.snapshots.caught_up, overlap=ingest.text_process is not None
    )
    ingest.inputs.comments = reader
    early.append(reader.join_early)
    if ingest.text_process is not None:
        early.append(ingest.text_process.start)
    early.append(ingest.snapshots.start_early)
    at_stop.append(reader.leave_unclaimed)
    at_stop.append(ingest.snapshots.stop)
    rt.inputs, rt.windows, rt.comments = ingest.inputs, windows, reader

    @app.agent(rt.topics.tmdb, name="ingest")
    async def ingest_agent(stream: faust.StreamT) -> None:
        async for events in stream.take_events(s.batch_size, within=s.batch_timeout_s):
            await ingest.process(events)

    @app.task
    async def comment_reader() -> None:
        await reader.run()

    @app.agent(rt.topics.movie_events, name="windows")
    async def windows_agent(stream: faust.StreamT) -> None:
        async for events in stream.take_events(s.batch_size, within=s.batch_timeout_s):
            await windows.process(events)

    @app.timer(1.0)
    async def idle_tick() -> None:
        await ingest.inputs.tick()

    @app.timer(HEAP_TRIM_INTERVAL_S)
    async def trim_heap() -> None:
        release_free_heap()

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked: set[Any], **_: Any) -> None:
        windows.forget({tp.partition for tp in revoked if tp.topic == s.movie_events_topic})

    from trendscope_app.agents import forecast, history
    from trendscope_app.observability import hooks
    from trendscope_app.web import dashboard
    from trendscope_app.web.views import register_views

    forecast.register(app, rt)
    # Seconds of imports (River and SciPy, then MLflow on its tracker's thread), the matcher's word
    # frequencies and a full collection of the start-up heap overlap the group join, which on the embedded
    # broker is seconds of waiting, instead of following the table recovery. The imports run one after the
    # other: side by side they share the interpreter lock, and what the first comments need came later.
    preloaded: list[asyncio.Future[None]] = []
    background: list[asyncio.Future[None]] = []

    async def prepare_while_joining() -> None:
        await preloaded[0]
        rt.forecast.start_tracking()
        # A full collection takes ~0.1 s per 100k objects: each one done during the join is one the end of
        # start-up does not wait for, its freeze then collects only what came since.
        if not rt.started.is_set():
            freeze_heap()
        if not s.mlflow_enabled:
            return  # nothing more to freeze
        if not await rt.forecast.tracking_started(TRACKING_START_WAIT_S):
            log.info(
                "MLflow not connected after %.0f s; its objects stay in the collector's sight",
                TRACKING_START_WAIT_S,
            )
            return
        if rt.started.is_set():  # connected after start-up, which did not wait for it
            rt.start_up.mark(tracking_phase())
        freeze_heap()

    early.append(lambda: preloaded.append(asyncio.ensure_future(asyncio.to_thread(_preload))))
    early.append(lambda: background.append(asyncio.ensure_future(prepare_while_joining())))
    history.register(app, rt)
    hooks.register(app, rt)
    register_views(app, rt)
    dashboard.register(app, rt)

    @app.task
    async def settle_start_up() -> None:
        # Faust starts app tasks once its group join and the table recovery are over.
        start_up = rt.start_up
        await app.tables.recovery.completed.wait()
        start_up.mark("tables recovered")
        # Rows recovered from local RocksDB are not replayed as changelog events: index them once.
        rows = sum(t.rebuild() for t in (rt.tables.trends, rt.tables.predictions, rt.tables.breakouts))
        log.info("lookup index: %d rows", rows)
        try:
            # The imports' objects (~200k, MLflow's ~170k more) are frozen before the first comments:
            # created after the freeze, they made the first minute's collections slow.
            # Seconds of imports, off the event loop: begun as the worker started, or now.
            await (preloaded[0] if preloaded else asyncio.to_thread(_preload))
            start_up.mark("forecasting models imported")
            # The recovered catalogue's matcher, built before the first comments wait for it.
            ingest.prepare()
            start_up.mark("title matcher built")
            if await rt.forecast.tracking_started(0):
                start_up.mark(tracking_phase())
            else:
                # A new data dir's MLflow store takes seconds to create (its schema migrations), longer than
                # the group join: comments do not wait for it, and its objects are frozen once it is up.
                log.info("MLflow not connected yet: reading comments, freezing its objects once it is")
            freeze_heap()
        finally:
            start_up.mark(READY)
            rt.started.set()  # a failure here costs speed, never the comments

    def tracking_phase() -> str:
        if not s.mlflow_enabled:
            return "MLflow off"
        return "MLflow failed" if rt.forecast.tracking_failed else "MLflow connected"

    def freeze_heap() -> None:
        frozen = freeze_startup_heap()
        # Set here only: gc.get_freeze_count() walks every frozen object (measured 60 ms of the event loop
        # per scrape in a worker, whose objects are spread over the heap).
        metrics.GC_FROZEN.set(frozen)
        log.info("start-up heap frozen: %d objects", frozen)

    rt.start_up.mark("app built")
    return app, rt


def _preload() -> None:
    """What a worker loads on a thread as it starts (imports and data its first batches would wait for)."""
    preload_models()
    load_word_frequencies()


def check_before_start(s: Settings, datadir: Path) -> None:
    """Fail at once, in one line (exit status 1), where the worker would otherwise fail later with a
    traceback: a data directory that cannot be created, a web port in use, a Kafka broker that does not
    answer. A SQLite file whose directory cannot be created is refused too: the store would retry it for
    ever."""
    dirs = [("DATA_DIR", datadir)]
    if not s.cassandra_hosts:
        dirs.append(("SQLITE_PATH", sqlite_path(s).parent))
    for name, path in dirs:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ConfigError(f"invalid configuration: {name}: cannot create {path}: {e.strerror}") from None
    error = bind_error(s.web_bind, s.web_port)
    if error:
        raise ConfigError(f"cannot listen on {s.web_bind}:{s.web_port} (WEB_PORT, WEB_BIND): {error}")
    if s.kafka_broker is not None:
        hosts = kafka_hosts(s.kafka_broker)
        if not any(accepts_connections(host, port, timeout=BROKER_PROBE_S) for host, port in hosts):
            where = ", ".join(f"{h}:{p}" for h, p in hosts)
            raise ConfigError(f"cannot reach the Kafka broker at {where} (KAFKA_BROKER): is it running?")


def worker_class(
    s: Settings,
    early: Sequence[Callable[[], None]] = (),
    at_stop: Sequence[Callable[[], Awaitable[None]]] = (),
) -> type[faust.Worker]:
    """The ``worker`` command's class: a stop that hangs becomes an exit after ``SHUTDOWN_TIMEOUT_S``,
    local tables left by a worker that did not stop cleanly are rebuilt from their changelogs
    (:mod:`trendscope_app.clean_stop`), and with ``KAFKA_BROKER`` unset the embedded broker is started
    first (:func:`embedded_broker_worker`).
    """

    class TrendScopeWorker(faust.Worker):
        def __init__(self, app: faust.App, *services: Any, **kwargs: Any) -> None:
            # Faust's CLI always passes a level (WARN unless -l is given): LOG_LEVEL wins over that default.
            if not {"-l", "--loglevel"} & set(sys.argv) and not any(
                a.startswith("--loglevel=") for a in sys.argv
            ):
                kwargs["loglevel"] = s.log_level
            check_before_start(s, Path(app.conf.datadir))
            claim_data_dir(Path(app.conf.datadir), Path(app.conf.tabledir))
            super().__init__(app, *services, **kwargs)

        async def on_first_start(self) -> None:
            # Before the app (a child service) starts: e.g. the comment reader's group join, which would
            # otherwise wait for Faust's join and recovery.
            for begin in early:
                begin()
            await super().on_first_start()

        async def on_stop(self) -> None:
            # What `early` began outside the app's services ends beside their stop, not before it: each
            # may wait for a group join in flight, and those waits overlap.
            self._ending = [asyncio.ensure_future(end()) for end in at_stop]
            await super().on_stop()

        async def on_shutdown(self) -> None:
            await asyncio.gather(*getattr(self, "_ending", ()))
            await super().on_shutdown()

        def _schedule_shutdown(self, signal: Any) -> None:
            # mode's Worker calls this on SIGTERM/SIGINT: a private hook, the only one before stopping.
            exit_if_not_stopped_within(s.shutdown_timeout_s)
            super()._schedule_shutdown(signal)

    return embedded_broker_worker(s, TrendScopeWorker) if s.kafka_broker is None else TrendScopeWorker


def embedded_broker_worker(s: Settings, base: type[faust.Worker]) -> type[faust.Worker]:
    """The ``worker`` command's class when ``KAFKA_BROKER`` is unset: it starts the embedded broker first.

    Only a worker starts it: ``--help``, the other Faust commands and the app's own commands build the app
    too, and must not start a broker or touch any state. The worker's tables live in a data dir of its
    own under ``DATA_DIR``, removed at exit: the broker keeps its log in memory, so state from an earlier
    broker would not match its empty changelogs, and nothing another process may be using is touched.
    """

    class EmbeddedBrokerWorker(base):  # type: ignore[valid-type,misc]
        def __init__(self, app: faust.App, *services: Any, **kwargs: Any) -> None:
            from trendscope_app.broker.embedded import EmbeddedBroker

            check_before_start(s, s.data_dir)  # creates it
            private = Path(tempfile.mkdtemp(prefix=f"embedded-{os.getpid()}-", dir=s.data_dir))
            atexit.register(shutil.rmtree, private, True)
            broker = EmbeddedBroker(log_path=s.data_dir / f"tansu-{os.getpid()}.log")
            with warnings.catch_warnings():
                # Faust warns that the placeholder URL was read already: by the transport, created with the
                # app (agents need its conductor) but not connected yet; its URL is replaced below.
                warnings.simplefilter("ignore", AlreadyConfiguredWarning)
                app.conf.broker = app.conf.broker_consumer = app.conf.broker_producer = broker.url
                app.conf.datadir = private
            app.transport.url = app.conf.broker_consumer
            self.embedded_at = broker.bootstrap
            super().__init__(app, *services, **kwargs)

        async def on_start(self) -> None:
            # Here, not in __init__: logging is set up by now, so the line has its level and time.
            log.warning(
                "KAFKA_BROKER is not set: running on an embedded in-memory broker at %s; everything is lost "
                "when this worker stops. Set KAFKA_BROKER=kafka://host:9092 to use Kafka.",
                self.embedded_at,
            )
            await super().on_start()

    return EmbeddedBrokerWorker
