"""TrendScope's commands on the Faust app's CLI (``@app.command``, click options).

They are listed by ``python -m trendscope_app --help`` next to Faust's own (``worker``, ``agents``, ...)
and run the same as ``faust -A trendscope_app <command>``. Every option shows its default. Each command
checks its options, files and broker before it has any effect, and fails with one line on stderr: exit
status 2 for a usage error, 1 for a runtime one (:mod:`trendscope_app.cli.checks`).
"""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any, ClassVar, NoReturn

import click
import faust
from faust.cli import option
from faust.cli.base import AppCommand

from trendscope_app.cli.checks import (
    RUNTIME,
    describe_rejected,
    fail,
    parse_broker,
    require_directory,
    require_free_ports,
    require_reachable,
    scan_input,
)
from trendscope_app.settings import Settings

__all__ = ["DEMO_SPEED", "register_commands"]

#: The demo's replay speed: an hour of input in about two and a half minutes, slow enough to watch windows
#: close and forecasts being made and scored.
DEMO_SPEED = 24.0


class PlainCommand(AppCommand):
    """An app command that runs in its own event loop, without a Faust worker around it.

    Faust runs app commands inside a worker service; ours start their own processes and loops, and must
    exit with their own status (and quietly on Ctrl-C).
    """

    abstract: ClassVar[bool] = True

    def __call__(self, *args: Any, **kwargs: Any) -> NoReturn:
        try:
            code = self.run(*self.args, *args, **{**self.kwargs, **kwargs})
            if inspect.iscoroutine(code):
                code = asyncio.run(code)
        except KeyboardInterrupt:
            raise SystemExit(130) from None
        except asyncio.CancelledError:  # stopped by SIGTERM: a normal end
            raise SystemExit(0) from None
        raise SystemExit(code or 0)


def input_file(name: str, what: str) -> option:
    return option(f"--{name}", type=click.Path(path_type=Path), default=None, help=what)


def readable(path: Path | None, option_name: str) -> Path | None:
    if path is None:
        return None
    if not path.is_file():
        fail(f"--{option_name} {path}: no such file")
    try:
        with path.open("rb"):
            pass
    except OSError as e:
        fail(f"--{option_name} {path}: {e.strerror}")
    return path


def broker_url(s: Settings, given: str | None, command: str) -> str:
    url = given or s.kafka_broker
    if not url:
        fail(f"{command} needs --broker kafka://host:port (or KAFKA_BROKER)")
    return url


COMMENTS_HELP = "comments JSON Lines file, sorted by created_utc (README: 'Input files')"
TMDB_HELP = "TMDB snapshots JSON Lines file, sorted by fetched_at (README: 'Input files')"


