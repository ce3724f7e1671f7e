"""Auto-propagation of repetitions: the project setting and the other documents.

    [tm]
    propagate = "draft"        # "draft" (default) | "translated" | "off"

The open document's repetitions go through its `EditingSession` (journaled, like any
edit); the other documents are filled by `workbench.app.memory.pretranslate.propagate`,
which is given a view of the project without the open document (its PO file belongs to
the session until it is folded).
"""

from __future__ import annotations

import threading

from workbench.domain.model import State, Unit
from workbench.storage.project import Document, Project

_lock = threading.Lock()  # one propagation at a time: two would load and save the same PO


def propagation_mode(project: Project) -> str:
    """The `[tm] propagate` setting (validated when workbench.toml was read)."""
    return project.settings.tm.propagate


class RepetitionIndex:
    """Unit indices by source text, so a confirm finds its repetitions without a scan of the
    whole document (20 ms at 100,000 segments, on every confirm).

    Sources do not change while a document is edited; build a new index when the units are
    reloaded from disk. Entries are checked against the units, so a stale index never fills
    the wrong segment.
    """

    def __init__(self, units: list[Unit]) -> None:
        self._by_source: dict[str, list[int]] = {}
        for i, unit in enumerate(units):
            self._by_source.setdefault(unit.source, []).append(i)

    def repetitions(self, units: list[Unit], index: int, skip: set[str]) -> list[int]:
        """Indices of the other untranslated units with exactly the source of unit `index`."""
        source = units[index].source
        return [
            i
            for i in self._by_source.get(source, ())
            if i != index
            and i < len(units)
            and units[i].source == source
            and units[i].state is State.UNTRANSLATED
            and units[i].id not in skip
        ]


def propagate_elsewhere(
    project: Project, open_document: Document, source: str, target: str, lang: str, mode: str
) -> int:
    """Fill the untranslated repetitions in every other document (blocking: a worker)."""
    from workbench.app.memory.pretranslate import propagate

    with _lock:
        return propagate(
            project, source, target, lang, as_draft=mode == "draft", leave_out=open_document
        )
