"""A review DOCX that nobody changed changes nothing, even after LibreOffice saved it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.interchange.conftest import libreoffice_convert
from workbench.app.exchange.interchange import export_review_docx, import_review_docx
from workbench.cli import main
from workbench.domain.workflow import confirm

TEXT = "He was moved to SIZO-1.\n\nLetters reach him.\n\nNobody knows more.\n"
TARGETS = ["Его перевели в СИЗО-1.\u00a0", "Письма\tдоходят.\nИногда. ", " Больше никто не знает."]


@pytest.fixture
def project(project_factory, tmp_path: Path):
    project = project_factory(handle="lev")
    source = tmp_path / "letter.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    catalog = project.load_catalog(project.document("letter"), "ru")
    for unit, target in zip(catalog.units, TARGETS, strict=True):
        confirm(unit, target, "lev")
    catalog.save("lev")
    return project


def test_an_untouched_review_file_changes_nothing(project, tmp_path: Path) -> None:
    path = tmp_path / "letter.review.docx"
    path.write_bytes(export_review_docx(project, project.document("letter"), "ru"))
    catalog_path = project.load_catalog(project.document("letter"), "ru").path
    before = catalog_path.read_bytes()
    report = import_review_docx(project, path)
    assert (report.applied, report.unchanged, report.conflicts) == (0, 3, 0)
    assert catalog_path.read_bytes() == before


def test_saved_by_libreoffice_it_still_changes_nothing(project, tmp_path: Path) -> None:
    path = tmp_path / "letter.review.docx"
    path.write_bytes(export_review_docx(project, project.document("letter"), "ru"))
    saved = libreoffice_convert(
        path, "docx:MS Word 2007 XML", tmp_path / "saved", tmp_path / "profile"
    )
    assert saved.read_bytes() != path.read_bytes()
    catalog_path = project.load_catalog(project.document("letter"), "ru").path
    before = catalog_path.read_bytes()
    report = import_review_docx(project, saved)
    assert report.applied == 0 and report.conflicts == 0
    assert catalog_path.read_bytes() == before
