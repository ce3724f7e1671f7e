"""`workbench serve`: the loopback rules, and the TUI driven end to end in headless Chromium."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import require_tool
from workbench.cli import main
from workbench.storage.catalog import Catalog
from workbench.web.serve import (
    Access,
    app_command,
    exposure_warning,
    is_loopback,
    session_handle,
)

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TYPED = "Привет из браузера."


def test_loopback_hosts_need_no_warning() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        assert is_loopback(host) and exposure_warning(host, 8000) is None
    for host in ("0.0.0.0", "192.168.1.5", "example.org"):
        assert not is_loopback(host)
        assert "warning" in str(exposure_warning(host, 8000))


def test_session_handles_are_checked_and_the_command_is_quoted(tmp_path: Path) -> None:
    assert session_handle("vera") == "vera"
    assert session_handle("vera; rm -rf /") is None and session_handle("") is None
    command = app_command(tmp_path / "my project", python="/usr/bin/python3")
    assert command == f"/usr/bin/python3 -m workbench.cli --project '{tmp_path}/my project'"


def test_a_token_is_required_off_loopback_and_admits_only_its_people() -> None:
    assert Access.for_serving("127.0.0.1", False, (), "lev").token is None
    assert Access().admit(None, "vera") == (True, "vera")
    access = Access.for_serving("0.0.0.0", False, ("vera", "lev"), "mira")
    assert access.token and len(access.token) >= 32 and access.people == ("vera", "lev")
    assert access.admit(None, "vera") == (False, None)
    assert access.admit("wrong", "vera") == (False, None)
    assert access.admit(access.token, "lev") == (True, "lev")
    assert access.admit(access.token, None) == (True, "vera")
    assert access.admit(access.token, "mira")[0] is False  # not among the token's people
    assert Access.for_serving("127.0.0.1", True, (), "mira").people == ("mira",)
    urls = access.page_urls("0.0.0.0", 8080)
    assert urls == [
        f"http://0.0.0.0:8080/?token={access.token}&handle={p}" for p in ("vera", "lev")
    ]
    other = Access.for_serving("0.0.0.0", False, (), "mira")
    assert other.token != access.token


def _browser() -> str:
    """Chromium's path, once the TUI, playwright and textual-serve are there."""
    if importlib.util.find_spec("workbench.tui.app") is None:
        pytest.skip("the TUI (workbench.tui.app) is not built yet")
    for module in ("playwright", "textual_serve"):
        if importlib.util.find_spec(module) is None:
            if os.environ.get("CI"):
                pytest.fail(f"{module} is required in CI")
            pytest.skip(f"{module} is not installed")
    return require_tool("chromium")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "workbench serve exited early"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError("workbench serve did not start listening")


class ScreenWatch:
    """Counts bytes the app sends to the page, to wait until its screen has settled."""

    def __init__(self, page) -> None:
        self.received = 0
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload) -> None:
        self.received += len(payload)

    def settle(self, page, after: int, seconds: float = 90) -> None:
        """Wait for more than `after` bytes, then for a trickle (a blinking cursor) only."""
        deadline = time.monotonic() + seconds
        window: list[int] = []
        while time.monotonic() < deadline:
            page.wait_for_timeout(250)
            window = [*window[-7:], self.received]
            if self.received > after and len(window) == 8 and window[-1] - window[0] < 3000:
                return
        raise AssertionError("the app did not draw its screen in time")


