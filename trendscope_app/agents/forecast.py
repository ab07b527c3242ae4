"""Forecast agent (issue 3). Stub: replaced by the forecasting work."""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

if TYPE_CHECKING:
    from trendscope_app.factory import Runtime


def register(app: faust.App, rt: Runtime) -> None:
    """Declare the forecast agent, its tables and views on ``app``."""
