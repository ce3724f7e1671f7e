"""Encrypted remotes: one clear line for each usual failure, and nothing half-done."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.team.conftest import git, wb
from tests.team.encrypted import EncryptedTeam

ADD = ("remote", "add")


def _error(capsys) -> str:
    """The one error line (after any progress lines), with no traceback."""
    err = capsys.readouterr().err.strip()
    errors = [line for line in err.splitlines() if line.startswith("workbench: error: ")]
    assert len(errors) == 1 and err.endswith(errors[0]) and "Traceback" not in err, err
    return errors[0]


def _project(team: EncryptedTeam) -> tuple[str, str]:
    return "--project", str(team.people["alice"])


def test_keys_that_cannot_serve_are_named(crypt: EncryptedTeam, capsys, tmp_path: Path) -> None:
    keys = crypt.keyring.fingerprints
    crypt.homes["alice"] = crypt.keyring.home_for("alice", public=("bob", "signonly", "expired"))
    crypt.as_member("alice")
    target = str(tmp_path / "second.git")
    capsys.readouterr()
    cases = {
        keys["signonly"]: "cannot encrypt: its encryption subkey is missing",
        keys["expired"]: "has expired",
        "nobody-we-know": "no OpenPGP key 'nobody-we-know'",
    }
    for key, message in cases.items():
        args = (*ADD, "second", target, "--encrypt-for", keys["alice"], "--encrypt-for", key)
        assert wb(*_project(crypt), *args) == 2
        assert message in _error(capsys)
    crypt.homes["alice"] = crypt.keyring.home_for(None, public=("alice", "bob"))
    crypt.as_member("alice")  # alice's secret key is gone
    assert wb(*_project(crypt), *ADD, "second", target, "--encrypt-for", keys["bob"]) == 2
    assert "secret key of none of these keys" in _error(capsys)
    assert "second" not in git(crypt.people["alice"], "remote").stdout.split()


def test_no_gnupg_is_a_clear_error(crypt: EncryptedTeam, capsys, monkeypatch, tmp_path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("git", "git-remote-gcrypt", "sh"):
        found = [Path(p) / tool for p in os.environ["PATH"].split(os.pathsep)]
        (bin_dir / tool).symlink_to(next(path for path in found if path.exists()))
    monkeypatch.setenv("PATH", str(bin_dir))
    capsys.readouterr()
    args = (*ADD, "second", str(tmp_path / "x.git"), "--encrypt-for", "alice")
    assert wb(*_project(crypt), *args) == 2
    assert "GnuPG (gpg) is not installed" in _error(capsys)
    crypt.edit("alice", lambda units: None)
    assert crypt.sync("alice") == 2
    assert "GnuPG (gpg) is not installed" in _error(capsys)


def test_plain_where_encrypted_was_expected(crypt: EncryptedTeam, capsys) -> None:
    plain = crypt.tmp / "plain.git"
    git(crypt.tmp, "init", "--quiet", "--bare", str(plain))
    git(crypt.people["alice"], "push", "--quiet", str(plain), "HEAD:refs/heads/main")
    crypt.as_member("alice")
    capsys.readouterr()
    args = (*ADD, "plain", str(plain), "--encrypt-for", crypt.keyring.fingerprints["alice"])
    assert wb(*_project(crypt), *args) == 2
    assert "holds a plain (unencrypted) repository" in _error(capsys)
    assert "plain" not in git(crypt.people["alice"], "remote").stdout.split()
    target = crypt.tmp / "wrong-kind"
    assert wb("clone", str(plain), str(target), "--encrypted") == 2
    assert "holds a plain (unencrypted) repository" in _error(capsys)
    assert not target.exists()


def test_encrypted_where_plain_was_expected(crypt: EncryptedTeam, capsys) -> None:
    target = crypt.tmp / "plain-clone"
    crypt.as_member("alice")
    capsys.readouterr()
    assert wb("clone", str(crypt.remote), str(target)) == 2
    assert "clone it with --encrypted" in _error(capsys)
    assert not target.exists()
    root = crypt.people["alice"]
    git(root, "remote", "set-url", "origin", str(crypt.remote))  # the gcrypt:: prefix lost
    before = git(root, "rev-parse", "HEAD").stdout
    crypt.edit("alice", lambda units: units[0].__setattr__("target", "Тест."))
    assert crypt.sync("alice") == 2
    assert "is an encrypted remote but is set up as a plain one" in _error(capsys)
    assert git(crypt.remote, "branch", "--format=%(refname:short)").stdout.split() == ["master"]
    assert git(root, "rev-parse", "HEAD~1").stdout == before  # committed, nothing merged


@pytest.mark.parametrize("who", ["outsider"])
def test_a_non_participant_cannot_sync_either(crypt: EncryptedTeam, capsys, who: str) -> None:
    crypt.join("bob")
    crypt.homes["bob"] = crypt.keyring.home_for(who, public=("alice",))  # bob lost his key
    crypt.edit("bob", lambda units: None)
    capsys.readouterr()
    assert crypt.sync("bob") == 2
    assert "not a participant" in _error(capsys)
