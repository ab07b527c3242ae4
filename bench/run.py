"""TrendScope benchmark: end-to-end comments/s against a bare loop doing the same work, in one run.

``python -m bench.run`` (or ``make bench``) prints a table. Every number comes from this run on this
machine: the *bound* is the per-comment work (JSON parse, title matching, VADER on comments that
mention a movie, a dict of per-minute panes per movie) in a bare loop over the same comments, measured
just before each pipeline run, and each end-to-end figure is reported as a ratio to the bound measured
next to it (the machine is shared; its speed drifts).

End to end = from the first comment a worker reads to the later of two marks (Kafka timestamps): the
emission of the last TrendScore whose window the input's own progress closes, and the forecasts made from
the last of those windows. The input is loaded into the broker first, with the workers stopped after they
learnt the catalogue, so the load generator does not compete for the CPU. Windows closed by the idle flush
at the end are excluded: they wait ``IDLE_TIMEOUT_S`` by design. The watermark follows the slowest input
partition, TMDB's included, so the input ends with a TMDB poll at its newest comment's time, as a live
poller would make (:func:`with_final_poll`). Worker CPU counts from the restarted workers' readiness to
the end.

Two input profiles (``--profile``): ``plain``, the generated sample (short comments, 70 % mentioning a
movie), and ``realistic`` (:mod:`trendscope_app.datasets.realistic`: median ~120 and mean ~200
characters, 85 % mentioning a movie, emoji, a tail of long comments up to 10,000 characters). Each
profile is also measured against a bare loop that uses *stock* vaderSentiment 3.3.2 (what users would
get on their own), and including start-up: the rate counted from the launch of the restarted workers
(with the local state of their first start: tables, MLflow's store).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import shutil
import statistics
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from tests.support import WorkerProc, http_json, metric_value, wait_until
from trendscope_app.broker.embedded import EmbeddedBroker, ensure_topics, free_port
from trendscope_app.datasets.realistic import realistic
from trendscope_app.datasets.sample import SampleSpec, generate
from trendscope_app.models.keys import partition_for
from trendscope_app.models.validate import comment_text
from trendscope_app.settings import load_settings
from trendscope_app.sources.replay import replay
from trendscope_app.text.matcher import TitleMatcher
from trendscope_app.text.sentiment import compound

GRACE = 10.0


@dataclass
class Bound:
    """The per-comment job in a bare loop: best comments/s of ``repeat`` passes and the worst single
    comment (seconds)."""

    rate: float
    worst_s: float


def bound(comments: list[dict[str, Any]], snapshots: list[dict[str, Any]], stock: bool = False) -> Bound:
    """The whole job of a comment in a bare loop: parse its JSON, match titles, score the sentiment of
    a comment that mentions a movie, add it to a dict of per-minute panes per movie.

    ``stock``: sentiment by vaderSentiment 3.3.2 itself, not the project's scorer (best of 2: it is slow).
    """
    titles = {s["id"]: [s["title"], s.get("original_title")] for s in snapshots}
    matcher = TitleMatcher({k: [t for t in v if t] for k, v in titles.items()})
    score = compound
    if stock:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()

        def score(text: str) -> float:
            return float(vader.polarity_scores(text)["compound"])

    lines = [json.dumps(c).encode() for c in comments]  # as the replay publishes them
    clock = time.perf_counter
    best, worst = 0.0, 0.0
    for _ in range(2 if stock else 3):
        panes: dict[tuple[int, int], list[float]] = {}
        total = 0.0
        for line in lines:
            t0 = clock()
            c = json.loads(line)
            body = comment_text(c["body"])  # Reddit's escaped &, < and >, decoded as the worker does
            movies = matcher.match(body)
            if movies:
                s = score(body)
                minute = int(c["created_utc"] // 60)
                for m in movies:
                    pane = panes.get((m, minute))
                    if pane is None:
                        panes[m, minute] = [1, s]
                    else:
                        pane[0] += 1
                        pane[1] += s
            dt = clock() - t0
            total += dt
            worst = max(worst, dt)
        best = max(best, len(comments) / total)
    return Bound(best, worst)


def proc_stats(pid: int) -> tuple[float, float]:
    """(CPU seconds, peak RSS MiB) of a running worker and its child processes (its text process), from
    /proc; the peaks are added, an upper bound of their peak together."""
    cpu = peak = 0.0
    for p in [pid, *_children(pid)]:
        c, r = _one_proc(p)
        cpu += c
        peak += r
    return cpu, peak


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        out += [int(c) for c in task.read_text().split()]
    return out


def _one_proc(pid: int) -> tuple[float, float]:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # gone meanwhile
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / tick
    peak = 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return cpu, peak


def histogram_buckets(urls: list[str], name: str, label: str = "") -> list[tuple[float, float]]:
    """Cumulative buckets (upper bound, count) of a Prometheus histogram, summed over the workers at
    ``urls``; ``label`` (e.g. ``stage="forecast"``) picks one series of a labelled histogram."""
    counts: dict[float, float] = {}
    for url in urls:
        with urllib.request.urlopen(f"{url}/metrics", timeout=5) as r:
            text = r.read().decode()
        for line in text.splitlines():
            if line.startswith(f"{name}_bucket{{") and label in line:
                le = line.split('le="', 1)[1].split('"', 1)[0]
                bound = math.inf if le == "+Inf" else float(le)
                counts[bound] = counts.get(bound, 0.0) + float(line.rsplit(" ", 1)[1])
    return sorted(counts.items())


def histogram_quantiles(
    urls: list[str], name: str, qs: tuple[float, ...], label: str = ""
) -> list[float | None]:
    """Quantiles (upper bucket bounds) of a histogram summed over the workers at ``urls``.

    >>> histogram_quantiles([], "x", (0.5,))
    [None]
    """
    buckets = histogram_buckets(urls, name, label)
    total = buckets[-1][1] if buckets else 0
    return [next((le for le, n in buckets if total and n >= q * total), None) for q in qs]


async def emission_times(
    bootstrap: str, topic: str, window_of: str, want: set[tuple[int, int]], timeout: float
) -> dict[tuple[int, int], float]:
    """First emission time (record timestamp, s) of each wanted (movie, window end) on ``topic``; the
    window end is the record's field ``window_of``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    seen: dict[tuple[int, int], float] = {}
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        deadline = time.monotonic() + timeout
        while not parts and time.monotonic() < deadline:
            await consumer._client.force_metadata_update()
            parts = consumer.partitions_for_topic(topic) or set()
            await asyncio.sleep(0.2)
        tps = [TopicPartition(topic, p) for p in parts]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        while not want <= seen.keys() and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for r in records:
                    t = json.loads(r.value)
                    if t.get(window_of) is not None:
                        seen.setdefault((t["movie_id"], int(t[window_of])), r.timestamp / 1000)
    finally:
        await consumer.stop()
    missing = want - seen.keys()
    if missing:
        raise SystemExit(f"{len(missing)} of the wanted {topic} records never emitted within {timeout:.0f} s")
    return seen


