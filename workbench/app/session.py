"""The editing session of one document in one target language (what the editor works on).

Every operation (1) applies the domain workflow to the unit, (2) appends one line to the
journal (`.workbench/journal/<lang>/<doc>.jsonl`) and fsyncs it before returning, and
(3) marks the unit dirty. `fold()` writes the PO file atomically (the UI calls it from a
worker thread, debounced, and on quit) and drops the folded journal entries. A journal left
behind by a crash is replayed on the next start. Unconfirmed text typed in the editor is
journaled as a "pending" entry and offered again on the next start.

The PO file may change on disk while the session is open (`git pull`, another editor):
`check_external()` notices, and the reload keeps our dirty units, storing the disk version
of a unit that both sides changed as an `alt` record plus a `conflict` record.

Thread safety: operations run on the UI thread; `fold()` and `check_external()` in a worker.
`lock` guards the unit list, the dirty set and the journal.
"""

from __future__ import annotations

import copy
import fcntl
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.domain import comments as comment_ops
from workbench.domain import conflicts, session_review, workflow
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import ALTERNATIVE, STATES, Record, State, Unit, now_iso
from workbench.storage.catalog import Catalog
from workbench.storage.journal import Journal
from workbench.storage.project import Document, Project

Signature = tuple[int, int, str]


@dataclass
class ReloadReport:
    changed: list[str] = field(default_factory=list)  # unit ids taken from disk
    conflicts: list[str] = field(default_factory=list)  # ours kept, theirs in an alt record
    added: int = 0


def copy_unit(unit: Unit) -> Unit:
    return Unit(
        id=unit.id,
        source=unit.source,
        target=unit.target,
        fuzzy=unit.fuzzy,
        references=list(unit.references),
        previous_source=unit.previous_source,
        extracted=unit.extracted,
        plain_comments=list(unit.plain_comments),
        records=[Record(r.kind, copy.deepcopy(r.data)) for r in unit.records],
        other_flags=list(unit.other_flags),
    )


def unit_content(unit: Unit) -> tuple[Any, ...]:
    records = tuple((r.kind, repr(r.data)) for r in unit.records)
    return (unit.source, unit.target, unit.fuzzy, unit.previous_source, records)


