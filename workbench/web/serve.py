"""Serving the workbench in a browser: the pure parts (no web server here).

`workbench serve` runs textual-serve (in cli.team), which starts one workbench process per
browser session. Each session acts as the handle given in the page's address
(`http://127.0.0.1:8000/?handle=vera`), else as the project's handle; the handle reaches the
spawned process through the WORKBENCH_HANDLE environment variable.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from pathlib import Path

from workbench.storage.settings import HANDLE

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int) -> str | None:
    """The warning to print when the workbench is reachable from other machines."""
    if is_loopback(host):
        return None
    return (
        f"warning: serving on {host}:{port}: anyone who can reach this address can read and "
        "change the project, with no password; use it only on a network you trust"
    )


def app_command(project_root: Path, python: str | None = None) -> str:
    """The shell command textual-serve runs for each browser session: the workbench TUI."""
    python = python or sys.executable
    return f"{shlex.quote(python)} -m workbench.cli --project {shlex.quote(str(project_root))}"


def session_handle(requested: str | None) -> str | None:
    """The handle asked for in the page address, when it is a valid handle."""
    if requested and HANDLE.match(requested):
        return requested
    return None


def page_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"
