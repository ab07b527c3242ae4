"""Checks a command makes before it has any effect: each failure is one line and an exit status.

Exit status 2 is a usage error (a bad option or input file), 1 a runtime one (the broker cannot be
reached). Nothing is created or sent before these checks pass.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from trendscope_app.broker.embedded import accepts_connections
from trendscope_app.models import InvalidRecord
from trendscope_app.models.validate import parse_comment, parse_snapshot
from trendscope_app.settings import kafka_hosts
from trendscope_app.web.ports import bind_error

__all__ = [
    "InputSummary",
    "fail",
    "parse_broker",
    "require_directory",
    "require_free_ports",
    "require_reachable",
    "scan_input",
]

USAGE = 2
RUNTIME = 1


def fail(message: str, status: int = USAGE) -> NoReturn:
    """Print ``message`` as one line on stderr and exit with ``status``."""
    print(f"trendscope: {message}", file=sys.stderr, flush=True)
    raise SystemExit(status)


def parse_broker(url: str) -> str:
    """``host:port[,host:port]`` for Kafka clients from ``kafka://host:port`` (or ``tansu://``, or bare).

    Examples
    --------
    >>> parse_broker("kafka://k1:9092;k2:9093"), parse_broker("localhost:9092")
    ('k1:9092,k2:9093', 'localhost:9092')
    >>> parse_broker("kafka://nohost")
    Traceback (most recent call last):
    ...
    SystemExit: 2
    """
    rest = url.split("://", 1)[-1] if "://" in url else url
    scheme = url.split("://", 1)[0] if "://" in url else "kafka"
    items = [h for h in rest.replace(";", ",").split(",") if h]
    pairs = kafka_hosts(";".join(items)) if scheme in ("kafka", "tansu") and items else []
    if not pairs:
        fail(f"bad broker URL {url!r}: expected kafka://host:port (several separated by ';')")
    return ",".join(f"{host}:{port}" for host, port in pairs)


def require_reachable(bootstrap: str, timeout: float = 5.0) -> None:
    """Exit 1 unless a TCP connection to one of the ``bootstrap`` brokers opens within ``timeout``."""
    hosts = (h.rpartition(":") for h in bootstrap.split(","))
    if not any(accepts_connections(host, int(port), timeout) for host, _, port in hosts):
        fail(f"cannot reach the broker at {bootstrap} (is it running? is KAFKA_BROKER right?)", RUNTIME)


def require_directory(path: Path, option: str) -> None:
    """Create ``path`` (and its parents) or exit 2 naming ``option``; the last check, as it is an effect.

    Examples
    --------
    >>> require_directory(Path("/proc/no/such"), "--out")
    Traceback (most recent call last):
    ...
    SystemExit: 2
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        fail(f"cannot create {path} ({option}): {e.strerror}")


def require_free_ports(bind: str, first: int, n: int) -> None:
    """Exit 1 unless ``n`` web servers can listen on ``bind`` at ports ``first`` to ``first + n - 1``.

    A demo worker whose port is taken exits at start with a traceback in its log; the user should
    learn which port, and how to choose another, before anything starts.
    """
    for i, port in enumerate(range(first, first + n)):
        where = f"worker {i}'s web port" if n > 1 else "the web port"
        if not 0 < port < 65536:
            fail(f"port {port} ({where}) is not a TCP port: choose a lower --web-port", USAGE)
        error = bind_error(bind, port)
        if error:
            fail(
                f"port {port} ({where}) is in use ({error}): choose another first port "
                "with --web-port (make demo PORT=...)",
                RUNTIME,
            )


@dataclass
class InputSummary:
    """What a replay file holds: lines, the event-time span, and the lines a worker will dead-letter."""

    path: Path
    lines: int = 0
    first: float | None = None
    last: float | None = None
    rejected: Counter[str] = field(default_factory=Counter)


def scan_input(path: Path, kind: str) -> InputSummary:
    """Read a comments (``kind="comment"``) or TMDB (``"tmdb"``) JSON Lines file once, before a replay.

    Exits 2 if the file cannot be read or its valid records are not in event-time order (the replay
    merges the two files by event time and cannot sort them in memory). Lines the worker would reject
    are counted by reason (the same validation the worker applies), not refused: they go to the
    dead-letter topic like any bad message.
    """
    parse = parse_comment if kind == "comment" else parse_snapshot
    field_name = "created_utc" if kind == "comment" else "fetched_at"
    out = InputSummary(path)
    now = time.time()
    try:
        fh = path.open("rb")
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")
    with fh:
        for lineno, line in enumerate(fh, 1):
            raw = line.rstrip(b"\r\n")
            if not raw.strip():
                continue
            out.lines += 1
            try:
                # Replayed history is old by design: only the future-time guard is relaxed here.
                record = parse(raw, now=now, max_future_s=10 * 365 * 86400.0)
            except InvalidRecord as e:
                out.rejected[str(e).split(":")[0]] += 1
                continue
            except ValueError:
                out.rejected["not JSON"] += 1
                continue
            t = float(record[field_name])
            if out.last is not None and t < out.last:
                fail(
                    f"{path}:{lineno}: {field_name} {t:.0f} is earlier than the line before "
                    f"({out.last:.0f}); "
                    f"sort the file by {field_name} (e.g. jq -c -s 'sort_by(.{field_name})[]')"
                )
            out.first = t if out.first is None else out.first
            out.last = t
    return out


def describe_rejected(summaries: list[InputSummary]) -> str:
    """One line: how many lines the workers will dead-letter, and why.

    Examples
    --------
    >>> s = InputSummary(Path("c.jsonl"), lines=3, rejected=Counter({"score is missing": 2}))
    >>> describe_rejected([s])
    '2 of 3 lines will go to the dead-letter topic: c.jsonl: 2 score is missing'
    """
    total = sum(s.lines for s in summaries)
    bad = sum(sum(s.rejected.values()) for s in summaries)
    if not bad:
        return f"all {total:,} lines are valid"
    parts = [
        f"{s.path.name}: " + ", ".join(f"{n} {why}" for why, n in s.rejected.most_common(4))
        for s in summaries
        if s.rejected
    ]
    return f"{bad:,} of {total:,} lines will go to the dead-letter topic: " + "; ".join(parts)