def file_signature(path: Path, known: Signature | None = None) -> Signature | None:
    """(mtime_ns, size, hash) of the file; the hash is only computed when mtime/size moved."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    if known is not None and (stat.st_mtime_ns, stat.st_size) == known[:2]:
        return known
    digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    return (stat.st_mtime_ns, stat.st_size, digest)


class EditingSession:
    def __init__(
        self, project: Project, document: Document, lang: str, handle: str | None = None
    ) -> None:
        self.project = project
        self.document = document
        self.lang = lang
        self.handle = handle or project.handle
        self.path = project.catalog_path(document, lang)
        self.lock = threading.RLock()
        self._fold_lock = threading.Lock()
        journal_dir = project.cache_dir / "journal" / lang
        self.journal = Journal(journal_dir / f"{document.name}.jsonl")
        self.lock_path = project.cache_dir / "locks" / lang / f"{document.name}.lock"
        self.catalog: Catalog = project.load_catalog(document, lang)
        self._disk: Signature | None = file_signature(self.path)
        self.units: list[Unit] = self.catalog.units
        self.index: dict[str, int] = {unit.id: i for i, unit in enumerate(self.units)}
        self._base: dict[str, str] = {}  # unit id -> target as last read from / written to disk
        self.dirty: set[str] = set()
        self.pending: dict[str, str] = {}  # unit id -> unconfirmed text from the editor
        self._tail: list[dict[str, Any]] = []  # journal entries not folded yet
        self.replayed = self._replay()

    # ---- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.units)

    @property
    def source_lang(self) -> str:
        return self.catalog.source_lang or self.project.settings.source_lang

    def unit_at(self, index: int) -> Unit:
        return self.units[index]

    def state_counts(self) -> dict[str, int]:
        counts = {str(state): 0 for state in STATES}
        for unit in self.units:
            counts[str(unit.state)] += 1
        return counts

    def next_index(self, start: int, wanted: set[State], step: int = 1) -> int | None:
        """The next unit after `start` (wrapping around) whose state is in `wanted`."""
        count = len(self.units)
        for offset in range(1, count + 1):
            index = (start + step * offset) % count
            if self.units[index].state in wanted:
                return index
        return None

    # ---- operations (UI thread) ----------------------------------------------------------
    def confirm(self, index: int, text: str) -> bool:
        return self._record({"op": "confirm", "text": text}, index)

    def draft(self, index: int, text: str) -> bool:
        return self._record({"op": "draft", "text": text}, index)

    def approve(self, index: int) -> bool:
        return self._record({"op": "approve"}, index)

    def reject(self, index: int, comment: str | None = None) -> bool:
        return self._record({"op": "reject", "comment": self._new_comment(comment)}, index)

    def comment(self, index: int, text: str) -> bool:
        return self._record({"op": "comment", "comment": self._new_comment(text)}, index)

    def resolve_comments(self, index: int) -> bool:
        return self._record({"op": "resolve"}, index)

    # review operations (validated before they are journaled: see domain.session_review)
    def annotate(
        self, index: int, side: str, start: int, end: int, label: str, text: str, publish: bool
    ) -> dict[str, Any]:
        from workbench.domain.annotations import labels

        unit = self.units[index]
        allowed = labels(self.project.settings.annotations.labels)
        note = session_review.new_note(
            unit, side, start, end, label, text, self.handle, publish, allowed
        )
        self._record({"op": session_review.ANNOTATE, "note": note}, index)
        return note

    def edit_annotation(
        self, index: int, note_id: str, label: str, text: str, publish: bool
    ) -> bool:
        from workbench.domain.annotations import check_label, labels

        session_review.check_note_exists(self.units[index], note_id)
        check_label(label, labels(self.project.settings.annotations.labels))
        entry = {"op": session_review.EDIT_NOTE, "note_id": note_id, "label": label}
        return self._record({**entry, "text": text, "publish": publish}, index)

    def remove_annotation(self, index: int, note_id: str) -> bool:
        session_review.check_note_exists(self.units[index], note_id)
        return self._record({"op": session_review.REMOVE_NOTE, "note_id": note_id}, index)

    def ignore_finding(self, index: int, check_id: str, reason: str) -> bool:
        session_review.check_ignore(self.units[index], check_id, reason)
        entry = {"op": session_review.IGNORE_QA, "check": check_id, "reason": reason.strip()}
        return self._record(entry, index)

    def approve_many(self, indices: list[int]) -> int:
        """Approve several units (bulk review); one journal fsync. Returns how many changed."""
        return self._record_many([(index, {"op": "approve"}) for index in indices])

    def apply_many(self, changes: list[tuple[int, str]]) -> int:
        """Set several translations at once (search and replace), keeping each unit's
        draft/translated state; one journal fsync. Returns how many units changed."""
        return self._record_many(
            [
                (index, {"op": "draft" if self.units[index].fuzzy else "confirm", "text": text})
                for index, text in changes
            ]
        )

    def set_pending(self, index: int, text: str | None) -> None:
        """Keep (or, with None, forget) unconfirmed editor text for the unit, durably."""
        unit = self.units[index]
        with self.lock:
            if text is None or text == unit.target:
                if unit.id not in self.pending:
                    return
                self.pending.pop(unit.id, None)
                text = None
            elif self.pending.get(unit.id) == text:
                return
            else:
                self.pending[unit.id] = text
            self.journal.append({"op": "pending", "id": unit.id, "text": text})

    def _new_comment(self, text: str | None) -> dict[str, Any] | None:
        if text is None or not text.strip():
            return None
        scratch = Unit(id="", source="")
        return comment_ops.add_comment(scratch, self.handle, text)

    def _record(self, entry: dict[str, Any], index: int) -> bool:
        return self._record_many([(index, entry)]) == 1

    def _record_many(self, operations: list[tuple[int, dict[str, Any]]]) -> int:
        """Apply each operation to its unit and journal the ones that changed something,
        with one fsync, before returning: durable before the editor moves on."""
        entries = []
        with self.lock:
            for index, operation in operations:
                unit = self.units[index]
                entry = {**operation, "id": unit.id, "by": self.handle, "at": now_iso()}
                if unit.id not in self.dirty:
                    self._base[unit.id] = unit.target
                if self._apply(unit, entry):
                    entries.append(entry)
                    self.dirty.add(unit.id)
                    self.pending.pop(unit.id, None)
            self.journal.append_many(entries)
            self._tail.extend(entries)
        return len(entries)

    def _apply(self, unit: Unit, entry: dict[str, Any]) -> bool:
        op, by, at = entry.get("op"), entry.get("by") or self.handle, entry.get("at")
        before = unit_content(unit)
        if op == "confirm":
            workflow.confirm(unit, str(entry.get("text", "")), by, at)
            conflicts.resolve(unit)  # confirming a flagged segment is choosing (or combining)
        elif op == "draft":
            workflow.mark_draft(unit, str(entry.get("text", "")), by, at)
        elif op == "approve" and unit.state is not State.UNTRANSLATED:
            workflow.approve(unit, by, at)
        elif op == "reject" and unit.state is not State.UNTRANSLATED:
            workflow.reject(unit, by, at)
            self._add_comment(unit, entry.get("comment"))
        elif op == "comment":
            self._add_comment(unit, entry.get("comment"))
        elif op == "resolve":
            comment_ops.resolve_thread(unit, by, at)
        elif op in session_review.OPS:
            session_review.apply(unit, entry, by, at)
        return unit_content(unit) != before

    @staticmethod
    def _add_comment(unit: Unit, comment: Any) -> None:
        if not isinstance(comment, dict) or not comment.get("id"):
            return
        if any(c.get("id") == comment["id"] for c in comment_ops.comments(unit)):
            return  # replayed after a fold that already wrote it
        unit.add_record("comment", dict(comment))

    def _replay(self) -> int:
        """Apply a journal left by an earlier session (crash); returns how many ops applied."""
        applied = 0
        for entry in self.journal.read():
            index = self.index.get(str(entry.get("id")))
            if index is None:
                continue
            unit = self.units[index]
            if entry.get("op") == "pending":
                text = entry.get("text")
                if isinstance(text, str) and text != unit.target:
                    self.pending[unit.id] = text
                else:
                    self.pending.pop(unit.id, None)
                continue
            self._tail.append(entry)
            if unit.id not in self.dirty:
                self._base[unit.id] = unit.target
            if self._apply(unit, entry):
                applied += 1
                self.dirty.add(unit.id)
                self.pending.pop(unit.id, None)
        return applied

    # ---- writing (worker thread) ---------------------------------------------------------
    @property
    def needs_fold(self) -> bool:
        return bool(self.dirty or self._tail)

    def fold(self) -> ReloadReport | None:
        """Write the catalog (atomically) and drop the folded journal entries.

        Reloads first when the file changed on disk; returns that reload's report, if any.
        """
        with self._fold_lock, self._file_lock():
            report = self._reload_if_changed()
            with self.lock:
                if not self.dirty and not self._tail:
                    return report
                dirty = set(self.dirty)
                self.dirty.clear()
                copies = {uid: copy_unit(self.units[self.index[uid]]) for uid in dirty}
                snapshot = [copies.get(unit.id, unit) for unit in self.units]
                folded = len(self._tail)
                header = dict(self.catalog.header)
            catalog = Catalog(
                self.path, header, snapshot, self.catalog.obsolete, self.catalog.header_comment
            )
            try:
                catalog.save(self.handle)
            except BaseException:
                with self.lock:
                    self.dirty |= dirty
                raise
            with self.lock:
                self._disk = file_signature(self.path)
                for uid, unit in copies.items():
                    self._base[uid] = unit.target
                self._tail = self._tail[folded:]
                pending = [{"op": "pending", "id": k, "text": v} for k, v in self.pending.items()]
                self.journal.rewrite(pending + self._tail)
            return report

    @contextmanager
    def _file_lock(self) -> Iterator[None]:
        """An advisory lock so that two sessions never interleave writes of one PO file."""
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    # ---- external changes (worker thread) ------------------------------------------------
    def external_change(self) -> bool:
        """True when the PO file on disk is not what this session last read or wrote."""
        signature = file_signature(self.path, self._disk)
        if signature is None or signature == self._disk:
            return False
        if self._disk is not None and signature[2] == self._disk[2]:
            self._disk = signature
            return False
        return True

    def check_external(self) -> ReloadReport | None:
        """Reload when the file changed on disk; None when it did not."""
        with self._fold_lock, self._file_lock():
            return self._reload_if_changed()

    def _reload_if_changed(self) -> ReloadReport | None:
        if not self.external_change():
            return None
        signature = file_signature(self.path)
        disk = Catalog.load(self.path)
        with self.lock:
            report = self._merge(disk)
            self._disk = signature
        return report

    def _merge(self, disk: Catalog) -> ReloadReport:
        report = ReloadReport()
        ours = {unit.id: unit for unit in self.units}
        merged: list[Unit] = []
        for theirs in disk.units:
            mine = ours.pop(theirs.id, None)
            if mine is None:
                report.added += 1
                merged.append(theirs)
            elif theirs.id in self.dirty:
                if theirs.target not in (self._base_target(mine), mine.target):
                    self._keep_both(mine, theirs)
                    report.conflicts.append(mine.id)
                merged.append(mine)
            else:
                if unit_content(theirs) != unit_content(mine):
                    report.changed.append(theirs.id)
                merged.append(theirs)
        merged.extend(unit for unit in ours.values() if unit.id in self.dirty)
        self.units[:] = merged
        self.index = {unit.id: i for i, unit in enumerate(self.units)}
        for unit in merged:
            if unit.id not in self.dirty:
                self._base[unit.id] = unit.target
        self.catalog.header = disk.header
        self.catalog.obsolete = disk.obsolete
        return report

    def _base_target(self, unit: Unit) -> str:
        return self._base.get(unit.id, unit.target)

    def _keep_both(self, mine: Unit, theirs: Unit) -> None:
        mine.remove_records(ALTERNATIVE, lambda data: data.get("text") == theirs.target)
        conflicts.keep_alternative(mine, theirs)
        conflicts.flag_conflict(mine, self.handle, now_iso())

    def close(self) -> None:
        self.journal.close()


def preview_units(
    project: Project, document: Document, lang: str, size: int = 1 << 16
) -> list[Unit]:
    """The first units of the catalog, read from the head of the file: something to paint
    while a big catalog loads in a worker. Empty when the head cannot be read."""
    path = project.catalog_path(document, lang)
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
        if len(head) == size:
            head = head[: head.rfind(b"\n\n") + 1]
        return Catalog.from_text(head.decode("utf-8", errors="ignore"), path).units
    except (OSError, WorkbenchError):
        return []


def conflict_alternatives(unit: Unit) -> list[dict[str, Any]]:
    """The competing translations kept for a unit flagged as a conflict (empty otherwise)."""
    return conflicts.alternatives(unit)
