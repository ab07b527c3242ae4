"""What the ``demo`` and ``replay`` commands do (their options are in :mod:`trendscope_app.cli.app_commands`).

``demo`` runs everything with no Docker and no keys: the embedded broker, one or more worker processes,
and a replay of JSON Lines files (or of a generated sample), then keeps serving until stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from trendscope_app.broker.embedded import ensure_topics, parent_death_preexec
from trendscope_app.settings import Settings
from trendscope_app.startup import READY


def _get_json(url: str) -> Any:
    """The JSON a worker answers at ``url``; ``None`` while it does not answer (or not with JSON)."""
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return json.load(r)
    except (OSError, ValueError):
        return None


def catalog_size(web_url: str) -> int:
    """Movies in a worker's catalogue (``GET /catalog``); -1 while it does not answer."""
    body = _get_json(f"{web_url}/catalog")
    return int(body["movies"]) if isinstance(body, dict) and "movies" in body else -1


def worker_ready(web_url: str) -> bool:
    """Whether a worker has recovered its tables and reads comments (``/health``: ``start_up.phases``)."""
    body = _get_json(f"{web_url}/health")
    try:
        return READY in body["start_up"]["phases"]
    except (KeyError, TypeError):
        return False


async def wait_for(predicate: Any, timeout: float, what: str, every: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(predicate):
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(every)


class CatalogueTimeout(Exception):
    """No worker took in the replayed movies in time (none runs against the broker, say)."""


async def wait_for_catalogue(bootstrap: str, changelog: str, ids: set[Any], timeout: float) -> None:
    """Return once the catalogue's changelog topic holds every movie id in ``ids``.

    A worker writes a movie there when it reads the movie's first snapshot, and every worker's catalogue
    follows that topic: a comment sent after this returns finds its movies known. Raises
    :class:`CatalogueTimeout` after ``timeout`` seconds (says, after a few, that it is waiting).
    """
    from aiokafka import AIOKafkaConsumer
    from aiokafka.structs import TopicPartition

    if not ids:
        return
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        start = time.monotonic()
        told = False
        seen: set[Any] = set()
        while True:
            if not consumer.assignment():
                await consumer.topics()  # metadata again: the topic exists once a worker has started
                parts = consumer.partitions_for_topic(changelog)
                if parts:
                    consumer.assign([TopicPartition(changelog, p) for p in parts])
                    await consumer.seek_to_beginning()
            if consumer.assignment():
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    seen.update(json.loads(r.key) for r in records if r.key and r.value is not None)
                if ids <= seen:
                    return
            waited = time.monotonic() - start
            if waited > timeout:
                raise CatalogueTimeout(
                    f"no worker took in the {len(ids - seen)} movies of the TMDB snapshots within "
                    f"{timeout:.0f} s, so the comments were not sent: start a worker against this broker "
                    "and replay again"
                )
            if waited > 3 and not told:
                told = True
                print(
                    f"replay: holding the comments until a worker knows the {len(ids)} movies of the TMDB "
                    "snapshots before them (is one running against this broker?)",
                    file=sys.stderr,
                    flush=True,
                )
            if not consumer.assignment():
                await asyncio.sleep(0.2)
    finally:
        await consumer.stop()


class _MovieCounter:
    """Counts distinct movie ids of the snapshots flowing into the replay that a worker will take in (one
    it dead-letters never reaches a catalogue, and waiting for it would hold the comments for ever)."""

    def __init__(self, s: Settings) -> None:
        self.s = s
        self.ids: set[Any] = set()

    def wrap(self, items: Iterator[Any]) -> Iterator[Any]:
        from trendscope_app.models import InvalidRecord
        from trendscope_app.models.validate import parse_snapshot

        s = self.s
        for item in items:
            raw = getattr(item, "raw", None)
            if raw is not None:
                try:
                    snap = parse_snapshot(
                        raw, now=time.time(), max_future_s=s.max_future_skew_s, max_bytes=s.max_message_bytes
                    )
                except InvalidRecord:
                    pass
                else:
                    self.ids.add(snap["id"])
            yield item


async def run_replay(
    s: Settings,
    bootstrap: str,
    comments: Path,
    tmdb: Path,
    *,
    speed: float,
    web_urls: list[str] | None = None,
    serving: Callable[[str], bool] | None = None,
    catalog_timeout: float = 120.0,
    on_progress: Callable[[int], None] | None = None,
    wait: bool = True,
) -> Any:
    """Replay two JSON Lines files into the broker; the comments wait for the catalogue of every worker
    in ``web_urls`` that is ``serving`` (all of them when it is ``None``): a worker that died is not
    waited for, the others take over its partitions. Without ``web_urls`` they wait (unless not
    ``wait``) until the catalogue's changelog holds the movies whose snapshots precede them."""
    from trendscope_app.sources.jsonl import iter_lines_lenient
    from trendscope_app.sources.replay import replay

    await ensure_topics(s, bootstrap)
    counter = _MovieCounter(s)

    async def catalogue_ready() -> None:
        # A comment can only be matched against movies the worker already knows: hold the comments until
        # every worker's catalogue holds the movies whose snapshots precede them.
        want = len(counter.ids)
        running = serving or (lambda _url: True)
        for url in web_urls or []:
            await wait_for(
                lambda u=url: not running(u) or catalog_size(u) >= want,
                catalog_timeout,
                f"catalogue at {url}",
            )

    async def catalogue_written() -> None:
        # Without the workers' URLs: the catalogue's changelog says which movies a worker has taken in.
        await wait_for_catalogue(
            bootstrap, f"{s.app_id}-catalog-changelog", set(counter.ids), catalog_timeout
        )

    return await replay(
        bootstrap,
        iter_lines_lenient(comments),
        counter.wrap(iter_lines_lenient(tmdb)),
        reddit_topic=s.reddit_topic,
        tmdb_topic=s.tmdb_topic,
        speed=speed,
        before_comments=catalogue_ready if web_urls else catalogue_written if wait else None,
        on_progress=on_progress,
        progress_every=1000,
    )


def _worker_env(
    s: Settings, broker_url: str, port: int, data_dir: Path, extra: dict[str, str]
) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        KAFKA_BROKER=broker_url,
        WEB_PORT=str(port),
        DATA_DIR=str(data_dir),
        TOPIC_PARTITIONS=str(s.topic_partitions),
    )
    env.update(extra)
    return env


