"""Peers for the interchange tests: the Translate Toolkit runs as a separate program."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import REPO


def ttk_python() -> Path:
    """The Translate Toolkit's Python (GPL: run as a separate process, never imported)."""
    venv = Path(os.environ.get("TTK_VENV", REPO / ".ci" / "ttk-venv"))
    python = venv / "bin" / "python"
    if not python.exists():
        if os.environ.get("CI"):
            pytest.fail("the Translate Toolkit is required in CI (TTK_VENV, see .ci/run)")
        pytest.skip("the Translate Toolkit is not installed (TTK_VENV)")
    return python


SAMPLE_DOC = "azat-miftakhov-did-not-break"


@pytest.fixture
def sample(tmp_path: Path):
    """A copy of the repository's own sample project (real translations and reviews)."""
    import shutil

    from workbench.storage.project import Project

    root = tmp_path / "sample"
    shutil.copytree(REPO / "sources", root / "sources")
    shutil.copytree(REPO / "translations", root / "translations")
    shutil.copy(REPO / "workbench.toml", root / "workbench.toml")
    return Project.find(explicit=root).with_handle("ira")


def pandoc_markdown(path: Path) -> str:
    """What pandoc reads in a DOCX, as Markdown with its white space collapsed."""
    import subprocess

    from tests.conftest import require_tool

    read = subprocess.run(
        [require_tool("pandoc"), "-f", "docx", "-t", "markdown", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(read.split())


def libreoffice_convert(path: Path, to: str, out: Path, profile: Path) -> Path:
    """`soffice --convert-to` (a private profile); the file it wrote (checked to exist)."""
    import subprocess

    from tests.conftest import require_tool

    subprocess.run(
        [require_tool("soffice"), f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", to, "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    converted = out / f"{path.stem}.{to.split(':')[0]}"
    assert converted.exists(), f"LibreOffice wrote no {converted.name}"
    return converted
