"""Plain text: paragraphs, then sentences.

Paragraphs are separated by blank lines (empty or whitespace only). Inside a block of lines:

- if every line but the last is at most `WRAP_WIDTH` characters, the block is hard-wrapped
  prose: a line continues the previous one unless the previous line is short (under 60% of
  the block's longest line, e.g. a title or the last line of a paragraph) or the line starts
  with a list marker ("- ", "* ", "• ", "1. ", "2) "; the marker stays in the skeleton);
- otherwise (long lines, one paragraph per line, as editors without hard wrap write them)
  every line is a paragraph of its own.

A segment may span lines: its `start`/`end` keep the original span (line endings and
indentation included) while its `text` shows each line break with its surrounding whitespace
as one space. A translation replaces the whole span, so it comes out as one line. Segments
never begin or end with whitespace, and a segment needs at least one letter outside its
protected spans (a line of numbers or a bare URL stays in the skeleton).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from workbench.domain.segment import Span, join_spans_over, split_sentences, strip_span
from workbench.formats.base import Line, LineIndex, ParsedDocument, SourceSegment, split_lines
from workbench.formats.placeholders import has_letter_outside, html_protected_spans

WRAP_WIDTH = 100
SHORT_LINE_RATIO = 0.6
LIST_MARKER = re.compile(r"\s*(?:[-*•+]|\d{1,3}[.)])\s")

SpanFinder = Callable[[str], list[Span]]


def parse(text: str, lang: str, paragraph_only: bool = False) -> ParsedDocument:
    lines = split_lines(text)
    index = LineIndex(lines)
    segments: list[SourceSegment] = []
    for block in _blocks(text, lines):
        for paragraph in _paragraphs(text, block):
            first = paragraph[0]
            pieces = [(line.start, line.end) for line in paragraph]
            marker = LIST_MARKER.match(text, first.start, first.end)
            if marker:  # a list marker stays in the skeleton
                pieces[0] = (marker.end(), pieces[0][1])
            segments.extend(
                segment_paragraph(
                    text,
                    pieces,
                    lang,
                    paragraph_only,
                    "paragraph",
                    index,
                    protected_spans,
                    protected_spans,  # never break a sentence inside a tag or URL
                )
            )
    return ParsedDocument(text, tuple(segments))


def protected_spans(segment_text: str) -> list[Span]:
    """HTML tags (`<sup>`), comments, entities (`&nbsp;`) and URLs inside a segment."""
    return html_protected_spans(segment_text)


def segment_paragraph(
    text: str,
    pieces: list[Span],
    lang: str,
    paragraph_only: bool,
    context: str,
    index: LineIndex,
    find_protected: SpanFinder,
    find_unbreakable: SpanFinder | None = None,
) -> list[SourceSegment]:
    """Segments of one paragraph whose content lies in `pieces` (one per line, in order).

    What lies between two pieces (line ending, indentation, a quote marker) is a gap: the
    sentence splitter sees it as spaces and a segment's text shows it as one space.
    `find_unbreakable` gives spans (links, code) that a sentence break must not cut.
    """
    stripped = [piece for piece in (strip_span(text, *piece) for piece in pieces) if piece]
    if not stripped:
        return []
    base = stripped[0][0]
    flat = _flatten(text, stripped)
    if paragraph_only:
        spans = [(0, len(flat))]
    else:
        spans = split_sentences(flat, lang)
        if find_unbreakable is not None:
            spans = join_spans_over(spans, find_unbreakable(flat))
    segments = []
    for start, end in spans:
        shown = _shown_text(text, stripped, base + start, base + end)
        if has_letter_outside(shown, find_protected(shown)):
            line = index.line_of(base + start)
            segments.append(SourceSegment(base + start, base + end, shown, line, context))
    return segments


def _flatten(text: str, pieces: list[Span]) -> str:
    """The paragraph from its first to its last character, every gap blanked to spaces."""
    parts = [text[pieces[0][0] : pieces[0][1]]]
    for (_, previous_end), (start, end) in zip(pieces, pieces[1:], strict=False):
        parts.append(" " * (start - previous_end))
        parts.append(text[start:end])
    return "".join(parts)


def _shown_text(text: str, pieces: list[Span], start: int, end: int) -> str:
    """What the translator sees for text[start:end]: each gap becomes a single space."""
    if len(pieces) == 1:
        return text[start:end]
    parts = []
    first = bisect_right(pieces, (start, len(text) + 1)) - 1
    for piece_start, piece_end in pieces[max(first, 0) :]:
        if piece_start >= end:
            break
        low, high = max(start, piece_start), min(end, piece_end)
        if low < high:
            parts.append(text[low:high])
    return " ".join(parts)


def _blocks(text: str, lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if text[line.start : line.end].strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _paragraphs(text: str, block: list[Line]) -> list[list[Line]]:
    lengths = [len(text[line.start : line.end].rstrip()) for line in block]
    if len(block) == 1 or max(lengths[:-1]) > WRAP_WIDTH:
        return [[line] for line in block]
    short = SHORT_LINE_RATIO * max(lengths)
    paragraphs = [[block[0]]]
    for number in range(1, len(block)):
        line = block[number]
        starts_list = LIST_MARKER.match(text, line.start, line.end) is not None
        if lengths[number - 1] < short or starts_list:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs
