"""``tmdb-source`` and ``reddit-source``: the live sources as commands, and :func:`run_live_sources` for
the demo.

Exit codes: 0 after a stop (SIGTERM/SIGINT) or a complete ``--once`` poll; 1 when ``--once`` could not
read every page or the broker did not take the records; 2 for missing or invalid configuration; 3 when
the API rejects the credentials or names (the message says which variable to fix; it never holds a
credential).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from trendscope_app.settings import ConfigError, Settings, load_settings
from trendscope_app.sources.publisher import (
    Publisher,
    PublishError,
    SourceFatalError,
    install_redaction,
    open_publisher,
)

__all__ = ["EXIT_CONFIG", "EXIT_FATAL", "run_live_sources", "run_source", "serve_source_metrics"]

log = logging.getLogger(__name__)

EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_FATAL = 3


def _bootstrap(url: str) -> str:
    return url.split("://", 1)[-1].split(";")[0]


async def run_live_sources(
    settings: Settings,
    bootstrap: str,
    *,
    before_comments: Callable[[int], Awaitable[None]] | None = None,
) -> None:
    """Run every live source whose credentials are present, until cancelled.

    The TMDB poller starts first; the Reddit stream starts once the first poll's snapshots are
    acknowledged and ``before_comments`` (if given) returned, so the worker's catalogue already knows the
    trending titles when the first comments arrive. Returns at once when no credentials are present.

    Parameters
    ----------
    settings : Settings
        Credentials and ``TMDB_*`` / ``REDDIT_*`` settings.
    bootstrap : str
        ``host:port`` of the broker. The input topics are created first (``TOPIC_PARTITIONS``).
    before_comments : async callable or None
        Called with the number of movies the first TMDB poll published (0 without TMDB), e.g. to wait
        until the workers' catalogues hold them.

    Raises
    ------
    SourceFatalError
        When an API rejects the credentials or the configured names (the other source is stopped too).
    PublishError
        When the broker does not acknowledge records.
    """
    if not (settings.tmdb_enabled or settings.reddit_enabled):
        log.info("no TMDB or Reddit credentials: live sources off")
        return
    install_redaction(settings)
    from trendscope_app.sources.reddit import run_reddit_stream
    from trendscope_app.sources.tmdb import PollResult, run_tmdb_poller

    first_poll: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    publishers: list[Publisher] = []
    jobs: list[Coroutine[Any, Any, Any]] = []
    try:
        if settings.tmdb_enabled:
            tmdb_pub = await open_publisher(settings, bootstrap, "trendscope-tmdb")
            publishers.append(tmdb_pub)

            async def on_poll(result: PollResult) -> None:
                if not first_poll.done():
                    first_poll.set_result(len(result.snapshots))

            jobs.append(run_tmdb_poller(settings, tmdb_pub, on_poll=on_poll))
        else:
            first_poll.set_result(0)
        if settings.reddit_enabled:
            reddit_pub = await open_publisher(settings, bootstrap, "trendscope-reddit")
            publishers.append(reddit_pub)

            async def reddit() -> None:
                movies = await first_poll
                if before_comments is not None:
                    await before_comments(movies)
                await run_reddit_stream(settings, reddit_pub)

            jobs.append(reddit())
        tasks = [asyncio.create_task(job) for job in jobs]
        jobs = []
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        for job in jobs:  # created but never started (a publisher failed to open)
            job.close()
        for pub in publishers:
            with contextlib.suppress(Exception):
                await pub.stop()


async def _run_one(cmd: str, s: Settings, bootstrap: str, once: bool) -> int:
    main = asyncio.current_task()
    assert main is not None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, main.cancel)
    try:
        pub = await open_publisher(s, bootstrap, f"trendscope-{cmd}")
        try:
            if cmd == "tmdb-source":
                from trendscope_app.sources.tmdb import run_tmdb_poller

                result = await run_tmdb_poller(s, pub, once=once)
                if result is not None and not result.complete:
                    return EXIT_FAILED
            else:
                from trendscope_app.sources.reddit import run_reddit_stream

                await run_reddit_stream(s, pub)
        finally:
            await pub.stop()
    except asyncio.CancelledError:
        log.info("%s stopped", cmd)
        return 0
    except SourceFatalError as err:
        print(f"{cmd}: {err}", file=sys.stderr)
        return EXIT_FATAL
    except PublishError as err:
        print(f"{cmd}: {err}", file=sys.stderr)
        return EXIT_FAILED
    return 0


def serve_source_metrics(cmd: str, port: int, addr: str = "0.0.0.0") -> int | None:
    """Serve the app's registry (``trendscope_source_*``, ``process_*``) over HTTP for Prometheus.

    The source's records counter starts at 0 and its start time is set, so that ``rate()`` and the alert
    rules see the source before its first success. A port already in use is logged, not fatal: the source
    still publishes.

    Parameters
    ----------
    cmd : str
        ``tmdb-source`` or ``reddit-source``.
    port : int
        TCP port (0: no server).
    addr : str
        Address to bind (``WEB_BIND``).

    Returns
    -------
    int or None
        The port served, or ``None`` when off or the port could not be bound.
    """
    from prometheus_client import start_http_server

    from trendscope_app.metrics import REGISTRY
    from trendscope_app.sources.publisher import SOURCE_RECORDS, SOURCE_STARTED

    source = cmd.removesuffix("-source")
    SOURCE_RECORDS.labels(source=source)
    SOURCE_STARTED.labels(source=source).set_to_current_time()
    if port == 0:
        return None
    try:
        start_http_server(port, addr=addr, registry=REGISTRY)
    except OSError as err:
        log.warning("%s: cannot serve metrics on %s:%d (%s); set SOURCE_METRICS_PORT", cmd, addr, port, err)
        return None
    log.info("%s: metrics on http://%s:%d/metrics", cmd, addr, port)
    return port


def run_source(argv: list[str]) -> int:
    """``python -m trendscope_app tmdb-source|reddit-source [--broker URL] [--once] [--metrics-port N]``."""
    parser = argparse.ArgumentParser(prog="python -m trendscope_app")
    sub = parser.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tmdb-source", help="poll TMDB trending movies into the tmdb topic")
    t.add_argument("--once", action="store_true", help="poll once and exit (1 if a page failed)")
    r = sub.add_parser("reddit-source", help="stream new Reddit comments into the reddit topic")
    for p in (t, r):
        p.add_argument("--broker", default=None, help="kafka://host:port (default: KAFKA_BROKER)")
        p.add_argument(
            "--metrics-port",
            type=int,
            default=None,
            help="serve this process's /metrics on this port, 0: off (default: SOURCE_METRICS_PORT, 9108)",
        )
    args = parser.parse_args(argv)
    try:
        s = load_settings()
    except ConfigError as e:
        print(e, file=sys.stderr)
        return EXIT_CONFIG
    logging.basicConfig(
        level=s.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    install_redaction(s)
    url = args.broker or s.kafka_broker
    if not url:
        print(f"{args.cmd} needs --broker or KAFKA_BROKER", file=sys.stderr)
        return EXIT_CONFIG
    if args.cmd == "tmdb-source" and not s.tmdb_enabled:
        print("tmdb-source needs TMDB_READ_TOKEN or TMDB_API_KEY", file=sys.stderr)
        return EXIT_CONFIG
    if args.cmd == "reddit-source" and not s.reddit_enabled:
        print("reddit-source needs REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET", file=sys.stderr)
        return EXIT_CONFIG
    port = s.source_metrics_port if args.metrics_port is None else args.metrics_port
    serve_source_metrics(args.cmd, port, s.web_bind)
    return asyncio.run(_run_one(args.cmd, s, _bootstrap(url), getattr(args, "once", False)))


if __name__ == "__main__":
    sys.exit(run_source(sys.argv[1:]))
