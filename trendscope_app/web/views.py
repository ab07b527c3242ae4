"""The JSON API on the Faust web server: lookups, history, health, metrics and its own OpenAPI document.

Every worker holds the ``trend_windows`` and ``prediction_windows`` global tables, so any worker answers
any lookup without routing. Canonical paths have no trailing slash (the other form is redirected).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import faust

from trendscope_app import metrics
from trendscope_app.breakouts import Expectation, explain
from trendscope_app.models.catalogue import names_of, year_of
from trendscope_app.observability import stages
from trendscope_app.scoring.trendscore import Weights
from trendscope_app.version import __version__
from trendscope_app.web import schemas
from trendscope_app.web.api import Api, Param, iso
from trendscope_app.web.history import history_body, time_range

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

MAX_LIMIT = 1000
MOVIE_ID = Param("movie_id", "path", "TMDB movie id")


def limit_param(default: int) -> Param:
    return Param(
        "limit", "query", "how many rows, newest first", minimum=1, maximum=MAX_LIMIT, default=default
    )


def trend_view(t: dict[str, Any]) -> dict[str, Any]:
    """A stored TrendScore as the web shows it: times in ISO 8601.

    Examples
    --------
    >>> trend_view({"movie_id": 1, "window_start": 0.0, "window_end": 300.0})["complete"]
    True
    """
    out = dict(t)
    out.pop("evidence", None)  # served by /trends/{id}/why, which explains it
    out["window_start"] = iso(t["window_start"])
    out["window_end"] = iso(t["window_end"])
    out.setdefault("complete", True)
    return out


def catalogue_view(entries: Iterable[tuple[Any, Any]]) -> list[dict[str, Any]]:
    """The catalogue's entries (``movie id -> [title, original title, release year]``) as the web shows
    them, by title.

    Examples
    --------
    >>> catalogue_view([("693134", ["Dune: Part Two", "Dune: Part Two", 2024]),
    ...                 (1, ["Amélie", "Le Fabuleux Destin"])])  # doctest: +NORMALIZE_WHITESPACE
    [{'movie_id': 1, 'title': 'Amélie', 'names': ['Amélie', 'Le Fabuleux Destin'], 'year': None},
     {'movie_id': 693134, 'title': 'Dune: Part Two', 'names': ['Dune: Part Two'], 'year': 2024}]
    """
    out = []
    for key, entry in entries:
        kept = list(dict.fromkeys(names_of(entry)))
        out.append(
            {"movie_id": int(key), "title": kept[0] if kept else "", "names": kept, "year": year_of(entry)}
        )
    return sorted(out, key=lambda m: (m["title"].casefold(), m["movie_id"]))


def forecast_view(
    f: dict[str, Any], newest: bool = False, target: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A stored forecast as the web shows it: ISO times and a status.

    ``status`` is ``scored`` once the actual is known; ``pending`` for the newest forecast until it is;
    ``unscored`` for one that never will be: an older one whose window never came (the movie had no
    score), or one whose ``target`` window (its TrendScore, when known) closed partial (the end of a
    replay, an outage), since partial windows are not scored.

    Examples
    --------
    >>> f = {"movie_id": 1, "target_window_start": 0.0, "target_window_end": 300.0, "predicted": 2.0,
    ...      "baseline": 1.0, "model_version": "v", "made_at_window_end": 240.0, "actual": None,
    ...      "error": None, "baseline_error": None}
    >>> v = forecast_view(f, newest=True)
    >>> v["target_window_end"], v["made_at_window_end"], v["status"]
    ('1970-01-01T00:05:00Z', '1970-01-01T00:04:00Z', 'pending')
    >>> forecast_view(f, newest=True, target={"window_end": 300.0, "complete": False})["status"]
    'unscored'
    """
    out = dict(f)
    for k in ("target_window_start", "target_window_end", "made_at_window_end"):
        out[k] = iso(f[k])
    out["status"] = forecast_status(f, newest, target)
    return out


def forecast_status(f: dict[str, Any], newest: bool, target: dict[str, Any] | None) -> str:
    """The ``status`` of :func:`forecast_view`."""
    if f.get("actual") is not None:
        return "scored"
    if newest and (target is None or target.get("complete", True)):
        return "pending"
    return "unscored"


def _target(rt: Runtime, f: dict[str, Any]) -> dict[str, Any] | None:
    """The TrendScore of the window forecast ``f`` is for, once that window has closed."""
    return rt.tables.trends.get(int(f["movie_id"]), float(f["target_window_end"]))


