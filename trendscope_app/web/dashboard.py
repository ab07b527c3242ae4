"""Dashboard page (issue 7). Stub: replaced by the dashboard work."""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

if TYPE_CHECKING:
    from trendscope_app.factory import Runtime


def register(app: faust.App, rt: Runtime) -> None:
    """Serve the dashboard at GET / on ``app``."""
