"""A stopping consumer leaves its group on every broker, so its partitions move in seconds.

Why: aiokafka sends LeaveGroup on stop only when its generation is above zero, because Kafka numbers a
group's first generation 1. Tansu numbers it 0, so a worker stopped while its group was still in that
generation (every worker of a group that never rebalanced since it formed) left without a word: the
others kept waiting for it until its session expired, and a clean stop handed its partitions over no
faster than ``kill -9`` (measured 16-18 s with the embedded broker's 10 s session, against 6-8 s after it).

What: the same request, sent whenever the consumer has a generation and a member id, which is exactly
aiokafka's rule on Kafka (where the generation is never 0 once joined). Static members
(``group_instance_id``) still do not leave, as aiokafka intends.

Except a leader on Tansu while its group rebalances. Tansu forgets a group's leader when the leader leaves
a formed group, but not when it leaves a group that is rebalancing, which is what the group becomes as
soon as another member leaves. So when every worker stopped at once and the leader's LeaveGroup came last,
the empty group kept the stopped leader's member id as its leader: the next members were all told to wait
for that leader's assignment, which never came, and the group did not form again (docs/broker.md). A
member that led its generation therefore asks the broker how the group stands (DescribeGroups) and leaves
only a formed ("Stable") group; otherwise it stops without a word and the broker drops it when its session
expires, after which the group forms again as usual (measured: the next two members formed it in 18-19 s,
where they had waited for minutes). Kafka elects the leader among the members that join, so on Kafka every
member leaves.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiokafka.client import ConnectionGroup
from aiokafka.consumer.group_coordinator import CoordinatorGroupRebalance, GroupCoordinator
from aiokafka.errors import GroupCoordinatorNotAvailableError, KafkaError
from aiokafka.protocol.admin import DescribeGroupsRequest
from aiokafka.protocol.group import LeaveGroupRequest

__all__ = ["AIOKAFKA_RULE", "install", "leaves_silently", "should_leave"]

log = logging.getLogger(__name__)

UNKNOWN_MEMBER_ID = ""
#: aiokafka's own methods, kept for the tests that show what they do on Tansu.
AIOKAFKA_RULE = GroupCoordinator._maybe_leave_group
_ON_JOIN_LEADER = CoordinatorGroupRebalance._on_join_leader
_ON_JOIN_FOLLOWER = CoordinatorGroupRebalance._on_join_follower
#: ``GroupCoordinator`` attribute: how many members the generation it leads has (0: it does not lead).
LEADS = "_trendscope_leads"
#: The state DescribeGroups gives a formed group (Kafka's name, which Tansu uses too).
FORMED = "Stable"
#: Seconds a leader on Tansu waits before it looks at its group, so that members stopping at the same time
#: (one Ctrl-C, one ``docker compose stop``) have left by then: it then sees the group rebalancing and
#: stays silent. Without the wait it saw the group formed, left, and the others left in the same
#: milliseconds (seen in a run of two workers stopped together).
LEADER_GRACE_S = 0.5
_silent_leader = False


def should_leave(generation: int, member_id: str, group_instance_id: str | None) -> bool:
    """Whether a stopping member tells the coordinator it leaves.

    Examples
    --------
    >>> should_leave(0, "m-1", None)         # Tansu's first generation
    True
    >>> should_leave(-1, "", None)           # never joined
    False
    >>> should_leave(3, "m-1", "static-a")   # a static member keeps its place
    False
    """
    return generation >= 0 and member_id != UNKNOWN_MEMBER_ID and group_instance_id is None


def leaves_silently(leads: bool, state: str | None, *, on_tansu: bool) -> bool:
    """Whether a stopping member skips LeaveGroup: a leader on Tansu unless its group is formed.

    ``state`` is the group's state as described (``None`` if the broker did not answer).

    Examples
    --------
    >>> leaves_silently(True, "Stable", on_tansu=True)       # a formed group forgets the leader
    False
    >>> leaves_silently(True, "Unknown", on_tansu=True)      # rebalancing: it would stay the leader
    True
    >>> leaves_silently(False, "Unknown", on_tansu=True)     # a follower always leaves
    False
    >>> leaves_silently(True, "PreparingRebalance", on_tansu=False)  # Kafka elects a new leader
    False
    """
    return on_tansu and leads and state != FORMED


async def _ask_coordinator(self: Any, request: Any) -> Any:
    """Send ``request`` to the group's coordinator, as aiokafka's ``_send_req`` does, without its ERROR
    line and its marking the coordinator dead on a failure: a stopping member's requests are a best effort,
    and the caller says once, at its own level, that one failed."""
    node = self.coordinator_id
    if node is None:
        raise GroupCoordinatorNotAvailableError()
    return await self._client.send(node, request, group=ConnectionGroup.COORDINATION)


async def _group_state(self: Any) -> str | None:
    """The group's state as its coordinator describes it (``None`` if it does not answer)."""
    try:
        response = await _ask_coordinator(self, DescribeGroupsRequest([self.group_id]))
        (group,) = response.groups  # (error, group, state, protocol type, protocol, members, ...)
    except (KafkaError, ValueError) as err:
        log.info("DescribeGroups of %s failed: %r", self.group_id, err)
        return None
    return None if group[0] else str(group[2])


