"""`glossary.yml` on disk: load with line-numbered errors, round-trip edits, merges.

load_glossary(path) -> Glossary            InputError on any problem, with its line
add_entry(path, terms=..., ...) -> Entry   round-trip, atomic write
"""

from workbench.storage.glossary.schema import load_glossary, parse_glossary, reload_glossary
from workbench.storage.glossary.store import add_entry, merge_entries, remove_entry, update_entry

__all__ = [
    "add_entry",
    "load_glossary",
    "merge_entries",
    "parse_glossary",
    "reload_glossary",
    "remove_entry",
    "update_entry",
]
