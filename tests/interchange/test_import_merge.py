"""Imports are three-way merges: an older file never overwrites newer work in the project."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.interchange.conftest import SAMPLE_DOC
from workbench.app.editing.session import conflict_alternatives
from workbench.app.exchange.interchange import export_xliff, import_xliff
from workbench.cli import main
from workbench.domain.conflicts import resolve
from workbench.domain.model import ALTERNATIVE, CONFLICT, State
from workbench.domain.workflow import approve, confirm, reject
from workbench.formats.xliff import NS12, NS20
from workbench.storage.project import Project

VALIDATE = REPO.parent / "shared" / "tools" / "validate-exports"


def catalog(project: Project):
    return project.load_catalog(project.document(SAMPLE_DOC), "ru")


def translated_ids(project: Project, state: State, count: int) -> list[str]:
    ids = [u.id for u in catalog(project).units if u.state is state][:count]
    assert len(ids) == count
    return ids


def edit_xliff(path: Path, version: str, targets: dict[str, str]) -> None:
    """A translator in another tool changes the targets of some units."""
    ns = NS12 if version == "1.2" else NS20
    ET.register_namespace("", ns)
    ET.register_namespace("wb", "urn:workbench:xliff")
    tree = ET.parse(path)
    unit_tag = "trans-unit" if version == "1.2" else "unit"
    for unit in tree.getroot().iter(f"{{{ns}}}{unit_tag}"):
        if unit.get("id") in targets:
            target = unit.find(f".//{{{ns}}}target")
            if target is None:  # XLIFF 2.0 writes no target for an untranslated segment
                segment = unit.find(f"{{{ns}}}segment")
                assert segment is not None
                segment.set("state", "translated")
                target = ET.SubElement(segment, f"{{{ns}}}target")
            target.text = targets[unit.get("id", "")]
    tree.write(path, encoding="utf-8", xml_declaration=True)


def move_on(project: Project, edited: str, rejected: str) -> None:
    """After the export: a reviewer's change and a rejection land in the PO."""
    current = catalog(project)
    confirm(current.unit(edited), "Правка рецензента.", "vera")
    approve(current.unit(edited), "vera")
    reject(current.unit(rejected), "vera")
    current.save("vera")


def export(project: Project, tmp_path: Path, version: str) -> Path:
    path = tmp_path / f"export-{version}.xlf"
    path.write_bytes(export_xliff(project, project.document(SAMPLE_DOC), "ru", version))
    return path


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_an_older_xliff_keeps_the_newer_work(sample: Project, tmp_path: Path, version) -> None:
    edited, rejected = translated_ids(sample, State.TRANSLATED, 2)
    path = export(sample, tmp_path, version)
    subprocess.run([str(VALIDATE), str(path)], check=True, capture_output=True)
    move_on(sample, edited, rejected)
    before = catalog(sample).path.read_bytes()
    [report] = import_xliff(sample, path)
    assert (report.applied, report.kept_newer, report.conflicts) == (0, 2, 0)
    assert report.unchanged == len(catalog(sample).units) - 2
    assert catalog(sample).path.read_bytes() == before  # nothing to write
    after = catalog(sample)
    assert after.unit(edited).target == "Правка рецензента."
    assert after.unit(edited).state is State.APPROVED
    assert after.unit(rejected).state is State.REJECTED


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_changed_in_file_applied_changed_in_both_a_conflict(
    sample: Project, tmp_path: Path, version
) -> None:
    edited, rejected, only_file = translated_ids(sample, State.TRANSLATED, 3)
    [untranslated] = translated_ids(sample, State.UNTRANSLATED, 1)
    path = export(sample, tmp_path, version)
    edit_xliff(
        path,
        version,
        {edited: "Текст из файла.", only_file: "Исправлено в файле.", untranslated: "Новый."},
    )
    move_on(sample, edited, rejected)
    [report] = import_xliff(sample, path)
    assert (report.applied, report.kept_newer, report.conflicts) == (2, 1, 1)
    assert report.conflict_ids == [edited]
    after = catalog(sample)
    assert after.unit(only_file).target == "Исправлено в файле."
    assert after.unit(untranslated).target == "Новый."
    unit = after.unit(edited)
    assert unit.target == "Правка рецензента."  # the project's text stays
    assert unit.records_of(CONFLICT)
    assert [a["text"] for a in conflict_alternatives(unit)] == ["Текст из файла."]
    assert after.unit(rejected).state is State.REJECTED
    # the editor's alt+c puts the alternative in the editor; confirming resolves
    confirm(unit, conflict_alternatives(unit)[0]["text"], "vera")
    assert resolve(unit)
    assert not unit.records_of(CONFLICT) and not unit.records_of(ALTERNATIVE)
    # importing the same file again changes nothing more
    [again] = import_xliff(sample, path)
    assert again.conflicts == 1 and again.changed_ids == []


