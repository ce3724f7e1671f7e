"""Work moving to and from other tools: XLIFF export/import, reviewed DOCX import.

An import first reads and checks everything (languages, documents, segment ids, source
texts) and only then changes catalogs, each saved atomically: a refused file changes nothing.
A changed translation is recorded as the importer's change (`workflow.confirm`, or
`mark_draft` for drafts); states are set through `workflow` too. Comments and annotations are
added when new (by id) and never deleted by an import.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.app.exchange.anonymise import anonymise_record, is_personal
from workbench.domain.comments import add_comment
from workbench.domain.errors import InputError, WorkbenchError
from workbench.domain.langtags import project_language, same_language
from workbench.domain.model import COMMENT, NOTE, REVIEW, Record, State, Unit
from workbench.domain.three_way import Base, Outcome, decide, keep_as_conflict
from workbench.domain.workflow import approve, confirm, mark_draft, reject
from workbench.formats import xliff
from workbench.storage.catalog import Catalog
from workbench.storage.project import Document, Project
from workbench.storage.writer import project_writer

if TYPE_CHECKING:
    from workbench.domain.qa.base import Finding
    from workbench.formats.review_docx import ReviewFile, ReviewRow


@dataclass
class ImportReport:
    """What an import did, segment by segment (see `domain.three_way`)."""

    document: str
    lang: str
    applied: int = 0  # the file's change was applied
    unchanged: int = 0  # the file changed nothing
    kept_newer: int = 0  # the project's newer work was kept
    conflicts: int = 0  # changed in both: flagged, the file's text kept as the alternative
    comments: int = 0
    notes: int = 0
    changed_ids: list[str] = field(default_factory=list)
    conflict_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.document} ({self.lang}): {self.applied} applied, {self.unchanged} unchanged, "
            f"{self.kept_newer} kept newer, {self.conflicts} conflicts; {self.comments} comments "
            f"and {self.notes} annotations added or updated"
        )


@dataclass
class PendingUnit:
    """What an import wants for one unit."""

    unit_id: str
    source: str
    target: str
    state: State | None  # None: leave the state to the translation change
    records: list[Record] = field(default_factory=list)
    new_comments: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    line: int = 0
    base: Base | None = None  # what the project held at export (None: not our export)


# ---- export -------------------------------------------------------------------------------


def carried_records(unit: Unit, anonymise: bool) -> list[Record]:
    if anonymise:
        return [kept for r in unit.records if r.kind == NOTE if (kept := anonymise_record(r))]
    return [Record(r.kind, dict(r.data)) for r in unit.records if r.kind in xliff.CARRIED_KINDS]


def xliff_document(
    project: Project, document: Document, lang: str, anonymise: bool = False
) -> xliff.XDocument:
    catalog = project.load_catalog(document, lang)
    units = [
        xliff.XUnit(
            unit.id,
            unit.source,
            unit.target,
            unit.state,
            carried_records(unit, anonymise),
            base=Base.of(unit).format(),
        )
        for unit in catalog.units
    ]
    return xliff.XDocument(document.file_name, project.settings.source_lang, lang, units)


def export_xliff(
    project: Project, document: Document, lang: str, version: str, anonymise: bool = False
) -> bytes:
    return xliff.write(xliff_document(project, document, lang, anonymise), version)


# ---- import -------------------------------------------------------------------------------


def import_xliff(
    project: Project, path: str | Path, lang: str | None = None, force: bool = False
) -> list[ImportReport]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    documents = xliff.read(data, str(path))
    if not documents:
        raise InputError(path, "contains no <file>")
    plans: list[Plan] = []
    for xdoc in documents:
        document = document_for(project, xdoc.original, path)
        target_lang = check_languages(project, path, xdoc.source_lang, xdoc.target_lang, lang)
        pending = [
            PendingUnit(
                u.id,
                u.source,
                u.target,
                u.state,
                u.records,
                list(u.foreign_notes),
                u.line,
                Base.parse(u.base) if u.base else None,
            )
            for u in xdoc.units
        ]
        plans.append((document, target_lang, pending))
    return apply_plans(project, path, plans, force)


def document_for(project: Project, original: str, path: Path) -> Document:
    try:
        return project.document(Path(original).name if original else "")
    except WorkbenchError:
        raise InputError(path, f"original {original!r} is not a document of this project") from None


def check_languages(
    project: Project, path: Path, source_lang: str, target_lang: str, wanted: str | None
) -> str:
    """The project's code for the file's target language (tags match by primary subtag)."""
    settings = project.settings
    if not same_language(source_lang, settings.source_lang):
        raise InputError(
            path, f"source language {source_lang!r}, but the project's is {settings.source_lang!r}"
        )
    lang = project_language(target_lang, settings.target_langs)
    if lang is None or (wanted and not same_language(lang, wanted)):
        expected = wanted or ", ".join(settings.target_langs)
        raise InputError(path, f"target language {target_lang!r} is not {expected}")
    return lang


def apply_plan(
    project: Project,
    path: Path,
    document: Document,
    lang: str,
    pending: list[PendingUnit],
    force: bool = False,
) -> ImportReport:
    return apply_plans(project, path, [(document, lang, pending)], force)[0]


Plan = tuple[Document, str, list[PendingUnit]]


def apply_plans(
    project: Project, path: Path, plans: list[Plan], force: bool = False
) -> list[ImportReport]:
    """Apply every plan, under the project's lock, to the catalogs as they are now: all are
    checked before any is changed, so a refused file changes nothing."""
    writer = project_writer(project)
    with ExitStack() as stack:
        opened: dict[tuple[str, str], Catalog] = {}
        for document, lang, _pending in plans:
            if (document.name, lang) not in opened:
                catalog = stack.enter_context(writer.catalog(document, lang))
                opened[document.name, lang] = catalog
        for document, lang, pending in plans:
            check_plan(project, path, opened[document.name, lang], pending)
        return [
            _apply_plan(project, path, opened[document.name, lang], document, lang, pending, force)
            for document, lang, pending in plans
        ]


def check_plan(project: Project, path: Path, catalog: Catalog, pending: list[PendingUnit]) -> None:
    units = catalog.by_id()
    for item in pending:
        unit = units.get(item.unit_id)
        where = item.line or None
        if unit is None:
            raise InputError(
                path, f"segment id {item.unit_id} is not in {project.relative(catalog.path)}", where
            )
        if item.source and item.source != unit.source:
            raise InputError(
                path,
                f"segment {item.unit_id}: source text differs from the project's "
                "(was the document changed since the export?)",
                where,
            )


def _apply_plan(
    project: Project,
    path: Path,
    catalog: Catalog,
    document: Document,
    lang: str,
    pending: list[PendingUnit],
    force: bool,
) -> ImportReport:
    units = catalog.by_id()
    report = ImportReport(document.name, lang)
    handle = project.handle
    for item in pending:
        unit = units[item.unit_id]
        changed = _apply_unit(unit, item, report, handle, path.name, force)
        comments, notes = merge_records(unit, item.records)
        for author, text in item.new_comments:
            if text not in {c.get("text") for c in unit.records_of(COMMENT)}:
                add_comment(unit, author or handle, text)
                comments += 1
        report.comments += comments
        report.notes += notes
        if changed or comments or notes:
            report.changed_ids.append(unit.id)
    return report


def _apply_unit(
    unit: Unit, item: PendingUnit, report: ImportReport, handle: str, origin: str, force: bool
) -> bool:
    """Apply the file's version of one unit as `three_way.decide` says; True if it changed."""
    outcome = decide(unit, item.base, item.target, item.state, force)
    if outcome is Outcome.APPLIED:
        report.applied += 1
        changed_text, changed_state = apply_translation(unit, item.target, item.state, handle)
        return changed_text or changed_state
    if outcome is Outcome.UNCHANGED:
        report.unchanged += 1
        return False
    if outcome is Outcome.CONFLICT:
        report.conflicts += 1
        report.conflict_ids.append(unit.id)
        return keep_as_conflict(unit, item.target, handle, origin)
    report.kept_newer += 1
    if item.base is not None and item.state not in (None, item.base.state, State.UNTRANSLATED):
        # A reviewer's decision about an older text: kept as a comment, not applied.
        note = f"{origin}: {item.state} (not applied: the segment changed since the export)"
        if note not in {c.get("text") for c in unit.records_of(COMMENT)}:
            add_comment(unit, handle, note)
            return True
    return False


