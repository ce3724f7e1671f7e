"""Translated documents: the source's skeleton with each segment's translation in place.

The source is parsed again exactly as `add` parsed it, and each segment is paired with its
catalog unit (in order, by source text), so offsets into the original are never stored and
the round trip is lossless: with nothing translated the output is the source, byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.encoding import decode_source
from workbench.core.errors import WorkbenchError
from workbench.core.model import State, Unit
from workbench.core.project import Document, Project
from workbench.core.store import Catalog
from workbench.formats.base import ParsedDocument, render
from workbench.formats.registry import parse_document

PUBLISHED_STATES = frozenset({State.TRANSLATED, State.APPROVED})


@dataclass
class ExportedDocument:
    document: Document
    lang: str
    parsed: ParsedDocument
    units: list[Unit]
    translations: list[str | None]
    bom: bool = False
    left_in_source: list[Unit] = field(default_factory=list)

    def text(self) -> str:
        return render(self.parsed, self.translations)

    def encoded(self) -> bytes:
        return ("\ufeff" if self.bom else "").encode("utf-8") + self.text().encode("utf-8")


def load_source(project: Project, document: Document) -> tuple[ParsedDocument, bool]:
    decoded = decode_source(document.path.read_bytes(), str(document.path))
    settings = project.settings
    parsed = parse_document(
        decoded.text, document.format, settings.source_lang, settings.paragraph_only
    )
    return parsed, decoded.bom


def paired_units(
    project: Project, document: Document, catalog: Catalog, parsed: ParsedDocument
) -> list[Unit]:
    units = catalog.units
    if len(units) == len(parsed.segments) and all(
        unit.source == segment.text for unit, segment in zip(units, parsed.segments, strict=True)
    ):
        return units
    raise WorkbenchError(
        f"{project.relative(document.path)} no longer matches "
        f"{project.relative(catalog.path)}; run `workbench add "
        f"{project.relative(document.path)}` to update the catalog"
    )


def prepare_export(
    project: Project, document: Document, lang: str, states: frozenset[State] = PUBLISHED_STATES
) -> ExportedDocument:
    parsed, bom = load_source(project, document)
    catalog = project.load_catalog(document, lang)
    units = paired_units(project, document, catalog, parsed)
    translations: list[str | None] = []
    left: list[Unit] = []
    for unit in units:
        if unit.target and unit.state in states:
            translations.append(unit.target)
        else:
            translations.append(None)
            left.append(unit)
    return ExportedDocument(document, lang, parsed, units, translations, bom, left)
