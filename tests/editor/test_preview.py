"""The preview is the export (drafts included on request) and finds the current paragraph."""

from __future__ import annotations

from pathlib import Path

from tests.editor.cli_helpers import LETTER, letter_project, run
from workbench.app.editing.preview import document_preview
from workbench.domain.workflow import confirm, mark_draft
from workbench.storage.project import Project


def test_preview_matches_the_export_and_shows_the_current_paragraph(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    project = Project.find(explicit=root)
    document = project.document("letter")
    units = project.load_catalog(document, "ru").units
    untouched = document_preview(project, document, units)
    assert untouched.text.encode("utf-8") == LETTER.encode("utf-8")
    assert untouched.untranslated == len(units)

    confirm(units[2], "Суд начинается", "lev")
    mark_draft(units[4], "Спасибо всем.", "lev")
    preview = document_preview(project, document, units, current=2)
    assert preview.text[preview.start : preview.end] == "Суд начинается"
    assert preview.paragraph() == (
        "Greetings from the SIZO. I am well.\r\nСуд начинается\r\non Monday. Спасибо всем."
    )
    without_drafts = document_preview(project, document, units, 4, include_drafts=False)
    assert "Thank you all." in without_drafts.paragraph()

    # the export of the same units says the same
    catalog = project.load_catalog(document, "ru")
    catalog.units = units
    mark_draft(units[4], "", "lev")
    catalog.save("lev")
    out = tmp_path / "out"
    assert run(capsys, "--project", str(root), "export", "--lang", "ru", "--out", str(out))[0] == 0
    exported = (out / "letter.txt").read_bytes().decode("utf-8")
    assert exported == document_preview(project, document, units, 0, include_drafts=False).text


def test_export_from_the_editor_s_units_is_the_cli_export(tmp_path: Path, capsys) -> None:
    from workbench.app.editing.preview import export_units

    root = letter_project(tmp_path, capsys)
    project = Project.find(explicit=root)
    document = project.document("letter")
    units = project.load_catalog(document, "ru").units
    target, left = export_units(project, document, "ru", units)
    assert target == root / "export" / "ru" / "letter.txt" and left == len(units)
    assert target.read_bytes() == LETTER.encode("utf-8")
    confirm(units[0], "Привет из СИЗО.", "lev")
    target, left = export_units(project, document, "ru", units)
    assert target.read_bytes().decode("utf-8").startswith("Привет из СИЗО. I am well.\r\n")
    assert left == len(units) - 1
