"""Clean PO copies of a catalog for other PO tools (Poedit, Weblate, the Translate Toolkit).

Clean: current entries only (obsolete `#~` entries and merge conflict marks left out), the
header's workbench fields kept. Anonymised (`anonymise=True`): every handle, time and comment
is removed: translator comments written by people, comment threads, edit history and
previous translations, conflict marks; review records keep only the state and the hash (so
"approved" survives), annotations and ignored QA findings lose their `by`/`at` fields; the
header's Last-Translator and dates are dropped.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.core.model import ALTERNATIVE, COMMENT, CONFLICT, EDIT, PREVIOUS, Record
from workbench.core.store import Catalog

PERSONAL_KEYS = frozenset({"by", "at", "resolved_by", "resolved_at", "author", "handle"})
DROPPED_WHEN_ANONYMOUS = frozenset({COMMENT, EDIT, PREVIOUS, CONFLICT})
PERSONAL_HEADERS = ("Last-Translator", "PO-Revision-Date", "POT-Creation-Date", "Language-Team")


def clean_catalog(catalog: Catalog, anonymise: bool = False) -> Catalog:
    clean = Catalog(catalog.path, dict(catalog.header), [], [], catalog.header_comment)
    for unit in catalog.units:  # shallow copies: the records a copy keeps are never changed
        records = [record for record in unit.records if record.kind != CONFLICT]
        comments = unit.plain_comments
        if anonymise:
            comments = []
            records = [
                anonymous_record(record)
                for record in records
                if record.kind not in DROPPED_WHEN_ANONYMOUS
            ]
        clean.units.append(replace(unit, records=records, plain_comments=list(comments)))
    if anonymise:
        for key in PERSONAL_HEADERS:
            clean.header.pop(key, None)
        clean.header_comment = ""
    return clean


def anonymous_record(record: Record) -> Record:
    data = {key: value for key, value in record.data.items() if key not in PERSONAL_KEYS}
    if record.kind == ALTERNATIVE:
        data.pop("by", None)
    return Record(record.kind, data)


def clean_po_bytes(catalog: Catalog, anonymise: bool = False) -> bytes:
    return clean_catalog(catalog, anonymise).to_text().encode("utf-8")
