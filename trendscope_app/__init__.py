"""TrendScope: real-time movie trends on Faust.

``app`` is built on first access, so importing the pure modules (matcher, windows, scoring) needs no
broker or settings.
"""

from __future__ import annotations

from typing import Any

from trendscope_app.version import __version__

__all__ = ["__version__", "app"]


def __getattr__(name: str) -> Any:
    if name == "app":
        from trendscope_app.application import app

        return app
    raise AttributeError(name)
