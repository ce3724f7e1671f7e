"""Sync from the command palette while the editor is open on a clone (real git)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.conftest import DOC, Team, assert_clean
from tests.tui.pilot_helpers import run_from_palette, settle, type_text
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.editor import EditorScreen


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    from tests.conftest import require_tool

    require_tool("git")
    require_tool("msgfmt")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("WORKBENCH_HANDLE", raising=False)
    return Team(tmp_path)


async def test_sync_from_palette_while_open_merges_the_other_persons_edit(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    bob = team.join("bob")
    team.join("carol")

    def carol_translates(units) -> None:
        units[2].target = "Он провёл год в СИЗО."

    team.edit("carol", carol_translates)
    assert team.sync("carol") == 0

    monkeypatch.setenv("WORKBENCH_HANDLE", "bob")
    project = Project.find(explicit=bob)
    app = WorkbenchApp(project, project.document(DOC), "ru")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditorScreen) and screen.session is not None
        screen.go_to(0)
        await type_text(pilot, "Азат Мифтахов математик.")
        await pilot.press("enter")
        await run_from_palette(pilot, "Sync", "Sync")
        await pilot.press("enter")  # the commit message is optional
        await settle(pilot)
        units = screen.session.units
        assert units[2].target == "Он провёл год в СИЗО."  # carol's edit, shown
        assert units[0].target == "Азат Мифтахов математик."  # bob's, kept
        screen.go_to(2)
        assert screen.target.text == "Он провёл год в СИЗО."
        await pilot.press("ctrl+q")

    saved = {u.id: u.target for u in team.catalog("bob").units}
    assert "Азат Мифтахов математик." in saved.values()
    assert "Он провёл год в СИЗО." in saved.values()
    assert_clean(bob)
    assert team.sync("carol") == 0  # bob's edit reached the remote
    carol = [u.target for u in team.catalog("carol").units]
    assert carol[0] == "Азат Мифтахов математик."
    assert_clean(team.people["carol"])