async def _maybe_leave_group(self: Any) -> None:
    if should_leave(self.generation, self.member_id, self._group_instance_id):
        leaving = asyncio.ensure_future(_leave_unless_it_strands_the_group(self))
        try:
            await asyncio.shield(leaving)
        except asyncio.CancelledError:
            # A stop cancelled once more (a worker's tasks are, as its loop ends) still sends the
            # LeaveGroup: a leader's look at its group takes half a second, which a stop could cut short.
            log.info("the stop was cancelled while leaving group %s: the leave goes on", self.group_id)
            await asyncio.wait([leaving], timeout=LEADER_GRACE_S + 2.0)
            raise
    setattr(self, LEADS, 0)
    self.reset_generation()


async def _leave_unless_it_strands_the_group(self: Any) -> None:
    members = int(getattr(self, LEADS, 0))
    leads = members > 0
    state = None
    if leads and _silent_leader:
        if members > 1:
            # Workers stopped together leave within milliseconds of each other: the leader looks last.
            # Alone in its generation, no member can leave before it (one joining shows as a rebalance).
            await asyncio.sleep(LEADER_GRACE_S)
        state = await _group_state(self)
    if leaves_silently(leads, state, on_tansu=_silent_leader):
        log.info(
            "stopping without LeaveGroup: this member leads group %s, which is not formed (%s); the "
            "broker drops it when its session expires",
            self.group_id,
            state,
        )
    else:
        await _leave(self)


async def _leave(self: Any) -> None:
    # A best effort, as in aiokafka: no resend if the request fails or times out.
    try:
        response = await _ask_coordinator(self, LeaveGroupRequest(self.group_id, self.member_id))
    except KafkaError as err:
        log.warning("LeaveGroup request of group %s failed: %s", self.group_id, err)
        return
    error = getattr(response, "error_code", 0)
    if error:
        log.warning("LeaveGroup of group %s answered error %s", self.group_id, error)
    else:
        log.info("left consumer group %s (member %s)", self.group_id, self.member_id)


async def _on_join_leader(self: Any, response: Any) -> Any:
    setattr(self._coordinator, LEADS, len(response.members))
    return await _ON_JOIN_LEADER(self, response)


async def _on_join_follower(self: Any) -> Any:
    setattr(self._coordinator, LEADS, 0)
    return await _ON_JOIN_FOLLOWER(self)


def install(*, on_tansu: bool) -> None:
    """Replace aiokafka's leave-on-stop rule for every consumer of this process (idempotent).

    ``on_tansu``: the process talks to Tansu, whose leader rule above applies.
    """
    global _silent_leader
    _silent_leader = on_tansu
    GroupCoordinator._maybe_leave_group = _maybe_leave_group  # type: ignore[method-assign]
    CoordinatorGroupRebalance._on_join_leader = _on_join_leader
    CoordinatorGroupRebalance._on_join_follower = _on_join_follower
