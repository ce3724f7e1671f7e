"""Match analysis: how much of each document the memory already covers, in the buckets
translators quote and pay by (repetitions, 101%, 100%, 95-99, 85-94, 75-84, 50-74, no match).

Each segment falls in one bucket, checked in this order: 101 (in-context exact match
elsewhere in the memory), repetition (the same source earlier in the analysis: earlier
in this document or in a document listed before it), then the best memory score. A
segment never matches itself. Scores include the draft and TMX penalties.
"""

from __future__ import annotations

from workbench.app.memory.project_memory import load_project_memory
from workbench.domain.words import word_count
from workbench.storage.project import Project
from workbench.storage.tm.memory import TranslationMemory
from workbench.storage.tm.units import segment_key

BUCKETS = ("repetitions", "101", "100", "95-99", "85-94", "75-84", "50-74", "no match")
_FUZZY = ((100, "100"), (95, "95-99"), (85, "85-94"), (75, "75-84"), (50, "50-74"))


class Counts(dict[str, int]):
    """{"segments": n, "words": n}; prints as "segments/words"."""

    def __str__(self) -> str:
        return f"{self['segments']}/{self['words']}"


def analyse(
    project: Project, lang: str, memory: TranslationMemory | None = None
) -> dict[str, dict[str, Counts]]:
    """{document name: {bucket: Counts}} for every document of the project, in `lang`."""
    memory = memory or load_project_memory(project)
    source_lang = project.settings.source_lang
    seen: set[str] = set()
    result: dict[str, dict[str, Counts]] = {}
    for document in project.documents():
        path = project.catalog_path(document, lang)
        if not path.exists():
            continue
        units = project.load_catalog(document, lang).units
        buckets = {name: Counts(segments=0, words=0) for name in BUCKETS}
        for number, unit in enumerate(units):
            prev_source = units[number - 1].source if number else None
            next_source = units[number + 1].source if number + 1 < len(units) else None
            best = memory.lookup(
                unit.source,
                source_lang,
                lang,
                limit=1,
                min_score=50,
                prev_source=prev_source,
                next_source=next_source,
                exclude_segment_id=segment_key(document.name, unit.id),
            )
            score = best[0].score if best else 0
            name = bucket(score, unit.source in seen)
            seen.add(unit.source)
            buckets[name]["segments"] += 1
            buckets[name]["words"] += word_count(unit.source)
        result[document.name] = buckets
    return result


def bucket(score: int, repeated: bool) -> str:
    if score >= 101:
        return "101"
    if repeated:
        return "repetitions"
    for floor, name in _FUZZY:
        if score >= floor:
            return name
    return "no match"