def test_a_file_without_base_fills_untranslated_only_unless_forced(
    sample: Project, tmp_path: Path, capsys
) -> None:
    [translated] = translated_ids(sample, State.APPROVED, 1)
    [untranslated] = translated_ids(sample, State.UNTRANSLATED, 1)
    path = export(sample, tmp_path, "1.2")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(' extradata="wb-base ', ' x="'), encoding="utf-8")
    edit_xliff(path, "1.2", {translated: "Чужой перевод.", untranslated: "Новый."})
    path.write_text(path.read_text().replace(' x="', ' resname="'), encoding="utf-8")
    root = sample.root
    assert main(["--project", str(root), "--as", "ira", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 applied" in out and "1 kept newer" in out and "0 conflicts" in out
    after = catalog(sample)
    assert after.unit(untranslated).target == "Новый."
    assert after.unit(translated).state is State.APPROVED
    assert main(["--project", str(root), "--as", "ira", "import", "--force", str(path)]) == 0
    assert catalog(sample).unit(translated).target == "Чужой перевод."


def test_bad_xliff_names_the_file_exits_2_and_writes_nothing(
    sample: Project, tmp_path: Path, capsys
) -> None:
    path = export(sample, tmp_path, "1.2")
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    before = catalog(sample).path.read_bytes()
    assert main(["--project", str(sample.root), "import", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and str(path) in error and "line" in error
    assert catalog(sample).path.read_bytes() == before


def test_an_unknown_segment_names_its_line_and_nothing_is_written(
    sample: Project, tmp_path: Path, capsys
) -> None:
    path = export(sample, tmp_path, "1.2")
    text = path.read_text(encoding="utf-8")
    [unit_id] = translated_ids(sample, State.APPROVED, 1)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if f'id="{unit_id}"' in row)
    path.write_text(text.replace(f'id="{unit_id}"', 'id="s-00000000"'), encoding="utf-8")
    before = catalog(sample).path.read_bytes()
    assert main(["--project", str(sample.root), "import", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and f"{path}:{line}" in error and "s-00000000" in error
    assert catalog(sample).path.read_bytes() == before


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_resolved_conflict_is_not_raised_again_by_the_same_file(
    sample: Project, tmp_path: Path, version
) -> None:
    edited, rejected = translated_ids(sample, State.TRANSLATED, 2)
    path = export(sample, tmp_path, version)
    edit_xliff(path, version, {edited: "Текст из файла."})
    move_on(sample, edited, rejected)
    [first] = import_xliff(sample, path)
    assert first.conflicts == 1
    current = catalog(sample)
    unit = current.unit(edited)
    confirm(unit, "Правка рецензента.", "vera")  # the reviewer keeps the project's text
    assert resolve(unit)
    current.save("vera")
    before = catalog(sample).path.read_bytes()
    [again] = import_xliff(sample, path)
    assert (again.conflicts, again.kept_newer, again.changed_ids) == (0, 2, [])
    assert catalog(sample).path.read_bytes() == before
    after = catalog(sample).unit(edited)
    assert after.target == "Правка рецензента." and not after.records_of(CONFLICT)
