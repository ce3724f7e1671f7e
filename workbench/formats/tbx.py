"""TBX glossaries: TBX-Basic (TBX 2008, <martif>) written, TBX 2008 and TBX v3 read.

Every entry field survives an export/import round trip:

    termEntry id                        <- Entry.id
      descrip type="subjectField"       <- each tag
      note                              <- note
      admin type="x-doNotTranslate"     <- dnt
      admin type="x-caseSensitive"      <- case_sensitive
      langSet xml:lang
        descrip type="definition"       <- gloss[lang]
        tig/term + termNote partOfSpeech, administrativeStatus
            preferredTerm / admittedTerm for terms, deprecatedTerm for forbidden ones

Files are untrusted: parsed with defusedxml (no entities, no DTDs, no network).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from workbench.domain.errors import InputError
from workbench.domain.glossary.model import Entry
from workbench.domain.langtags import project_language
from workbench.storage.atomic import write_bytes_atomic

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
POS_TO_TBX = {"name": "properNoun", "phrase": "other"}
POS_FROM_TBX = {
    "properNoun": "name",
    "noun": "noun",
    "verb": "verb",
    "adjective": "adjective",
    "adverb": "adverb",
}
DEPRECATED = {"deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecated", "superseded"}
DNT = "x-doNotTranslate"
CASE = "x-caseSensitive"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrib)
    if text is not None:
        element.text = text
    return element


def _tig(lang_set: ET.Element, term: str, pos: str, status: str) -> None:
    tig = _sub(lang_set, "tig")
    _sub(tig, "term", term)
    if pos:
        _sub(tig, "termNote", POS_TO_TBX.get(pos, pos), type="partOfSpeech")
    _sub(tig, "termNote", status, type="administrativeStatus")


def _entry_element(body: ET.Element, entry: Entry) -> None:
    element = _sub(body, "termEntry", id=entry.id)
    for tag in entry.tags:
        _sub(element, "descrip", tag, type="subjectField")
    if entry.note:
        _sub(element, "note", entry.note)
    if entry.dnt:
        _sub(element, "admin", "true", type=DNT)
    if entry.case_sensitive:
        _sub(element, "admin", "true", type=CASE)
    langs = list(entry.terms) + [lang for lang in entry.forbidden if lang not in entry.terms]
    for lang in langs:
        lang_set = _sub(element, "langSet", **{XML_LANG: lang})
        if lang in entry.gloss:
            _sub(lang_set, "descrip", entry.gloss[lang], type="definition")
        for index, term in enumerate(entry.terms.get(lang, [])):
            status = "preferredTerm-admn-sts" if index == 0 else "admittedTerm-admn-sts"
            _tig(lang_set, term, entry.pos, status)
        for term in entry.forbidden.get(lang, []):
            _tig(lang_set, term, entry.pos, "deprecatedTerm-admn-sts")


def render_tbx(
    entries: Iterable[Entry], source_lang: str, title: str = "workbench glossary"
) -> bytes:
    martif = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: source_lang})
    header = _sub(martif, "martifHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(_sub(file_desc, "sourceDesc"), "p", "Exported by workbench")
    encoding = _sub(header, "encodingDesc")
    _sub(encoding, "p", "TBXBasiccoreStructV02", type="DCSName")
    body = _sub(_sub(martif, "text"), "body")
    for entry in entries:
        _entry_element(body, entry)
    ET.indent(martif)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(martif, encoding="utf-8") + b"\n"
    )


def write_tbx(path: str | Path, entries: Iterable[Entry], source_lang: str) -> None:
    write_bytes_atomic(path, render_tbx(entries, source_lang))


# ---- reading -------------------------------------------------------------------------------
def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ET.Element, *names: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) in names]


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def read_tbx(path: str | Path, langs: tuple[str, ...] = ()) -> list[Entry]:
    """The entries of a TBX file; a language tag that names one of `langs` (by primary
    subtag: `ru-RU` for `ru`) is named as `langs` name it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    try:
        root = fromstring(data)
    except DefusedXmlException as error:
        raise InputError(
            path, f"refused: {type(error).__name__} (entities and DTDs are not allowed)"
        ) from None
    except LookupError as error:  # an XML declaration naming an encoding Python lacks
        raise InputError(path, f"cannot be read: {error}") from None
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        raise InputError(
            path, f"not well-formed XML: {error.msg if hasattr(error, 'msg') else error}", line
        ) from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(path, f"not a TBX file (root element <{_local(root.tag)}>)")
    entries = []
    for number, element in enumerate(root.iter(), start=1):
        if _local(element.tag) in ("termEntry", "conceptEntry"):
            entries.append(_read_entry(element, number, langs))
    return [entry for entry in entries if entry.terms]


def _read_entry(element: ET.Element, number: int, langs: tuple[str, ...]) -> Entry:
    entry = Entry(id=element.get("id") or f"tbx-{number}", terms={})
    for child in element:
        name, kind = _local(child.tag), child.get("type", "")
        if name == "descrip" and kind == "subjectField":
            entry.tags.append(_text(child))
        elif name == "note" or (name == "descrip" and kind == "definition"):
            entry.note = "\n".join(filter(None, (entry.note, "".join(child.itertext()).strip())))
        elif name == "admin" and kind in (DNT, CASE):
            setattr(entry, "dnt" if kind == DNT else "case_sensitive", _text(child) == "true")
        elif name in ("langSet", "langSec"):
            _read_lang_set(entry, child, langs)
    return entry


def _read_lang_set(entry: Entry, lang_set: ET.Element, langs: tuple[str, ...]) -> None:
    tag = lang_set.get(XML_LANG) or lang_set.get("lang") or "und"
    lang = project_language(tag, langs) or tag
    for child in lang_set:
        name = _local(child.tag)
        if name == "descrip" and child.get("type") == "definition":
            entry.gloss[lang] = _text(child)
        elif name in ("tig", "ntig", "termSec"):
            term_holder = child
            groups = _children(child, "termGrp")
            if groups:
                term_holder = groups[0]
            term_elements = _children(term_holder, "term")
            if not term_elements or not _text(term_elements[0]):
                continue
            term = _text(term_elements[0])
            status = ""
            for note in term_holder.iter():
                if _local(note.tag) == "termNote":
                    if note.get("type") == "administrativeStatus":
                        status = _text(note)
                    elif note.get("type") == "partOfSpeech" and not entry.pos:
                        entry.pos = POS_FROM_TBX.get(_text(note), "other")
            target = entry.forbidden if status in DEPRECATED else entry.terms
            terms = target.setdefault(lang, [])
            if term not in terms:
                terms.append(term)
