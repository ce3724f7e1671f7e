"""A conflict made by an import is resolved in the editor with alt+c, like a merge's."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.interchange.test_import_merge import edit_xliff
from tests.tui.conftest import build_project
from tests.tui.pilot_helpers import editor, settle
from workbench.app.exchange.interchange import export_xliff, import_xliff
from workbench.domain.model import CONFLICT, PREVIOUS
from workbench.domain.workflow import confirm
from workbench.storage.catalog import Catalog

FROM_FILE = "Его держали в СИЗО целый год до суда."
IN_PROJECT = "Его год держали в СИЗО до суда."


def test_alt_c_takes_the_files_version(tmp_path: Path) -> None:
    project = build_project(tmp_path / "proj")
    document = project.document("letters")
    path = tmp_path / "letters.xlf"
    path.write_bytes(export_xliff(project, document, "ru", "1.2"))
    catalog_path = project.catalog_path(document, "ru")
    unit_id = Catalog.load(catalog_path).units[1].id
    edit_xliff(path, "1.2", {unit_id: FROM_FILE})
    catalog = Catalog.load(catalog_path)
    confirm(catalog.units[1], IN_PROJECT, "vera")
    catalog.save("vera")
    [report] = import_xliff(project, path)
    assert report.conflict_ids == [unit_id]

    async def resolve_in_editor() -> None:
        async with editor(project) as (pilot, screen):
            screen.go_to(1)
            await settle(pilot)
            await pilot.press("alt+c")
            await settle(pilot)
            assert screen.target.text == FROM_FILE
            await pilot.press("enter")
            await pilot.press("ctrl+q")

    asyncio.run(resolve_in_editor())
    unit = Catalog.load(catalog_path).units[1]
    assert unit.target == FROM_FILE and not unit.records_of(CONFLICT)
    assert IN_PROJECT in [r["text"] for r in unit.records_of(PREVIOUS)]
