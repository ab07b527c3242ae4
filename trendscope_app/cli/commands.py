"""``demo``, ``replay`` and ``sample``: the local-run commands.

``demo`` runs everything with no Docker and no keys: the embedded broker, one or more worker processes,
and a replay of JSON Lines files (or of a generated sample), then keeps serving until stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trendscope_app.settings import ConfigError, Settings, load_settings


def _bootstrap(url: str) -> str:
    return url.split("://", 1)[-1].split(";")[0]


async def ensure_topics(s: Settings, bootstrap: str) -> None:
    """Create the input topics with the configured partition count before anything produces to them."""
    from trendscope_app.broker.embedded import create_topics

    await create_topics(bootstrap, {t: s.topic_partitions for t in (s.reddit_topic, s.tmdb_topic)})


def catalog_size(web_url: str) -> int:
    """Movies in a worker's catalogue (``GET /catalog``); -1 while it does not answer."""
    try:
        with urllib.request.urlopen(f"{web_url}/catalog", timeout=2) as r:
            return int(json.load(r)["movies"])
    except OSError:
        return -1


async def wait_for(predicate: Any, timeout: float, what: str, every: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(predicate):
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(every)


class _MovieCounter:
    """Counts distinct movie ids of the snapshots flowing into the replay."""

    def __init__(self) -> None:
        self.ids: set[Any] = set()

    def wrap(self, items: Iterator[Any]) -> Iterator[Any]:
        for item in items:
            record = getattr(item, "record", item)
            if isinstance(record, dict) and "id" in record:
                self.ids.add(record["id"])
            yield item


async def run_replay(
    s: Settings,
    bootstrap: str,
    comments: Path,
    tmdb: Path,
    *,
    speed: float,
    web_urls: list[str] | None = None,
    catalog_timeout: float = 120.0,
) -> Any:
    from trendscope_app.sources.jsonl import iter_lines_lenient
    from trendscope_app.sources.replay import replay

    await ensure_topics(s, bootstrap)
    counter = _MovieCounter()

    async def catalogue_ready() -> None:
        # A comment can only be matched against movies the worker already knows: hold the comments until
        # every worker's catalogue holds the movies whose snapshots precede them.
        want = len(counter.ids)
        for url in web_urls or []:
            await wait_for(lambda u=url: catalog_size(u) >= want, catalog_timeout, f"catalogue at {url}")

    return await replay(
        bootstrap,
        iter_lines_lenient(comments),
        counter.wrap(iter_lines_lenient(tmdb)),
        reddit_topic=s.reddit_topic,
        tmdb_topic=s.tmdb_topic,
        speed=speed,
        before_comments=catalogue_ready if web_urls else None,
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
    """A real worker process (``python -m trendscope_app worker``) logging to ``log_path``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log = log_path.open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "trendscope_app", "worker", "-l", "info"],
        env=_worker_env(s, broker_url, port, data_dir, extra),
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _demo(args: argparse.Namespace, s: Settings) -> int:
    from trendscope_app.broker.embedded import EmbeddedBroker
    from trendscope_app.sources.sample import SampleSpec, write_sample

    root = Path(args.data_dir or s.data_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    comments, tmdb = args.comments, args.tmdb
    # With TMDB or Reddit credentials (and no files given) the demo watches the real world.
    live = not (comments and tmdb) and (s.tmdb_enabled or s.reddit_enabled)
    if not (comments and tmdb) and not live:
        start = (time.time() // 60) * 60 - 3600
        files = write_sample(root / "sample", SampleSpec(n_comments=args.n_comments, start=start))
        comments, tmdb = files.comments, files.tmdb
        print(f"sample data: {files.n_comments} comments, {files.n_snapshots} snapshots in {root / 'sample'}")
    broker = EmbeddedBroker(log_path=root / "tansu.log")
    workers = []
    stop = {"now": False}

    def _stop(*_: Any) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        # One history store for the whole demo, whatever the number of workers (SQLite serialises writers).
        extra = {"SQLITE_PATH": str(root / "store.sqlite3")}
        if not live:
            # A replay ends: once its input goes quiet, close every window that holds data (the ones the
            # input did not cover are marked partial).
            extra.update(IDLE_WATERMARK_RATE="0", IDLE_TIMEOUT_S=str(args.idle_timeout))
        urls = []
        for i in range(args.workers):
            port = args.web_port + i
            wdir = root / f"worker{i}"
            # A fresh in-memory broker means no changelogs: local table state must start empty too.
            subprocess.run(["rm", "-rf", str(wdir)], check=False)
            workers.append(start_worker(s, broker.url, port, wdir, root / f"worker{i}.log", **extra))
            urls.append(f"http://{s.web_host}:{port}")

        def workers_up() -> bool:
            dead = [i for i, w in enumerate(workers) if w.poll() is not None]
            if dead:
                raise RuntimeError(f"worker {dead[0]} exited; see {root / f'worker{dead[0]}.log'}")
            return all(catalog_size(u) >= 0 for u in urls)

        asyncio.run(wait_for(workers_up, 120, "the worker web servers"))
        if live:
            print(f"TrendScope is running on live sources: {urls[0]}/  Ctrl-C stops")
            sys.stdout.flush()
            return _run_live(s, broker.bootstrap, urls, workers, stop)
        print(f"TrendScope is running: {urls[0]}/  (JSON: {urls[0]}/trends/top, metrics: {urls[0]}/metrics)")
        if args.speed > 0:
            print(f"replaying at {args.speed:g}x event time: watch the windows close (SPEED=0: all at once)")
        sys.stdout.flush()
        stats = asyncio.run(
            run_replay(s, broker.bootstrap, Path(comments), Path(tmdb), speed=args.speed, web_urls=urls)
        )
        print(f"replayed {stats.total} messages in {stats.wall_s:.1f} s; still serving {urls[0]}/")
        print("Ctrl-C stops")
        sys.stdout.flush()
        while not stop["now"] and all(w.poll() is None for w in workers):
            time.sleep(0.2)
        return 0 if stop["now"] else 1
    finally:
        for w in workers:
            with contextlib.suppress(ProcessLookupError):
                w.terminate()
        for w in workers:
            try:
                w.wait(timeout=20)
            except subprocess.TimeoutExpired:
                w.kill()
        broker.stop()


def _run_live(s: Settings, bootstrap: str, urls: list[str], workers: list[Any], stop: dict[str, bool]) -> int:
    """Run the live sources until Ctrl-C or a worker exits."""
    from trendscope_app.cli.sources import run_live_sources

    async def catalogue(n: int) -> None:
        for url in urls:
            await wait_for(lambda u=url: catalog_size(u) >= n, 300, f"catalogue at {url}")

    async def main() -> None:
        task = asyncio.create_task(run_live_sources(s, bootstrap, before_comments=catalogue))
        while not stop["now"] and all(w.poll() is None for w in workers) and not task.done():
            await asyncio.sleep(0.2)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(main())
    return 0 if stop["now"] else 1


#: The demo's replay speed: an hour of input in about two and a half minutes, slow enough to watch windows
#: close and forecasts being made and scored.
DEMO_SPEED = 24.0


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m trendscope_app")
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("demo", help="embedded broker + worker(s) + replay; serves until stopped")
    d.add_argument("--comments", type=Path, help="comments JSON Lines (default: generated sample)")
    d.add_argument("--tmdb", type=Path, help="TMDB snapshots JSON Lines (default: generated sample)")
    d.add_argument("--web-port", type=int, default=None)
    d.add_argument(
        "--speed",
        type=float,
        default=DEMO_SPEED,
        help=f"event seconds per wall second (default {DEMO_SPEED:g}: the sample hour in ~2.5 min; 0 = max)",
    )
    d.add_argument("--workers", type=int, default=1)
    d.add_argument("--n-comments", type=int, default=60_000)
    d.add_argument("--idle-timeout", type=float, default=3.0)
    d.add_argument("--data-dir", type=Path, default=None)
    r = sub.add_parser("replay", help="publish JSON Lines files into the input topics")
    r.add_argument("--comments", type=Path, required=True)
    r.add_argument("--tmdb", type=Path, required=True)
    r.add_argument("--speed", type=float, default=0.0)
    r.add_argument("--broker", default=None, help="kafka://host:port (default: KAFKA_BROKER)")
    r.add_argument("--wait-catalog", action="append", default=[], help="worker web URL to wait for")
    sp = sub.add_parser("sample", help="write a generated sample (comments, tmdb, truth) as JSON Lines")
    sp.add_argument("--out", type=Path, required=True)
    sp.add_argument("--comments", type=int, default=60_000)
    sp.add_argument("--movies", type=int, default=50)
    sp.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        s = load_settings()
    except ConfigError as e:
        print(e, file=sys.stderr)
        return 2
    if args.cmd == "demo":
        if args.web_port is None:
            args.web_port = s.web_port
        return _demo(args, s)
    if args.cmd == "replay":
        url = args.broker or s.kafka_broker
        if not url:
            print("replay needs --broker or KAFKA_BROKER", file=sys.stderr)
            return 2
        stats = asyncio.run(
            run_replay(
                s, _bootstrap(url), args.comments, args.tmdb, speed=args.speed, web_urls=args.wait_catalog
            )
        )
        print(json.dumps({"sent": stats.sent, "wall_s": round(stats.wall_s, 3)}))
        return 0
    from trendscope_app.sources.sample import SampleSpec, write_sample

    files = write_sample(args.out, SampleSpec(n_comments=args.comments, n_movies=args.movies, seed=args.seed))
    print(json.dumps({"comments": str(files.comments), "tmdb": str(files.tmdb), "truth": str(files.truth)}))
    return 0
