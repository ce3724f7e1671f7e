"""Snapshots of every dialog and screen at 80x24 and 200x60, each opened by its keys.

Regenerate after an intended change:
  pytest tests/tui/test_snapshots_dialogs.py --snapshot-update
then look at the SVGs (at 80x24 the title, the fields, the buttons and the footer must show).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from tests.tui.conftest import build_project
from tests.tui.pilot_helpers import settle, until
from tests.tui.snapshot_helpers import SIZE_IDS, SIZES, looked_up, opened
from workbench.domain.align.aligner import Link
from workbench.domain.workflow import confirm
from workbench.storage.catalog import Catalog
from workbench.storage.glossary import add_entry
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.dialogs.add_term import TermDialog
from workbench.tui.dialogs.annotate import AnnotateDialog
from workbench.tui.dialogs.confirm import ConfirmDialog
from workbench.tui.dialogs.prompt import ChoiceDialog, TextPrompt
from workbench.tui.dialogs.replace import ReplaceDialog
from workbench.tui.dialogs.review_filter import ReviewFilterDialog
from workbench.tui.dialogs.spelling import SpellingDialog
from workbench.tui.screens.align_review import AlignReviewApp, AlignReviewScreen
from workbench.tui.screens.concordance import ConcordanceScreen
from workbench.tui.screens.glossary import GlossaryScreen
from workbench.tui.screens.help import HelpScreen


def rich_project(root: Path) -> Project:
    """The letters project with a glossary and two translators (for the review filter)."""
    project = build_project(root)
    add_entry(project.glossary_path, {"en": ["SIZO"], "ru": ["СИЗО"]}, note="remand prison")
    add_entry(project.glossary_path, {"en": ["penal colony"], "ru": ["исправительная колония"]})
    add_entry(project.glossary_path, {"en": ["FSB"], "ru": ["ФСБ"]}, note="security service")
    catalog = Catalog.load(project.catalog_path(project.document("letters"), "ru"))
    confirm(catalog.units[1], catalog.units[1].target, "ira", "2026-01-02T10:00:00Z")
    confirm(catalog.units[3], catalog.units[3].target, "lev", "2026-01-02T11:00:00Z")
    catalog.save("tester")
    return project


def keys(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


def text_of(pilot: Pilot, selector: str) -> str:
    found = pilot.app.screen.query(selector)
    return str(found.first(Static).content) if found else ""


def value_of(pilot: Pilot, selector: str) -> str:
    found = pilot.app.screen.query(selector)
    return found.first(Input).value if found else ""


def rows_of(pilot: Pilot) -> int:
    found = pilot.app.screen.query(DataTable)
    return found.first().row_count if found else 0


@dataclass(frozen=True)
class Case:
    keys: str  # pressed in the editor
    kind: type[Screen]  # the screen they open
    then: list[str] = field(default_factory=list)  # keys then pressed in it
    shown: Callable[[Pilot], object] | None = None  # what it must show before the snapshot
    review: bool = False  # the editor in review mode


EDITOR_CASES = {
    "add_term": Case("ctrl+t", TermDialog),
    "annotate": Case(
        "ctrl+n",
        AnnotateDialog,
        keys("IK-7"),
        lambda pilot: value_of(pilot, "#annotation-text") == "IK-7",
    ),
    "replace": Case(
        "f3",
        ReplaceDialog,
        keys("суда"),
        lambda pilot: "2 replacement(s)" in text_of(pilot, "#preview-text"),
    ),
    "review_filter": Case("alt+f", ReviewFilterDialog, review=True),
    # the glossary's delete (alt+a, approve all, asks the same dialog after a toast that
    # takes seconds to go)
    "delete_term": Case("f4 ctrl+x", ConfirmDialog),
    "comment": Case(
        "f7",
        TextPrompt,
        keys("see the verdict"),
        lambda pilot: value_of(pilot, "#prompt-input") == "see the verdict",
        review=True,
    ),
    "source_choice": Case("alt+down ctrl+b", ChoiceDialog),  # the second one is translated
    "glossary": Case("f4", GlossaryScreen, shown=lambda pilot: rows_of(pilot) == 3),
    "concordance": Case(
        "ctrl+k",
        ConcordanceScreen,
        [*keys("суд"), "enter"],
        lambda pilot: len(getattr(pilot.app.screen, "hits", ())) == 2,
    ),
    "help": Case("f1", HelpScreen),
}


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("name", list(EDITOR_CASES))
def test_editor_dialog(tmp_path: Path, snap_compare, name: str, size: tuple[int, int]) -> None:
    case = EDITOR_CASES[name]
    project = rich_project(tmp_path / "proj")
    app = WorkbenchApp(project, project.document("letters"), "ru", case.review)
    run = opened(case.keys, case.kind, case.then, case.shown)
    assert snap_compare(app, terminal_size=size, run_before=run)


def misspelled(pilot: Pilot) -> bool:
    return bool(pilot.app.screen.query_one("#target").misspellings)  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_spelling_dialog(tmp_path: Path, snap_compare, size: tuple[int, int]) -> None:
    project = rich_project(tmp_path / "proj")
    app = WorkbenchApp(project, project.document("letters"), "ru")

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await until(pilot, lambda: looked_up(pilot))
        await pilot.press(*keys("Его извенение"))
        await until(pilot, lambda: misspelled(pilot))
        await opened("ctrl+o", SpellingDialog, editor=False)(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run)


SOURCE_SENTENCES = [
    "Write to Azat Miftakhov",
    "Azat Miftakhov is a mathematician and anarchist from Moscow State University.",
    "He was arrested on 1 February 2019 and sentenced to six years in a strict-regime colony.",
    "In January 2023 he was due to be released, but at the gates of the colony he was "
    "detained again.",
    "A new case was opened against him under Article 205.2 of the Criminal Code.",
    "Letters matter.",
    "Every envelope tells the administration of the colony that people outside are watching.",
    "Photo: from the family archive.",
]
TARGET_SENTENCES = [
    "Напишите Азату Мифтахову",
    "Азат Мифтахов — математик и анархист из Московского государственного университета.",
    "Его арестовали 1 февраля 2019 года и приговорили к шести годам колонии строгого режима.",
    "В январе 2023 года он должен был выйти на свободу, но у ворот колонии его задержали снова.",
    "Против него возбудили новое дело по статье 205.2 Уголовного кодекса.",
    "Письма важны. Каждый конверт говорит администрации колонии, что люди на воле следят.",
]
LINKS = [  # fixed links (the aligner's own choices change as it improves)
    Link((0,), (0,), 0.99),
    Link((1,), (1,), 0.97),
    Link((2,), (2,), 0.90),
    Link((3,), (3,), 0.72),  # unsure at 0.8
    Link((4,), (4,), 0.87),
    Link((5, 6), (5,), 0.65),  # unsure, two to one
    Link((7,), (), 0.0),  # without counterpart
]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_align_review(snap_compare, size: tuple[int, int]) -> None:
    title = "letters.en.txt ↔ letters.ru.txt"
    screen = AlignReviewScreen(LINKS, SOURCE_SENTENCES, TARGET_SENTENCES, 0.8, title)
    app = AlignReviewApp(screen)  # as `workbench align --review` opens it

    def filled(pilot: Pilot) -> bool:
        shown = pilot.app.screen
        return isinstance(shown, AlignReviewScreen) and shown.query_one(DataTable).row_count > 0

    run = opened("", AlignReviewScreen, shown=filled, editor=False)
    assert snap_compare(app, terminal_size=size, run_before=run)
