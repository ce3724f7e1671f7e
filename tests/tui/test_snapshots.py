"""Snapshots of the overview and the editor at 80x24 and 200x60 (pytest-textual-snapshot).

Regenerate after an intended change: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from tests.tui.pilot_helpers import settle, until
from tests.tui.snapshot_helpers import SIZE_IDS, SIZES, looked_up, stable
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp


async def editor_settled(pilot: Pilot) -> None:
    await settle(pilot)
    await until(pilot, lambda: looked_up(pilot))  # the side panels filled
    await stable(pilot)


async def overview_settled(pilot: Pilot) -> None:
    await settle(pilot)
    table = pilot.app.screen.query_one(DataTable)
    await until(pilot, lambda: "%" in str(table.get_row("letters")[3]))  # the progress shown
    await stable(pilot)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_overview(project: Project, snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(WorkbenchApp(project), terminal_size=size, run_before=overview_settled)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_editor(project: Project, snap_compare, size: tuple[int, int]) -> None:
    app = WorkbenchApp(project, project.document("letters"), "ru")
    assert snap_compare(app, terminal_size=size, run_before=editor_settled)
