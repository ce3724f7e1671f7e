"""How each glossary term was rendered across a project's translations.

For every glossary term found in a source segment, look for the same entry's terms in the
translation: the glossary term found there is the *rendering* (inflected forms count as
the same rendering). Forbidden variants and translations with no glossary term are
problems; so is an entry rendered in more than one way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.domain.glossary.model import Entry, Glossary
from workbench.storage.glossary.schema import load_glossary

if TYPE_CHECKING:
    from workbench.storage.project import Project

MISSING = "(no glossary term)"
Occurrence = tuple[str, str]  # (document name, segment id)


@dataclass
class TermReport:
    entry: Entry
    renderings: dict[str, list[Occurrence]] = field(default_factory=dict)
    forbidden: dict[str, list[Occurrence]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def to_json(self, source_lang: str, lang: str) -> dict[str, Any]:
        def listed(groups: dict[str, list[Occurrence]]) -> dict[str, list[dict[str, str]]]:
            return {
                text: [{"document": doc, "segment": seg} for doc, seg in occurrences]
                for text, occurrences in groups.items()
            }

        return {
            "id": self.entry.id,
            "entry": self.entry.label(source_lang),
            "lang": lang,
            "preferred": self.entry.preferred(lang),
            "renderings": listed(self.renderings),
            "forbidden": listed(self.forbidden),
            "problems": list(self.problems),
        }


def check_segment(
    glossary: Glossary, source: str, target: str, source_lang: str, lang: str
) -> list[tuple[Entry, str | None, str | None]]:
    """(entry, rendering or None, forbidden variant or None) per entry found in `source`."""
    source_entries: list[Entry] = []
    for hit in glossary.find(source, source_lang):
        if hit.entry not in source_entries:
            source_entries.append(hit.entry)
    if not source_entries:
        return []
    target_hits = glossary.find(target, lang)
    forbidden_hits = glossary.find_forbidden(target, lang)
    results = []
    for entry in source_entries:
        rendering = next((h.term for h in target_hits if h.entry is entry), None)
        bad = next((h.text for h in forbidden_hits if h.entry is entry), None)
        results.append((entry, rendering, bad))
    return results


def consistency_report(
    project: Project, lang: str, glossary: Glossary | None = None
) -> list[TermReport]:
    """One TermReport per glossary entry found in the translated sources of `project`."""
    glossary = glossary or load_glossary(project.glossary_path)
    source_lang = project.settings.source_lang
    reports: dict[str, TermReport] = {}
    for document in project.documents():
        if not project.catalog_path(document, lang).exists():
            continue
        catalog = project.load_catalog(document, lang)
        for unit in catalog.units:
            if not unit.target:
                continue
            for entry, rendering, bad in check_segment(
                glossary, unit.source, unit.target, source_lang, lang
            ):
                report = reports.setdefault(entry.id, TermReport(entry))
                place = (document.name, unit.id)
                if bad is not None:
                    report.forbidden.setdefault(bad, []).append(place)
                report.renderings.setdefault(rendering or MISSING, []).append(place)
    for report in reports.values():
        report.problems = _problems(report, lang)
    order = {entry.id: index for index, entry in enumerate(glossary.entries)}
    return sorted(reports.values(), key=lambda r: order.get(r.entry.id, 0))


def _problems(report: TermReport, lang: str) -> list[str]:
    problems = []
    for variant, places in report.forbidden.items():
        problems.append(f"forbidden rendering {variant!r} in {_count(places)}")
    missing = report.renderings.get(MISSING)
    if missing:
        preferred = report.entry.preferred(lang) or report.entry.label(lang)
        problems.append(f"{_count(missing)} without a glossary rendering (expected {preferred!r})")
    found = [text for text in report.renderings if text != MISSING]
    if len(found) > 1:
        listing = ", ".join(f"{text!r} ({len(report.renderings[text])})" for text in found)
        problems.append(f"rendered in {len(found)} ways: {listing}")
    return problems


def _count(places: list[Occurrence]) -> str:
    return f"{len(places)} segment" + ("" if len(places) == 1 else "s")
