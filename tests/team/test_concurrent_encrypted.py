"""The randomised team test, over an encrypted remote: three members, each with own keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.team.conftest import git, isolate_git
from tests.team.encrypted import MEMBERS, EncryptedTeam, readable
from tests.team.test_concurrent import _check, actions, play


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory, keyring) -> EncryptedTeam:
    """One encrypted team made once; each example works on a fresh copy."""
    folder = tmp_path_factory.mktemp("crypt-template")
    with pytest.MonkeyPatch.context() as patch:
        isolate_git(patch, folder)
        team = EncryptedTeam(folder, keyring, patch)
        team.join("bob")
        team.join("carol")
    return team


def _copy(template: EncryptedTeam, target: Path, patch: pytest.MonkeyPatch) -> EncryptedTeam:
    shutil.copytree(template.tmp, target, symlinks=True)
    team = EncryptedTeam.__new__(EncryptedTeam)
    team.tmp, team.keyring, team.patch = target, template.keyring, patch
    team.remote = target / "remote.git"
    team.homes = dict(template.homes)
    team.people = {name: target / name for name in MEMBERS}
    for name in MEMBERS:
        git(team.people[name], "remote", "set-url", "origin", f"gcrypt::{team.remote}")
    return team


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=actions)
def test_concurrent_work_through_an_encrypted_remote_loses_nothing(
    steps: list[tuple[str, str, int]],
    encrypted_template: EncryptedTeam,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        work = tmp_path_factory.mktemp("crypt-example")
        isolate_git(patch, work)
        team = _copy(encrypted_template, work / "team", patch)
        typed, comments = play(team, steps)
        _check(team, typed, comments)  # type: ignore[arg-type]
        written = [text for _index, text in typed + comments]
        assert readable(team.remote, [*written, "workbench.invalid"]) == []
