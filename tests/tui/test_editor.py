"""Pilot tests for the translator's flows in the editor."""

from __future__ import annotations

from tests.tui.pilot_helpers import editor, run_from_palette, settle, type_text, until
from workbench.domain.model import State
from workbench.domain.workflow import confirm
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project


def saved_units(project: Project):
    return Catalog.load(project.catalog_path(project.document("letters"), "ru")).units


async def test_opens_on_first_untranslated_with_the_translation_focused(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        assert screen.controller.current == 0
        assert screen.focused is screen.target
        assert screen.grid.row_count == 6


async def test_type_confirm_moves_on_and_saves_on_quit(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "FSB detained")
        await pilot.press("enter")
        assert screen.controller.current == 1
        assert screen.focused is screen.target
        assert screen.session.units[0].state is State.TRANSLATED
        assert screen.session.journal.path.exists()  # durable before the cursor moved
        await pilot.press("ctrl+q")
    assert saved_units(project)[0].target == "FSB detained"


async def test_line_break_key_inserts_a_newline(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "one")
        await pilot.press("ctrl+j")
        await type_text(pilot, "two")
        await pilot.press("enter")
        assert screen.session.units[0].target == "one\ntwo"


async def test_ctrl_u_goes_to_next_untranslated_and_keeps_typed_text_as_draft(
    project: Project,
) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "half")
        await pilot.press("ctrl+u")  # must beat TextArea's delete-to-line-start
        assert screen.controller.current == 2
        assert screen.focused is screen.target
        assert screen.session.units[0].target == "half"
        assert screen.session.units[0].state is State.DRAFT
        await pilot.press("ctrl+u")
        assert screen.controller.current == 4


