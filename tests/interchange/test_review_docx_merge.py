"""A review DOCX imported after the project moved on keeps the newer work."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from tests.interchange.conftest import SAMPLE_DOC
from tests.interchange.test_import_merge import catalog, move_on, translated_ids
from workbench.app.editing.session import conflict_alternatives
from workbench.app.exchange.interchange import export_review_docx, import_review_docx
from workbench.domain.model import COMMENT, CONFLICT, State
from workbench.storage.project import Project


def review_file(project: Project, tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """Export a review DOCX; a reviewer changes (translation, state) of some rows in Word."""
    data = export_review_docx(project, project.document(SAMPLE_DOC), "ru")
    document = docx.Document(io.BytesIO(data))
    for row in document.tables[0].rows[1:]:
        unit_id = row.cells[0].paragraphs[0].text
        if unit_id in edits:
            text, state = edits[unit_id]
            if text:
                row.cells[2].paragraphs[0].text = text
            if state:
                row.cells[3].paragraphs[0].text = state
    path = tmp_path / "review.docx"
    document.save(str(path))
    return path


def test_review_after_the_project_moved_on(sample: Project, tmp_path: Path) -> None:
    edited, rejected, fixed, approved_here = translated_ids(sample, State.TRANSLATED, 4)
    path = review_file(
        sample,
        tmp_path,
        {
            edited: ("Рецензент в Word.", ""),  # changed in both: a conflict
            rejected: ("", "approved"),  # approved in Word, rejected in the project meanwhile
            fixed: ("Исправлено рецензентом.", ""),  # changed in the file only: applied
            approved_here: ("", "approved"),  # decided in the file only: applied
        },
    )
    move_on(sample, edited, rejected)
    report = import_review_docx(sample, path)
    assert (report.applied, report.kept_newer, report.conflicts) == (2, 1, 1)
    after = catalog(sample)
    assert after.unit(edited).target == "Правка рецензента."
    assert after.unit(edited).records_of(CONFLICT)
    assert [a["text"] for a in conflict_alternatives(after.unit(edited))] == ["Рецензент в Word."]
    assert after.unit(rejected).state is State.REJECTED
    assert any(
        "approved (not applied" in c["text"] for c in after.unit(rejected).records_of(COMMENT)
    )
    assert after.unit(fixed).target == "Исправлено рецензентом."
    assert after.unit(approved_here).state is State.APPROVED


def test_an_unchanged_review_file_changes_nothing(sample: Project, tmp_path: Path) -> None:
    edited, rejected = translated_ids(sample, State.TRANSLATED, 2)
    path = review_file(sample, tmp_path, {})
    move_on(sample, edited, rejected)
    before = catalog(sample).path.read_bytes()
    report = import_review_docx(sample, path)
    assert (report.applied, report.kept_newer, report.conflicts) == (0, 2, 0)
    assert catalog(sample).path.read_bytes() == before
