"""A team syncing through an encrypted (git-remote-gcrypt) bare remote, each with own keys."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.team.conftest import DOC, SOURCE_TEXT, Team, git, wb
from tests.team.keys import Keyring

MEMBERS = ("alice", "bob", "carol")


class EncryptedTeam(Team):
    """alice founds the project on an encrypted remote for alice, bob and carol."""

    def __init__(self, tmp: Path, keyring: Keyring, patch: pytest.MonkeyPatch) -> None:
        self.tmp, self.keyring, self.patch = tmp, keyring, patch
        self.remote = tmp / "remote.git"
        git(tmp, "init", "--quiet", "--bare", str(self.remote))
        others = tuple(name for name in Keyring.PEOPLE if name != "alice")
        self.homes = {"alice": keyring.home_for("alice", public=others)}
        self.people: dict[str, Path] = {}
        first = tmp / "alice"
        self.as_member("alice")
        init = ("--as", "alice", "init", str(first), "--source-lang", "en", "--target-lang", "ru")
        assert wb(*init) == 0
        git(first, "init", "--quiet")
        source = tmp / f"{DOC}.txt"
        source.write_text(SOURCE_TEXT, encoding="utf-8")
        assert wb("--project", str(first), "add", str(source)) == 0
        keys = [arg for name in MEMBERS for arg in ("--encrypt-for", keyring.fingerprints[name])]
        assert wb("--project", str(first), "remote", "add", "origin", str(self.remote), *keys) == 0
        self.people["alice"] = first
        assert wb("--project", str(first), "--as", "alice", "sync", "-m", "start") == 0

    def as_member(self, name: str) -> None:
        self.patch.setenv("GNUPGHOME", str(self.homes[name]))

    def give_home(self, name: str, public: tuple[str, ...] = ("alice",)) -> Path:
        self.homes[name] = self.keyring.home_for(name if name in Keyring.PEOPLE else None, public)
        return self.homes[name]

    def join(self, name: str) -> Path:
        if name not in self.homes:
            self.give_home(name)
        self.as_member(name)
        root = self.tmp / name
        assert wb("--as", name, "clone", str(self.remote), str(root), "--encrypted") == 0
        self.people[name] = root
        return root

    def sync(self, name: str) -> int:
        self.as_member(name)
        return wb("--project", str(self.people[name]), "--as", name, "sync")


def remote_bytes(remote: Path) -> list[tuple[str, bytes]]:
    """Everything a host holds: every file's name and bytes, and every git object inflated."""
    found = [
        (str(path.relative_to(remote)), path.read_bytes())
        for path in remote.rglob("*")
        if path.is_file()
    ]
    objects = subprocess.run(
        ["git", "cat-file", "--batch-all-objects", "--batch"],
        cwd=remote,
        capture_output=True,
        check=True,
    ).stdout
    found.append(("(all objects)", objects))
    return found


def readable(remote: Path, needles: list[str]) -> list[str]:
    """The needles found anywhere in the remote: in file names, file bytes or git objects."""
    hits = []
    for name, data in remote_bytes(remote):
        for needle in needles:
            if needle in name or needle.encode("utf-8") in data:
                hits.append(f"{needle!r} in {name}")
    return hits
