"""The malloc arena cap (``trendscope_app.memory``), checked in fresh interpreters: glibc's own report of
its arenas (``malloc_info``) after several threads have allocated."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")

PROGRAM = textwrap.dedent(
    """
    import ctypes, os, sys, tempfile, threading
    from trendscope_app.memory import limit_malloc_arenas
    applied = limit_malloc_arenas() if sys.argv[1] == "cap" else None
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.fopen.restype = ctypes.c_void_p
    start = threading.Barrier(8)
    def work():
        start.wait()  # all threads alive at once: each new thread gets an arena of its own if allowed
        libc.malloc(200_000)
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    path = tempfile.mktemp()
    fp = libc.fopen(path.encode(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(fp))
    libc.fclose(ctypes.c_void_p(fp))
    print(applied, open(path).read().count("<heap nr="))
    """
)


def _arenas(mode: str, **env: str) -> tuple[str, int]:
    environ = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | env
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM, mode],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    return out[0], int(out[1])


def test_the_cap_bounds_the_arenas_threads_create() -> None:
    applied, capped = _arenas("cap")
    _, free = _arenas("free")
    assert applied == "True"
    assert capped <= 2, f"{capped} arenas with the cap"
    assert free > capped, f"without the cap threads made {free} arenas: the check would not show a cap"


def test_an_operators_malloc_arena_max_wins() -> None:
    applied, n = _arenas("cap", MALLOC_ARENA_MAX="4")
    assert applied == "False"
    assert n <= 4
