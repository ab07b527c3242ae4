"""Faust's table manager without its fixed one-second pause at start.

Faust's ``TableManager.on_start`` sleeps a second before it registers the tables' changelogs, to let
tables declared while agents start be included; the consumer's group join waits for that registration.
Every TrendScope table is declared when the app is built (:func:`trendscope_app.tables.declare_tables`),
before the worker starts, so the pause only delayed every start by a second.
"""

from __future__ import annotations

from faust.tables import TableManager

__all__ = ["PromptTableManager"]


class PromptTableManager(TableManager):
    """Registers the changelogs as soon as the worker starts (all tables are declared by then)."""

    async def on_start(self) -> None:
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()
