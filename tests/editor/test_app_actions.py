"""Palette and keys of the whole app: preview, export, statistics; Textual's extras hidden."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.pilot_helpers import editor, settle, type_text, until
from tests.tui.snapshot_helpers import stable
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.dialogs.stats import StatsDialog
from workbench.tui.screens.preview import PreviewScreen

SIZES = [(80, 24), (200, 60)]


def preview_text(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one("#preview-text", Static).render())


async def test_preview_shows_the_unsaved_translation_in_its_paragraph(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "ФСБ задержала Азата")
        await pilot.press("enter")  # confirmed: in the session, maybe not yet on disk
        await pilot.press("alt+p")
        await until(pilot, lambda: isinstance(pilot.app.screen, PreviewScreen))
        await until(pilot, lambda: "ФСБ задержала Азата" in preview_text(pilot))
        status = pilot.app.screen.query_one("#preview-status", Static)
        assert "the current paragraph" in str(status.render())
        await pilot.press("p")
        assert "the whole document" in str(status.render())
        assert preview_text(pilot).endswith("Letters to political prisoners matter.\n")
        await pilot.press("d")  # drafts left out: prepared again
        await until(pilot, lambda: "drafts left out" in str(status.render()))
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(pilot.app.screen, PreviewScreen))
        assert pilot.app.screen is screen


async def test_export_and_stats_from_the_editor(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "ФСБ задержала Азата")
        await pilot.press("enter")
        await pilot.press("alt+x")
        exported = project.root / "export" / "ru" / "letters.txt"
        await until(pilot, exported.exists)
        assert exported.read_text(encoding="utf-8").startswith("ФСБ задержала Азата\n")
        await pilot.press("alt+i")
        await until(pilot, lambda: isinstance(pilot.app.screen, StatsDialog))
        stats = pilot.app.screen.stats
        assert stats.states["translated"] == 3 and stats.segments == 6
        await pilot.press("escape")


async def test_palette_offers_export_stats_preview_and_no_screenshot(project: Project) -> None:
    async with editor(project) as (pilot, _screen):
        titles = [command.title for command in pilot.app.get_system_commands(pilot.app.screen)]
        assert "Screenshot" not in titles and "Theme" in titles
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "export")
        from textual.command import CommandList

        options = pilot.app.screen.query_one(CommandList)
        await until(pilot, lambda: options.option_count > 0)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Export the document" in prompt for prompt in prompts)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x60"])
def test_preview_snapshot(project: Project, snap_compare, size) -> None:
    async def open_preview(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("alt+p")
        await until(pilot, lambda: "Azat" in preview_text(pilot))
        await stable(pilot)  # cursors steady, the screen quiet: the same picture under load

    app = WorkbenchApp(project, project.document("letters"), "ru")
    assert snap_compare(app, terminal_size=size, run_before=open_preview)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x60"])
def test_stats_snapshot(project: Project, snap_compare, size) -> None:
    async def open_stats(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("alt+i")
        await until(pilot, lambda: isinstance(pilot.app.screen, StatsDialog))
        await stable(pilot)  # cursors steady, the screen quiet: the same picture under load

    app = WorkbenchApp(project, project.document("letters"), "ru")
    assert snap_compare(app, terminal_size=size, run_before=open_stats)
