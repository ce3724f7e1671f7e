"""Limits on what `workbench add` reads: a source beyond them is refused with one line, before
it can take minutes and gigabytes (a 50 MB single line of prose took 54 s, 3.2 GB and made a
308 MB catalog). Real documents stay far below every limit.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.domain.errors import InputError
from workbench.formats.base import ParsedDocument

MAX_SOURCE_BYTES = 32 * 1024 * 1024  # a source file (a book is ~2 MB of text)
MAX_LINE_CHARS = 100_000  # one line of text (a long paragraph is ~5,000)
MAX_SEGMENT_CHARS = 20_000  # one segment (a long sentence is ~1,000)

_LONG_LINE = re.compile(f"[^\\n\\r]{{{MAX_LINE_CHARS + 1}}}")


def check_source_size(path: Path, size: int) -> None:
    if size > MAX_SOURCE_BYTES:
        raise InputError(
            path,
            f"is {size / 2**20:.0f} MiB; the limit for a source is {MAX_SOURCE_BYTES // 2**20} MiB",
        )


def check_lines(path: Path, text: str) -> None:
    """Refuse a line longer than MAX_LINE_CHARS characters (naming the line)."""
    found = _LONG_LINE.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        raise InputError(
            path,
            f"a line is longer than {MAX_LINE_CHARS:,} characters (the limit): break it into "
            "paragraphs",
            line,
        )


def check_segments(path: Path, parsed: ParsedDocument) -> None:
    for segment in parsed.segments:
        if len(segment.text) > MAX_SEGMENT_CHARS:
            raise InputError(
                path,
                f"a segment is longer than {MAX_SEGMENT_CHARS:,} characters (the limit): "
                "break the paragraph up",
                segment.line,
            )
