"""Faust transport ``tansu://``: the aiokafka transport plus one fix for the embedded Tansu broker.

Why: Tansu 0.6.0 answers ListOffsets(LATEST) with (base offset of the last record batch) + 1 instead of
the log end offset whenever the last batch holds more than one record. Faust takes that value as the
changelog "highwater" during table recovery (``Recovery._build_highwaters`` ->
``consumer.highwaters()`` -> aiokafka ``end_offsets``), so a restarted worker either fails with
``ConsistencyError: persisted offset ... higher than highwater`` or stops recovering early and serves a
stale table. The high watermark carried in a Fetch response is correct, and fetching from (listed - 1),
the last batch's base offset, returns only that one batch.

What: :class:`Transport` is registered under the URL scheme ``tansu://`` (importing this module does it),
so ``faust.App(broker="tansu://127.0.0.1:PORT")`` uses it. The highwater lookup asks a short-lived
group-less consumer, so Faust's own consumer (assignment, positions, fetch state) is never disturbed.
``kafka://`` gets the same highwater check (:class:`KafkaTransport`): nothing tells a worker that the
broker behind a ``kafka://`` URL is Tansu (another worker's embedded broker, say), and without the check
its first table recovery after a takeover failed with that ``ConsistencyError``. On Kafka the answer is
the same as ListOffsets', for one more fetch per recovery.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import aiokafka
from faust.transport.drivers import TRANSPORTS
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from trendscope_app.broker import faust_fixes

__all__ = [
    "SCHEME",
    "TANSU_SESSION_TIMEOUT_S",
    "CheckedHighwaterThread",
    "KafkaTransport",
    "Transport",
    "faust_broker_settings",
    "fetch_highwaters",
]

#: URL scheme selecting this transport.
SCHEME = "tansu"
#: Consumer-group session on Tansu. It holds every group join for half the session of the group's first
#: member, so this sets how long a start or a rebalance waits (2 s here). A frozen broker expires nobody
#: (its clock stops too), and Tansu drops a member only after twice the session of silence.
TANSU_SESSION_TIMEOUT_S = 4.0


async def fetch_highwaters(
    listed: Mapping[TP, int],
    *,
    bootstrap_servers: list[str] | str,
    timeout: float = 10.0,
    **consumer_kwargs: Any,
) -> dict[TP, int]:
    """Correct ListOffsets(LATEST) answers with the high watermark of a Fetch response.

    Parameters
    ----------
    listed : Mapping[TP, int]
        Partition -> offset as answered by ListOffsets(LATEST) (aiokafka ``end_offsets``).
    bootstrap_servers : list of str or str
        Broker addresses for the temporary consumer.
    timeout : float
        Seconds to wait for every partition's fetch response.
    **consumer_kwargs : Any
        Extra :class:`aiokafka.AIOKafkaConsumer` arguments (client id, security settings).

    Returns
    -------
    dict[TP, int]
        Partition -> log end offset. Empty partitions (listed 0) keep 0 without a fetch.

    Raises
    ------
    TimeoutError
        If some partition gets no fetch response within ``timeout``.
    """
    result = dict(listed)
    # listed == 0 is an empty partition; Tansu's answer is only wrong when a batch exists.
    todo = {tp: offset for tp, offset in listed.items() if offset is not None and offset > 0}
    if not todo:
        return result
    consumer = aiokafka.AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers,
        group_id=None,  # no group: no join, no commits, invisible to Faust's group
        enable_auto_commit=False,
        # If (listed - 1) were ever out of range, any valid position still yields the right high watermark.
        auto_offset_reset="latest",
        fetch_max_wait_ms=100,
        **consumer_kwargs,
    )
    await consumer.start()
    try:
        tps = [aiokafka.TopicPartition(tp.topic, tp.partition) for tp in todo]
        consumer.assign(tps)
        for tp, offset in zip(tps, todo.values(), strict=True):
            consumer.seek(tp, offset - 1)  # base offset of the last batch: that batch alone is returned
        deadline = time.monotonic() + timeout
        # aiokafka records the high watermark on every successful fetch response, records or not.
        while any(consumer.highwater(tp) is None for tp in tps):
            if time.monotonic() >= deadline:
                missing = [tp for tp in tps if consumer.highwater(tp) is None]
                raise TimeoutError(f"no fetch response within {timeout}s for {missing}")
            await consumer.getmany(*tps, timeout_ms=100)
        for tp, faust_tp in zip(tps, todo, strict=True):
            result[faust_tp] = consumer.highwater(tp)
    finally:
        await consumer.stop()
    return result


#: Fetch long-poll for consumers of the embedded broker. Tansu does not answer a waiting fetch when a
#: record arrives; it answers when the wait expires. With Faust's hard-coded 1500 ms, ``movie_events``
#: reached the window stage up to 1.5 s late; at 100 ms a record is read ~12 ms after it is produced.
FETCH_MAX_WAIT_MS = 100


class CheckedHighwaterThread(faust_fixes.ConsumerThread):
    """aiokafka consumer thread whose changelog highwaters are those of a Fetch response (see
    :func:`fetch_highwaters`): right on Tansu, and on Kafka the same as ListOffsets' answer."""

    async def _highwaters(self, partitions: list[TP]) -> Mapping[TP, int]:
        listed = await super()._highwaters(partitions)
        if self.consumer.in_transaction:  # last-stable-offset path; Tansu has no transactions anyway
            return listed
        conf = self.app.conf
        transport = self.transport
        return await fetch_highwaters(
            listed,
            bootstrap_servers=faust_aiokafka.server_list(transport.url, transport.default_port),
            timeout=conf.broker_request_timeout,
            client_id=conf.broker_client_id,
            request_timeout_ms=int(conf.broker_request_timeout * 1000),
            **faust_aiokafka.credentials_to_aiokafka_auth(conf.broker_credentials, conf.ssl_context),
        )


