"""Query parameters and JSON bodies of the history lookups (``/trends/{id}/history/``, ``/predictions/...``).

Pure functions: the Faust views in :mod:`trendscope_app.agents.store` only call these and the store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from trendscope_app.storage.base import PredictionRow, TimeRange, TrendRow
from trendscope_app.web.views import BadParam, iso, parse_limit

_TIME_FIELDS = (
    "window_start",
    "window_end",
    "target_window_start",
    "target_window_end",
    "made_at_window_end",
)


def parse_time(raw: str, name: str) -> float:
    """An ISO 8601 time as epoch seconds; no offset means UTC.

    A ``+hh:mm`` offset that reached us as a space (an unencoded ``+`` in a query string) is accepted.

    Examples
    --------
    >>> parse_time("2024-05-01T12:00:00Z", "from")
    1714564800.0
    >>> parse_time("2024-05-01T14:00:00+02:00", "from"), parse_time("2024-05-01T14:00:00 02:00", "from")
    (1714564800.0, 1714564800.0)
    >>> parse_time("2024-05-01", "to")
    1714521600.0
    >>> parse_time("yesterday", "to")
    Traceback (most recent call last):
    ...
    trendscope_app.web.views.BadParam: to must be an ISO 8601 time, e.g. 2024-05-01T12:00:00Z
    """
    text = raw.strip()
    text = re.sub(r"(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$", r"\1+\2", text)
    try:
        if len(text) > 40:
            raise ValueError
        t = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadParam(f"{name} must be an ISO 8601 time, e.g. 2024-05-01T12:00:00Z") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.timestamp()


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    between: TimeRange
    limit: int

    @classmethod
    def parse(cls, query: Mapping[str, str], default_limit: int = 100) -> HistoryQuery:
        """``from``, ``to`` (ISO, inclusive, optional) and ``limit`` (1..1000).

        Examples
        --------
        >>> HistoryQuery.parse({"from": "1970-01-01T00:01:00Z", "limit": "5"})
        HistoryQuery(between=TimeRange(start=60.0, end=None), limit=5)
        >>> HistoryQuery.parse({"from": "1970-01-01T00:02:00Z", "to": "1970-01-01T00:01:00Z"})
        Traceback (most recent call last):
        ...
        trendscope_app.web.views.BadParam: from must not be after to
        """
        start = parse_time(query["from"], "from") if query.get("from") else None
        end = parse_time(query["to"], "to") if query.get("to") else None
        if start is not None and end is not None and start > end:
            raise BadParam("from must not be after to")
        return cls(TimeRange(start, end), parse_limit(query.get("limit"), default_limit))

    def body(self, movie_id: int, key: str, rows: list[Any]) -> dict[str, Any]:
        """The response: rows newest first, times as ISO; ``truncated`` when more rows matched.

        ``rows`` holds up to ``limit + 1`` rows: the extra one only tells that the range holds more.
        """
        return {
            "movie_id": movie_id,
            "from": None if self.between.start is None else iso(self.between.start),
            "to": None if self.between.end is None else iso(self.between.end),
            "limit": self.limit,
            "truncated": len(rows) > self.limit,
            key: [row_json(r) for r in rows[: self.limit]],
        }


def row_json(row: TrendRow | PredictionRow) -> dict[str, Any]:
    """A stored row as JSON, with its times in ISO 8601 UTC.

    Examples
    --------
    >>> row_json(PredictionRow(7, 60.0, 360.0, 3.5))["target_window_end"]
    '1970-01-01T00:06:00Z'
    """
    out = row.as_dict()
    for f in _TIME_FIELDS:
        if out.get(f) is not None:
            out[f] = iso(out[f])
    return out
