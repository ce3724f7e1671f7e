"""`workbench sync` between people's clones of a bare remote: real git, real merges."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.team.conftest import DOC, Team, assert_clean, git, texts_kept, wb
from workbench.app.team.gitsync import GLOSSARY_DRIVER, PO_DRIVER
from workbench.domain.comments import add_comment
from workbench.domain.model import ALTERNATIVE, COMMENT, CONFLICT, State
from workbench.domain.workflow import approve, confirm

T1, T2, T3 = "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z", "2026-01-01T12:00:00Z"


def test_sync_commits_under_the_handle_not_the_real_name(team: Team) -> None:
    log = git(team.remote, "log", "-1", "--format=%an <%ae>|%cn <%ce>|%s").stdout.strip()
    assert log == "alice <alice@workbench.invalid>|alice <alice@workbench.invalid>|start"
    everything = git(team.remote, "log", "--all", "--format=%an %ae %cn %ce").stdout
    assert "Real Name" not in everything and "example.org" not in everything


def test_sync_uses_the_identity_configured_in_workbench_toml(team: Team) -> None:
    root = team.people["alice"]
    settings = root / "workbench.toml"
    settings.write_text(
        settings.read_text() + '\n[sync]\nname = "A. Collective"\nemail = "a@collective.org"\n'
    )
    assert team.sync("alice") == 0
    log = git(root, "log", "-1", "--format=%an <%ae>|%cn").stdout.strip()
    assert log == "A. Collective <a@collective.org>|A. Collective"


def test_setup_git_registers_the_drivers(team: Team) -> None:
    root = team.people["alice"]
    attributes = (root / ".gitattributes").read_text()
    assert f"translations/**/*.po merge={PO_DRIVER}" in attributes
    assert f"/glossary.yml merge={GLOSSARY_DRIVER}" in attributes
    driver = git(root, "config", f"merge.{PO_DRIVER}.driver").stdout
    assert "-m workbench.cli merge-po %O %A %B %P" in driver
    assert (
        "merge-glossary %O %A %B" in git(root, "config", f"merge.{GLOSSARY_DRIVER}.driver").stdout
    )
    check = git(root, "check-attr", "merge", f"translations/ru/{DOC}.po", "glossary.yml").stdout
    assert f"merge: {PO_DRIVER}" in check and f"merge: {GLOSSARY_DRIVER}" in check
    assert wb("--project", str(root), "setup-git") == 0  # idempotent
    assert (root / ".gitattributes").read_text() == attributes


def test_edits_to_different_segments_merge_without_conflict(team: Team) -> None:
    team.join("bob")
    team.edit("alice", lambda units: confirm(units[0], "Азат Мифтахов — математик.", "alice"))
    team.edit("bob", lambda units: confirm(units[1], "Его арестовали в феврале 2019 года.", "bob"))
    assert team.sync("alice") == 0
    assert team.sync("bob") == 0
    assert team.sync("alice") == 0
    for name in ("alice", "bob"):
        units = team.catalog(name).units
        assert units[0].target == "Азат Мифтахов — математик."
        assert units[1].target == "Его арестовали в феврале 2019 года."
        assert not any(unit.records_of(CONFLICT) for unit in units)
        assert_clean(team.people[name])
        assert git(team.people[name], "status", "--porcelain").stdout == ""


def test_same_segment_keeps_both_versions_and_flags_it(team: Team, capsys) -> None:
    team.join("bob")
    team.edit("alice", lambda units: confirm(units[2], "Год он провёл в СИЗО.", "alice", at=T1))
    team.edit("bob", lambda units: confirm(units[2], "Он год сидел в СИЗО.", "bob", at=T2))
    assert team.sync("alice") == 0
    assert team.sync("bob") == 0
    assert team.sync("alice") == 0
    for name in ("alice", "bob"):
        unit = team.catalog(name).units[2]
        assert unit.target == "Он год сидел в СИЗО."  # the later edit
        assert unit.last_edit == {"by": "bob", "at": T2}
        assert unit.records_of(ALTERNATIVE) == [
            {"text": "Год он провёл в СИЗО.", "by": "alice", "at": T1}
        ]
        assert unit.records_of(CONFLICT) and unit.records_of(CONFLICT)[0]["with"] == "alice"
        assert_clean(team.people[name])


def test_comments_on_the_same_segment_are_both_kept(team: Team) -> None:
    team.join("bob")
    team.edit("alice", lambda units: add_comment(units[3], "alice", "Which court?"))
    team.edit("bob", lambda units: add_comment(units[3], "bob", "Moscow district court."))
    assert team.sync("alice") == team.sync("bob") == team.sync("alice") == 0
    for name in ("alice", "bob"):
        unit = team.catalog(name).units[3]
        texts = sorted(c["text"] for c in unit.records_of(COMMENT))
        assert texts == ["Moscow district court.", "Which court?"]
        assert_clean(team.people[name])


def test_reviewer_approving_while_translator_edits(team: Team) -> None:
    team.edit(
        "alice", lambda units: [confirm(u, f"Перевод {i}.", "alice") for i, u in enumerate(units)]
    )
    assert team.sync("alice") == 0
    team.join("vera")

    def review(units):
        approve(units[0], "vera")
        approve(units[1], "vera")

    team.edit("vera", review)
    team.edit("alice", lambda units: confirm(units[1], "Новый перевод 1.", "alice"))
    assert team.sync("vera") == team.sync("alice") == team.sync("vera") == 0
    for name in ("alice", "vera"):
        first, second = team.catalog(name).units[:2]
        assert first.state is State.APPROVED  # approved, untouched by the translator
        assert second.target == "Новый перевод 1."  # the translator's edit survives
        assert second.state is State.TRANSLATED  # the approval was of the old text
        assert second.first_record("review")["by"] == "vera"
        assert "Перевод 1." in texts_kept(second)


def test_glossary_additions_on_both_sides(team: Team) -> None:
    team.join("bob")
    alice_glossary = team.people["alice"] / "glossary.yml"
    alice_glossary.write_text(
        "# Our glossary. Keep this comment.\nentries:\n"
        "  - id: sizo   # remand prison\n    terms: {en: [SIZO], ru: [СИЗО]}\n"
    )
    assert team.sync("alice") == team.sync("bob") == 0
    alice_glossary.write_text(
        alice_glossary.read_text() + "  - id: shizo\n    terms: {en: [SHIZO], ru: [ШИЗО]}\n"
    )
    bob_glossary = team.people["bob"] / "glossary.yml"
    bob_glossary.write_text(
        bob_glossary.read_text()
        + "  # added by bob\n  - id: fsb\n    terms: {en: [FSB], ru: [ФСБ]}\n"
    )
    assert team.sync("alice") == team.sync("bob") == team.sync("alice") == 0
    from workbench.storage.glossary.schema import load_glossary

    for path in (alice_glossary, bob_glossary):
        assert [e.id for e in load_glossary(path).entries] == ["sizo", "shizo", "fsb"]
        text = path.read_text()
        assert "# Our glossary. Keep this comment." in text and "# remand prison" in text
    assert_clean(team.people["bob"])


def test_plain_git_pull_uses_the_drivers(team: Team) -> None:
    bob = team.join("bob")
    team.edit("alice", lambda units: confirm(units[4], "Письма идут медленно.", "alice", at=T1))
    assert team.sync("alice") == 0
    team.edit("bob", lambda units: confirm(units[4], "Письма доходят медленно.", "bob", at=T3))
    git(bob, "commit", "--quiet", "-am", "by hand")
    result = git(bob, "pull", "--no-rebase", "--quiet", "origin", "main", check=False)
    assert result.returncode == 0, result.stderr
    unit = team.catalog("bob").units[4]
    assert unit.target == "Письма доходят медленно."
    assert texts_kept(unit) >= {"Письма идут медленно.", "Письма доходят медленно."}
    assert unit.records_of(CONFLICT)
    assert_clean(bob)


def test_nothing_to_do_offline_and_no_remote(team: Team, capsys, tmp_path: Path) -> None:
    capsys.readouterr()
    assert team.sync("alice") == 0
    assert "Nothing to sync" in capsys.readouterr().out

    team.remote.rename(tmp_path / "usb-stick-unplugged.git")
    team.edit("alice", lambda units: confirm(units[5], "Всё равно пишите ему.", "alice"))
    assert team.sync("alice") == 2
    err = capsys.readouterr().err
    assert "cannot reach the remote 'origin'" in err and "committed locally" in err
    assert len(err.strip().splitlines()) <= 3  # progress lines + one error line
    assert git(team.people["alice"], "status", "--porcelain").stdout == ""

    git(team.people["alice"], "remote", "remove", "origin")
    team.edit("alice", lambda units: confirm(units[5], "Пишите ему.", "alice"))
    assert team.sync("alice") == 0
    assert "Committed locally (no remote configured)." in capsys.readouterr().out


def test_remote_rejecting_the_push_is_reported(team: Team, capsys) -> None:
    hook = team.remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'pushes are closed today' >&2\nexit 1\n")
    hook.chmod(0o755)
    team.edit("alice", lambda units: confirm(units[0], "Азат — математик.", "alice"))
    capsys.readouterr()
    assert team.sync("alice") == 2
    err = capsys.readouterr().err
    assert "rejected the push" in err and "committed locally" in err


def test_sync_initialises_a_repository_and_only_commits(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    root = tmp_path / "solo"
    assert wb("--as", "mira", "init", str(root), "--source-lang", "en", "--target-lang", "ru") == 0
    assert wb("--project", str(root), "--as", "mira", "sync") == 0
    assert git(root, "log", "--format=%an", "-1").stdout.strip() == "mira"
    assert (root / ".gitattributes").is_file()
    tracked = git(root, "ls-files").stdout.split()
    assert "workbench.toml" in tracked and "glossary.yml" in tracked


def test_driver_exits_non_zero_on_unreadable_input(tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.po"
    good.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
    broken = tmp_path / "broken.po"
    broken.write_text('msgctxt "s-1"\nmsgid "unterminated\n')
    before = broken.read_bytes()
    assert wb("merge-po", str(good), str(broken), str(good), "translations/ru/x.po") == 1
    assert broken.read_bytes() == before
    assert "translations/ru/x.po" in capsys.readouterr().err
    assert wb("merge-po", str(good), str(good), str(broken)) == 1


def test_driver_commands_are_hidden_from_help(capsys) -> None:
    try:
        wb("--help")
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "sync" in out and "setup-git" in out and "serve" in out
    assert "merge-po" not in out and "merge-glossary" not in out


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "sync", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "--message" in result.stdout


def test_clone_checks_out_the_project_and_registers_the_drivers(team: Team, capsys) -> None:
    other = team.tmp / "other.git"  # its HEAD names "master"; the project is on "main"
    subprocess.run(["git", "-c", "init.defaultBranch=master", "init", "-q", "--bare", str(other)])
    git(team.people["alice"], "push", "--quiet", str(other), "HEAD:refs/heads/main")
    for remote, name in ((team.remote, "bob"), (other, "vera")):
        root = team.tmp / name
        assert wb("--as", name, "clone", str(remote), str(root)) == 0
        assert (root / "workbench.toml").is_file() and (root / "translations" / "ru").is_dir()
        assert git(root, "symbolic-ref", "--short", "HEAD").stdout.strip() == "main"
        assert "merge-po" in git(root, "config", f"merge.{PO_DRIVER}.driver").stdout
        assert git(root, "status", "--porcelain").stdout == ""
    capsys.readouterr()
    assert wb("clone", str(team.tmp / "missing.git"), str(team.tmp / "nobody")) == 2
    assert "could not clone" in capsys.readouterr().err
    assert not (team.tmp / "nobody").exists()


def test_two_peoples_splits_merge_line_by_line(team: Team) -> None:
    """segmentation.jsonl is a list of edits: git's union merge keeps both people's."""
    bob = team.join("bob")
    ids = {unit.source: unit.id for unit in team.catalog("alice").units}
    first, second = ids["He spent a year in the SIZO."], ids["Letters reach him slowly."]
    alice = str(team.people["alice"])
    assert wb("--project", alice, "segment", "split", DOC, first, "--before", "in the") == 0
    assert wb("--project", str(bob), "segment", "split", DOC, second, "--before", "slowly") == 0
    assert team.sync("alice") == 0
    assert team.sync("bob") == 0
    assert team.sync("alice") == 0
    for name in ("alice", "bob"):
        root = team.people[name]
        sources = [unit.source for unit in team.catalog(name).units]
        assert "He spent a year" in sources and "in the SIZO." in sources
        assert "Letters reach him" in sources and "slowly." in sources
        edits = (root / "segmentation.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(edits) == 2 and "<<<<<<<" not in "".join(edits)
        assert_clean(root)
