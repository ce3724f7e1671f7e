"""XLIFF 1.2 (strict) and 2.0: write and read a document's units, states, comments, notes.

States, both ways (see docs/formats.md):

    workbench      XLIFF 1.2 target state                    XLIFF 2.0 segment state
    untranslated   needs-translation (empty target)          initial (no target)
    draft          needs-review-translation                  initial + subState wb:draft
    translated     translated                                translated
    approved       signed-off (+ approved="yes")             final
    rejected       x-rejected                                reviewed + subState wb:rejected

Read also: 1.2 new / needs-* -> draft (untranslated without a target), final -> approved,
approved="yes" -> approved; 2.0 reviewed without subState -> approved.

Comments and annotations travel as `<note>` elements whose text is the PO store's record
syntax, `wb comment {...}` / `wb note {...}` (one JSON object), so nothing is lost; a note
without that prefix (written by another tool) is read as a comment by its `from` author.
Untrusted input is parsed with defusedxml: a DTD, entities or external references are refused.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from workbench.domain.errors import InputError
from workbench.domain.model import COMMENT, NOTE, Record, State
from workbench.storage.records import format_record, parse_record

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
NS_WB = "urn:workbench:xliff"  # our attributes in XLIFF 2.0 (allowed by its schema)
BASE_12 = "wb-base "  # XLIFF 1.2 strict allows no foreign attribute: `extradata` holds it
CARRIED_KINDS = (COMMENT, NOTE)

STATE_TO_12 = {
    State.UNTRANSLATED: "needs-translation",
    State.DRAFT: "needs-review-translation",
    State.TRANSLATED: "translated",
    State.APPROVED: "signed-off",
    State.REJECTED: "x-rejected",
}
STATE_FROM_12 = {
    "translated": State.TRANSLATED,
    "signed-off": State.APPROVED,
    "final": State.APPROVED,
    "x-rejected": State.REJECTED,
}
STATE_TO_20 = {
    State.UNTRANSLATED: ("initial", ""),
    State.DRAFT: ("initial", "wb:draft"),
    State.TRANSLATED: ("translated", ""),
    State.APPROVED: ("final", ""),
    State.REJECTED: ("reviewed", "wb:rejected"),
}


@dataclass
class XUnit:
    id: str
    source: str
    target: str
    state: State
    records: list[Record] = field(default_factory=list)  # comments and annotations
    foreign_notes: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    line: int = 0
    base: str = ""  # what the project held at export: "<text hash> <state>" (see three_way)


@dataclass
class XDocument:
    original: str  # the source file name (sources/<original>)
    source_lang: str
    target_lang: str
    units: list[XUnit] = field(default_factory=list)


# ---- writing --------------------------------------------------------------------------------


def write(document: XDocument, version: str) -> bytes:
    root = _write_12(document) if version == "1.2" else _write_20(document)
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def _write_12(document: XDocument) -> ET.Element:
    ET.register_namespace("", NS12)
    q = f"{{{NS12}}}"
    root = ET.Element(f"{q}xliff", {"version": "1.2"})
    file = ET.SubElement(
        root,
        f"{q}file",
        {
            "original": document.original,
            "source-language": document.source_lang,
            "target-language": document.target_lang,
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(file, f"{q}body")
    for unit in document.units:
        attributes = {"id": unit.id}
        if unit.base:
            attributes["extradata"] = BASE_12 + unit.base
        if unit.state is State.APPROVED:
            attributes["approved"] = "yes"
        element = ET.SubElement(body, f"{q}trans-unit", attributes)
        ET.SubElement(element, f"{q}source").text = unit.source
        target = ET.SubElement(element, f"{q}target", {"state": STATE_TO_12[unit.state]})
        target.text = unit.target
        for record in unit.records:
            note = ET.SubElement(element, f"{q}note", _note_author_12(record))
            note.text = format_record(record)
    return root


def _note_author_12(record: Record) -> dict[str, str]:
    author = record.data.get("by")
    return {"from": author} if isinstance(author, str) and author else {}


def _write_20(document: XDocument) -> ET.Element:
    ET.register_namespace("", NS20)
    ET.register_namespace("wb", NS_WB)
    q = f"{{{NS20}}}"
    root = ET.Element(
        f"{q}xliff",
        {"version": "2.0", "srcLang": document.source_lang, "trgLang": document.target_lang},
    )
    file = ET.SubElement(root, f"{q}file", {"id": "f1", "original": document.original})
    for unit in document.units:
        element = ET.SubElement(file, f"{q}unit", {"id": unit.id})
        if unit.base:
            element.set(f"{{{NS_WB}}}base", unit.base)
        if unit.records:
            notes = ET.SubElement(element, f"{q}notes")
            for number, record in enumerate(unit.records, 1):
                note = ET.SubElement(
                    notes, f"{q}note", {"id": f"n{number}", "category": record.kind}
                )
                note.text = format_record(record)
        state, sub_state = STATE_TO_20[unit.state]
        attributes = {"state": state}
        if sub_state:
            attributes["subState"] = sub_state
        segment = ET.SubElement(element, f"{q}segment", attributes)
        ET.SubElement(segment, f"{q}source").text = unit.source
        if unit.target:
            ET.SubElement(segment, f"{q}target").text = unit.target
    return root


# ---- reading --------------------------------------------------------------------------------


def read(data: bytes, path: str) -> list[XDocument]:
    """The documents of an XLIFF 1.2 or 2.0 file; InputError for anything hostile or wrong."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise InputError(path, f"{type(error).__name__}: DTDs and entities are refused") from None
    except LookupError as error:  # an XML declaration naming an encoding Python lacks
        raise InputError(path, f"cannot be read: {error}") from None
    except SafeET.ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else None
        raise InputError(
            path, f"malformed XML ({error.msg if hasattr(error, 'msg') else error})", line
        ) from None
    if root.tag == f"{{{NS12}}}xliff":
        documents = [_read_file_12(file, path) for file in root.iter(f"{{{NS12}}}file")]
    elif root.tag == f"{{{NS20}}}xliff":
        source_lang = root.get("srcLang", "")
        target_lang = root.get("trgLang", "")
        documents = [
            _read_file_20(file, path, source_lang, target_lang)
            for file in root.iter(f"{{{NS20}}}file")
        ]
    else:
        raise InputError(path, f"not an XLIFF 1.2 or 2.0 file (root element {root.tag})")
    _number_units(data, documents)
    return documents


