"""A PO file reverted under the running editor, driven by Pilot: confirm, wait for the save,
`git checkout` the PO; the editor keeps the confirmed text as an alternative."""

from __future__ import annotations

import asyncio

import pytest

from tests.reliability.conftest import git
from tests.tui.pilot_helpers import editor, settle, until
from workbench.domain.conflicts import alternatives
from workbench.domain.model import CONFLICT
from workbench.storage.project import Project

CONFIRMED = "Первое письмо дошло."


def test_a_revert_under_the_running_editor_keeps_the_confirmed_text(
    repo: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_HANDLE", "vera")
    asyncio.run(revert_under_the_editor(repo))
    unit = repo.load_catalog(repo.document("letters"), "ru").units[0]
    assert unit.target == ""
    assert [alt["text"] for alt in alternatives(unit)] == [CONFIRMED]
    assert unit.records_of(CONFLICT)


async def revert_under_the_editor(project: Project) -> None:
    path = project.catalog_path(project.document("letters"), "ru")
    async with editor(project) as (pilot, screen):
        screen.go_to(0)
        await settle(pilot)
        screen.replace_text(CONFIRMED)
        await pilot.press("enter")
        await until(pilot, lambda: CONFIRMED in path.read_text(encoding="utf-8"))
        git(project.root, "checkout", "HEAD", "--", "translations/ru/letters.po")
        assert CONFIRMED not in path.read_text(encoding="utf-8")
        session = screen.session
        assert session is not None
        await until(pilot, lambda: bool(alternatives(session.units[0])))
        await until(pilot, lambda: CONFIRMED in path.read_text(encoding="utf-8"))  # saved
        await pilot.press("ctrl+q")
