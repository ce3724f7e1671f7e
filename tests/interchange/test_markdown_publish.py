"""A Markdown document published as HTML or DOCX keeps its block structure."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest

from tests.conftest import REPO
from tests.interchange.conftest import pandoc_markdown
from workbench.cli import main

GUIDE = REPO / "tests" / "fixtures" / "markdown" / "letters-guide.md"


def translated_guide(project_factory, tmp_path: Path, changed: dict[str, str]) -> Path:
    """A project with the letters guide translated by prefixing "Ж" (or as `changed` says)."""
    project = project_factory()
    source = tmp_path / GUIDE.name
    source.write_bytes(GUIDE.read_bytes())
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    catalog = project.load_catalog(project.document("letters-guide"), "ru")
    for unit in catalog.units:
        unit.target = changed.get(unit.source, "Ж" + unit.source)
    catalog.save("tester")
    return project.root


@pytest.fixture
def root(project_factory, tmp_path: Path) -> Path:
    return translated_guide(project_factory, tmp_path, {})


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
    flat = pandoc_markdown(path)
    assert "[^1]: ЖLetters are read by the censor" in flat
    assert "[Solidarity Zone](https://example.org/zone)" in flat


def test_a_translators_pipe_or_line_break_keeps_the_structure(
    project_factory, tmp_path: Path
) -> None:
    from tests.formats.test_markdown_structure import EXTENDED, block_tokens

    changed = {
        "35 roubles a page": "35 рублей | страница",
        "Keep a copy.": "Сохраните копию.\n\n1. И ещё одну.",
    }
    root = translated_guide(project_factory, tmp_path, changed)
    exported = export(root, tmp_path, "markdown").read_text(encoding="utf-8")
    assert "35 рублей \\| страница" in exported
    assert block_tokens(EXTENDED, exported) == block_tokens(EXTENDED, GUIDE.read_text("utf-8"))


def test_a_translation_starting_with_a_block_marker_stays_in_its_block(
    project_factory, tmp_path: Path
) -> None:
    from tests.formats.test_markdown_structure import EXTENDED, block_tokens

    changed = {
        "Write in Russian if you can.": "1. Пишите по-русски, если можете.",  # number copied
        "Keep a copy.": "- Сохраните копию.",
        "Where to send": "# Куда писать",  # a heading's text: "#" is only text there
        "Notes": "Заметки",
        "After each letter, write down the date.[^dates] Replies take weeks.": (
            "> После каждого письма записывайте дату.[^dates] Ответы идут неделями."
        ),
    }
    root = translated_guide(project_factory, tmp_path, changed)
    exported = export(root, tmp_path, "markdown").read_text(encoding="utf-8")
    assert "1. 1\\. Пишите по-русски" in exported and "- \\- Сохраните" in exported
    assert block_tokens(EXTENDED, exported) == block_tokens(EXTENDED, GUIDE.read_text("utf-8"))


def test_each_numbered_list_counts_from_its_own_start(project_factory, tmp_path: Path) -> None:
    from tests.interchange.conftest import libreoffice_convert

    project = project_factory()
    source = tmp_path / "two.md"
    source.write_text(
        "# Two lists\n\n1. One\n2. Two\n\nBetween.\n\n1. Again one\n2. Again two\n\n"
        "Then.\n\n7. Seven\n8. Eight\n",
        encoding="utf-8",
    )
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    path = export(project.root, tmp_path, "docx")
    text = libreoffice_convert(path, "txt", tmp_path / "lo", tmp_path / "profile").read_text(
        encoding="utf-8-sig"
    )
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert "1. Again one" in lines and "2. Again two" in lines
    assert "7. Seven" in lines and "8. Eight" in lines