def register_commands(app: faust.App, s: Settings) -> None:
    """Declare ``demo``, ``replay``, ``sample``, ``tmdb-source``, ``reddit-source`` and ``explain-match``."""
    register_explain(app)

    @app.command(
        input_file("comments", COMMENTS_HELP + "; with --tmdb, or neither for the generated sample"),
        input_file("tmdb", TMDB_HELP),
        option("--web-port", type=int, default=s.web_port, help="first worker's web port (WEB_PORT)"),
        option(
            "--speed",
            type=click.FloatRange(min=0),
            default=DEMO_SPEED,
            help="event seconds replayed per wall second; 0 = as fast as possible",
        ),
        option("--workers", type=click.IntRange(1, 8), default=1, help="worker processes"),
        option("--n-comments", type=click.IntRange(1), default=60_000, help="size of the generated sample"),
        option(
            "--idle-timeout",
            type=click.FloatRange(min=0.5),
            default=3.0,
            help="seconds of quiet input after which the last windows are closed",
        ),
        option(
            "--data-dir",
            type=click.Path(file_okay=False, path_type=Path),
            default=s.data_dir / "demo",
            help="where the sample, logs and the history database go",
        ),
        base=PlainCommand,
    )
    async def demo(
        self: AppCommand,
        comments: Path | None,
        tmdb: Path | None,
        web_port: int,
        speed: float,
        workers: int,
        n_comments: int,
        idle_timeout: float,
        data_dir: Path,
    ) -> int:
        """Run everything here: embedded broker, worker(s), a replay and the dashboard, until Ctrl-C."""
        from trendscope_app.cli.commands import run_demo

        if (comments is None) != (tmdb is None):
            fail("give both --comments and --tmdb (or neither, to replay the generated sample)")
        comments, tmdb = readable(comments, "comments"), readable(tmdb, "tmdb")
        require_free_ports(s.web_bind, web_port, workers)
        require_directory(data_dir, "--data-dir")
        return await run_demo(
            s,
            comments=comments,
            tmdb=tmdb,
            web_port=web_port,
            speed=speed,
            workers=workers,
            n_comments=n_comments,
            idle_timeout=idle_timeout,
            data_dir=data_dir,
        )

    @app.command(
        input_file("comments", COMMENTS_HELP),
        input_file("tmdb", TMDB_HELP),
        option(
            "--speed",
            type=click.FloatRange(min=0),
            default=0.0,
            help="event seconds replayed per wall second; 0 = as fast as possible",
        ),
        option("--broker", default=None, help="kafka://host:port [default: KAFKA_BROKER]"),
        option(
            "--wait-catalog",
            multiple=True,
            help="a worker's web URL: hold the comments until its catalogue has the replayed movies",
        ),
        option(
            "--wait/--no-wait",
            default=True,
            help="hold the comments until a worker knows the movies of the snapshots before them "
            "(--no-wait: send at once; workers still match each comment only after the snapshots before it)",
        ),
        base=PlainCommand,
    )
    async def replay(
        self: AppCommand,
        comments: Path | None,
        tmdb: Path | None,
        speed: float,
        broker: str | None,
        wait_catalog: tuple[str, ...],
        wait: bool,
    ) -> int:
        """Publish JSON Lines files into the input topics, merged in event-time order."""
        from trendscope_app.cli.commands import CatalogueTimeout, run_replay
        from trendscope_app.cli.progress import Progress

        if comments is None and tmdb is None:
            fail("replay needs --comments and/or --tmdb")
        files = ((readable(comments, "comments"), "comment"), (readable(tmdb, "tmdb"), "tmdb"))
        bootstrap = parse_broker(broker_url(s, broker, "replay"))
        scans = [scan_input(path, kind) for path, kind in files if path is not None]
        await asyncio.to_thread(require_reachable, bootstrap)
        print(describe_rejected(scans), flush=True)
        progress = Progress(sum(sc.lines for sc in scans), "replay", unit="msg")
        empty = Path("/dev/null")
        try:
            stats = await run_replay(
                s,
                bootstrap,
                comments or empty,
                tmdb or empty,
                speed=speed,
                web_urls=list(wait_catalog),
                on_progress=progress.update,
                wait=wait,
            )
        except CatalogueTimeout as exc:
            progress.close()
            fail(str(exc), RUNTIME)
        progress.close()
        print(json.dumps({"sent": stats.sent, "wall_s": round(stats.wall_s, 3)}))
        return 0

    @app.command(
        option(
            "--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="output directory"
        ),
        option("--n-comments", type=click.IntRange(1), default=60_000, help="comments to generate"),
        option("--n-movies", type=click.IntRange(1), default=50, help="movies in the catalogue"),
        option("--seed", type=int, default=7, help="random seed (same seed, same files)"),
        base=PlainCommand,
    )
    async def sample(self: AppCommand, out: Path, n_comments: int, n_movies: int, seed: int) -> int:
        """Write a generated sample: comments.jsonl, tmdb.jsonl and truth.jsonl (the real mentions)."""
        from trendscope_app.datasets.sample import SampleSpec, write_sample

        spec = SampleSpec(n_comments=n_comments, n_movies=n_movies, seed=seed)
        require_directory(out, "--out")
        files = await asyncio.to_thread(write_sample, out, spec)
        print(
            json.dumps({"comments": str(files.comments), "tmdb": str(files.tmdb), "truth": str(files.truth)})
        )
        return 0

    source_options = (
        option("--broker", default=None, help="kafka://host:port [default: KAFKA_BROKER]"),
        option(
            "--metrics-port", type=click.IntRange(1, 65535), default=None, help="serve /metrics on this port"
        ),
    )

    def source_argv(name: str, broker: str | None, metrics_port: int | None) -> list[str]:
        argv = [name]
        if broker is not None:
            parse_broker(broker)
            argv += ["--broker", broker]
        if metrics_port is not None:
            argv += ["--metrics-port", str(metrics_port)]
        return argv

    @app.command(
        *source_options,
        option("--once", is_flag=True, default=False, help="poll once and exit (status 1 if a page failed)"),
        base=PlainCommand,
    )
    def tmdb_source(self: AppCommand, broker: str | None, metrics_port: int | None, once: bool) -> int:
        """Poll TMDB's trending movies into the tmdb topic (needs TMDB_READ_TOKEN or TMDB_API_KEY)."""
        from trendscope_app.cli.sources import run_source

        return run_source(source_argv("tmdb-source", broker, metrics_port) + (["--once"] if once else []))

    @app.command(*source_options, base=PlainCommand)
    def reddit_source(self: AppCommand, broker: str | None, metrics_port: int | None) -> int:
        """Stream new Reddit comments into the reddit topic (needs REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET)."""
        from trendscope_app.cli.sources import run_source

        return run_source(source_argv("reddit-source", broker, metrics_port))


