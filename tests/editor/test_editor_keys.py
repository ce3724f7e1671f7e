"""Pilot tests of the editor's new keys on a real project (tests/tui/conftest.py builds it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Select

from tests.editor.test_app_actions import SIZES, until
from tests.tui.pilot_helpers import editor, settle, type_text
from tests.tui.snapshot_helpers import stable
from workbench.domain.model import State
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.dialogs.filter import FilterDialog
from workbench.tui.dialogs.history import HistoryDialog
from workbench.tui.dialogs.prompt import ChoiceDialog
from workbench.tui.dialogs.split import SplitDialog
from workbench.tui.screens.editor import EditorScreen

REPO = Path(__file__).resolve().parents[2]


def saved(project: Project) -> list:
    return Catalog.load(project.catalog_path(project.document("letters"), "ru")).units


async def test_ctrl_u_goes_to_drafts_too(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        screen.controller.draft(2, "Суд приговорил")
        screen.controller.confirm(4, "Он провёл")
        screen.controller.confirm(5, "Письма важны.")
        await type_text(pilot, "ФСБ задержала")
        await pilot.press("enter")  # 0 done; 1 is translated
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert screen.controller.current == 2 and screen.units[2].state is State.DRAFT


async def test_ctrl_a_selects_all_and_typing_replaces_it(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "old text")
        await pilot.press("ctrl+a")
        await type_text(pilot, "new")
        await settle(pilot)
        assert screen.target.text == "new"


async def test_ctrl_b_offers_replace_or_insert_and_alt_b_inserts(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        source = screen.units[0].source
        await pilot.press("ctrl+b")  # empty: the source, no question
        await settle(pilot)
        assert screen.target.text == source
        await pilot.press("ctrl+a")
        await type_text(pilot, "Перевод: ")
        await pilot.press("ctrl+b")
        await until(pilot, lambda: isinstance(pilot.app.screen, ChoiceDialog))
        await pilot.press("2")  # insert at the cursor
        await until(pilot, lambda: pilot.app.screen is screen)
        assert screen.target.text == "Перевод: " + source
        await pilot.press("ctrl+b")
        await until(pilot, lambda: isinstance(pilot.app.screen, ChoiceDialog))
        await pilot.press("1")  # replace
        await until(pilot, lambda: screen.target.text == source)
        await pilot.press("alt+b")
        await settle(pilot)
        assert screen.target.text == source + source


async def test_autocomplete_offers_the_glossary_term_tab_accepts_esc_closes(
    project: Project,
) -> None:
    shutil.copy(REPO / "glossary.yml", project.glossary_path)
    async with editor(project) as (pilot, screen):
        strip = screen.segment.suggestions
        await until(pilot, lambda: bool(strip.completions.candidates))  # FSB -> ФСБ
        await type_text(pilot, "Азата задержала ф")
        assert not strip.is_open  # one letter: nothing yet
        await type_text(pilot, "с")
        await until(pilot, lambda: strip.is_open)
        assert strip.suggestions[0].text == "ФСБ"
        await pilot.press("tab")
        await settle(pilot)
        assert screen.target.text == "Азата задержала ФСБ"
        assert not strip.is_open and screen.focused is screen.target
        await type_text(pilot, " в фс")
        await until(pilot, lambda: strip.is_open)
        await pilot.press("escape")  # closes the list, stays in the text
        await settle(pilot)
        assert not strip.is_open and screen.focused is screen.target
        await type_text(pilot, "б")  # typing on: still closed for this word
        assert not strip.is_open and screen.target.text.endswith("фсб")


async def test_history_restores_a_version(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        screen.go_to(1)
        await settle(pilot)
        await pilot.press("ctrl+a")
        await type_text(pilot, "Его держали в СИЗО")
        await pilot.press("enter")
        screen.go_to(1)
        await pilot.press("alt+h")
        await until(pilot, lambda: isinstance(pilot.app.screen, HistoryDialog))
        assert [v.text for v in pilot.app.screen.versions] == [
            "Его держали в СИЗО",
            "Его держали в СИЗО год до суда.",
        ]
        await pilot.press("down", "enter")
        await until(pilot, lambda: screen.units[1].target == "Его держали в СИЗО год до суда.")
        await pilot.press("ctrl+q")
    assert saved(project)[1].target == "Его держали в СИЗО год до суда."


async def test_a_replace_all_is_undone_with_one_key(project: Project) -> None:
    from workbench.app.editing.filtering import Replacement  # noqa: F401  (the plan's type)

    async with editor(project) as (pilot, screen):
        c = screen.controller

        class Item:
            def __init__(self, index: int, new: str) -> None:
                self.index, self.new = index, new

        c.replace_many([Item(1, "Его держали в изоляторе."), Item(3, "Сторонники ушли.")])
        await pilot.press("alt+z")
        await until(pilot, lambda: screen.units[3].target == "Сторонники собрались у здания суда.")
        assert screen.units[1].target == "Его держали в СИЗО год до суда."
        assert screen.units[1].state is State.TRANSLATED


async def test_split_at_the_cursor_and_merge_with_the_next(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        ids = [unit.id for unit in screen.units]
        await pilot.press("alt+k")
        await until(pilot, lambda: isinstance(pilot.app.screen, SplitDialog))
        area = pilot.app.screen.query_one("#split-source")
        text = screen.units[0].source
        area.move_cursor(area.document.get_location_from_index(text.index("by the FSB")))
        await pilot.press("enter")
        await until(
            pilot,
            lambda: (
                isinstance(pilot.app.screen, EditorScreen)
                and pilot.app.screen is not screen
                and pilot.app.screen.session is not None
            ),
        )
        reopened = pilot.app.screen
        assert [u.source for u in reopened.units[:2]] == [
            "Azat Miftakhov was detained",
            "by the FSB in February 2019.",
        ]
        assert reopened.units[0].id == ids[0] and reopened.controller.current == 0
        assert [u.id for u in reopened.units[2:]] == ids[1:]
        assert len(saved(project)) == 7
        await pilot.press("alt+j")  # merge them again
        await until(
            pilot,
            lambda: (
                pilot.app.screen is not reopened
                and isinstance(pilot.app.screen, EditorScreen)
                and pilot.app.screen.session is not None
            ),
        )
        assert pilot.app.screen.units[0].source == text
        assert [u.id for u in saved(project)] == ids
    assert (project.root / "segmentation.jsonl").read_text(encoding="utf-8").count("\n") == 2


async def test_a_document_in_the_wrong_language_is_said_on_opening(project: Project) -> None:
    path = project.catalog_path(project.document("letters"), "ru")
    catalog = Catalog.load(path)
    catalog.header["X-Detected-Language"] = "ru"
    catalog.save("tester")
    async with editor(project) as (pilot, _screen):
        messages = [n.message for n in pilot.app._notifications]
        assert any("looks like 'ru'" in message for message in messages)


async def test_an_open_list_in_a_dialog_takes_enter(project: Project) -> None:
    async with editor(project) as (pilot, _screen):
        await pilot.press("ctrl+f")
        await until(pilot, lambda: isinstance(pilot.app.screen, FilterDialog))
        dialog = pilot.app.screen
        where = dialog.query_one("#where", Select)
        where.focus()
        await pilot.press("space")  # opens the list
        await until(pilot, lambda: where.expanded)
        await pilot.press("down", "enter")  # chooses; the dialog stays
        await settle(pilot)
        assert pilot.app.screen is dialog and where.value == "source"
        await pilot.press("escape")


def looked_up(pilot: Pilot) -> bool:
    screen = pilot.app.screen
    return isinstance(screen, EditorScreen) and screen.side.panel("matches")._shown is not None


def open_dialog(keys: str, kind: type):
    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await until(pilot, lambda: looked_up(pilot))  # the side panels filled: a stable view
        await pilot.press(*keys.split())
        await until(pilot, lambda: isinstance(pilot.app.screen, kind))
        await settle(pilot)
        await until(pilot, lambda: not pilot.app.workers._workers)  # lookups of a moved cursor
        await stable(pilot)  # cursors steady, the screen quiet: the same picture under load

    return run


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x60"])
@pytest.mark.parametrize(
    ("keys", "kind"),
    [("ctrl+f", FilterDialog), ("alt+down alt+h", HistoryDialog), ("alt+k", SplitDialog)],
    ids=["filter", "history", "split"],
)
def test_dialog_snapshots(project: Project, snap_compare, size, keys, kind) -> None:
    app = WorkbenchApp(project, project.document("letters"), "ru")
    assert snap_compare(app, terminal_size=size, run_before=open_dialog(keys, kind))
