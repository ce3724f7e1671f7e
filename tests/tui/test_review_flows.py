"""Pilot tests for review in the editor: review filters, bulk approval, annotations,
ignoring QA warnings, QA of the whole document."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input, Select, Static
from textual.widgets.text_area import Selection

from tests.tui.conftest import build_project
from tests.tui.pilot_helpers import editor, lookup_shown, run_from_palette, settle, type_text
from workbench.domain.annotations import anchored_annotations
from workbench.domain.model import IGNORE, NOTE, State
from workbench.domain.workflow import approve, confirm
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project
from workbench.tui.dialogs.annotate import AnnotateDialog
from workbench.tui.dialogs.confirm import ConfirmDialog
from workbench.tui.dialogs.review_filter import ReviewFilterDialog

TARGETS = {
    0: "Азата Мифтахова задержала ФСБ в феврале 2018.",  # numbers: an error (2019 missing)
    1: "Его  держали в СИЗО год до суда.",  # typography: a double space (warning)
    3: "Сторонники собрались у здания суда.",
    5: "Письма политзаключённым важны",  # punctuation: the full stop is missing (warning)
}


def qa_project(tmp_path: Path) -> Project:
    return build_project(tmp_path / "proj", targets=TARGETS)


def saved_units(project: Project):
    return Catalog.load(project.catalog_path(project.document("letters"), "ru")).units


def edit_saved(project: Project, change) -> None:
    catalog = Catalog.load(project.catalog_path(project.document("letters"), "ru"))
    change(catalog.units)
    catalog.save("tester")


def panel_text(screen, panel_id: str) -> str:
    return screen.query_one(f"#{panel_id}", Static).content.plain


# ---- review filters ------------------------------------------------------------------------
def history_project(tmp_path: Path) -> Project:
    """ira translated 1 and 3, lev translated 5; tester approved 1 and 3; lev edited 3 later."""
    project = qa_project(tmp_path)

    def change(units) -> None:
        confirm(units[1], units[1].target, "ira", "2026-01-02T10:00:00Z")
        confirm(units[3], units[3].target, "ira", "2026-01-02T10:00:00Z")
        confirm(units[5], units[5].target + ".", "lev", "2026-01-02T11:00:00Z")
        approve(units[1], "tester", "2026-01-03T10:00:00Z")
        approve(units[3], "tester", "2026-01-03T10:00:00Z")
        confirm(units[3], "Сторонники собрались возле суда.", "lev", "2026-01-04T10:00:00Z")

    edit_saved(project, change)
    return project


async def set_review_filter(pilot, **values) -> None:
    await pilot.press("alt+f")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ReviewFilterDialog)
    if "translator" in values:
        dialog.query_one("#review-translator", Select).value = values["translator"]
    for box, ticked in values.get("boxes", {}).items():
        dialog.query_one(f"#review-{box}", Checkbox).value = ticked
    await pilot.press("enter")
    await settle(pilot)


async def test_review_filter_by_translator_and_changed_since_my_review(tmp_path: Path) -> None:
    project = history_project(tmp_path)
    async with editor(project) as (pilot, screen):
        await set_review_filter(pilot, translator="lev")
        assert [screen.grid.unit_index(r) for r in range(screen.grid.row_count)] == [3, 5]
        assert "by lev" in screen.controller.filter.describe()
        await set_review_filter(pilot, translator=Select.NULL, boxes={"changed": True})
        # tester approved 1 and 3; only 3 was edited (by lev) after that review
        rows = [screen.grid.unit_index(r) for r in range(screen.grid.row_count)]
        assert 3 in rows and 1 not in rows
        assert screen.controller.current == 3
        # the reviewer sees what changed since the approval, as a word diff
        notes = screen.query_one("#notes-panel", Static).content
        assert "Changed since approval" in notes.plain
        styles = {str(span.style) for span in notes.spans}
        assert "red strike" in styles and "bold green underline" in styles
        await pilot.press("ctrl+l")
        assert screen.grid.row_count == 6


async def test_review_filter_open_comments_combines_with_state_filter(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        screen.go_to(3)
        await pilot.press("f7")
        await type_text(pilot, "check")
        await pilot.press("enter")
        await settle(pilot)
        await set_review_filter(pilot, boxes={"comments": True})
        assert screen.grid.row_count == 1 and screen.controller.current == 3


# ---- bulk approval -------------------------------------------------------------------------
async def test_bulk_approve_from_palette_asks_and_skips_qa_errors(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        await run_from_palette(pilot, "approve all", "Approve all translated")
        dialog = pilot.app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "Approve 3 translated segment(s)" in dialog.question
        assert "1 refused for QA errors" in dialog.detail
        await pilot.press("y")
        await settle(pilot)
        states = [u.state for u in screen.session.units]
        assert states[0] is State.TRANSLATED  # QA error: refused
        assert [states[i] for i in (1, 3, 5)] == [State.APPROVED] * 3
        assert screen.session.journal.path.read_text().count('"approve"') == 3
        await pilot.press("ctrl+q")
    assert [u.state for u in saved_units(project)][1] is State.APPROVED


async def test_bulk_approve_cancelled_changes_nothing(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        await pilot.press("alt+a")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert State.APPROVED not in {u.state for u in screen.session.units}


# ---- annotations ---------------------------------------------------------------------------
async def annotate(pilot, quote: str | None, text: str, label: str | None = None) -> None:
    await pilot.press("ctrl+n")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, AnnotateDialog)
    if quote is not None:
        dialog.query_one("#annotation-quote", Input).value = quote
    if label is not None:
        dialog.query_one("#annotation-label", Select).value = label
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


async def test_annotate_source_highlights_lists_and_saves(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        screen.go_to(2)
        await annotate(pilot, "penal colony", "IK-7", label="place")
        note = screen.session.units[2].records_of(NOTE)[0]
        assert (note["side"], note["label"], note["text"]) == ("source", "place", "IK-7")
        source = screen.query_one("#source-view", Static).content
        start = screen.session.units[2].source.index("penal colony")
        assert any(s.start == start and "magenta" in str(s.style) for s in source.spans), (
            source.spans
        )
        assert "[place]" in panel_text(screen, "notes-panel")
        assert "IK-7" in panel_text(screen, "notes-panel")
        await pilot.press("ctrl+q")
    saved = saved_units(project)[2].records_of(NOTE)
    assert saved and saved[0]["quote"] == "penal colony"


async def test_annotate_translation_selection_then_edit_remove_and_orphan(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        screen.go_to(3)
        await settle(pilot)
        screen.target.selection = Selection((0, 11), (0, 20))  # "собрались"
        await annotate(pilot, None, "verb", label="term")
        unit = screen.session.units[3]
        (item,) = anchored_annotations(unit)
        assert (item.side, item.quote, item.start) == ("target", "собрались", 11)
        # edit (also in the palette: "Edit an annotation"): the text changes
        await pilot.press("alt+n")
        await settle(pilot)
        pilot.app.screen.query_one("#annotation-text", Input).value = "a verb"
        await pilot.press("enter")
        await settle(pilot)
        assert unit.records_of(NOTE)[0]["text"] == "a verb"
        # the quote disappears from the translation: the note is kept, flagged
        screen.replace_text("Сторонники пришли к суду.")
        await pilot.press("enter")
        await settle(pilot)
        screen.go_to(3)
        assert "ORPHANED" in panel_text(screen, "notes-panel")
        await pilot.press("alt+m")  # "Remove an annotation"
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert unit.records_of(NOTE) == []
        assert "ORPHANED" not in panel_text(screen, "notes-panel")


# ---- QA ------------------------------------------------------------------------------------
async def test_ignore_warning_with_reason_is_saved_in_the_po(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        screen.go_to(1)
        await lookup_shown(pilot)
        assert "typography" in panel_text(screen, "qa-panel")
        qa = screen.query_one("#qa-panel", Static).content
        assert any(s.style == "reverse yellow" for s in qa.spans)  # the span, highlighted
        await pilot.press("f9")
        await settle(pilot)
        await type_text(pilot, "quoted verbatim")
        await pilot.press("enter")
        await settle(pilot)
        assert "typography" not in panel_text(screen, "qa-panel")
        await pilot.press("ctrl+q")
    (record,) = saved_units(project)[1].records_of(IGNORE)
    assert (record["check"], record["reason"], record["by"]) == (
        "typography",
        "quoted verbatim",
        "tester",
    )


async def test_ignore_chooses_among_several_checks(tmp_path: Path) -> None:
    targets = {0: "Азата  Мифтахова задержала ФСБ в феврале 2019"}
    project = build_project(tmp_path / "p", targets=targets)
    async with editor(project) as (pilot, screen):
        screen.go_to(0)
        await lookup_shown(pilot)
        checks = {f.check for f in screen.controller.findings}
        assert len(checks) >= 2, checks
        await pilot.press("f9")
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await type_text(pilot, "on purpose")
        await pilot.press("enter")
        await settle(pilot)
        ignored = {r["check"] for r in screen.session.units[0].records_of(IGNORE)}
        assert len(ignored) == 1 and ignored < checks


async def test_qa_on_demand_fills_the_qa_filter(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        await run_from_palette(pilot, "QA on dem", "QA on demand")
        await settle(pilot)
        rows = [screen.grid.unit_index(r) for r in range(screen.grid.row_count)]
        assert rows == [0, 1, 5]
        assert screen.controller.filter.has_qa
