"""The file changing under an open editor never takes away what was confirmed in it.

A `git checkout` of an older PO, under a real `EditingSession`: the disk version becomes the
translation, the text confirmed in the session is kept as an alternative with a conflict flag
(written to the PO and journaled), and the reload report names the segment so the editor
tells the translator.
"""

from __future__ import annotations

from tests.reliability.conftest import git
from workbench.app.editing.session import EditingSession
from workbench.domain.conflicts import alternatives
from workbench.domain.model import CONFLICT
from workbench.domain.workflow import confirm
from workbench.storage.project import Project
from workbench.storage.writer import project_writer

PO = "translations/ru/letters.po"


def open_session(project: Project) -> EditingSession:
    return EditingSession(project, project.document("letters"), "ru", handle="vera")


def test_a_revert_under_the_editor_keeps_the_confirmed_text(repo: Project) -> None:
    session = open_session(repo)
    session.confirm(0, "Первое письмо.")
    session.confirm(1, "Второе письмо.")
    session.fold()
    git(repo.root, "checkout", "HEAD", "--", PO)  # the PO without the two translations
    report = session.check_external()
    assert report is not None
    assert sorted(report.conflicts) == sorted([session.units[0].id, session.units[1].id])
    for index, text in ((0, "Первое письмо."), (1, "Второе письмо.")):
        unit = session.units[index]
        assert unit.target == ""  # the file's version is the translation
        assert [alt["text"] for alt in alternatives(unit)] == [text]
    session.fold()
    session.close()
    on_disk = repo.load_catalog(repo.document("letters"), "ru").units
    assert [alt["text"] for alt in alternatives(on_disk[0])] == ["Первое письмо."]
    assert on_disk[1].records_of(CONFLICT)


def test_a_revert_to_an_older_translation_keeps_the_newer_one(repo: Project) -> None:
    session = open_session(repo)
    session.confirm(0, "Старый перевод.")
    session.fold()
    git(repo.root, "commit", "-qam", "old translation")
    session.confirm(0, "Новый перевод.")
    session.fold()
    git(repo.root, "checkout", "HEAD", "--", PO)
    report = session.check_external()
    assert report is not None and report.conflicts == [session.units[0].id]
    unit = session.units[0]
    assert unit.target == "Старый перевод."
    assert [alt["text"] for alt in alternatives(unit)] == ["Новый перевод."]
    session.confirm(0, "Новый перевод.")  # the translator restores it: the conflict resolves
    assert not session.units[0].records_of(CONFLICT)
    session.fold()
    session.close()


def test_the_kept_text_survives_a_crash_before_the_next_save(repo: Project) -> None:
    session = open_session(repo)
    session.confirm(0, "Первое письмо.")
    session.fold()
    git(repo.root, "checkout", "HEAD", "--", PO)
    assert session.check_external() is not None
    session.close()  # no fold: as if the editor were killed here
    reopened = open_session(repo)
    assert [alt["text"] for alt in alternatives(reopened.units[0])] == ["Первое письмо."]
    reopened.close()


def test_a_change_that_keeps_the_text_in_the_history_is_no_conflict(repo: Project) -> None:
    session = open_session(repo)
    session.confirm(0, "Первое письмо.")
    session.fold()
    document = repo.document("letters")
    with project_writer(repo).catalog(document, "ru") as catalog:
        confirm(catalog.units[0], "Письмо первое.", "bob")  # an edit: ours goes to history
    report = session.check_external()
    assert report is not None
    assert report.conflicts == [] and report.changed == [session.units[0].id]
    assert session.units[0].target == "Письмо первое."
    session.close()
