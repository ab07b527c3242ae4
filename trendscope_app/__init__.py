"""TrendScope: real-time movie trends on Faust.

``app`` is built on first access, so importing the pure modules (matcher, windows, scoring) needs no
broker or settings.
"""

from __future__ import annotations

from typing import Any

__all__ = ["app"]


def __getattr__(name: str) -> Any:
    if name == "app":
        from trendscope_app.factory import get_app

        return get_app()[0]
    raise AttributeError(name)