def catalogue_titles(tmdb: Path | None) -> dict[int, list[Any]]:
    """Movie id -> catalogue entry (titles, release year): from a TMDB snapshots file, else the generated
    sample's catalogue."""
    from trendscope_app.models.catalogue import release_year

    if tmdb is None:
        from trendscope_app.datasets.catalogue import CATALOGUE

        return {m.id: [m.title, m.original_title, release_year(m.release_date)] for m in CATALOGUE}
    titles: dict[int, list[Any]] = {}
    with tmdb.open("rb") as fh:
        for line in fh:
            try:
                record = json.loads(line)
                titles[int(record["id"])] = [
                    record["title"],
                    record.get("original_title") or record["title"],
                    release_year(record.get("release_date")),
                ]
            except (ValueError, KeyError, TypeError):
                continue  # the worker dead-letters such lines; they name no movie
    return titles


def register_explain(app: faust.App) -> None:
    """``explain-match``: what the matcher makes of a text, hit by hit."""

    @app.command(
        click.argument("text"),
        option("--subreddit", default=None, help="where the text was posted (a movie subreddit is evidence)"),
        option(
            "--tmdb",
            type=click.Path(path_type=Path),
            default=None,
            help="take the catalogue from this TMDB snapshots file [default: the generated sample's]",
        ),
        base=PlainCommand,
    )
    def explain_match(self: AppCommand, text: str, subreddit: str | None, tmdb: Path | None) -> int:
        """Show which titles a comment mentions, which candidates were rejected, and why."""
        from trendscope_app.models.catalogue import names_of, year_of
        from trendscope_app.models.validate import comment_text
        from trendscope_app.text.matcher import TitleMatcher

        titles = catalogue_titles(readable(tmdb, "tmdb"))
        # Decoded as the worker decodes a comment's body: the positions are in that text.
        decoded = comment_text(text)
        if decoded != text:
            print(f"HTML entities decoded, positions are in: {decoded!r}")
        decisions = TitleMatcher(
            {m: names_of(e) for m, e in titles.items()}, {m: year_of(e) for m, e in titles.items()}
        ).explain(decoded, subreddit=subreddit)
        names = {movie_id: t[0] for movie_id, t in titles.items()}
        if not decisions:
            print("no catalogue title appears in the text")
        for d in decisions:
            verdict = "counts" if d.accepted else "rejected"
            movies = ", ".join(f"{names[m]} ({m})" for m in d.movie_ids)
            print(f"{d.written!r} at {d.start}-{d.end}: {movies}: {verdict} ({d.reason})")
        accepted = sorted({m for d in decisions if d.accepted for m in d.movie_ids})
        print("mentions:", ", ".join(names[m] for m in accepted) or "none")
        return 0
