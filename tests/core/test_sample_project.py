"""The repository is itself a translation project: it must stay valid and exportable."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import REPO, SEEDS, require_tool
from workbench.app.quality.stats import project_stats
from workbench.cli import main
from workbench.domain.model import State
from workbench.storage.project import Project


def test_sample_catalogs_pass_msgfmt_and_match_their_sources(tmp_path: Path) -> None:
    msgfmt = require_tool("msgfmt")
    project = Project.find(explicit=REPO)
    assert len(project.documents()) == 4
    for po in sorted((REPO / "translations").glob("*/*.po")):
        subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(po)], check=True)
    copy = tmp_path / "sample"
    shutil.copytree(REPO / "sources", copy / "sources")
    shutil.copytree(REPO / "translations", copy / "translations")
    shutil.copy(REPO / "workbench.toml", copy / "workbench.toml")
    assert main(["--project", str(copy), "export", "--out", str(tmp_path / "out")]) == 0
    exported = (tmp_path / "out" / "azat-miftakhov-did-not-break.txt").read_text()
    assert "Однако Азат не сломался." in exported


def test_sample_translation_shows_real_work() -> None:
    project = Project.find(explicit=REPO)
    rows = project_stats(project, [project.document("azat-miftakhov-did-not-break")], ("ru",))
    states = rows[0].states
    for state in (State.DRAFT, State.TRANSLATED, State.APPROVED):
        assert states[state] >= 3


def test_untranslated_seeds_export_byte_for_byte(tmp_path: Path, capsys) -> None:
    root = tmp_path / "proj"
    assert main(["init", str(root), "--source-lang", "en", "--target-lang", "ru"]) == 0
    seeds = sorted(SEEDS.glob("*.txt"))
    assert main(["--project", str(root), "add", *map(str, seeds)]) == 0
    assert main(["--project", str(root), "export", "--out", str(tmp_path / "out")]) == 0
    for seed in seeds:
        assert (tmp_path / "out" / seed.name).read_bytes() == seed.read_bytes()
    capsys.readouterr()
