"""Markdown: only prose is segmented; all syntax stays in the skeleton.

A line-based block parser close to CommonMark + GFM tables: ATX and setext headings, bullet
and ordered lists, block quotes (nested, with lazy continuation lines), fenced and indented
code, HTML blocks, tables, front matter, link reference definitions and thematic breaks.
Code, HTML blocks, front matter, reference definitions and rules are skeleton entirely; list
markers, `>` markers, `#` markers, table pipes and setext underlines stay in the skeleton
too. Paragraphs are split into sentences (see formats.text for how a segment may span lines:
inside a quote or list the `>` or indentation of a continuation line is part of the span and
the translation replaces it, which Markdown reads as the same paragraph).

Inline syntax inside a segment (emphasis markers, `code`, link syntax, HTML) is reported by
`protected_spans`; a sentence break never cuts a link, code span or tag in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.domain.errors import InputError
from workbench.formats.base import Line, LineIndex, ParsedDocument, SourceSegment, split_lines
from workbench.formats.placeholders import markdown_protected_spans, markdown_unbreakable_spans
from workbench.formats.text import Span, segment_paragraph

FENCE = re.compile(r"(`{3,}|~{3,})(.*)")
THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]+|$)")
ATX_CLOSING = re.compile(r"(?:(?<=[ \t])#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
LIST_ITEM = re.compile(r"(?P<marker>[-+*]|(?P<number>\d{1,9})[.)])(?P<space>[ \t]+|$)")
REFERENCE_DEFINITION = re.compile(
    r"\[(?:[^\[\]\\]|\\.)+\]:[ \t]*(?:<[^<>]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
# A definition may go on over lines: label, destination and title each may start a new one.
REFERENCE_DEFINITION_LINES = re.compile(
    r"\[(?:[^\[\]\\]|\\.){0,999}\]:[ \t]*\n?[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)"
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?"
    r"[ \t]*(?:\n|$)"
)
FOOTNOTE_LABEL = re.compile(r"\[\^[^\]\s]+\]:[ \t]*")  # "[^1]: " stays in the skeleton
TABLE_DELIMITER = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
HTML_BLOCK_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|"
    "h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|"
    "optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|"
    "track|ul"
)
# (start, end marker or None for "ends at a blank line", may interrupt a paragraph)
HTML_BLOCK_KINDS: tuple[tuple[re.Pattern[str], str | None, bool], ...] = (
    (re.compile(r"<(?:script|pre|style|textarea)(?:[\s>]|$)", re.I), r"</(?:script|pre|style|textarea)>", True),
    (re.compile(r"<!--"), "-->", True),
    (re.compile(r"<\?"), r"\?>", True),
    (re.compile(r"<![A-Za-z]"), ">", True),
    (re.compile(r"<!\[CDATA\["), r"\]\]>", True),
    (re.compile(rf"</?(?:{HTML_BLOCK_TAGS})(?:[\s>]|/>|$)", re.I), None, True),
    (re.compile(r"(?:<[A-Za-z][\w-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>|</[A-Za-z][\w-]*\s*>)[ \t]*$"), None, False),
)  # fmt: skip
FRONT_MATTER_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*[:=]|#")  # YAML/TOML key or comment
FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}


@dataclass(frozen=True, slots=True)
class View:
    """One line as a container sees it: its content starts at `start` (after `>`, markers)."""

    line: Line
    start: int


LEADING_BLANKS = re.compile(r"[ \t]*")
MAX_NESTING = 64  # quotes and list items within each other: a limit, well past real documents


def parse(text: str, lang: str, paragraph_only: bool = False) -> ParsedDocument:
    parser = _Parser(text, lang, paragraph_only)
    lines = split_lines(text)
    parser.index = LineIndex(lines)
    views = [View(line, line.start) for line in lines]
    start = parser.skip_front_matter(views)
    parser.parse_blocks(views[start:], "paragraph")
    return ParsedDocument(text, tuple(parser.segments))


UNESCAPED_PIPE = re.compile(r"(?<!\\)((?:\\\\)*)\|")


# What a line may hold before a segment that starts the line's content: quote markers, one
# list marker, indentation.
LINE_LEAD = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?")
# A translation starting so would start a block of its own there (a list, heading, quote...).
BLOCK_START = re.compile(
    r"(?:#{1,6}|[-+*]|\d{1,9}[.)]|[-*_=]{3,}|`{3,}|~{3,})(?=[ \t]|$)|>|`{3}|~{3}"
)


def starts_line(text: str, start: int) -> bool:
    """Whether a segment at `start` begins the content of its line (after its markers)."""
    line_start = text.rfind("\n", 0, start) + 1
    return LINE_LEAD.fullmatch(text, line_start, start) is not None


def safe_translation(text: str, context: str, at_line_start: bool = False) -> str:
    """A translation that cannot change the block structure around it: a segment is inside
    one block, so a line break a translator typed becomes a space (a blank line would end
    the block, a line starting with "1." or "#" would start another), a segment that starts a
    line has a leading block marker escaped ("1. " -> "1\\. ", "# " -> "\\# "), and in a table
    cell a "|" is escaped (it would split the cell)."""
    if "\n" in text or "\r" in text:
        text = " ".join(text.split())
    if at_line_start:
        text = text.lstrip(" \t")
        marker = BLOCK_START.match(text)
        if marker:
            found = marker.group()
            if found[0].isdigit():
                text = found[:-1] + "\\" + text[len(found) - 1 :]
            else:
                text = "\\" + text
    if context == "table cell" and "|" in text:
        text = UNESCAPED_PIPE.sub(r"\1\\|", text)
    return text


def protected_spans(segment_text: str) -> list[Span]:
    """Emphasis markers, `code`, link and image syntax, autolinks, HTML tags, entities, URLs."""
    return markdown_protected_spans(segment_text)


class _Parser:
    def __init__(self, text: str, lang: str, paragraph_only: bool) -> None:
        self.text = text
        self.lang = lang
        self.paragraph_only = paragraph_only
        self.index = LineIndex([])
        self.segments: list[SourceSegment] = []
        self.depth = 0

    def parse_nested(self, views: list[View], context: str) -> None:
        """The blocks of a quote or list item; refused past MAX_NESTING levels."""
        if self.depth >= MAX_NESTING:
            line = self.index.line_of(views[0].start) if views else None
            raise InputError(
                "markdown", f"quotes and lists nested more than {MAX_NESTING} levels deep", line
            )
        self.depth += 1
        try:
            self.parse_blocks(views, context)
        finally:
            self.depth -= 1

    # ---- helpers -------------------------------------------------------------------------
    def content(self, view: View) -> str:
        return self.text[view.start : view.line.end]

    def is_blank(self, view: View) -> bool:
        return not self.content(view).strip()

    def indent(self, view: View) -> tuple[int, int]:
        """(columns of leading whitespace, offset of the first non-blank character)."""
        blank = LEADING_BLANKS.match(self.text, view.start, view.line.end)
        offset = blank.end() if blank else view.start
        if "\t" not in self.text[view.start : offset]:
            return offset - view.start, offset
        columns = 0
        for char in self.text[view.start : offset]:
            columns += 4 - columns % 4 if char == "\t" else 1
        return columns, offset

    def emit(self, pieces: list[Span], context: str, whole: bool = False) -> None:
        self.segments.extend(
            segment_paragraph(
                self.text,
                pieces,
                self.lang,
                self.paragraph_only or whole,
                context,
                self.index,
                markdown_protected_spans,
                markdown_unbreakable_spans,
            )
        )

    # ---- blocks --------------------------------------------------------------------------
    def skip_front_matter(self, views: list[View]) -> int:
        if not views:
            return 0
        closers = FRONT_MATTER_FENCES.get(self.content(views[0]).rstrip())
        if closers is None or len(views) < 2 or not FRONT_MATTER_KEY.match(self.content(views[1])):
            return 0
        for number in range(1, len(views)):
            if self.content(views[number]).rstrip() in closers:
                return number + 1
        return 0

    def parse_blocks(self, views: list[View], context: str) -> None:
        paragraph: list[Span] = []
        number = 0
        while number < len(views):
            view = views[number]
            if self.is_blank(view):
                self.close(paragraph, context)
                number += 1
                continue
            columns, first = self.indent(view)
            rest = self.text[first : view.line.end]
            if columns >= 4:
                if paragraph:  # a lazy or indented continuation line
                    paragraph.append((view.start, view.line.end))
                    number += 1
                else:
                    number = self.skip_indented_code(views, number)
                continue
            if paragraph and SETEXT_UNDERLINE.match(rest):
                self.emit(paragraph, "heading", whole=True)
                paragraph.clear()
                number += 1
                continue
            if not paragraph and rest.startswith("["):
                after = self.reference_definitions(views, number, first)
                if after is not None:
                    number = after
                    continue
            label = FOOTNOTE_LABEL.match(rest)
            if label:  # a footnote's text is a paragraph after its label (which ends one)
                self.close(paragraph, context)
                paragraph.append((first + label.end(), view.line.end))
                number += 1
                continue
            after = self.block_at(views, number, first, rest, paragraph, context)
            if after is None:
                paragraph.append((view.start, view.line.end))
                number += 1
            else:
                number = after
        self.close(paragraph, context)

    def reference_definitions(self, views: list[View], number: int, first: int) -> int | None:
        """The index after a link reference definition starting at views[number] (it may
        span lines, never a blank one), or None when there is none."""
        lines = [self.text[first : views[number].line.end]]
        for view in views[number + 1 : number + 8]:
            if self.is_blank(view):
                break
            lines.append(self.content(view))
        joined = "\n".join(lines)
        match = REFERENCE_DEFINITION_LINES.match(joined)
        if match is None or not match.group().split("]:", 1)[0][1:].strip():
            return None
        return number + 1 + joined.count("\n", 0, max(match.end() - 1, 0))

    def close(self, paragraph: list[Span], context: str) -> None:
        if paragraph:
            self.emit(paragraph, context)
            paragraph.clear()

    def block_at(
        self,
        views: list[View],
        number: int,
        first: int,
        rest: str,
        paragraph: list[Span],
        context: str,
    ) -> int | None:
        """Parse the block starting at views[number] and return the next view's index, or
        None when the line is paragraph text. Closes the open paragraph first if needed."""
        in_paragraph = bool(paragraph)
        kind = self.block_kind(rest, in_paragraph)
        if kind is None and not in_paragraph and self.is_table(views, number):
            kind = "table"
        if kind is None:
            return None
        if in_paragraph:
            self.close(paragraph, context)
        return self.parse_block(kind, views, number, first, rest)

    def block_kind(self, rest: str, in_paragraph: bool) -> str | None:
        """Which block a line (stripped of up to 3 spaces of indent) starts, if any."""
        fence = FENCE.match(rest)
        if fence and not (fence[1][0] == "`" and "`" in fence[2]):
            return "fence"
        if THEMATIC_BREAK.match(rest):
            return "rule"
        if ATX_HEADING.match(rest):
            return "heading"
        if rest.startswith(">"):
            return "quote"
        item = LIST_ITEM.match(rest)
        if item and (not in_paragraph or self.may_interrupt(item, rest)):
            return "list"
        for pattern, _end, interrupts in HTML_BLOCK_KINDS:
            if pattern.match(rest) and (interrupts or not in_paragraph):
                return "html"
        if not in_paragraph and REFERENCE_DEFINITION.match(rest):
            return "skeleton-line"
        return None

    @staticmethod
    def may_interrupt(item: re.Match[str], rest: str) -> bool:
        """A list item interrupts a paragraph only when it is not empty (and starts at 1)."""
        if not rest[item.end() :].strip():
            return False
        return item["number"] is None or item["number"] == "1"

    def parse_block(self, kind: str, views: list[View], number: int, first: int, rest: str) -> int:
        view = views[number]
        if kind == "fence":
            return self.skip_fence(views, number, rest)
        if kind in ("rule", "skeleton-line"):
            return number + 1
        if kind == "heading":
            self.heading(first, rest, view)
            return number + 1
        if kind == "quote":
            return self.quote(views, number)
        if kind == "list":
            return self.list_item(views, number, first, rest)
        if kind == "html":
            return self.skip_html(views, number, rest)
        return self.table(views, number)

    def heading(self, first: int, rest: str, view: View) -> None:
        marker = ATX_HEADING.match(rest)
        assert marker is not None
        start = first + marker.end()
        closing = ATX_CLOSING.search(self.text, start, view.line.end)
        end = closing.start() if closing else view.line.end
        self.emit([(start, max(start, end))], "heading", whole=True)

    def skip_fence(self, views: list[View], number: int, rest: str) -> int:
        fence = FENCE.match(rest)
        assert fence is not None
        marker = fence[1]
        closing = re.compile(rf"[ ]{{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
        for later in range(number + 1, len(views)):
            if closing.match(self.content(views[later])):
                return later + 1
        return len(views)

    def skip_indented_code(self, views: list[View], number: int) -> int:
        while number < len(views):
            if not self.is_blank(views[number]) and self.indent(views[number])[0] < 4:
                break
            number += 1
        return number

    def skip_html(self, views: list[View], number: int, rest: str) -> int:
        end_marker = next(end for pattern, end, _ in HTML_BLOCK_KINDS if pattern.match(rest))
        if end_marker is None:
            while number < len(views) and not self.is_blank(views[number]):
                number += 1
            return number
        ending = re.compile(end_marker, re.I)
        for later in range(number, len(views)):
            if ending.search(self.content(views[later])):
                return later + 1
        return len(views)

    def quote(self, views: list[View], number: int) -> int:
        inner: list[View] = []
        previous_blank = True
        while number < len(views):
            view = views[number]
            _columns, first = self.indent(view)
            if self.text.startswith(">", first):
                start = first + 1
                if self.text.startswith((" ", "\t"), start):
                    start += 1
                inner.append(View(view.line, min(start, view.line.end)))
            elif self.is_lazy(view, previous_blank):
                inner.append(view)
            else:
                break
            previous_blank = self.is_blank(inner[-1])
            number += 1
        self.parse_nested(inner, "quote")
        return number

    def is_lazy(self, view: View, previous_blank: bool) -> bool:
        """A paragraph continuation line inside a container that lacks the container's marker.

        The line is outside the container's paragraph, so any list item starts a block there
        (the rule that only "1." may interrupt a paragraph is for the paragraph's own level):
        "1. foo" / "2. bar" are two items, not one item "foo 2. bar"."""
        if previous_blank or self.is_blank(view):
            return False
        columns, first = self.indent(view)
        rest = self.text[first : view.line.end]
        if columns >= 4:
            return True
        return self.block_kind(rest, in_paragraph=True) is None and not LIST_ITEM.match(rest)

    def list_item(self, views: list[View], number: int, first: int, rest: str) -> int:
        item = LIST_ITEM.match(rest)
        assert item is not None
        view = views[number]
        space = item["space"]
        if len(space) > 4 or not rest[item.end() :].strip():
            space = space[:1]  # an indented code block or an empty first line follows
        content_start = min(first + item.end("marker") + len(space), view.line.end)
        width = self._columns(view.start, content_start)
        inner = [View(view.line, content_start)]
        number += 1
        previous_blank = not self.text[content_start : view.line.end].strip()
        while number < len(views):
            view = views[number]
            columns, _first = self.indent(view)
            if self.is_blank(view):
                inner.append(View(view.line, view.line.end))
            elif columns >= width:
                inner.append(View(view.line, self._advance(view, width)))
            elif self.is_lazy(view, previous_blank):
                inner.append(view)
            else:
                break
            previous_blank = self.is_blank(view)
            number += 1
        self.parse_nested(inner, "list item")
        return number

    def _columns(self, start: int, end: int) -> int:
        columns = 0
        for char in self.text[start:end]:
            columns += 4 - columns % 4 if char == "\t" else 1
        return columns

    def _advance(self, view: View, width: int) -> int:
        """Offset after `width` columns of indentation of `view`."""
        offset, columns = view.start, 0
        while columns < width and offset < view.line.end and self.text[offset] in " \t":
            columns += 4 - columns % 4 if self.text[offset] == "\t" else 1
            offset += 1
        return offset

    # ---- tables --------------------------------------------------------------------------
    def is_table(self, views: list[View], number: int) -> bool:
        if number + 1 >= len(views) or "|" not in self.content(views[number]):
            return False
        delimiter = self.content(views[number + 1]).strip()
        if "|" not in delimiter or not TABLE_DELIMITER.match(delimiter):
            return False
        return len(self.cells(views[number])) == len(self.cells(views[number + 1]))

    def table(self, views: list[View], number: int) -> int:
        self.table_row(views[number])
        number += 2
        while number < len(views) and not self.is_blank(views[number]):
            _columns, first = self.indent(views[number])
            if self.block_kind(self.text[first : views[number].line.end], in_paragraph=True):
                break
            self.table_row(views[number])
            number += 1
        return number

    def table_row(self, view: View) -> None:
        for cell in self.cells(view):
            self.emit([cell], "table cell", whole=True)

    def cells(self, view: View) -> list[Span]:
        """Cell contents of a table row: split at pipes that are not escaped or in code."""
        text, start, end = self.text, view.start, view.line.end
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        if start < end and text[start] == "|":
            start += 1
        if end > start and text[end - 1] == "|" and text[end - 2 : end] != "\\|":
            end -= 1
        cells: list[Span] = []
        cell_start = position = start
        in_code = ""
        while position < end:
            char = text[position]
            if char == "\\":
                position += 2
                continue
            if char == "`":
                run = re.match(r"`+", text[position:end])
                assert run is not None
                if not in_code:
                    in_code = run.group()
                elif run.group() == in_code:
                    in_code = ""
                position += len(run.group())
                continue
            if char == "|" and not in_code:
                cells.append((cell_start, position))
                cell_start = position + 1
            position += 1
        cells.append((cell_start, min(position, end)))
        return cells
