"""Snapshots of the overview and the editor at 80x24 and 160x50 (pytest-textual-snapshot).

Regenerate after an intended change: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from tests.tui.pilot_helpers import settle
from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp

SIZES = [(80, 24), (160, 50)]


async def editor_settled(pilot) -> None:
    await settle(pilot)
    await pilot.pause(0.3)  # the side panels' lookup starts after a short debounce
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x50"])
def test_overview(project: Project, snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(WorkbenchApp(project), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x50"])
def test_editor(project: Project, snap_compare, size: tuple[int, int]) -> None:
    app = WorkbenchApp(project, project.document("letters"), "ru")
    assert snap_compare(app, terminal_size=size, run_before=editor_settled)