class Requests:
    """Every address the page asks for; one on another host is recorded and never sent."""

    def __init__(self, page, port: int) -> None:
        self.port = port
        self.seen: list[str] = []
        self.foreign: list[str] = []
        page.route("**/*", self._route)
        page.on("websocket", lambda socket: self._check(socket.url))

    def _check(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", "ws", "wss"):
            return True
        self.seen.append(url)
        local = parts.hostname == "127.0.0.1" and parts.port == self.port
        if not local:
            self.foreign.append(url)
        return local

    def _route(self, route) -> None:
        if self._check(route.request.url):
            route.continue_()
        else:
            route.abort()


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    assert (
        main(["--as", "lev", "init", str(root), "--source-lang", "en", "--target-lang", "ru"]) == 0
    )
    source = tmp_path / "letter.txt"
    source.write_text("Greetings from the SIZO. I am well.\n", encoding="utf-8")
    assert main(["--project", str(root), "add", str(source)]) == 0
    return root


def test_edit_and_confirm_a_segment_in_a_browser(tmp_path: Path) -> None:
    chromium = _browser()
    from playwright.sync_api import sync_playwright

    root = _project(tmp_path)
    catalog_path = root / "translations" / "ru" / "letter.po"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_HANDLE"}
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench.cli",
            "--project",
            str(root),
            "serve",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        _wait_for_port(port, server)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            watch = ScreenWatch(page)
            requests = Requests(page, port)
            page.goto(f"http://127.0.0.1:{port}/?handle=vera")
            page.wait_for_selector("#terminal.-connected", timeout=60_000)
            watch.settle(page, after=1000)
            page.click("#terminal")
            seen = watch.received
            page.keyboard.press("Enter")  # overview: open the document
            watch.settle(page, after=seen + 100)
            page.keyboard.type(TYPED)
            page.keyboard.press("Enter")  # editor: confirm the segment
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                unit = Catalog.load(catalog_path).units[0]
                if unit.target:
                    break
                page.wait_for_timeout(300)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
    assert requests.foreign == [], requests.foreign  # nothing from any other host
    assert any(url.endswith("/static/js/textual.js") for url in requests.seen)
    assert any("/static/fonts/RobotoMono" in url for url in requests.seen)  # our own font
    unit = Catalog.load(catalog_path).units[0]
    assert unit.target == TYPED, (tmp_path / "serve.log").read_text()[-2000:]
    assert unit.last_edit is not None and unit.last_edit["by"] == "vera"  # the page's handle


def _status(url: str) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def _printed_addresses(log_path: Path, server: subprocess.Popen, count: int) -> list[str]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, log_path.read_text()
        lines = [line for line in log_path.read_text().splitlines() if "token=" in line]
        if len(lines) >= count:
            return [line.split("Open ", 1)[1].strip() for line in lines]
        time.sleep(0.1)
    raise AssertionError("workbench serve printed no token")


def test_with_a_token_a_page_without_it_is_refused(tmp_path: Path) -> None:
    chromium = _browser()
    from playwright.sync_api import sync_playwright

    root = _project(tmp_path)
    port = _free_port()
    log_path = tmp_path / "serve.log"
    command = [sys.executable, "-m", "workbench.cli", "--project", str(root), "serve"]
    options = ["--port", str(port), "--token", "--people", "vera,lev"]
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [*command, *options], stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ)
        )
    try:
        _wait_for_port(port, server)
        vera, lev = _printed_addresses(log_path, server, 2)
        token = urlsplit(vera).query.split("token=")[1].split("&")[0]
        assert vera.endswith("&handle=vera") and lev.endswith("&handle=lev")
        base = f"http://127.0.0.1:{port}"
        assert _status(f"{base}/?handle=vera") == 403
        assert _status(f"{base}/?token=not-the-token&handle=vera") == 403
        assert _status(f"{base}/?token={token}&handle=mira") == 403  # not one of its people
        assert _status(f"{base}/ws") == 403 and _status(f"{base}/ws/as/vera") == 403
        assert _status(f"{base}/ws/key/wrong/as/vera") == 403
        assert _status(f"{base}/?token={token}&handle=lev") == 200
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            requests = Requests(page, port)
            refused = page.goto(f"{base}/?handle=lev")
            assert refused is not None and refused.status == 403
            page.goto(f"{base}/?token={token}&handle=lev")
            page.wait_for_selector("#terminal.-connected", timeout=60_000)
            browser.close()
        assert requests.foreign == []
        assert any(f"/ws/key/{token}/as/lev" in url for url in requests.seen)
    finally:
        server.terminate()
        server.wait(timeout=20)
