"""TrendScope: real-time movie trends on Faust.

``app`` is built on first access, so importing the pure modules (matcher, windows, scoring) needs no
broker or settings.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

__all__ = ["__version__", "app"]

try:
    __version__ = version("trendscope")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "app":
        from trendscope_app.application import app

        return app
    raise AttributeError(name)