UNIT_START = re.compile(rb"<(?:[\w.-]+:)?(?:trans-unit|unit)\b[^>]*?\bid=[\"']([^\"']*)[\"']")


def _number_units(data: bytes, documents: list[XDocument]) -> None:
    """Each unit's line in the file (for error messages): one pass over the bytes."""
    lines: dict[str, int] = {}
    line, position = 1, 0
    for match in UNIT_START.finditer(data):
        line += data.count(b"\n", position, match.start())
        position = match.start()
        lines.setdefault(match.group(1).decode("utf-8", "replace"), line)
    for document in documents:
        for unit in document.units:
            unit.line = lines.get(unit.id, 0)


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def _read_file_12(file: ET.Element, path: str) -> XDocument:
    q = f"{{{NS12}}}"
    document = XDocument(
        file.get("original", ""), file.get("source-language", ""), file.get("target-language", "")
    )
    for element in file.iter(f"{q}trans-unit"):
        unit_id = element.get("id")
        if not unit_id:
            raise InputError(path, "a trans-unit has no id")
        target = element.find(f"{q}target")
        target_text = _text(target)
        state = _state_from_12(
            target.get("state", "") if target is not None else "",
            target_text,
            element.get("approved") == "yes",
        )
        unit = XUnit(unit_id, _text(element.find(f"{q}source")), target_text, state)
        extradata = element.get("extradata", "")
        if extradata.startswith(BASE_12):
            unit.base = extradata[len(BASE_12) :]
        for note in element.iter(f"{q}note"):
            _read_note(unit, _text(note), note.get("from", ""))
        document.units.append(unit)
    return document


def _state_from_12(state: str, target: str, approved: bool) -> State:
    if not target:
        return State.UNTRANSLATED
    if approved:
        return State.APPROVED
    if state in STATE_FROM_12:
        return STATE_FROM_12[state]
    if state.startswith("needs-") or state == "new":
        return State.DRAFT
    return State.TRANSLATED


def _read_file_20(file: ET.Element, path: str, source_lang: str, target_lang: str) -> XDocument:
    q = f"{{{NS20}}}"
    document = XDocument(file.get("original", ""), source_lang, target_lang)
    for element in file.iter(f"{q}unit"):
        unit_id = element.get("id")
        if not unit_id:
            raise InputError(path, "a unit has no id")
        segments = element.findall(f"{q}segment")
        source = "".join(_text(segment.find(f"{q}source")) for segment in segments)
        target = "".join(_text(segment.find(f"{q}target")) for segment in segments)
        first = segments[0] if segments else ET.Element("segment")
        state = _state_from_20(first.get("state", ""), first.get("subState", ""), target)
        unit = XUnit(unit_id, source, target, state, base=element.get(f"{{{NS_WB}}}base", ""))
        for note in element.iter(f"{q}note"):
            _read_note(unit, _text(note), "")
        document.units.append(unit)
    return document


def _state_from_20(state: str, sub_state: str, target: str) -> State:
    if not target:
        return State.UNTRANSLATED
    if state == "initial" or sub_state == "wb:draft":
        return State.DRAFT
    if sub_state == "wb:rejected":
        return State.REJECTED
    if state in ("reviewed", "final"):
        return State.APPROVED
    return State.TRANSLATED


def _read_note(unit: XUnit, text: str, author: str) -> None:
    record = parse_record(text.strip())
    if record is not None and record.kind in CARRIED_KINDS:
        unit.records.append(record)
    elif text.strip():
        unit.foreign_notes.append((author, text.strip()))
