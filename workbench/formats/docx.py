"""DOCX (Word): as a source, translated in place, and as a published document.

Source: the file is checked before python-docx sees it (`open_docx`): a zip whose declared
sizes or compression ratio exceed the limits (a zip bomb), or whose XML parts declare a DTD or
entities, is refused. `extract_text` gives one chunk per body paragraph (table cells and
content controls included, in document order) as `TAG_OPEN tag TAG_CLOSE text`, chunks joined
by a blank line; `parse` segments that text (tag: h1-h9, li, ol, td, p).

Translated: `translated_docx` rebuilds the original file: paragraphs whose text changed get
the new text in their first run (its formatting kept), the other runs' text removed; every
other paragraph is untouched. So an untranslated export has the same text, paragraphs and
styles as the source.

Published: `docx_write.write_docx` builds a new document from an outline with Word's own
styles (Title, Heading 1-6, List Bullet, List Number, Quote) and real footnotes.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from copy import deepcopy
from typing import Any
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml.ElementTree as SafeET
import defusedxml.sax as defused_sax
from defusedxml import DefusedXmlException

from workbench.domain.errors import InputError
from workbench.formats.base import LineIndex, ParsedDocument, SourceSegment, split_lines
from workbench.formats.docx_links import (
    drop_empty_links,
    paragraph_links,
    place_links,
    run_outside_links,
)
from workbench.formats.docx_write import (
    Footnotes,
    W,
    _reference_run,
    _set_run_text,
    docx_bytes,
    set_core_properties,
)
from workbench.formats.placeholders import html_protected_spans
from workbench.formats.text import Span, segment_paragraph

MAX_DOCX_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
TAG_OPEN, TAG_CLOSE = "\ue010", "\ue011"
# What reading a damaged zip raises besides BadZipFile (bad offsets, bad deflate data...)
DAMAGED = (ValueError, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError)
CHUNK = re.compile(f"{TAG_OPEN}(\\w+){TAG_CLOSE}")
CHUNK_BREAK = re.compile(f"\n\n(?={TAG_OPEN})")
CONTEXTS = {"li": "list item", "ol": "numbered item", "td": "table cell", "p": "paragraph"}

# ---- reading safely -------------------------------------------------------------------------


def check_package(data: bytes, path: str) -> None:
    """Refuse zip bombs and hostile XML before any XML library sees the file."""
    if len(data) > MAX_DOCX_BYTES:
        raise InputError(path, f"is larger than {MAX_DOCX_BYTES // 2**20} MiB: refused")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(path, "is not a DOCX file (not a zip archive)") from None
    except DAMAGED as error:
        raise InputError(path, f"is a damaged zip archive ({type(error).__name__})") from None
    try:
        with archive:
            _check_archive(archive, path)
    except DAMAGED as error:
        raise InputError(
            path, f"is a damaged zip archive ({type(error).__name__}: {error})"
        ) from None


def _check_archive(archive: zipfile.ZipFile, path: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise InputError(path, f"has {len(infos)} parts (limit {MAX_ENTRIES}): refused")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise InputError(path, f"{info.filename} unpacks too large (zip bomb?): refused")
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise InputError(
                path, f"{info.filename} is compressed {ratio:.0f}:1 (zip bomb?): refused"
            )
    if "word/document.xml" not in archive.namelist():
        raise InputError(path, "is not a Word document (no word/document.xml)")
    declared = _declared_xml(archive, path)
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) or _is_xml(archive, info, declared):
            _check_xml(archive, info.filename, path)


def _declared_xml(archive: zipfile.ZipFile, path: str) -> tuple[set[str], set[str]]:
    """(part names, extensions) that [Content_Types].xml declares as XML."""
    name = "[Content_Types].xml"
    if name not in archive.namelist():
        return set(), set()
    _check_xml(archive, name, path)
    try:
        root = SafeET.fromstring(archive.read(name), forbid_dtd=True)
    except SafeET.ParseError as error:
        raise InputError(path, f"{name}: malformed XML ({error})") from None
    parts, extensions = set(), set()
    for element in root:
        tag = element.tag.rsplit("}", 1)[-1]
        if "xml" not in element.get("ContentType", "").lower():
            continue
        if tag == "Override":
            parts.add(element.get("PartName", "").lstrip("/"))
        elif tag == "Default":
            extensions.add(element.get("Extension", "").lower())
    return parts, extensions


def _is_xml(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, declared: tuple[set[str], set[str]]
) -> bool:
    """Declared as XML, or starting as XML does (whatever its name)."""
    parts, extensions = declared
    if info.filename in parts or info.filename.rsplit(".", 1)[-1].lower() in extensions:
        return True
    with archive.open(info) as part:
        head = part.read(64)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def _check_xml(archive: zipfile.ZipFile, name: str, path: str) -> None:
    """Well-formed and free of DTDs and entities (a SAX pass: no tree is built)."""
    try:
        defused_sax.parseString(archive.read(name), ContentHandler(), forbid_dtd=True)
    except DefusedXmlException as error:
        raise InputError(
            path, f"{name}: {type(error).__name__} (DTD or entities): refused"
        ) from None
    except SAXParseException as error:
        raise InputError(path, f"{name}: malformed XML ({error.getMessage()})") from None
    except LookupError as error:  # an XML declaration naming an encoding Python lacks
        raise InputError(path, f"{name}: {error}") from None
    except (zipfile.BadZipFile, *DAMAGED) as error:
        raise InputError(path, f"{name}: damaged ({type(error).__name__}: {error})") from None


def open_docx(data: bytes, path: str) -> Any:
    import docx

    check_package(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise InputError(
            path, f"cannot be read as DOCX ({type(error).__name__}: {error})"
        ) from None
    if getattr(document.element, "body", None) is None:
        raise InputError(path, "the main part is not a Word document body (<w:document>)")
    return document


def iter_paragraphs(document: Any) -> Iterator[tuple[Any, str]]:
    """(paragraph element, tag) for every body paragraph in document order."""
    yield from _walk(document.element.body, in_table=False)


def _walk(element: Any, in_table: bool) -> Iterator[tuple[Any, str]]:
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield child, "td" if in_table else _paragraph_tag(child)
        elif tag == "tbl":
            for row in child.iterchildren(f"{{{W}}}tr"):
                for cell in row.iterchildren(f"{{{W}}}tc"):
                    yield from _walk(cell, in_table=True)
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from _walk(child, in_table)


def _paragraph_tag(p: Any) -> str:
    style = (p.style or "").lower() if hasattr(p, "style") else ""
    heading = re.fullmatch(r"heading ?(\d)", style)
    if heading:
        return f"h{heading[1]}"
    if style == "title":
        return "h1"
    if "number" in style and "list" in style:
        return "ol"
    if "list" in style or (p.pPr is not None and p.pPr.numPr is not None):
        return "li"
    return "p"


def paragraph_text(p: Any) -> str:
    text = "".join(run_text(run) for run in _runs(p))
    return text.replace("\n", " ").replace(TAG_OPEN, "").replace(TAG_CLOSE, "")


def _runs(p: Any) -> list[Any]:
    return list(p.xpath("./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r"))


def run_text(run: Any) -> str:
    parts = []
    for child in run.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
    return "".join(parts)


def extract_text(data: bytes, path: str) -> str:
    document = open_docx(data, path)
    return "\n\n".join(
        f"{TAG_OPEN}{tag}{TAG_CLOSE}{paragraph_text(p)}" for p, tag in iter_paragraphs(document)
    )


def parse(text: str, lang: str, paragraph_only: bool = False) -> ParsedDocument:
    index = LineIndex(split_lines(text))
    segments: list[SourceSegment] = []
    for match in CHUNK.finditer(text):
        end = text.find("\n\n" + TAG_OPEN, match.end())
        end = len(text) if end < 0 else end
        tag = match[1]
        context = (
            f"heading {tag[1:]}" if re.fullmatch(r"h\d", tag) else CONTEXTS.get(tag, "paragraph")
        )
        segments.extend(
            segment_paragraph(
                text, [(match.end(), end)], lang, paragraph_only, context, index, protected_spans
            )
        )
    return ParsedDocument(text, tuple(segments))


def protected_spans(segment_text: str) -> list[Span]:
    return html_protected_spans(segment_text)


def chunks(text: str) -> list[str]:
    """Paragraph texts of an extracted (or rendered) text, tags removed."""
    return [CHUNK.sub("", chunk, count=1) for chunk in CHUNK_BREAK.split(text)]


# ---- writing --------------------------------------------------------------------------------


def translated_docx(
    source: bytes,
    path: str,
    original_text: str,
    translated_text: str,
    footnote_texts: Sequence[str],
    marker: re.Pattern[str],
    lang: str = "",
    author: str | None = None,
) -> bytes:
    """The source document with each changed paragraph's text replaced."""
    document = open_docx(source, path)
    if lang:
        set_core_properties(document, "", lang, author, keep=True)
    notes = Footnotes(document)
    before, after = chunks(original_text), chunks(translated_text)
    for number, (p, _tag) in enumerate(iter_paragraphs(document)):
        if number >= len(after) or after[number] == before[number]:
            continue
        runs = _runs(p)
        links, original = paragraph_links(p), paragraph_text(p)
        for index, run in enumerate(runs):
            for child in list(run.iterchildren()):
                if child.tag.rsplit("}", 1)[-1] in ("t", "tab", "br", "cr"):
                    run.remove(child)
            emptied = all(c.tag.rsplit("}", 1)[-1] == "rPr" for c in run.iterchildren())
            if index and emptied:  # nothing left (no drawing, field, note reference)
                run.getparent().remove(run)
        text = after[number]
        first = runs[0] if runs else p.add_r()
        pieces = marker.split(text)  # text, number, text, number, ... text
        if links:
            first = run_outside_links(first)
            placed = len(pieces) == 1 and place_links(first, text, links, original)
            drop_empty_links(p)
            if placed:
                continue
        _set_run_text(first, pieces[0])
        anchor = first
        for index in range(1, len(pieces), 2):
            reference = _reference_run(
                "footnoteReference", notes.add(footnote_texts[int(pieces[index]) - 1])
            )
            anchor.addnext(reference)
            anchor = reference
            if pieces[index + 1]:
                follower = deepcopy(first)
                for child in list(follower.iterchildren()):
                    if child.tag.rsplit("}", 1)[-1] != "rPr":
                        follower.remove(child)
                _set_run_text(follower, pieces[index + 1])
                anchor.addnext(follower)
                anchor = follower
    notes.save()
    return docx_bytes(document)
