"""The table manager registers the changelogs at once: Faust's own pauses a second first, and every
worker's group join waited for it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from trendscope_app.factory import create_app
from trendscope_app.settings import load_settings
from trendscope_app.tables.manager import PromptTableManager


def test_the_app_registers_its_tables_without_faust_s_pause(tmp_path: Path) -> None:
    s = load_settings(_env_file=None, kafka_broker="kafka://127.0.0.1:1", data_dir=tmp_path, store="memory")
    app, _ = create_app(s)
    manager = app.tables
    assert isinstance(manager, PromptTableManager)
    calls: list[str] = []

    async def pause(seconds: float) -> None:
        calls.append(f"sleep {seconds}")

    async def registered() -> None:
        calls.append("changelogs registered")

    async def recovery() -> None:
        calls.append("recovery started")

    manager.sleep = pause  # type: ignore[method-assign]
    manager._update_channels = registered  # type: ignore[method-assign]
    manager.recovery.start = recovery  # type: ignore[method-assign]
    asyncio.run(manager.on_start())
    assert calls == ["changelogs registered", "recovery started"]
