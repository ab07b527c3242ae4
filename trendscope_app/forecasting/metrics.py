"""Prometheus metrics of the forecaster, in the app's one registry (served at ``/metrics``).

The error gauges have a ``partition`` label (one model per ``trend_stream`` partition) and a ``scope``
label: ``all`` (every scored forecast since the model's state began) or ``recent`` (the last
``FORECAST_RECENT`` ones).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping

from prometheus_client import Counter, Gauge, Histogram

from trendscope_app.metrics import REGISTRY

PREDICTIONS = Counter("ml_predictions", "Forecasts made (one per movie per closed window)", registry=REGISTRY)
MAE = Gauge("ml_mae", "Model mean absolute error", ["partition", "scope"], registry=REGISTRY)
RMSE = Gauge("ml_rmse", "Model root mean squared error", ["partition", "scope"], registry=REGISTRY)
BASELINE_MAE = Gauge(
    "ml_baseline_mae", "Persistence baseline mean absolute error", ["partition", "scope"], registry=REGISTRY
)
PREDICTION_SECONDS = Histogram(
    "ml_prediction_seconds",
    "Time to build the features and run the model for one forecast",
    buckets=(1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 1e-2, 5e-2),
    registry=REGISTRY,
)
DRIFTS = Counter("ml_drift", "Drifts detected by ADWIN on the model's absolute error", registry=REGISTRY)
BREAKOUT_EVENTS = Counter(
    "trendscope_breakout_events",
    "Breakout events published (kind: start, peak, end); a replay after a crash may count one again",
    ["kind"],
    registry=REGISTRY,
)
BREAKOUTS_ACTIVE = Gauge(
    "trendscope_breakouts_active",
    "Movies breaking out now, per trend_stream partition this worker owns",
    ["partition"],
    registry=REGISTRY,
)
FORECAST_INPUTS = Counter(
    "trendscope_forecast_inputs",
    "TrendScores the forecast stage learned from, by how they reached it: window_stage (handed over as they "
    "were published) or trend_stream (read back from the topic: after a restart, or a partition that moved)",
    ["via"],
    registry=REGISTRY,
)
for _kind in ("start", "peak", "end"):
    BREAKOUT_EVENTS.labels(kind=_kind)
for _via in ("window_stage", "trend_stream"):
    FORECAST_INPUTS.labels(via=_via)

_GAUGES = (
    (MAE, "mae", "recent_mae"),
    (RMSE, "rmse", "recent_rmse"),
    (BASELINE_MAE, "baseline_mae", "recent_baseline_mae"),
)


def set_errors(partition: int, summary: Mapping[str, float]) -> None:
    """Publish a forecaster's :meth:`~.PartitionForecaster.summary` (NaN until it has scored one)."""
    p = str(partition)
    for gauge, overall, recent in _GAUGES:
        gauge.labels(partition=p, scope="all").set(summary[overall])
        gauge.labels(partition=p, scope="recent").set(summary[recent])


def forget(partitions: Iterable[int]) -> None:
    """Drop the gauges of partitions this worker no longer owns."""
    for partition in partitions:
        with contextlib.suppress(KeyError):
            BREAKOUTS_ACTIVE.remove(str(partition))
        for gauge, _, _ in _GAUGES:
            for scope in ("all", "recent"):
                with contextlib.suppress(KeyError):
                    gauge.remove(str(partition), scope)