@dataclass
class RunResult:
    workers: int
    n: int
    seconds: float
    rate: float
    cpu_s: float
    peak_rss_mib: float
    close_p50: float | None
    close_p99: float | None
    #: TrendScore published -> forecast readable, and -> history row stored (p50, p99).
    forecast_lag: tuple[float | None, float | None] = (None, None)
    history_lag: tuple[float | None, float | None] = (None, None)
    #: Faust rebalances during the measured run (all workers), and events the window stage skipped as
    #: repeats: a rebalance mid-run re-reads uncommitted input, one cause of a slow multi-worker run.
    rebalances: int = 0
    repeats: int = 0
    #: Launch of the restarted workers (with their local state) -> first comment read, the slowest worker.
    start_up_s: float = 0.0
    #: Comments/s counted from the launch of the restarted workers.
    rate_with_start_up: float = 0.0
    #: Each start-up phase of the slowest restarted worker, seconds since its launch (``/health``).
    start_up_phases: dict[str, float] = field(default_factory=dict)
    #: The bound measured just before this run: the ratio compares two measurements taken minutes apart
    #: at most, so a machine that slows down or speeds up during the benchmark does not skew it.
    bound: float = 0.0

    @property
    def ratio(self) -> float:
        return self.rate / self.bound if self.bound else math.nan


def _count(url: str, name: str) -> int:
    return int(metric_value(url, name) or 0)


def _owns_every_partition(w: WorkerProc, partitions: int) -> bool:
    assigned = http_json(f"{w.url}/health")[1]["assigned"]
    return all(len(assigned.get(t, [])) == partitions for t in ("movie_events", "reddit_stream"))


def stop_one_by_one(workers: list[WorkerProc], partitions: int) -> None:
    """Stop the workers so that the last one leaves its groups as their only member.

    On the embedded broker a group whose leader leaves last, while other members are leaving or just
    left, never forms again: restarted workers join it and fail their SyncGroup for minutes
    (docs/broker.md). Stopped together or one right after the other, two workers hit that in about half
    the runs; the last one stopped alone, once it owns every partition (it then leads both groups), never.
    """
    *others, last = workers
    for w in others:
        w.stop()
    if others:
        wait_until(lambda: _owns_every_partition(last, partitions), 60, "the last worker to own everything")
    last.stop()


