"""A partition's records applied once each, in order, whatever the delivery does (trendscope_app/windows/input_order.py).

The delivery below is a stand-in for a consumer with faults seen or possible on the way to the window stage:
records dropped (a commit over an unprocessed record), delivered twice, a position moved back (a replay after a
rebalance), and records the broker no longer holds. It honours the stage's seeks the way a Kafka consumer does:
what was already fetched keeps coming, then the log from the sought offset.
"""

from __future__ import annotations

import random

import pytest

from trendscope_app.windows.input_order import InputOrder, Verdict


def _run(log: list[int], seed: int, start: int | None) -> tuple[list[int], int]:
    """Deliver ``log`` (the offsets the broker holds) with random faults; return the offsets applied and
    how many the order judged missing."""
    rng = random.Random(seed)
    order = InputOrder(next_offset=start, stale_limit=20)  # a fetch is at most 8 records here
    applied: list[int] = []
    missing = 0
    position = 0  # index into log of the next record to fetch
    fetched: list[int] = []
    for _ in range(100_000):
        if not fetched:
            if position >= len(log):
                break
            fetched = log[position : position + rng.randint(1, 8)]
            position += len(fetched)
            # A lost record shows when a later one comes; in a live partition one always does (the ingest's
            # progress marks), so the fetch that ends this finite log is faithful.
            fault = rng.random() if position < len(log) else 1.0
            if fault < 0.08 and len(fetched) > 1:  # a record never delivered
                del fetched[rng.randrange(len(fetched))]
            elif fault < 0.14:  # a record delivered twice
                i = rng.randrange(len(fetched))
                fetched.insert(i, fetched[i])
            elif fault < 0.18:  # a replay from an earlier position
                position = max(0, position - rng.randint(1, 20))
        offset = fetched.pop(0)
        verdict = order.admit(offset)
        if verdict is Verdict.APPLY:
            applied.append(offset)
            missing += order.take_missing()
        elif verdict is Verdict.GAP:
            assert order.reread_from is not None
            # The seek: later records already fetched still arrive (some of them), then the log from there.
            fetched = fetched[: rng.randint(0, len(fetched))]
            position = next((i for i, o in enumerate(log) if o >= order.reread_from), len(log))
    else:
        pytest.fail("the delivery never ended")
    return applied, missing


@pytest.mark.parametrize("seed", range(200))
def test_every_record_is_applied_once_and_in_order_whatever_the_delivery(seed: int) -> None:
    log = list(range(300))
    applied, missing = _run(log, seed, start=0)
    assert applied == log
    assert missing == 0


@pytest.mark.parametrize("seed", range(50))
def test_records_the_broker_no_longer_holds_are_counted_missing_not_waited_for(seed: int) -> None:
    # Retention removed offsets 0..39 and 100..104 is not there either (a compacted or transactional topic).
    log = [o for o in range(40, 300) if not 100 <= o < 105]
    applied, missing = _run(log, seed, start=0)
    assert applied == log
    assert missing == 45


def test_a_state_saved_without_the_offset_takes_the_first_record_as_it_comes() -> None:
    order = InputOrder()
    assert [order.admit(o) for o in (57, 58, 58, 60)] == [
        Verdict.APPLY,
        Verdict.APPLY,
        Verdict.REPEAT,
        Verdict.GAP,
    ]
    assert order.reread_from == 59
