"""Replace-all undone as one step, and restoring a version, through the real editing session."""

from __future__ import annotations

from pathlib import Path

from tests.editor.cli_helpers import letter_project
from workbench.app.editing.history import UndoStack, restore_in_session, versions
from workbench.app.editing.session import EditingSession
from workbench.domain.model import State
from workbench.storage.project import Project


def open_session(tmp_path: Path, capsys) -> EditingSession:
    root = letter_project(tmp_path, capsys)
    project = Project.find(explicit=root).with_handle("vera")
    return EditingSession(project, project.document("letter"), "ru")


def test_replace_all_is_undone_as_one_step(tmp_path: Path, capsys) -> None:
    session = open_session(tmp_path, capsys)
    try:
        session.confirm(0, "Привет из СИЗО.")
        session.draft(1, "Я в СИЗО, но в порядке.")
        session.approve(0)
        stack = UndoStack()
        plan = [(0, "Привет из изолятора."), (1, "Я в изоляторе, но в порядке.")]
        assert len(stack.record("replace СИЗО", session, plan)) == 2
        assert session.units[0].state is State.TRANSLATED
        assert session.units[1].state is State.DRAFT
        session.confirm(2, "Суд начинается")  # other work goes on; not part of the step
        changes, skipped = stack.undo(session)
        assert sorted(change.index for change in changes if change) == [0, 1] and skipped == 0
        assert session.units[0].target == "Привет из СИЗО."
        assert session.units[0].state is State.APPROVED  # the approval of that text holds again
        assert (session.units[1].target, session.units[1].state) == (
            "Я в СИЗО, но в порядке.",
            State.DRAFT,
        )
        assert session.units[2].target == "Суд начинается"
        assert stack.undo(session) == ([], 0)  # nothing left to undo
    finally:
        session.close()


def test_undo_leaves_a_segment_edited_again_since(tmp_path: Path, capsys) -> None:
    session = open_session(tmp_path, capsys)
    try:
        session.confirm(0, "Привет из СИЗО.")
        session.confirm(1, "Я в СИЗО.")
        stack = UndoStack()
        stack.record("replace", session, [(0, "Привет."), (1, "Я тут.")])
        session.confirm(1, "Я здесь.")
        changes, skipped = stack.undo(session)
        assert [change.index for change in changes if change] == [0] and skipped == 1
        assert [session.units[0].target, session.units[1].target] == ["Привет из СИЗО.", "Я здесь."]
    finally:
        session.close()


def test_restore_a_version_in_the_session(tmp_path: Path, capsys) -> None:
    session = open_session(tmp_path, capsys)
    try:
        session.draft(0, "Черновик.")
        session.confirm(0, "Готово.")
        numbers = [(v.number, v.text, v.state) for v in versions(session.units[0])]
        assert numbers == [(1, "Готово.", "translated"), (2, "Черновик.", "draft")]
        restore_in_session(session, 0, 2)
        assert (session.units[0].target, session.units[0].state) == ("Черновик.", State.DRAFT)
        assert [v.text for v in versions(session.units[0])][:2] == ["Черновик.", "Готово."]
    finally:
        session.close()
