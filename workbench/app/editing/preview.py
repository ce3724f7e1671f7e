"""The translated document as it will be exported, from the editor's units (saved or not).

Translations are put in the source's skeleton as the exporter does (the same offsets, the
same recorded splits and merges); untranslated segments keep the source text. `Preview`
also knows where the current segment landed, so the editor can show its paragraph alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.app.documents.exporter import (
    PUBLISHED_STATES,
    ExportedDocument,
    ExportOptions,
    document_bytes,
    load_source,
    publish,
)
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import State, Unit
from workbench.storage.project import Document, Project
from workbench.storage.writer import project_writer

EXPORT_DIR = "export"  # as `workbench export`: export/<lang>/<document file>

LINE_BREAK = r"(?:\r\n|\n|\r(?!\n))"
PARAGRAPH_BREAK = re.compile(LINE_BREAK + r"[ \t]*" + LINE_BREAK)


@dataclass(frozen=True, slots=True)
class Preview:
    text: str  # the whole document
    start: int  # where the current segment's text is in `text`
    end: int
    untranslated: int  # segments shown in the source language

    def paragraph(self) -> str:
        """The paragraph (between blank lines) holding the current segment."""
        before = [m.end() for m in PARAGRAPH_BREAK.finditer(self.text, 0, self.start)]
        after = PARAGRAPH_BREAK.search(self.text, self.end)
        first = before[-1] if before else 0
        return self.text[first : after.start() if after else len(self.text)].strip("\r\n")


def document_preview(
    project: Project,
    document: Document,
    units: Sequence[Unit],
    current: int = 0,
    include_drafts: bool = True,
) -> Preview:
    parsed, _bom = load_source(project, document)
    if len(units) != len(parsed.segments) or any(
        unit.source != segment.text for unit, segment in zip(units, parsed.segments, strict=True)
    ):
        raise WorkbenchError(
            f"{project.relative(document.path)} no longer matches its catalog; run "
            f"`workbench add {project.relative(document.path)}`"
        )
    states = PUBLISHED_STATES | ({State.DRAFT} if include_drafts else frozenset())
    parts: list[str] = []
    cursor = 0
    length = 0
    start = end = 0
    untranslated = 0
    for index, (segment, unit) in enumerate(zip(parsed.segments, units, strict=True)):
        skeleton = parsed.text[cursor : segment.start]
        shown = unit.target if unit.target and unit.state in states else None
        if shown is None:
            untranslated += 1
            shown = parsed.text[segment.start : segment.end]
        parts += [skeleton, shown]
        length += len(skeleton)
        if index == current:
            start, end = length, length + len(shown)
        length += len(shown)
        cursor = segment.end
    parts.append(parsed.text[cursor:])
    return Preview("".join(parts), start, end, untranslated)


def export_units(
    project: Project, document: Document, lang: str, units: Sequence[Unit]
) -> tuple[Path, int]:
    """Export the editor's units (saved or not) as the source's own format into
    export/<lang>/, as `workbench export` does: (the file written, segments left in the
    source language)."""
    parsed, bom = load_source(project, document)
    if [unit.source for unit in units] != [segment.text for segment in parsed.segments]:
        raise WorkbenchError(
            f"{project.relative(document.path)} no longer matches its catalog; run "
            f"`workbench add {project.relative(document.path)}`"
        )
    translations: list[str | None] = []
    left: list[Unit] = []
    for unit in units:
        published = bool(unit.target) and unit.state in PUBLISHED_STATES
        translations.append(unit.target if published else None)
        if not published:
            left.append(unit)
    exported = ExportedDocument(document, lang, parsed, list(units), translations, bom, left)
    exported.source_bytes = document.path.read_bytes() if document.format == "docx" else b""
    publication = publish(exported, ExportOptions(), project.settings.source_lang)
    target = project.root / EXPORT_DIR / lang / document.path.name
    project_writer(project).write_bytes(target, document_bytes(publication, document.format))
    return target, len(left)
