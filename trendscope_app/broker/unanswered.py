"""A producer flush that does not wait forever for an answer the broker never sends.

aiokafka sends one produce request per broker at a time and waits for its answer for the producer's whole
request timeout (Faust's default: 20 minutes) before it retries. A flush waits for every batch, so one
answer that never comes holds the flush that long: a rebalance, which flushes before it gives its
partitions up, and every offset commit, which flushes first.

:func:`flush_answered` flushes, and whenever a batch has been in flight a whole ``stall_s`` with no answer
it closes the producer's connections. aiokafka then fails the requests on them with a retriable connection
error and sends their batches again on a new connection, where the records may be written twice: every
stage downstream skips a repeat (at-least-once). The batches are not expired (that waits for the request
timeout), so nothing is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from trendscope_app.metrics import PRODUCE_RECONNECTS

log = logging.getLogger(__name__)

__all__ = ["flush_answered"]


def _in_flight(producer: Any) -> set[Any]:
    """The batches sent and not answered yet (aiokafka's accumulator keeps them until the answer)."""
    return set(producer._message_accumulator._pending_batches)


def _reconnect(producer: Any, stuck: set[Any]) -> None:
    now = time.monotonic()
    oldest = max(now - batch._ctime for batch in stuck)
    partitions = sorted(f"{batch.tp.topic}/{batch.tp.partition}" for batch in stuck)
    log.warning(
        "no answer from the broker to %d produced batches (%s; the oldest made %.1f s ago): "
        "reconnecting to send them again",
        len(stuck),
        ", ".join(partitions),
        oldest,
    )
    PRODUCE_RECONNECTS.inc()
    for conn in list(producer.client._conns.values()):
        conn.close()


async def flush_answered(producer: Any, stall_s: float) -> int:
    """Wait until the broker has answered every batch ``producer`` holds.

    Parameters
    ----------
    producer : aiokafka.AIOKafkaProducer
        A started producer.
    stall_s : float
        Seconds a sent batch may wait for its answer before the producer's connections are closed (its
        requests are then sent again).

    Returns
    -------
    int
        How many times the connections were closed.

    Examples
    --------
    A producer that holds nothing is flushed at once:

    >>> class Idle:
    ...     class _message_accumulator:
    ...         _pending_batches = ()
    ...
    ...     async def flush(self):
    ...         pass
    >>> asyncio.run(flush_answered(Idle(), stall_s=1.0))
    0
    """
    flushing = asyncio.ensure_future(producer.flush())
    reconnects = 0
    try:
        while True:
            sent = _in_flight(producer)
            done, _ = await asyncio.wait({flushing}, timeout=stall_s)
            if done:
                flushing.result()
                return reconnects
            # A batch still in flight after a whole wait was sent before it began: stall_s without answer.
            stuck = sent & _in_flight(producer)
            if stuck:
                _reconnect(producer, stuck)
                reconnects += 1
    finally:
        if not flushing.done():
            flushing.cancel()
