"""Writing DOCX: runs with links and footnotes, core properties, and new documents.

`write_docx` builds a document from an outline with Word's own styles (Title, Heading 1-6,
List Bullet, List Number, Quote) and real footnotes; `fill_paragraph` writes a paragraph's
runs (bold, italic, hyperlinks in Word's Hyperlink style, footnote references);
`set_core_properties` takes the title, language and dates from the project and names nobody
unless asked; `docx_bytes` saves without the writer's time of day.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from typing import Any

from workbench.formats.inline_runs import InlineRun

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
BLOCK_STYLES = {"list item": "List Bullet", "quote": "Quote"}


ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def docx_bytes(document: Any) -> bytes:
    """The document as a .docx file whose zip entries carry no time of day.

    python-docx stamps every entry with the local time, which tells the reader the writer's
    time zone; the entries get the zip epoch instead (the dates that matter are in the core
    properties, in UTC). Same content, same bytes.
    """
    saved = io.BytesIO()
    document.save(saved)
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(saved.getvalue())) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return output.getvalue()


class Footnotes:
    """Real Word footnotes: the footnotes part is created (or extended) on demand."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.part: Any = None
        self.root: Any = None
        self.next_id = 1

    def _ensure(self) -> None:
        if self.root is not None:
            return
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        from lxml import etree

        main = self.document.part
        for rel in main.rels.values():
            if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
                self.part = rel.target_part
                parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
                self.root = etree.fromstring(self.part.blob, parser)
                ids = [int(n.get(f"{{{W}}}id", "0")) for n in self.root]
                self.next_id = max([0, *ids]) + 1
                return
        self.root = etree.fromstring(
            f'<w:footnotes xmlns:w="{W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>"
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"
        )
        self.part = Part(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, b"", main.package
        )
        main.relate_to(self.part, RELATIONSHIP_TYPE.FOOTNOTES)

    def add(self, text: str) -> int:
        from lxml import etree

        self._ensure()
        number = self.next_id
        self.next_id += 1
        note = etree.SubElement(self.root, f"{{{W}}}footnote", {f"{{{W}}}id": str(number)})
        paragraph = etree.SubElement(note, f"{{{W}}}p")
        paragraph.append(_reference_run("footnoteRef"))
        run = etree.SubElement(paragraph, f"{{{W}}}r")
        t = etree.SubElement(run, f"{{{W}}}t", {XML_SPACE: "preserve"})
        t.text = " " + text
        return number

    def save(self) -> None:
        if self.root is None:
            return
        from lxml import etree

        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if hasattr(self.part, "_element"):
            self.part._element = self.root
        self.part._blob = blob


def _reference_run(kind: str, number: int | None = None) -> Any:
    from lxml import etree

    run = etree.Element(f"{{{W}}}r")
    properties = etree.SubElement(run, f"{{{W}}}rPr")
    etree.SubElement(properties, f"{{{W}}}vertAlign", {f"{{{W}}}val": "superscript"})
    attributes = {} if number is None else {f"{{{W}}}id": str(number)}
    etree.SubElement(run, f"{{{W}}}{kind}", attributes)
    return run


def fill_paragraph(
    paragraph: Any,
    pieces: Sequence[InlineRun],
    notes: Footnotes,
    footnote_texts: Sequence[str],
    marker: re.Pattern[str],
) -> None:
    """Add runs for `pieces` (links become hyperlinks); markers in a text become footnotes."""
    links: dict[str, str] = {}  # target -> relationship id
    for text, bold, italic, link in pieces:
        holder = paragraph._p
        if link:
            if not links:
                _ensure_hyperlink_style(paragraph.part.document)
            if link not in links:
                links[link] = paragraph.part.relate_to(link, HYPERLINK, is_external=True)
            holder = _hyperlink(paragraph._p, links[link])
        cursor = 0
        for match in marker.finditer(text):
            _add_run(holder, text[cursor : match.start()], bold, italic, bool(link))
            number = notes.add(footnote_texts[int(match[1]) - 1])
            paragraph._p.append(_reference_run("footnoteReference", number))
            cursor = match.end()
            if link and text[cursor:]:
                holder = _hyperlink(paragraph._p, links[link])
        _add_run(holder, text[cursor:], bold, italic, bool(link))


HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
LINK_STYLE = "Hyperlink"  # Word's character style for links (python-docx's template lacks it)


def _ensure_hyperlink_style(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import RGBColor

    styles = document.styles
    if any(style.style_id == LINK_STYLE for style in styles):
        return
    style = styles.add_style(LINK_STYLE, WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    style.font.underline = WD_UNDERLINE.SINGLE
    style.unhide_when_used = True


def _hyperlink(p: Any, relationship: str) -> Any:
    from lxml import etree

    return etree.SubElement(p, f"{{{W}}}hyperlink", {R_ID: relationship})


def _add_run(holder: Any, text: str, bold: bool, italic: bool, link: bool = False) -> None:
    from lxml import etree

    if not text:
        return
    run = etree.SubElement(holder, f"{{{W}}}r")
    if bold or italic or link:
        properties = etree.SubElement(run, f"{{{W}}}rPr")
        if bold:
            etree.SubElement(properties, f"{{{W}}}b")
        if italic:
            etree.SubElement(properties, f"{{{W}}}i")
        if link:
            properties.insert(0, etree.Element(f"{{{W}}}rStyle", {f"{{{W}}}val": LINK_STYLE}))
    _set_run_text(run, text)


def set_core_properties(
    document: Any, title: str, lang: str, author: str | None = None, keep: bool = False
) -> None:
    """The file's core properties from the project: title, language, dates now; the author
    only when given (a handle the user chose to sign with). `keep` leaves a source file's
    own title, author and creation date as they were."""
    from datetime import UTC, datetime

    properties = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    if not keep:
        properties.title = title
        properties.author = author or ""
        properties.created = now
        properties.subject = ""
        properties.keywords = ""
        properties.category = ""
        properties.revision = 1
    elif author:
        properties.author = author
    properties.comments = ""  # python-docx's template says "generated by python-docx"
    properties.last_modified_by = author or ""
    properties.language = lang
    properties.modified = now


def _set_run_text(run: Any, text: str) -> None:
    from lxml import etree

    t = etree.SubElement(run, f"{{{W}}}t", {XML_SPACE: "preserve"})
    t.text = text


def write_docx(
    title: str,
    lang: str,
    blocks: Sequence[tuple[str, str, int, bool]],
    footnote_texts: Sequence[str],
    inline: Callable[[str], list[InlineRun]],
    marker: re.Pattern[str],
    author: str | None = None,
) -> bytes:
    """A new document: Title, Heading N, List Bullet / List Number, Quote, Normal."""
    import docx
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    document = docx.Document()
    set_core_properties(document, title, lang, author)
    _set_language(document, lang)
    notes = Footnotes(document)
    style_ids: dict[str, str] = {}
    # New paragraphs go before the body's section properties; python-docx's add_paragraph
    # looks that element up by scanning the body each time (quadratic on 25k paragraphs).
    anchor = document.element.body.sectPr
    for kind, text, level, ordered in blocks:
        if kind == "title":
            continue
        style = BLOCK_STYLES.get(kind, "")
        if kind == "heading":
            style = f"Heading {min(max(level, 1), 6)}"
        elif kind == "list item" and ordered:
            style = "List Number"
        p = OxmlElement("w:p")
        anchor.addprevious(p)
        if style:
            if style not in style_ids:
                style_ids[style] = document.styles[style].style_id
            p.style = style_ids[style]
        fill_paragraph(Paragraph(p, document._body), inline(text), notes, footnote_texts, marker)
    notes.save()
    return docx_bytes(document)


def _set_language(document: Any, lang: str) -> None:
    from docx.oxml.ns import qn
    from lxml import etree

    r_pr = document.styles["Normal"].element.get_or_add_rPr()
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = etree.SubElement(r_pr, qn("w:lang"))
    language.set(qn("w:val"), lang)