def with_final_poll(comments: list[dict[str, Any]], snapshots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``snapshots`` and, when they end before the comments do, a last poll at the newest comment's time.

    A sample polls TMDB every few minutes from its start, so its last poll comes minutes before its
    last comment, and the snapshot partitions would hold every window after that poll until the idle
    flush. A live poller keeps polling; this poll stands for the one that would follow.

    Examples
    --------
    >>> comments = [{"id": "a", "created_utc": 650.0}]
    >>> snapshots = [{"id": m, "fetched_at": t} for t in (0.0, 300.0, 600.0) for m in (1, 2)]
    >>> [(s["id"], s["fetched_at"]) for s in with_final_poll(comments, snapshots)[-3:]]
    [(2, 600.0), (1, 650.0), (2, 650.0)]
    """
    newest = max(c["created_utc"] for c in comments)
    last = max(s["fetched_at"] for s in snapshots)
    if last >= newest:
        return snapshots
    return snapshots + [dict(s, fetched_at=newest) for s in snapshots if s["fetched_at"] == last]


def closed_by_input(
    comments: list[dict[str, Any]], snapshots: list[dict[str, Any]], start: float, partitions: int
) -> set[tuple[int, int]]:
    """(movie, window end) of every window the input's own progress closes.

    The watermark follows the slowest input partition, the snapshots' as well as the comments': a
    window ending after the last snapshot's time (less the grace) waits, like one after the last
    comment's, for the idle flush. Every movie has a snapshot in each window, so each is emitted.

    Examples
    --------
    >>> comments = [{"id": str(i), "created_utc": 600.0 + i} for i in range(20)]
    >>> snapshots = [{"id": m, "fetched_at": t} for m in (1, 2, 3, 4) for t in (0.0, 500.0)]
    >>> sorted({end for _, end in closed_by_input(comments, snapshots, 0.0, 2)})
    [60, 120, 180, 240, 300, 360, 420, 480]
    """
    newest: dict[tuple[str, int], float] = {}
    for source, rows, time_field in (("r", comments, "created_utc"), ("t", snapshots, "fetched_at")):
        for row in rows:
            key = (source, partition_for(row["id"], partitions))
            newest[key] = max(newest.get(key, -math.inf), row[time_field])
    silent = [f"{s}{p}" for s in "rt" for p in range(partitions) if (s, p) not in newest]
    if silent:
        raise SystemExit(f"input partitions {silent} get no message: only the idle flush would close windows")
    last_end = math.floor((min(newest.values()) - GRACE) / 60) * 60
    first_end = math.floor(start / 60) * 60 + 60
    movies = {s["id"] for s in snapshots}
    return {(m, e) for m in movies for e in range(first_end, last_end + 1, 60)}


def run_pipeline(
    sample: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    spec: SampleSpec,
    n_workers: int,
    partitions: int,
    workdir: Path,
    timeout: float,
) -> RunResult:
    comments, snapshots = sample
    snapshots = with_final_poll(comments, snapshots)
    want = closed_by_input(comments, snapshots, spec.start, partitions)
    movies = {s["id"] for s in snapshots}
    settings = load_settings(_env_file=None, topic_partitions=partitions)
    with EmbeddedBroker(workdir / "broker.log") as broker:
        asyncio.run(ensure_topics(settings, broker.bootstrap))
        env = {
            "TOPIC_PARTITIONS": str(partitions),
            "IDLE_WATERMARK_RATE": "0",
            "IDLE_TIMEOUT_S": "2",
            "LOG_LEVEL": "warning",
        }
        workers = [
            WorkerProc(broker.url, free_port(), workdir / f"w{i}", env=env).start() for i in range(n_workers)
        ]
        try:
            for w in workers:
                w.wait_ready(120)
            wait_until(
                lambda: all(
                    all(
                        http_json(f"{w.url}/health")[1]["assigned"].get(t)
                        for t in ("movie_events", "reddit_stream")
                    )
                    for w in workers
                ),
                120,
                "every worker to own partitions (Faust's group and the comment reader's)",
            )
            early = [s for s in snapshots if s["fetched_at"] <= spec.start]
            asyncio.run(replay(broker.bootstrap, [], early))
            wait_until(
                lambda: all(http_json(f"{w.url}/catalog")[1]["movies"] >= len(movies) for w in workers),
                60,
                "catalogue",
            )
            # The input is loaded while the workers are down, so the load generator never competes with
            # them; they restart with their RocksDB state and the catalogue recovered from its changelog.
            stop_one_by_one(workers, partitions)
            later = [s for s in snapshots if s["fetched_at"] > spec.start]
            asyncio.run(replay(broker.bootstrap, comments, later))
            # The stopped workers left their groups (trendscope_app/broker/leave_group.py): no member
            # whose session expires later rebalances the restarted ones after they started reading.
            launched = time.time()
            for w in workers:
                w.start()
            for w in workers:
                w.wait_ready(120)
            cpu0 = sum(proc_stats(w.proc.pid)[0] for w in workers)  # type: ignore[union-attr]
            rebalances0 = sum(_count(w.url, "faust_rebalances_total") for w in workers)
            seen = asyncio.run(emission_times(broker.bootstrap, "trend_stream", "window_end", want, timeout))
            # The forecasts made from the last windows: forecasting is part of a comment's work here, and
            # a forecast stage that falls behind must not finish after the end mark unseen.
            last = max(e for _, e in want)
            made = {(m, last) for m in movies}
            forecasts = asyncio.run(
                emission_times(broker.bootstrap, "predictions", "made_at_window_end", made, timeout)
            )
            t_end = max(*seen.values(), *forecasts.values())
            t0 = min(
                v["first_read_at"]
                for w in workers
                for k, v in http_json(f"{w.url}/health")[1]["inputs"].items()
                if k.startswith("r") and v.get("first_read_at")
            )
            seconds = t_end - t0
            slowest = max(
                (http_json(f"{w.url}/health")[1]["start_up"] for w in workers), key=lambda s: s["seconds"]
            )
            start_up = slowest["seconds"]
            stats = [proc_stats(w.proc.pid) for w in workers]  # type: ignore[union-attr]
            urls = [w.url for w in workers]
            close = histogram_quantiles(urls, "trendscope_window_close_to_emit_seconds", (0.5, 0.99))
            # The history rows are stored after the end mark; the first run without this wait showed none.
            latency = "trendscope_stage_latency_seconds"
            wait_until(
                lambda: any(n for _, n in histogram_buckets(urls, latency, 'stage="history"')),
                30,
                "a stored history row",
            )
            stage = {
                name: tuple(histogram_quantiles(urls, latency, (0.5, 0.99), f'stage="{name}"'))
                for name in ("forecast", "history")
            }
            return RunResult(
                workers=n_workers,
                forecast_lag=stage["forecast"],  # type: ignore[arg-type]
                history_lag=stage["history"],  # type: ignore[arg-type]
                n=len(comments),
                seconds=seconds,
                rate=len(comments) / seconds,
                start_up_s=start_up,
                start_up_phases=slowest["phases"],
                rate_with_start_up=len(comments) / (t_end - launched),
                cpu_s=sum(c for c, _ in stats) - cpu0,
                peak_rss_mib=max(r for _, r in stats),
                close_p50=close[0],
                close_p99=close[1],
                rebalances=sum(_count(w.url, "faust_rebalances_total") for w in workers) - rebalances0,
                repeats=sum(_count(w.url, "trendscope_duplicate_events_total") for w in workers),
            )
        finally:
            for w in workers:
                w.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=60_000)
    ap.add_argument("--movies", type=int, default=50)
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument(
        "--profile", choices=("plain", "realistic", "both"), default="both", help="input profile(s) to run"
    )
    ap.add_argument("--no-scale", action="store_true", help="skip the 10x memory run (plain profile)")
    ap.add_argument("--no-two", action="store_true", help="skip the two-worker runs")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the N-comment pipelines this many times and keep the best ratio to its bound, as the "
        "bound keeps its fastest loop (a shared machine only ever slows a run down)",
    )
    args = ap.parse_args()

    spec = SampleSpec(n_comments=args.n, n_movies=args.movies, duration_s=3600.0, seed=7, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    samples: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    if args.profile in ("plain", "both"):
        samples["plain"] = (comments, snapshots)
    if args.profile in ("realistic", "both"):
        titles = {s["id"]: s["title"] for s in snapshots}
        samples["realistic"] = (realistic(comments, truth, titles, seed=spec.seed)[0], snapshots)
    work = Path(tempfile.mkdtemp(prefix="trendscope-bench-"))
    rows: list[tuple[str, str, RunResult]] = []
    ours: dict[str, Bound] = {}
    stock: dict[str, Bound] = {}

    def measured(profile: str, spec_: SampleSpec, n_workers: int, name: str, timeout: float) -> RunResult:
        sample = samples[profile] if spec_ is spec else generate(spec_)[:2]
        b = bound(*sample)
        if spec_ is spec:
            ours[profile] = Bound(max(b.rate, ours[profile].rate), b.worst_s) if profile in ours else b
        r = run_pipeline(sample, spec_, n_workers, args.partitions, work / name, timeout=timeout)
        r.bound = b.rate
        return r

    def best_of(profile: str, n_workers: int, name: str) -> RunResult:
        runs = [measured(profile, spec, n_workers, f"{name}{i}", 600) for i in range(max(1, args.repeat))]
        if len(runs) > 1:
            print(
                f"{profile}, {n_workers} worker(s), per run: "
                + ", ".join(f"{r.rate:,.0f} c/s (bound {r.bound:,.0f})" for r in runs)
            )
        return max(runs, key=lambda r: r.ratio)

    try:
        for profile in samples:
            stock[profile] = bound(*samples[profile], stock=True)
            rows.append((profile, "1 worker", best_of(profile, 1, f"{profile}-one")))
            if not args.no_two:
                rows.append((profile, "2 workers", best_of(profile, 2, f"{profile}-two")))
            if profile == "plain" and not args.no_scale:
                big = SampleSpec(
                    n_comments=args.n * 10,
                    n_movies=args.movies,
                    duration_s=36_000.0,
                    seed=7,
                    hard_titles=False,
                )
                rows.append((profile, "1 worker, 10x N", measured(profile, big, 1, "ten", 1800)))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def fmt(v: float | None, spec_: str = ".3f") -> str:
        return "-" if v is None else format(v, spec_)

    print()
    print(
        f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(
        "bound: parse + match + VADER on mentions + per-minute pane dict in a bare loop over the same "
        "comments, measured just before each run"
    )
    print()
    print(
        "| profile | run | N | comments/s | bound c/s | ratio to bound | worker CPU s | peak RSS MiB "
        "| close→lookup p50 s | p99 s | →forecast p50 / p99 s | →history p50 / p99 s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for profile, name, r in rows:
        print(
            f"| {profile} | {name} | {r.n:,} | {r.rate:,.0f} | {r.bound:,.0f} | {r.ratio:.2f} "
            f"| {r.cpu_s:.1f} | {r.peak_rss_mib:.0f} | {fmt(r.close_p50)} | {fmt(r.close_p99)} "
            f"| {fmt(r.forecast_lag[0])} / {fmt(r.forecast_lag[1])} "
            f"| {fmt(r.history_lag[0])} / {fmt(r.history_lag[1])} |"
        )
    print()
    print("Against the bare loops, and including start-up (from the restarted workers' launch):")
    print()
    print(
        "| profile | run | comments/s steady | incl. start-up | start-up s | × stock bare loop steady "
        "| × stock incl. start-up | × our bare loop | stock / our bare loop c/s "
        "| worst comment ms stock / ours |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for profile, name, r in rows:
        if name.endswith("10x N"):
            continue
        st, ou = stock[profile], ours[profile]
        print(
            f"| {profile} | {name} | {r.rate:,.0f} | {r.rate_with_start_up:,.0f} | {r.start_up_s:.1f} "
            f"| {r.rate / st.rate:.2f} | {r.rate_with_start_up / st.rate:.2f} | {r.ratio:.2f} "
            f"| {st.rate:,.0f} / {ou.rate:,.0f} | {st.worst_s * 1e3:.1f} / {ou.worst_s * 1e3:.1f} |"
        )
    print()
    for profile, name, r in rows:
        # Each worker's first join after the restart counts: one per worker is the quiet case.
        print(
            f"{profile}, {name}: {r.rebalances} rebalances during the run, "
            f"{r.repeats} repeated events skipped"
        )
        if r.start_up_phases:
            phases = ", ".join(
                f"{k} {v:.2f}" for k, v in sorted(r.start_up_phases.items(), key=lambda kv: kv[1])
            )
            print(f"{profile}, {name}: start-up phases, s since launch: {phases}")
    for profile in samples:
        by = {name: r for p, name, r in rows if p == profile}
        one = by["1 worker"]
        if "2 workers" in by:
            two = by["2 workers"]
            print(
                f"{profile}: two workers / one worker: {two.rate / one.rate:.2f}x "
                f"({two.ratio / one.ratio:.2f}x of their bounds)"
            )
        if "1 worker, 10x N" in by:
            print(f"{profile}: peak RSS 10N / N: {by['1 worker, 10x N'].peak_rss_mib / one.peak_rss_mib:.2f}")
    print(f"median close→lookup across runs: {statistics.median([r.close_p50 or 0 for *_, r in rows]):.3f} s")


if __name__ == "__main__":
    main()
