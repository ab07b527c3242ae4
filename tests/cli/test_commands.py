"""The command line as a new user meets it: real processes, real files, a real broker where one is needed.

Nothing starts or deletes by surprise; every mistake is one line on stderr with exit status 2 (usage) or 1
(runtime), before anything is created; long work reports progress.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from tests.support import (
    ROOT,
    WorkerProc,
    as_terminal_job,
    http_json,
    metric_value,
    pid_alive,
    press_ctrl_c,
    spawn,
    wait_until,
)
from trendscope_app.broker.embedded import EmbeddedBroker, free_port
from trendscope_app.cli.commands import CatalogueTimeout, catalog_size, wait_for_catalogue

COMMANDS = ("demo", "replay", "sample", "tmdb-source", "reddit-source")


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BROKER", "DATA_DIR")}
    full.update(TRENDSCOPE_ENV_FILE="/nonexistent", PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "trendscope_app", *args],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def one_line_error(r: subprocess.CompletedProcess, status: int, *words: str) -> None:
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert r.returncode == status, (r.returncode, r.stderr)
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert all(w in lines[0] for w in words), lines[0]


def listing(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*"))


def test_a_worker_with_bad_configuration_fails_in_one_line_before_starting(tmp_path: Path) -> None:
    """A Kafka broker that does not answer, a broker URL without a port, a data directory or SQLite file
    that cannot be created, a web port in use: each used to end in a traceback (or, for SQLite, in
    retries for ever)."""
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    base = {"MLFLOW_ENABLED": "false", "DATA_DIR": str(tmp_path / "var")}
    cases = [
        (
            {"KAFKA_BROKER": f"kafka://127.0.0.1:{free_port()}"},
            ("cannot reach the Kafka broker", "KAFKA_BROKER"),
        ),
        ({"KAFKA_BROKER": "kafka://nohost"}, ("invalid configuration", "KAFKA_BROKER", "host:port")),
        ({"DATA_DIR": str(a_file / "var")}, ("invalid configuration", "DATA_DIR", str(a_file))),
        ({"SQLITE_PATH": str(a_file / "db" / "t.sqlite3")}, ("invalid configuration", "SQLITE_PATH")),
    ]
    for env, words in cases:
        r = cli("worker", cwd=tmp_path, env={**base, **env})
        one_line_error(r, 1, *words)
    with socket.socket() as taken:  # another program on the web port
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = cli("worker", cwd=tmp_path, env={**base, "WEB_PORT": str(port)})
        one_line_error(r, 1, f"cannot listen on 0.0.0.0:{port}", "WEB_PORT")
    assert not (tmp_path / "var").exists() or not any((tmp_path / "var").rglob("tansu-*.log"))


def test_help_and_read_only_commands_start_nothing_and_write_nothing(tmp_path: Path) -> None:
    data = tmp_path / "var"
    (data / "faust").mkdir(parents=True)
    (data / "faust" / "state-of-another-worker").write_text("keep me")
    before = listing(tmp_path)
    r = cli("--help", cwd=tmp_path, env={"DATA_DIR": str(data)})
    assert r.returncode == 0, r.stderr
    for name in COMMANDS:
        assert f"  {name} " in r.stdout, f"{name} not listed:\n{r.stdout}"
    for args in (("agents",), ("tables",), ("demo", "--help"), ("replay", "--help")):
        r = cli(*args, cwd=tmp_path, env={"DATA_DIR": str(data)})
        assert r.returncode == 0, (args, r.stderr)
    assert listing(tmp_path) == before, "a read-only command created or removed files"
    # Building the app for a command loads no forecasting library (SciPy alone takes over a second).
    probe = "import sys, trendscope_app; trendscope_app.app; print('scipy' in sys.modules, 'river.drift' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"], out.stdout


def test_every_option_has_help_and_shows_its_default(tmp_path: Path) -> None:
    for name in COMMANDS:
        text = cli(name, "--help", cwd=tmp_path).stdout
        options = [ln.split()[0] for ln in text.splitlines() if ln.startswith("  --") and "--help" not in ln]
        assert options, text
        assert "[default:" in text or name == "sample", text
        assert all(len(ln.strip().split(None, 2)) > 1 for ln in text.splitlines() if ln.startswith("  --")), (
            text
        )


def test_version_names_trendscope_and_faust(tmp_path: Path) -> None:
    r = cli("--version", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("trendscope ") and "faust-streaming" in r.stdout


def test_usage_errors_are_one_line_before_any_effect(tmp_path: Path) -> None:
    good = tmp_path / "c.jsonl"
    good.write_text(
        json.dumps({"id": "a", "body": "x", "created_utc": 10, "score": 1, "subreddit": "m"}) + "\n"
    )
    unsorted = tmp_path / "u.jsonl"
    unsorted.write_text(
        "".join(
            json.dumps({"id": i, "body": "x", "created_utc": t, "score": 1, "subreddit": "m"}) + "\n"
            for i, t in (("a", 100), ("b", 50))
        )
    )
    one_line_error(
        cli("replay", "--comments", str(tmp_path / "nope.jsonl"), cwd=tmp_path),
        2,
        "nope.jsonl",
        "no such file",
    )
    one_line_error(cli("replay", "--comments", str(good), cwd=tmp_path), 2, "--broker")
    one_line_error(
        cli("replay", "--comments", str(good), "--broker", "kafka://nohost", cwd=tmp_path),
        2,
        "bad broker URL",
    )
    one_line_error(
        cli("replay", "--comments", str(unsorted), "--broker", "kafka://127.0.0.1:1", cwd=tmp_path),
        2,
        "u.jsonl:2",
        "sort",
    )
    one_line_error(
        cli("replay", "--comments", str(good), "--broker", f"kafka://127.0.0.1:{free_port()}", cwd=tmp_path),
        1,
        "cannot reach the broker",
    )
    one_line_error(cli("demo", "--comments", str(good), cwd=tmp_path), 2, "--tmdb")
    r = cli("demo", "--speed", "-1", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--speed" in r.stderr
    one_line_error(
        cli("tmdb-source", "--broker", "kafka://127.0.0.1:9092", cwd=tmp_path), 2, "TMDB_READ_TOKEN"
    )
    # A demo worker's web port taken by another program: the worker died at start with a traceback.
    first = _free_ports_in_a_row(2)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", first + 1))
        taken.listen()
        one_line_error(
            cli("demo", "--workers", "2", "--web-port", str(first), cwd=tmp_path),
            1,
            f"port {first + 1} (worker 1's web port) is in use",
            "--web-port",
        )
    one_line_error(cli("demo", "--workers", "2", "--web-port", "65535", cwd=tmp_path), 2, "65536")
    # A directory that cannot be created (under a file): both ended in a traceback.
    port = free_port()
    one_line_error(
        cli("demo", "--web-port", str(port), "--data-dir", str(good / "demo"), cwd=tmp_path),
        2,
        f"cannot create {good / 'demo'} (--data-dir)",
    )
    one_line_error(cli("sample", "--out", str(good / "s"), cwd=tmp_path), 2, "(--out)")
    assert not (tmp_path / "var").exists(), "a failed command wrote state"


def topics(bootstrap: str) -> set[str]:
    async def run() -> set[str]:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            return set(await admin.list_topics())
        finally:
            await admin.close()

    return asyncio.run(run())


def test_a_bad_file_creates_no_topic_and_a_good_replay_reports_progress_and_dead_letters(
    tmp_path: Path,
) -> None:
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        unsorted = tmp_path / "u.jsonl"
        unsorted.write_text(
            '{"id":"a","body":"x","created_utc":9,"score":1,"subreddit":"m"}\n'
            '{"id":"b","body":"x","created_utc":3,"score":1,"subreddit":"m"}\n'
        )
        r = cli("replay", "--comments", str(unsorted), "--broker", broker.url, cwd=tmp_path)
        assert r.returncode == 2
        assert "reddit_stream" not in topics(broker.bootstrap)

        lines = [
            {"id": str(i), "body": f"comment {i}", "created_utc": 1000 + i, "score": 1, "subreddit": "m"}
            for i in range(3000)
        ]
        lines[5].pop("score")  # a user's file with a line the worker cannot use
        comments = tmp_path / "c.jsonl"
        comments.write_text("".join(json.dumps(x) + "\n" for x in lines))
        r = cli("replay", "--comments", str(comments), "--broker", broker.url, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert (
            "1 of 3,000 lines will go to the dead-letter topic: c.jsonl: 1 missing field 'score'"
            in r.stdout + r.stderr
        )
        assert "replay: 3,000/3,000 msg (100%)" in r.stderr, r.stderr
        assert sum(json.loads(r.stdout.strip().splitlines()[-1])["sent"].values()) == 3000


@pytest.mark.e2e
def test_a_replay_into_running_workers_counts_every_mention(tmp_path: Path) -> None:
    """``replay --broker`` as the README shows it, into a running worker: the snapshots and the comments
    arrived together, the worker read the comments before its catalogue had the movies, and counted no
    mention at all (0 of 120 here). The replay now holds the comments until a worker has the movies (the
    ones a worker takes in: waiting for an invalid snapshot's movie held them until the replay gave up)."""
    comments, tmdb, n = _three_movies(tmp_path, n_comments=120, every_s=1, snapshots_at_min=(0,))
    # And a fourth movie's snapshot that the worker dead-letters: no catalogue ever has it to wait for.
    tmdb.write_text(
        tmdb.read_text() + json.dumps({"id": 1004, "title": "Wicked", "fetched_at": 1_717_200_000}) + "\n"
    )
    started: list[WorkerProc] = []
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        try:
            w = spawn(started, broker, tmp_path, "w")
            w.wait_ready(120)
            args = ("--comments", str(comments), "--tmdb", str(tmdb), "--broker", broker.url)
            r = cli("replay", *args, cwd=tmp_path)
            assert r.returncode == 0, r.stderr

            def mentions() -> float:
                return metric_value(w.url, "trendscope_mentions_total") or 0.0

            def read_all() -> bool:
                return metric_value(w.url, "trendscope_messages_in_total", topic="reddit_stream") == n

            wait_until(read_all, 60, "the worker to read every comment")
            assert mentions() == n
        finally:
            for proc in started:
                proc.stop()


async def test_waiting_for_a_catalogue_no_worker_fills_ends_in_a_clear_error(tmp_path: Path) -> None:
    """No worker runs to take in the snapshots: the replay stops waiting with a reason, not silently."""
    broker = EmbeddedBroker(tmp_path / "broker.log")
    with broker, pytest.raises(CatalogueTimeout, match="no worker took in the 2 movies"):
        await wait_for_catalogue(broker.bootstrap, "trendscope-catalog-changelog", {1, 2}, 4.0)


@pytest.mark.e2e
def test_a_worker_without_kafka_broker_warns_once_and_keeps_other_state(tmp_path: Path) -> None:
    data = tmp_path / "var"
    (data / "faust").mkdir(parents=True)
    (data / "faust" / "state-of-another-worker").write_text("keep me")
    w = WorkerProc("", free_port(), data, env={"MLFLOW_ENABLED": "false"})
    w.env["KAFKA_BROKER"] = ""  # WorkerProc sets it; empty means unset
    w.start()
    try:
        w.wait_ready()
        private = [p for p in data.iterdir() if p.name.startswith("embedded-")]
        assert len(private) == 1, listing(data)
        log = w.log_path.read_text()
        warnings = [ln for ln in log.splitlines() if "KAFKA_BROKER is not set" in ln]
        assert len(warnings) == 1 and "WARNING" in warnings[0], warnings
    finally:
        w.stop()
    wait_until(lambda: not private[0].exists(), 10, "the private data dir removed at exit")
    assert (data / "faust" / "state-of-another-worker").read_text() == "keep me"


@pytest.mark.e2e
def test_ctrl_c_stops_a_worker_on_its_own_broker_cleanly(tmp_path: Path) -> None:
    """Ctrl-C at a terminal signals the worker's whole process group. Its embedded broker was in that
    group and stopped at once, under the stopping worker: hundreds of connection errors on the screen,
    then the stop timed out (exit status 3 after 10 s). Pressed while the worker joins its groups (as a
    user does who changes their mind), the stop also timed out: the comment reader's early consumer was
    never stopped, so the broker waited for its connection to close (5 s) after the joins (5 s)."""
    w = WorkerProc("", free_port(), tmp_path / "var", env={"MLFLOW_ENABLED": "false"}, terminal=True)
    w.env["KAFKA_BROKER"] = ""  # the embedded broker
    w.start()
    try:
        w.wait_ready()
        wait_until(lambda: "(Re-)joining group trendscope" in w.log_path.read_text(), 30, "the group join")
        assert w.proc is not None
        press_ctrl_c(w.proc)
        status = w.proc.wait(60)
    finally:
        w.kill()
    log = w.log_path.read_text()
    assert "Signal received: 2" in log
    errors = [ln for ln in log.splitlines() if "[ERROR]" in ln or "Traceback" in ln]
    assert status == 0 and not errors, (status, errors[:5])


def _spawn(
    args: list[str], cwd: Path, *, terminal: bool, stdout: int = subprocess.PIPE, **env: str
) -> subprocess.Popen[str]:
    """``python <args>`` with no KAFKA_BROKER or DATA_DIR from the caller's environment, MLflow off, and
    (``terminal``) as a terminal's foreground job."""
    full = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BROKER", "DATA_DIR")}
    full.update(TRENDSCOPE_ENV_FILE="/nonexistent", PYTHONPATH=str(ROOT), MLFLOW_ENABLED="false", **env)
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=cwd,
        env=full,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=terminal,
        preexec_fn=as_terminal_job if terminal else None,
    )


