"""HTML: as a source (segments from block elements) and as a published page.

Source: the text of each block element (p, h1-h6, li, td, th, dt, dd, blockquote, caption,
title...) is segmented; every tag between blocks stays in the skeleton, inline tags (`<b>`,
`<a href>`) stay inside the segment as protected spans. script, style, pre, svg and math are
skeleton entirely. A document type declaring entities (`<!ENTITY`) is refused. Exporting to
HTML from an HTML source is the lossless render of the original with the translations in place.

Page: `write_page` builds a clean standalone HTML5 page (lang attribute, title, headings,
paragraphs, lists) from an outline, with footnotes as an ordered list at the end.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from html.parser import HTMLParser

from workbench.domain.errors import InputError
from workbench.formats.base import LineIndex, ParsedDocument, SourceSegment, split_lines
from workbench.formats.placeholders import html_protected_spans
from workbench.formats.text import Span, segment_paragraph

BLOCK_CONTEXT = {
    "title": "title",
    "p": "paragraph",
    "div": "paragraph",
    "li": "list item",
    "td": "table cell",
    "th": "table cell",
    "dt": "paragraph",
    "dd": "paragraph",
    "blockquote": "quote",
    "caption": "paragraph",
    "figcaption": "paragraph",
    "section": "paragraph",
    "article": "paragraph",
    "main": "paragraph",
    "body": "paragraph",
    "header": "paragraph",
    "footer": "paragraph",
    "aside": "paragraph",
    "nav": "paragraph",
    "address": "paragraph",
    **{f"h{level}": f"heading {level}" for level in range(1, 7)},
}
BREAKING_TAGS = frozenset(BLOCK_CONTEXT) | {"ul", "ol", "table", "tr", "br", "hr", "html", "head"}
SKIPPED_TAGS = frozenset({"script", "style", "pre", "svg", "math", "template", "textarea"})
VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "col"})
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)


def parse(text: str, lang: str, paragraph_only: bool = False) -> ParsedDocument:
    declaration = ENTITY_DECLARATION.search(text)
    if declaration:
        line = text.count("\n", 0, declaration.start()) + 1
        raise InputError("<html source>", "declares entities (<!ENTITY): refused", line)
    lines = split_lines(text)
    reader = _BlockReader(text)
    reader.feed(text)
    reader.close()
    reader.finish(len(text))
    index = LineIndex(lines)
    segments: list[SourceSegment] = []
    for start, end, context in reader.runs:
        pieces = [
            (max(line.start, start), min(line.end, end))
            for line in lines
            if line.end >= start and line.start <= end
        ]
        pieces = [piece for piece in pieces if piece[0] < piece[1]]
        if pieces:
            segments.extend(
                segment_paragraph(
                    text, pieces, lang, paragraph_only, context, index, html_protected_spans
                )
            )
    return ParsedDocument(text, tuple(segments))


def protected_spans(segment_text: str) -> list[Span]:
    return html_protected_spans(segment_text)


class _BlockReader(HTMLParser):
    """Text runs between block-level tags, each with the context of the innermost block."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [match.end() for match in re.finditer(r"\r\n|\n|\r", text)]
        self.stack: list[str] = []
        self.skipping = 0
        self.run_start = 0
        self.runs: list[tuple[int, int, str]] = []

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def close_run(self, end: int) -> None:
        if self.skipping == 0 and self.run_start < end:
            context = self.context()
            if context is not None:
                self.runs.append((self.run_start, end, context))

    def context(self) -> str | None:
        if "head" in self.stack and "title" not in self.stack:
            return None
        for tag in reversed(self.stack):
            if tag in BLOCK_CONTEXT:
                if tag == "li" and "ol" in self.stack:
                    return "numbered item"
                return BLOCK_CONTEXT[tag]
        return "paragraph"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self.position()
        end = start + len(self.get_starttag_text() or "")
        if tag in SKIPPED_TAGS:
            self.close_run(start)
            self.skipping += 1
            self.stack.append(tag)
        elif tag in BREAKING_TAGS:
            self.close_run(start)
            if tag not in VOID_TAGS:
                self.stack.append(tag)
        self.run_start = end if (tag in BREAKING_TAGS or tag in SKIPPED_TAGS) else self.run_start

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BREAKING_TAGS:
            start = self.position()
            self.close_run(start)
            self.run_start = start + len(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag not in BREAKING_TAGS and tag not in SKIPPED_TAGS:
            return
        start = self.position()
        close = self.text.find(">", start)
        end = close + 1 if close >= 0 else len(self.text)
        self.close_run(start)
        if tag in self.stack:
            while self.stack:
                popped = self.stack.pop()
                if popped in SKIPPED_TAGS:
                    self.skipping -= 1
                if popped == tag:
                    break
        self.run_start = end

    def handle_decl(self, decl: str) -> None:
        self.skip_markup()

    def handle_pi(self, data: str) -> None:
        self.skip_markup()

    def skip_markup(self) -> None:
        start = self.position()
        close = self.text.find(">", start)
        self.close_run(start)
        self.run_start = close + 1 if close >= 0 else len(self.text)

    def finish(self, end: int) -> None:
        self.close_run(end)


# ---- the published page ----------------------------------------------------------------------

PAGE_STYLE = (
    "body{max-width:42em;margin:2em auto;padding:0 1em;font-family:Georgia,serif;"
    "line-height:1.5}.footnotes{font-size:.9em;border-top:1px solid #ccc;margin-top:2em}"
)


def footnote_ref(number: int) -> str:
    return f'<sup id="fnref-{number}"><a href="#fn-{number}" role="doc-noteref">{number}</a></sup>'


def footnotes_section(footnotes: Sequence[str]) -> str:
    if not footnotes:
        return ""
    items = "".join(
        f'<li id="fn-{n}">{html.escape(text)} <a href="#fnref-{n}" role="doc-backlink">↩</a></li>\n'
        for n, text in enumerate(footnotes, 1)
    )
    return f'<section class="footnotes" role="doc-endnotes">\n<ol>\n{items}</ol>\n</section>\n'


def write_page(
    title: str,
    lang: str,
    blocks: Sequence[tuple[str, str, int, bool]],
    footnotes: Sequence[str],
    inline: Callable[[str], str],
    markers: Callable[[str], str],
) -> str:
    """A standalone page. `blocks` are (kind, text, level, ordered); `inline` turns a block's
    text into HTML (escape, or Markdown inline); `markers` turns footnote markers into refs."""
    body: list[str] = []
    open_list = ""
    for kind, text, level, ordered in blocks:
        if kind == "title":
            continue
        wanted = ("ol" if ordered else "ul") if kind == "list item" else ""
        if open_list and open_list != wanted:
            body.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            body.append(f"<{wanted}>")
            open_list = wanted
        content = markers(inline(text))
        if kind == "heading":
            level = min(max(level, 1), 6)
            body.append(f"<h{level}>{content}</h{level}>")
        elif kind == "list item":
            body.append(f"<li>{content}</li>")
        elif kind == "quote":
            body.append(f"<blockquote><p>{content}</p></blockquote>")
        else:
            body.append(f"<p>{content}</p>")
    if open_list:
        body.append(f"</{open_list}>")
    return page("\n".join(body) + "\n" + footnotes_section(footnotes), title, lang)


def page(body: str, title: str, lang: str) -> str:
    """A standalone HTML5 page around `body` (already HTML)."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n"
    )


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment (tags dropped, entities decoded)."""
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))