def live_status(rt: Runtime, movie_id: int) -> Callable[[float], str | None]:
    """The ``status`` ``/predictions/{movie_id}`` shows for the movie's forecast of the window ending at a
    given time; ``None`` when the live lookup no longer holds it."""
    newest = rt.tables.predictions.newest(movie_id, 1)
    newest_end = float(newest[0]["target_window_end"]) if newest else None

    def status(end: float) -> str | None:
        live = rt.tables.predictions.get(movie_id, end)
        if live is None:
            return None
        is_newest = end == newest_end
        return forecast_status(live, is_newest, _target(rt, live) if is_newest else None)

    return status


def forecast_for(
    rt: Runtime, movie_id: int, made_at_window_end: float | None = None
) -> dict[str, Any] | None:
    """The movie's forecast for its next window, as :func:`forecast_view` shows it, or ``None``.

    With ``made_at_window_end`` (epoch seconds, e.g. the ``window_end`` of the movie's newest TrendScore),
    only the forecast made when that window closed is returned.
    """
    newest = rt.tables.predictions.newest(movie_id, 1)
    if not newest or newest[0].get("actual") is not None:
        return None
    f = newest[0]
    if made_at_window_end is not None and f["made_at_window_end"] != float(made_at_window_end):
        return None
    return forecast_view(f, newest=True, target=_target(rt, f))


def breakout_view(b: dict[str, Any]) -> dict[str, Any]:
    """A stored breakout as the web shows it: times in ISO 8601.

    Examples
    --------
    >>> v = breakout_view({"movie_id": 1, "started_at_window_end": 600.0, "window_end": 660.0,
    ...                    "peak_window_end": 660.0, "ended_at_window_end": None, "status": "active"})
    >>> v["started_at_window_end"], v["ended_at_window_end"]
    ('1970-01-01T00:10:00Z', None)
    """
    out = dict(b)
    for k in ("started_at_window_end", "window_end", "peak_window_end", "ended_at_window_end"):
        if out.get(k) is not None:
            out[k] = iso(out[k])
    return out


def breakout_for(rt: Runtime, movie_id: int) -> dict[str, Any] | None:
    """The movie's running breakout, as :func:`breakout_view` shows it, or ``None``."""
    newest = rt.tables.breakouts.newest(movie_id, 1)
    if not newest or newest[0].get("status") != "active":
        return None
    return breakout_view(newest[0])


def breakouts_since(rt: Runtime, since: float | None, active: bool, limit: int) -> list[dict[str, Any]]:
    """Breakouts with an event at or after ``since`` (only running ones with ``active``), newest start
    first, reading only as far back as a breakout that recent can have started."""
    table = rt.tables.breakouts
    s = rt.settings
    # A breakout ends at the latest max_windows windows after its start.
    oldest_start = None if since is None else since - (s.breakout_max_windows + 1) * s.window_step_s
    out: list[dict[str, Any]] = []
    for start in table.index.ends_newest_first():
        if len(out) >= limit or (oldest_start is not None and start < oldest_start):
            break
        for movie_id in sorted(table.index.movies_at(start)):
            row = table.get(movie_id, start)
            if row is None or (active and row.get("status") != "active"):
                continue
            if since is not None and row["window_end"] < since:
                continue
            out.append(row)
    return [breakout_view(b) for b in out[:limit]]


class TopCache:
    """The newest (complete) window's TrendScores, best first, recomputed at most every ``ttl`` seconds."""

    def __init__(self, rt: Runtime, ttl: float = 0.2) -> None:
        self.rt = rt
        self.ttl = ttl
        self._cached: dict[bool, tuple[float, list[dict[str, Any]]]] = {}

    def latest_window(self, complete: bool = True) -> list[dict[str, Any]]:
        now = time.monotonic()
        at, rows = self._cached.get(complete, (-self.ttl, []))
        if now - at > self.ttl:
            rows = self.rt.tables.trends.latest(complete=complete)
            rows.sort(key=lambda t: (-t["trend_score"], t["movie_id"]))
            self._cached[complete] = (now, rows)
        return rows


def input_state(rt: Runtime) -> str:
    """``live`` while input arrives, ``finished`` once a replay's input ended (``IDLE_WATERMARK_RATE=0``
    flushes), ``stalled`` when live input has gone quiet, ``waiting`` before any input."""
    status = rt.inputs.status()
    quiet = min((v["quiet_s"] for v in status.values()), default=None)
    if quiet is None:
        return "waiting"
    if quiet < rt.settings.idle_timeout_s:
        return "live"
    return "finished" if rt.settings.idle_watermark_rate == 0 else "stalled"


def broker_status(silent_for: float, now: float | None = None) -> dict[str, Any]:
    """``/health``'s broker entry.

    Examples
    --------
    >>> broker_status(0.0)
    {'reachable': True, 'unreachable_since': None}
    >>> broker_status(20.0, now=80.0)
    {'reachable': False, 'unreachable_since': '1970-01-01T00:01:00Z'}
    """
    if not silent_for:
        return {"reachable": True, "unreachable_since": None}
    now = time.time() if now is None else now
    return {"reachable": False, "unreachable_since": iso(now - silent_for)}


