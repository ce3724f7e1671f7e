"""Importing a PO file worked on elsewhere: our own export, or another project's catalog.

The file's entries are matched to the project's segments by id (msgctxt). A PO made by
`workbench export --format po` carries a `base` record per entry (what the project held at
export), so the import is a three-way merge like the XLIFF one (see `domain.three_way`);
a PO without it (another project's catalog, another tool's file) fills untranslated segments
only, unless forced. Comments and annotations are added when new. The file is read and
checked completely before any catalog changes.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.app.exchange.interchange import (
    ImportReport,
    PendingUnit,
    apply_plan,
    check_languages,
    document_for,
)
from workbench.domain.model import BASE, COMMENT, NOTE, State, Unit
from workbench.domain.three_way import Base
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project
from workbench.storage.text_files import read_utf8


def import_po(
    project: Project, path: str | Path, lang: str | None = None, force: bool = False
) -> ImportReport:
    path = Path(path)
    text = read_utf8(path)
    incoming = Catalog.from_text(text, path)
    name = incoming.header.get("X-Workbench-Document") or path.stem
    document = document_for(project, name, path)
    source_lang = incoming.source_lang or project.settings.source_lang
    target_lang = incoming.lang or lang or ""
    target_lang = check_languages(project, path, source_lang, target_lang, lang)
    lines = _entry_lines(text)
    pending = [_pending(unit, lines.get(unit.id, 0)) for unit in incoming.units]
    return apply_plan(project, path, document, target_lang, pending, force=force)


def _pending(unit: Unit, line: int) -> PendingUnit:
    records = [r for r in unit.records if r.kind in (COMMENT, NOTE)]
    state = None if unit.state is State.UNTRANSLATED else unit.state
    return PendingUnit(unit.id, unit.source, unit.target, state, records, [], line, _base(unit))


MSGCTXT_LINE = re.compile(r'^msgctxt "((?:[^"\\]|\\.)*)"', re.MULTILINE)


def _entry_lines(text: str) -> dict[str, int]:
    """Each segment id's line in the file (its msgctxt), for error messages: one pass."""
    lines: dict[str, int] = {}
    line, position = 1, 0
    for match in MSGCTXT_LINE.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def _base(unit: Unit) -> Base | None:
    data = unit.first_record(BASE)
    if not data:
        return None
    return Base.parse(f"{data.get('hash', '')} {data.get('state', '')}")
