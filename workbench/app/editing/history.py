"""A segment's versions (who, when, state) and restoring one.

The current translation and the earlier ones (the newest `[storage] history_limit`, 100 by
default) are kept in the catalog (the `edit` record and the `prev` records), so every clone
has the same history. Version 1 is the
current one, 2 the one before it, and so on. Restoring a version makes its text the current
translation again (the replaced one becomes a version itself): nothing is lost.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol

from workbench.app.editing.session import Change
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import State, Unit
from workbench.domain.workflow import previous_translations, set_translation
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project


@dataclass(frozen=True, slots=True)
class Version:
    number: int  # 1 = current
    text: str
    by: str | None
    at: str | None
    state: str
    current: bool = False

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def versions(unit: Unit) -> list[Version]:
    """Newest first: the current translation (when there is one), then the earlier ones."""
    found: list[Version] = []
    if unit.target:
        edit = unit.last_edit or {}
        found.append(Version(1, unit.target, edit.get("by"), edit.get("at"), str(unit.state), True))
    for previous in previous_translations(unit):
        text = previous.get("text")
        if not isinstance(text, str):
            continue
        state = previous.get("state") or str(State.TRANSLATED)
        found.append(Version(len(found) + 1, text, previous.get("by"), previous.get("at"), state))
    return found


def restore(unit: Unit, number: int, handle: str) -> Version:
    """Make version `number` the current translation again (a draft if it was one)."""
    known = versions(unit)
    chosen = next((version for version in known if version.number == number), None)
    if chosen is None:
        raise WorkbenchError(
            f"{unit.id}: no version {number} (versions: 1-{len(known)})"
            if known
            else f"{unit.id}: no versions yet"
        )
    if not chosen.current:
        set_translation(unit, chosen.text, handle, draft=chosen.state == State.DRAFT)
    return chosen


def load_unit(
    project: Project, document_ref: str, unit_id: str, lang: str | None
) -> tuple[Catalog, Unit]:
    document = project.document(document_ref)
    catalog = project.load_catalog(document, project.target_langs(lang)[0])
    try:
        return catalog, catalog.unit(unit_id)
    except KeyError:
        raise WorkbenchError(
            f"{unit_id}: no such segment in {project.relative(catalog.path)}"
        ) from None


# ---- in the editor: restoring a version, undoing a replace-all ------------------------------


class Session(Protocol):
    """What undo needs of the editing session (app.editing.session.EditingSession)."""

    units: list[Unit]
    index: dict[str, int]

    def apply_many(self, changes: list[tuple[int, str]]) -> list[Change]: ...
    def confirm(self, index: int, text: str) -> Change: ...
    def draft(self, index: int, text: str) -> Change: ...


def restore_in_session(session: Session, index: int, number: int) -> Change | None:
    """Restore version `number` of unit `index` through the session (journaled, durable);
    None when it is the current one already."""
    unit = session.units[index]
    known = versions(unit)
    chosen = next((version for version in known if version.number == number), None)
    if chosen is None:
        raise WorkbenchError(f"{unit.id}: no version {number}")
    if chosen.current:
        return None
    if chosen.state == State.DRAFT:
        return session.draft(index, chosen.text)
    return session.confirm(index, chosen.text)


@dataclass(frozen=True, slots=True)
class EditBatch:
    """Changes made as one step (a replace-all): (unit id, text before, text after)."""

    label: str
    changes: tuple[tuple[str, str, str], ...]


@dataclass
class UndoStack:
    """Steps that can be undone as one, newest last."""

    limit: int = 20
    steps: list[EditBatch] = field(default_factory=list)

    def push(self, batch: EditBatch) -> None:
        if batch.changes:
            self.steps = [*self.steps, batch][-self.limit :]

    def record(self, label: str, session: Session, changes: list[tuple[int, str]]) -> list[Change]:
        """Apply `changes` (index, new text) through the session as one undoable step."""
        before = [
            (session.units[index].id, session.units[index].target, new) for index, new in changes
        ]
        applied = session.apply_many(changes)
        done = tuple(
            (unit_id, old, new)
            for unit_id, old, new in before
            if session.units[session.index[unit_id]].target == new and old != new
        )
        self.push(EditBatch(label, done))
        return applied

    @property
    def last_label(self) -> str | None:
        return self.steps[-1].label if self.steps else None

    def undo(self, session: Session) -> tuple[list[Change], int]:
        """Undo the newest step: (the changes, units left as they are because they were
        edited again since)."""
        if not self.steps:
            return [], 0
        batch = self.steps.pop()
        back: list[tuple[int, str]] = []
        skipped = 0
        for unit_id, old, new in batch.changes:
            index = session.index.get(unit_id)
            if index is None or session.units[index].target != new:
                skipped += 1
                continue
            back.append((index, old))
        return session.apply_many(back), skipped
