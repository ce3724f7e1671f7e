"""The shared glossary: glossary.yml, term recognition across word forms, consistency.

Public API (see docs/glossary.md for the file format):

    load_glossary(path) -> Glossary            InputError on any problem, with its line
    Glossary.find(text, lang) -> [TermHit]     longest match wins, no overlaps, by start
    Glossary.find_forbidden(text, lang)
    inflect_like(target_term, source_hit_text, source_lang, target_lang) -> [str]
    add_entry(path, terms=..., ...) -> Entry   round-trip, atomic write
    consistency_report(project, lang) -> [TermReport]
"""

from workbench.core.glossary.consistency import TermReport, consistency_report
from workbench.core.glossary.inflect import inflect_like
from workbench.core.glossary.model import POS_VALUES, Entry, Glossary, TermHit
from workbench.core.glossary.schema import load_glossary, parse_glossary, reload_glossary
from workbench.core.glossary.store import (
    add_entry,
    merge_entries,
    remove_entry,
    update_entry,
)

__all__ = [
    "POS_VALUES",
    "Entry",
    "Glossary",
    "TermHit",
    "TermReport",
    "add_entry",
    "consistency_report",
    "inflect_like",
    "load_glossary",
    "merge_entries",
    "parse_glossary",
    "reload_glossary",
    "remove_entry",
    "update_entry",
]
