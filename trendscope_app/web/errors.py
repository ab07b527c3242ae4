"""Every error the web server returns is JSON: ``{"error": "..."}`` with a 4xx status.

aiohttp answers unknown paths, wrong methods and oversized requests with plain-text errors of its own;
this middleware turns them into the API's JSON shape. Anything unexpected is logged and answered with a
JSON 500 (a bug, never a user error), so the worker keeps serving.
"""

from __future__ import annotations

import logging
import math
import sys  # noqa: F401 (the doctest raises through it)
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from trendscope_app import metrics

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Long enough for any sane URL, small enough to bound memory per request.
MAX_LINE = 65_536


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        reason = {404: "not found", 405: "method not allowed"}.get(exc.status, exc.reason.lower())
        return web.json_response({"error": reason}, status=exc.status)
    except Exception:
        log.exception("unhandled error serving %s", request.path[:200])
        return web.json_response({"error": "internal error"}, status=500)


@web.middleware
async def trailing_slash(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Serve ``/path/`` as ``/path`` when only the latter is a route (answered, not redirected: a redirect
    would echo a long query string back in a header, and some clients do not follow redirects)."""
    path = request.path
    if request.match_info.http_exception is None or len(path) < 2 or not path.endswith("/"):
        return await handler(request)
    alt = request.clone(rel_url=request.rel_url.with_path(path.rstrip("/")).with_query(request.query))
    match = await request.app.router.resolve(alt)
    if isinstance(match.http_exception, web.HTTPNotFound):
        return await handler(request)  # a 405 of the canonical path is raised by its handler below
    match.add_app(request.app)
    alt._match_info = match  # what aiohttp's own normalize_path_middleware does with the request it resolves
    return await match.handler(alt)


def web_application_options(idle_timeout_s: float = 15.0) -> dict[str, Any]:
    """aiohttp ``Application`` options (Faust's ``web_application_options``).

    Paths are canonical without a trailing slash; a request with one that would otherwise be a 404 is
    answered as if it had none (:func:`trailing_slash`). A connection that has not sent a whole request
    within ``idle_timeout_s`` of opening, or of its last answer, is closed: aiohttp's keep-alive timer runs
    from the connection's start and is not reset by partial data, so it bounds a client that sends its
    headers slowly or never finishes them (aiohttp's default keeps such a connection for an hour).

    Examples
    --------
    >>> web_application_options(2.0)["handler_args"]["keepalive_timeout"]
    2.0
    """
    return {
        "middlewares": [json_errors, trailing_slash],
        "client_max_size": 1024 * 1024,
        "handler_args": {
            "max_line_size": MAX_LINE,
            "max_field_size": MAX_LINE,
            "keepalive_timeout": idle_timeout_s,
        },
    }


class QuietMalformedRequests(logging.Filter):
    """aiohttp logs every malformed request (bad request line, header too long, invalid URL) at ERROR with a
    full traceback, so anyone who can reach the port can fill the logs. This filter on ``aiohttp.server``
    counts each one (``trendscope_bad_http_requests_total{kind}``) and lets through one WARNING line per
    kind per ``every_s`` seconds, without the traceback. Anything else passes unchanged.

    Examples
    --------
    >>> from aiohttp.http_exceptions import BadStatusLine
    >>> f = QuietMalformedRequests(every_s=60.0, clock=iter([0.0, 1.0, 61.0, 200.0]).__next__)
    >>> def record():
    ...     try:
    ...         raise BadStatusLine("GARBAGE")
    ...     except BadStatusLine:
    ...         return logging.LogRecord("aiohttp.server", logging.ERROR, "", 0,
    ...                                  "Error handling request from %s", ("1.2.3.4",), sys.exc_info())
    >>> [f.filter(r) for r in (record(), record(), record())]
    [True, False, True]
    >>> r = record(); _ = f.filter(r); r.levelname, r.exc_info
    ('WARNING', None)
    """

    def __init__(self, every_s: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.every_s = every_s
        self.clock = clock
        self.last: dict[str, float] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if not isinstance(exc, HttpProcessingError) or not str(record.msg).startswith("Error handling"):
            return True
        kind = type(exc).__name__
        metrics.BAD_HTTP.labels(kind=kind).inc()
        now = self.clock()
        if now - self.last.get(kind, -math.inf) < self.every_s:
            return False
        self.last[kind] = now
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.msg = "malformed HTTP request from %s: %s: %s (more of this kind in %.0f s are only counted)"
        record.args = (*(record.args or ("?",))[:1], kind, str(exc)[:200], self.every_s)
        record.exc_info, record.exc_text = None, None
        return True


def quiet_malformed_requests() -> None:
    """Install :class:`QuietMalformedRequests` on aiohttp's server logger (once per process)."""
    server = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, QuietMalformedRequests) for f in server.filters):
        server.addFilter(QuietMalformedRequests())
