"""Pilot tests: glossary in the editor (add, screen, ctrl+g) and the TM (propagation,
concordance). Real projects on disk; the glossary and PO files are checked through core."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import DataTable, Input, Static

from tests.tui.conftest import HANDLE, build_project
from tests.tui.pilot_helpers import editor, settle, type_text, until
from workbench.domain.model import State, Unit
from workbench.storage.catalog import Catalog, new_header
from workbench.storage.glossary import add_entry, load_glossary
from workbench.storage.project import Project
from workbench.tui.dialogs.add_term import TermDialog
from workbench.tui.dialogs.confirm import ConfirmDialog
from workbench.tui.dialogs.prompt import ChoiceDialog
from workbench.tui.screens.concordance import ConcordanceScreen
from workbench.tui.screens.glossary import GlossaryScreen


def units_of(project: Project, name: str) -> list[Unit]:
    return Catalog.load(project.catalog_path(project.document(name), "ru")).units


def add_document(project: Project, name: str, sources: list[str]) -> None:
    (project.sources_dir / f"{name}.txt").write_text("\n".join(sources) + "\n", "utf-8")
    units = [
        Unit(id=f"s-{i:08x}", source=s, references=[(f"sources/{name}.txt", str(i + 1))])
        for i, s in enumerate(sources)
    ]
    header = new_header(name, f"{name}.txt", "en", "ru", "utf-8", "text", HANDLE)
    Catalog(project.translations_dir / "ru" / f"{name}.po", header=header, units=units).save(HANDLE)


def status_text(screen) -> str:
    return str(screen.query_one("#status", Static).render())


# ---- glossary ------------------------------------------------------------------------------
async def test_add_term_from_the_editor_is_highlighted_and_listed(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        assert (
            screen.controller.current == 0 and not screen.controller.terms
        )  # "... detained by the FSB ..."
        await pilot.press("ctrl+t")
        dialog = pilot.app.screen
        assert isinstance(dialog, TermDialog)
        await type_text(pilot, "FSB")
        await pilot.press("enter")  # -> target term
        dialog.query_one("#term-target", Input).value = "ФСБ"
        await pilot.press("enter")  # -> note
        await type_text(pilot, "security service")
        await pilot.press("enter", "enter")  # -> gloss (empty), save
        await until(pilot, lambda: pilot.app.screen is screen and screen.controller.terms)
        assert [(t.text, t.targets[0]) for t in screen.controller.terms] == [("FSB", "ФСБ")]
        source = screen.controller.units[0].source
        hit = screen.controller.terms[0]
        assert source[hit.start : hit.end] == "FSB"
        rendered = screen.query_one("#source-view", Static).render()
        styled = {
            (span.start, span.end) for span in rendered.spans if "underline" in str(span.style)
        }
        assert (hit.start, hit.end) in styled
        assert "ФСБ" in str(screen.query_one("#terms-panel", Static).render())
    entry = load_glossary(project.glossary_path).entries[0]
    assert entry.terms == {"en": ["FSB"], "ru": ["ФСБ"]}
    assert entry.note == "security service"


async def test_glossary_screen_search_edit_delete_and_broken_file(project: Project) -> None:
    add_entry(project.glossary_path, {"en": ["SIZO"], "ru": ["СИЗО"]}, note="remand prison")
    add_entry(project.glossary_path, {"en": ["penal colony"], "ru": ["колония"]})
    async with editor(project) as (pilot, screen):
        await pilot.press("f4")
        glossary_screen = pilot.app.screen
        assert isinstance(glossary_screen, GlossaryScreen)
        table = glossary_screen.query_one(DataTable)
        assert table.row_count == 2
        await type_text(pilot, "colony")
        assert table.row_count == 1
        await pilot.press("enter")  # edit the highlighted entry
        dialog = pilot.app.screen
        assert isinstance(dialog, TermDialog)
        assert dialog.query_one("#term-target", Input).value == "колония"
        dialog.query_one("#term-target", Input).value = "исправительная колония; колония"
        await pilot.press("ctrl+s")
        await settle(pilot)
        edited = load_glossary(project.glossary_path).entry("penal-colony")
        assert edited is not None and edited.terms["ru"] == ["исправительная колония", "колония"]
        assert "исправительная колония" in str(table.get_row_at(0))

        await pilot.press("ctrl+x")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("y")
        assert [e.id for e in load_glossary(project.glossary_path).entries] == ["sizo"]

        good = project.glossary_path.read_text("utf-8")
        project.glossary_path.write_text(good + "  - id: [broken\n", "utf-8")
        glossary_screen.query_one(Input).value = ""
        glossary_screen.reload()
        await pilot.pause()
        assert re.search(r"glossary\.yml:\d+: ", glossary_screen.error)
        assert table.row_count == 1  # the last good glossary stays
        await pilot.press("escape")
        await until(
            pilot,
            lambda: pilot.app.screen is screen and "glossary" in screen.controller.assist.problems,
        )
        assert "glossary.yml" in screen.controller.assist.problems["glossary"]
        assert screen.controller.assist.glossary().entry("sizo") is not None


async def test_ctrl_g_offers_the_inflected_form_first(tmp_path: Path) -> None:
    project = build_project(tmp_path / "p", ["They were sent to penal colonies.", "Hi."], {})
    add_entry(project.glossary_path, {"en": ["penal colony"], "ru": ["исправительная колония"]})
    async with editor(project) as (pilot, screen):
        await until(pilot, lambda: screen.controller.terms)
        assert screen.controller.terms[0].text == "penal colonies"
        await pilot.press("ctrl+g")
        choice = pilot.app.screen
        assert isinstance(choice, ChoiceDialog)
        assert choice.choices[0] == "исправительные колонии"
        assert "исправительная колония" in choice.choices
        await pilot.press("1")
        assert screen.target.text == "исправительные колонии"


# ---- translation memory --------------------------------------------------------------------
REPEATED = "Free them all."


async def test_confirm_propagates_repetitions_as_drafts_and_they_are_saved(
    tmp_path: Path,
) -> None:
    project = build_project(tmp_path / "p", [REPEATED, "Letters matter.", REPEATED], {})
    add_document(project, "other", ["Hello.", REPEATED])
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "Free all")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.session.units[2].state is State.DRAFT
        assert screen.session.units[2].target == "Free all"
        assert "repetitions filled: 1 here, 1 in other documents" in status_text(screen)
        await pilot.press("ctrl+q")
    letters, other = units_of(project, "letters"), units_of(project, "other")
    assert (letters[0].state, letters[2].state) == (State.TRANSLATED, State.DRAFT)
    assert letters[2].target == "Free all"
    assert (other[1].state, other[1].target) == (State.DRAFT, "Free all")
    assert other[0].state is State.UNTRANSLATED


async def test_propagation_setting_translated_and_off(tmp_path: Path) -> None:
    for mode, expected in (("translated", State.TRANSLATED), ("off", State.UNTRANSLATED)):
        root = tmp_path / mode
        build_project(root, [REPEATED, REPEATED], {})
        with (root / "workbench.toml").open("a", encoding="utf-8") as settings:
            settings.write(f'\n[tm]\npropagate = "{mode}"\n')
        project = Project.load(root)
        async with editor(project) as (pilot, screen):
            await type_text(pilot, "Free")
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("ctrl+q")
        assert units_of(project, "letters")[1].state is expected


async def test_concordance_finds_and_highlights_memory_segments(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await pilot.press("ctrl+k")
        concordance = pilot.app.screen
        assert isinstance(concordance, ConcordanceScreen)
        await type_text(pilot, "court")
        await pilot.press("enter")
        await settle(pilot)
        sources = [unit.source for unit, _spans in concordance.hits]
        assert sources == ["Supporters gathered outside the court building."]
        unit, spans = concordance.hits[0]
        assert [unit.source[s:e] for field, s, e in spans if field == "source"] == ["court"]
        concordance.query_one(Input).value = "суд"  # Russian word forms: суда
        await pilot.press("enter")
        await settle(pilot)
        assert len(concordance.hits) == 2
        await pilot.press("escape")
        assert pilot.app.screen is screen