def start_worker(
    s: Settings, broker_url: str, port: int, data_dir: Path, log_path: Path, **extra: str
) -> Any:
    """A real worker process (``python -m trendscope_app worker``) logging to ``log_path``; stopped (SIGTERM)
    if this process dies without stopping it, as the broker it uses does."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log = log_path.open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "trendscope_app", "worker", "-l", "info"],
        env=_worker_env(s, broker_url, port, data_dir, extra),
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=parent_death_preexec(signal.SIGTERM),
    )


async def run_demo(
    s: Settings,
    *,
    comments: Path | None,
    tmdb: Path | None,
    web_port: int,
    speed: float,
    workers: int,
    n_comments: int,
    idle_timeout: float,
    data_dir: Path,
) -> int:
    """Embedded broker + ``workers`` worker processes + a replay (or the live sources), until cancelled."""
    from trendscope_app.broker.embedded import EmbeddedBroker
    from trendscope_app.cli.checks import describe_rejected, scan_input
    from trendscope_app.cli.progress import Progress
    from trendscope_app.datasets.sample import SampleSpec, write_sample

    # SIGTERM (a service manager, `kill`) stops the demo like Ctrl-C: workers and broker are stopped too.
    main = asyncio.current_task()
    if main is not None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, main.cancel)
    root = data_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    # With TMDB or Reddit credentials (and no files given) the demo watches the real world.
    live = comments is None and (s.tmdb_enabled or s.reddit_enabled)
    if comments is None and tmdb is None and not live:
        start = (time.time() // 60) * 60 - 3600
        files = write_sample(root / "sample", SampleSpec(n_comments=n_comments, start=start))
        comments, tmdb = files.comments, files.tmdb
        print(
            f"sample data: {files.n_comments:,} comments, {files.n_snapshots:,} snapshots "
            f"in {files.comments.parent}"
        )
    scans = [] if live else [scan_input(comments, "comment"), scan_input(tmdb, "tmdb")]  # type: ignore[arg-type]
    if scans:
        print(describe_rejected(scans), flush=True)
    broker = EmbeddedBroker(log_path=root / "tansu.log")
    procs: list[Any] = []
    try:
        # One history store for the whole demo, whatever the number of workers (SQLite serialises writers).
        extra = {"SQLITE_PATH": str(root / "store.sqlite3")}
        if not live:
            # A replay ends: once its input goes quiet, close every window that holds data (the ones the
            # input did not cover are marked partial).
            extra.update(IDLE_WATERMARK_RATE="0", IDLE_TIMEOUT_S=str(idle_timeout))
        urls = []
        for i in range(workers):
            port = web_port + i
            wdir = root / f"worker{i}"
            # A fresh in-memory broker means no changelogs: local table state must start empty too.
            subprocess.run(["rm", "-rf", str(wdir)], check=False)
            procs.append(start_worker(s, broker.url, port, wdir, root / f"worker{i}.log", **extra))
            urls.append(f"http://{s.web_host}:{port}")

        def workers_up() -> bool:
            # Ready, not just answering: a worker recovering its tables while another one writes catalogue
            # entries can stop following the catalogue (docs/broker.md, "Open").
            return _worker_exit(procs, root) is not None or all(worker_ready(u) for u in urls)

        await wait_for(workers_up, 120, "the workers to be ready")
        dead = _worker_exit(procs, root)
        if dead:
            print(f"{dead} as it started; stopping the demo", file=sys.stderr, flush=True)
            return 1
        print(f"TrendScope is running: {urls[0]}/  (JSON: {urls[0]}/trends/top, metrics: {urls[0]}/metrics)")
        if live:
            print("watching the live sources; Ctrl-C stops", flush=True)
            return await _run_live(s, broker.bootstrap, urls, procs, root)
        if speed > 0:
            print(f"replaying at {speed:g}x event time: watch the windows close (SPEED=0: all at once)")
        sys.stdout.flush()
        # A worker that dies is reported at once; the demo goes on while another one serves.
        progress = Progress(sum(sc.lines for sc in scans), "replay", unit="msg")
        watch = asyncio.create_task(_watch_workers(procs, urls, root, say=progress.say))
        replay = asyncio.create_task(
            run_replay(
                s,
                broker.bootstrap,
                comments,  # type: ignore[arg-type]
                tmdb,  # type: ignore[arg-type]
                speed=speed,
                web_urls=urls,
                serving=lambda url: procs[urls.index(url)].poll() is None,
                on_progress=progress.update,
            )
        )
        try:
            await asyncio.wait([replay, watch], return_when=asyncio.FIRST_COMPLETED)
            if not replay.done():  # every worker died during the replay
                replay.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await replay
                progress.close()
                return 1
            progress.close()
            print(await _summary(s, broker.bootstrap, procs, urls, replay.result().total), flush=True)
            print(f"still serving {_serving(procs, urls)}/  Ctrl-C stops", flush=True)
            await watch
            return 1
        finally:
            for task in (replay, watch):
                task.cancel()
    finally:
        for w in procs:
            with contextlib.suppress(ProcessLookupError):
                w.terminate()
        for w in procs:
            try:
                await asyncio.to_thread(w.wait, 20)
            except subprocess.TimeoutExpired:
                w.kill()
        broker.stop()


async def _summary(
    s: Settings, bootstrap: str, procs: list[Any], all_urls: list[str], sent: int, settle_s: float = 60.0
) -> str:
    """Once the workers have closed the replay's windows: messages read, dead letters, TrendScores
    published, as the broker holds them (:mod:`trendscope_app.cli.tally`): a worker killed during the
    replay took its own counters with it, but not its commits and what it published."""
    from trendscope_app.cli.tally import Tally, settle

    def finished() -> bool:
        # The workers running now: one that dies while this waits no longer answers.
        urls = [u for w, u in zip(procs, all_urls, strict=True) if w.poll() is None]
        # A worker says "finished" once its inputs went quiet; the windows that the end of the input
        # closes are closed a moment later, when its window partitions learn that every input is idle and
        # none holds their watermark back. Counted before that, a replay whose last windows close only
        # then (an input partition without data) was summed up without any of their TrendScores.
        for u in urls:
            top, health = _get_json(f"{u}/trends/top?limit=1"), _get_json(f"{u}/health")
            if top is None or health is None or top.get("input") != "finished":
                return False
            if any(w["holding_back"] for w in health["windows"].values()):
                return False
        return True

    async with Tally(s, bootstrap) as tally:
        read, dead, scores = await settle(
            tally.counts, lambda: asyncio.to_thread(finished), sent, timeout_s=settle_s
        )
    return (
        f"replayed {sent:,} messages: {read:,} read by the workers, {dead:,} dead letters, "
        f"{scores:,} TrendScores published"
    )


def _worker_exit(procs: list[Any], root: Path) -> str | None:
    """Which worker exited first, how, and where its log is; ``None`` while all run."""
    for i, w in enumerate(procs):
        code = w.poll()
        if code is not None:
            return _ended(i, code, root)
    return None


def _ended(i: int, code: int, root: Path) -> str:
    how = f"was killed by signal {-code}" if code < 0 else f"exited with status {code}"
    return f"worker {i} {how} (log: {root / f'worker{i}.log'})"


def _serving(procs: list[Any], urls: list[str]) -> str:
    """The web address of the first worker still running (the first one's if none is)."""
    return next((u for w, u in zip(procs, urls, strict=True) if w.poll() is None), urls[0])


def _to_stderr(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


async def _watch_workers(
    procs: list[Any], urls: list[str], root: Path, say: Callable[[str], None] = _to_stderr
) -> None:
    """Say which worker exits, how, and where its log is, as each one does; return once none runs.

    The others take over a dead worker's partitions (Kafka's group protocol) and every worker answers
    every lookup, so the demo goes on while one of them serves.
    """
    gone: set[int] = set()
    while len(gone) < len(procs):
        for i, w in enumerate(procs):
            code = w.poll()
            if code is None or i in gone:
                continue
            gone.add(i)
            running = [j for j, other in enumerate(procs) if other.poll() is None]
            say(f"{_ended(i, code, root)}; {_who_takes_over(running, urls)}")
        await asyncio.sleep(0.2)


def _who_takes_over(running: list[int], urls: list[str]) -> str:
    """What happens after a worker died, with the workers still ``running`` (indexes into ``urls``).

    Examples
    --------
    >>> urls = ["http://h:6066", "http://h:6067", "http://h:6068"]
    >>> _who_takes_over([1], urls)
    'worker 1 serves http://h:6067/ and takes over its partitions'
    >>> _who_takes_over([0, 2], urls)
    'workers 0 and 2 take over its partitions; each serves every lookup, as at http://h:6066/'
    >>> _who_takes_over([], urls)
    'stopping the demo'
    """
    if not running:
        return "stopping the demo"
    if len(running) == 1:
        return f"worker {running[0]} serves {urls[running[0]]}/ and takes over its partitions"
    names = ", ".join(str(j) for j in running[:-1]) + f" and {running[-1]}"
    return f"workers {names} take over its partitions; each serves every lookup, as at {urls[running[0]]}/"


async def _run_live(s: Settings, bootstrap: str, urls: list[str], procs: list[Any], root: Path) -> int:
    """Run the live sources until cancelled (Ctrl-C) or no worker is left."""
    from trendscope_app.cli.sources import run_live_sources

    async def catalogue(n: int) -> None:
        for w, url in zip(procs, urls, strict=True):
            await wait_for(
                lambda u=url, w=w: w.poll() is not None or catalog_size(u) >= n, 300, f"catalogue at {url}"
            )

    task = asyncio.create_task(run_live_sources(s, bootstrap, before_comments=catalogue))
    watch = asyncio.create_task(_watch_workers(procs, urls, root))
    try:
        await asyncio.wait([task, watch], return_when=asyncio.FIRST_COMPLETED)
    finally:
        watch.cancel()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    return 1
