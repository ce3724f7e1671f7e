"""Serving the workbench in a browser: the pure parts (the web server is in web.server).

`workbench serve` runs textual-serve, which starts one workbench process per browser
session. Each session acts as the handle given in the page's address
(`http://127.0.0.1:8000/?handle=vera`), else as the project's handle; the handle reaches the
spawned process through the WORKBENCH_HANDLE environment variable.

On an address other than loopback (or with --token) the server makes a secret token and
prints it; a page or session without it is refused, and the handle in the address is only a
choice among the people the token admits.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

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
        f"warning: serving on {host}:{port}: anyone who can reach this address and has the "
        "token can read and change the project, and the connection is not encrypted (plain "
        "HTTP); use it only on a network you trust"
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


@dataclass(frozen=True, slots=True)
class Access:
    """Who may open a session: anyone (loopback, no token), or holders of the token."""

    token: str | None = None
    people: tuple[str, ...] = ()  # the handles the token admits

    @classmethod
    def for_serving(
        cls, host: str, want_token: bool, people: tuple[str, ...], default_handle: str
    ) -> Access:
        if is_loopback(host) and not want_token:
            return cls()
        admitted = tuple(dict.fromkeys(people)) or (default_handle,)
        return cls(secrets.token_urlsafe(24), admitted)

    def admit(self, token: str | None, requested: str | None) -> tuple[bool, str | None]:
        """(allowed, the session's handle) for a request's token and asked-for handle."""
        if self.token is None:
            return True, session_handle(requested)
        if not token or not hmac.compare_digest(token.encode(), self.token.encode()):
            return False, None
        if requested is None or requested == "":
            return True, self.people[0]
        handle = session_handle(requested)
        return (handle in self.people, handle)

    def page_urls(self, host: str, port: int) -> list[str]:
        """The addresses to give people: one a person, with the token when there is one."""
        if self.token is None:
            return [page_url(host, port)]
        return [
            f"{page_url(host, port)}?{urlencode({'token': self.token, 'handle': person})}"
            for person in self.people
        ]
