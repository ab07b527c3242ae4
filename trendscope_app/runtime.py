"""What the agents, the web views and the observability hooks of one worker share.

The stages are typed by the little each reader needs (protocols), so that the web layer and the hooks
depend on this module, not on the agents that implement them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import faust

from trendscope_app.settings import Settings
from trendscope_app.startup import StartUp
from trendscope_app.tables import Tables
from trendscope_app.topics import Topics

__all__ = ["CommentReading", "HistoryWriting", "InputsStatus", "Runtime", "Windowing"]


class InputsStatus(Protocol):
    def status(self) -> dict[str, dict[str, Any]]: ...

    def broker_silent_for(self, now: float | None = None) -> float: ...


class CommentReading(Protocol):
    committed: Mapping[Any, int | None]

    def assignment(self) -> set[Any]: ...

    def highwater(self, tp: Any) -> int | None: ...


class Windowing(Protocol):
    aggregators: Mapping[int, Any]


class Forecasting(Protocol):
    def start_tracking(self) -> None: ...

    async def tracking_started(self, timeout: float) -> bool: ...

    @property
    def tracking_failed(self) -> bool: ...

    async def follow(self, published: Mapping[int, Any]) -> None: ...


class HistoryWriting(Protocol):
    store: Any


class HistoryHandOver(Protocol):
    def offer(self, rows: Sequence[Any], done: Sequence[Any]) -> None: ...


@dataclass
class Runtime:
    """Everything the agents and views share on one worker; the stages are set by the factory."""

    settings: Settings
    app: faust.App
    topics: Topics = field(init=False)
    tables: Tables = field(init=False)
    inputs: InputsStatus = field(init=False)
    windows: Windowing = field(init=False)
    comments: CommentReading = field(init=False)
    forecast: Forecasting = field(init=False)
    history_writer: HistoryWriting = field(init=False)
    history: HistoryHandOver = field(init=False)
    #: Set once start-up is over (tables recovered, models imported, matcher built) and its heap frozen;
    #: the comment reader starts reading then. MLflow is not waited for.
    started: asyncio.Event = field(default_factory=asyncio.Event)
    #: Seconds from launch to the end of each start-up phase (``/health``'s ``start_up``).
    start_up: StartUp = field(default_factory=StartUp)
