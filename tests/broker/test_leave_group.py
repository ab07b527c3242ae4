"""Tansu keeps a consumer stopped in its group's first generation as a member (what ``bench/run.py`` waits
out before restarting its workers): Tansu numbers the first generation 0, and aiokafka sends LeaveGroup on
stop only from generation 1 on (Kafka's first)."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient

from trendscope_app.broker.embedded import EmbeddedBroker, create_topics

from .helpers import wait_for


async def members(bootstrap: str, group: str) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group])
    finally:
        await admin.close()
    (described,) = response.groups
    return [m[0] for m in described[5]]  # (error, group, state, protocol type, protocol, members)


async def test_a_member_stopped_in_the_first_generation_stays_until_its_session_expires(
    broker: EmbeddedBroker,
) -> None:
    await create_topics(broker.bootstrap, {"t": 2})

    async def joined(group: str, session_ms: int) -> AIOKafkaConsumer:
        consumer = AIOKafkaConsumer(
            "t", bootstrap_servers=broker.bootstrap, group_id=group, session_timeout_ms=session_ms
        )
        await consumer.start()

        async def assignment() -> set:
            return set(consumer.assignment())

        await wait_for(assignment, bool, timeout=30, what=f"an assignment in {group}")
        return consumer

    first = await joined("g", 10_000)
    assert first._coordinator.generation == 0  # Kafka's first generation is 1
    member = await members(broker.bootstrap, "g")
    await first.stop()
    assert await members(broker.bootstrap, "g") == member  # no LeaveGroup was sent

    # From the second generation on the same stop leaves the group at once.
    a = await joined("h", 10_000)
    b = await joined("h", 10_000)
    await wait_for(
        lambda: members(broker.bootstrap, "h"), lambda m: len(m) == 2, timeout=30, what="2 members"
    )
    if a._coordinator.generation == 0:  # b's join may have completed a's first generation's rebalance
        await wait_for(
            lambda: _generation(a),
            lambda g: g >= 1,
            timeout=30,
            what="a second generation for the first member",
        )
    await a.stop()
    await b.stop()
    assert await members(broker.bootstrap, "h") == []


async def _generation(consumer: AIOKafkaConsumer) -> int:
    return consumer._coordinator.generation