def health_body(app: faust.App, rt: Runtime) -> dict[str, Any]:
    """What ``/health`` shows of this worker."""
    assigned: dict[str, list[int]] = {}
    try:
        for tp in app.consumer.assignment():
            assigned.setdefault(tp.topic, []).append(tp.partition)
    except Exception:  # consumer not started yet: report an empty assignment
        assigned = {}
    reader = rt.comments
    for tp in reader.assignment():
        assigned.setdefault(tp.topic, []).append(tp.partition)
    windows = rt.windows.aggregators
    consumer = app.consumer

    def tps(attr: str) -> list[str]:
        return sorted(f"{tp.topic}:{tp.partition}" for tp in getattr(consumer, attr, None) or ())

    return {
        "worker": str(app.conf.canonical_url),
        "assigned": {t: sorted(p) for t, p in sorted(assigned.items())},
        "inputs": rt.inputs.status(),
        # Seconds from launch to the end of each start-up phase; "seconds" is launch to the first comment.
        "start_up": rt.start_up.status(),
        # No fetch response for a while: the broker is stalled or unreachable, and no input counts as idle.
        "broker": broker_status(rt.inputs.broker_silent_for()),
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
        # How far the forecasts and the history store are behind the windows, here.
        "stages": stages.COLLECTOR.status(),
    }


