"""Translated documents: the source's skeleton with each segment's translation in place.

The source is parsed again exactly as `add` parsed it, and each segment is paired with its
catalog unit (in order, by source text), so offsets into the original are never stored and
the round trip is lossless: with nothing translated the output is the source, byte for byte.

Publishing adds three optional things to the segment texts (`publish`): glosses after the
first occurrence of a glossary term, footnote markers for glosses and for annotations marked
`publish`, and the choice of which states are published. A footnote marker is the private-use
sentinel `FOOTNOTE_OPEN + number + FOOTNOTE_CLOSE`; each output format turns it into its own
footnote syntax (`[^1]`, `<sup>`, a Word footnote). `outline` groups the segments into blocks
(headings, paragraphs, list items) for the formats that rebuild the document (HTML, DOCX).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workbench.app.editing.segment_edits import edited_document, edits_for
from workbench.domain.errors import WorkbenchError
from workbench.domain.glossary.model import Glossary
from workbench.domain.model import NOTE, State, Unit
from workbench.formats.base import ParsedDocument, SourceSegment, render
from workbench.formats.encoding import decode_source
from workbench.formats.inline_runs import InlineRun, html_runs, markdown_runs, plain_runs
from workbench.formats.registry import format_module, parse_document
from workbench.storage.catalog import Catalog
from workbench.storage.project import Document, Project

PUBLISHED_STATES = frozenset({State.TRANSLATED, State.APPROVED})
GLOSS_MODES = ("none", "first", "footnote")
FOOTNOTE_OPEN = "\ue000"
FOOTNOTE_CLOSE = "\ue001"
FOOTNOTE_MARKER = re.compile(f"{FOOTNOTE_OPEN}(\\d+){FOOTNOTE_CLOSE}")
Insertion = tuple[int, int, str, bool]  # (offset, order at the same offset, text, is a footnote)


@dataclass
class ExportedDocument:
    document: Document
    lang: str
    parsed: ParsedDocument
    units: list[Unit]
    translations: list[str | None]
    bom: bool = False
    left_in_source: list[Unit] = field(default_factory=list)
    source_bytes: bytes = b""

    def text(self) -> str:
        return render(self.parsed, self.translations)

    def encoded(self) -> bytes:
        return ("\ufeff" if self.bom else "").encode("utf-8") + self.text().encode("utf-8")


@dataclass(frozen=True)
class ExportOptions:
    approved_only: bool = False
    include_drafts: bool = False
    glosses: str = "none"  # none | first | footnote
    notes: bool = False

    @property
    def states(self) -> frozenset[State]:
        if self.approved_only:
            return frozenset({State.APPROVED})
        return PUBLISHED_STATES | ({State.DRAFT} if self.include_drafts else frozenset())


@dataclass
class Publication:
    """The segment texts as published (None: the source span, untouched) and the footnotes."""

    exported: ExportedDocument
    texts: list[str | None]
    footnotes: list[str]

    def rendered(self, footnote_ref: Callable[[int], str]) -> str:
        """The whole document in its source format, markers replaced by `footnote_ref(n)`."""
        text = render(self.exported.parsed, self.texts)
        return FOOTNOTE_MARKER.sub(lambda match: footnote_ref(int(match[1])), text)


@dataclass(frozen=True)
class Block:
    kind: str  # heading | paragraph | list item | quote | table cell | title
    text: str  # segment texts joined; may hold footnote markers (and inline HTML / Markdown)
    level: int = 0  # heading level
    ordered: bool = False  # numbered list item


def read_source_text(data: bytes, path: str, fmt: str) -> tuple[str, bool]:
    """The text a format parses: decoded text, or the extracted text of a binary format."""
    module = format_module(fmt)
    extract = getattr(module, "extract_text", None)
    if extract is not None:
        return extract(data, path), False
    decoded = decode_source(data, path)
    return decoded.text, decoded.bom


def load_source(project: Project, document: Document) -> tuple[ParsedDocument, bool]:
    text, bom = read_source_text(document.path.read_bytes(), str(document.path), document.format)
    settings = project.settings
    parsed = parse_document(text, document.format, settings.source_lang, settings.paragraph_only)
    return edited_document(parsed, edits_for(project.root, document.name)), bom


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
    safe = _safe_translation(document.format, parsed.text)
    for unit, segment in zip(units, parsed.segments, strict=True):
        if unit.target and unit.state in states:
            translations.append(safe(unit.target, segment))
        else:
            translations.append(None)
            left.append(unit)
    exported = ExportedDocument(document, lang, parsed, units, translations, bom, left)
    exported.source_bytes = document.path.read_bytes() if document.format == "docx" else b""
    return exported


def _safe_translation(fmt: str, source: str) -> Callable[[str, SourceSegment], str]:
    """What keeps a translation from changing the document's structure (Markdown: see
    `markdown.safe_translation`); other formats take it as it is."""
    if fmt == "markdown":
        from workbench.formats.markdown import safe_translation, starts_line

        return lambda text, segment: safe_translation(
            text, segment.context, starts_line(source, segment.start)
        )
    return lambda text, _segment: text


# ---- publishing: glosses and footnotes -----------------------------------------------------


def publish(
    exported: ExportedDocument,
    options: ExportOptions,
    source_lang: str,
    glossary: Glossary | None = None,
) -> Publication:
    """Segment texts with glosses and footnote markers inserted, numbered in document order."""
    footnotes: list[str] = []
    glossed: set[str] = set()
    texts: list[str | None] = []
    for segment, unit, translation in zip(
        exported.parsed.segments, exported.units, exported.translations, strict=True
    ):
        shown = translation if translation is not None else segment.text
        lang = exported.lang if translation is not None else source_lang
        insertions: list[Insertion] = []
        if glossary is not None and options.glosses != "none":
            insertions += gloss_insertions(glossary, shown, lang, glossed, options.glosses)
        if options.notes:
            for note in published_notes(unit):
                insertions.append(
                    (note_offset(note, shown, translation is not None), 1, note_text(note), True)
                )
        if not insertions:
            texts.append(translation)
            continue
        texts.append(apply_insertions(shown, sorted(insertions), footnotes))
    return Publication(exported, texts, footnotes)


def gloss_insertions(
    glossary: Glossary, text: str, lang: str, glossed: set[str], mode: str
) -> list[Insertion]:
    """The gloss after the first occurrence (per document: `glossed`) of each glossed term."""
    insertions: list[Insertion] = []
    for hit in glossary.find(text, lang):
        gloss = hit.entry.gloss.get(lang)
        if gloss and hit.entry.id not in glossed:
            glossed.add(hit.entry.id)
            as_note = mode == "footnote"
            end = token_end(text, hit.end)
            insertions.append((end, 0, gloss if as_note else f" ({gloss})", as_note))
    return insertions


# What goes on a word without a space: "SIZO-1", "SIZO's", "Centre-E" ("-" and "'" only
# when a letter or digit follows, so "SIZO-" at a line's end or "SIZO' " stop before them).
TOKEN_REST = re.compile(r"(?:[-\u2010\u2011'\u2019]?\w)*")


def token_end(text: str, end: int) -> int:
    """The end of the whole token a term ends in: a gloss never splits "SIZO-1"."""
    match = TOKEN_REST.match(text, end)
    return match.end() if match else end


def published_notes(unit: Unit) -> list[dict[str, Any]]:
    """Annotations marked `publish`, re-anchored on the current text when domain.annotations
    is there (orphans left out), else as stored."""
    try:
        from workbench.domain import annotations
    except ImportError:
        return [note for note in unit.records_of(NOTE) if note.get("publish")]
    return [
        {**item.data, "start": item.start, "end": item.end}
        for item in annotations.published_notes(unit)
    ]


def note_text(note: dict[str, Any]) -> str:
    text = str(note.get("text") or "").strip()
    return text or str(note.get("label") or "").strip() or str(note.get("quote") or "")


def note_offset(note: dict[str, Any], shown: str, translated: bool) -> int:
    """After the annotated span when it lies in the text shown; else at the segment's end."""
    side_shown = "target" if translated else "source"
    end = note.get("end")
    if note.get("side", "target") == side_shown and isinstance(end, int) and 0 < end <= len(shown):
        return end
    return len(shown)


