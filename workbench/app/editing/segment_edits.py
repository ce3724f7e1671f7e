"""The project's record of hand-made splits and merges, and replaying it on a parsed document.

The record is `segmentation.jsonl` at the project root: one edit a line, in the order they
were made, committed with the project so every clone segments the documents the same way:

    {"document": "letter", "split": ["Free them all!", "Write to them."]}
    {"document": "letter", "merge": ["He said:", "“We will not give up.”"]}

`add` and `export` parse a document and then replay its edits (`edited_document`), so the
catalog, a re-added source and every export agree on the segments.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz

from workbench.domain.errors import InputError
from workbench.domain.segment_edit import (
    MERGE,
    SPLIT,
    SegmentEdit,
    edit_from_json,
    joined_text,
    mergeable_gap,
    original_offset,
    split_approximate,
    split_exact,
)
from workbench.formats.base import ParsedDocument, SourceSegment
from workbench.storage.atomic import write_text_atomic
from workbench.storage.gitattributes import SEGMENTATION_FILE

EDITS_FILE = SEGMENTATION_FILE
SIMILAR_SENTENCE = 60.0  # word-level ratio for a merge whose other half changed
LINE_BREAK = re.compile(r"\r\n|\r|\n")

EditLog = list[tuple[str, SegmentEdit]]  # (document name, edit), in the order made


def edits_path(root: Path) -> Path:
    return root / EDITS_FILE


def load_edit_log(root: Path) -> EditLog:
    path = edits_path(root)
    if not path.is_file():
        return []
    log: EditLog = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            log.append(edit_from_json(json.loads(line)))
        except (ValueError, json.JSONDecodeError) as error:
            raise InputError(path, f"not a segment edit: {error}", number) from None
    return log


def save_edit_log(root: Path, log: EditLog) -> None:
    lines = [json.dumps(edit.to_json(document), ensure_ascii=False) for document, edit in log]
    write_text_atomic(edits_path(root), "".join(line + "\n" for line in lines))


def edits_for(root: Path, document: str) -> list[SegmentEdit]:
    return [edit for name, edit in load_edit_log(root) if name == document]


def edited_document(parsed: ParsedDocument, edits: list[SegmentEdit]) -> ParsedDocument:
    """The parsed document with the recorded edits replayed, in order."""
    segments = list(parsed.segments)
    for edit in edits:
        if edit.kind == SPLIT:
            segments = _replay_split(parsed.text, segments, edit)
        elif edit.kind == MERGE:
            segments = _replay_merge(parsed.text, segments, edit)
    return ParsedDocument(parsed.text, tuple(segments))


# ---- one segment ------------------------------------------------------------------------


def split_segment(
    text: str, segment: SourceSegment, cut: int
) -> tuple[SourceSegment, SourceSegment]:
    """The two segments of `segment` cut before `segment.text[cut]` (offsets into `text`)."""
    original = text[segment.start : segment.end]
    first_text, second_text = segment.text[:cut].rstrip(), segment.text[cut:].lstrip()
    second_start = segment.start + original_offset(original, segment.text, cut)
    first_end = second_start
    while first_end > segment.start and text[first_end - 1].isspace():
        first_end -= 1
    line = segment.line + len(LINE_BREAK.findall(text, segment.start, second_start))
    first = replace(segment, end=first_end, text=first_text)
    second = replace(segment, start=second_start, text=second_text, line=line)
    return first, second


def merged_segment(text: str, first: SourceSegment, second: SourceSegment) -> SourceSegment | None:
    """One segment spanning both, or None when a paragraph break or markup lies between."""
    gap = text[first.end : second.start]
    if not mergeable_gap(gap):
        return None
    return replace(first, end=second.end, text=joined_text(first.text, gap, second.text))


# ---- replaying ----------------------------------------------------------------------------


def _replay_split(
    text: str, segments: list[SourceSegment], edit: SegmentEdit
) -> list[SourceSegment]:
    cuts = {
        i: cut for i, s in enumerate(segments) if (cut := split_exact(edit, s.text)) is not None
    }
    if not cuts:  # the source changed since: one unambiguous candidate, or nothing
        near = {
            i: cut
            for i, s in enumerate(segments)
            if (cut := split_approximate(edit, s.text)) is not None
        }
        cuts = near if len(near) == 1 else {}
    result: list[SourceSegment] = []
    for index, segment in enumerate(segments):
        if index in cuts:
            result.extend(split_segment(text, segment, cuts[index]))
        else:
            result.append(segment)
    return result


def _replay_merge(
    text: str, segments: list[SourceSegment], edit: SegmentEdit
) -> list[SourceSegment]:
    pairs = [
        i
        for i in range(len(segments) - 1)
        if segments[i].text == edit.first and segments[i + 1].text == edit.second
    ]
    if not pairs:  # the source changed since: one side exact, the other similar
        near = [
            i
            for i in range(len(segments) - 1)
            if _one_side_changed(segments[i].text, segments[i + 1].text, edit)
        ]
        pairs = near if len(near) == 1 else []
    result: list[SourceSegment] = []
    index = 0
    while index < len(segments):
        if index in pairs:
            merged = merged_segment(text, segments[index], segments[index + 1])
            if merged is not None:
                result.append(merged)
                index += 2
                continue
        result.append(segments[index])
        index += 1
    return result


def _one_side_changed(first: str, second: str, edit: SegmentEdit) -> bool:
    if first == edit.first:
        return similar(second, edit.second)
    if second == edit.second:
        return similar(first, edit.first)
    return False


def similar(old: str, new: str) -> bool:
    return fuzz.ratio(old.split(), new.split()) >= SIMILAR_SENTENCE
