"""Sharing a project through git: commit, pull (merging with our drivers), push.

The project is (inside) a git repository; any remote works: a server, or a bare repository
on a USB stick. Commits carry the user's handle, never the machine's name or e-mail, unless
workbench.toml says otherwise:

    [sync]
    remote = "origin"            # default: origin, or the only remote there is
    name = "lev"                 # commit author (default: the handle)
    email = "lev@example.org"    # default: <handle>@workbench.invalid
    use_git_identity = false     # true: use git's own user.name / user.email

PO files and glossary.yml merge through the drivers registered by `setup_git` (see
storage.merge and storage.glossary.merge), so a pull never leaves conflict markers in them.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.app.team import remote as encrypted
from workbench.app.team.gitrun import (
    NETWORK_TIMEOUT,
    Identity,
    SyncError,
    describe_remote,
    fetch_failure,
    git,
    remote_url,
    repository_root,
)
from workbench.app.team.gitrun import first_line as _first_line
from workbench.app.team.gitrun import ok as _ok
from workbench.app.team.validation import validate_project_files
from workbench.domain.errors import WorkbenchError
from workbench.storage.gitattributes import GLOSSARY_DRIVER, PO_DRIVER, write_attributes
from workbench.storage.project import Project
from workbench.storage.writer import project_writer

PUSH_ATTEMPTS = 6
Progress = Callable[[str], None]
__all__ = ["Identity", "SyncError", "git", "repository_root", "sync", "setup_git"]


@dataclass
class SyncResult:
    committed: bool = False
    pulled_files: list[str] = field(default_factory=list)  # changed by the pull (to reload)
    pushed: bool = False
    remote: str | None = None
    messages: list[str] = field(default_factory=list)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.committed or self.pulled_files or self.pushed)


# ---- setting up the drivers --------------------------------------------------------------


def driver_command() -> str:
    """How git calls us back: this Python, so it works without the venv on PATH."""
    return f"{shlex.quote(sys.executable)} -m workbench.cli"


def register_drivers(repo_root: Path) -> None:
    command = driver_command()
    settings = {
        f"merge.{PO_DRIVER}.name": "workbench: merge PO files segment by segment",
        f"merge.{PO_DRIVER}.driver": f"{command} merge-po %O %A %B %P",
        f"merge.{GLOSSARY_DRIVER}.name": "workbench: merge glossary.yml entry by entry",
        f"merge.{GLOSSARY_DRIVER}.driver": f"{command} merge-glossary %O %A %B %P",
    }
    for key, value in settings.items():
        result = git(repo_root, "config", "--local", key, value)
        if not _ok(result):
            raise WorkbenchError(f"{repo_root}: git config failed: {_first_line(result.stderr)}")


def setup_git(project_root: Path) -> None:
    """Write .gitattributes; register the merge drivers when the project is in a repository."""
    project_root = Path(project_root)
    write_attributes(project_root)
    repo = repository_root(project_root)
    if repo is not None:
        register_drivers(repo)


# ---- sync --------------------------------------------------------------------------------


def identity_for(project: Project) -> Identity:
    section = project.settings.sync
    if section.use_git_identity:
        return Identity(None, None)
    name = section.name or project.handle
    email = section.email or f"{project.handle}@workbench.invalid"
    return Identity(name, email)


def choose_remote(repo: Path, project: Project) -> str | None:
    remotes = git(repo, "remote").stdout.split()
    wanted = project.settings.sync.remote
    if wanted:
        if wanted not in remotes:
            known = ", ".join(remotes) or "none"
            raise SyncError(
                f"workbench.toml: [sync] remote {wanted!r} is not a git remote ({known})"
            )
        return str(wanted)
    if "origin" in remotes:
        return "origin"
    return remotes[0] if len(remotes) == 1 else None


def ensure_repository(project: Project, progress: Progress) -> Path:
    repo = repository_root(project.root)
    if repo is None:
        result = git(project.root, "-c", "init.defaultBranch=main", "init", "--quiet")
        if not _ok(result):
            raise SyncError(f"{project.root}: git init failed: {_first_line(result.stderr)}")
        progress(f"Started a git repository in {project.root}")
        repo = project.root
    if (repo / ".git" / "MERGE_HEAD").exists():
        raise SyncError(
            f"{repo}: a git merge is in progress; finish it (or run `git merge --abort`) first"
        )
    setup_git(project.root)
    return repo


def commit_changes(
    project: Project, identity: Identity, message: str | None, progress: Progress
) -> bool:
    root = project.root
    result = git(root, "add", "-A", "--", ".")
    if not _ok(result):
        raise SyncError(f"{root}: git add failed: {_first_line(result.stderr)}")
    changed = git(root, "diff", "--cached", "--name-only", "--", ".").stdout.split("\n")
    changed = [name for name in changed if name]
    if not changed:
        return False
    text = message or f"workbench sync by {project.handle}: {len(changed)} file(s)"
    result = git(root, "commit", "--quiet", "-m", text, "--", ".", identity=identity)
    if not _ok(result):
        raise SyncError(f"{root}: git commit failed: {_first_line(result.stderr or result.stdout)}")
    progress(f"Committed {len(changed)} changed file(s) as {identity.name or 'your git identity'}")
    return True


def current_branch(repo: Path) -> str:
    result = git(repo, "symbolic-ref", "--quiet", "--short", "HEAD")
    if not _ok(result):
        raise SyncError(f"{repo}: not on a branch (detached HEAD); check out a branch first")
    return result.stdout.strip()


class PlainRemote:
    """Any git remote, plain: fetch, and push refused when it is not a fast-forward."""

    def __init__(self, repo: Path, name: str, identity: Identity) -> None:
        self.repo, self.name, self.identity = repo, name, identity

    def fetch(self, committed: bool) -> None:
        result = git(
            self.repo,
            "fetch",
            "--quiet",
            self.name,
            identity=self.identity,
            timeout=NETWORK_TIMEOUT,
        )
        if not _ok(result):
            raise fetch_failure(self.repo, self.name, result, committed)
        encrypted.refuse_plain_fetch_of_ciphertext(self.repo, self.name)

    def push(self, branch: str) -> tuple[bool, str]:
        result = git(
            self.repo,
            "push",
            "--quiet",
            self.name,
            f"HEAD:refs/heads/{branch}",
            identity=self.identity,
            timeout=NETWORK_TIMEOUT,
        )
        return _ok(result), result.stderr


def transport_for(
    repo: Path, project: Project, name: str, identity: Identity
) -> PlainRemote | encrypted.EncryptedRemote:
    if encrypted.is_encrypted_url(remote_url(repo, name)):
        return encrypted.EncryptedRemote(repo, project.root, name, identity)
    return PlainRemote(repo, name, identity)


def _remote_ref(repo: Path, remote: str, branch: str) -> str | None:
    ref = f"refs/remotes/{remote}/{branch}"
    return ref if _ok(git(repo, "rev-parse", "--verify", "--quiet", ref)) else None


def _head(repo: Path) -> str | None:
    result = git(repo, "rev-parse", "--verify", "--quiet", "HEAD")
    return result.stdout.strip() if _ok(result) else None


def _merge(repo: Path, ref: str, identity: Identity, handle: str) -> list[str]:
    """Merge `ref` into HEAD; the files it changed. Aborts (keeping our commit) on failure."""
    before = _head(repo)
    message = f"Merge {ref.removeprefix('refs/remotes/')} (workbench sync)"
    result = git(repo, "merge", "--no-edit", "-m", message, ref, identity=identity, handle=handle)
    if not _ok(result):
        unmerged = git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split()
        git(repo, "merge", "--abort")
        files = ", ".join(unmerged) or _first_line(result.stderr or result.stdout)
        raise SyncError(
            f"could not merge the remote's changes ({files}): your changes are committed "
            "locally and nothing else was touched; merge these files with git, then sync again"
        )
    changed = git(repo, "diff", "--name-only", str(before), "HEAD").stdout.split("\n")
    return [name for name in changed if name]


def _counts(repo: Path, ref: str) -> tuple[int, int]:
    """(ahead, behind) of HEAD against ref."""
    out = git(repo, "rev-list", "--left-right", "--count", f"HEAD...{ref}").stdout.split()
    return (int(out[0]), int(out[1])) if len(out) == 2 else (0, 0)


def sync(
    project: Project, message: str | None = None, progress: Progress | None = None
) -> SyncResult:
    """Commit, pull (merge), push. Raises SyncError with one clear line when it cannot finish."""
    report: Progress = progress or (lambda _text: None)
    result = SyncResult()
    repo = ensure_repository(project, report)
    identity = identity_for(project)
    validate_project_files(project)  # never commit a file a teammate's sync cannot read
    result.committed = commit_changes(project, identity, message, report)
    remote = choose_remote(repo, project)
    result.remote = remote
    if remote is None:
        result.messages.append(
            "Committed locally (no remote configured)."
            if result.committed
            else "Nothing to commit, and no remote configured: nothing to do."
        )
        return result
    branch = current_branch(repo)
    if _head(repo) is None:
        result.messages.append("Nothing committed yet: nothing to sync.")
        return result
    transport = transport_for(repo, project, remote, identity)
    for _attempt in range(PUSH_ATTEMPTS):
        report(f"Fetching from {remote}...")
        transport.fetch(result.committed)
        ref = _remote_ref(repo, remote, branch)
        ahead, behind = _counts(repo, ref) if ref else (1, 0)
        if ref and behind:
            report(f"Merging changes from {remote}/{branch}...")
            with project_writer(project).lock():  # no catalog is written while git merges
                result.pulled_files += _merge(repo, ref, identity, project.handle)
            ahead, _behind = _counts(repo, ref)
        if not ahead:
            break
        report(f"Pushing to {remote}/{branch}...")
        pushed, stderr = transport.push(branch)
        if pushed:
            result.pushed = True
            break
        if "fetch first" not in stderr and "non-fast-forward" not in stderr:
            raise SyncError(
                f"the remote {describe_remote(repo, remote)} rejected the push: "
                f"{_first_line(stderr)}; your changes are committed locally"
            )
    else:
        raise SyncError(
            f"the remote {remote!r} kept changing while we pushed; run `workbench sync` again"
        )
    result.messages.append(_summary(result, remote, branch))
    return result


def _summary(result: SyncResult, remote: str, branch: str) -> str:
    if result.nothing_to_do:
        return f"Nothing to sync: no local changes, and {remote}/{branch} has nothing new."
    steps = (
        (result.committed, "committed your changes"),
        (result.pulled_files, f"merged {len(result.pulled_files)} changed file(s) from {remote}"),
        (result.pushed, f"pushed to {remote}/{branch}"),
    )
    text = ", ".join(said for done, said in steps if done)
    return text[0].upper() + text[1:] + "."
