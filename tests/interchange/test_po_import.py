"""A PO exported earlier, or another project's catalog, imported after the project moved on."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib

from tests.interchange.conftest import SAMPLE_DOC
from tests.interchange.test_import_merge import catalog, move_on, translated_ids
from workbench.cli import main
from workbench.domain.model import CONFLICT, State
from workbench.storage.project import Project


def export_po(project: Project, tmp_path: Path, capsys) -> Path:
    out = tmp_path / "out"
    args = ["--project", str(project.root), "export", SAMPLE_DOC, "--format", "po"]
    assert main([*args, "--out", str(out)]) == 0
    capsys.readouterr()
    return out / f"{SAMPLE_DOC}.po"


def edit_in_poedit(path: Path, targets: dict[str, str], width: int = 78) -> None:
    """Another tool (polib, as Poedit would) changes some translations and re-wraps the file."""
    po = polib.pofile(str(path), wrapwidth=width)
    for entry in po:
        if entry.msgctxt in targets:
            entry.msgstr = targets[entry.msgctxt]
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    po.save(str(path))


def run_import(project: Project, path: Path, capsys, *extra: str) -> str:
    assert main(["--project", str(project.root), "--as", "ira", "import", *extra, str(path)]) == 0
    return capsys.readouterr().out


def test_an_exported_po_imported_after_the_project_moved_on(
    sample: Project, tmp_path: Path, capsys
) -> None:
    edited, rejected, only_file = translated_ids(sample, State.TRANSLATED, 3)
    path = export_po(sample, tmp_path, capsys)
    edit_in_poedit(path, {edited: "Из Poedit.", only_file: "Исправлено в Poedit."})
    move_on(sample, edited, rejected)
    out = run_import(sample, path, capsys)
    assert "1 applied" in out and "1 kept newer" in out and "1 conflicts" in out
    after = catalog(sample)
    assert after.unit(only_file).target == "Исправлено в Poedit."
    assert after.unit(edited).target == "Правка рецензента."
    assert after.unit(edited).records_of(CONFLICT)
    assert after.unit(rejected).state is State.REJECTED
    assert not any(unit.records_of("base") for unit in after.units)  # stays in the file
    states = {u.id: u.state for u in after.units}
    assert list(states.values()).count(State.APPROVED) == 9  # 8 + the reviewer's


def test_another_projects_catalog_fills_untranslated_only(
    sample: Project, tmp_path: Path, capsys
) -> None:
    [approved] = translated_ids(sample, State.APPROVED, 1)
    [untranslated] = translated_ids(sample, State.UNTRANSLATED, 1)
    other = tmp_path / f"{SAMPLE_DOC}.po"  # a colleague's catalog: no base records
    shutil.copy(catalog(sample).path, other)
    edit_in_poedit(other, {approved: "Иначе.", untranslated: "Заполнено."})
    out = run_import(sample, other, capsys)
    assert "1 applied" in out and "1 kept newer" in out
    after = catalog(sample)
    assert after.unit(untranslated).target == "Заполнено."
    assert after.unit(approved).state is State.APPROVED
    run_import(sample, other, capsys, "--force")
    assert catalog(sample).unit(approved).target == "Иначе."


def test_a_broken_po_names_file_and_line_and_writes_nothing(
    sample: Project, tmp_path: Path, capsys
) -> None:
    path = export_po(sample, tmp_path, capsys)
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[30] = 'msgstr "unterminated'
    path.write_text("\n".join(lines), encoding="utf-8")
    before = catalog(sample).path.read_bytes()
    assert main(["--project", str(sample.root), "import", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and f"{path}:31" in error
    assert catalog(sample).path.read_bytes() == before


def test_a_segment_the_project_lacks_names_its_line(
    sample: Project, tmp_path: Path, capsys
) -> None:
    path = export_po(sample, tmp_path, capsys)
    text = path.read_text(encoding="utf-8")
    [unit_id] = translated_ids(sample, State.APPROVED, 1)
    line = text.splitlines().index(f'msgctxt "{unit_id}"') + 1
    path.write_text(text.replace(f'msgctxt "{unit_id}"', 'msgctxt "s-00000000"'), encoding="utf-8")
    before = catalog(sample).path.read_bytes()
    assert main(["--project", str(sample.root), "import", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and f"{path}:{line}" in error and "s-00000000" in error
    assert catalog(sample).path.read_bytes() == before
