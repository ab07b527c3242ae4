"""Observability: metrics beyond the app counters (Faust sensors, consumer lag, per-movie gauges).

The window and forecast agents call :func:`observe_trend` and :func:`observe_forecast`; everything else is
installed by :func:`trendscope_app.observability.hooks.register`.
"""

from trendscope_app.observability.movies import observe_forecast, observe_trend

__all__ = ["observe_forecast", "observe_trend"]
