"""Progress figures: segments and words by state, per document and language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from workbench.domain.model import STATES, Unit
from workbench.domain.review import PersonStats, person_stats
from workbench.domain.words import word_count
from workbench.storage.project import Document, Project


@dataclass
class DocumentStats:
    document: str
    lang: str
    segments: int = 0
    words: int = 0
    states: dict[str, int] = field(default_factory=lambda: {str(s): 0 for s in STATES})
    state_words: dict[str, int] = field(default_factory=lambda: {str(s): 0 for s in STATES})

    def add(self, unit: Unit) -> None:
        words = word_count(unit.source)
        self.segments += 1
        self.words += words
        self.states[str(unit.state)] += 1
        self.state_words[str(unit.state)] += words

    def merge(self, other: DocumentStats) -> None:
        self.segments += other.segments
        self.words += other.words
        for state in self.states:
            self.states[state] += other.states[state]
            self.state_words[state] += other.state_words[state]

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["words_by_state"] = data.pop("state_words")
        return data


def document_stats(project: Project, document: Document, lang: str) -> DocumentStats:
    stats = DocumentStats(document.name, lang)
    for unit in project.load_catalog(document, lang).units:
        stats.add(unit)
    return stats


def project_stats(
    project: Project, documents: list[Document], langs: tuple[str, ...]
) -> list[DocumentStats]:
    return [document_stats(project, doc, lang) for lang in langs for doc in documents]


def totals(rows: list[DocumentStats]) -> dict[str, DocumentStats]:
    by_lang: dict[str, DocumentStats] = {}
    for row in rows:
        by_lang.setdefault(row.lang, DocumentStats("TOTAL", row.lang)).merge(row)
    return by_lang


def project_person_stats(
    project: Project, documents: Sequence[Document], langs: Sequence[str]
) -> dict[str, PersonStats]:
    """`person_stats` over every catalog of `documents` x `langs` of the project."""
    units = [
        unit
        for lang in langs
        for document in documents
        for unit in project.load_catalog(document, lang).units
    ]
    return person_stats(units)
