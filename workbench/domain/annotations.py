"""Annotations: notes on a span of a segment's source or translation.

Each is a `note` record on the unit (see domain.model):

    {"id": "a-1f2e3d4c", "side": "source"|"target", "start": 4, "end": 10,
     "quote": "Miftakhov", "prefix": "ho is Azat ", "suffix": "? He is a ",
     "label": "person", "text": "free text", "by": "vera", "at": "2026-...Z",
     "publish": false}

`start`/`end` are character offsets into the side's text; `quote` is the text of the span
and `prefix`/`suffix` a few characters around it (like the W3C TextQuoteSelector), so the
note survives edits of the text around it: `annotations(unit)` re-anchors every note by its
quote and flags those whose quote is gone as orphaned (they are kept, never deleted).
"""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from workbench.domain.errors import WorkbenchError
from workbench.domain.model import NOTE, Unit, now_iso

Side = Literal["source", "target"]
SIDES: tuple[Side, ...] = ("source", "target")
CONTEXT_CHARS = 16
DEFAULT_LABELS: tuple[str, ...] = (
    "person",
    "place",
    "organisation",
    "legal",
    "term",
    "translator-note",
    "fact-check",
)
PUBLISHABLE_LABEL = "translator-note"


@dataclass(frozen=True, slots=True)
class NoteChange:
    """What an edit sets on an annotation; a part left None stays as it was."""

    label: str | None = None
    text: str | None = None
    publish: bool | None = None
    span: tuple[int, int] | None = None  # new offsets on the note's side


@dataclass(frozen=True, slots=True)
class Anchored:
    """An annotation placed on the segment's current text."""

    data: dict[str, Any]  # the stored record (its offsets may be stale; these are not)
    start: int
    end: int
    orphaned: bool = False

    @property
    def moved(self) -> bool:
        return not self.orphaned and (self.start, self.end) != (
            self.data.get("start"),
            self.data.get("end"),
        )

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def side(self) -> Side:
        return "source" if self.data.get("side") == "source" else "target"

    @property
    def quote(self) -> str:
        return str(self.data.get("quote", ""))

    @property
    def label(self) -> str:
        return str(self.data.get("label", ""))

    @property
    def text(self) -> str:
        return str(self.data.get("text", ""))

    @property
    def by(self) -> str | None:
        return self.data.get("by")

    @property
    def at(self) -> str | None:
        return self.data.get("at")

    @property
    def publish(self) -> bool:
        return bool(self.data.get("publish"))


# ---- the label set --------------------------------------------------------------------------
def labels(configured: Sequence[str]) -> tuple[str, ...]:
    """The labels a project allows: `[annotations] labels = [...]`, else DEFAULT_LABELS."""
    return tuple(configured) or DEFAULT_LABELS


def check_label(label: str, allowed: Sequence[str] | None) -> str:
    label = label.strip()
    if not label:
        raise WorkbenchError("an annotation needs a label")
    if allowed is not None and label not in allowed:
        raise WorkbenchError(
            f"label {label!r} is not in the project's labels ({', '.join(allowed)})"
        )
    return label


# ---- creating, editing, removing ------------------------------------------------------------
def side_text(unit: Unit, side: str) -> str:
    if side not in SIDES:
        raise WorkbenchError(f"side {side!r}: choose source or target")
    return unit.source if side == "source" else unit.target


