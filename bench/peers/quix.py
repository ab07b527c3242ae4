"""Issue 20's peer row, measured here: the same job on Quix Streams 3.28.1 (:mod:`bench.peers.quix_app`).

``make bench-quix`` (or ``QUIX_PYTHON=... python -m bench.peers.quix``). The input is the realistic
profile of ``make bench`` (60,000 comments), loaded into the embedded broker first; the Quix app then
starts on it and is timed as a worker is:

* steady: from its first comment read to the arrival of its last window (read live from its output
  topic once the app has committed the whole input: nothing after that can close a window);
* including start-up: from its launch to that same end;
* against the bare loops measured in the same run (stock vaderSentiment, and the project's scorer);
* ``late``: mentions Quix left out of every window as late. With more than one input partition the
  repartition topic interleaves partitions that are read at different event times, and Quix's windows
  close on the newest time seen (``--partitions 1``, the issue's setting, avoids it).

Quix needs a Python environment of its own (its pins are not the worker's): ``make bench-quix`` builds
``.venv-quix`` with quixstreams 3.28.1 and this project in it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from bench.run import Bound, bound
from trendscope_app.broker.embedded import EmbeddedBroker, create_topics
from trendscope_app.broker.tansu_compat import fetch_highwaters
from trendscope_app.datasets.realistic import realistic
from trendscope_app.datasets.sample import SampleSpec, generate
from trendscope_app.sources.replay import replay

ROOT = Path(__file__).resolve().parents[2]
INPUT, OUTPUT, GROUP = "reddit_stream", "quix_windows", "quix-bench"
#: Tansu reports a topic's configs only where they were given at creation, and Quix reads the input's
#: retention to create its repartition and changelog topics: without them it stops at start.
TOPIC_CONFIGS = {"retention.ms": str(7 * 24 * 3600 * 1000), "retention.bytes": "-1"}


async def _committed_all(group: AIOKafkaConsumer, partitions: int, ends: dict[int, int]) -> bool:
    """Whether the Quix app's group has committed every input partition up to its end."""
    for p in range(partitions):
        if (await group.committed(TopicPartition(INPUT, p)) or 0) < ends[p]:
            return False
    return True


