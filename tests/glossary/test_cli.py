"""`workbench glossary ...` end to end on real projects."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, require_tool
from tests.glossary.conftest import SMALL
from workbench.cli import main
from workbench.domain.model import Unit
from workbench.storage.catalog import Catalog
from workbench.storage.glossary import load_glossary


@pytest.fixture
def root(project_factory) -> Path:
    project = project_factory()
    project.glossary_path.write_text(SMALL, encoding="utf-8")
    return project.root


def run(root: Path, *args: str) -> int:
    return main(["--project", str(root), "glossary", *args])


def test_find_json(root: Path, capsys) -> None:
    text = "Two SIZOs and the isolation ward"
    assert run(root, "find", text, "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["text"] == "SIZOs" and (hits[0]["start"], hits[0]["end"]) == (4, 9)
    assert hits[0]["entry"] == "SIZO" and hits[0]["targets"] == ["СИЗО", "следственный изолятор"]
    assert (
        hits[1]["forbidden"] is True and text[hits[1]["start"] : hits[1]["end"]] == "isolation ward"
    )
    assert run(root, "find", "в Центре «Э»", "--lang", "ru", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["text"] == "Центре «Э»" and hits[0]["entry"] == "Center E"
    assert hits[0]["targets"] == ["Center E", "Centre E"]


def test_add_then_list_and_find(root: Path, capsys) -> None:
    assert run(root, "add", "house arrest", "домашний арест", "--note", "A measure.") == 0
    assert run(root, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert listed[-1] == {
        "id": "house-arrest",
        "terms": {"en": ["house arrest"], "ru": ["домашний арест"]},
        "note": "A measure.",
    }
    assert run(root, "find", "under house arrest") == 0
    assert "домашний арест" in capsys.readouterr().out
    assert run(root, "add", "SIZO", "изолятор") == 2
    assert "already in the glossary" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["g.tbx", "g.csv", "g.tsv"])
def test_export_then_import_loses_nothing(root: Path, tmp_path: Path, name: str) -> None:
    before = load_glossary(root / "glossary.yml")
    path = tmp_path / name
    assert run(root, "export", str(path)) == 0
    if name.endswith(".tbx"):
        require_tool("xmllint")
        tool = REPO.parent / "shared" / "tools" / "validate-exports"
        assert subprocess.run([str(tool), str(path)], capture_output=True).returncode == 0
    (root / "glossary.yml").write_text("entries: []\n", encoding="utf-8")
    assert run(root, "import", str(path)) == 0
    after = load_glossary(root / "glossary.yml")
    if name.endswith(".tbx"):
        assert [e.to_dict() for e in after.entries] == [e.to_dict() for e in before.entries]
    else:
        assert [(e.id, e.terms, e.note) for e in after.entries] == [
            (e.id, e.terms, e.note) for e in before.entries
        ]
    assert run(root, "import", str(path)) == 0  # again: nothing duplicated
    assert len(load_glossary(root / "glossary.yml").entries) == len(before.entries)


def test_import_omegat_csv_merges_rows_of_one_source_term(root: Path, tmp_path: Path) -> None:
    path = tmp_path / "omegat.csv"
    path.write_text(
        "SHIZO,ШИЗО,punishment cell\nSHIZO,штрафной изолятор,\nSIZO,изолятор,\n", "utf-8"
    )
    assert run(root, "import", str(path)) == 0
    glossary = load_glossary(root / "glossary.yml")
    assert glossary.entry("shizo").terms == {"en": ["SHIZO"], "ru": ["ШИЗО", "штрафной изолятор"]}
    assert glossary.entry("sizo").terms["ru"][-1] == "изолятор"


BOMB = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry><langSet xml:lang="en">
<tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry><langSet xml:lang="en">
<tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BOMB, "refused"),
        (EXTERNAL, "refused"),
        ("<martif><text>", "not well-formed"),
        ("<x/>", "not a TBX"),
    ],
)
def test_bad_tbx_is_one_line_exit_2(
    root: Path, tmp_path: Path, capsys, content: str, message: str
) -> None:
    before = (root / "glossary.yml").read_bytes()
    path = tmp_path / "bad.tbx"
    path.write_text(content, encoding="utf-8")
    assert run(root, "import", str(path)) == 2
    err = capsys.readouterr().err
    assert message in err and str(path) in err and err.count("\n") == 1
    assert (root / "glossary.yml").read_bytes() == before


def test_broken_glossary_exits_2_with_the_line(root: Path, capsys) -> None:
    (root / "glossary.yml").write_text("entries:\n  - id: a\n    terms: {en: [x]}\n    bad: 1\n")
    assert run(root, "find", "x") == 2
    assert "glossary.yml:4: unknown key 'bad'" in capsys.readouterr().err


def test_check_reports_renderings_and_problems(root: Path, capsys) -> None:
    catalog_path = root / "translations" / "ru" / "doc.po"
    (root / "sources" / "doc.txt").write_text("x\n", encoding="utf-8")
    units = [
        Unit("s-1", "He was in a SIZO.", "Он был в СИЗО."),
        Unit("s-2", "Two remand prisons.", "Два следственных изолятора."),
        Unit("s-3", "The SIZO again.", "Снова isolation ward."),
        Unit("s-4", "In the penal colony.", "В исправительной колонии."),
        Unit("s-5", "The FSB came.", ""),
    ]
    Catalog(catalog_path, {"Language": "ru"}, units).save()
    assert run(root, "check", "--json") == 1
    reports = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    sizo = reports["sizo"]
    assert set(sizo["renderings"]) == {"СИЗО", "следственный изолятор", "(no glossary term)"}
    assert sizo["renderings"]["СИЗО"] == [{"document": "doc", "segment": "s-1"}]
    assert any("rendered in 2 ways" in p for p in sizo["problems"])
    assert reports["colony"]["problems"] == []
    assert "fsb" not in reports  # untranslated segments are not checked
    assert run(root, "check") == 1
    assert "[ru] SIZO (sizo): PROBLEM" in capsys.readouterr().out


def test_find_json_gives_the_forms_to_offer_for_each_hit(root: Path, capsys) -> None:
    assert run(root, "find", "Azat Miftakhov's case", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["text"] == "Azat Miftakhov's"
    assert hits[0]["forms"]["ru"][0] == "Азата Мифтахова"
    assert run(root, "find", "дело Азата Мифтахова", "--lang", "ru", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["forms"]["en"] == ["Azat Miftakhov", "Azat Miftakhov's"]
