"""The QA check `spelling`: in `workbench qa` and in the editor's live QA (the same context)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.glossary.conftest import SAMPLE_GLOSSARY
from tests.qa.conftest import make_project
from workbench.app.quality.qa_run import context_for_project
from workbench.cli import main
from workbench.domain.model import Unit
from workbench.domain.qa import check_unit
from workbench.domain.qa.registry import all_checks

PAIRS = [
    ("He was sent to SHIZO again.", "Его снова отправили в ШИЗО."),
    ("His apology was not accepted.", "Его извенение не приняли."),
    ("Letters from Azat Miftakhov's lawyer.", "Письма от адвоката Азата Мифтахова."),
]


def project(tmp_path: Path, settings: str = ""):
    made = make_project(tmp_path / "p", {"letters": PAIRS}, settings=settings)
    made.glossary_path.write_text(SAMPLE_GLOSSARY.read_text(encoding="utf-8"), "utf-8")
    return made


def test_workbench_qa_reports_a_misspelling_as_a_warning(tmp_path: Path, capsys) -> None:
    assert all_checks()["spelling"].severity == "warning"
    made = project(tmp_path)
    assert main(["--project", str(made.root), "qa", "--check", "spelling", "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert [(f["check"], f["severity"], f["message"]) for f in findings] == [
        ("spelling", "warning", "possible misspelling 'извенение'")
    ]
    target = PAIRS[1][1]
    assert target[findings[0]["start"] : findings[0]["end"]] == "извенение"


def test_a_word_added_to_the_project_dictionary_is_no_longer_flagged(tmp_path: Path, capsys):
    made = project(tmp_path)
    assert main(["--project", str(made.root), "spell", "add", "извенение", "--lang", "ru"]) == 0
    capsys.readouterr()
    assert main(["--project", str(made.root), "qa", "--check", "spelling", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_live_qa_uses_the_same_context(tmp_path: Path) -> None:
    made = project(tmp_path)
    context = context_for_project(made, "ru").for_document("letters", "text")
    found = check_unit(Unit("s-1", "I wrote.", "Я напесал письмо."), context)
    assert [(f.check, f.start, f.end) for f in found if f.check == "spelling"] == [
        ("spelling", 2, 9)
    ]


def test_the_check_can_be_disabled(tmp_path: Path, capsys) -> None:
    made = project(tmp_path, settings='\n[qa]\ndisabled = ["spelling"]\n')
    assert context_for_project(made, "ru").speller is None
    assert main(["--project", str(made.root), "qa", "--check", "spelling", "--json"]) == 0