async def _watch_output(
    bootstrap: str, partitions: int, ends: dict[int, int], timeout: float
) -> tuple[float, int]:
    """Wall time of the last output record once the app committed its whole input, and the records."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=100)
    # Asks the app's group what it committed; opened once, not at every look (it shares the cores).
    group = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=GROUP, enable_auto_commit=False)
    await consumer.start()
    await group.start()
    last, n = 0.0, 0
    deadline = time.monotonic() + timeout
    try:
        while not consumer.partitions_for_topic(OUTPUT):
            if time.monotonic() > deadline:
                raise SystemExit("the Quix app never created its output topic")
            await consumer._client.force_metadata_update()
            await asyncio.sleep(0.2)
        tps = [TopicPartition(OUTPUT, p) for p in consumer.partitions_for_topic(OUTPUT)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        done_at: float | None = None
        while time.monotonic() < deadline:
            got = await consumer.getmany(timeout_ms=100)
            if got:
                last = time.time()
                n += sum(len(r) for r in got.values())
            if done_at is None and await _committed_all(group, partitions, ends):
                done_at = time.monotonic()
            if done_at is not None and time.monotonic() - done_at > 2.0 and not got:
                return last, n
        raise SystemExit(f"the Quix app did not finish within {timeout:.0f} s")
    finally:
        await group.stop()
        await consumer.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=60_000)
    ap.add_argument("--movies", type=int, default=50)
    ap.add_argument("--partitions", type=int, default=1, help="of the comment topic (issue 20: one)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument(
        "--python",
        default=os.environ.get("QUIX_PYTHON", str(ROOT / ".venv-quix" / "bin" / "python")),
        help="interpreter with quixstreams installed (default: .venv-quix, made by make bench-quix)",
    )
    args = ap.parse_args()
    if not Path(args.python).exists():
        raise SystemExit(f"no Quix environment at {args.python}: run make bench-quix")

    # The same input as make bench's realistic profile.
    spec = SampleSpec(n_comments=args.n, n_movies=args.movies, duration_s=3600.0, seed=7, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    titles = {s["id"]: s["title"] for s in snapshots}
    comments = realistic(comments, truth, titles, seed=spec.seed)[0]
    names = {s["id"]: [t for t in (s["title"], s.get("original_title")) if t] for s in snapshots}

    print(
        f"{'run':>3} | {'steady c/s':>10} | {'incl. start-up':>14} | {'start-up s':>10} | "
        f"{'x stock':>7} | {'x stock incl.':>13} | {'x ours':>6} | windows | late "
        "| stock / ours bare loop c/s"
    )
    for run in range(args.runs):
        stock: Bound = bound(comments, snapshots, stock=True)
        ours: Bound = bound(comments, snapshots)
        work = Path(tempfile.mkdtemp(prefix="trendscope-quix-"))
        (work / "titles.json").write_text(json.dumps(names))
        broker = EmbeddedBroker().start()
        try:
            asyncio.run(create_topics(broker.bootstrap, {INPUT: args.partitions}, {INPUT: TOPIC_CONFIGS}))
            asyncio.run(replay(broker.bootstrap, comments, []))
            ends = _ends(broker.bootstrap, args.partitions)
            launched = time.time()
            app = subprocess.Popen(
                [
                    args.python,
                    "-m",
                    "bench.peers.quix_app",
                    broker.bootstrap,
                    str(work / "titles.json"),
                    str(work / "state"),
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=open(work / "quix.log", "wb"),  # noqa: SIM115 - closed with the process
                text=True,
            )
            first: list[float] = []
            threading.Thread(target=_first_read, args=(app, first), daemon=True).start()
            try:
                end, n_out = asyncio.run(_watch_output(broker.bootstrap, args.partitions, ends, 900))
            finally:
                app.terminate()
                try:
                    app.wait(30)
                except subprocess.TimeoutExpired:
                    app.kill()
            if not first:
                raise SystemExit(f"the Quix app never read a comment; its log: {work / 'quix.log'}")
            late = _late(work / "quix.log")
            steady = len(comments) / (end - first[0])
            whole = len(comments) / (end - launched)
            print(
                f"{run + 1:>3} | {steady:>10,.0f} | {whole:>14,.0f} | {first[0] - launched:>10.1f} | "
                f"{steady / stock.rate:>7.2f} | {whole / stock.rate:>13.2f} | {steady / ours.rate:>6.2f} | "
                f"{n_out:>7,} | {late:>4,} | {stock.rate:,.0f} / {ours.rate:,.0f}",
                flush=True,
            )
        finally:
            broker.stop()


def _late(log: Path) -> int:
    """Mentions Quix left out of their windows as late (it logs one line per window it skips)."""
    skipped = set()
    for line in log.read_text(errors="replace").splitlines():
        if "Skipping window processing" in line:
            skipped.add(re.findall(r"partition=(\S+) offset=(\d+)", line)[0])
    return len(skipped)


def _first_read(app: subprocess.Popen[str], first: list[float]) -> None:
    assert app.stdout is not None
    for line in app.stdout:
        if line.startswith("first-read "):
            first.append(float(line.split()[1]))
            return


def _ends(bootstrap: str, partitions: int) -> dict[int, int]:
    """Log end offset of each input partition (Tansu's ListOffsets can fall short: docs/broker.md)."""

    async def ends() -> dict[int, int]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
        await consumer.start()
        try:
            listed = await consumer.end_offsets([TopicPartition(INPUT, p) for p in range(partitions)])
        finally:
            await consumer.stop()
        fixed = await fetch_highwaters(listed, bootstrap_servers=bootstrap)
        return {tp.partition: off for tp, off in fixed.items()}

    return asyncio.run(ends())


if __name__ == "__main__":
    sys.exit(main())