def test_ctrl_c_while_the_app_is_imported_stops_without_a_traceback(tmp_path: Path) -> None:
    """Ctrl-C in the first second of a worker (while Python imports and builds the app, before any command
    handles signals) printed a KeyboardInterrupt traceback of some 30 lines."""
    # -X importtime reports each import as it ends: Ctrl-C right after Faust's, with the app still to build.
    args = ["-X", "importtime", "-m", "trendscope_app", "worker", "--web-port", str(free_port())]
    proc = _spawn(args, tmp_path, terminal=True, stdout=subprocess.DEVNULL, DATA_DIR=str(tmp_path / "var"))
    assert proc.stderr is not None
    # Reading its stderr blocks: if it never stops, the kill ends the read (and the test fails).
    watchdog = threading.Timer(90, lambda: os.killpg(proc.pid, signal.SIGKILL))
    watchdog.start()
    try:
        for line in proc.stderr:
            if line.startswith("import time:") and line.rsplit("|", 1)[-1].strip() == "faust":
                press_ctrl_c(proc)
                break
        else:
            pytest.fail("faust was never imported")
        rest = proc.stderr.read()
        status = proc.wait(60)
    finally:
        watchdog.cancel()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    said = [ln for ln in rest.splitlines() if not ln.startswith("import time:")]
    # Pressed during the imports: 130 and nothing said; if the worker got far enough to handle the signal,
    # its clean stop (0).
    assert status in (0, 130) and not [ln for ln in said if "Traceback" in ln or "KeyboardInterrupt" in ln], (
        status,
        said[-20:],
    )


