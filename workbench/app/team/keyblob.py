"""The team's public keys, kept beside git-remote-gcrypt's files on the encrypted remote.

git-remote-gcrypt checks that its manifest is signed by a key you have. When a member is
added, their first push is signed with a key the others do not have yet, and the key is in
the project, which they cannot read until they have it. So every push that changes the list
of participants also writes one more file on the remote: the participants' public keys,
signed by the member who pushed and encrypted for the participants. A reader imports the
keys when the file is signed by a participant they already know (or, on a first clone, by
any key they hold, as git-remote-gcrypt does). git-remote-gcrypt keeps the file (it only
rewrites its own files in the branch).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from workbench.app.team import gpgkeys
from workbench.app.team.gitrun import SyncError

KEYS_FILE = hashlib.sha256(b"workbench: the team's public keys").hexdigest()
CIPHER_REF = "refs/heads/master"
ANONYMOUS = {
    "GIT_AUTHOR_NAME": "root",
    "GIT_AUTHOR_EMAIL": "root@localhost",
    "GIT_AUTHOR_DATE": "1356994801 +0000",
    "GIT_COMMITTER_NAME": "root",
    "GIT_COMMITTER_EMAIL": "root@localhost",
    "GIT_COMMITTER_DATE": "1356994801 +0000",
}


def _git(mirror: Path, *args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, LC_ALL="C", **ANONYMOUS)
    return subprocess.run(
        ["git", f"--git-dir={mirror}", *args], input=data, capture_output=True, env=env
    )


def import_published_keys(mirror: Path, known_participants: list[str]) -> list[str]:
    """Import the keys the remote publishes to us; their fingerprints ([] when none)."""
    stored = _git(mirror, "cat-file", "blob", f"{CIPHER_REF}:{KEYS_FILE}")
    if stored.returncode != 0:
        return []
    opened = gpgkeys.decrypt_verified(stored.stdout)
    if opened is None:
        return []  # not for us: git-remote-gcrypt will say so
    keys, signer = opened
    trusted = signer is not None and (not known_participants or signer in known_participants)
    if not trusted:
        return []
    gpgkeys.import_public(keys.decode("utf-8", "replace"), "the encrypted remote's key list")
    return gpgkeys.fingerprints_in(keys)


def publish_keys(mirror: Path, participants: list[str], signing_key: str) -> None:
    """Write the participants' public keys into the mirror's encrypted branch."""
    armored = "".join(gpgkeys.export_public(fingerprint) for fingerprint in participants)
    sealed = gpgkeys.encrypt_signed(armored.encode("utf-8"), participants, signing_key)
    blob = _git(mirror, "hash-object", "-w", "--stdin", data=sealed)
    listing = _git(mirror, "ls-tree", CIPHER_REF)
    if blob.returncode != 0 or listing.returncode != 0:
        raise SyncError(f"{mirror}: could not write the team's key list")
    entries = [
        line for line in listing.stdout.decode().splitlines() if not line.endswith(KEYS_FILE)
    ]
    entries.append(f"100644 blob {blob.stdout.decode().strip()}\t{KEYS_FILE}")
    tree = _git(mirror, "mktree", data=("\n".join(entries) + "\n").encode())
    commit = _git(mirror, "commit-tree", tree.stdout.decode().strip(), data=b"Initial commit\n")
    moved = _git(mirror, "update-ref", CIPHER_REF, commit.stdout.decode().strip())
    if tree.returncode or commit.returncode or moved.returncode:
        raise SyncError(f"{mirror}: could not write the team's key list")
