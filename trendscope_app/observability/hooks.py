"""Observability hooks (issue 6): Faust sensor metrics into the Prometheus registry. Stub."""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

if TYPE_CHECKING:
    from trendscope_app.factory import Runtime


def register(app: faust.App, rt: Runtime) -> None:
    """Install sensors and extra metrics on ``app``."""