def _three_movies(
    tmp_path: Path, *, n_comments: int, every_s: int, snapshots_at_min: tuple[int, ...]
) -> tuple[Path, Path, int]:
    """A user's comment and TMDB files about three movies, each comment naming one of them; returns the
    paths and the number of comments (= mentions)."""
    start = 1_717_200_000
    titles = {1001: "Oppenheimer", 1002: "Barbie", 1003: "Poor Things"}
    tmdb = tmp_path / "tmdb.jsonl"
    snapshot = {"popularity": 10.0, "vote_average": 7.0, "vote_count": 100}
    tmdb.write_text(
        "".join(
            json.dumps({"id": i, "title": t, **snapshot, "fetched_at": start + m * 60}) + "\n"
            for m in snapshots_at_min
            for i, t in titles.items()
        )
    )
    names = list(titles.values())
    comments = tmp_path / "comments.jsonl"
    comments.write_text(
        "".join(
            json.dumps(
                {"id": f"c{n}", "body": f"{names[n % 3]} was great", "score": 1, "subreddit": "movies"}
                | {"created_utc": start + 1 + n * every_s}
            )
            + "\n"
            for n in range(n_comments)
        )
    )
    return comments, tmdb, n_comments


def _start_demo(
    tmp_path: Path,
    *,
    terminal: bool = False,
    workers: int = 1,
    until: str = "still serving",
    files: tuple[Path, Path] | None = None,
    said: list[str] | None = None,
) -> subprocess.Popen[str]:
    """A demo replaying at once 300 generated comments (or the comment and TMDB ``files``), MLflow off,
    once it printed a line starting with ``until`` (by default: once its replay is done); the lines it
    printed until then are added to ``said``."""
    port = free_port() if workers == 1 else _free_ports_in_a_row(workers)
    given = ["--comments", str(files[0]), "--tmdb", str(files[1])] if files else ["--n-comments", "300"]
    args = ["demo", *given, "--speed", "0", "--web-port", str(port), "--workers", str(workers)]
    demo = _spawn(
        ["-m", "trendscope_app", *args, "--data-dir", str(tmp_path / "demo")], tmp_path, terminal=terminal
    )
    assert demo.stdout is not None
    for line in demo.stdout:  # ends when the demo closes stdout (exits)
        if said is not None:
            said.append(line)
        if line.startswith(until):
            return demo
    status = demo.wait(10)
    demo.kill()
    pytest.fail(f"the demo did not print {until!r}: {status} {demo.stderr.read()}")  # type: ignore[union-attr]


