"""At confirm: the segment's checks, and `[qa] on_confirm = "warn" | "block"`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.qa.conftest import make_project
from workbench.app.quality.qa_run import confirm_findings, qa_context
from workbench.cli import main
from workbench.domain.errors import InputError
from workbench.domain.model import Unit
from workbench.storage.project import Project

# The case: a minute count lost in an English project, typed in Russian.
PAIRS = {"letter": [("The letter takes 15 minutes to write.", "")]}


def project_with(tmp_path: Path, settings: str = "") -> Project:
    return make_project(tmp_path / "p", PAIRS, "ru", "en", settings)


def verdict(project: Project, target: str):
    unit = Unit("s-1", "Письмо занимает 15 минут.", target)
    ctx = qa_context(project, "en", project.document("letter"))
    return confirm_findings(unit, ctx, project.settings)


def test_warn_is_the_default_and_never_blocks(tmp_path: Path) -> None:
    project = project_with(tmp_path)
    result = verdict(project, "Письмо занимает 15 минут.")
    assert not result.blocked and result.reason == ""
    assert any(f.check == "script" and f.severity == "error" for f in result.findings)


def test_block_keeps_an_erroneous_segment_and_says_why(tmp_path: Path) -> None:
    project = project_with(tmp_path, '\n[qa]\non_confirm = "block"\n')
    result = verdict(project, "The letter takes 16 minutes to write.")
    assert result.blocked
    assert result.reason == "kept as a draft: numbers: number 15 is missing from the translation"


def test_block_lets_warnings_through(tmp_path: Path) -> None:
    project = project_with(tmp_path, '\n[qa]\non_confirm = "block"\n')
    result = verdict(project, "The letter takes 15 minutes to write")  # no full stop
    assert [f.check for f in result.findings] == ["punctuation"]
    assert not result.blocked


def test_block_with_a_clean_segment(tmp_path: Path) -> None:
    project = project_with(tmp_path, '\n[qa]\non_confirm = "block"\n')
    result = verdict(project, "The letter takes 15 minutes to write.")
    assert result.findings == [] and not result.blocked


def test_bad_on_confirm_is_a_one_line_error_naming_the_file(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    with pytest.raises(InputError) as caught:
        make_project(root, PAIRS, "ru", "en", '\n[qa]\non_confirm = "stop"\n')
    lines = (root / "workbench.toml").read_text(encoding="utf-8").splitlines()
    line = lines.index('on_confirm = "stop"') + 1
    expected = f'workbench.toml:{line}: [qa] on_confirm must be "warn" or "block", not \'stop\''
    assert str(caught.value).endswith(expected)
    assert main(["--project", str(root), "stats"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: ") and err.rstrip().endswith(expected)
    assert err.count("\n") == 1


def test_confirm_never_waits_for_the_language_detector(tmp_path: Path) -> None:
    """At confirm (the UI's event loop) a segment that needs the detector is not judged until
    its models are loaded; once they are, it is. Run in a fresh process: nothing loaded yet."""
    import subprocess
    import sys

    project = make_project(tmp_path / "p", {"doc": [("The copy.", "")]})
    script = f"""
from pathlib import Path
from workbench.app.quality.qa_run import confirm_findings, qa_context
from workbench.domain.model import Unit
from workbench.domain.qa import check_unit
from workbench.domain.qa.neighbours import warm_up
from workbench.storage.project import Project
project = Project.find(explicit=Path({str(project.root)!r}))
ctx = qa_context(project, "ru", project.document("doc"))
unit = Unit("s-1", "Using the configuration file of the working copy",
            "използване на конфигурационния файл на работното копие")  # Bulgarian (git)
checks = lambda findings: [f.check for f in findings if f.check == "language"]
print(checks(confirm_findings(unit, ctx, project.settings).findings))
print(checks(check_unit(unit, ctx)))  # a worker's check loads the models
print(checks(confirm_findings(unit, ctx, project.settings).findings))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split("\n")[:3] == ["[]", "['language']", "['language']"]
