"""A segment's versions (who, when, state) and restoring one.

The current translation and up to `MAX_PREVIOUS` earlier ones are kept in the catalog (the
`edit` record and the `prev` records), so every clone has the same history. Version 1 is the
current one, 2 the one before it, and so on. Restoring a version makes its text the current
translation again (the replaced one becomes a version itself): nothing is lost.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

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