def test_the_demo_counts_the_windows_that_the_end_of_its_input_closes(tmp_path: Path) -> None:
    """A user's files with three movies, so one of the four TMDB partitions has no data and holds every
    watermark back until the worker finds the input ended: the demo summed up the replay as soon as the
    worker said "finished", a moment before those windows closed, and said "0 windows closed".

    The summary counts TrendScores, one per movie and window, as many as the lookups serve: it said
    "windows closed", counted once per ``movie_events`` partition, a number no page shows."""
    comments, tmdb, _ = _three_movies(tmp_path, n_comments=240, every_s=3, snapshots_at_min=(0, 4, 8))
    said: list[str] = []
    demo = _start_demo(tmp_path, terminal=True, files=(comments, tmdb), said=said)
    try:
        summary = next(line for line in said if line.startswith("replayed "))
        closed = int(summary.split(" dead letters, ")[1].split(" TrendScores published")[0].replace(",", ""))
        url = next(line for line in said if line.startswith("TrendScope is running")).split()[3].rstrip("/")
        assert closed > 0, summary
        served = sum(len(http_json(f"{url}/trends/{m}?limit=1000")[1]["trends"]) for m in (1001, 1002, 1003))
        assert closed == served, summary
    finally:
        press_ctrl_c(demo)
        try:
            demo.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(demo.pid, signal.SIGKILL)


