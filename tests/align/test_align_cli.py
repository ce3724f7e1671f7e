"""`workbench align` end to end: a real project, the TMX validated, the real TM lookup."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.align.conftest import DATA
from tests.conftest import REPO, require_tool
from workbench.app.memory.project_memory import load_project_memory
from workbench.cli import main
from workbench.domain.tm.scoring import EXACT
from workbench.storage.project import Project

VALIDATE = REPO.parent / "shared" / "tools" / "validate-exports"


@pytest.fixture
def project(project_factory) -> Project:
    return project_factory()


def run(project: Project, *args: str) -> int:
    return main(["--project", str(project.root), "align", *args])


def test_align_fills_the_memory_and_the_tm_finds_the_sentences(project, capsys):
    assert run(project, str(DATA / "letters.en.txt"), str(DATA / "letters.ru.txt")) == 0
    out = capsys.readouterr().out
    tmx = project.translations_dir / "tm" / "aligned-letters.en.ru.tmx"
    assert tmx.is_file() and "sentence pairs for the memory" in out
    require_tool("xmllint")
    subprocess.run([str(VALIDATE), str(tmx)], check=True, capture_output=True)
    memory = load_project_memory(project)
    sentence = "Letters matter."
    best = memory.lookup(sentence, "en", "ru", limit=1)[0]
    assert best.unit.target == "Письма важны."
    assert best.char_score == 100.0
    assert best.score == EXACT
    found = memory.lookup(
        "He was arrested on 1 February 2019 and sentenced to six years in a strict-regime colony.",
        "en",
        "ru",
        limit=1,
    )[0]
    assert found.unit.target.startswith("Его арестовали 1 февраля 2019 года")


def test_links_are_written_as_json_lines(project, tmp_path, capsys):
    links = tmp_path / "links.jsonl"
    edited = DATA / "letters.ru-edited.txt"
    assert run(project, str(DATA / "letters.en.txt"), str(edited), "--links", str(links)) == 0
    rows = [json.loads(line) for line in links.read_text().splitlines()]
    assert {"source": [1, 2], "target": [1]} in [
        {k: row[k] for k in ("source", "target")} for row in rows
    ]
    assert all(0.0 <= row["score"] <= 1.0 for row in rows)
    assert not (project.translations_dir / "tm").exists()  # links instead of the memory
    sentences = tmp_path / "sentences.jsonl"
    args = ["--links", str(sentences), "--unit", "sentence"]
    assert run(project, str(DATA / "letters.en.txt"), str(edited), *args) == 0
    assert len(sentences.read_text().splitlines()) > len(rows)


def test_links_outside_a_project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    links = tmp_path / "out.jsonl"
    argv = ["align", str(DATA / "letters.en.txt"), str(DATA / "letters.ru.txt")]
    assert main([*argv, "--links", str(links)]) == 0
    assert len(links.read_text().splitlines()) == 10


def test_into_project_adds_the_document_with_drafts(project, capsys):
    source = project.root / "letters.en.txt"
    shutil.copy(DATA / "letters.en.txt", source)
    assert run(project, str(source), str(DATA / "letters.ru.txt"), "--into-project") == 0
    catalog = project.load_catalog(project.document("letters.en"), "ru")
    drafted = [unit for unit in catalog.units if unit.target]
    assert len(drafted) >= len(catalog.units) - 2
    assert all(unit.fuzzy for unit in drafted)
    by_source = {unit.source: unit.target for unit in catalog.units}
    assert by_source["Letters matter."] == "Письма важны."
    require_tool("msgfmt")
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog.path)], check=True)


@pytest.mark.parametrize(
    ("make_target", "message"),
    [
        (lambda d: d / "binary.txt", "not a text file"),
        (lambda d: d / "empty.txt", "is empty"),
        (lambda d: DATA / "letters.en.txt", "same language"),
        (lambda d: DATA / "garden.ru.txt", "does not look like a translation"),
    ],
)
def test_bad_input_is_refused_with_one_line(project, tmp_path, capsys, make_target, message):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "empty.txt").write_bytes(b"\n  \n")
    target = make_target(tmp_path)
    assert run(project, str(DATA / "letters.en.txt"), str(target)) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("workbench: error: ") and message in error
    assert len(error.splitlines()) == 1
    assert not (project.translations_dir / "tm").exists()


def test_swapped_files_are_refused(project, capsys):
    assert run(project, str(DATA / "letters.ru.txt"), str(DATA / "letters.en.txt")) == 2
    assert "swap the files" in capsys.readouterr().err


def test_other_formats_and_legacy_encodings_are_read_as_add_reads_them(project, tmp_path):
    from tests.align.conftest import paragraphs
    from workbench.app.documents import align as app

    english = paragraphs("letters.en.txt")
    html = tmp_path / "letters.en.html"
    body = f"<h1>{english[0]}</h1>\n" + "\n".join(f"<p>{p}</p>" for p in english[1:])
    html.write_text(f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>\n", encoding="utf-8")
    russian = tmp_path / "letters.ru.txt"
    russian.write_bytes((DATA / "letters.ru.txt").read_text(encoding="utf-8").encode("cp1251"))
    alignment = app.align_files(html, russian, "en", "ru")
    assert alignment.target.encoding == "cp1251"
    assert [(link.source, link.target) for link in alignment.result.paragraph_links] == [
        ((i,), (i,)) for i in range(len(english))
    ]
