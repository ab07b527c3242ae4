"""Headless Chromium driven over the Chrome DevTools Protocol, with aiohttp's websocket client.

Small on purpose: launch a browser with a fresh profile, open pages, evaluate JavaScript, wait for
conditions, press keys, resize, take screenshots, and collect the page's JavaScript exceptions and
security (CSP) errors so a test can assert there were none.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """``$CHROMIUM`` if set, else the first Chromium-like executable on ``PATH``."""
    for name in (os.environ.get("CHROMIUM"), *CANDIDATES):
        if name and (path := shutil.which(name)):
            return path
    return None


class CDPError(RuntimeError):
    pass


@dataclass
class Page:
    """One tab, attached with a flat session."""

    browser: Browser
    session: str
    exceptions: list[str] = field(default_factory=list)
    security_errors: list[str] = field(default_factory=list)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        return await self.browser.send(method, session=self.session, **params)

    def _on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Runtime.exceptionThrown":
            d = params["exceptionDetails"]
            self.exceptions.append(d.get("exception", {}).get("description") or d.get("text", "?"))
        elif method == "Log.entryAdded" and params["entry"].get("source") == "security":
            self.security_errors.append(params["entry"].get("text", "?"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.exceptions.append(
                " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )

    async def viewport(self, width: int, height: int, *, mobile: bool = False) -> None:
        await self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    async def goto(self, url: str, timeout: float = 15.0) -> None:
        """Navigate and wait until the new document has loaded."""
        result = await self.send("Page.navigate", url=url)
        if result.get("errorText"):
            raise CDPError(f"navigating to {url}: {result['errorText']}")
        await self.wait_for(
            f"location.href === {json.dumps(url)} && document.readyState === 'complete'",
            timeout,
            f"{url} to load",
        )

    async def eval(self, expression: str) -> Any:
        """The JSON value of ``expression`` (awaited if it is a promise)."""
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            d = result["exceptionDetails"]
            raise CDPError(d.get("exception", {}).get("description") or d.get("text"))
        return result["result"].get("value")

    async def wait_for(
        self,
        expression: str,
        timeout: float,
        what: str,
        check: Callable[[Any], Any] = bool,
        every: float = 0.2,
    ) -> Any:
        """Poll ``expression`` until ``check(value)`` holds; the value, or an AssertionError naming ``what``."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while True:
            try:
                last = await self.eval(expression)
            except CDPError as e:  # e.g. the document is still loading: keep polling
                last = e
            else:
                if check(last):
                    return last
            if time.monotonic() > deadline:
                state = await self.eval("document.body?.dataset.state")
                banner = await self.eval("document.getElementById('banner')?.textContent")
                raise AssertionError(
                    f"timed out after {timeout:.0f} s waiting for {what} (last value {last!r}; "
                    f"page state {state!r}, banner {banner!r})"
                )
            await asyncio.sleep(every)

    async def press(self, key: str, *, shift: bool = False) -> None:
        """A real key press (keyDown + keyUp) delivered to the focused element."""
        codes = {"Tab": 9, "Enter": 13, " ": 32}
        common: dict[str, Any] = {
            "key": key,
            "code": {"Tab": "Tab", "Enter": "Enter", " ": "Space"}[key],
            "windowsVirtualKeyCode": codes[key],
            "modifiers": 8 if shift else 0,
        }
        if key in ("Enter", " "):
            common["text"] = {"Enter": "\r", " ": " "}[key]
        await self.send("Input.dispatchKeyEvent", type="keyDown", **common)
        common.pop("text", None)
        await self.send("Input.dispatchKeyEvent", type="keyUp", **common)

    async def screenshot(self, path: Path) -> None:
        """The whole page (not only the viewport) as PNG."""
        metrics = await self.send("Page.getLayoutMetrics")
        size = metrics["cssContentSize"]
        shot = await self.send(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


class Browser:
    """A headless Chromium process and one DevTools websocket connection to it."""

    def __init__(self, executable: str, profile_dir: Path, log_path: Path) -> None:
        self.executable = executable
        self.profile_dir = profile_dir
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self._http: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._listeners: dict[str, Callable[[str, dict[str, Any]], None]] = {}

    async def start(self, timeout: float = 30.0) -> Browser:
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        port_file = self.profile_dir / "DevToolsActivePort"
        port_file.unlink(missing_ok=True)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [self.executable, *FLAGS, f"--user-data-dir={self.profile_dir}", "about:blank"],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        # Chromium writes "<port>\n<browser websocket path>" here once DevTools listens.
        deadline = time.monotonic() + timeout
        while True:
            lines = port_file.read_text().splitlines() if port_file.exists() else []
            if len(lines) >= 2:
                break
            if self.proc.poll() is not None:
                raise CDPError(f"chromium exited with {self.proc.returncode}: {self._log_tail()}")
            if time.monotonic() > deadline:
                raise CDPError(f"chromium did not open DevTools within {timeout:.0f} s: {self._log_tail()}")
            await asyncio.sleep(0.05)
        self._http = aiohttp.ClientSession()
        self._ws = await self._http.ws_connect(f"ws://127.0.0.1:{lines[0]}{lines[1]}", max_msg_size=0)
        self._reader = asyncio.create_task(self._read())
        return self

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    async def _read(self) -> None:
        assert self._ws is not None
        async for msg in self._ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if "id" in data:
                fut = self._pending.pop(data["id"], None)
                if fut and not fut.done():
                    if "error" in data:
                        fut.set_exception(CDPError(f"{data['error'].get('message')}"))
                    else:
                        fut.set_result(data.get("result", {}))
            elif (listener := self._listeners.get(data.get("sessionId", ""))) is not None:
                listener(data["method"], data.get("params", {}))
        for fut in self._pending.values():
            if not fut.done():
                fut.set_exception(CDPError("DevTools connection closed"))

    async def send(
        self, method: str, *, session: str | None = None, timeout: float = 30.0, **params: Any
    ) -> Any:
        assert self._ws is not None, "browser not started"
        msg_id = next(self._ids)
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[msg_id] = fut
        msg: dict[str, Any] = {"id": msg_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        await self._ws.send_str(json.dumps(msg))
        return await asyncio.wait_for(fut, timeout)

    async def new_page(self, width: int = 1280, height: int = 900) -> Page:
        target = await self.send("Target.createTarget", url="about:blank")
        attached = await self.send("Target.attachToTarget", targetId=target["targetId"], flatten=True)
        page = Page(self, attached["sessionId"])
        self._listeners[page.session] = page._on_event
        for domain in ("Page", "Runtime", "Log"):
            await page.send(f"{domain}.enable")
        await page.viewport(width, height)
        return page

    async def close(self) -> None:
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.send("Browser.close"), 5)
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        if self._http is not None:
            await self._http.close()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
