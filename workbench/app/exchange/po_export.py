"""Clean PO copies of a catalog for other PO tools (Poedit, Weblate, the Translate Toolkit).

Clean: current entries only (obsolete `#~` entries and merge conflict marks left out), the
header's workbench fields kept, and per entry a `base` record of what the project held at
export, so that `workbench import` of the file later is a three-way merge. Anonymised
(`anonymise=True`): every handle, time and comment
is removed by `app.exchange.anonymise` (see there for exactly what goes and what stays).
"""

from __future__ import annotations

from dataclasses import replace

from workbench.app.exchange.anonymise import anonymise_catalog
from workbench.domain.model import BASE, CONFLICT, Record
from workbench.domain.three_way import Base
from workbench.storage.catalog import Catalog


def clean_catalog(catalog: Catalog, anonymise: bool = False) -> Catalog:
    """Current entries only, without merge conflict marks; anonymised through app.exchange.anonymise."""
    clean = Catalog(catalog.path, dict(catalog.header), [], [], catalog.header_comment)
    for unit in catalog.units:  # shallow copies: the records a copy keeps are never changed
        records = [record for record in unit.records if record.kind not in (CONFLICT, BASE)]
        base = Base.of(unit)
        records.append(Record(BASE, {"hash": base.hash, "state": str(base.state)}))
        clean.units.append(replace(unit, records=records, plain_comments=list(unit.plain_comments)))
    return anonymise_catalog(clean) if anonymise else clean


def clean_po_bytes(catalog: Catalog, anonymise: bool = False) -> bytes:
    return clean_catalog(catalog, anonymise).to_text().encode("utf-8")
