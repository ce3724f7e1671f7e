"""Encrypted team remotes: real GnuPG keys, git-remote-gcrypt, a bare repository as the host."""

from __future__ import annotations

from pathlib import Path

from tests.team.conftest import Team, assert_clean, git, texts_kept, wb
from tests.team.encrypted import MEMBERS, EncryptedTeam, readable
from workbench.domain.comments import add_comment
from workbench.domain.model import CONFLICT
from workbench.domain.workflow import confirm


def test_three_members_merge_segment_by_segment(crypt: EncryptedTeam) -> None:
    for name in ("bob", "carol"):
        crypt.join(name)
    crypt.edit("alice", lambda units: confirm(units[0], "Азат Мифтахов — математик.", "alice"))
    crypt.edit("bob", lambda units: confirm(units[1], "Его арестовали в феврале 2019 года.", "bob"))
    crypt.edit("carol", lambda units: confirm(units[1], "Арестован в феврале 2019.", "carol"))
    crypt.edit("carol", lambda units: add_comment(units[2], "carol", "Which SIZO?"))
    for name in ("bob", "carol", "alice", "bob", "carol"):
        assert crypt.sync(name) == 0
    first = crypt.catalog("alice").to_text()
    for name in MEMBERS:
        assert crypt.catalog(name).to_text() == first
        assert_clean(crypt.people[name])
    units = crypt.catalog("alice").units
    assert units[0].target == "Азат Мифтахов — математик."
    assert texts_kept(units[1]) >= {
        "Его арестовали в феврале 2019 года.",
        "Арестован в феврале 2019.",
    }
    assert units[1].records_of(CONFLICT)
    assert [c["text"] for c in units[2].records_of("comment")] == ["Which SIZO?"]


def test_the_remote_holds_no_readable_text(crypt: EncryptedTeam) -> None:
    crypt.join("bob")
    crypt.edit("alice", lambda units: confirm(units[0], "Азат Мифтахов — математик.", "alice"))
    crypt.edit("bob", lambda units: add_comment(units[3], "bob", "Moscow district court."))
    for name in ("alice", "bob", "alice"):
        assert crypt.sync(name) == 0
    needles = [
        "Azat Miftakhov is a mathematician",
        "He spent a year in the SIZO",
        "Азат Мифтахов",
        "Moscow district court",
        "alice",
        "carol",
        "workbench.invalid",
        "letter.po",
        "letter.txt",
        "workbench.toml",
        "glossary.yml",
        "participants",
        "translations",
    ]
    assert readable(crypt.remote, needles) == []


def test_the_scan_finds_the_text_in_a_plain_remote(team: Team) -> None:
    found = readable(team.remote, ["Azat Miftakhov is a mathematician", "letter.po", "alice"])
    assert len(found) >= 3


def test_a_non_participant_is_refused_and_gets_nothing(crypt: EncryptedTeam, capsys) -> None:
    crypt.give_home("outsider", public=("alice",))
    crypt.as_member("outsider")
    target = crypt.tmp / "outsider"
    capsys.readouterr()
    assert crypt_clone(crypt, target) == 2
    err = capsys.readouterr().err
    assert "not a participant" in err and len(err.strip().splitlines()) == 1
    assert not target.exists()


def crypt_clone(crypt: EncryptedTeam, target: Path, *extra: str) -> int:
    from tests.team.conftest import wb

    return wb("clone", str(crypt.remote), str(target), "--encrypted", *extra)


