"""QA where the translator works: at confirm, and as a mark on every row of the grid.

Plain Python (no Textual): `EditorQA` keeps the flags of the open document's findings by unit
id and the mark of each row ("error" ✖, "warning" ⚠). At confirm the segment's checks run at once on
the new text (a fraction of a millisecond); the whole document is checked off the event loop
(`document_flags`, in another process for a big document, so the checks never hold the
UI's GIL), again when other documents, the glossary or the settings change, and after a sync.

What the editor keeps of the document's findings is their `Flag`s (check and severity, the
same few tuples shared by every unit), not the findings and their messages: at 100,000
segments with a finding on every third, the findings cost the editor ~80 MB, the flags ~5 MB.
A segment's own findings, with their messages, come from its lookup.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from workbench.app.editing.session import copy_unit
from workbench.app.quality.qa_run import ConfirmVerdict, confirm_findings, run_qa
from workbench.domain.model import Unit
from workbench.domain.qa import check_unit
from workbench.domain.qa.base import PROJECT_CHECKS, Finding, QAContext
from workbench.storage.project import Document, Project

MARKED = ("error", "warning")  # severities a row shows (info does not)
NOT_MARKED = frozenset({"untranslated"})  # the state mark says it already
IN_PROCESS_BELOW = 5_000  # units: a smaller document is checked in a thread
Stamp = tuple[tuple[str, int, int], ...]


class Flag(NamedTuple):
    """What a row's mark and the QA filter need of a finding."""

    check: str
    severity: str


Flags = tuple[Flag, ...]
FlagsByUnit = dict[str, Flags]
_SHARED: dict[tuple[str, str], Flag] = {}  # one Flag object per (check, severity)


def flags_of(findings: Iterable[Finding | Flag]) -> Flags:
    """The findings' flags, each the shared object for its check and severity."""
    return tuple(
        _SHARED.setdefault((f.check, f.severity), Flag(f.check, f.severity)) for f in findings
    )


@dataclass(frozen=True, slots=True)
class QAKind:
    """What a QA filter selects: findings of a severity, or of a check ("" for any)."""

    severity: str = ""
    check: str = ""

    def accepts(self, finding: Finding | Flag) -> bool:
        if finding.check in NOT_MARKED and finding.check != self.check:
            return False
        if self.severity and finding.severity != self.severity:
            return False
        return not self.check or finding.check == self.check


def mark_of(findings: Iterable[Finding | Flag]) -> str:
    """ "error", "warning" or "" for a row."""
    severities = {f.severity for f in findings if f.check not in NOT_MARKED}
    return next((severity for severity in MARKED if severity in severities), "")


def notice(findings: list[Finding]) -> str:
    """The findings as a notification: one "check: message" line each."""
    return "\n".join(f"{f.check}: {f.message}" for f in findings if f.check not in NOT_MARKED)


def document_findings(project: Project, document: Document, lang: str) -> list[Finding]:
    """The findings `workbench qa DOC` reports on the document as saved (blocking), but for
    "untranslated": the state mark says it, and a new document would send one per segment."""
    return [f for f in run_qa(project, [document], lang).findings if f.check not in NOT_MARKED]


def document_flags(project: Project, document: Document, lang: str) -> FlagsByUnit:
    """The flags of `document_findings`, by unit id."""
    by_unit: dict[str, list[Finding]] = {}
    for finding in document_findings(project, document, lang):
        by_unit.setdefault(finding.segment, []).append(finding)
    return {uid: flags_of(items) for uid, items in by_unit.items()}


