"""Store writer agent (issue 4). Stub: replaced by the storage work."""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

if TYPE_CHECKING:
    from trendscope_app.factory import Runtime


def register(app: faust.App, rt: Runtime) -> None:
    """Declare the store writer and history views on ``app``."""