def apply_translation(
    unit: Unit, target: str, state: State | None, handle: str
) -> tuple[bool, bool]:
    """(translation changed, state changed). An empty target never erases a translation."""
    changed_text = False
    if target and target != unit.target:
        if state is State.DRAFT:
            mark_draft(unit, target, handle)
        else:
            confirm(unit, target, handle)
        changed_text = True
    if state in (None, State.UNTRANSLATED) or not unit.target or state is unit.state:
        return changed_text, changed_text
    if state is State.APPROVED:
        approve(unit, handle)
    elif state is State.REJECTED:
        reject(unit, handle)
    elif state is State.DRAFT:
        mark_draft(unit, unit.target, handle)
    elif state is State.TRANSLATED:
        confirm(unit, unit.target, handle)
        unit.set_single_record(REVIEW, None)
    return changed_text, True


def merge_records(unit: Unit, records: list[Record]) -> tuple[int, int]:
    """Add comments and annotations that are new (by id), update changed ones."""
    added = {COMMENT: 0, NOTE: 0}
    for record in records:
        existing = _record_with_id(unit, record.kind, record.data.get("id"))
        if existing is None:
            if record.data not in unit.records_of(record.kind):
                unit.add_record(record.kind, dict(record.data))
                added[record.kind] += 1
        elif _comparable(existing.data) != _comparable(record.data):
            merged = dict(existing.data)
            merged.update(record.data)
            if merged != existing.data:
                existing.data = merged
                added[record.kind] += 1
    return added[COMMENT], added[NOTE]


