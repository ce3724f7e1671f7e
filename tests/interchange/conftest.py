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