def test_commits_carry_the_handle_and_utc_only(crypt: EncryptedTeam, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Vladivostok")
    crypt.edit("alice", lambda units: confirm(units[0], "Азат — математик.", "alice"))
    assert crypt.sync("alice") == 0
    root = crypt.people["alice"]
    log = git(root, "log", "-1", "--format=%an <%ae> %ai|%cn <%ce> %ci").stdout.strip()
    author, committer = log.split("|")
    assert author.startswith("alice <alice@workbench.invalid> ") and author.endswith("+0000")
    assert committer.startswith("alice <alice@workbench.invalid> ") and committer.endswith("+0000")
    reflog = git(root, "reflog", "--format=%gn <%ge>").stdout
    assert "Real Name" not in reflog and "example.org" not in reflog


def test_a_member_added_by_one_command_reads_and_writes(crypt: EncryptedTeam, capsys) -> None:
    crypt.join("bob")
    dave = crypt.keyring.fingerprints["dave"]
    crypt.as_member("alice")
    assert wb("--project", str(crypt.people["alice"]), "remote", "participants", "add", dave) == 0
    assert (crypt.people["alice"] / "team" / "keys" / f"{dave}.asc").is_file()
    assert crypt.sync("alice") == 0
    crypt.join("dave")  # dave holds only his own key and alice's public key
    crypt.edit("dave", lambda units: confirm(units[4], "Письма идут медленно.", "dave"))
    assert crypt.sync("dave") == 0
    crypt.edit("bob", lambda units: confirm(units[5], "Всё равно пишите ему.", "bob"))
    assert crypt.sync("bob") == 0  # bob learns dave's key from the remote's key list
    assert crypt.sync("dave") == 0
    for name in ("bob", "dave"):
        units = crypt.catalog(name).units
        assert units[4].target == "Письма идут медленно."
        assert units[5].target == "Всё равно пишите ему."
    capsys.readouterr()
    assert wb("--project", str(crypt.people["bob"]), "remote", "participants", "list") == 0
    assert dave in capsys.readouterr().out


def test_relative_paths_are_taken_from_where_the_command_runs(
    crypt: EncryptedTeam, monkeypatch
) -> None:
    crypt.give_home("bob")
    crypt.as_member("bob")
    monkeypatch.chdir(crypt.tmp)
    assert wb("--as", "bob", "clone", "remote.git", "copies/bob", "--encrypted") == 0
    root = crypt.tmp / "copies" / "bob"
    assert git(root, "remote", "get-url", "origin").stdout.strip() == f"gcrypt::{crypt.remote}"
    crypt.people["bob"] = root
    crypt.edit("bob", lambda units: confirm(units[0], "Азат — математик.", "bob"))
    assert crypt.sync("bob") == 0


def test_a_removed_member_cannot_read_what_comes_next(crypt: EncryptedTeam, capsys) -> None:
    crypt.join("carol")
    carol = crypt.keyring.fingerprints["carol"]
    alice = crypt.people["alice"]
    crypt.as_member("alice")
    alice_key = crypt.keyring.fingerprints["alice"]
    assert wb("--project", str(alice), "remote", "participants", "remove", alice_key) == 2
    assert "none of your own keys" in capsys.readouterr().err
    assert wb("--project", str(alice), "remote", "participants", "remove", carol) == 0
    listed = (alice / "team" / "participants.txt").read_text().splitlines()
    assert [line.split()[0] for line in listed if carol in line] == [f"-{carol}"]
    assert not (alice / "team" / "keys" / f"{carol}.asc").exists()
    assert crypt.sync("alice") == 0
    capsys.readouterr()
    assert crypt.sync("carol") == 2
    assert "not a participant" in capsys.readouterr().err


def test_a_removal_survives_a_concurrent_addition(crypt: EncryptedTeam, capsys) -> None:
    """alice removes carol while bob adds dave: git's union merge keeps both sides' lines, and
    carol must not come back into the list the next sync encrypts for."""
    crypt.give_home("bob", public=("alice", "dave"))
    crypt.join("bob")
    carol, dave = crypt.keyring.fingerprints["carol"], crypt.keyring.fingerprints["dave"]
    crypt.as_member("alice")
    assert (
        wb("--project", str(crypt.people["alice"]), "remote", "participants", "remove", carol) == 0
    )
    crypt.as_member("bob")
    assert wb("--project", str(crypt.people["bob"]), "remote", "participants", "add", dave) == 0
    assert crypt.sync("alice") == 0
    assert crypt.sync("bob") == 0
    assert crypt.sync("alice") == 0
    for name in ("alice", "bob"):
        capsys.readouterr()
        assert wb("--project", str(crypt.people[name]), "remote", "participants", "list") == 0
        out = capsys.readouterr().out
        assert dave in out and carol not in out
    config = git(crypt.people["bob"], "config", "remote.origin.gcrypt-participants").stdout
    assert dave in config and carol not in config
