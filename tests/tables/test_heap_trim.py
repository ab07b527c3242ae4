"""Returning glibc's free heap pages (``trendscope_app.memory.release_free_heap``), measured in a fresh
interpreter's own resident size."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")

PROGRAM = textwrap.dedent(
    """
    import sys
    from trendscope_app.memory import release_free_heap

    def rss_mib():
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) // 1024 for line in f if line.startswith("VmRSS:"))

    blocks = [bytearray(2000) for _ in range(100_000)]  # ~200 MiB of malloc'd blocks, not pymalloc's
    keep = blocks[::50]  # one block in fifty stays alive: the heap cannot shrink from its top
    del blocks
    before = rss_mib()
    trimmed = release_free_heap() if sys.argv[1] == "trim" else None
    print(trimmed, before, rss_mib())
    """
)


def _run(mode: str) -> tuple[str, int, int]:
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM, mode], capture_output=True, text=True, timeout=60, check=True
    ).stdout.split()
    return out[0], int(out[1]), int(out[2])


def test_freed_holes_stay_resident_until_trimmed_and_the_trim_returns_them() -> None:
    _, before, after = _run("none")
    assert after > 150 and before - after < 20  # without the trim the holes stay resident
    trimmed, before, after = _run("trim")
    assert trimmed == "True"
    assert before > 150 and after < before - 100
