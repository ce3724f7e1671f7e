"""The overview's counts: per document, what `workbench qa DOC --json` reports."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.qa.conftest import make_project
from workbench.app.quality.qa_run import QACounts, document_counts
from workbench.cli import main
from workbench.storage.project import Project

SAMPLE = Path(__file__).resolve().parents[2]  # the repository is the sample project


def cli_counts(capsys, root: Path, document: str, lang: str) -> Counter[str]:
    code = main(["--project", str(root), "qa", document, "--lang", lang, "--json"])
    assert code in (0, 1)
    findings = json.loads(capsys.readouterr().out)
    assert {finding["document"] for finding in findings} <= {document}
    # listed line by line by `workbench qa DOC`; the untranslated ones it sums up in one line
    return Counter(
        "untranslated" if finding["check"] == "untranslated" else finding["severity"]
        for finding in findings
    )


def as_counter(counts: QACounts) -> Counter[str]:
    return Counter(
        error=counts.errors,
        warning=counts.warnings,
        info=counts.info,
        untranslated=counts.untranslated,
    )


def test_counts_equal_the_command_on_the_sample_project(capsys) -> None:
    project = Project.find(explicit=SAMPLE)
    for lang in project.target_langs(None):
        counts = document_counts(project, lang)
        assert set(counts) == {document.name for document in project.documents()}
        assert sum(c.untranslated for c in counts.values()) > 100  # the sample is unfinished
        assert sum(c.total for c in counts.values()) > 0  # and has findings
        for name, document_count in counts.items():
            assert +as_counter(document_count) == +cli_counts(capsys, SAMPLE, name, lang)


def test_counts_tell_errors_from_warnings(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    project = make_project(
        root,
        {
            "letter": [
                ("He was held for 72 hours.", "Его держали 27 часов."),  # numbers: errors
                ("The court ruled.", "Суд  постановил."),  # a warning
                ("Nobody came.", ""),  # untranslated: a warning
            ],
            "clean": [("Azat Miftakhov is a hero.", "Азат Мифтахов — герой.")],
        },
    )
    counts = document_counts(project, "ru")
    assert counts["clean"] == QACounts()
    letter = counts["letter"]
    assert letter.errors >= 1 and letter.warnings >= 1 and letter.untranslated == 1
    assert +as_counter(letter) == +cli_counts(capsys, root, "letter", "ru")