def apply_insertions(text: str, insertions: list[Insertion], footnotes: list[str]) -> str:
    parts: list[str] = []
    cursor = 0
    for offset, _order, inserted, is_note in insertions:
        parts.append(text[cursor:offset])
        cursor = offset
        if is_note:
            footnotes.append(inserted)
            parts.append(f"{FOOTNOTE_OPEN}{len(footnotes)}{FOOTNOTE_CLOSE}")
        else:
            parts.append(inserted)
    parts.append(text[cursor:])
    return "".join(parts)


def strip_markers(text: str) -> str:
    return FOOTNOTE_MARKER.sub("", text)


# ---- outline: blocks for the formats that rebuild a document --------------------------------

HTML_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|h[1-6]|li|ul|ol|td|th|tr|table|dt|dd|dl|div|section|article|blockquote|"
    r"br|hr|title|header|footer|main|nav|aside|figure|figcaption|caption|body|head|html)\b",
    re.I,
)
LIST_MARKER_LINE = re.compile(r"(?:^|\n)[ \t>]*(?:([-*+•])|(\d{1,9})[.)])[ \t]+$")
QUOTE_ONLY = re.compile(r"[ \t>]*")


def outline(publication: Publication) -> list[Block]:
    """The published document as blocks: segments joined by their skeleton."""
    parsed = publication.exported.parsed
    fmt = publication.exported.document.format
    blocks: list[Block] = []
    current: list[str] = []
    kind, level, ordered = "paragraph", 0, False
    previous_end = 0
    for number, segment in enumerate(parsed.segments):
        gap = parsed.text[previous_end : segment.start]
        text = publication.texts[number]
        shown = segment.text if text is None else text
        if number == 0 or _breaks_block(gap, fmt, segment.context):
            if current:
                blocks.append(Block(kind, "".join(current), level, ordered))
            current = []
            kind, level, ordered = _block_kind(segment.context, gap, fmt)
        elif current:
            current.append(_joining(gap, fmt))
        current.append(shown)
        previous_end = segment.end
    if current:
        blocks.append(Block(kind, "".join(current), level, ordered))
    return blocks


