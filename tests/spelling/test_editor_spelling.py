"""Pilot: misspelled words underlined as the translator types, corrections on ctrl+o, and
"add to dictionary" writing the project dictionary."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import build_project
from tests.tui.pilot_helpers import editor, settle, type_text, until
from workbench.tui.dialogs.spelling import SpellingDialog
from workbench.tui.widgets.spelling import SPELLING, SpellingTextArea


def underlined(area: SpellingTextArea) -> list[str]:
    """The words the text area draws with the spelling style."""
    words = []
    for row, highlights in area._highlights.items():
        line = area.text.split("\n")[row].encode("utf-8")
        words += [line[a:b].decode() for a, b, name in highlights if name == SPELLING]
    return words


async def test_typing_underlines_and_ctrl_o_corrects(tmp_path: Path) -> None:
    project = build_project(tmp_path / "proj")
    async with editor(project) as (pilot, screen):
        area = screen.query_one("#target", SpellingTextArea)
        assert area.text == "" and underlined(area) == []
        await type_text(pilot, "Его извенение приняли")
        await until(pilot, lambda: underlined(area) == ["извенение"])
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(pilot.app.screen, SpellingDialog))
        dialog = pilot.app.screen
        assert dialog.choices[0] == "извинение"
        await pilot.press("1")
        await until(pilot, lambda: area.text == "Его извинение приняли")
        await type_text(pilot, " шконка")
        await until(pilot, lambda: underlined(area) == ["шконка"])
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(pilot.app.screen, SpellingDialog))
        await pilot.press(str(len(pilot.app.screen.choices)))  # the last: add to dictionary
        await until(pilot, lambda: underlined(area) == [] and area.misspellings == [])
        words = (project.root / "dictionary" / "ru.txt").read_text(encoding="utf-8")
        assert words == "шконка\n"


async def test_a_loaded_translation_is_not_checked_until_edited(tmp_path: Path) -> None:
    targets = {i: "Готово." for i in range(6)} | {0: "Азат задержан, извенение."}
    project = build_project(tmp_path / "proj", targets=targets)  # all translated: opens at 0
    async with editor(project) as (pilot, screen):
        area = screen.query_one("#target", SpellingTextArea)
        await until(pilot, lambda: area._checked_text == area.text)  # settled on the loaded text
        assert area.text == "Азат задержан, извенение." and underlined(area) == []
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, SpellingDialog)
        await type_text(pilot, " Да")
        await until(pilot, lambda: underlined(area) == ["извенение"])
