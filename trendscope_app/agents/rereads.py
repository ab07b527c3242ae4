"""Reading an input partition again from a gap a stage found in it.

The window stage (``movie_events``) and the forecast stage (``trend_stream``) each keep, in their saved
state, the next offset they expect of every partition they own, and judge each record against it with
:class:`~trendscope_app.windows.input_order.InputOrder`. A record past that offset means the ones before it
were never applied (a commit over records no agent processed, a fetch that passed over them): the stage seeks
the partition back with :func:`read_again`, and skips what comes in between until the re-read delivers it.
"""

from __future__ import annotations

import logging

import faust
from faust.types import TP, EventT
from prometheus_client import Counter

from trendscope_app.settings import Settings
from trendscope_app.windows.input_order import InputOrder, Verdict

log = logging.getLogger(__name__)


def stale_limit(app: faust.App, s: Settings) -> int:
    """Most records fetched before a seek that can still arrive after it: the agent's queue, one fetch and
    one batch."""
    conf = app.conf
    return conf.stream_buffer_maxsize + conf.broker_max_poll_records + s.batch_size


def in_order(order: InputOrder, events: list[EventT], missing: Counter) -> tuple[list[EventT], int | None]:
    """The records of one partition's batch to apply (new ones and repeats, in order), and the offset to
    read the partition again from if the batch revealed a gap (``None`` if not, or if the re-read came in
    the batch after all); records the broker no longer holds are reported (a warning and ``missing``)."""
    kept: list[EventT] = []
    gap = False
    for e in events:
        verdict = order.admit(e.message.offset)
        gap = gap or verdict is Verdict.GAP
        if verdict is Verdict.GAP or verdict is Verdict.WAIT:
            continue  # read again after the records before it
        if lost := order.take_missing():
            tp = e.message.tp
            log.warning(
                "%s partition %d: the broker no longer holds the %d records before offset %d; "
                "they are not counted",
                tp.topic,
                tp.partition,
                lost,
                e.message.offset,
            )
            missing.inc(lost)
        kept.append(e)
    return kept, order.reread_from if gap else None


async def read_again(app: faust.App, tp: TP, offset: int, rereads: Counter) -> None:
    """Seek ``tp`` back to ``offset``, the first record its stage never applied."""
    log.warning(
        "%s partition %d: records from offset %d were never applied (the next one delivered was past them); "
        "reading them again",
        tp.topic,
        tp.partition,
        offset,
    )
    rereads.inc()
    await app.consumer.seek(tp, offset)
