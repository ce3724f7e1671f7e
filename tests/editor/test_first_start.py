"""First start in the TUI asks who is working and keeps the answer in the user config."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.editor.test_app_actions import SIZES
from tests.tui.pilot_helpers import type_text, until
from tests.tui.snapshot_helpers import stable
from workbench.app.team.identity import needs_handle
from workbench.storage.project import Project
from workbench.storage.settings import user_config_path
from workbench.tui.app import WorkbenchApp
from workbench.tui.dialogs.handle import HandleDialog
from workbench.tui.screens.editor import EditorScreen


def first_start(project: Project) -> WorkbenchApp:
    assert needs_handle(project)  # the project's shared "tester" is nobody's own handle
    return WorkbenchApp(project, project.document("letters"), "ru", ask_handle=True)


async def test_the_handle_typed_is_saved_and_used(project: Project) -> None:
    app = first_start(project)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HandleDialog))
        await type_text(pilot, "bad name")
        await pilot.press("enter")
        assert isinstance(app.screen, HandleDialog)  # refused: a space
        await pilot.press(*["backspace"] * 8)
        await type_text(pilot, "vera")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EditorScreen))
        await until(pilot, lambda: app.screen.session is not None)
        assert app.screen.session.handle == "vera"
    assert 'handle = "vera"' in user_config_path().read_text(encoding="utf-8")
    assert not needs_handle(Project.find(explicit=project.root))


async def test_escape_goes_on_with_the_shared_handle(project: Project) -> None:
    app = first_start(project)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HandleDialog))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, EditorScreen))
        await until(pilot, lambda: app.screen.session is not None)
        assert app.screen.session.handle == "tester"
    assert not user_config_path().exists()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x60"])
def test_handle_dialog_snapshot(project: Project, snap_compare, size) -> None:
    async def shown(pilot: Pilot) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, HandleDialog))
        await stable(pilot)  # cursors steady, the screen quiet: the same picture under load

    assert snap_compare(first_start(project), terminal_size=size, run_before=shown)
