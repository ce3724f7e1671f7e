"""The translation unit: one segment of a document in one target language.

A `Unit` is what a PO entry holds. Workbench data that gettext tools would drop if it were
a flag (review state, history, comments, annotations, ignored QA findings, merge
alternatives) lives in translator comments as *records*, one per line:

    # wb <kind> <one-line JSON object>

`records` keeps them in file order; the helpers below read and write the common kinds.
Translator comments that are not records (written by a person in Poedit, say) are kept
verbatim in `plain_comments`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class State(StrEnum):
    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    TRANSLATED = "translated"
    APPROVED = "approved"
    REJECTED = "rejected"


STATES: tuple[State, ...] = tuple(State)

# Record kinds. One module owns each; the store only serialises them.
REVIEW = "review"  # {"state": "approved"|"rejected", "by", "at", "hash"}  (at most one)
EDIT = "edit"  # {"by", "at"}: who last changed the translation (at most one)
PREVIOUS = "prev"  # {"text", "by", "at", "state"}: earlier translations, newest first
COMMENT = "comment"  # {"id", "by", "at", "text", "resolved"}
NOTE = "note"  # annotation on a span: see domain.annotations
IGNORE = "ignore"  # {"check", "reason", "by", "at"}: a QA finding ignored for everyone
ALTERNATIVE = "alt"  # {"text", "by", "at"}: a competing translation kept by a merge
CONFLICT = "conflict"  # {"by", "at"}: flagged by a merge, cleared when resolved
BASE = "base"  # {"hash", "state"}: in an exported PO only, what the project held at export

# A segment's history (`prev` records) is kept whole by the rules; the project's writer keeps
# the newest `[storage] history_limit` versions of it when it writes (this many by default).
MAX_PREVIOUS = 100


def text_hash(text: str) -> str:
    """Short hash of a translation, stored with review records to notice later edits."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(slots=True)
class Record:
    kind: str
    data: dict[str, Any]


@dataclass(slots=True)
class Unit:
    id: str
    source: str
    target: str = ""
    fuzzy: bool = False
    references: list[tuple[str, str]] = field(default_factory=list)
    previous_source: str | None = None
    extracted: str = ""
    plain_comments: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    other_flags: list[str] = field(default_factory=list)

    # ---- records -------------------------------------------------------------------------
    def records_of(self, kind: str) -> list[dict[str, Any]]:
        return [record.data for record in self.records if record.kind == kind]

    def first_record(self, kind: str) -> dict[str, Any] | None:
        for record in self.records:
            if record.kind == kind:
                return record.data
        return None

    def set_single_record(self, kind: str, data: dict[str, Any] | None) -> None:
        """Replace every record of `kind` by `data` (or remove them when `data` is None)."""
        self.records = [record for record in self.records if record.kind != kind]
        if data is not None:
            self.records.append(Record(kind, data))

    def add_record(self, kind: str, data: dict[str, Any]) -> None:
        self.records.append(Record(kind, data))

    def remove_records(
        self, kind: str, predicate: Callable[[dict[str, Any]], bool] | None = None
    ) -> None:
        """Drop the records of `kind` (only those whose data `predicate` accepts, if given)."""
        self.records = [
            record
            for record in self.records
            if record.kind != kind or (predicate is not None and not predicate(record.data))
        ]

    # ---- state ---------------------------------------------------------------------------
    @property
    def state(self) -> State:
        review = self.first_record(REVIEW)
        if review and review.get("state") == State.REJECTED:
            if review.get("hash") == text_hash(self.target):
                return State.REJECTED
        if not self.target:
            return State.UNTRANSLATED
        if self.fuzzy:
            return State.DRAFT
        if (
            review
            and review.get("state") == State.APPROVED
            and review.get("hash") == text_hash(self.target)
        ):
            return State.APPROVED
        return State.TRANSLATED

    @property
    def last_edit(self) -> dict[str, Any] | None:
        return self.first_record(EDIT)

    @property
    def line(self) -> int:
        """1-based line of the segment in its source file (0 when unknown)."""
        for _path, line in self.references:
            if line.isdigit():
                return int(line)
        return 0


def trim_history(unit: Unit, limit: int) -> bool:
    """Keep the newest `limit` earlier versions of the unit (0: all); True if some went."""
    if limit <= 0 or len(unit.records) <= limit:
        return False
    history = [r for r in unit.records if r.kind == PREVIOUS]
    if len(history) <= limit:
        return False
    dropped = {id(r) for r in history[limit:]}
    unit.records = [r for r in unit.records if id(r) not in dropped]
    return True
