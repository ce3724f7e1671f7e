"""Keys typed as the editor appears, before the document is loaded, are all kept, in order;
an empty document opens cleanly and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from tests.tui.conftest import build_project
from tests.tui.pilot_helpers import settle, until
from workbench.app.documents.importer import add_document
from workbench.domain.model import State
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.editor import EMPTY, EditorScreen


def typed_before_start(app: WorkbenchApp, keys: str) -> None:
    """Put the keys in the app's queue before it runs: they arrive with its first frame."""
    for key in keys:
        name = {" ": "space", "\n": "enter"}.get(key, key)
        app.post_message(events.Key(name, None if key == "\n" else key))


def saved(project: Project):
    return Catalog.load(project.catalog_path(project.document("letters"), "ru")).units


async def test_text_and_enter_typed_at_the_first_frame_are_kept(project: Project) -> None:
    app = WorkbenchApp(project, project.document("letters"), "ru")
    typed_before_start(app, "FSB\nmore")
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen))
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        await until(pilot, lambda: screen.target.text.endswith("more"))
        await settle(pilot)
        units = screen.session.units
        assert (units[0].target, units[0].state) == ("FSB", State.TRANSLATED)
        assert screen.controller.current == 1
        assert screen.target.text == units[1].target + "more"
        assert not app.key_hold.holding
        await pilot.press("ctrl+q")
    assert saved(project)[0].target == "FSB"


async def test_keys_pressed_while_the_document_loads_wait_for_it(tmp_path: Path) -> None:
    """A document big enough to load for a while: enter, text, enter, pressed at once."""
    sources = [f"Sentence number {n} about the court." for n in range(20_000)]
    project = build_project(tmp_path / "big", sources, {})
    app = WorkbenchApp(project, project.document("letters"), "ru")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        loading = screen.session is None
        await pilot.press("o", "n", "e", "enter", "t", "w", "o", "enter", "x")
        await until(pilot, lambda: screen.session is not None and screen.target.text == "x")
        units = screen.session.units
        assert [units[0].target, units[1].target] == ["one", "two"]
        assert screen.controller.current == 2
        assert loading, "the document loaded before the keys: this test needs a bigger one"
        await pilot.press("ctrl+q")


@pytest.mark.parametrize("text", ["", "   \n\t\n  \n"], ids=["empty", "whitespace"])
async def test_an_empty_document_opens_and_says_it_is_empty(tmp_path: Path, text: str) -> None:
    project = build_project(tmp_path / "p")
    source = tmp_path / "blank.txt"
    source.write_text(text, encoding="utf-8")
    add_document(project, source)
    project = Project.load(project.root)
    app = WorkbenchApp(project, project.document("blank"), "ru")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditorScreen) and screen.session is not None
        assert screen.session.units == []
        assert EMPTY in str(screen.query_one("#status").render())
        await pilot.press("x", "enter", "alt+down", "ctrl+u", "escape")  # nothing breaks
        await settle(pilot)
        assert [n.message for n in app._notifications][-1] == EMPTY
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "OverviewScreen"
