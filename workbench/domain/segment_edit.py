"""Splits and merges of segments a translator made by hand, and the rules they follow.

Automatic segmentation is never perfect (a quotation cut in two, a list item glued to the
next), so a translator may split a segment or merge it with the next one. The document is
still parsed as before; the recorded edits are then replayed on the parsed segments, in
order, every time the document is read (on `add`, on export, for a new language). An edit
names segments by their source text, not by offsets, so it survives changes elsewhere in
the source:

- a split records the two texts it made (`first`, `second`); it applies to a segment that
  reads `first` then `second` (or, after the source changed on one side, that starts with
  `first` or ends with `second` at a word boundary);
- a merge records the texts of the two segments it joined; it applies to two consecutive
  segments with those texts (or, after a change, with one of them exact).

Offsets into the original text are kept, so the skeleton between segments is untouched and
an untranslated export is still the source, byte for byte. No I/O here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from workbench.domain.errors import WorkbenchError

SPLIT = "split"
MERGE = "merge"
KINDS = (SPLIT, MERGE)
# What may lie between two segments that are merged: spaces, line breaks, quote markers.
# A blank line (a paragraph break) or markup in between keeps them apart.
MERGEABLE_GAP = re.compile(r"[ \t\u00a0>]*(?:\r\n|\r|\n)?[ \t\u00a0>]*")


@dataclass(frozen=True, slots=True)
class SegmentEdit:
    kind: str  # SPLIT | MERGE
    first: str  # split: the text before the cut; merge: the first segment's text
    second: str  # split: the text after the cut; merge: the next segment's text

    def to_json(self, document: str) -> dict[str, Any]:
        return {"document": document, self.kind: [self.first, self.second]}


def edit_from_json(data: object) -> tuple[str, SegmentEdit]:
    """(document, edit) from one parsed JSON record; ValueError with a short reason when malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("document"), str):
        raise ValueError('expected an object with "document" and "split" or "merge"')
    kinds = [kind for kind in KINDS if kind in data]
    if len(kinds) != 1:
        raise ValueError('expected exactly one of "split" or "merge"')
    texts = data[kinds[0]]
    if (
        not isinstance(texts, list)
        or len(texts) != 2
        or not all(isinstance(text, str) and text.strip() for text in texts)
    ):
        raise ValueError(f'"{kinds[0]}" must be a list of two non-empty texts')
    return data["document"], SegmentEdit(kinds[0], texts[0], texts[1])


def cut_in_text(text: str, before: str) -> int:
    """Where `text` is split so that the second part starts with `before`."""
    before = before.strip()
    if not before:
        raise WorkbenchError("--before: give the text the second part starts with")
    found = [match.start() for match in re.finditer(re.escape(before), text)]
    inside = [index for index in found if text[:index].strip()]
    if not inside:
        where = "starts the segment" if found else "is not in the segment"
        raise WorkbenchError(f"--before {before!r}: {where}; nothing to split: {text!r}")
    if len(inside) > 1:
        raise WorkbenchError(
            f"--before {before!r}: occurs {len(inside)} times in the segment; give more text"
        )
    return inside[0]


def split_texts(text: str, cut: int) -> tuple[str, str]:
    """The two segment texts of a split of `text` at `cut` (whitespace at the cut dropped)."""
    first, second = text[:cut].rstrip(), text[cut:].lstrip()
    if not first or not second:
        raise WorkbenchError(f"cannot split {text!r} at {cut}: one part would be empty")
    return first, second


def split_exact(edit: SegmentEdit, text: str) -> int | None:
    """Where the split `edit` cuts `text` when `text` reads its two parts, else None."""
    first, second = edit.first, edit.second
    if len(first) + len(second) > len(text):
        return None
    if text.startswith(first) and text.endswith(second):
        if not text[len(first) : len(text) - len(second)].strip():
            return len(text) - len(second)
    return None


def split_approximate(edit: SegmentEdit, text: str) -> int | None:
    """Where to cut `text` whose source changed on one side of the cut, else None."""
    first, second = edit.first, edit.second
    if text.startswith(first) and len(text) > len(first) and text[len(first)].isspace():
        rest = text[len(first) :]
        if rest.strip():
            return len(first) + (len(rest) - len(rest.lstrip()))
    if text.endswith(second) and len(text) > len(second):
        cut = len(text) - len(second)
        if text[cut - 1].isspace() and text[:cut].strip():
            return cut
    return None


def original_offset(original: str, shown: str, index: int) -> int:
    """The offset in `original` (a segment's span in the source) of `shown[index]`.

    A segment's shown text is its span with each gap (line break, indentation, quote marker)
    written as one space; everything else is the same characters in the same order."""
    i = j = 0
    while i < index and j < len(original):
        if shown[i] == original[j]:
            i += 1
            j += 1
        elif shown[i] == " ":  # a gap: skip the original's gap characters
            i += 1
            target = shown[i] if i < len(shown) else ""
            while j < len(original) and original[j] != target:
                j += 1
        else:
            j += 1
    if index < len(shown):  # land on the character itself, past any gap
        while j < len(original) and original[j] != shown[index]:
            j += 1
    return j


def mergeable_gap(gap: str) -> bool:
    return MERGEABLE_GAP.fullmatch(gap) is not None


def joined_text(first: str, gap: str, second: str) -> str:
    """The shown text of two merged segments: a gap shows as one space, none as nothing."""
    return f"{first} {second}" if gap else first + second


def joined_translation(first: str, second: str, separator: str = " ") -> str:
    """Two translations as one: both kept, in order, with the separator the source had."""
    if not first or not second:
        return first or second
    return f"{first.rstrip()}{separator}{second.lstrip()}" if separator else first + second
