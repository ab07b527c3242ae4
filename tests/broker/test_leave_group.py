"""Tansu keeps a consumer stopped in its group's first generation as a member (what ``bench/run.py`` waits
out before restarting its workers): Tansu numbers the first generation 0, and aiokafka sends LeaveGroup on
stop only from generation 1 on (Kafka's first)."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer

from trendscope_app.broker.embedded import EmbeddedBroker, create_topics

from .helpers import admin_client, wait_for


async def members(bootstrap: str, group: str) -> list[str]:
    async with admin_client(bootstrap) as admin:
        (response,) = await admin.describe_consumer_groups([group])
    (described,) = response.groups
    return [m[0] for m in described[5]]  # (error, group, state, protocol type, protocol, members)


async def test_a_member_stopped_in_the_first_generation_stays_until_its_session_expires(
    broker: EmbeddedBroker,
) -> None:
    await create_topics(broker.bootstrap, {"t": 2})

    async def joined(group: str) -> AIOKafkaConsumer:
        consumer = AIOKafkaConsumer(
            "t", bootstrap_servers=broker.bootstrap, group_id=group, session_timeout_ms=10_000
        )
        await consumer.start()

        async def assignment() -> set:
            return set(consumer.assignment())

        await wait_for(assignment, bool, timeout=30, what=f"an assignment in {group}")
        return consumer

    first = await joined("g")
    assert first._coordinator.generation == 0  # Kafka's first generation is 1
    member = await members(broker.bootstrap, "g")
    await first.stop()
    assert await members(broker.bootstrap, "g") == member  # no LeaveGroup was sent

    # From the second generation on the same stop leaves the group at once.
    a = await joined("h")
    b = await joined("h")
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
