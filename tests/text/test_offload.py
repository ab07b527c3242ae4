"""The text process: a real spawned child that matches and scores, compared with doing it in this process."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import wait_until
from trendscope_app.metrics import REGISTRY
from trendscope_app.text.matcher import TitleMatcher
from trendscope_app.text.offload import BrokenProcessPool, Catalogue, TextProcess, score_texts

DATA = Path(__file__).parents[1] / "data"


def _catalogue(without: str | None = None) -> Catalogue:
    rows = json.loads((DATA / "catalogue_hard.json").read_text())
    titles = {r["id"]: [r["title"], r["original_title"]] for r in rows if r["title"] != without}
    return titles, dict.fromkeys(titles)


def _texts() -> list[tuple[str, str | None]]:
    with (DATA / "labelled_comments_hard.jsonl").open() as f:
        rows = [json.loads(line) for line in f]
    texts = [(r["text"], r["subreddit"]) for r in rows]
    # Past both length caps, and past the cap on the spelled-out emoji only: counted where cut.
    texts += [("Oppenheimer was great " * 2_000, "movies"), ("Oppenheimer 😂" + "😂" * 19_000, None)]
    return texts


def _truncated() -> tuple[float, float]:
    return tuple(  # type: ignore[return-value]
        REGISTRY.get_sample_value(f"trendscope_{n}_truncated_total") or 0.0 for n in ("match", "sentiment")
    )


@pytest.fixture
def child() -> Iterator[TextProcess]:
    tp = TextProcess()
    yield tp
    tp.stop()


def _pid(tp: TextProcess) -> int:
    assert tp._pool is not None
    (pid,) = tp._pool._processes  # type: ignore[attr-defined]
    return int(pid)


@pytest.mark.parametrize("mask", [False, True])
def test_the_child_answers_what_this_process_would(child: TextProcess, mask: bool) -> None:
    catalogue, texts = _catalogue(), _texts()
    before = _truncated()
    here = score_texts(TitleMatcher(*catalogue), texts, mask)
    cut_here = tuple(a - b for a, b in zip(_truncated(), before, strict=True))
    there = asyncio.run(child.score(1, catalogue, texts, mask))
    assert len(here.hits) > 1_000  # the hard labelled comments: most mention a movie
    assert there.hits == here.hits
    assert there.rejected == here.rejected and sum(here.rejected.values()) > 0
    # Counted in the child, where nobody reads them: the answer carries them back.
    assert (there.match_truncated, there.sentiment_truncated) == cut_here == (1, 2)


def test_a_new_catalogue_reaches_the_child_once(child: TextProcess) -> None:
    text = [("Barbie was so much fun, saw it twice", "movies")]

    async def run() -> list[list[tuple[int, ...]]]:
        without, full = _catalogue(without="Barbie"), _catalogue()
        answers = [await child.score(1, without, text, False), await child.score(2, full, text, False)]
        # Version 2 is in the child now: asked again, the catalogue is not sent (a different one with the
        # same number would be ignored).
        answers.append(await child.score(2, without, text, False))
        return [[ids for _, ids, _ in a.hits] for a in answers]

    assert asyncio.run(run()) == [[], [(346698,)], [(346698,)]]


def test_a_killed_child_fails_one_question_and_the_next_starts_a_new_one(child: TextProcess) -> None:
    catalogue, text = _catalogue(), [("Oppenheimer was incredible", "movies")]
    asyncio.run(child.score(1, catalogue, text, False))
    first = _pid(child)
    os.kill(first, signal.SIGKILL)
    with pytest.raises(BrokenProcessPool):
        asyncio.run(child.score(1, catalogue, text, False))
    again = asyncio.run(child.score(1, catalogue, text, False))
    assert [ids for _, ids, _ in again.hits] == [(872585,)]
    assert _pid(child) != first


def test_the_child_dies_with_its_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    script = f"""
import asyncio, pathlib, time
from trendscope_app.text.offload import TextProcess
tp = TextProcess()
asyncio.run(tp.score(1, ({{1: ["Oppenheimer"]}}, {{1: None}}), [("Oppenheimer", None)], False))
(pid,) = tp._pool._processes
pathlib.Path({str(pid_file)!r}).write_text(str(pid))
time.sleep(600)
"""
    worker = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).parents[2])
    try:
        wait_until(pid_file.exists, 60, "the text process started")
        pid = int(pid_file.read_text())
        assert _alive(pid)
        worker.kill()  # no time to stop anything
        worker.wait(timeout=30)
        wait_until(lambda: not _alive(pid), 30, "the text process gone with its worker")
    finally:
        worker.kill()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
