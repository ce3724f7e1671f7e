"""Running git for the team features: quietly, never prompting, under the user's handle.

Commits and every ref update (whose reflog records an identity) carry the handle and a UTC
date, never the machine's name, e-mail or time zone, unless the user asks for git's own
identity (`[sync] use_git_identity = true`).
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.errors import WorkbenchError
from workbench.storage.settings import HANDLE_ENV

NETWORK_TIMEOUT = 300
OFFLINE_HINTS = (
    "could not resolve host",
    "unable to access",
    "could not read from remote repository",
    "does not appear to be a git repository",
    "connection refused",
    "connection timed out",
    "network is unreachable",
    "no route to host",
    "timed out",
)


class SyncError(WorkbenchError):
    """Sync stopped; the message says what happened to the user's work."""


@dataclass(frozen=True, slots=True)
class Identity:
    name: str | None  # None: use git's own configuration
    email: str | None


def identity_env(identity: Identity | None) -> dict[str, str]:
    """Author, committer and date for git: the handle, in UTC (nothing when git's own is wanted)."""
    if identity is None or identity.name is None:
        return {}
    stamp = f"{int(time.time())} +0000"
    env = {"TZ": "UTC"}
    for role in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{role}_NAME"] = identity.name
        env[f"GIT_{role}_EMAIL"] = identity.email or ""
        env[f"GIT_{role}_DATE"] = stamp
    return env


def git(
    cwd: Path,
    *args: str,
    identity: Identity | None = None,
    timeout: float | None = None,
    handle: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run git quietly (never prompting); `identity` for commits, `handle` for our drivers."""
    env = dict(os.environ, GIT_TERMINAL_PROMPT="0", LC_ALL="C")
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes -o ConnectTimeout=20")
    env.update(identity_env(identity))
    if handle:
        env[HANDLE_ENV] = handle
    env.update(extra_env or {})
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
    except FileNotFoundError:
        raise WorkbenchError("git is not installed (needed to sync)") from None
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(["git", *args], 124, "", "timed out")


def ok(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode == 0


def first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if line.lower().startswith(("fatal:", "error:", "remote:", "!")):
            return line
    return lines[0] if lines else "no details from git"


def repository_root(path: Path) -> Path | None:
    result = git(path, "rev-parse", "--show-toplevel")
    return Path(result.stdout.strip()) if ok(result) else None


def git_path(repo: Path, name: str) -> Path:
    """A path inside the repository's .git folder (right for worktrees too)."""
    result = git(repo, "rev-parse", "--git-path", name)
    if not ok(result):
        raise SyncError(f"{repo}: not a git repository")
    path = Path(result.stdout.strip())
    return path if path.is_absolute() else repo / path


def remote_url(repo: Path, remote: str) -> str:
    return git(repo, "remote", "get-url", remote).stdout.strip()


def describe_remote(repo: Path, remote: str) -> str:
    url = remote_url(repo, remote)
    return f"{remote!r} ({url})" if url else repr(remote)


def fetch_failure(
    repo: Path, remote: str, result: subprocess.CompletedProcess[str], committed: bool
) -> SyncError:
    """The one-line error for a failed fetch: offline, or what git said."""
    kept = "your changes are committed locally" if committed else "nothing was changed"
    detail = first_line(result.stderr)
    if any(hint in result.stderr.lower() for hint in OFFLINE_HINTS):
        return SyncError(
            f"cannot reach the remote {describe_remote(repo, remote)}: offline or not mounted? "
            f"{kept}; run `workbench sync` again when it is reachable ({detail})"
        )
    return SyncError(f"fetching from {describe_remote(repo, remote)} failed: {detail}; {kept}")
