"""The dashboard: one static page at ``GET /`` and its assets at ``GET /static/<name>``.

The page is plain HTML, CSS and JavaScript shipped in the package (no CDN, no build step). It reads only
the JSON lookups (``/trends/top``, ``/trends/{id}``, ``/predictions/{id}``) and ``/metrics``, so any
worker of a multi-worker deployment can serve it. Nothing here touches tables or topics.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import faust
from faust.web import Request, Response, View

if TYPE_CHECKING:
    from trendscope_app.runtime import Runtime

STATIC_DIR = Path(__file__).with_name("static")

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}

# The page only ever talks to its own origin; a strict policy makes injected markup inert.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # Small files: always revalidate, so a redeployed worker never serves a stale page next to a new API.
    "Cache-Control": "no-cache",
}


@dataclass(frozen=True)
class Asset:
    """One static file held in memory."""

    body: bytes
    content_type: str


def load_assets(directory: Path = STATIC_DIR) -> dict[str, Asset]:
    """Every servable file of ``directory`` by file name (flat: no sub-directories, no dot-files).

    Serving from this fixed map, never from a path built out of the request, rules out path traversal.

    Examples
    --------
    >>> assets = load_assets()
    >>> sorted(assets)
    ['app.css', 'app.js', 'index.html']
    >>> assets["app.js"].content_type
    'text/javascript; charset=utf-8'
    """
    out: dict[str, Asset] = {}
    for path in sorted(directory.iterdir()):
        kind = CONTENT_TYPES.get(path.suffix)
        if kind and path.is_file() and not path.name.startswith("."):
            out[path.name] = Asset(path.read_bytes(), kind)
    return out


def register(app: faust.App, rt: Runtime) -> None:
    """Serve the dashboard at ``GET /`` and its assets at ``GET /static/<name>`` on ``app``.

    Faust's own production index also mounts ``/``; views added here are routed before Faust applies its
    blueprints (at server start), and aiohttp dispatches to the first matching route, so this page wins.
    """
    assets = load_assets()

    def send(view: View, asset: Asset) -> Response:
        # Content-Type goes in the headers: aiohttp refuses a charset inside its ``content_type`` argument.
        return view.bytes(asset.body, headers={"Content-Type": asset.content_type, **SECURITY_HEADERS})

    @app.page("/", name="dashboard")
    class Dashboard(View):
        async def get(self, request: Request) -> Response:
            return send(self, assets["index.html"])

    @app.page("/static/{name}", name="dashboard_static")
    class Static(View):
        async def get(self, request: Request, name: str) -> Response:
            asset = assets.get(name)
            if asset is None:
                return self.json({"error": "not found"}, status=404)
            return send(self, asset)
