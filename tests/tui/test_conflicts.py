"""A segment two people changed differently: the editor shows both; the reviewer chooses."""

from __future__ import annotations

from tests.tui.pilot_helpers import editor, settle
from workbench.domain.conflicts import alternatives
from workbench.domain.model import PREVIOUS, State
from workbench.domain.workflow import confirm
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project


def flag_a_conflict(project: Project) -> None:
    path = project.catalog_path(project.document("letters"), "ru")
    catalog = Catalog.load(path)
    unit = catalog.units[0]
    confirm(unit, "Азата Мифтахова задержала ФСБ в феврале 2019 года.", "lev")
    unit.add_record(
        "alt",
        {
            "text": "ФСБ задержала Азата Мифтахова в феврале 2019 г.",
            "by": "vera",
            "at": "2026-11-20T10:00:00Z",
        },
    )
    unit.add_record("conflict", {"by": "merge", "at": "2026-11-20T10:00:01Z"})
    catalog.save("lev")


def first_unit(project: Project):
    return Catalog.load(project.catalog_path(project.document("letters"), "ru")).units[0]


async def test_choose_the_other_version_and_nothing_is_lost(project: Project) -> None:
    flag_a_conflict(project)
    async with editor(project) as (pilot, screen):
        screen.go_to(0)
        await settle(pilot)
        assert alternatives(screen.session.units[0])
        await pilot.press("alt+c")
        await settle(pilot)
        assert screen.target.text == "ФСБ задержала Азата Мифтахова в феврале 2019 г."
        await pilot.press("enter")
        await pilot.press("ctrl+q")
    unit = first_unit(project)
    assert unit.target == "ФСБ задержала Азата Мифтахова в феврале 2019 г."
    assert unit.state is State.TRANSLATED and not alternatives(unit)
    history = [r["text"] for r in unit.records_of(PREVIOUS)]
    assert "Азата Мифтахова задержала ФСБ в феврале 2019 года." in history


async def test_combining_both_versions_by_editing_resolves_too(project: Project) -> None:
    flag_a_conflict(project)
    async with editor(project) as (pilot, screen):
        screen.go_to(0)
        await settle(pilot)
        screen.replace_text("Азата Мифтахова ФСБ задержала в феврале 2019 года.")
        await pilot.press("enter")
        await pilot.press("ctrl+q")
    unit = first_unit(project)
    assert unit.target == "Азата Мифтахова ФСБ задержала в феврале 2019 года."
    assert not unit.records_of("conflict") and not unit.records_of("alt")
    history = {r["text"] for r in unit.records_of(PREVIOUS)}
    assert {
        "ФСБ задержала Азата Мифтахова в феврале 2019 г.",
        "Азата Мифтахова задержала ФСБ в феврале 2019 года.",
    } <= history