def flags_elsewhere(project: Project, document: Document, lang: str) -> FlagsByUnit:
    """The same, computed in another process: a big document's checks take seconds of CPU,
    which in a thread would be taken from the UI under the GIL (only the flags come back)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        found = pool.submit(document_flags, project, document, lang).result()
    return {uid: flags_of(flags) for uid, flags in found.items()}  # shared again here


class EditorQA:
    def __init__(self, project: Project, document: Document, lang: str) -> None:
        self.project = project
        self.document = document
        self.lang = lang
        self.flags: FlagsByUnit = {}  # unit id -> its findings' flags
        self.marks: dict[str, str] = {}  # unit id -> "error" | "warning" (the grid reads it)
        self.computed = False  # the whole document was checked at least once
        self._stamp: Stamp | None = None
        self._touched: dict[str, Flags] | None = None  # changed while computing

    # ---- at confirm (UI thread, a fraction of a millisecond) -----------------------------
    def verdict(self, ctx: QAContext | None, unit: Unit, text: str) -> ConfirmVerdict | None:
        """The segment's checks on its new text; None when QA is not loaded (yet)."""
        if ctx is None:
            return None
        candidate = copy_unit(unit)
        candidate.target = text
        own = replace(ctx, memo={})  # the lookup worker may be using ctx's memo
        return confirm_findings(candidate, own, self.project.settings)

    def update_unit(self, unit_id: str, segment_findings: Iterable[Finding | Flag]) -> None:
        """A unit's segment checks ran again; its project-check findings stay as they were."""
        segment_flags = flags_of(segment_findings)
        kept = tuple(f for f in self.flags.get(unit_id, ()) if f.check in PROJECT_CHECKS)
        self.set_flags(unit_id, kept + segment_flags)
        if self._touched is not None:
            self._touched[unit_id] = segment_flags

    def set_flags(self, unit_id: str, flags: Flags) -> None:
        if flags:
            self.flags[unit_id] = flags
        else:
            self.flags.pop(unit_id, None)
        mark = mark_of(flags)
        if mark:
            self.marks[unit_id] = mark
        else:
            self.marks.pop(unit_id, None)

    # ---- the whole document (a worker) ---------------------------------------------------
    def compute(self, units: list[Unit], changed: set[str], ctx: QAContext | None) -> FlagsByUnit:
        """Flags by unit id: the saved document's findings (every check, as `workbench qa`),
        with the segment checks run again on the units changed in the editor, not saved yet."""
        self._stamp = self.stamp()
        if len(units) < IN_PROCESS_BELOW:
            by_unit = document_flags(self.project, self.document, self.lang)
        else:
            by_unit = flags_elsewhere(self.project, self.document, self.lang)
        if ctx is not None:
            own = replace(ctx, memo={})
            for unit in units:
                if unit.id in changed:
                    kept = tuple(f for f in by_unit.get(unit.id, ()) if f.check in PROJECT_CHECKS)
                    by_unit[unit.id] = kept + flags_of(check_unit(unit, own))
        return by_unit

    def begin(self) -> None:
        """A computation starts (UI thread): confirms from now on are applied over it."""
        self._touched = {}

    def take(self, by_unit: FlagsByUnit | None) -> None:
        """Use a computed result (UI thread; None: nothing new): the marks dict is changed
        in place."""
        touched, self._touched = self._touched or {}, None
        if by_unit is None:
            return
        self.flags = {uid: items for uid, items in by_unit.items() if items}
        marks = {uid: mark for uid, items in self.flags.items() if (mark := mark_of(items))}
        self.marks.clear()
        self.marks.update(marks)
        for uid, segment_findings in touched.items():
            self.update_unit(uid, segment_findings)
        self.computed = True

    def stamp(self) -> Stamp:
        """What the project checks depend on besides the open document: the other
        documents' catalogs, the glossary and the settings (their sizes and times)."""
        paths = [self.project.glossary_path, self.project.root / "workbench.toml"]
        own = self.project.catalog_path(self.document, self.lang)
        for document in self.project.documents():
            path = self.project.catalog_path(document, self.lang)
            if path != own:
                paths.append(path)
        return tuple(_signature(path) for path in paths)

    def outdated(self) -> bool:
        """True when something the marks depend on changed since they were computed."""
        return self.computed and self.stamp() != self._stamp

    # ---- filters -------------------------------------------------------------------------
    def flagged(self, kind: QAKind) -> set[str]:
        return {uid for uid, items in self.flags.items() if any(map(kind.accepts, items))}

    def checks_found(self) -> list[str]:
        return sorted({f.check for items in self.flags.values() for f in items})


def _signature(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), 0, 0)
    return (str(path), stat.st_mtime_ns, stat.st_size)
