"""The editing session (core): journal before return, fold, replay, pending edits, reloads."""

from __future__ import annotations

import subprocess

import pytest

from workbench.app.editing.session import EditingSession, preview_units
from workbench.domain.annotations import NoteChange, find_annotation
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import ALTERNATIVE, CONFLICT, State
from workbench.domain.workflow import confirm
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project


def open_session(project: Project) -> EditingSession:
    return EditingSession(project, project.document("letters"), "ru")


def msgfmt_ok(path) -> bool:
    result = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    return result.returncode == 0


def test_confirm_is_journaled_before_the_po_is_written(project: Project) -> None:
    session = open_session(project)
    session.confirm(0, "Азата Мифтахова задержала ФСБ.")
    assert session.journal.path.read_text(encoding="utf-8").count('"op":"confirm"') == 1
    assert Catalog.load(session.path).units[0].target == ""
    session.fold()
    assert Catalog.load(session.path).units[0].target == "Азата Мифтахова задержала ФСБ."
    assert not session.journal.path.exists()
    assert msgfmt_ok(session.path)


def test_a_journal_left_by_a_crash_is_replayed(project: Project) -> None:
    crashed = open_session(project)
    crashed.confirm(0, "Первый.")
    crashed.draft(2, "Черновик.")
    crashed.approve(1)
    crashed.reject(3, "Неточно")
    # no fold: the process died here
    session = open_session(project)
    assert session.replayed == 4
    units = session.units
    assert (units[0].target, units[0].state) == ("Первый.", State.TRANSLATED)
    assert units[1].state is State.APPROVED
    assert units[2].state is State.DRAFT
    assert units[3].state is State.REJECTED
    session.fold()
    again = open_session(project)
    assert again.replayed == 0
    assert [c["text"] for c in again.units[3].records_of("comment")] == ["Неточно"]


def test_an_annotation_edit_is_journaled_checked_and_replayed(project: Project) -> None:
    crashed = open_session(project)
    source = crashed.units[0].source
    note = crashed.annotate(0, "source", 0, 4, "person", "", False)
    with pytest.raises(WorkbenchError, match="span"):  # checked before it is journaled
        crashed.edit_annotation(0, note["id"], NoteChange(span=(0, len(source) + 5)))
    with pytest.raises(WorkbenchError, match="label"):
        crashed.edit_annotation(0, note["id"], NoteChange(label="no-such-label"))
    crashed.edit_annotation(0, note["id"], NoteChange(text="  a name ", span=(1, 6)))
    # no fold: the process died here
    session = open_session(project)
    assert session.replayed == 2
    edited = find_annotation(session.units[0], note["id"])
    assert (edited["label"], edited["text"], edited["quote"]) == ("person", "a name", source[1:6])
    assert edited["edited_by"] == project.handle


def test_replay_after_a_fold_does_not_duplicate_comments(project: Project) -> None:
    session = open_session(project)
    session.comment(0, "check the name")
    entries = session.journal.read()
    session.fold()
    session.journal.rewrite(entries)  # a crash between writing the PO and the journal
    reopened = open_session(project)
    assert len(reopened.units[0].records_of("comment")) == 1


def test_pending_edit_survives_and_is_restored(project: Project) -> None:
    session = open_session(project)
    session.set_pending(5, "Письма полит")
    session.fold()
    reopened = open_session(project)
    assert reopened.pending == {reopened.units[5].id: "Письма полит"}
    reopened.confirm(5, "Письма политзаключённым важны.")
    reopened.fold()
    assert open_session(project).pending == {}


def test_external_change_reloads_clean_units_and_keeps_both_on_conflict(
    project: Project,
) -> None:
    session = open_session(project)
    session.confirm(0, "Наш вариант.")
    other = Catalog.load(session.path)
    confirm(other.units[0], "Их вариант.", "other")
    confirm(other.units[2], "Суд приговорил его.", "other")
    other.save("other")
    report = session.check_external()
    assert report is not None
    assert report.conflicts == [session.units[0].id]
    assert session.units[2].target == "Суд приговорил его."
    assert session.units[0].target == "Наш вариант."
    assert session.units[0].records_of(ALTERNATIVE)[0]["text"] == "Их вариант."
    session.fold()
    saved = Catalog.load(session.path)
    assert saved.units[0].target == "Наш вариант."
    assert saved.units[0].first_record(CONFLICT) is not None
    assert saved.units[2].target == "Суд приговорил его."
    assert msgfmt_ok(session.path)


def test_unchanged_file_is_not_reloaded(project: Project) -> None:
    session = open_session(project)
    assert session.check_external() is None
    session.confirm(1, "Другое.")
    session.fold()
    assert session.check_external() is None


def test_apply_many_keeps_draft_state(project: Project) -> None:
    session = open_session(project)
    session.draft(0, "суд один")
    changed = session.apply_many([(0, "трибунал один"), (3, "Сторонники у трибунала.")])
    assert [bool(change) for change in changed] == [True, True]
    assert session.units[0].state is State.DRAFT
    assert session.units[3].state is State.TRANSLATED
    assert len(session.journal.read()) == 3


def test_preview_reads_the_first_units(project: Project) -> None:
    units = preview_units(project, project.document("letters"), "ru", size=600)
    assert 0 < len(units) < 6
    assert units[0].source.startswith("Azat Miftakhov")
