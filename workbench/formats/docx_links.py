"""Hyperlinks of a DOCX paragraph whose text is replaced by its translation.

Before the paragraph's runs are emptied, `paragraph_links` notes each `w:hyperlink` with its
text and a copy of its first run (formatting, the Hyperlink style). `place_links` then puts
the translation back with each link around the same text in the translation (a name, a URL,
a title kept as it was), or around the whole translation when the link was the whole
paragraph. A link whose text the translation does not contain cannot be placed: it is removed
rather than left empty.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any, NamedTuple

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_TAGS = ("t", "tab", "br", "cr", "delText")


class Link(NamedTuple):
    element: Any  # the w:hyperlink
    text: str
    template: Any  # a copy of its first run


def paragraph_links(p: Any) -> list[Link]:
    links = []
    for element in p.findall(f"{{{W}}}hyperlink"):
        runs = element.findall(f"{{{W}}}r")
        if not runs:
            continue
        text = "".join(t.text or "" for t in element.iter(f"{{{W}}}t"))
        links.append(Link(element, text, _emptied(deepcopy(runs[0]))))
    return links


def run_outside_links(first: Any) -> Any:
    """`first`, or a plain run put before the hyperlink that holds it."""
    parent = first.getparent()
    if parent is None or parent.tag != f"{{{W}}}hyperlink":
        return first
    plain = _emptied(deepcopy(first))
    properties = plain.find(f"{{{W}}}rPr")
    if properties is not None:
        for style in properties.findall(f"{{{W}}}rStyle"):
            properties.remove(style)
    parent.addprevious(plain)
    return plain


def place_links(first: Any, text: str, links: list[Link], original: str) -> bool:
    """Write `text` from the run `first` on, with the links around their texts; False (and
    nothing written) when no link's text is in the translation."""
    spans: list[tuple[int, int, Link]] = []
    cursor = 0
    for link in links:
        start = text.find(link.text, cursor) if link.text.strip() else -1
        if start >= 0:
            spans.append((start, start + len(link.text), link))
            cursor = start + len(link.text)
    if not spans and len(links) == 1 and links[0].text.strip() == original.strip():
        spans = [(0, len(text), links[0])]
    if not spans:
        return False
    _set_text(first, text[: spans[0][0]])
    anchor, previous_end = first, spans[0][0]
    for start, end, link in spans:
        if start > previous_end:
            anchor = _after(anchor, _emptied(deepcopy(first)), text[previous_end:start])
        for run in link.element.findall(f"{{{W}}}r"):
            link.element.remove(run)
        run = deepcopy(link.template)
        _set_text(run, text[start:end])
        link.element.append(run)
        anchor.addnext(link.element)
        anchor, previous_end = link.element, end
    if previous_end < len(text):
        _after(anchor, _emptied(deepcopy(first)), text[previous_end:])
    return True


def drop_empty_links(p: Any) -> None:
    for element in p.findall(f"{{{W}}}hyperlink"):
        if not "".join(t.text or "" for t in element.iter(f"{{{W}}}t")):
            element.getparent().remove(element)


def _after(anchor: Any, run: Any, text: str) -> Any:
    _set_text(run, text)
    anchor.addnext(run)
    return run


def _emptied(run: Any) -> Any:
    for child in list(run):
        if child.tag.rsplit("}", 1)[-1] != "rPr":
            run.remove(child)
    return run


def _set_text(run: Any, text: str) -> None:
    from lxml import etree

    for child in list(run):
        if child.tag.rsplit("}", 1)[-1] in TEXT_TAGS:
            run.remove(child)
    t = etree.SubElement(
        run, f"{{{W}}}t", {"{http://www.w3.org/XML/1998/namespace}space": "preserve"}
    )
    t.text = text