def span_context(text: str, start: int, end: int) -> dict[str, str]:
    return {
        "quote": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


def check_span(unit: Unit, side: str, start: int, end: int) -> str:
    text = side_text(unit, side)
    if not 0 <= start < end <= len(text):
        raise WorkbenchError(
            f"segment {unit.id}: span {start}..{end} is not inside the {side} text "
            f"(0..{len(text)}, and start < end)"
        )
    return text


def add_annotation(
    unit: Unit,
    side: str,
    start: int,
    end: int,
    label: str,
    text: str,
    handle: str,
    publish: bool = False,
    allowed_labels: Sequence[str] | None = None,
    *,
    at: str | None = None,
    store: bool = True,
) -> dict[str, Any]:
    """Attach a note to `start..end` of the unit's `side`; returns the record. With
    `store=False` the record is only made (validated) and the unit is left as it is: the
    editing session journals it first and adds it when the journal entry applies."""
    whole = check_span(unit, side, start, end)
    note: dict[str, Any] = {
        "id": "a-" + secrets.token_hex(4),
        "side": side,
        "start": start,
        "end": end,
        **span_context(whole, start, end),
        "label": check_label(label, allowed_labels),
        "text": text.strip(),
        "by": handle,
        "at": at or now_iso(),
        "publish": bool(publish),
    }
    if store:
        unit.add_record(NOTE, note)
    return note


def find_annotation(unit: Unit, annotation_id: str) -> dict[str, Any]:
    for note in unit.records_of(NOTE):
        if note.get("id") == annotation_id:
            return note
    raise WorkbenchError(f"segment {unit.id}: no annotation {annotation_id!r}")


def edit_annotation(
    unit: Unit,
    annotation_id: str,
    handle: str,
    change: NoteChange,
    allowed_labels: Sequence[str] | None = None,
    at: str | None = None,
) -> dict[str, Any]:
    """Apply `change` to a note; records who edited it and when."""
    note = find_annotation(unit, annotation_id)
    if change.label is not None:
        note["label"] = check_label(change.label, allowed_labels)
    if change.text is not None:
        note["text"] = change.text.strip()
    if change.publish is not None:
        note["publish"] = bool(change.publish)
    if change.span is not None:
        start, end = change.span
        whole = check_span(unit, str(note.get("side", "target")), start, end)
        note.update({"start": start, "end": end, **span_context(whole, start, end)})
    note["edited_by"] = handle
    note["edited_at"] = at or now_iso()
    return note


def remove_annotation(unit: Unit, annotation_id: str) -> dict[str, Any]:
    note = find_annotation(unit, annotation_id)
    unit.remove_records(NOTE, lambda data: data is note)
    return note


# ---- re-anchoring ------------------------------------------------------------------------------
def anchored_annotations(unit: Unit, side: str | None = None) -> list[Anchored]:
    """Every note of the unit (or of one side), placed on the current text."""
    placed = []
    for note in unit.records_of(NOTE):
        if side is not None and note.get("side") != side:
            continue
        text = unit.source if note.get("side") == "source" else unit.target
        placed.append(anchor(note, text))
    return placed


def anchor(note: dict[str, Any], text: str) -> Anchored:
    """Place one note on `text`: at its offsets if the quote is still there, else by quote."""
    quote = str(note.get("quote", ""))
    start, end = note.get("start"), note.get("end")
    if not quote:
        return Anchored(note, 0, 0, orphaned=True)
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == quote and start >= 0:
        return Anchored(note, start, end)
    found = best_occurrence(text, quote, note, start if isinstance(start, int) else 0)
    if found is None:
        return Anchored(note, 0, 0, orphaned=True)
    return Anchored(note, found, found + len(quote))


def best_occurrence(text: str, quote: str, note: dict[str, Any], old_start: int) -> int | None:
    """The occurrence of `quote` whose surroundings best match the stored prefix/suffix;
    ties go to the one closest to the old position."""
    candidates = occurrences(text, quote)
    if not candidates:
        return None
    prefix, suffix = str(note.get("prefix", "")), str(note.get("suffix", ""))

    def score(position: int) -> tuple[int, int]:
        before = common_suffix(text[:position], prefix)
        after = common_prefix(text[position + len(quote) :], suffix)
        return (-(before + after), abs(position - old_start))

    return min(candidates, key=score)


def occurrences(text: str, quote: str) -> list[int]:
    found, position = [], text.find(quote)
    while position != -1:
        found.append(position)
        position = text.find(quote, position + 1)
    return found


def common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def common_suffix(a: str, b: str) -> int:
    return common_prefix(a[::-1], b[::-1])


def refresh_anchors(unit: Unit) -> list[Anchored]:
    """Re-anchor every note and store the new offsets and context in its record (call after
    an edit, before saving). Orphaned notes keep their last known offsets and are flagged
    `"orphaned": true` until their quote comes back."""
    placed = anchored_annotations(unit)
    for item in placed:
        note = item.data
        if item.orphaned:
            note["orphaned"] = True
            continue
        note.pop("orphaned", None)
        text = side_text(unit, item.side)
        note.update(
            {"start": item.start, "end": item.end, **span_context(text, item.start, item.end)}
        )
    return placed


# The name the rest of the code reads best with; `anchored_annotations` is the same function
# for modules that use `from __future__ import annotations` (the two names would clash).
annotations = anchored_annotations


def published_notes(unit: Unit) -> list[Anchored]:
    """Notes marked for publication (footnotes in exports), anchored, orphans left out."""
    return [item for item in anchored_annotations(unit) if item.publish and not item.orphaned]