def _record_with_id(unit: Unit, kind: str, record_id: object) -> Record | None:
    if record_id is None:
        return None
    for record in unit.records:
        if record.kind == kind and record.data.get("id") == record_id:
            return record
    return None


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if not is_personal(key)}


# ---- bilingual review files -----------------------------------------------------------------


def review_rows(catalog_units: list[Unit], anonymise: bool) -> list[ReviewRow]:
    from workbench.formats.review_docx import ReviewRow, comment_line

    rows = []
    for unit in catalog_units:
        comments = [] if anonymise else [comment_line(c) for c in unit.records_of(COMMENT)]
        rows.append(ReviewRow(unit.id, unit.source, unit.target, str(unit.state), comments))
    return rows


def export_review_docx(
    project: Project, document: Document, lang: str, anonymise: bool = False
) -> bytes:
    from workbench.formats.review_docx import write_review_docx

    catalog = project.load_catalog(document, lang)
    source_lang = project.settings.source_lang
    title = f"Review: {document.name} ({source_lang} -> {lang})"
    rows = review_rows(catalog.units, anonymise)
    return write_review_docx(title, document.name, source_lang, lang, rows)


def export_review_html(
    project: Project,
    document: Document,
    lang: str,
    findings: list[Finding] | None,
    anonymise: bool = False,
) -> bytes:
    from workbench.formats.review_html import ReviewLine, write_review_html

    catalog = project.load_catalog(document, lang)
    by_segment: dict[str, list[str]] = {}
    for finding in findings or []:
        by_segment.setdefault(finding.segment, []).append(f"{finding.severity}: {finding.message}")
    lines = []
    for number, unit in enumerate(catalog.units, 1):
        comments = (
            []
            if anonymise
            else [
                (f"[{c.get('by')}] " if c.get("by") else "") + str(c.get("text", ""))
                for c in unit.records_of(COMMENT)
            ]
        )
        comments += [
            f"note ({n.get('label') or n.get('side', '')}): {n.get('text', '')}"
            for n in unit.records_of(NOTE)
        ]
        lines.append(
            ReviewLine(number, unit.id, unit.source, unit.target, str(unit.state),
                       by_segment.get(unit.id, []), comments)
        )  # fmt: skip
    counts: dict[str, int] = {}
    for unit in catalog.units:
        counts[str(unit.state)] = counts.get(str(unit.state), 0) + 1
    summary = ", ".join(f"{count} {state}" for state, count in counts.items())
    if findings is None:
        summary += " (QA not available)"
    title = f"{document.name}: {project.settings.source_lang} -> {lang}"
    return write_review_html(title, project.settings.source_lang, lang, lines, summary).encode()


def import_review_docx(project: Project, path: str | Path, force: bool = False) -> ImportReport:
    from workbench.formats.review_docx import read_review_docx

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    review = read_review_docx(data, str(path))
    document = document_for(project, review.document, path)
    lang = check_languages(project, path, project.settings.source_lang, review.lang, None)
    with project_writer(project).lock():  # what is planned is what is changed
        return _import_review(project, path, review, document, lang, force)


def _import_review(
    project: Project, path: Path, review: ReviewFile, document: Document, lang: str, force: bool
) -> ImportReport:
    from workbench.formats.review_docx import comment_line

    catalog = project.load_catalog(document, lang)
    units = catalog.by_id()
    pending = []
    for row in review.rows:
        unit = units.get(row.id)
        if unit is None:
            raise InputError(path, f"table row {row.row}: segment id {row.id!r} is not in "
                             f"{project.relative(catalog.path)}: refused")  # fmt: skip
        known = {
            line for c in unit.records_of(COMMENT) for line in (comment_line(c), c.get("text"))
        }
        new = [("", text) for text in row.comments if text not in known]
        state = review.decided_state(row, unit.state)
        edited = review.edited(row, unit.target)
        if edited:
            state = state or State.TRANSLATED
        target = row.target if edited else ""
        base = review.base(row.id)
        pending.append(PendingUnit(row.id, row.source, target, state, [], new, row.row, base))
    return apply_plan(project, path, document, lang, pending, force=force)
