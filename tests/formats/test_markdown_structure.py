"""Markdown keeps its block structure through segmentation, translation and export.

Every list item (ordered, bulleted, nested), block quote line, table cell and heading is its
own segment or part of one, never merged with the next block: the exported document has the
same block token stream (markdown-it, CommonMark) as the source. Corpus: the CommonMark
specification's 652 examples (tests/fixtures/commonmark, CC-BY-SA 4.0) and real Markdown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from tests.conftest import REPO
from workbench.cli import main
from workbench.formats.base import render
from workbench.formats.markdown import parse

FIXTURES = REPO / "tests" / "fixtures"
EXAMPLES = json.loads((FIXTURES / "commonmark" / "spec-examples.json").read_text("utf-8"))
COMMONMARK = MarkdownIt("commonmark")
EXTENDED = MarkdownIt("commonmark").enable("table").use(footnote_plugin)
REAL = [
    FIXTURES / "markdown" / "letters-guide.md",
    REPO / "README.md",
    *sorted((REPO / "docs").glob("*.md")),
    REPO.parent / "shared" / "GUIDE.md",
]
TRANSLATIONS: dict[str, Callable[[str], str]] = {
    "identity": lambda text: text,
    "prefix": lambda text: "Ж" + text,  # a translation never starts with Markdown syntax
}


def block_tokens(parser: MarkdownIt, text: str) -> list[tuple[str, str, int, str]]:
    """The block structure: token types, tags, nesting and list markers (not the text)."""
    return [
        (token.type, token.tag, token.nesting, token.markup if "list" in token.type else "")
        for token in parser.parse(text)
        if token.type != "inline"
    ]


def translated(text: str, translate: Callable[[str], str]) -> str:
    parsed = parse(text, "en")
    return render(parsed, [translate(segment.text) for segment in parsed.segments])


@pytest.mark.parametrize("name", TRANSLATIONS)
def test_commonmark_examples_keep_their_block_structure(name: str) -> None:
    translate = TRANSLATIONS[name]
    broken = [
        example["number"]
        for example in EXAMPLES
        if block_tokens(COMMONMARK, translated(example["markdown"], translate))
        != block_tokens(COMMONMARK, example["markdown"])
    ]
    assert len(EXAMPLES) == 652
    assert broken == []


@pytest.mark.parametrize("path", REAL, ids=lambda path: path.name)
@pytest.mark.parametrize("name", TRANSLATIONS)
def test_real_markdown_keeps_its_block_structure(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert block_tokens(EXTENDED, translated(text, TRANSLATIONS[name])) == block_tokens(
        EXTENDED, text
    )


def test_each_list_item_is_its_own_segment() -> None:
    text = "How to write:\n1. Write in Russian if you can.\n2. Keep it short.\n3) Third.\n"
    segments = [(s.text, s.context) for s in parse(text, "en").segments]
    assert segments == [
        ("How to write:", "paragraph"),
        ("Write in Russian if you can.", "list item"),
        ("Keep it short.", "list item"),
        ("Third.", "list item"),
    ]


def test_a_translated_project_document_exports_every_item(project_factory, tmp_path) -> None:
    project = project_factory()
    source = tmp_path / "letters-guide.md"
    source.write_bytes((FIXTURES / "markdown" / "letters-guide.md").read_bytes())
    root = str(project.root)
    assert main(["--project", root, "add", str(source)]) == 0
    catalog = project.load_catalog(project.document("letters-guide"), "ru")
    for unit in catalog.units:
        unit.target = "Ж" + unit.source
    catalog.save("tester")
    out = tmp_path / "out"
    assert main(["--project", root, "export", "--format", "markdown", "--out", str(out)]) == 0
    exported = (out / "letters-guide.md").read_text(encoding="utf-8")
    original = source.read_text(encoding="utf-8")
    assert block_tokens(EXTENDED, exported) == block_tokens(EXTENDED, original)
    items = [t for t in EXTENDED.parse(exported) if t.type == "list_item_open"]
    assert len(items) == 9  # 4 numbered, 2 nested, 2 + 1 bulleted
    assert "Ж" + "Keep it short and do not mention the case." in exported
