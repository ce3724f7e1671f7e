"""The TM never offers a segment its own current or earlier versions as a match."""

from __future__ import annotations

from pathlib import Path

from tests.interchange.conftest import SAMPLE_DOC
from workbench.app.editing.assist import Assist
from workbench.cli import main
from workbench.domain.model import State
from workbench.domain.workflow import confirm
from workbench.storage.project import Project


def own_versions_offered(assist: Assist, units, index: int, texts: set[str]) -> list[str]:
    unit = units[index]
    return [
        match.target
        for match in assist.matches(units, index, limit=10)
        if match.source == unit.source and match.target in texts
    ]


def translated_index(units) -> int:
    sources = [u.source for u in units]
    return next(
        i
        for i, u in enumerate(units)
        if u.state is State.TRANSLATED and sources.count(u.source) == 1 and len(u.source) > 30
    )


def test_no_self_match_before_or_after_a_fix(sample: Project) -> None:
    document = sample.document(SAMPLE_DOC)
    catalog = sample.load_catalog(document, "ru")
    units = catalog.units
    index = translated_index(units)
    old = units[index].target
    assist = Assist(sample, document, "ru", "en")
    assert assist.matches(units, index) is not None
    assert assist._tm is not None, assist.problems  # the TM itself answered
    assert own_versions_offered(assist, units, index, {old}) == []
    # a fix by search and replace: saved, remembered by the TM as the editor does
    confirm(units[index], old + " (исправлено)", "ira")
    catalog.save("ira")
    assist.remember(units[index], "ira")
    assert own_versions_offered(assist, units, index, {old, units[index].target}) == []
    fresh = Assist(sample, document, "ru", "en")
    reread = sample.load_catalog(document, "ru").units
    assert own_versions_offered(fresh, reread, index, {old, reread[index].target}) == []


def test_no_self_match_from_the_projects_own_exported_memory(
    sample: Project, tmp_path: Path, capsys
) -> None:
    document = sample.document(SAMPLE_DOC)
    units = sample.load_catalog(document, "ru").units
    index = translated_index(units)
    tmx = tmp_path / "project.tmx"
    assert main(["--project", str(sample.root), "tm", "export", str(tmx)]) == 0
    assert main(["--project", str(sample.root), "tm", "import", str(tmx)]) == 0
    capsys.readouterr()
    assert 'type="x-segment"' in tmx.read_text(encoding="utf-8")
    assist = Assist(sample, document, "ru", "en")
    assert own_versions_offered(assist, units, index, {units[index].target}) == []
    # another segment with a similar source still gets the exported unit as a match
    other = units[index].source + " Again."
    probe = [*units[:index], type(units[index])("s-new", other), *units[index + 1 :]]
    assert any(m.target == units[index].target for m in assist.matches(probe, index, limit=10))