def test_a_demo_that_lost_a_worker_counts_what_that_worker_did_too(tmp_path: Path) -> None:
    """``demo --workers 2`` on a user's files, worker 0 killed once it has read comments: the summary
    counted from the workers still running, so what worker 0 had read and published was missing from it
    ("1,391 read by the workers still running" of 1,656, "353 TrendScores" of the 528 every page shows).
    The messages the broker holds as read and the TrendScores the survivor serves are the oracle."""
    comments, tmdb, n = _three_movies(tmp_path, n_comments=3000, every_s=1, snapshots_at_min=(0, 20, 40))
    sent = n + 3 * 3
    demo = _start_demo(tmp_path, workers=2, files=(comments, tmdb), until="TrendScope is running")
    out = _collect(demo.stdout)
    try:
        ports = {pid: _web_port(pid) for pid in _demo_workers(demo)}
        first, second = sorted(ports, key=ports.__getitem__)
        url = f"http://127.0.0.1:{ports[first]}"
        wait_until(
            lambda: (metric_value(url, "trendscope_messages_in_total", topic="reddit_stream") or 0) > 0,
            60,
            "worker 0 to read comments",
        )
        os.kill(first, signal.SIGKILL)
        summary = wait_until(
            lambda: next((line for line in out if line.startswith("replayed ")), None),
            120,
            "the demo's summary",
        )
        survivor = f"http://127.0.0.1:{ports[second]}"
        served = sum(
            len(http_json(f"{survivor}/trends/{m}?limit=1000")[1]["trends"]) for m in (1001, 1002, 1003)
        )
        assert summary == (
            f"replayed {sent:,} messages: {sent:,} read by the workers, 0 dead letters, "
            f"{served:,} TrendScores published\n"
        )
    finally:
        if demo.poll() is None:
            demo.kill()