async def test_copy_source_and_draft_key(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await pilot.press("ctrl+b")
        assert screen.target.text == screen.session.units[0].source
        await pilot.press("ctrl+d")
        assert screen.session.units[0].state is State.DRAFT
        assert screen.controller.current == 1


async def test_insert_fuzzy_match_chooses_among_matches(tmp_path) -> None:
    from tests.tui.conftest import build_project

    sources = ["The court sentenced him.", "The court sentenced her.", "Letters matter."]
    project = build_project(tmp_path / "p", sources, {0: "Суд приговорил его."})
    async with editor(project) as (pilot, screen):
        assert screen.controller.current == 1
        await until(
            pilot,
            lambda: (
                screen.controller.matches
                and screen.controller.matches[0].target == "Суд приговорил его."
            ),
        )
        await pilot.press("alt+1", "ctrl+r")
        assert screen.target.text == "Суд приговорил его."
        await pilot.press("enter")
        assert screen.session.units[1].target == "Суд приговорил его."


async def test_filter_by_state_and_text_and_go_to(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await pilot.press("ctrl+f")
        await type_text(pilot, "court")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.grid.view == [2, 3]
        assert screen.controller.current == 2
        await pilot.press("ctrl+l")
        assert screen.grid.view is None
        await pilot.press("ctrl+f")
        await pilot.click("#state-translated")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.grid.view == [1, 3]
        await pilot.press("ctrl+f", "tab", "tab")
        screen.app.screen.query_one("#goto").focus()
        await pilot.press("6", "enter")
        await pilot.pause()
        assert screen.controller.current == 5


async def test_search_and_replace_with_preview(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await pilot.press("f3")
        await type_text(pilot, "суда")
        await pilot.press("enter")
        dialog = screen.app.screen
        assert len(dialog.plan) == 2
        await type_text(pilot, "процесса")
        await pilot.press("enter")
        await pilot.pause()
        units = screen.session.units
        assert units[1].target == "Его держали в СИЗО год до процесса."
        assert units[3].target == "Сторонники собрались у здания процесса."
        await pilot.press("ctrl+q")
    assert saved_units(project)[3].target == "Сторонники собрались у здания процесса."


async def test_quit_and_reopen_loses_nothing(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "done")
        await pilot.press("enter")
        await type_text(pilot, "unconfirmed")
        await pilot.press("ctrl+q")
    async with editor(project) as (pilot, screen):
        assert screen.session.units[0].target == "done"
        assert screen.controller.current == 1
        assert screen.target.text == "Его держали в СИЗО год до суда.unconfirmed"
        assert screen.session.units[1].state is State.TRANSLATED


async def test_external_change_while_open(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "ours")
        await pilot.press("enter")
        other = saved_units(project)
        catalog = Catalog.load(project.catalog_path(project.document("letters"), "ru"))
        confirm(catalog.units[0], "theirs", "other")
        confirm(catalog.units[5], "Письма важны.", "other")
        catalog.save("other")
        assert other
        screen.saver.background(screen.session, fold=False)
        await settle(pilot)
        units = screen.session.units
        assert units[5].target == "Письма важны."
        assert units[0].target == "ours"
        assert units[0].records_of("alt")[0]["text"] == "theirs"
        await pilot.press("ctrl+q")
    saved = saved_units(project)
    assert (saved[0].target, saved[5].target) == ("ours", "Письма важны.")


async def test_review_approve_and_reject_with_comment(project: Project) -> None:
    async with editor(project, review=True) as (pilot, screen):
        assert screen.controller.current == 1  # the first translated segment
        await pilot.press("f5")
        assert screen.session.units[1].state is State.APPROVED
        assert screen.controller.current == 3
        await pilot.press("f6")
        await type_text(pilot, "wrong case")
        await pilot.press("enter")
        await pilot.pause()
        unit = screen.session.units[3]
        assert unit.state is State.REJECTED
        assert unit.records_of("comment")[0]["text"] == "wrong case"
        await pilot.press("ctrl+q")
    saved = saved_units(project)
    assert saved[1].state is State.APPROVED and saved[3].state is State.REJECTED


async def test_user_keymap_overrides_a_key(project: Project) -> None:
    async with editor(project, keymap={"editor.copy_source": "f9"}) as (pilot, screen):
        await pilot.press("f9")
        assert screen.target.text == screen.session.units[0].source


async def test_help_and_panels_toggle(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await pilot.press("f1")
        assert type(screen.app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        hidden = screen.has_class("-no-panels")
        await pilot.press("f2")
        assert screen.has_class("-no-panels") is not hidden


async def test_escape_twice_returns_to_the_overview(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "kept")
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert type(screen.app.screen).__name__ == "OverviewScreen"
    assert saved_units(project)[0].target == "kept"


async def test_confirm_then_leaving_at_once_leaves_the_app_painting(project: Project) -> None:
    """A confirm holds frames back for a few ms (one frame for the row and the next segment);
    leaving the editor in that moment must not leave the hold on the whole app."""
    async with editor(project) as (pilot, screen):
        await type_text(pilot, "first")
        await pilot.press("enter", "escape", "escape")
        await settle(pilot)
        app = screen.app
        assert type(app.screen).__name__ == "OverviewScreen"
        assert app._batch_count == 0  # frames are painted again
        painted = app.export_screenshot()
        assert "letters" in painted
    assert saved_units(project)[0].target == "first"


async def test_overview_opens_the_editor_and_shows_progress(project: Project) -> None:
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.screens.editor import EditorScreen

    app = WorkbenchApp(project)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("DataTable")
        assert str(table.get_row("letters")[3]).endswith(" 30%")  # 17 of 55 words translated
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen) and app.screen.controller.review


async def test_command_palette_runs_an_editor_action(project: Project) -> None:
    async with editor(project) as (pilot, screen):
        await run_from_palette(pilot, "Copy source", "Copy source")
        assert screen.target.text == screen.session.units[0].source


async def test_an_unknown_setting_is_told_when_the_workbench_opens(project: Project) -> None:
    toml = project.root / "workbench.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[qa]\non_confrim = "block"\n', "utf-8")
    async with editor(Project.load(project.root)) as (pilot, _screen):
        told = [n.message for n in pilot.app._notifications if n.title == "Unknown setting"]
        assert len(told) == 1 and "[qa] on_confrim" in told[0] and "on_confirm?" in told[0]
