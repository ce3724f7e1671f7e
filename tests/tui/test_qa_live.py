"""QA where the translator works: at confirm, in the grid (marks kept up to date, a filter),
and in the overview (the counts `workbench qa` reports)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from textual.widgets import DataTable, Select, Static

from tests.conftest import REPO
from tests.tui.conftest import HANDLE, build_project
from tests.tui.pilot_helpers import editor, settle, type_text, until
from workbench.domain.model import State, Unit
from workbench.domain.workflow import confirm
from workbench.storage.catalog import Catalog, new_header
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp

TARGETS = {
    1: "Его держали в СИЗО год до суда.",
    3: "Сторонники собрались у здания суда",  # punctuation: the full stop is missing
}
MISSING_YEAR = "Азата Мифтахова задержала ФСБ в феврале."  # numbers: 2019 is missing (error)


def qa_project(tmp_path: Path, settings: str = "") -> Project:
    project = build_project(tmp_path / "proj", targets=TARGETS)
    if settings:
        with (project.root / "workbench.toml").open("a", encoding="utf-8") as handle:
            handle.write(settings)
    return Project.load(project.root)


def notices(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


def row_text(screen, index: int) -> str:
    return "".join(strip.text for strip in screen.grid._render_row(index, index, False))


async def test_a_finding_is_told_at_confirm_and_the_next_segment_keeps_the_focus(
    tmp_path: Path,
) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        await until(pilot, lambda: screen.controller.assist.qa_context(wait=False) is not None)
        await type_text(pilot, MISSING_YEAR)
        await pilot.press("enter")
        told = [n for n in notices(pilot.app) if "segment 1" in n]
        assert told and "numbers: number 2019 is missing from the translation" in told[0]
        assert screen.controller.current == 1 and screen.focused is screen.target
        assert screen.session.units[0].state is State.TRANSLATED  # "warn": confirmed
        assert screen.controller.qa.marks.get(screen.session.units[0].id) == "error"
        assert "✖" in row_text(screen, 0)


async def test_block_keeps_an_erroneous_segment_a_draft_and_says_why(tmp_path: Path) -> None:
    project = qa_project(tmp_path, '\n[qa]\non_confirm = "block"\n')
    async with editor(project) as (pilot, screen):
        await until(pilot, lambda: screen.controller.assist.qa_context(wait=False) is not None)
        await type_text(pilot, MISSING_YEAR)
        await pilot.press("enter")
        unit = screen.session.units[0]
        assert (unit.state, unit.target) == (State.DRAFT, MISSING_YEAR)
        assert screen.controller.current == 0 and screen.target.text == MISSING_YEAR
        assert any("kept as a draft: numbers" in n for n in notices(pilot.app))
        # a warning never blocks: the missing full stop
        screen.go_to(2)
        await type_text(pilot, "Суд приговорил его к шести годам колонии")
        await pilot.press("enter")
        assert screen.session.units[2].state is State.TRANSLATED
        assert screen.controller.current == 3
        await pilot.press("ctrl+q")
    saved = Catalog.load(project.catalog_path(project.document("letters"), "ru")).units
    assert (saved[0].state, saved[0].target) == (State.DRAFT, MISSING_YEAR)


async def test_grid_marks_follow_the_document_and_the_other_documents(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        marks = screen.controller.qa.marks
        ids = [unit.id for unit in screen.session.units]
        await until(pilot, lambda: screen.controller.qa.computed)
        assert marks == {ids[3]: "warning"}
        assert "⚠" in row_text(screen, 3) and "⚠" not in row_text(screen, 1)
        # another document translates the same sentence differently: consistency
        other = project.translations_dir / "ru" / "other.po"
        (project.sources_dir / "other.txt").write_text(SOURCE_1 + "\n", "utf-8")
        unit = Unit(id="s-00000000", source=SOURCE_1, references=[("sources/other.txt", "1")])
        confirm(unit, "Целый год его держали в СИЗО до суда.", "vera")
        header = new_header("other", "other.txt", "en", "ru", "utf-8", "text", HANDLE)
        Catalog(other, header=header, units=[unit]).save("vera")
        await until(pilot, lambda: marks.get(ids[1]) == "warning")
        assert "⚠" in row_text(screen, 1)
        # the open document changes on disk (a sync, another editor): marks again
        catalog = Catalog.load(project.catalog_path(project.document("letters"), "ru"))
        confirm(catalog.units[5], "Письмa политзаключённым важны.", "vera")  # a Latin a
        catalog.save("vera")
        await until(pilot, lambda: marks.get(ids[5]) == "error")


SOURCE_1 = "He was held in SIZO for a year before the trial."


async def test_filter_by_severity_and_by_check(tmp_path: Path) -> None:
    project = qa_project(tmp_path)
    async with editor(project) as (pilot, screen):
        await until(pilot, lambda: screen.controller.qa.computed)
        await type_text(pilot, MISSING_YEAR)
        await pilot.press("enter")
        for kind, rows in (("error:", [0]), ("warning:", [3]), (":punctuation", [3])):
            await pilot.press("ctrl+f")
            await settle(pilot)
            pilot.app.screen.query_one("#qa-kind", Select).value = kind
            await pilot.press("enter")
            await until(pilot, lambda rows=rows: screen.grid.view == rows)
            assert "has QA" in screen.controller.filter.describe()
            await pilot.press("ctrl+l")


async def test_overview_counts_are_the_counts_of_workbench_qa(tmp_path: Path) -> None:
    sources = [f"Report {n}: the court met on day {n}." for n in range(120)]
    targets = {n: f"Отчёт: суд собрался в день {n + 1}" for n in range(120)}  # 120 errors
    project = build_project(tmp_path / "proj", sources, targets)
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--project", str(project.root), "qa", "letters"]
        + ["--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "WORKBENCH_HANDLE": HANDLE},
        check=False,
    )
    # what `workbench qa DOC` lists line by line (the untranslated ones it sums up apart)
    findings = [f for f in json.loads(result.stdout) if f["check"] != "untranslated"]
    errors = sum(f["severity"] == "error" for f in findings)
    warnings = sum(f["severity"] == "warning" for f in findings)
    assert errors >= 100  # more than two digits
    app = WorkbenchApp(project)
    async with app.run_test(size=(160, 30)) as pilot:
        table = app.screen.query_one(DataTable)
        await until(pilot, lambda: "✖" in str(table.get_row("letters")[4]))
        cell = str(table.get_row("letters")[4])
        assert cell.split()[0] == str(len(findings))
        assert f"✖{errors}" in cell and (f"⚠{warnings}" in cell or not warnings)
        await until(pilot, lambda: f"✖{errors}" in app.export_screenshot())  # painted
        labels = [str(column.label) for column in table.columns.values()]
        assert labels == ["Document", "Words", "Segments", "Progress (words)", "QA"]
        legend = str(app.screen.query_one("#overview-hint", Static).content)
        assert "words done" in legend  # the legend says what is counted