def _breaks_block(gap: str, fmt: str, context: str) -> bool:
    if context == "table cell" or context.startswith(("heading", "title")):
        return True
    if fmt == "html":
        return HTML_BLOCK_TAG.search(gap) is not None
    if "\n" not in gap:
        return False
    if re.search(r"\n[ \t>]*\n", gap):
        return True
    last_line = gap.rsplit("\n", 1)[1]
    return not QUOTE_ONLY.fullmatch(last_line)


def _joining(gap: str, fmt: str) -> str:
    if fmt == "html":
        return gap
    return " " if any(char.isspace() for char in gap) else ""


def _block_kind(context: str, gap: str, fmt: str) -> tuple[str, int, bool]:
    """(kind, heading level, ordered) of a block from its first segment's context and gap."""
    if context.startswith("heading"):
        digits = context.removeprefix("heading").strip()
        if digits.isdigit():
            return "heading", int(digits), False
        marker = re.search(r"(#{1,6})[ \t]*$", gap)
        return "heading", len(marker[1]) if marker else 1, False
    if context in ("list item", "numbered item"):
        ordered = context == "numbered item"
        marker = LIST_MARKER_LINE.search(gap)
        if marker and marker[2]:
            ordered = True
        return "list item", 0, ordered
    if context in ("title", "quote", "table cell"):
        return context, 0, False
    if fmt == "text":
        marker = LIST_MARKER_LINE.search(gap)
        if marker:
            return "list item", 0, bool(marker[2])
    return "paragraph", 0, False


# ---- published files ------------------------------------------------------------------------

PUBLISH_FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html", "docx": ".docx"}