def test_ctrl_c_stops_the_demo_and_its_workers_cleanly(tmp_path: Path) -> None:
    """``make demo`` then Ctrl-C: the broker, in the terminal's process group, stopped before the workers,
    which then logged connection errors until their stop timed out (10 s)."""
    demo = _start_demo(tmp_path, terminal=True)
    try:
        press_ctrl_c(demo)
        status = demo.wait(60)
        err = demo.stderr.read()  # type: ignore[union-attr]
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, 9)
    assert status == 130, err  # the shell's convention for a job ended by Ctrl-C
    assert "Traceback" not in err and "stopping the demo" not in err, err
    log = (tmp_path / "demo" / "worker0.log").read_text()
    assert "-INT-" in log  # the worker had the Ctrl-C too (the demo's SIGTERM may come first)
    # Stopped with TrendScores in the agents' queues, it waited 5 s for them (2 of 5 stops, before).
    assert "still unacknowledged" not in log
    errors = [ln for ln in log.splitlines() if "[ERROR]" in ln or "Traceback" in ln]
    assert not errors, errors[:5]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_a_killed_demo_leaves_no_worker_behind(tmp_path: Path) -> None:
    """``kill -9`` of the demo took its broker with it but left its workers running, orphaned, trying to
    reach the broker for ever."""
    demo = _start_demo(tmp_path)
    workers = _demo_workers(demo)
    assert len(workers) == 1, workers
    demo.kill()
    demo.wait(10)
    wait_until(lambda: not pid_alive(workers[0]), 60, "the orphaned worker to exit")


def test_explain_match_prints_each_candidate_with_its_verdict_and_reason(tmp_path: Path) -> None:
    tmdb = tmp_path / "tmdb.jsonl"
    tmdb.write_text(
        "".join(
            json.dumps(
                {"id": i, "title": t, "popularity": 1.0, "vote_average": 7, "vote_count": 1, "fetched_at": 1}
            )
            + "\n"
            for i, t in ((14160, "Up"), (726209, "Leave the World Behind"))
        )
    )
    r = cli(
        "explain-match",
        "we walked up the hill, then leave the world behind was on",
        "--tmdb",
        str(tmdb),
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert any(ln.startswith("'up'") and "rejected (" in ln for ln in lines), lines
    assert any(ln.startswith("'leave the world behind'") and "counts (" in ln for ln in lines), lines
    assert lines[-1] == "mentions: Leave the World Behind"


def test_explain_match_positions_refer_to_the_text_with_its_html_entities_decoded(tmp_path: Path) -> None:
    tmdb = tmp_path / "tmdb.jsonl"
    tmdb.write_text(
        json.dumps({"id": 9, "title": "Oppenheimer", "popularity": 1.0, "vote_average": 7, "vote_count": 1})
        + "\n"
    )
    text = "Tom &amp; Jerry fans: Oppenheimer"
    r = cli("explain-match", text, "--tmdb", str(tmdb), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    decoded = "Tom & Jerry fans: Oppenheimer"
    start = decoded.index("Oppenheimer")
    assert f"positions are in: {decoded!r}" in r.stdout, r.stdout
    assert f"'Oppenheimer' at {start}-{start + len('Oppenheimer')}:" in r.stdout, r.stdout


@pytest.mark.e2e
def test_a_worker_logs_at_log_level_unless_told_otherwise(tmp_path: Path) -> None:
    with EmbeddedBroker(tmp_path / "broker.log") as broker:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if k != "KAFKA_BROKER"}
        env.update(
            KAFKA_BROKER=broker.url,
            WEB_PORT=str(port),
            DATA_DIR=str(tmp_path / "w"),
            LOG_LEVEL="warning",
            MLFLOW_ENABLED="false",
            TRENDSCOPE_ENV_FILE="/nonexistent",
        )
        log = tmp_path / "w.log"
        (tmp_path / "w").mkdir()
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "trendscope_app", "worker"],
                env=env,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            w = WorkerProc(broker.url, port, tmp_path / "w")
            w.proc = proc
            w.wait_ready()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        text = log.read_text()
        assert "[INFO]" not in text, text[:2000]


