"""Bilingual review DOCX, as memoQ and Trados make them: one table row per segment.

Columns: ID | Source | Translation | State | Comments. The reviewer edits the Translation
column, may write a state (untranslated, draft, translated, approved, rejected) in the State
column, and adds comments as new paragraphs in the Comments column (the comments already
there, one paragraph each, are recognised and not added twice). The document and language are
kept in the file's core properties (subject and keywords), so `workbench import-review` knows
where the rows belong. Reading goes through `docx.open_docx` (zip bomb and XML checks).
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.core.errors import InputError
from workbench.core.model import STATES, State, text_hash
from workbench.formats.docx import open_docx

SUBJECT = "workbench review"
EXPORTED_KEY = "workbench-exported"
HEADER = ("ID", "Source", "Translation", "State", "Comments")


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
    doc.core_properties.title = title
    doc.core_properties.subject = SUBJECT
    doc.core_properties.keywords = f"document={document};lang={lang};source={source_lang}"
    # What each row said at export, so that an import applies only what the reviewer changed.
    exported = {row.id: [row.state, text_hash(row.target)] for row in rows}
    doc.core_properties.comments = json.dumps({EXPORTED_KEY: exported}, separators=(",", ":"))
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
    for row in rows:
        cells = table.add_row().cells
        cells[0].text = row.id
        cells[1].text = row.source
        cells[2].text = row.target
        cells[3].text = row.state
        _fill_lines(cells[4], row.comments)
    for column, width in enumerate((2.2, 7.0, 7.0, 2.2, 4.0)):
        for cell in table.columns[column].cells:
            cell.width = Cm(width)
    output = io.BytesIO()
    doc.save(output)
    return output.getvalue()


def _fill_lines(cell: Any, lines: Sequence[str]) -> None:
    if not lines:
        return
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


@dataclass
class ReviewFile:
    document: str
    lang: str
    rows: list[ReviewRow]
    exported: dict[str, list[str]] = field(default_factory=dict)  # id -> [state, text hash]

    def edited(self, row: ReviewRow) -> bool:
        """The reviewer changed the row's translation."""
        return text_hash(row.target) != self.exported.get(row.id, ["", ""])[1]

    def decided_state(self, row: ReviewRow) -> State | None:
        """The state written by the reviewer (None when the column is as exported)."""
        if not row.state or row.state == self.exported.get(row.id, [""])[0]:
            return None
        return State(row.state)


def read_review_docx(data: bytes, path: str) -> ReviewFile:
    doc = open_docx(data, path)
    properties = doc.core_properties
    if properties.subject != SUBJECT:
        raise InputError(path, "is not a workbench review file (export it with --format review-docx)")
    fields = dict(
        part.split("=", 1) for part in (properties.keywords or "").split(";") if "=" in part
    )
    if not fields.get("document") or not fields.get("lang"):
        raise InputError(path, "the review file does not say its document and language")
    if not doc.tables:
        raise InputError(path, "has no review table")
    table = doc.tables[0]
    rows: list[ReviewRow] = []
    for number, row in enumerate(table.rows, 1):
        cells = row.cells
        if len(cells) != len(HEADER):
            raise InputError(path, f"table row {number} has {len(cells)} columns, not {len(HEADER)}")
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
        rows.append(
            ReviewRow(
                id=cells[0].text.strip(),
                source=_cell_text(cells[1]),
                target=_cell_text(cells[2]),
                state=state,
                comments=[p.text.strip() for p in cells[4].paragraphs if p.text.strip()],
                row=number,
            )
        )
    return ReviewFile(fields["document"], fields["lang"], rows, _exported(properties, path))


def _exported(properties: Any, path: str) -> dict[str, list[str]]:
    try:
        exported = json.loads(properties.comments or "{}").get(EXPORTED_KEY)
    except (json.JSONDecodeError, AttributeError):
        exported = None
    if not isinstance(exported, dict):
        raise InputError(path, "the review file lost its export record (document properties)")
    return exported


def _cell_text(cell: Any) -> str:
    return "\n".join(paragraph.text for paragraph in cell.paragraphs).strip()
