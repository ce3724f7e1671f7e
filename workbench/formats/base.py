"""The interface every document format implements.

A format parses decoded source text into a `ParsedDocument`: the text itself plus the
translatable segments as offsets into it. Everything outside the segments is the skeleton
and is written back untouched, which makes the round trip lossless by construction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceSegment:
    start: int  # offset of the segment in ParsedDocument.text
    end: int  # end offset (exclusive)
    text: str  # what the translator sees (the msgid); inner line breaks may be normalised
    line: int  # 1-based line of `start`
    context: str = ""  # e.g. "heading", "list item", "table cell"


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    text: str
    segments: tuple[SourceSegment, ...]


def render(document: ParsedDocument, translations: Sequence[str | None]) -> str:
    """The document with each segment replaced by its translation (None keeps the source)."""
    if len(translations) != len(document.segments):
        raise ValueError("one translation (or None) per segment")
    parts: list[str] = []
    cursor = 0
    text = document.text
    for segment, translation in zip(document.segments, translations, strict=True):
        parts.append(text[cursor : segment.start])
        parts.append(text[segment.start : segment.end] if translation is None else translation)
        cursor = segment.end
    parts.append(text[cursor:])
    return "".join(parts)


# ---- helpers shared by the text-based formats ---------------------------------------------

LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset of the line ending (or of the end of the text)
    next: int  # offset of the next line (after the line ending)


def split_lines(text: str) -> list[Line]:
    """Every line of `text` with its offsets; LF, CRLF and lone CR all end a line."""
    lines: list[Line] = []
    for match in LINE.finditer(text):
        start, stop = match.span()
        if start == stop and start == len(text):
            break
        content_end = stop
        while content_end > start and text[content_end - 1] in "\r\n":
            content_end -= 1
        lines.append(Line(start, content_end, stop))
    return lines


class LineIndex:
    """1-based line numbers for offsets, by binary search over the line starts."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._starts = [line.start for line in lines] or [0]

    def line_of(self, offset: int) -> int:
        return bisect_right(self._starts, offset)
