"""The event-time guard, without Kafka: what it accepts and rejects, per partition, as wall time passes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trendscope_app.models import InvalidRecord
from trendscope_app.windows.guard import EventTimeGuard

JUMP = 3600.0


def test_each_partition_has_its_own_allowance() -> None:
    guard = EventTimeGuard(JUMP)
    guard.check("r0", 1_000.0, now=0.0)
    guard.check("r1", 50_000.0, now=0.0)  # another partition may be far ahead: not r0's business
    with pytest.raises(InvalidRecord, match="partition r0"):
        guard.check("r0", 1_000.0 + JUMP + 10, now=5.0)
    assert guard.newest("r0") == 1_000.0 and guard.newest("r1") == 50_000.0 and guard.newest("t0") is None


def test_a_rejected_record_moves_nothing_and_older_records_always_pass() -> None:
    guard = EventTimeGuard(JUMP)
    guard.check("r0", 10_000.0, now=100.0)
    with pytest.raises(InvalidRecord):
        guard.check("r0", 10_000.0 + 2 * JUMP, now=100.0)
    assert guard.newest("r0") == 10_000.0
    guard.check("r0", 0.0, now=100.0)  # late records are the window stage's concern, not a jump
    assert guard.newest("r0") == 10_000.0


@given(
    start=st.floats(0, 2e9),
    waited=st.floats(0, 1e6),
    ahead=st.floats(0, 1e7),
)
def test_the_allowance_is_the_jump_plus_the_wall_time_since_the_partition_last_advanced(
    start: float, waited: float, ahead: float
) -> None:
    guard = EventTimeGuard(JUMP)
    guard.check("r0", start, now=1_000.0)
    allowed = ahead <= JUMP + waited
    try:
        guard.check("r0", start + ahead, now=1_000.0 + waited)
        accepted = True
    except InvalidRecord:
        accepted = False
    # Float rounding at the exact boundary may go either way; anywhere else the rule decides.
    if abs(ahead - (JUMP + waited)) > 1e-3:
        assert accepted == allowed
