"""Every error the web server returns is JSON: ``{"error": "..."}`` with a 4xx status.

aiohttp answers unknown paths, wrong methods and oversized requests with plain-text errors of its own;
this middleware turns them into the API's JSON shape. Anything unexpected is logged and answered with a
JSON 500 (a bug, never a user error), so the worker keeps serving.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

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


def web_application_options() -> dict[str, Any]:
    """aiohttp ``Application`` options (Faust's ``web_application_options``).

    Paths are canonical without a trailing slash; a request with one that would otherwise be a 404 is
    redirected to the canonical path with a 308, which keeps the method and the query string.
    """
    trailing_slash = web.normalize_path_middleware(
        append_slash=False, remove_slash=True, redirect_class=web.HTTPPermanentRedirect
    )
    return {
        "middlewares": [json_errors, trailing_slash],
        "client_max_size": 1024 * 1024,
        "handler_args": {"max_line_size": MAX_LINE, "max_field_size": MAX_LINE},
    }
