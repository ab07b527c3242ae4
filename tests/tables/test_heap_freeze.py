"""The start-up heap freeze (``trendscope_app.memory.freeze_startup_heap``), in a fresh interpreter so the
test session's own heap is left alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROGRAM = textwrap.dedent(
    """
    import gc
    from trendscope_app.memory import freeze_startup_heap

    class Node:
        pass

    kept = [Node() for _ in range(50_000)]  # the start-up heap
    frozen = freeze_startup_heap()
    walked = len(gc.get_objects())  # what a full collection now looks at
    assert not any(o is kept for o in gc.get_objects()), "a start-up object is still walked"

    def cycle():
        a, b = Node(), Node()
        a.other, b.other = b, a
    gc.disable()  # no automatic collection in between: the one below must find them all
    for _ in range(1000):
        cycle()  # garbage made after the freeze
    collected = gc.collect()
    print(frozen, walked, collected)
    """
)


def test_the_start_up_heap_leaves_the_collectors_sight_and_later_cycles_are_still_collected() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60, check=True
    ).stdout.split()
    frozen, walked, collected = map(int, out)
    assert frozen > 50_000
    assert walked < 1_000  # the interpreter's own few, not the 50k nodes
    assert collected >= 2_000  # both nodes of each cycle
