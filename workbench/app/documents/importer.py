"""`workbench add`: bring a source document into the project, or update it.

Decode (encodings detected and reported), detect the language, segment, then align the new
segments with each target language's existing catalog so nothing a translator wrote is lost:
an unchanged sentence keeps its unit; a changed one keeps its id and translation as a draft
with the previous source (`#|`); a removed one becomes an obsolete entry (`#~`), where the
translation memory still finds it.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from workbench.app.documents.source_limits import check_lines, check_segments, check_source_size
from workbench.app.editing.segment_edits import edited_document, edits_for
from workbench.domain.errors import InputError
from workbench.domain.langid import detect_language
from workbench.domain.langtags import same_language
from workbench.domain.model import Unit
from workbench.domain.printable import has_control_characters, printable
from workbench.formats.base import ParsedDocument, SourceSegment
from workbench.formats.encoding import DecodedSource, decode_source, encode_for_sources
from workbench.formats.registry import format_for_path, format_module, parse_document
from workbench.storage.catalog import Catalog, new_header
from workbench.storage.project import Document, Project
from workbench.storage.writer import project_writer

DETECTED_LANGUAGE = "X-Detected-Language"  # set only when it differs from the source language
CHANGED_SENTENCE_SIMILARITY = 60.0  # word-level; below this a replaced sentence counts as new


@dataclass
class LangReport:
    lang: str
    kept: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    created: bool = False


@dataclass
class AddReport:
    document: str
    source_file: str
    encoding: str
    detected_lang: str | None
    segments: int
    warnings: list[str] = field(default_factory=list)
    langs: list[LangReport] = field(default_factory=list)


def add_document(project: Project, path: str | Path, encoding: str | None = None) -> AddReport:
    path = Path(path)
    if has_control_characters(path.name):
        raise InputError(
            printable(str(path), one_line=True),
            "the file name holds a control character (a new line, tab or escape): rename the file",
        )
    if not path.is_file():
        raise InputError(path, "no such file")
    check_source_size(path, path.stat().st_size)
    data = path.read_bytes()
    target = project.sources_dir / path.name
    clash = [d for d in project.documents() if d.name == path.stem and d.path.name != path.name]
    if clash:
        raise InputError(
            path, f"a document named {path.stem!r} already exists ({clash[0].path.name})"
        )
    fmt = format_for_path(path)
    extract = getattr(format_module(fmt), "extract_text", None)
    if extract is not None:  # a binary format (DOCX): its text is extracted, the file kept as is
        decoded = DecodedSource(extract(data, str(path)), fmt, bom=False)
        source_bytes = data
    else:
        decoded = decode_source(data, str(path), encoding)
        source_bytes = encode_for_sources(decoded)
    settings = project.settings
    check_lines(path, decoded.text)
    try:
        parsed = parse_document(decoded.text, fmt, settings.source_lang, settings.paragraph_only)
    except InputError as error:  # formats parse text, not files: name the file here
        raise InputError(path, error.message, error.line) from None
    except RecursionError:
        raise InputError(path, "is nested too deeply to be read") from None
    check_segments(path, parsed)
    parsed = edited_document(parsed, edits_for(project.root, path.stem))  # splits and merges
    document = Document(path.stem, target, fmt)
    report = AddReport(
        document=document.name,
        source_file=project.relative(target),
        encoding=decoded.encoding,
        detected_lang=detect_language(decoded.text),
        segments=len(parsed.segments),
    )
    if report.detected_lang and not same_language(report.detected_lang, settings.source_lang):
        report.warnings.append(
            f"{path}: the text looks like {report.detected_lang!r}, but the project's source "
            f"language is {settings.source_lang!r}"
        )
    if not parsed.segments:
        report.warnings.append(f"{path}: no translatable text found")
    writer = project_writer(project)
    with writer.lock():  # the catalogs are aligned as they are now, and written before release
        catalogs = []
        for lang in settings.target_langs:
            catalog, lang_report = updated_catalog(
                project, document, lang, parsed, decoded.encoding
            )
            mark_language_mismatch(catalog, report.detected_lang, settings.source_lang)
            catalogs.append(catalog)
            report.langs.append(lang_report)
        if target.resolve() != path.resolve() or data != source_bytes:
            writer.write_bytes(target, source_bytes)
        for catalog in catalogs:
            writer.save(catalog)
    return report


def mark_language_mismatch(catalog: Catalog, detected: str | None, source_lang: str) -> None:
    """Record in the catalog's header that the text looked like another language, so the
    editor can say so (the warning of `add` is easy to miss); cleared when it matches."""
    if detected and not same_language(detected, source_lang):
        catalog.header[DETECTED_LANGUAGE] = detected
    else:
        catalog.header.pop(DETECTED_LANGUAGE, None)


def updated_catalog(
    project: Project, document: Document, lang: str, parsed: ParsedDocument, encoding: str
) -> tuple[Catalog, LangReport]:
    path = project.catalog_path(document, lang)
    report = LangReport(lang)
    if path.exists():
        catalog = Catalog.load(path)
    else:
        catalog = Catalog(path)
        report.created = True
    source_file = project.relative(document.path)
    header = new_header(
        document.name,
        source_file,
        project.settings.source_lang,
        lang,
        encoding,
        document.format,
        project.handle,
    )
    header.update({k: v for k, v in catalog.header.items() if k not in header})
    catalog.header = header
    if not catalog.header_comment:
        catalog.header_comment = (
            f"{document.name}: translation into {lang}. Edit with `workbench open`; "
            "the `# wb` comments hold review data."
        )
    catalog.units, removed = align(
        catalog.units, catalog.obsolete, parsed.segments, source_file, report
    )
    catalog.obsolete = removed
    return catalog, report


def align(
    old_units: list[Unit],
    obsolete: list[Unit],
    segments: tuple[SourceSegment, ...],
    source_file: str,
    report: LangReport,
) -> tuple[list[Unit], list[Unit]]:
    """New units in document order, and the obsolete ones (removed now or before)."""
    old_texts = [unit.source for unit in old_units]
    new_texts = [segment.text for segment in segments]
    matched: list[Unit | None] = [None] * len(segments)
    used: set[int] = set()
    matcher = difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                matched[j1 + offset] = old_units[i1 + offset]
                used.add(i1 + offset)
                report.kept += 1
        elif tag == "replace":
            for offset in range(min(i2 - i1, j2 - j1)):
                old, new = old_units[i1 + offset], segments[j1 + offset]
                if similar_sentences(old.source, new.text):
                    matched[j1 + offset] = changed_unit(old, new.text)
                    used.add(i1 + offset)
                    report.changed += 1
    # A sentence that moved elsewhere keeps its unit too.
    leftovers: dict[str, list[int]] = {}
    for index, unit in enumerate(old_units):
        if index not in used:
            leftovers.setdefault(unit.source, []).append(index)
    for position, segment in enumerate(segments):
        if matched[position] is None and leftovers.get(segment.text):
            index = leftovers[segment.text].pop(0)
            matched[position] = old_units[index]
            used.add(index)
            report.kept += 1
    removed = [unit for index, unit in enumerate(old_units) if index not in used]
    report.removed = len(removed)
    ids = SegmentIds(
        {unit.id for unit in matched if unit is not None}
        | {unit.id for unit in obsolete}
        | {unit.id for unit in removed}
    )
    units: list[Unit] = []
    for position, segment in enumerate(segments):
        kept = matched[position]
        if kept is None:
            kept = Unit(id=ids.new(segment.text), source=segment.text)
            report.added += 1
        kept.references = [(source_file, str(segment.line))]
        kept.extracted = segment.context
        units.append(kept)
    current = {unit.id for unit in units}
    kept_obsolete = [u for u in removed if u.target] + [
        u for u in obsolete if u.target and u.id not in current
    ]
    return units, kept_obsolete


class SegmentIds:
    """New stable ids: `s-` + 8 hex of the text's hash, `-2`, `-3`... for repeats."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.next_suffix: dict[str, int] = {}

    def new(self, text: str) -> str:
        base = "s-" + hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()
        candidate = base
        counter = self.next_suffix.get(base, 2)
        while candidate in self.taken:
            candidate = f"{base}-{counter}"
            counter += 1
        self.next_suffix[base] = counter
        self.taken.add(candidate)
        return candidate


def similar_sentences(old: str, new: str) -> bool:
    """Word-level similarity: short sentences sharing a word or two are not "the same"."""
    return fuzz.ratio(old.split(), new.split()) >= CHANGED_SENTENCE_SIMILARITY


def changed_unit(old: Unit, new_source: str) -> Unit:
    """The old unit for a changed sentence: its translation kept as a draft, old source in #|."""
    old.previous_source = old.source if old.previous_source is None else old.previous_source
    old.source = new_source
    if old.target:
        old.fuzzy = True
    else:
        old.previous_source = None
    return old
