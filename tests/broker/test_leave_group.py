"""Tansu numbers a group's first generation 0, and aiokafka sends LeaveGroup on stop only from generation 1
on (Kafka's first): a consumer stopped in that generation stays a member until its session expires. The
workers install :mod:`trendscope_app.broker.leave_group`, which leaves in every generation."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.consumer.group_coordinator import GroupCoordinator

from trendscope_app.broker import leave_group
from trendscope_app.broker.embedded import EmbeddedBroker, create_topics

from .helpers import admin_client, wait_for


async def members(bootstrap: str, group: str) -> list[str]:
    async with admin_client(bootstrap) as admin:
        (response,) = await admin.describe_consumer_groups([group])
    (described,) = response.groups
    return [m[0] for m in described[5]]  # (error, group, state, protocol type, protocol, members)


async def test_a_member_stopped_in_the_first_generation_leaves_with_the_fix_and_stays_without(
    broker: EmbeddedBroker, monkeypatch: pytest.MonkeyPatch
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

    # aiokafka's rule: no LeaveGroup in generation 0, so the member stays until its session expires.
    monkeypatch.setattr(GroupCoordinator, "_maybe_leave_group", leave_group.AIOKAFKA_RULE)
    first = await joined("g")
    assert first._coordinator.generation == 0  # Kafka's first generation is 1
    member = await members(broker.bootstrap, "g")
    await first.stop()
    assert await members(broker.bootstrap, "g") == member

    # The workers' rule (trendscope_app.broker.leave_group): the same stop leaves the group at once.
    leave_group.install()
    second = await joined("h")
    assert second._coordinator.generation == 0
    assert len(await members(broker.bootstrap, "h")) == 1
    await second.stop()
    assert await members(broker.bootstrap, "h") == []
