"""The process-wide Faust app, built from the environment, with TrendScope's own commands.

Named ``application`` rather than Faust's usual ``app`` so that ``trendscope_app.app`` stays the app
object (what ``faust -A trendscope_app`` looks up), not this module.

``faust -A trendscope_app <command>`` and ``python -m trendscope_app <command>`` both land here. Building
the app starts nothing and writes nothing: the embedded broker, if any, is started by the ``worker``
command alone (:func:`trendscope_app.factory.embedded_broker_worker`).
"""

from __future__ import annotations

from trendscope_app.cli.app_commands import register_commands
from trendscope_app.factory import create_app
from trendscope_app.settings import get_settings

app, runtime = create_app(get_settings())
register_commands(app, runtime.settings)

__all__ = ["app", "runtime"]
