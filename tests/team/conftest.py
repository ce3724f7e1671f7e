"""Real git in temporary folders: a bare remote and clones of one workbench project."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import require_tool
from workbench.cli import main
from workbench.domain.model import ALTERNATIVE, PREVIOUS, Unit
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project

SOURCE_TEXT = (
    "Azat Miftakhov is a mathematician. He was arrested in February 2019. "
    "He spent a year in the SIZO. The trial began in 2020. "
    "Letters reach him slowly. Write to him anyway.\n"
)
DOC = "letter"


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stderr}")
    return result


def wb(*argv: str) -> int:
    return main(list(argv))


class Team:
    """A bare remote and people's clones of one project."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.remote = tmp_path / "remote.git"
        git(tmp_path, "init", "--quiet", "--bare", str(self.remote))
        first = tmp_path / "alice"
        assert (
            wb("--as", "alice", "init", str(first), "--source-lang", "en", "--target-lang", "ru")
            == 0
        )
        git(first, "init", "--quiet")
        assert wb("--project", str(first), "setup-git") == 0
        source = tmp_path / f"{DOC}.txt"
        source.write_text(SOURCE_TEXT, encoding="utf-8")
        assert wb("--project", str(first), "add", str(source)) == 0
        git(first, "remote", "add", "origin", str(self.remote))
        assert wb("--project", str(first), "--as", "alice", "sync", "-m", "start") == 0
        self.people = {"alice": first}

    def join(self, name: str) -> Path:
        root = self.tmp / name
        git(self.tmp, "clone", "--quiet", str(self.remote), str(root))
        assert wb("--project", str(root), "setup-git") == 0
        self.people[name] = root
        return root

    def sync(self, name: str) -> int:
        return wb("--project", str(self.people[name]), "--as", name, "sync")

    def catalog(self, name: str) -> Catalog:
        project = Project.find(explicit=self.people[name])
        return project.load_catalog(project.document(DOC), "ru")

    def edit(self, name: str, change: Callable[[list[Unit]], None]) -> None:
        catalog = self.catalog(name)
        change(catalog.units)
        catalog.save(name)


def texts_kept(unit: Unit) -> set[str]:
    """The translation, kept alternatives and earlier versions of a segment."""
    kept = {unit.target}
    kept |= {str(alt.get("text")) for alt in unit.records_of(ALTERNATIVE)}
    kept |= {str(prev.get("text")) for prev in unit.records_of(PREVIOUS)}
    return kept


def assert_clean(root: Path) -> None:
    """Every PO passes msgfmt -c; no conflict markers in any tracked file."""
    msgfmt = require_tool("msgfmt")
    for po in sorted(root.glob("translations/**/*.po")):
        result = subprocess.run([msgfmt, "-c", "-o", os.devnull, str(po)], capture_output=True)
        assert result.returncode == 0, result.stderr.decode()
    for path in root.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            assert b"<<<<<<<" not in path.read_bytes(), path
            assert b">>>>>>>" not in path.read_bytes(), path


def isolate_git(patch: pytest.MonkeyPatch, home: Path) -> None:
    """A home of its own, and a real-looking git identity that sync must never use."""
    home.mkdir(exist_ok=True)
    patch.setenv("HOME", str(home))
    patch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        patch.setenv(f"GIT_{role}_NAME", "Real Name")
        patch.setenv(f"GIT_{role}_EMAIL", "real.name@example.org")
    patch.delenv("WORKBENCH_HANDLE", raising=False)


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    require_tool("git")
    isolate_git(monkeypatch, tmp_path / "home")
    return Team(tmp_path)


@pytest.fixture(scope="session")
def keyring():
    """Real OpenPGP keys (made once), each person's GnuPG home made on request."""
    require_tool("gpg")
    require_tool("gpgconf")
    require_tool("git-remote-gcrypt")
    from tests.team.keys import Keyring

    keys = Keyring()
    yield keys
    keys.close()


@pytest.fixture
def crypt(tmp_path: Path, keyring, monkeypatch: pytest.MonkeyPatch):
    """alice's project on an encrypted bare remote for alice, bob and carol."""
    from tests.team.encrypted import EncryptedTeam

    isolate_git(monkeypatch, tmp_path / "home")
    return EncryptedTeam(tmp_path, keyring, monkeypatch)