def _demo_workers(demo: subprocess.Popen[str]) -> list[int]:
    """Process ids of the demo's worker processes."""
    return [p for p in _children(demo.pid) if b"worker" in Path(f"/proc/{p}/cmdline").read_bytes()]


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def test_a_dead_demo_worker_is_named_and_the_other_goes_on_serving(tmp_path: Path) -> None:
    """``demo --workers 2`` and a worker killed as the replay starts, while the replay waits for the
    workers' catalogues: the demo names it, how it ended and its log, finishes the replay with the other
    one, which takes over every partition; when the last one dies the demo exits with status 1. (The
    demo used to stop with the first worker that died; later, a worker that died before the replay's
    comments made the replay wait 120 s for its catalogue and end in a traceback.)"""
    demo = _start_demo(tmp_path, workers=2, until="TrendScope is running")
    err = _collect(demo.stderr)
    out = _collect(demo.stdout)
    logs = tmp_path / "demo"
    try:
        ports = {pid: _web_port(pid) for pid in _demo_workers(demo)}
        first, second = sorted(ports, key=ports.__getitem__)  # worker 0 has the first port
        survivor = f"http://127.0.0.1:{ports[second]}"
        # Stopped before the replay's first snapshots reach it, worker 0 holds the replay at its catalogue
        # wait, which comes once the other worker has the movies; then it dies there.
        os.kill(first, signal.SIGSTOP)
        wait_until(lambda: catalog_size(survivor) > 0, 30, "the snapshots to reach worker 1")
        os.kill(first, signal.SIGKILL)
        said = f"worker 0 was killed by signal 9 (log: {logs / 'worker0.log'}); worker 1 serves {survivor}/"
        wait_until(lambda: any(said in line for line in err), 30, "the demo to name the dead worker")
        wait_until(
            lambda: any(line.startswith("still serving") for line in out) or demo.poll() is not None,
            60,
            "the demo to finish its replay",
        )
        assert demo.poll() is None, "".join(err)
        assert f"still serving {survivor}/  Ctrl-C stops\n" in out, out

        seen: dict[str, Any] = {}

        def owns_every_partition() -> bool:
            status, body = http_json(f"{survivor}/health")
            seen.update(body.get("assigned", body) if status == 200 else {"status": status})
            return status == 200 and all(len(seen.get(t, [])) == 4 for t in ("reddit_stream", "movie_events"))

        try:
            wait_until(owns_every_partition, 90, "the survivor to take over every partition")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; it has {seen}; stderr: {err}") from None
        status, top = http_json(f"{survivor}/trends/top?limit=3")
        assert status == 200 and len(top["trends"]) == 3, top
        assert demo.poll() is None, err
        os.kill(second, 9)
        assert demo.wait(60) == 1, err
    finally:
        if demo.poll() is None:
            demo.kill()
    said = f"worker 1 was killed by signal 9 (log: {logs / 'worker1.log'}); stopping the demo"
    wait_until(lambda: any(said in line for line in err), 10, "the demo to say it stops")


def _collect(stream: Any) -> list[str]:
    """The lines of ``stream`` so far, read on a thread of their own."""
    lines: list[str] = []

    def read() -> None:
        for line in stream:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _web_port(pid: int) -> int:
    env = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return int(next(v for v in env if v.startswith(b"WEB_PORT=")).split(b"=", 1)[1])


def _free_ports_in_a_row(n: int) -> int:
    """The first of ``n`` consecutive free ports, below the ephemeral range: a port next to a free
    ephemeral one may be any connection's source port by the time the demo's last worker binds it."""
    rng = random.Random()
    while True:
        first = rng.randrange(20_000, 32_000)
        with contextlib.ExitStack() as stack:
            try:
                for port in range(first, first + n):
                    stack.enter_context(socket.socket()).bind(("127.0.0.1", port))
            except OSError:
                continue
        return first


def test_a_demo_worker_that_dies_as_it_starts_is_named_in_one_line(tmp_path: Path) -> None:
    """A worker that died while the demo waited for it (here: its port taken after the demo's own check)
    ended the demo with a traceback ending in RuntimeError."""
    port = _free_ports_in_a_row(1)
    script = (
        "import asyncio, sys; from pathlib import Path\n"
        "from trendscope_app.settings import load_settings\n"
        "from trendscope_app.cli.commands import run_demo\n"
        "s = load_settings(_env_file=None, mlflow_enabled=False)\n"
        f"sys.exit(asyncio.run(run_demo(s, comments=None, tmdb=None, web_port={port}, speed=0, workers=1,"
        f" n_comments=300, idle_timeout=3, data_dir=Path({str(tmp_path / 'demo')!r}))))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BROKER", "DATA_DIR")}
    env.update(TRENDSCOPE_ENV_FILE="/nonexistent", PYTHONPATH=str(ROOT))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        r = subprocess.run(
            [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180
        )
    log = tmp_path / "demo" / "worker0.log"
    one_line_error(r, 1, f"worker 0 exited with status 1 (log: {log}) as it started; stopping the demo")
    assert "address already in use" in log.read_text().lower()
