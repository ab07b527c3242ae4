"""The forecast lookups the web views use (the HTTP side is covered end to end)."""

from __future__ import annotations

from types import SimpleNamespace

from trendscope_app.tables.lookup import LookupTable
from trendscope_app.web.views import forecast_for


def stored(target_end: float, actual: float | None = None) -> dict:
    return {
        "movie_id": 7,
        "target_window_start": target_end - 300,
        "target_window_end": target_end,
        "predicted": 10.0,
        "baseline": 9.0,
        "model_version": "linear.p0.g0.n3",
        "made_at_window_end": target_end - 60,
        "actual": actual,
        "error": None if actual is None else actual - 10.0,
        "baseline_error": None if actual is None else actual - 9.0,
    }


def runtime(*rows: dict, keep: int = 10, trends: tuple[dict, ...] = ()) -> SimpleNamespace:
    predictions = LookupTable("target_window_end", keep=keep)
    predictions.bind({})  # type: ignore[arg-type]  # a dict stands in for the Faust table
    predictions.write(rows)
    windows = LookupTable("window_end", keep=keep)
    windows.bind({})  # type: ignore[arg-type]
    windows.write(trends)
    return SimpleNamespace(tables=SimpleNamespace(predictions=predictions, trends=windows))


def window(end: float, complete: bool) -> dict:
    return {
        "movie_id": 7,
        "window_start": end - 300,
        "window_end": end,
        "trend_score": 11.0,
        "complete": complete,
    }


def test_a_forecast_whose_window_closed_partial_is_unscored_not_pending_forever():
    """A replay's last windows (or an outage's) close partial and are never scored: their forecast is done."""
    open_ = runtime(stored(720.0), trends=(window(660.0, True),))
    assert forecast_for(open_, 7)["status"] == "pending"  # its window has not closed
    closing = runtime(stored(720.0), trends=(window(660.0, True), window(720.0, True)))
    assert forecast_for(closing, 7)["status"] == "pending"  # closed complete: scored in a moment
    partial = runtime(stored(720.0), trends=(window(660.0, True), window(720.0, False)))
    assert forecast_for(partial, 7)["status"] == "unscored"


def test_forecast_for_returns_the_open_forecast_made_at_the_given_window():
    rt = runtime(stored(660.0, 12.0), stored(720.0))
    f = forecast_for(rt, 7)
    assert f is not None and f["status"] == "pending" and f["predicted"] == 10.0
    assert (
        f["target_window_end"] == "1970-01-01T00:12:00Z" and f["made_at_window_end"] == "1970-01-01T00:11:00Z"
    )
    assert forecast_for(rt, 7, made_at_window_end=660.0) == f
    assert forecast_for(rt, 7, made_at_window_end=600.0) is None  # made at another window
    assert forecast_for(rt, 8) is None


def test_a_scored_newest_forecast_is_not_a_forecast_of_the_next_window():
    rt = runtime(stored(720.0, 11.0))
    assert forecast_for(rt, 7) is None


def test_history_keeps_one_forecast_per_target_newest_first():
    rt = runtime(*(stored(t) for t in (600.0, 660.0, 720.0)), keep=2)
    predictions = rt.tables.predictions
    assert [f["target_window_end"] for f in predictions.newest(7, 10)] == [720.0, 660.0]
    predictions.write([stored(720.0, 4.0)])
    assert [(f["target_window_end"], f["actual"]) for f in predictions.newest(7, 10)] == [
        (720.0, 4.0),
        (660.0, None),
    ]
