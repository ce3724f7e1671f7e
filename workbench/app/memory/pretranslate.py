"""Pre-translation and propagation of repetitions: filling untranslated segments as drafts.

`--min-score 100` (the default) takes exact and in-context matches from any origin, drafts
and imported memories included (their penalty only ranks them). Below 100 the penalised
score counts, and a match that differs only in numbers/placeholders is inserted with them
fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.model import State, Unit
from workbench.domain.workflow import confirm, mark_draft
from workbench.storage.project import Document, Project
from workbench.storage.tm.memory import TranslationMemory
from workbench.storage.tm.units import Match, segment_key
from workbench.storage.writer import project_writer


@dataclass
class PretranslateCounts:
    exact: int = 0
    fuzzy: int = 0
    left: int = 0

    @property
    def filled(self) -> int:
        return self.exact + self.fuzzy


def pretranslate(
    project: Project, memory: TranslationMemory, document: Document, lang: str, min_score: int = 100
) -> PretranslateCounts:
    """Fill the document's untranslated units in `lang`; saves the catalog if anything changed."""
    with project_writer(project).catalog(document, lang) as catalog:
        return _pretranslate(project, memory, document, lang, catalog.units, min_score)


def _pretranslate(
    project: Project,
    memory: TranslationMemory,
    document: Document,
    lang: str,
    units: list[Unit],
    min_score: int,
) -> PretranslateCounts:
    counts = PretranslateCounts()
    for number, unit in enumerate(units):
        if unit.state != State.UNTRANSLATED:
            continue
        match = best_match(
            memory, project.settings.source_lang, lang, document.name, units, number, min_score
        )
        if match is None:
            counts.left += 1
            continue
        text = match.fixed_target or match.unit.target
        mark_draft(unit, text, project.handle)
        if match.unit.source == unit.source:
            counts.exact += 1
        else:
            counts.fuzzy += 1
    return counts


def best_match(
    memory: TranslationMemory,
    source_lang: str,
    lang: str,
    document: str,
    units: list[Unit],
    number: int,
    min_score: int,
) -> Match | None:
    unit = units[number]
    context = {
        "prev_source": units[number - 1].source if number else None,
        "next_source": units[number + 1].source if number + 1 < len(units) else None,
        "exclude_segment_id": segment_key(document, unit.id),
    }
    exact = memory.lookup_exact(unit.source, source_lang, lang, **context)
    if exact:
        return exact[0]
    if min_score >= 100:
        return None
    found = memory.lookup(unit.source, source_lang, lang, limit=1, min_score=min_score, **context)
    return found[0] if found else None


def repetitions(project: Project, source: str, lang: str) -> list[tuple[Document, str]]:
    """(document, unit id) of every untranslated unit whose source is exactly `source`."""
    found = []
    for document in project.documents():
        if not project.catalog_path(document, lang).exists():
            continue
        for unit in project.load_catalog(document, lang).units:
            if unit.source == source and unit.state == State.UNTRANSLATED:
                found.append((document, unit.id))
    return found


WORD = re.compile(r"\w+")


def may_hold(path: Path, source: str) -> bool:
    """False only when the PO file cannot hold `source`: its longest word is not in the file.

    Words survive PO line wrapping whole (lines break at spaces), so the check never misses a
    repetition; it spares parsing every other catalog of the project on each confirm. A file
    that is not UTF-8 is always parsed.
    """
    words = WORD.findall(source)
    if not words:
        return True
    try:
        data = path.read_bytes()
    except OSError:
        return True
    if b"charset=utf-8" not in data[:4096].lower():
        return True
    return max(words, key=len).encode("utf-8") in data


def propagate(
    project: Project,
    source: str,
    target: str,
    lang: str,
    *,
    as_draft: bool = True,
    leave_out: Document | None = None,
) -> int:
    """Fill every untranslated repetition of `source` with `target` in every document but
    `leave_out` (the one open in the editor, whose session fills its own); returns how many."""
    filled = 0
    for document in project.documents():
        if leave_out is not None and document.name == leave_out.name:
            continue
        path = project.catalog_path(document, lang)
        if not path.exists() or not may_hold(path, source):
            continue
        with project_writer(project).catalog(document, lang) as catalog:
            for unit in catalog.units:
                if unit.source == source and unit.state == State.UNTRANSLATED:
                    (mark_draft if as_draft else confirm)(unit, target, project.handle)
                    filled += 1
    return filled
