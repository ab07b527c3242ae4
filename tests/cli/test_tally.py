"""When the demo sums up a replay (:func:`trendscope_app.cli.tally.settle`), with scripted looks."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator

from trendscope_app.cli.tally import Counts, settle


def _script(
    looks: list[Counts], answers: list[bool]
) -> tuple[Callable[[], Awaitable[Counts]], Callable[[], Awaitable[bool]], list[int]]:
    """``counts`` and ``done`` answering from the lists (the last entry repeats), and how often each ran."""
    calls = [0, 0]

    def at(seq: list, i: int) -> object:
        return seq[min(i, len(seq) - 1)]

    async def counts() -> Counts:
        calls[0] += 1
        return at(looks, calls[0] - 1)  # type: ignore[return-value]

    async def done() -> bool:
        calls[1] += 1
        return at(answers, calls[1] - 1)  # type: ignore[return-value]

    return counts, done, calls


def test_windows_closed_while_the_workers_were_asked_are_counted() -> None:
    """The end of the input closes the last windows between a look's counts and its question to the
    workers: the summary said "0 TrendScores published" and the pages showed them all."""
    counts, done, _ = _script([(10, 0, 0)] * 3 + [(10, 0, 5)], [False, True])
    assert asyncio.run(settle(counts, done, sent=10, timeout_s=60, every_s=0)) == (10, 0, 5)


def test_nothing_is_asked_until_every_message_is_read() -> None:
    counts, done, calls = _script([(4, 0, 0), (8, 1, 0), (10, 1, 2)], [True])
    assert asyncio.run(settle(counts, done, sent=10, timeout_s=60, every_s=0)) == (10, 1, 2)
    assert calls[1] == 1  # asked once the 10 messages were read, not at 4 or 8


def test_a_replay_that_never_settles_gives_its_last_counts_at_the_timeout() -> None:
    steps: Iterator[int] = iter(range(10**9))

    async def counts() -> Counts:
        return 10, 0, next(steps)  # always something new

    async def done() -> bool:
        return True

    result = asyncio.run(settle(counts, done, sent=10, timeout_s=0.2, every_s=0.01))
    assert result[:2] == (10, 0) and result[2] > 0
