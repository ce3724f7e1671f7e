"""OmegaT, a real peer, uses our TMX as its memory: exact matches fill its translation."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.domain.workflow import confirm
from workbench.storage.project import Project

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")

PROJECT_FILE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN-US</source_lang>
    <target_lang>RU-RU</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def omegat() -> list[str]:
    java = shutil.which("java")
    if java is None or not OMEGAT_JAR.exists():
        if os.environ.get("CI"):
            pytest.fail("OmegaT (Debian package omegat) is required in CI")
        pytest.skip("OmegaT is not installed")
    return [java, "-jar", str(OMEGAT_JAR)]


def test_omegat_translates_from_our_tmx(tmp_path: Path, capsys) -> None:
    command = omegat()
    root = tmp_path / "proj"
    Project.init(root, "en", ("ru",), "lev")
    source = tmp_path / "letter.txt"
    source.write_text("Azat did not break. Neither threat nor torture helped.\n")
    assert main(["--project", str(root), "add", str(source)]) == 0
    project = Project.find(explicit=root)
    catalog = project.load_catalog(project.document("letter"), "ru")
    confirm(catalog.units[0], "Азат не сломался.", "lev")
    confirm(catalog.units[1], "Не помогли ни угрозы, ни пытки.", "lev")
    catalog.save("lev")

    peer = tmp_path / "omegat"
    for folder in ("source", "target", "tm/auto", "glossary", "omegat"):
        (peer / folder).mkdir(parents=True)
    (peer / "omegat.project").write_text(PROJECT_FILE)
    assert (
        main(["--project", str(root), "tm", "export", str(peer / "tm" / "auto" / "ours.tmx")]) == 0
    )
    (peer / "source" / "note.txt").write_text(
        "Neither threat nor torture helped.\n\nAzat did not break.\n\nA sentence nobody translated.\n"
    )
    done = subprocess.run(
        [*command, str(peer), "--mode=console-translate", "--no-team"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    translated = (peer / "target" / "note.txt").read_text()
    assert translated == (
        "Не помогли ни угрозы, ни пытки.\n\nАзат не сломался.\n\nA sentence nobody translated.\n"
    )
    capsys.readouterr()
