"""polib as the oracle of our PO writer: the same catalog, written by polib (wrapwidth 0)."""

from __future__ import annotations

import polib

from workbench.domain.model import Unit
from workbench.storage.catalog import Catalog
from workbench.storage.records import format_record


def polib_entry(unit: Unit, obsolete: bool = False) -> polib.POEntry:
    comments = list(unit.plain_comments) + [format_record(r) for r in unit.records]
    flags = (["fuzzy"] if unit.fuzzy and unit.target else []) + unit.other_flags
    return polib.POEntry(
        msgctxt=unit.id or None,
        msgid=unit.source,
        msgstr=unit.target,
        tcomment="\n".join(comments),
        comment=unit.extracted,
        occurrences=list(unit.references),
        flags=flags,
        previous_msgid=unit.previous_source if unit.fuzzy and unit.target else None,
        obsolete=obsolete,
    )


def polib_file(catalog: Catalog) -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.header = catalog.header_comment
    po.metadata = dict(catalog.header)
    for unit in catalog.units:
        po.append(polib_entry(unit))
    for unit in catalog.obsolete:
        po.append(polib_entry(unit, obsolete=True))
    return po


def polib_text(catalog: Catalog) -> str:
    return str(polib_file(catalog).__unicode__())
