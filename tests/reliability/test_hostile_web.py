"""Hostile web requests: always a JSON 4xx or a correct answer, never a 500, and the worker keeps running."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from tests.support import spawn
from trendscope_app.web.errors import MAX_LINE

pytestmark = pytest.mark.e2e

PATHS = [
    "/nope",
    "/trends/",
    "/trends/abc/",
    "/trends/-1/",
    "/trends/0/",
    "/trends/1.5/",
    "/trends/99999999999999999999999/",
    "/trends/12/?limit=abc",
    "/trends/top/?limit=-1",
    "/trends/top/?limit=0",
    "/trends/top/?limit=1001",
    "/trends/top/?limit=" + "9" * 500,
    "/trends/top/?limit=1e9",
    "/trends/top/?limit=%00",
    "/trends/top/?limit=5&limit=6",
    "/trends/%2e%2e/%2e%2e/etc/passwd",
    "/trends/top/" + "x" * 20_000,
    "/trends/top/?q=" + "y" * 60_000,
    "/metrics/../../",
    "/" + "z" * 70_000,
]


async def fetch(session: aiohttp.ClientSession, url: str, method: str = "GET") -> tuple[int, object]:
    async with session.request(method, url) as r:
        text = await r.text()
        try:
            return r.status, json.loads(text)
        except ValueError:
            return r.status, text


async def hammer(base: str) -> list[tuple[str, int, object]]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        reqs = [(p, "GET") for p in PATHS] + [("/trends/top/", "POST"), ("/trends/top/", "DELETE")]
        results = await asyncio.gather(*(fetch(session, base + p, m) for p, m in reqs))
        # 300 concurrent valid and invalid requests.
        burst = [f"/trends/top/?limit={i % 12}" for i in range(300)]
        burst_results = await asyncio.gather(*(fetch(session, base + p) for p in burst))
        return [(p, *r) for (p, _), r in zip(reqs, results, strict=True)] + [
            (p, *r) for p, r in zip(burst, burst_results, strict=True)
        ]


def test_hostile_requests_get_json_errors_and_the_worker_survives(broker, workers, tmp_path):
    w = spawn(workers, broker, tmp_path, "w")
    w.wait_ready()
    results = asyncio.run(hammer(w.url))
    statuses = sorted({s for _, s, _ in results})
    print(f"\n{len(results)} hostile/concurrent requests, statuses {statuses}")
    for path, status, body in results:
        assert status < 500, f"{path[:80]}: {status} {body!r:.200}"
        if len(path) > MAX_LINE:
            # Past 64 KiB the HTTP parser itself refuses the request line (plain-text 400) before any
            # application code runs; a 4xx is the contract that still holds there.
            assert status == 400
            continue
        if status >= 400:
            assert isinstance(body, dict) and isinstance(body.get("error"), str), (
                f"{path[:80]}: {body!r:.200}"
            )
        elif isinstance(body, str):
            # The only HTML is the dashboard at "/" ("/metrics/../../" normalises to it).
            assert body.lstrip().lower().startswith("<!doctype html>"), f"{path[:80]}: {body!r:.200}"
        else:
            assert isinstance(body, dict), f"{path[:80]}: {body!r:.200}"
    assert any(s == 200 for _, s, _ in results) and any(s == 400 for _, s, _ in results)
    assert any(s == 404 for _, s, _ in results) and any(s == 405 for _, s, _ in results)
    assert w.proc.poll() is None
    status, _ = asyncio.run(_one(w.url + "/trends/top/"))
    assert status == 200


async def _one(url: str) -> tuple[int, object]:
    async with aiohttp.ClientSession() as s:
        return await fetch(s, url)
