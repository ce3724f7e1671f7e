"""A translated Markdown document published as DOCX, with its whole block structure.

Built from markdown-it's tokens of the published Markdown (see `markdown_page`): headings
(Heading 1-6), nested lists (List Bullet / List Number, levels 2 and 3 for nested lists, List
Continue for an item's later paragraphs), block quotes (Quote), GFM tables as Word tables,
code as plain paragraphs, links as hyperlinks, bold and italic as runs, and the document's own
footnotes and the notes added on publishing as real Word footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from workbench.formats.docx_write import (
    Footnotes,
    _set_language,
    docx_bytes,
    fill_paragraph,
    set_core_properties,
)
from workbench.formats.inline_runs import InlineRun, token_runs
from workbench.formats.markdown_page import markdown_parser, with_notes

MAX_LIST_LEVEL = 3  # Word's built-in list styles go to "List Bullet 3"


class _Builder:
    def __init__(self, document: Any, marker: re.Pattern[str], open_close: tuple[str, str]):
        from docx.text.paragraph import Paragraph

        self.document = document
        self.paragraph_class = Paragraph
        self.marker = marker
        self.open, self.close = open_close
        self.notes = Footnotes(document)
        self.note_texts: list[str] = []
        self.footnotes: dict[int, str] = {}  # markdown-it footnote id -> its text
        self.style_ids: dict[str, str] = {}
        self.anchor = document.element.body.sectPr

    def footnote_marker(self, token: Any) -> str:
        self.note_texts.append(self.footnotes.get(token.meta.get("id", -1), ""))
        return f"{self.open}{len(self.note_texts)}{self.close}"

    def runs(self, inline: Any) -> list[InlineRun]:
        return token_runs(inline.children or [], self.footnote_marker)

    def numbering(self, style: str, start: int) -> int | None:
        """A numbering of its own for a numbered list (Word's List Number styles share one,
        so a second list would go on counting from the first), starting at `start`."""
        try:
            numbering = self.document.part.numbering_part.element
            style_num = self.document.styles[style].element.pPr.numPr.numId.val
            abstract = numbering.num_having_numId(style_num).abstractNumId.val
        except (AttributeError, KeyError):
            return None
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return int(num.numId)

    def paragraph(self, style: str, runs: Sequence[InlineRun], num_id: int | None = None) -> None:
        from docx.oxml import OxmlElement

        p = OxmlElement("w:p")
        self.anchor.addprevious(p)
        if style:
            if style not in self.style_ids:
                self.style_ids[style] = self.document.styles[style].style_id
            p.style = self.style_ids[style]
        if num_id is not None:
            numbering = p.get_or_add_pPr().get_or_add_numPr()
            numbering.get_or_add_ilvl().val = 0
            numbering.get_or_add_numId().val = num_id
        paragraph = self.paragraph_class(p, self.document._body)
        fill_paragraph(paragraph, runs, self.notes, self.note_texts, self.marker)

    def table(self, rows: list[list[Any]]) -> None:
        columns = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, inline in zip(row.cells, cells, strict=False):
                paragraph = cell.paragraphs[0]
                fill_paragraph(
                    paragraph, self.runs(inline), self.notes, self.note_texts, self.marker
                )


def markdown_docx(
    text: str,
    notes: Sequence[str],
    title: str,
    lang: str,
    marker: re.Pattern[str],
    open_close: tuple[str, str],
    author: str | None = None,
) -> bytes:
    """The DOCX of the published Markdown `text` (notes: footnotes added on publishing)."""
    import docx

    tokens = markdown_parser().parse(with_notes(text, notes))
    document = docx.Document()
    set_core_properties(document, title, lang, author)
    _set_language(document, lang)
    builder = _Builder(document, marker, open_close)
    builder.footnotes = _footnote_texts(tokens)
    _build(builder, tokens)
    builder.notes.save()
    return docx_bytes(document)


def _footnote_texts(tokens: list[Any]) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    current: int | None = None
    for token in tokens:
        if token.type == "footnote_open":
            current = token.meta.get("id")
            texts[current] = []
        elif token.type == "footnote_close":
            current = None
        elif token.type == "inline" and current is not None:
            texts[current].append("".join(run.text for run in token_runs(token.children or [])))
    return {key: " ".join(parts) for key, parts in texts.items()}


def _build(builder: _Builder, tokens: list[Any]) -> None:  # noqa: C901 - one walk
    lists: list[bool] = []  # ordered?, innermost last
    numberings: list[int | None] = []  # each numbered list's own numbering
    first_in_item = False
    quotes = 0
    heading = ""
    number = 0
    while number < len(tokens):
        token = tokens[number]
        kind = token.type
        if kind == "footnote_block_open":
            while tokens[number].type != "footnote_block_close":
                number += 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind == "ordered_list_open")
            numbered = kind == "ordered_list_open"
            start = int(token.attrGet("start") or 1) if numbered else 1
            style = _block_style(lists, True, 0)
            numberings.append(builder.numbering(style, start) if numbered else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            numberings.pop()
        elif kind == "list_item_open":
            first_in_item = True
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind == "heading_open":
            heading = f"Heading {min(int(token.tag[1]), 6)}"
        elif kind == "table_open":
            number = _table(builder, tokens, number)
        elif kind in ("fence", "code_block"):
            for line in token.content.rstrip("\n").split("\n"):
                builder.paragraph("", [InlineRun(line)])
        elif kind == "inline":
            style = heading or _block_style(lists, first_in_item, quotes)
            num_id = numberings[-1] if lists and first_in_item and not heading else None
            if lists and not heading:
                first_in_item = False
            builder.paragraph(style, builder.runs(token), num_id)
            heading = ""
        number += 1


def _block_style(lists: list[bool], first_in_item: bool, quotes: int) -> str:
    if lists:
        level = min(len(lists), MAX_LIST_LEVEL)
        suffix = f" {level}" if level > 1 else ""
        if not first_in_item:
            return f"List Continue{suffix}"
        return ("List Number" if lists[-1] else "List Bullet") + suffix
    return "Quote" if quotes else ""


def _table(builder: _Builder, tokens: list[Any], number: int) -> int:
    """Build the table starting at tokens[number]; returns the index of its table_close."""
    rows: list[list[Any]] = []
    while tokens[number].type != "table_close":
        token = tokens[number]
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(token)
        number += 1
    if rows:
        builder.table(rows)
    return number
