"""Bilingual review DOCX, as memoQ and Trados make them: one table row per segment.

Columns: ID | Source | Translation | State | Comments. The reviewer edits the Translation
column, may write a state (untranslated, draft, translated, approved, rejected) in the State
column, and adds comments as new paragraphs in the Comments column (the comments already
there, one paragraph each, are recognised and not added twice). The document and language are
kept in the file's core properties (subject and keywords), so `workbench import-review` knows
where the rows belong. Reading goes through `docx.open_docx` (zip bomb and XML checks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from workbench.domain.errors import InputError
from workbench.domain.model import STATES, State, text_hash
from workbench.domain.three_way import Base
from workbench.formats.docx import open_docx
from workbench.formats.docx_write import W, docx_bytes, set_core_properties

SUBJECT = "workbench review"
EXPORTED_MARK = "wb-exported "
HEADER = ("ID", "Source", "Translation", "State", "Comments")
COLUMN_WIDTHS_CM = (2.2, 7.0, 7.0, 2.2, 4.0)
KEYWORD_FIELD = re.compile(r"(\w+)=([^;,\s]+)")
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class ReviewRow:
    id: str
    source: str
    target: str
    state: str
    comments: list[str] = field(default_factory=list)
    row: int = 0  # 1-based table row in the file (the header is row 1)


def comment_line(comment: dict[str, Any], anonymise: bool = False) -> str:
    text = str(comment.get("text", ""))
    author = comment.get("by")
    return text if anonymise or not author else f"[{author}] {text}"


def write_review_docx(
    title: str, document: str, source_lang: str, lang: str, rows: Sequence[ReviewRow]
) -> bytes:
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    set_core_properties(doc, title, lang)
    doc.core_properties.subject = SUBJECT
    doc.core_properties.keywords = f"document={document};lang={lang};source={source_lang}"
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Edit the Translation column. Write approved or rejected in the State column to "
        "decide a segment. Add a comment as a new paragraph in the Comments column. "
        "Do not change the ID or Source columns."
    )
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    labels = ("ID", f"Source ({source_lang})", f"Translation ({lang})", "State", "Comments")
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for cell, width in zip(table.rows[0].cells, COLUMN_WIDTHS_CM, strict=True):
        cell.width = Cm(width)
    widths = [Cm(width).twips for width in COLUMN_WIDTHS_CM]
    table._tbl.extend(_rows_xml(rows, widths))
    return docx_bytes(doc)


def _rows_xml(rows: Sequence[ReviewRow], widths: Sequence[int]) -> list[Any]:
    """The table rows as elements, built as one XML string and parsed once (python-docx's
    add_row, and even element-by-element lxml, are too slow for 100k rows)."""
    from lxml import etree

    cell_props = [f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>' for width in widths]
    parts = [f'<w:tbl xmlns:w="{W}">']
    for row in rows:
        # What the row said at export goes in hidden text under the id, so that an import
        # applies only what the reviewer changed (an unchanged State column decides nothing).
        exported = (
            f"{EXPORTED_MARK}{row.state} {text_hash(row.target)} {text_hash(loose(row.target))}"
        )
        columns = (
            _paragraph(row.id) + _paragraph(exported, hidden=True),
            _paragraphs(row.source),
            _paragraphs(row.target),
            _paragraph(row.state),
            "".join(_paragraph(line) for line in row.comments) or "<w:p/>",
        )
        parts.append("<w:tr>")
        parts.extend(
            f"<w:tc>{props}{cell}</w:tc>" for props, cell in zip(cell_props, columns, strict=True)
        )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    return list(etree.fromstring("".join(parts).encode("utf-8"), parser))


def _paragraphs(text: str) -> str:
    """One paragraph a line: Word shows a line break inside a text run as a space."""
    return "".join(_paragraph(line) for line in text.split("\n"))


def _paragraph(text: str, hidden: bool = False) -> str:
    if not text:
        return "<w:p/>"
    props = "<w:rPr><w:vanish/></w:rPr>" if hidden else ""
    safe = escape(INVALID_XML.sub("\ufffd", text))
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{safe}</w:t></w:r></w:p>'


@dataclass
class ReviewFile:
    document: str
    lang: str
    rows: list[ReviewRow]
    # id -> [state, text hash, hash of the text as a word processor may save it]
    exported: dict[str, list[str]] = field(default_factory=dict)

    def edited(self, row: ReviewRow, current_target: str) -> bool:
        """The reviewer changed the row's translation (compared with the project's when the
        file lost its export marks)."""
        exported = self.exported.get(row.id)
        if exported is None or len(exported) < 2:
            return loose(row.target) != loose(current_target)
        if text_hash(row.target) == exported[1]:
            return False
        return len(exported) < 3 or text_hash(loose(row.target)) != exported[2]

    def base(self, unit_id: str) -> Base | None:
        """What the project held for the row when the file was exported (None: unknown)."""
        exported = self.exported.get(unit_id)
        if exported is None or len(exported) < 2:
            return None
        return Base.parse(f"{exported[1]} {exported[0]}")

    def decided_state(self, row: ReviewRow, current: State) -> State | None:
        """The state written by the reviewer (None when the column is as exported)."""
        exported = self.exported.get(row.id, [str(current)])
        if not row.state or row.state == exported[0]:
            return None
        return State(row.state)


def read_review_docx(data: bytes, path: str) -> ReviewFile:
    doc = open_docx(data, path)
    properties = doc.core_properties
    if properties.subject != SUBJECT:
        raise InputError(
            path, "is not a workbench review file (export it with --format review-docx)"
        )
    # Written "document=D;lang=L;source=S"; LibreOffice saves keywords separated by spaces.
    fields = dict(KEYWORD_FIELD.findall(properties.keywords or ""))
    if not fields.get("document") or not fields.get("lang"):
        raise InputError(path, "the review file does not say its document and language")
    if not doc.tables:
        raise InputError(path, "has no review table")
    table = doc.tables[0]
    rows: list[ReviewRow] = []
    exported: dict[str, list[str]] = {}
    for number, row in enumerate(table.rows, 1):
        cells = row.cells
        if len(cells) != len(HEADER):
            raise InputError(
                path, f"table row {number} has {len(cells)} columns, not {len(HEADER)}"
            )
        if number == 1:
            if cells[0].text.strip() != "ID":
                raise InputError(path, "the review table's first row is not its header")
            continue
        state = cells[3].text.strip().lower()
        if state and state not in STATES:
            raise InputError(
                path,
                f"table row {number}: unknown state {state!r} "
                f"(use {', '.join(str(s) for s in STATES)})",
            )
        id_lines = [p.text.strip() for p in cells[0].paragraphs if p.text.strip()]
        unit_id = id_lines[0] if id_lines else ""
        for line in id_lines[1:]:
            if line.startswith(EXPORTED_MARK.strip()):
                exported[unit_id] = line[len(EXPORTED_MARK) :].split()
        rows.append(
            ReviewRow(
                id=unit_id,
                source=_cell_text(cells[1]),
                target=_cell_text(cells[2]),
                state=state,
                comments=[p.text.strip() for p in cells[4].paragraphs if p.text.strip()],
                row=number,
            )
        )
    return ReviewFile(fields["document"], fields["lang"], rows, exported)


def loose(text: str) -> str:
    """`text` as Word or LibreOffice may give it back: LibreOffice drops the white space
    (no-break spaces too) at the end of a paragraph; an editor may add empty paragraphs."""
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))


def _cell_text(cell: Any) -> str:
    """The cell's text exactly (spaces, no-break spaces and tabs at the ends are part of a
    translation): one line a paragraph."""
    return "\n".join(paragraph.text for paragraph in cell.paragraphs)