def register_views(app: faust.App, rt: Runtime) -> Api:
    """Declare every JSON route on ``app``; returns the :class:`Api` that describes them."""
    api = Api(app, version=__version__, components=schemas.COMPONENTS)
    top = TopCache(rt)
    s = rt.settings
    not_found = {404: "unknown movie"}

    @api.get(
        "/trends/top",
        "The newest complete window's TrendScores, best first (partial=true: the newest of any kind)",
        (
            limit_param(10),
            Param(
                "partial",
                "query",
                "also consider windows closed before the input covered them",
                kind="bool",
                default=False,
            ),
        ),
        schemas.TOP,
    )
    async def top_trends(limit: int, partial: bool) -> tuple[int, Any]:
        latest = top.latest_window(complete=not partial)
        body: dict[str, Any] = {
            "window_start": None,
            "window_end": None,
            "complete": None,
            "input": input_state(rt),
            "trends": [],
        }
        if latest:
            body["window_start"] = iso(latest[0]["window_start"])
            body["window_end"] = iso(latest[0]["window_end"])
            body["complete"] = all(t.get("complete", True) for t in latest)
            body["trends"] = [
                {
                    **trend_view(t),
                    "forecast": forecast_for(rt, t["movie_id"], t["window_end"]),
                    "breakout": breakout_for(rt, t["movie_id"]),
                }
                for t in latest[:limit]
            ]
        return 200, body

    @api.get(
        "/trends/{movie_id}",
        f"A movie's newest closed windows (up to TREND_HISTORY={s.trend_history}), newest first",
        (MOVIE_ID, limit_param(10)),
        schemas.MOVIE_TRENDS,
        not_found,
    )
    async def movie_trends(movie_id: int, limit: int) -> tuple[int, Any]:
        rows = rt.tables.trends.newest(movie_id, limit)
        if not rows:
            return 404, {"error": f"unknown movie {movie_id}"}
        return 200, {
            "movie_id": movie_id,
            "title": rows[0]["title"],
            "breakout": breakout_for(rt, movie_id),
            "trends": [trend_view(t) for t in rows],
        }

    @api.get(
        "/trends/{movie_id}/why",
        "Why a window scored what it did: the three parts of the TrendScore, each against the previous "
        "window, the total against the forecast made for it, the top subreddits and the best comments "
        "(window_end: default the newest)",
        (MOVIE_ID, Param("window_end", "query", "the window's end (ISO 8601)", kind="time")),
        schemas.WHY,
        {404: "unknown movie or window"},
    )
    async def movie_why(movie_id: int, window_end: float | None) -> tuple[int, Any]:
        trends = rt.tables.trends
        if window_end is None:
            newest = trends.newest(movie_id, 1)
            current = newest[0] if newest else None
        else:
            current = trends.get(movie_id, window_end)
        if current is None:
            return 404, {"error": f"no window of movie {movie_id} ends then"}
        end = float(current["window_end"])
        previous = trends.get(movie_id, end - s.window_step_s)
        forecast = rt.tables.predictions.get(movie_id, end)
        expected = None if forecast is None else Expectation(trend_score=float(forecast["predicted"]))
        weights = Weights(s.w1_popularity, s.w2_mentions, s.w3_sentiment)
        evidence = current.get("evidence") or {}
        body = explain(
            current,
            previous,
            expected,
            evidence.get("subreddits"),
            evidence.get("comments", ()),
            weights=weights,
        )
        body["window_end"] = iso(end)
        body["title"] = current["title"]
        body["breakout"] = breakout_for(rt, movie_id)
        return 200, body

    @api.get(
        "/breakouts",
        "Breakouts newest first: those with an event at or after `since`; `active=true`: running ones only",
        (
            Param("since", "query", "oldest event time to include (ISO 8601)", kind="time"),
            Param("active", "query", "only breakouts still running", kind="bool", default=False),
            limit_param(20),
        ),
        schemas.BREAKOUTS,
    )
    async def breakouts(since: float | None, active: bool, limit: int) -> tuple[int, Any]:
        rows = breakouts_since(rt, since, active, limit)
        return 200, {"since": None if since is None else iso(since), "active": active, "breakouts": rows}

    @api.get(
        "/predictions/{movie_id}",
        f"A movie's newest forecasts (up to FORECAST_HISTORY={s.forecast_history}), with actual and error "
        "once known",
        (MOVIE_ID, limit_param(10)),
        schemas.MOVIE_PREDICTIONS,
        not_found,
    )
    async def movie_predictions(movie_id: int, limit: int) -> tuple[int, Any]:
        rows = rt.tables.predictions.newest(movie_id, limit)
        trends = rt.tables.trends.newest(movie_id, 1)
        if not rows and not trends:
            return 404, {"error": f"unknown movie {movie_id}"}
        return 200, {
            "movie_id": movie_id,
            "title": trends[0]["title"] if trends else "",
            "predictions": [
                forecast_view(f, newest=i == 0, target=_target(rt, f) if i == 0 else None)
                for i, f in enumerate(rows)
            ],
        }

    history_params = (
        MOVIE_ID,
        Param("from", "query", "oldest window start to return (ISO 8601, inclusive)", kind="time"),
        Param("to", "query", "newest window start to return (ISO 8601, inclusive)", kind="time"),
        limit_param(s.history_default_rows),
    )
    store_down = {**not_found, 503: "the history store is not reachable"}

    def known(movie_id: int) -> bool:
        return bool(rt.tables.trends.newest(movie_id, 1) or rt.tables.predictions.newest(movie_id, 1))

    for key, item in (("trends", "StoredTrend"), ("predictions", "StoredPrediction")):

        async def history(
            movie_id: int, limit: int, key: str = key, **between: float | None
        ) -> tuple[int, Any]:
            rng = time_range(between["from"], between["to"])
            store = rt.history_writer.store
            if not store.ready:
                return 503, {"error": f"{store.name} store is not reachable yet"}
            fetch = store.trend_history if key == "trends" else store.prediction_history
            try:
                rows = await fetch(movie_id, rng, limit + 1)
                # The store may hold movies the live tables no longer do, and the live tables rows the
                # store has yet to get: the movie is unknown only when neither holds a row of it.
                unknown = (
                    not rows and not known(movie_id) and not await fetch(movie_id, time_range(None, None), 1)
                )
            except Exception as e:  # the store is down: say so instead of a 500 with a trace
                return 503, {"error": f"{store.name} store is not reachable: {type(e).__name__}"}
            if unknown:
                return 404, {"error": f"unknown movie {movie_id}"}
            status = live_status(rt, movie_id) if key == "predictions" else None
            return 200, history_body(movie_id, key, rng, limit, rows, status)

        api.get(
            f"/{key}/{{movie_id}}/history",
            f"A movie's stored {key} from the history database, newest first (from/to: window start)",
            history_params,
            schemas.history(key, item),
            store_down,
        )(history)

    @api.get(
        "/catalog",
        "The movies the catalogue holds: how many, and each one's id, the titles it is matched under and "
        "its release year",
        (),
        schemas.CATALOG,
    )
    async def catalog() -> tuple[int, Any]:
        movies = catalogue_view(rt.tables.catalog.items())
        return 200, {"movies": len(movies), "items": movies}

    @api.get("/health", "This worker: assignment, inputs, fetch state, watermarks", (), schemas.HEALTH)
    async def health() -> tuple[int, Any]:
        return 200, health_body(app, rt)

    @api.get(
        "/metrics", "Prometheus text format", (), schemas.METRICS, content_type="text/plain; version=0.0.4"
    )
    async def prometheus() -> tuple[int, Any]:
        return 200, metrics.render()

    @api.get("/openapi.json", "This document", (), schemas.OPENAPI)
    async def openapi() -> tuple[int, Any]:
        return 200, api.openapi()

    return api
