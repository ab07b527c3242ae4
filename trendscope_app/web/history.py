"""JSON bodies of the history lookups (``/trends/{id}history``, ``/predictions/{id}history``).

Pure functions: the views in :mod:`trendscope_app.web.views` parse the parameters and ask the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trendscope_app.models import Prediction, TrendScore
from trendscope_app.storage.base import TimeRange
from trendscope_app.web.api import BadParam, iso

_TIME_FIELDS = (
    "window_start",
    "window_end",
    "target_window_start",
    "target_window_end",
    "made_at_window_end",
)


def time_range(start: float | None, end: float | None) -> TimeRange:
    """The inclusive range ``from``..``to``; both optional.

    Examples
    --------
    >>> time_range(60.0, None)
    TimeRange(start=60.0, end=None)
    >>> time_range(120.0, 60.0)
    Traceback (most recent call last):
    ...
    trendscope_app.web.api.BadParam: from must not be after to
    """
    if start is not None and end is not None and start > end:
        raise BadParam("from must not be after to")
    return TimeRange(start, end)


def history_body(
    movie_id: int,
    key: str,
    between: TimeRange,
    limit: int,
    rows: list[Any],
    live_status: Callable[[float], str | None] | None = None,
) -> dict[str, Any]:
    """The response: rows newest first, times as ISO; ``truncated`` when more rows matched.

    ``rows`` holds up to ``limit + 1`` rows: the extra one only tells that the range holds more. With
    ``live_status`` (forecasts), each row gets a ``status`` (:func:`stored_status`); ``live_status`` says
    what the live lookup shows for the movie's forecast of a target window end, ``None`` when it no longer
    holds it.

    Examples
    --------
    >>> rows = [Prediction(7, 60.0, 360.0, 3.5), Prediction(7, 0.0, 300.0, 3.0, actual=2.0)]
    >>> body = history_body(7, "predictions", TimeRange(None, None), 1, rows)
    >>> body["truncated"], body["predictions"][0]["target_window_end"]
    (True, '1970-01-01T00:06:00Z')
    >>> body = history_body(7, "predictions", TimeRange(None, None), 2, rows, lambda end: "pending")
    >>> [r["status"] for r in body["predictions"]]
    ['pending', 'scored']
    """
    out = []
    for r in rows[:limit]:
        row = row_json(r)
        if live_status is not None:
            row["status"] = stored_status(r.actual, live_status(r.target_window_end))
        out.append(row)
    return {
        "movie_id": movie_id,
        "from": None if between.start is None else iso(between.start),
        "to": None if between.end is None else iso(between.end),
        "limit": limit,
        "truncated": len(rows) > limit,
        key: out,
    }


def stored_status(actual: float | None, live: str | None) -> str:
    """The ``status`` of a stored forecast, in the words of ``/predictions/{movie_id}``.

    ``scored`` once the store holds its actual. Otherwise what the live lookup says of the same forecast
    (``live``), except that one scored there is still ``pending`` here: the store gets the score a moment
    later. A forecast the live lookup no longer holds (older than its ``FORECAST_HISTORY`` newest) and the
    store holds unscored is ``unscored``: its score, if any, was written long ago.

    Examples
    --------
    >>> stored_status(2.0, None), stored_status(None, "scored"), stored_status(None, "pending")
    ('scored', 'pending', 'pending')
    >>> stored_status(None, "unscored"), stored_status(None, None)
    ('unscored', 'unscored')
    """
    if actual is not None:
        return "scored"
    if live is None:
        return "unscored"
    return "pending" if live == "scored" else live


def row_json(row: TrendScore | Prediction) -> dict[str, Any]:
    """A stored row as JSON, with its times in ISO 8601 UTC.

    Examples
    --------
    >>> row_json(Prediction(7, 60.0, 360.0, 3.5))["target_window_end"]
    '1970-01-01T00:06:00Z'
    """
    out = row.as_dict()
    for f in _TIME_FIELDS:
        if out.get(f) is not None:
            out[f] = iso(out[f])
    return out
