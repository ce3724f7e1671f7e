"""`workbench clone URL DIR [--encrypted]`: a member's own copy of the team's project.

Plain or encrypted (git-remote-gcrypt, read through the same guarded mirror as sync), then
the merge drivers are registered, since git does not copy its configuration. A clone that
fails (not a participant, wrong kind of remote) leaves nothing behind.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from workbench.app.team import remote as encrypted
from workbench.app.team.gitrun import Identity, first_line, git, ok
from workbench.app.team.gitsync import register_drivers, setup_git
from workbench.domain.errors import WorkbenchError
from workbench.storage.settings import SETTINGS_FILE

REMOTE = "origin"
PREFERRED_BRANCHES = ("main", "master")


def clone(url: str, target: Path, encrypted_remote: bool, identity: Identity) -> str:
    """Clone into `target` (new or empty); the branch checked out. Cleans up on failure."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise WorkbenchError(f"{target}: already exists and is not empty")
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    try:
        if encrypted_remote or encrypted.is_encrypted_url(url):
            branch = _clone_encrypted(
                encrypted.absolute_url(encrypted.store_url(url)), target, identity
            )
        else:
            branch = _clone_plain(encrypted.absolute_url(url), target, identity)
        _register(target)
    except BaseException:
        if created:
            shutil.rmtree(target, ignore_errors=True)
        else:
            for child in target.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise
    return branch


def _clone_plain(url: str, target: Path, identity: Identity) -> str:
    result = git(target.parent, "clone", "--quiet", url, str(target), identity=identity)
    if not ok(result):
        raise WorkbenchError(f"could not clone {url}: {first_line(result.stderr)}")
    refs = git(target, "for-each-ref", "--format=%(refname)", f"refs/remotes/{REMOTE}/").stdout
    if any(encrypted.holds_ciphertext(target, ref) for ref in refs.split()):
        raise WorkbenchError(
            f"{url} is an encrypted remote (git-remote-gcrypt): clone it with --encrypted"
        )
    if ok(git(target, "rev-parse", "--verify", "--quiet", "HEAD")):
        return git(target, "symbolic-ref", "--quiet", "--short", "HEAD").stdout.strip()
    return _check_out_a_branch(url, target)  # the remote's HEAD names a branch it lacks


def _clone_encrypted(url: str, target: Path, identity: Identity) -> str:
    for args in (
        ("-c", "init.defaultBranch=main", "init", "--quiet"),
        ("remote", "add", REMOTE, encrypted.GCRYPT_PREFIX + url),
    ):
        result = git(target, *args)
        if not ok(result):
            raise WorkbenchError(f"{target}: git {args[-2]} failed: {first_line(result.stderr)}")
    store = encrypted.EncryptedRemote(target, target, REMOTE, identity)
    store.fetch(committed=False)
    branch = _check_out_a_branch(url, target)
    participants = encrypted.read_participants(target)
    if participants:
        encrypted.configure_remote(target, REMOTE, participants)
        encrypted.import_team_keys(target)
    return branch


def _check_out_a_branch(url: str, target: Path) -> str:
    """Check out main, else master, else the remote's only (first) branch."""
    refs = git(target, "for-each-ref", "--format=%(refname)", f"refs/remotes/{REMOTE}/")
    prefix = f"refs/remotes/{REMOTE}/"
    branches = [ref.removeprefix(prefix) for ref in refs.stdout.split() if ref != f"{prefix}HEAD"]
    if not branches:
        raise WorkbenchError(f"the remote {url} is empty: nothing to clone")
    branch = next((name for name in PREFERRED_BRANCHES if name in branches), branches[0])
    result = git(target, "checkout", "--quiet", "-B", branch, "--track", f"{REMOTE}/{branch}")
    if not ok(result):
        raise WorkbenchError(f"{target}: git checkout failed: {first_line(result.stderr)}")
    return branch


def _register(target: Path) -> None:
    if (target / SETTINGS_FILE).exists():
        setup_git(target)
    else:
        register_drivers(target)
