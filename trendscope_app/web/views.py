"""JSON lookups on the Faust web server (DESIGN.md §6) and ``/metrics``.

Every worker holds the ``trends`` global table, so any worker answers any lookup without routing.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING, Any

import faust
from faust.web import Request, Response, View

from trendscope_app import metrics

if TYPE_CHECKING:
    from trendscope_app.factory import Runtime

MAX_LIMIT = 1000


class BadParam(ValueError):
    pass


def iso(ts: float) -> str:
    """Epoch seconds as ISO 8601 UTC.

    Examples
    --------
    >>> iso(0)
    '1970-01-01T00:00:00Z'
    """
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_limit(raw: str | None, default: int = 10) -> int:
    """``limit`` query parameter: an integer in 1..1000.

    Examples
    --------
    >>> parse_limit(None), parse_limit("5")
    (10, 5)
    >>> parse_limit("0")
    Traceback (most recent call last):
    ...
    trendscope_app.web.views.BadParam: limit must be an integer between 1 and 1000
    """
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or len(raw) > 6 or not 1 <= int(raw) <= MAX_LIMIT:
        raise BadParam(f"limit must be an integer between 1 and {MAX_LIMIT}")
    return int(raw)


def parse_movie_id(raw: str) -> int:
    """A positive integer TMDB id.

    Examples
    --------
    >>> parse_movie_id("603")
    603
    """
    if not raw.isdigit() or len(raw) > 12 or int(raw) < 1:
        raise BadParam("movie_id must be a positive integer")
    return int(raw)


def trend_view(t: dict[str, Any]) -> dict[str, Any]:
    out = dict(t)
    out["window_start"] = iso(t["window_start"])
    out["window_end"] = iso(t["window_end"])
    return out


class TrendIndex:
    """Top-N over the ``trends`` global table, recomputed at most every ``ttl`` seconds."""

    def __init__(self, rt: Runtime, ttl: float = 0.2) -> None:
        self.rt = rt
        self.ttl = ttl
        self._at = 0.0
        self._latest: list[dict[str, Any]] = []

    def latest_window(self) -> list[dict[str, Any]]:
        now = time.monotonic()
        if now - self._at > self.ttl:
            newest = [h[0] for _, h in self.rt.tables.trends.items() if h]
            end = max((t["window_end"] for t in newest), default=None)
            latest = [t for t in newest if t["window_end"] == end]
            latest.sort(key=lambda t: (-t["trend_score"], t["movie_id"]))
            self._latest, self._at = latest, now
        return self._latest


def register_views(app: faust.App, rt: Runtime) -> None:
    # The forecast agent builds on this module's parsers; import it here to keep the import graph acyclic.
    from trendscope_app.agents.forecast import forecast_for

    index = TrendIndex(rt)

    def error(web: Any, status: int, message: str) -> Response:
        return web.json({"error": message}, status=status)

    @app.page("/trends/top/")
    class TopTrends(View):
        async def get(self, request: Request) -> Response:
            try:
                limit = parse_limit(request.query.get("limit"))
            except BadParam as e:
                return error(self, 400, str(e))
            latest = index.latest_window()
            body: dict[str, Any] = {"window_start": None, "window_end": None, "trends": []}
            if latest:
                body["window_start"] = iso(latest[0]["window_start"])
                body["window_end"] = iso(latest[0]["window_end"])
                body["trends"] = [
                    {**trend_view(t), "forecast": forecast_for(rt, t["movie_id"], t["window_end"])}
                    for t in latest[:limit]
                ]
            return self.json(body)

    @app.page("/trends/{movie_id}/")
    class MovieTrends(View):
        async def get(self, request: Request, movie_id: str) -> Response:
            try:
                mid = parse_movie_id(movie_id)
                limit = parse_limit(request.query.get("limit"))
            except BadParam as e:
                return error(self, 400, str(e))
            history = rt.tables.trends.get(mid)
            if not history:
                return error(self, 404, f"unknown movie {mid}")
            return self.json(
                {
                    "movie_id": mid,
                    "title": history[0]["title"],
                    "trends": [trend_view(t) for t in history[:limit]],
                }
            )

    @app.page("/catalog/")
    class Catalog(View):
        async def get(self, request: Request) -> Response:
            return self.json({"movies": len(list(rt.tables.catalog.keys()))})

    @app.page("/health/")
    class Health(View):
        async def get(self, request: Request) -> Response:
            assigned: dict[str, list[int]] = {}
            try:
                for tp in app.consumer.assignment():
                    assigned.setdefault(tp.topic, []).append(tp.partition)
            except Exception:  # consumer not started yet: report an empty assignment
                assigned = {}
            reader = rt.extras["comments"]
            for tp in reader.assignment():
                assigned.setdefault(tp.topic, []).append(tp.partition)
            windows = rt.extras["windows"].aggregators
            consumer = app.consumer

            def tps(attr: str) -> list[str]:
                return sorted(f"{tp.topic}:{tp.partition}" for tp in getattr(consumer, attr, None) or ())

            return self.json(
                {
                    "worker": str(app.conf.canonical_url),
                    "assigned": {t: sorted(p) for t, p in sorted(assigned.items())},
                    "inputs": rt.extras["ingest"].status(),
                    # Faust's fetch bookkeeping: a partition stuck outside "active" is never read again.
                    "fetch": {
                        "flow_active": getattr(consumer, "flow_active", None),
                        "paused": tps("_paused_partitions"),
                        "buffer_full": tps("_buffered_partitions"),
                        "active": tps("_active_partitions"),
                        # The comment topic is read by its own consumer group (agents/comments.py).
                        "comments": {
                            f"{tp.topic}:{tp.partition}": {
                                "committed": reader.committed.get(tp),
                                "highwater": reader.highwater(tp),
                            }
                            for tp in sorted(reader.assignment())
                        },
                    },
                    # Per owned movie_events partition: the watermark and which input holds it back.
                    "windows": {str(p): agg.status() for p, agg in sorted(windows.items())},
                }
            )

    @app.page("/metrics/")
    class Metrics(View):
        async def get(self, request: Request) -> Response:
            return self.bytes(metrics.render(), content_type="text/plain; version=0.0.4")
