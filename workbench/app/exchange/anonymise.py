"""Copies of units and catalogs without personal data, for exports (`--anonymise`).

Removed: every handle and time (record keys `by`, `at` and any `*_by` / `*_at`, e.g.
`resolved_by`, `edited_at`), every comment (comment threads, and the translator comments a
person typed in another PO editor), the edit history (`edit`, `prev` records) and merge
conflict marks, the reason of an ignored QA finding, the PO header's Last-Translator,
Language-Team, PO-Revision-Date and POT-Creation-Date values and the header comment.
Kept: the text, the state (a review record keeps its state and hash, so approved stays
approved), annotations' spans, labels and text (published notes become footnotes), merge
alternatives' text. A record left with nothing but personal data is dropped.

The originals are never changed.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import TypeVar

from workbench.domain.model import COMMENT, CONFLICT, EDIT, PREVIOUS, Record, Unit
from workbench.storage.catalog import Catalog

PERSONAL_KEYS = frozenset({"by", "at", "handle", "author", "time", "date"})
PERSONAL_SUFFIXES = ("_by", "_at")
DROPPED_KINDS = frozenset({COMMENT, EDIT, PREVIOUS, CONFLICT})  # people and their history
HEADER_BLANKED = ("Last-Translator", "Language-Team", "PO-Revision-Date")
HEADER_REMOVED = ("POT-Creation-Date",)

JSONValue = TypeVar("JSONValue")


def is_personal(key: str) -> bool:
    return key in PERSONAL_KEYS or key.endswith(PERSONAL_SUFFIXES)


def anonymise_record(record: Record) -> Record | None:
    if record.kind in DROPPED_KINDS:
        return None
    data = {key: _copied(value) for key, value in record.data.items() if not is_personal(key)}
    if not data:
        return None
    if record.kind == "ignore":
        data.pop("reason", None)  # free text a person wrote: a comment in all but name
    return Record(record.kind, data)


def _copied(value: JSONValue) -> JSONValue:
    return copy.deepcopy(value) if isinstance(value, dict | list) else value  # JSON scalars


def anonymise_unit(unit: Unit) -> Unit:
    """A copy of `unit` without handles, times and comments."""
    records = [kept for record in unit.records if (kept := anonymise_record(record))]
    return replace(
        unit,
        references=list(unit.references),
        plain_comments=[],
        records=records,
        other_flags=list(unit.other_flags),
    )


def anonymise_header(header: dict[str, str]) -> dict[str, str]:
    cleaned = {key: value for key, value in header.items() if key not in HEADER_REMOVED}
    for key in HEADER_BLANKED:
        if key in cleaned:
            cleaned[key] = ""
    return cleaned


def anonymise_catalog(catalog: Catalog) -> Catalog:
    """A copy of `catalog` without personal data. Write it with `to_text()`, not `save()`
    (which stamps the revision date and translator)."""
    return Catalog(
        path=catalog.path,
        header=anonymise_header(catalog.header),
        units=[anonymise_unit(unit) for unit in catalog.units],
        obsolete=[anonymise_unit(unit) for unit in catalog.obsolete],
        header_comment="",
    )


def personal_data(unit: Unit) -> list[tuple[str, object]]:
    """What personal data is left on a unit: (where, value) pairs; [] after anonymising."""
    found: list[tuple[str, object]] = [("comment", line) for line in unit.plain_comments]
    for record in unit.records:
        if record.kind in DROPPED_KINDS:
            found.append((record.kind, record.data))
            continue
        found += [(f"{record.kind}.{k}", v) for k, v in record.data.items() if is_personal(k)]
    return found
