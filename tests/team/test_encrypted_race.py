"""Two members push to the encrypted remote at the same moment, as real processes.

A GnuPG wrapper holds each push at the moment git-remote-gcrypt signs its new manifest until
both members have reached it: both have read the same remote, and both are about to replace
its manifest. Pushed raw (git-remote-gcrypt alone), one member's commit is lost; through
`workbench sync`, the second swap fails, that member fetches, merges and pushes again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.team.conftest import git
from tests.team.encrypted import EncryptedTeam
from workbench.domain.workflow import confirm

BARRIER = """#!/bin/sh
case " $* " in
  *" -se "*)
    if [ ! -e "$WB_BARRIER/passed-$WB_WHO" ]; then
      : > "$WB_BARRIER/ready-$WB_WHO"
      n=0
      while [ "$(ls "$WB_BARRIER" | grep -c '^ready-')" -lt 2 ] && [ $n -lt 2400 ]; do
        sleep 0.05; n=$((n+1))
      done
      : > "$WB_BARRIER/passed-$WB_WHO"
    fi;;
esac
exec gpg "$@"
"""
TEXTS = {"alice": "Азат Мифтахов — математик.", "bob": "Его арестовали в феврале 2019 года."}


def _prepare(crypt: EncryptedTeam, tmp_path: Path) -> Path:
    crypt.join("bob")
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    wrapper = tmp_path / "gpg-barrier"
    wrapper.write_text(BARRIER)
    wrapper.chmod(0o755)
    for index, name in enumerate(("alice", "bob")):
        git(crypt.people[name], "config", "gpg.program", str(wrapper))
        crypt.edit(name, lambda units, i=index, n=name: confirm(units[i], TEXTS[n], n))
    return barrier


def _run_both(crypt: EncryptedTeam, barrier: Path, command: list[str]) -> dict[str, int | str]:
    processes = {}
    for name in ("alice", "bob"):
        env = dict(
            os.environ,
            GNUPGHOME=str(crypt.homes[name]),
            WB_BARRIER=str(barrier),
            WB_WHO=name,
        )
        processes[name] = subprocess.Popen(
            [part.replace("{name}", name) for part in command],
            cwd=crypt.people[name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    outputs: dict[str, int | str] = {}
    for name, process in processes.items():
        out, _ = process.communicate(timeout=300)
        outputs[name] = out if process.returncode == 0 else process.returncode
    assert sorted(path.name for path in barrier.iterdir()) == [
        "passed-alice",
        "passed-bob",
        "ready-alice",
        "ready-bob",
    ]  # both read the remote before either wrote it
    return outputs


def _targets_seen_by_a_newcomer(crypt: EncryptedTeam) -> list[str]:
    crypt.join("carol")
    return [unit.target for unit in crypt.catalog("carol").units[:2]]


def test_raw_git_remote_gcrypt_loses_a_commit(crypt: EncryptedTeam, tmp_path: Path) -> None:
    barrier = _prepare(crypt, tmp_path)
    for name in ("alice", "bob"):
        git(crypt.people[name], "commit", "--quiet", "-am", f"{name}'s edit")
    _run_both(crypt, barrier, ["git", "push", "--quiet", "origin", "HEAD:refs/heads/main"])
    seen = _targets_seen_by_a_newcomer(crypt)
    kept = [seen[0] == TEXTS["alice"], seen[1] == TEXTS["bob"]]
    assert kept.count(True) == 1  # one push replaced the other's manifest, or failed on the lock


def test_sync_at_the_same_moment_loses_nothing(crypt: EncryptedTeam, tmp_path: Path) -> None:
    barrier = _prepare(crypt, tmp_path)
    command = [sys.executable, "-m", "workbench.cli", "--as", "{name}", "sync"]
    outputs = _run_both(crypt, barrier, command)
    assert all(isinstance(out, str) for out in outputs.values()), outputs  # both exit 0
    fetches = sorted(str(out).count("Fetching from origin") for out in outputs.values())
    assert fetches[0] == 1 and fetches[1] >= 2, outputs  # the loser fetched, merged, retried
    assert _targets_seen_by_a_newcomer(crypt) == [TEXTS["alice"], TEXTS["bob"]]
