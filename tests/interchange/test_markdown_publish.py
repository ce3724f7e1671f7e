"""A Markdown document published as HTML or DOCX keeps its block structure."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest

from tests.conftest import REPO, require_tool
from workbench.cli import main

GUIDE = REPO / "tests" / "fixtures" / "markdown" / "letters-guide.md"


@pytest.fixture
def root(project_factory, tmp_path: Path) -> Path:
    project = project_factory()
    source = tmp_path / GUIDE.name
    source.write_bytes(GUIDE.read_bytes())
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    catalog = project.load_catalog(project.document("letters-guide"), "ru")
    for unit in catalog.units:
        unit.target = "Ж" + unit.source
    catalog.save("tester")
    return project.root


def export(root: Path, tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / f"out-{fmt}"
    assert main(["--project", str(root), "export", "--format", fmt, "--out", str(out)]) == 0
    [path] = list(out.iterdir())
    return path


def test_html_keeps_nesting_quotes_tables_references_and_footnotes(root, tmp_path) -> None:
    page = export(root, tmp_path, "html").read_text(encoding="utf-8")
    body = page[page.index("<body>") : page.index("</body>") + len("</body>")]
    tree = ET.fromstring(body.replace("&quot;", '"').replace('<hr class="footnotes-sep" />', ""))
    ordered = tree.find("ol")
    assert ordered is not None
    items = ordered.findall("li")
    assert len(items) == 4  # "4. Send a photo" stays the fourth item of the same list
    assert [len(li.findall("ul/li")) for li in items] == [0, 0, 2, 0]
    quotes = tree.findall("blockquote")
    assert len(quotes) == 1 and len(quotes[0].findall("p")) == 2
    assert len(tree.findall("table/tbody/tr")) == 2 and len(tree.findall("table/thead/tr/th")) == 3
    assert 'href="https://example.org/zone"' in body  # a reference link resolved
    assert "[^censor]" not in body and len(tree.findall("section/ol/li")) == 2


def test_docx_keeps_lists_quotes_tables_and_footnotes(root, tmp_path) -> None:
    path = export(root, tmp_path, "docx")
    document = docx.Document(str(path))
    styles = [p.style.name for p in document.paragraphs if p.text.strip()]
    assert styles.count("List Number") == 4 and styles.count("List Bullet 2") == 2
    assert styles.count("Quote") == 2 and styles.count("List Bullet") == 3
    [table] = document.tables
    assert len(table.rows) == 3 and table.cell(1, 2).text == "Жmost SIZOs and colonies"
    pandoc = require_tool("pandoc")
    read = subprocess.run(
        [pandoc, "-f", "docx", "-t", "markdown", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    flat = " ".join(read.split())
    assert "[^1]: ЖLetters are read by the censor" in flat
    assert "[Solidarity Zone](https://example.org/zone)" in flat


def test_a_translators_pipe_or_line_break_keeps_the_structure(
    project_factory, tmp_path: Path
) -> None:
    from tests.formats.test_markdown_structure import EXTENDED, block_tokens

    project = project_factory()
    source = tmp_path / GUIDE.name
    source.write_bytes(GUIDE.read_bytes())
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    catalog = project.load_catalog(project.document("letters-guide"), "ru")
    for unit in catalog.units:
        unit.target = "Ж" + unit.source
        if unit.source == "35 roubles a page":
            unit.target = "35 рублей | страница"
        if unit.source == "Keep a copy.":
            unit.target = "Сохраните копию.\n\n1. И ещё одну."
    catalog.save("tester")
    exported = export(project.root, tmp_path, "markdown").read_text(encoding="utf-8")
    assert "35 рублей \\| страница" in exported
    assert block_tokens(EXTENDED, exported) == block_tokens(EXTENDED, GUIDE.read_text("utf-8"))
