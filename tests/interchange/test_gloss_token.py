"""A first-use gloss follows the whole token: SIZO-1 stays one word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from workbench.app.documents.exporter import token_end
from workbench.cli import main

TEXT = "# Kazan\n\nHe was moved to SIZO-1 in Kazan.\n\nThe SIZO is cold.\n"


@pytest.fixture
def root(project_factory, tmp_path: Path) -> Path:
    project = project_factory()
    shutil.copy(REPO / "glossary.yml", project.root / "glossary.yml")
    source = tmp_path / "kazan.md"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    return project.root


def export(root: Path, tmp_path: Path, fmt: str, glosses: str) -> str:
    out = tmp_path / f"out-{fmt}-{glosses}"
    args = ["--project", str(root), "export", "--format", fmt, "--glosses", glosses]
    assert main([*args, "--out", str(out)]) == 0
    [path] = list(out.iterdir())
    return path.read_text(encoding="utf-8")


def test_markdown_gloss_after_the_whole_token(root: Path, tmp_path: Path) -> None:
    text = export(root, tmp_path, "markdown", "first")
    assert "SIZO-1 (remand prison) in Kazan." in text
    assert "SIZO (remand prison)-1" not in text
    assert "The SIZO is cold." in text  # first use only


def test_html_footnote_after_the_whole_token(root: Path, tmp_path: Path) -> None:
    text = export(root, tmp_path, "html", "footnote")
    assert "SIZO<sup>1</sup>-1" not in text
    assert "SIZO-1<sup" in text


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("SIZO-1 in", 4, "SIZO-1"),
        ("SIZO's cell", 4, "SIZO's"),
        ("SIZO, then", 4, "SIZO"),
        ("SIZO - then", 4, "SIZO"),
        ("to SIZO-", 7, "to SIZO"),
        ("СИЗО-1 в Казани", 4, "СИЗО-1"),
    ],
)
def test_token_end(text: str, end: int, expected: str) -> None:
    assert text[: token_end(text, end)] == expected
