"""Headless Chromium over the DevTools protocol: load a page, evaluate script, take a screenshot.

Why not Selenium or Playwright: Debian's ``chromium`` speaks the DevTools protocol itself, so a
websocket client (``websocket-client``, pure Python) is all that is needed — no chromedriver, no
Node.js driver and never a browser download. Used by the browser tests and by
``scripts/screenshot.py``; it imports nothing from pytest.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
AXE_JS = HERE / "vendor" / "axe.min.js"

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-port=0",
)
"""Flags for a closed network: no update, sync or background requests, no sandbox as root."""

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")


class BrowserError(RuntimeError):
    """Chromium did not start, answered with a protocol error or a script threw."""


def find_chromium() -> str | None:
    """The Chromium executable: ``$TK4_CHROMIUM`` if set, else Debian's or one on ``PATH``.

    An explicit ``TK4_CHROMIUM`` that is not an executable is returned as given, so the caller
    reports the wrong setting instead of silently using another browser.
    """
    explicit = os.environ.get("TK4_CHROMIUM")
    if explicit:
        return explicit
    for candidate in CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium process and one DevTools websocket connection to it."""

    def __init__(self, executable: str, *, timeout: float = 60.0) -> None:
        self.executable = executable
        self.timeout = timeout
        self._profile = Path(tempfile.mkdtemp(prefix="tk4-chromium-"))
        self._log = self._profile.parent / (self._profile.name + ".log")
        self._process: subprocess.Popen[bytes] | None = None
        self._socket: Any = None
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    def start(self) -> None:
        """Start Chromium with a fresh profile and connect to its browser endpoint."""
        import websocket  # websocket-client; imported here so a missing package reads clearly

        with self._log.open("wb") as log:
            self._process = subprocess.Popen(
                [self.executable, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        port_file = self._profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while True:
            if self._process.poll() is not None:
                raise BrowserError(
                    f"Chromium stopte meteen (exit {self._process.returncode}):\n" + self.log_tail()
                )
            lines = port_file.read_text().split() if port_file.exists() else []
            if len(lines) == 2:
                break
            if time.monotonic() > deadline:
                raise BrowserError(
                    "Chromium opende binnen de tijd geen DevTools-poort:\n" + self.log_tail()
                )
            time.sleep(0.05)
        port, path = lines
        self._socket = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}", timeout=self.timeout, suppress_origin=True
        )

    def log_tail(self, lines: int = 20) -> str:
        """The last lines Chromium wrote to stdout/stderr, for failure messages."""
        if not self._log.exists():
            return ""
        return "\n".join(self._log.read_text(errors="replace").splitlines()[-lines:])

    def close(self) -> None:
        """Close the connection, end Chromium (kill if it lingers) and remove its profile."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        shutil.rmtree(self._profile, ignore_errors=True)
        self._log.unlink(missing_ok=True)

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one protocol command and return its result; events seen meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        self._socket.send(json.dumps(message))
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self._events.append(reply)

    def wait_event(self, method: str, session: str) -> dict[str, Any]:
        """Wait for (or take an already received) event ``method`` of ``session``."""
        deadline = time.monotonic() + self.timeout
        while True:
            for index, event in enumerate(self._events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self._events[index]
                    params: dict[str, Any] = event.get("params", {})
                    return params
            if time.monotonic() > deadline:
                raise BrowserError(f"geen {method} binnen {self.timeout} s")
            self._events.append(self._receive())

    def _receive(self) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(self._socket.recv())
        return message

    def new_page(self, *, width: int = 1100, height: int = 1400) -> Page:
        """Open a blank tab with a ``width`` × ``height`` CSS-pixel viewport."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        page = Page(self, target, session)
        page.call("Page.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        return page


class Page:
    """One tab, addressed through its flat DevTools session."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command to this tab."""
        return self.browser.call(method, self.session, **params)

    def goto(self, url: str) -> None:
        """Navigate and wait until the load event fired."""
        result = self.call("Page.navigate", url=url)
        if "errorText" in result:
            raise BrowserError(f"{url}: {result['errorText']}")
        self.browser.wait_event("Page.loadEventFired", self.session)

    def evaluate(self, expression: str, *, await_promise: bool = False) -> Any:
        """Evaluate JavaScript in the page and return its JSON value; a throw is an error."""
        result = self.call(
            "Runtime.evaluate",
            expression=expression,
            awaitPromise=await_promise,
            returnByValue=True,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript-fout: {text}")
        return result["result"].get("value")

    def run_axe(self, tags: tuple[str, ...]) -> dict[str, Any]:
        """Inject the vendored axe-core and run it on the document for the given rule tags.

        Returns axe's results reduced to JSON: ``violations``, ``passes`` (rule ids only) and
        the engine version, so a caller can tell that axe really ran.
        """
        self.evaluate(AXE_JS.read_text(encoding="utf-8"))
        script = f"""
            axe.run(document, {{runOnly: {json.dumps(list(tags))}}}).then(r => ({{
                version: r.testEngine.version,
                passes: r.passes.map(p => p.id),
                violations: r.violations.map(v => ({{
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({{target: n.target, html: n.html,
                                              summary: n.failureSummary}}))
                }}))
            }}))
        """
        results: dict[str, Any] = self.evaluate(script, await_promise=True)
        return results

    def screenshot(self, *, max_height: int | None = None) -> bytes:
        """A PNG of the page from the top: all of it, or at most ``max_height`` CSS pixels."""
        metrics = self.call("Page.getLayoutMetrics")
        size = metrics["cssContentSize"]
        width = metrics["cssLayoutViewport"]["clientWidth"]
        height = size["height"] if max_height is None else min(size["height"], max_height)
        shot = self.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        )
        return base64.b64decode(shot["data"])

    def screenshot_of(self, selector: str, *, max_height: int | None = None) -> bytes:
        """A PNG of the element ``selector`` picks, over the page's width, from its top.

        At most ``max_height`` CSS pixels high. Raises :class:`BrowserError` when no element
        matches.
        """
        script = (
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
            "if (!e) return null; const r = e.getBoundingClientRect(); "
            "return {y: r.top + window.scrollY, height: r.height}; })()"
        )
        box = self.evaluate(script)
        if box is None:
            raise BrowserError(f"geen element voor {selector}")
        width = self.call("Page.getLayoutMetrics")["cssLayoutViewport"]["clientWidth"]
        height = box["height"] if max_height is None else min(box["height"], max_height)
        shot = self.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": box["y"], "width": width, "height": height, "scale": 1},
        )
        return base64.b64decode(shot["data"])


@contextmanager
def chromium(executable: str) -> Iterator[Browser]:
    """A started :class:`Browser`, closed on exit whatever happens."""
    browser = Browser(executable)
    try:
        browser.start()
        yield browser
    finally:
        browser.close()
