"""Small event-loop helpers of the agents."""

from __future__ import annotations

import asyncio
import threading

from trendscope_app.agents.context import wait_for_flag


def test_wait_for_flag_sees_a_flag_set_by_another_thread() -> None:
    flag = threading.Event()

    async def main() -> bool:
        threading.Timer(0.1, flag.set).start()
        return await wait_for_flag(flag.is_set, timeout=30)

    assert asyncio.run(main()) is True
    assert flag.is_set()


def test_wait_for_flag_gives_up_after_its_timeout() -> None:
    polls = 0

    def never() -> bool:
        nonlocal polls
        polls += 1
        return False

    assert asyncio.run(wait_for_flag(never, timeout=0.2, poll_s=0.01)) is False
    assert polls > 1  # it polled until the deadline, not once


def test_wait_for_flag_returns_at_once_when_already_set() -> None:
    assert asyncio.run(wait_for_flag(lambda: True, timeout=0)) is True
