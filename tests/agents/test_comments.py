"""The comment reader as the worker stops: Faust stops the app's tasks only after its producer, so a batch
can find the producer gone. Seen in the SIGTERM test: ``NotReady('Producer service not yet started')`` crashed
the stopping worker (exit status 1) instead of a clean exit."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from aiokafka.structs import TopicPartition
from faust.exceptions import NotReady

from trendscope_app.agents.comments import CommentReader
from trendscope_app.startup import StartUp


def _reader(stopping: bool) -> CommentReader:
    rt = SimpleNamespace(app=SimpleNamespace(should_stop=stopping, monitor=None), start_up=StartUp())

    async def handle(records: list, after: object = None) -> list:
        raise NotReady("Producer service not yet started")

    return CommentReader(rt, handle)  # type: ignore[arg-type]


BATCH = {TopicPartition("reddit_stream", 0): [SimpleNamespace(offset=41, value=b"{}")]}


def test_a_batch_the_stopped_producer_cannot_send_is_given_up_uncommitted_as_the_worker_stops() -> None:
    reader = _reader(stopping=True)
    asyncio.run(reader.process(BATCH))  # no exception: the worker exits cleanly
    assert reader._committing is None  # nothing scheduled for commit: the next owner reads it again
    assert reader.committed == {}


def test_the_same_failure_while_running_is_not_hidden() -> None:
    reader = _reader(stopping=False)
    with pytest.raises(NotReady):
        asyncio.run(reader.process(BATCH))


def test_a_batch_waits_for_its_readiness_and_leaves_partitions_revoked_meanwhile_to_their_new_owner() -> None:
    mine, gone = TopicPartition("reddit_stream", 0), TopicPartition("reddit_stream", 1)
    handed: list[list] = []

    async def handle(records: list, after: object = None) -> list:
        handed.append(records)
        return []

    async def run() -> tuple[list, list, list]:
        rt = SimpleNamespace(app=SimpleNamespace(should_stop=False, monitor=None), start_up=StartUp())
        reader = CommentReader(rt, handle)  # type: ignore[arg-type]
        commits: list[dict] = []

        async def commit(offsets: dict) -> None:
            commits.append(offsets)

        reader.consumer = SimpleNamespace(assignment=lambda: {mine}, commit=commit)  # type: ignore[assignment]
        ready: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        batch = {
            mine: [SimpleNamespace(offset=7, value=b"{}")],
            gone: [SimpleNamespace(offset=9, value=b"{}")],
        }
        task = asyncio.ensure_future(reader.process(batch, ready))
        for _ in range(20):  # the loop turns; the batch must not move on until it is ready
            await asyncio.sleep(0)
        before = list(handed)
        ready.set_result(True)
        await asyncio.wait_for(task, 5)
        await reader.settle(timeout=5)
        return before, handed, commits

    before, after, commits = asyncio.run(run())
    assert before == []
    assert [[r.offset for r in records] for records in after] == [[7]]
    assert commits == [{mine: 8}]  # the revoked partition's offset is its new owner's to commit


def test_an_answer_covers_every_record_written_before_it_was_asked_and_no_later_one() -> None:
    tp = TopicPartition("reddit_stream", 0)
    asked: list[list] = []

    async def ready(partitions: list) -> dict:
        asked.append(partitions)
        return {tp: 10}  # where the partition ended when the broker was asked

    def batch(*offsets: int) -> dict:
        return {tp: [SimpleNamespace(offset=o, value=b"{}") for o in offsets]}

    async def run() -> list[bool]:
        rt = SimpleNamespace(app=SimpleNamespace(should_stop=False, monitor=None), start_up=StartUp())
        reader = CommentReader(rt, None, ready)  # type: ignore[arg-type]
        first = reader.ask(batch(3, 4))
        assert first is not None
        await first
        # Below 10: written before the answer, so its snapshots are known. 10 and on: ask again.
        covered, beyond = reader.ask(batch(5, 9)), reader.ask(batch(9, 10))
        if beyond is not None:
            await beyond
        return [covered is None, beyond is None]

    assert asyncio.run(run()) == [True, False]
    assert asked == [[tp], [tp]]


def test_committed_offsets_asked_at_assignment_never_undo_a_newer_commit_or_outlive_a_revocation() -> None:
    kept, later = TopicPartition("reddit_stream", 0), TopicPartition("reddit_stream", 1)

    async def run() -> tuple[dict, dict]:
        rt = SimpleNamespace(app=SimpleNamespace(should_stop=False, monitor=None), start_up=StartUp())
        reader = CommentReader(rt, lambda records, after=None: asyncio.sleep(0, []))  # type: ignore[arg-type]
        answers: dict[TopicPartition, asyncio.Future[int]] = {
            tp: asyncio.get_running_loop().create_future() for tp in (kept, later)
        }

        async def committed(tp: TopicPartition) -> int:
            return await answers[tp]

        consumer = SimpleNamespace(committed=committed)
        reader.learn_committed(consumer, {kept, later})  # type: ignore[arg-type]
        await asyncio.sleep(0)
        reader.committed[kept] = 120  # this worker commits while the group's answer (100) is on its way
        answers[kept].set_result(100)
        for _ in range(5):
            await asyncio.sleep(0)
        after_commit = dict(reader.committed)
        reader.stop_learning()  # the partitions are revoked before the second answer comes
        answers[later].set_result(50)
        for _ in range(5):
            await asyncio.sleep(0)
        return after_commit, dict(reader.committed)

    after_commit, after_revoke = asyncio.run(run())
    assert after_commit == {kept: 120}
    assert after_revoke == {kept: 120}  # no answer stored for a partition no longer asked about