def document_bytes(publication: Publication, fmt: str, author: str | None = None) -> bytes:
    """The published document in `fmt` (text, markdown, html, docx); `author` is recorded
    in a DOCX only when given (nobody's handle by default)."""
    exported = publication.exported
    source_fmt = exported.document.format
    notes = publication.footnotes
    if fmt == "docx" and source_fmt == "docx":
        from workbench.formats import docx

        translated = render(exported.parsed, publication.texts)
        return docx.translated_docx(
            exported.source_bytes, str(exported.document.path), exported.parsed.text,
            translated, notes, FOOTNOTE_MARKER, exported.lang, author,
        )  # fmt: skip
    if fmt == source_fmt or (fmt == "text" and source_fmt == "markdown"):
        text = (
            publication.rendered(_footnote_ref(fmt)) if fmt != "html" else _html_same(publication)
        )
        text = text if fmt == "html" else text + footnotes_tail(fmt, notes, text)
        return ("\ufeff" if exported.bom else "").encode("utf-8") + text.encode("utf-8")
    blocks = outline(publication)
    title = title_of(blocks, source_fmt, exported.document.name)
    rows = [(block.kind, block.text, block.level, block.ordered) for block in blocks]
    if fmt == "html" and source_fmt == "markdown":
        from workbench.formats.markdown_page import markdown_html, note_ref

        text = publication.rendered(note_ref)
        return markdown_html(text, notes, title, exported.lang).encode("utf-8")
    if fmt == "docx" and source_fmt == "markdown":
        from workbench.formats.markdown_docx import markdown_docx
        from workbench.formats.markdown_page import note_ref

        text = publication.rendered(note_ref)
        markers = (FOOTNOTE_OPEN, FOOTNOTE_CLOSE)
        return markdown_docx(text, notes, title, exported.lang, FOOTNOTE_MARKER, markers, author)
    if fmt == "html":
        from workbench.formats.html import footnote_ref, write_page

        page = write_page(
            title, exported.lang, rows, notes, _html_inline(source_fmt),
            lambda text: FOOTNOTE_MARKER.sub(lambda m: footnote_ref(int(m[1])), text),
        )  # fmt: skip
        return page.encode("utf-8")
    if fmt == "docx":
        from workbench.formats.docx_write import write_docx

        return write_docx(
            title, exported.lang, rows, notes, _docx_inline(source_fmt), FOOTNOTE_MARKER, author
        )
    text = blocks_as_text(blocks, fmt, source_fmt)
    return (text + footnotes_tail(fmt, notes, text)).encode("utf-8")


def _footnote_ref(fmt: str) -> Callable[[int], str]:
    if fmt == "markdown":
        return lambda number: f"[^{number}]"
    return lambda number: f"[{number}]"


def footnotes_tail(fmt: str, notes: list[str], text: str) -> str:
    if not notes:
        return ""
    lead = "" if text.endswith("\n") else "\n"
    if fmt == "markdown":
        return lead + "\n" + "".join(f"[^{n}]: {note}\n" for n, note in enumerate(notes, 1))
    return lead + "\nNotes\n\n" + "".join(f"[{n}] {note}\n" for n, note in enumerate(notes, 1))


def _html_same(publication: Publication) -> str:
    from workbench.formats.html import footnote_ref, footnotes_section

    text = publication.rendered(footnote_ref)
    section = footnotes_section(publication.footnotes)
    closing = text.lower().rfind("</body>")
    return text[:closing] + section + text[closing:] if closing >= 0 else text + section


def title_of(blocks: list[Block], source_fmt: str, fallback: str) -> str:
    for kind in ("title", "heading"):
        for block in blocks:
            if block.kind == kind:
                return plain_inline(strip_markers(block.text), source_fmt)
    return fallback


def plain_inline(text: str, source_fmt: str) -> str:
    if source_fmt == "html":
        from workbench.formats.html import plain_text

        return plain_text(text)
    if source_fmt == "markdown":
        return "".join(run.text for run in markdown_runs(text))
    return text


def blocks_as_text(blocks: list[Block], fmt: str, source_fmt: str) -> str:
    lines = []
    ref = _footnote_ref(fmt)
    for block in blocks:
        if block.kind == "title":
            continue
        text = FOOTNOTE_MARKER.sub(lambda m: ref(int(m[1])), plain_inline(block.text, source_fmt))
        if fmt == "markdown" and block.kind == "heading":
            text = "#" * max(block.level, 1) + " " + text
        elif block.kind == "list item":
            text = ("1. " if block.ordered else "- ") + text
        elif fmt == "markdown" and block.kind == "quote":
            text = "> " + text
        lines.append(text)
    return "\n\n".join(lines) + "\n"


def _html_inline(source_fmt: str) -> Callable[[str], str]:
    import html

    if source_fmt == "html":
        return lambda text: text
    if source_fmt == "markdown":
        from markdown_it import MarkdownIt

        renderer = MarkdownIt("commonmark")
        return lambda text: str(renderer.renderInline(text))
    return lambda text: html.escape(text, quote=False)


def _docx_inline(source_fmt: str) -> Callable[[str], list[InlineRun]]:
    if source_fmt == "markdown":
        return markdown_runs
    if source_fmt == "html":
        return html_runs
    return plain_runs
