"""Inline formatting of a segment's text as runs for a rebuilt document (DOCX).

A run is (text, bold, italic, link): Markdown's `**strong**`, `*em*` and `[text](url)`, and
HTML's <b>/<strong>, <i>/<em> and <a href>, so a published DOCX keeps emphasis and links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from typing import Any, NamedTuple


class InlineRun(NamedTuple):
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None  # the target of a hyperlink


def plain_runs(text: str) -> list[InlineRun]:
    return [InlineRun(text)]


def markdown_runs(text: str) -> list[InlineRun]:
    """Markdown inline syntax as runs (CommonMark, by markdown-it)."""
    from markdown_it import MarkdownIt

    return token_runs(MarkdownIt("commonmark").parseInline(text)[0].children or [])


def token_runs(
    children: Sequence[Any], footnote: Callable[[Any], str] | None = None
) -> list[InlineRun]:
    """markdown-it inline tokens as runs; `footnote(token)` gives a footnote_ref's text."""
    runs: list[InlineRun] = []
    bold = italic = 0
    links: list[str | None] = []
    for token in children:
        link = links[-1] if links else None
        if token.type in ("strong_open", "strong_close"):
            bold += 1 if token.type == "strong_open" else -1
        elif token.type in ("em_open", "em_close"):
            italic += 1 if token.type == "em_open" else -1
        elif token.type == "link_open":
            href = token.attrGet("href")
            links.append(str(href) if href else None)
        elif token.type == "link_close":
            if links:
                links.pop()
        elif token.type in ("text", "code_inline"):
            runs.append(InlineRun(token.content, bold > 0, italic > 0, link))
        elif token.type in ("softbreak", "hardbreak"):
            runs.append(InlineRun(" ", bold > 0, italic > 0, link))
        elif token.type == "footnote_ref" and footnote is not None:
            runs.append(InlineRun(footnote(token), bold > 0, italic > 0, None))
    return runs


class _HtmlRuns(HTMLParser):
    BOLD = ("b", "strong")
    ITALIC = ("i", "em")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[InlineRun] = []
        self.bold = self.italic = 0
        self.links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BOLD:
            self.bold += 1
        elif tag in self.ITALIC:
            self.italic += 1
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or None)
        elif tag == "br":
            self.handle_data(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag in self.ITALIC:
            self.italic = max(0, self.italic - 1)
        elif tag == "a" and self.links:
            self.links.pop()

    def handle_data(self, data: str) -> None:
        if data:
            link = self.links[-1] if self.links else None
            self.runs.append(InlineRun(data, self.bold > 0, self.italic > 0, link))


def html_runs(fragment: str) -> list[InlineRun]:
    """An HTML fragment's text as runs (other tags dropped, entities decoded)."""
    parser = _HtmlRuns()
    parser.feed(fragment)
    parser.close()
    return parser.runs
