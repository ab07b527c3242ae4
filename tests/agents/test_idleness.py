"""When an input partition counts as idle, decided without a broker.

The end-to-end behaviour (a replay's last windows close, a stalled broker closes nothing) is in
tests/reliability and tests/e2e; here each rule is checked alone against a stand-in reader whose fetch
times and offsets the test sets.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any

import pytest
from faust.types import TP

from trendscope_app.agents.idleness import FETCH_FRESH_S, InputIdleness, end_confirmed
from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.settings import Settings
from trendscope_app.windows.guard import EventTimeGuard

REDDIT = TP("reddit_stream", 0)
TMDB = TP("tmdb_stream", 1)


class Reader:
    """An input reader whose fetch answers the test sets."""

    def __init__(self, tps: set[TP]) -> None:
        self.tps = tps
        self.highwaters: dict[TP, int | None] = {}
        self.fetched: dict[TP, float | None] = {}
        self.committed: dict[TP, int | None] = {}
        self.asked: list[list[Any]] = []
        self.broker: dict[TP, int] = {}

    def assignment(self) -> set[Any]:
        return set(self.tps)

    def highwater(self, tp: Any) -> int | None:
        return self.highwaters.get(tp)

    def last_fetch(self, tp: Any) -> float | None:
        return self.fetched.get(tp)

    async def start_offset(self, tp: Any) -> int | None:
        return self.committed.get(tp)

    async def end_offsets(self, tps: list[Any]) -> Mapping[Any, int]:
        self.asked.append(tps)
        return {tp: self.broker[tp] for tp in tps if tp in self.broker}


def idleness(timeout: float = 5.0) -> tuple[InputIdleness, Reader, Reader, list[MovieEventBatch]]:
    sent: list[MovieEventBatch] = []

    async def broadcast(payload: bytes) -> None:
        sent.append(MovieEventBatch.decode(payload))

    s = Settings(_env_file=None, idle_timeout_s=timeout)
    faust_side, comments = Reader({TMDB}), Reader({REDDIT})
    guard = EventTimeGuard(s.max_event_jump_s)
    idle = InputIdleness(s, guard, faust_side, broadcast)  # type: ignore[arg-type]
    idle.comments = comments
    return idle, faust_side, comments, sent


def test_a_read_partition_is_idle_once_quiet_long_enough_and_read_to_the_end():
    idle, faust_side, comments, sent = idleness()
    now = time.time()
    idle.arrived({"r0": 10, "t1": 4}, now - 6)
    comments.highwaters[REDDIT], comments.fetched[REDDIT] = 10, now - 0.5
    faust_side.highwaters[TMDB], faust_side.fetched[TMDB] = 7, now - 0.5  # 3 snapshots not read yet
    asyncio.run(idle.tick())
    assert [set(b.idle) for b in sent] == [{"r0"}]
    assert sent[0].idle["r0"] == pytest.approx(6, abs=1)


def test_quiet_but_not_long_enough_is_not_idle():
    idle, _, comments, sent = idleness(timeout=30)
    now = time.time()
    idle.arrived({"r0": 10}, now - 6)
    comments.highwaters[REDDIT], comments.fetched[REDDIT] = 10, now - 0.5
    asyncio.run(idle.tick())
    assert sent == []


def test_a_fetch_answer_older_than_the_last_record_confirms_nothing():
    idle, _, comments, sent = idleness()
    now = time.time()
    idle.arrived({"r0": 10}, now - 1)
    idle.last_arrival["r0"] = now - 6  # quiet for 6 s ...
    comments.highwaters[REDDIT], comments.fetched[REDDIT] = 10, now - 7  # ... but no answer since
    asyncio.run(idle.tick())
    assert sent == []


def test_a_partition_never_read_here_is_idle_when_the_broker_says_it_starts_at_its_end():
    idle, faust_side, comments, sent = idleness()
    idle.last_arrival = {"r0": time.time() - 6, "t1": time.time() - 6}  # assigned 6 s ago, nothing read
    comments.committed[REDDIT] = 12
    faust_side.broker[REDDIT] = 12  # the comment reader has not fetched it: the broker is asked
    faust_side.broker[TMDB] = 3  # committed offset unknown: starts at 0, 3 snapshots to read
    asyncio.run(idle.tick())
    assert faust_side.asked and set(faust_side.asked[0]) == {REDDIT, TMDB}
    assert [set(b.idle) for b in sent] == [{"r0"}]


def test_a_silent_broker_makes_nothing_idle_and_afterwards_every_input_waits_anew():
    idle, faust_side, comments, sent = idleness()
    now = time.time()
    idle.arrived({"r0": 10, "t1": 7}, now - 60)
    idle.guard.check("r0", 1_000.0, now)
    idle.guard.check("t1", 900.0, now)
    for r, tp in ((comments, REDDIT), (faust_side, TMDB)):
        r.highwaters[tp], r.fetched[tp] = (10 if tp is REDDIT else 7), now - FETCH_FRESH_S - 5
    asyncio.run(idle.tick())
    assert sent == [] and idle.silent_since is not None
    for r, tp in ((comments, REDDIT), (faust_side, TMDB)):
        r.fetched[tp] = time.time()
    asyncio.run(idle.tick())
    assert [(b.progress, b.idle) for b in sent] == [({"r0": 1_000.0, "t1": 900.0}, {})]
    assert idle.silent_since is None
    assert min(idle.last_arrival.values()) >= now  # the quiet clocks restarted
    asyncio.run(idle.tick())
    assert len(sent) == 1  # not idle again before another IDLE_TIMEOUT_S of silence


def test_a_partition_that_left_forgets_its_clock_and_position():
    idle, _, comments, _ = idleness()
    idle.arrived({"r0": 10}, time.time())
    comments.tps = set()
    asyncio.run(idle.tick())
    assert "r0" not in idle.status() and "r0" not in idle.next_offset


def test_end_confirmed_needs_a_fresh_answer_after_the_whole_quiet_period():
    assert end_confirmed(100.0, 50.0, 99.0, quiet_for=10)
    assert end_confirmed(100.0, 50.0, 60.0, quiet_for=10, fresh=60)
    assert not end_confirmed(100.0, 50.0, 59.9, quiet_for=10, fresh=60)
    assert not end_confirmed(100.0, 50.0, None, quiet_for=10)
    assert not end_confirmed(100.0, 99.5, 99.0, quiet_for=0)
    assert not end_confirmed(100.0, 50.0, 100.0 - FETCH_FRESH_S - 0.1, quiet_for=10)


def test_a_broker_that_froze_just_after_the_last_record_is_not_taken_for_an_idle_input():
    # The broker answered once more 0.3 s after the partition's last record, then froze. 3.2 s later the
    # partition is quiet for longer than IDLE_TIMEOUT_S and that answer is still "fresh" (< 3 s old),
    # but it says nothing about the last 2.9 s: the producer's records may be waiting at the frozen broker.
    idle, _, comments, sent = idleness(timeout=3.0)
    now = time.time()
    idle.arrived({"r0": 10}, now - 3.2)
    comments.highwaters[REDDIT], comments.fetched[REDDIT] = 10, now - 2.9
    asyncio.run(idle.tick())
    assert sent == []
    # An answer that came after the whole quiet period confirms it.
    comments.fetched[REDDIT] = time.time() - 0.1
    asyncio.run(idle.tick())
    assert [set(b.idle) for b in sent] == [{"r0"}]


def test_a_tick_held_up_for_seconds_takes_it_for_a_silence():
    """A tick blocked on a frozen broker (its broadcast, its question) sees no silence: the fetch answers
    are fresh again when it runs next, while producers are only now delivering what they buffered."""
    idle, faust_side, comments, sent = idleness()
    now = time.time()
    idle.arrived({"r0": 10, "t1": 7}, now - 60)
    idle.guard.check("r0", 1_000.0, now)
    idle.guard.check("t1", 900.0, now)
    comments.highwaters[REDDIT], comments.fetched[REDDIT] = 10, now - 0.2
    faust_side.highwaters[TMDB], faust_side.fetched[TMDB] = 7, now - 0.2
    idle.last_tick = now - FETCH_FRESH_S - 8  # the previous tick started before the freeze
    asyncio.run(idle.tick())
    assert [(b.progress, b.idle) for b in sent] == [({"r0": 1_000.0, "t1": 900.0}, {})]
    assert min(idle.last_arrival.values()) >= now  # the quiet clocks restarted
    asyncio.run(idle.tick())
    assert len(sent) == 1  # not idle before another IDLE_TIMEOUT_S of confirmed silence


def test_a_broker_that_holds_the_end_offset_question_holds_no_tick_and_makes_nothing_idle(monkeypatch):
    monkeypatch.setattr("trendscope_app.agents.idleness.FETCH_FRESH_S", 0.3)
    idle, faust_side, _, sent = idleness()
    idle.last_arrival = {"r0": time.time() - 6, "t1": time.time() - 6}  # assigned 6 s ago, nothing read

    async def frozen(tps: list[Any]) -> Mapping[Any, int]:
        await asyncio.Event().wait()  # no answer, ever
        return {}

    faust_side.end_offsets = frozen  # type: ignore[method-assign]

    async def run() -> None:
        await asyncio.wait_for(idle.tick(), timeout=10)

    asyncio.run(run())
    assert sent == []


def test_an_end_answered_while_the_tick_waits_on_the_broker_is_judged_with_its_own_fetch_time():
    """The tick asks the broker about a partition its reader has not fetched; meanwhile the snapshot
    reader's next fetch answer brings two snapshots. That answer's time must not vouch for the end the
    previous answer gave: the partition has records to read and is not idle."""
    idle, faust_side, comments, sent = idleness(timeout=5)
    now = time.time()
    idle.arrived({"t1": 7}, now - 10)
    idle.last_arrival["r0"] = now - 10  # assigned 10 s ago, never fetched: the broker is asked
    faust_side.highwaters[TMDB], faust_side.fetched[TMDB] = 7, now - 0.5
    comments.committed[REDDIT] = 12
    faust_side.broker[REDDIT] = 12
    asked = faust_side.end_offsets

    async def answer_while_snapshots_arrive(tps: list[Any]) -> Mapping[Any, int]:
        faust_side.highwaters[TMDB], faust_side.fetched[TMDB] = 9, time.time()
        return await asked(tps)

    faust_side.end_offsets = answer_while_snapshots_arrive  # type: ignore[method-assign]
    asyncio.run(idle.tick())
    assert [set(b.idle) for b in sent] == [{"r0"}]


@pytest.mark.parametrize(
    ("timeout", "answered_ago", "idle_now"),
    [
        (2, 1.5, False),
        (2, 0.3, True),
        (0.2, 0.3, True),  # a tiny timeout still takes an answer of a few fetches ago (0.5 s at least)
    ],
)
def test_an_end_answered_longer_ago_than_half_the_idle_timeout_is_not_taken(timeout, answered_ago, idle_now):
    """The window stage ignores idle marks for IDLE_TIMEOUT_S after its input resumes; a mark built on an
    older answer could claim the end of a partition that had new records before the others resumed."""
    idle, faust_side, _, sent = idleness(timeout=timeout)
    now = time.time()
    idle.arrived({"t1": 7}, now - 10)
    faust_side.highwaters[TMDB], faust_side.fetched[TMDB] = 7, now - answered_ago
    asyncio.run(idle.tick())
    assert [set(b.idle) for b in sent] == ([{"t1"}] if idle_now else [])
