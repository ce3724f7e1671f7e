"""Real projects and real `workbench` processes for the reliability suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.app.documents.importer import add_document
from workbench.storage.project import Project

SENTENCES = [
    f"Letter {n} from the remand prison reached the support group on day {n}." for n in range(1, 13)
]


def workbench_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "workbench.cli", *args]


def run_workbench(
    project: Project, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """One `workbench` process in the project; its result (never raises on failure)."""
    return subprocess.run(
        workbench_command("--project", str(project.root), *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=project.root,
    )


def start_workbench(project: Project, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        workbench_command("--project", str(project.root), *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=project.root,
    )


@pytest.fixture
def letters(project_factory, tmp_path: Path) -> Project:
    """A project with one document of twelve sentences, English into Russian."""
    project = project_factory(handle="lev")
    source = tmp_path / "letters.txt"
    source.write_text(" ".join(SENTENCES) + "\n", encoding="utf-8")
    add_document(project, source)
    return project


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def repo(letters: Project, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(letters.root.parent))
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "t")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "t@example.org")
    git(letters.root, "init", "-q")
    git(letters.root, "add", "-A")
    git(letters.root, "commit", "-qm", "start")
    return letters