class ConsumerThread(CheckedHighwaterThread):
    """Consumer thread for the embedded broker: checked highwaters and a short fetch wait
    (:data:`FETCH_MAX_WAIT_MS`)."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Faust passes fetch_max_wait_ms=1500 with no setting to change it; the fetcher reads this at start.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class Consumer(faust_fixes.Consumer):
    """Faust aiokafka consumer using :class:`ConsumerThread`."""

    consumer_thread = ConsumerThread


class Transport(faust_fixes.Transport):
    """Faust transport for ``tansu://`` URLs: ``kafka://`` with a correct changelog highwater and a short
    fetch wait."""

    Consumer = Consumer


class KafkaConsumer(faust_fixes.Consumer):
    """Faust aiokafka consumer using :class:`CheckedHighwaterThread`."""

    consumer_thread = CheckedHighwaterThread


class KafkaTransport(faust_fixes.Transport):
    """Faust transport for ``kafka://`` URLs: Faust's fixes and checked changelog highwaters, so a worker
    given ``kafka://`` for a Tansu broker (say, another worker's embedded one) recovers its tables right
    too. On Kafka the check costs one short fetch per table recovery and changes nothing."""

    Consumer = KafkaConsumer


# Faust resolves the transport class from the broker URL scheme through this registry
# (``faust.transport.by_url``). Registering at import time means any module that builds its App with
# ``faust_broker_settings()`` or ``EmbeddedBroker.url`` gets the scheme, with no reinstall needed; this
# module alone registers both schemes, so the result does not depend on import order.
TRANSPORTS.aliases.setdefault(SCHEME, f"{__name__}:Transport")
TRANSPORTS.aliases["kafka"] = f"{__name__}:KafkaTransport"


def faust_broker_settings(url: str, session_timeout_s: float = TANSU_SESSION_TIMEOUT_S) -> dict[str, Any]:
    """Return the ``faust.App`` keyword arguments for the embedded Tansu broker.

    Parameters
    ----------
    url : str
        Broker URL, normally :attr:`EmbeddedBroker.url` (``tansu://127.0.0.1:PORT``). A ``kafka://`` URL
        to the same broker is accepted (with the same highwater check, and Faust's 1.5 s fetch wait).
    session_timeout_s : float
        Consumer-group session and rebalance timeout. Tansu holds every group join for half the session
        of the group's first member, so this is also what a start or a rebalance waits: Faust's 60 s
        default would cost 30 s per rebalance.

    Returns
    -------
    dict[str, Any]
        ``broker``, the group timeouts (the heartbeat a third of the session, at most 3 s) and
        ``at_least_once`` (Tansu rejects the idempotent producer that ``exactly_once`` needs).

    Examples
    --------
    >>> faust_broker_settings("tansu://127.0.0.1:9092")["broker_session_timeout"]
    4.0
    >>> faust_broker_settings("tansu://127.0.0.1:9092", 10.0)["broker_heartbeat_interval"]
    3.0
    """
    return {
        "broker": url,
        "broker_session_timeout": session_timeout_s,
        "broker_rebalance_timeout": session_timeout_s,
        "broker_heartbeat_interval": min(3.0, session_timeout_s / 3),
        "processing_guarantee": "at_least_once",
    }
