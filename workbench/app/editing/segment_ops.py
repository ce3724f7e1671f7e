"""Split a segment in two, or merge it with the next, in every language of the project.

The edit is recorded in `segmentation.jsonl` (see `app.editing.segment_edits`) and applied to each
target language's catalog at once, so the catalogs, a re-added source and the exports agree.
Ids stay: a split segment keeps its id for the first part and the second part gets a new
one; a merge keeps the first segment's id. Translations are kept: a split leaves the whole
translation on the first part as a draft (with the old source shown as the previous one);
a merge joins the two translations (a draft when either was one, or when only one half
was translated).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.app.documents.exporter import load_source, paired_units
from workbench.app.documents.importer import SegmentIds
from workbench.app.editing.segment_edits import (
    edited_document,
    load_edit_log,
    merged_segment,
    save_edit_log,
    split_segment,
)
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import COMMENT, EDIT, Unit, now_iso
from workbench.domain.segment_edit import (
    MERGE,
    SPLIT,
    SegmentEdit,
    cut_in_text,
    joined_translation,
    split_texts,
)
from workbench.domain.workflow import remember_previous
from workbench.formats.base import ParsedDocument
from workbench.storage.catalog import Catalog
from workbench.storage.project import Document, Project
from workbench.storage.writer import project_writer


@dataclass
class SegmentChange:
    document: str
    kind: str  # split | merge
    ids: tuple[str, ...]  # the resulting segment(s): (first, new second) or (merged,)
    texts: tuple[str, ...]
    langs: list[str] = field(default_factory=list)


@dataclass
class _Loaded:
    document: Document
    parsed: ParsedDocument
    catalogs: list[Catalog]
    index: int  # position of the segment in the document


def split(
    project: Project,
    document_ref: str,
    unit_id: str,
    before: str | None = None,
    cut: int | None = None,
) -> SegmentChange:
    """Split the segment so that its second part starts with `before` (or at `cut`, an index
    into the segment's text, as the editor's cursor gives it)."""
    with project_writer(project).lock():  # read, change and write the catalogs as one
        return _split(project, document_ref, unit_id, before, cut)


def _split(
    project: Project, document_ref: str, unit_id: str, before: str | None, cut: int | None
) -> SegmentChange:
    loaded = _load(project, document_ref, unit_id)
    segment = loaded.parsed.segments[loaded.index]
    if cut is None:
        cut = cut_in_text(segment.text, before or "")
    first_text, second_text = split_texts(segment.text, cut)
    cut = len(segment.text) - len(second_text)
    first, second = split_segment(loaded.parsed.text, segment, cut)
    ids = SegmentIds(_taken_ids(loaded.catalogs))
    new_id = ids.new(second.text)
    source_file = project.relative(loaded.document.path)
    for catalog in loaded.catalogs:
        unit = catalog.units[loaded.index]
        if unit.target:
            unit.previous_source = unit.previous_source or unit.source
            unit.fuzzy = True
        unit.source = first.text
        added = Unit(id=new_id, source=second.text, extracted=unit.extracted)
        added.references = [(source_file, str(second.line))]
        catalog.units.insert(loaded.index + 1, added)
    edit = SegmentEdit(SPLIT, first.text, second.text)
    _save(project, loaded, edit)
    return SegmentChange(
        loaded.document.name,
        SPLIT,
        (unit_id, new_id),
        (first.text, second.text),
        [catalog.lang for catalog in loaded.catalogs],
    )


def merge(project: Project, document_ref: str, unit_id: str) -> SegmentChange:
    """Merge the segment with the next one."""
    with project_writer(project).lock():  # read, change and write the catalogs as one
        return _merge(project, document_ref, unit_id)


def _merge(project: Project, document_ref: str, unit_id: str) -> SegmentChange:
    loaded = _load(project, document_ref, unit_id)
    index = loaded.index
    segments = loaded.parsed.segments
    if index + 1 >= len(segments):
        raise WorkbenchError(f"{unit_id}: the last segment of the document has no next to merge")
    first, second = segments[index], segments[index + 1]
    merged = merged_segment(loaded.parsed.text, first, second)
    if merged is None:
        raise WorkbenchError(
            f"{unit_id}: the next segment is in another paragraph or block; only segments of "
            "one paragraph can be merged"
        )
    separator = " " if loaded.parsed.text[first.end : second.start] else ""
    at = now_iso()
    for catalog in loaded.catalogs:
        keep, gone = catalog.units[index], catalog.units[index + 1]
        _join_units(keep, gone, merged.text, separator, project.handle, at)
        del catalog.units[index + 1]
        if gone.target:  # the memory still finds the second half's translation
            catalog.obsolete.append(gone)
    edit = SegmentEdit(MERGE, first.text, second.text)
    _save(project, loaded, edit)
    return SegmentChange(
        loaded.document.name,
        MERGE,
        (unit_id,),
        (merged.text,),
        [catalog.lang for catalog in loaded.catalogs],
    )


def _join_units(keep: Unit, gone: Unit, source: str, separator: str, handle: str, at: str) -> None:
    target = joined_translation(keep.target, gone.target, separator)
    draft = keep.fuzzy or gone.fuzzy or (bool(keep.target) != bool(gone.target))
    if target != keep.target:
        if keep.target:
            remember_previous(keep)
        keep.target = target
        keep.set_single_record(EDIT, {"by": handle, "at": at})
    keep.fuzzy = draft and bool(target)
    keep.source = source
    if keep.previous_source is not None or gone.previous_source is not None:
        keep.previous_source = joined_text_of(keep.previous_source, gone.previous_source)
    for comment in gone.records_of(COMMENT):
        keep.add_record(COMMENT, comment)


def joined_text_of(first: str | None, second: str | None) -> str | None:
    parts = [part for part in (first, second) if part]
    return " ".join(parts) if parts else None


def _load(project: Project, document_ref: str, unit_id: str) -> _Loaded:
    document = project.document(document_ref)
    parsed, _bom = load_source(project, document)
    catalogs = []
    for lang in project.settings.target_langs:
        catalog = project.load_catalog(document, lang)
        paired_units(project, document, catalog, parsed)  # the catalog matches the source
        catalogs.append(catalog)
    for catalog in catalogs:
        for index, unit in enumerate(catalog.units):
            if unit.id == unit_id:
                return _Loaded(document, parsed, catalogs, index)
    raise WorkbenchError(f"{unit_id}: no such segment in {document.name}")


def _taken_ids(catalogs: list[Catalog]) -> set[str]:
    return {unit.id for catalog in catalogs for unit in (*catalog.units, *catalog.obsolete)}


def _save(project: Project, loaded: _Loaded, edit: SegmentEdit) -> None:
    """Record the edit and write the catalogs, after checking that replaying the edit on the
    source gives exactly the catalogs' segments (so export and re-add agree)."""
    log = load_edit_log(project.root)
    replayed = edited_document(loaded.parsed, [edit])
    texts = [segment.text for segment in replayed.segments]
    for catalog in loaded.catalogs:
        if [unit.source for unit in catalog.units] != texts:
            raise WorkbenchError(
                f"{loaded.document.name}: the {edit.kind} would apply elsewhere too (a repeated "
                "sentence); nothing changed"
            )
    save_edit_log(project.root, [*log, (loaded.document.name, edit)])
    writer = project_writer(project)
    for catalog in loaded.catalogs:
        writer.save(catalog)
