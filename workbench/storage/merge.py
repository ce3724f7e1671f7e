"""Three-way merge of document catalogs, segment by segment (the git merge driver for PO files).

Segments are matched by their id (msgctxt). For each segment, each field that changed on one
side only takes that side. When both sides changed the translation differently, the later
edit (by its `edit` record; a tie keeps ours) stays the translation, the other one is kept
as an `alt` record with its author and time, and a `conflict` record flags the segment for
review. The result never holds conflict markers and loses no translation.

Records merge by kind: `review` and `edit` take the later one; `prev` is the union, newest
first, capped; every other kind (comments, annotations, ignored findings, alternatives,
conflicts, kinds added later) is a three-way set keyed by `id` (or by content): additions on
either side are kept, deletions on one side are honoured unless the other side changed it.
"""

from __future__ import annotations

import copy
import enum
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from workbench.domain.conflicts import flag_conflict, keep_alternative
from workbench.domain.errors import InputError
from workbench.domain.model import (
    EDIT,
    PREVIOUS,
    REVIEW,
    Record,
    Unit,
    now_iso,
)
from workbench.storage.atomic import write_bytes_atomic
from workbench.storage.catalog import Catalog


class Missing(enum.Enum):
    """A value absent on one side (None may be a real value): equal to nothing else."""

    MISSING = "missing"


MISSING: Final = Missing.MISSING
T = TypeVar("T")  # a field merged three ways

SINGLE_KINDS = (REVIEW, EDIT)


@dataclass
class MergeReport:
    """What a merge did: segments flagged as conflicts, and how many segments it wrote."""

    conflicts: list[str] = field(default_factory=list)
    segments: int = 0


@dataclass
class _Context:
    handle: str
    at: str
    report: MergeReport


# ---- small three-way helpers -------------------------------------------------------------


def pick(base: T | Missing | None, ours: T, theirs: T) -> tuple[T, bool]:
    """The merged value and whether both sides changed it differently (then ours is kept)."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def _edit_time(unit: Unit) -> str:
    edit = unit.last_edit or {}
    return str(edit.get("at") or "")


def _later(ours: dict[str, Any] | None, theirs: dict[str, Any] | None) -> dict[str, Any] | None:
    if ours is None or theirs is None:
        return ours if theirs is None else theirs
    return theirs if str(theirs.get("at") or "") > str(ours.get("at") or "") else ours


def _record_key(data: dict[str, Any]) -> str:
    record_id = data.get("id")
    if isinstance(record_id, str) and record_id:
        return "id:" + record_id
    return "json:" + json.dumps(data, sort_keys=True, ensure_ascii=False)


def _merge_dicts(
    base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """Key by key; a key changed on both sides keeps ours."""
    base = base or {}
    merged: dict[str, Any] = {}
    for key in [*ours, *(k for k in theirs if k not in ours)]:
        value, _ = pick(base.get(key, MISSING), ours.get(key, MISSING), theirs.get(key, MISSING))
        if value is not MISSING:
            merged[key] = value
    return merged


def merge_keyed(
    base: list[dict[str, Any]] | None, ours: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Three-way merge of a set of records, keyed by id or content, in ours' order."""
    base_map = {_record_key(d): d for d in base or []}
    ours_map = {_record_key(d): d for d in ours}
    theirs_map = {_record_key(d): d for d in theirs}
    merged: list[dict[str, Any]] = []
    for key in [*ours_map, *(k for k in theirs_map if k not in ours_map)]:
        mine, other, old = ours_map.get(key), theirs_map.get(key), base_map.get(key)
        if mine is not None and other is not None:
            merged.append(mine if mine == other else _merge_dicts(old, mine, other))
        elif old is None or (mine or other) != old:  # added on one side, or changed there
            merged.append(mine if mine is not None else other)  # type: ignore[arg-type]
    return merged


def merge_previous(
    ours: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for data in [*ours, *theirs]:
        seen.setdefault((data.get("text"), data.get("by"), data.get("at")), data)
    newest_first = sorted(seen.values(), key=lambda d: str(d.get("at") or ""), reverse=True)
    return newest_first  # whole: the project's writer bounds it ([storage] history_limit)


def merge_lines(base: list[str] | None, ours: list[str], theirs: list[str]) -> list[str]:
    value, conflict = pick(base, ours, theirs)
    if not conflict:
        return list(value)
    return ours + [line for line in theirs if line not in ours]


# ---- one segment -------------------------------------------------------------------------


def _by_kind(unit: Unit | None) -> dict[str, list[dict[str, Any]]]:
    kinds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in unit.records if unit else []:
        kinds[record.kind].append(record.data)
    return kinds


def merge_records(
    base: Unit | None, ours: Unit, theirs: Unit, winner_edit: dict[str, Any] | None | bool
) -> list[Record]:
    """All records of the segment; `winner_edit` is the edit record to keep (False: merge)."""
    old, mine, other = _by_kind(base), _by_kind(ours), _by_kind(theirs)
    kinds = [*mine, *(k for k in other if k not in mine)]
    records: list[Record] = []
    for kind in kinds:
        if kind in SINGLE_KINDS:
            single = _merge_single(kind, old, mine, other, winner_edit)
            merged = [single] if single is not None else []
        elif kind == PREVIOUS:
            merged = merge_previous(mine.get(kind, []), other.get(kind, []))
        else:
            merged = merge_keyed(old.get(kind), mine.get(kind, []), other.get(kind, []))
        records.extend(Record(kind, data) for data in merged)
    return records


def _merge_single(
    kind: str,
    old: dict[str, list[dict[str, Any]]],
    mine: dict[str, list[dict[str, Any]]],
    other: dict[str, list[dict[str, Any]]],
    winner_edit: dict[str, Any] | None | bool,
) -> dict[str, Any] | None:
    if kind == EDIT and winner_edit is not False:
        return winner_edit  # type: ignore[return-value]
    first: list[dict[str, Any] | None] = [
        values[0] if values else None for values in (old.get(kind), mine.get(kind), other.get(kind))
    ]
    value, conflict = pick(*first)
    return _later(first[1], first[2]) if conflict else value


def merge_unit(base: Unit | None, ours: Unit, theirs: Unit, context: _Context) -> Unit:
    """One segment present on both sides (base None: added on both sides)."""
    if ours == theirs:
        return ours
    if base is not None and theirs == base:
        return ours
    if base is not None and ours == base:
        return theirs
    merged = copy.deepcopy(ours)
    for name in ("references", "extracted", "other_flags"):
        old = getattr(base, name) if base else MISSING
        setattr(
            merged, name, copy.deepcopy(pick(old, getattr(ours, name), getattr(theirs, name))[0])
        )
    merged.plain_comments = merge_lines(
        base.plain_comments if base else None, ours.plain_comments, theirs.plain_comments
    )
    source, source_conflict = pick(base.source if base else MISSING, ours.source, theirs.source)
    merged.source = source
    winner, loser, edit_record = _merge_translation(base, ours, theirs, merged)
    merged.records = merge_records(base, ours, theirs, edit_record)
    if loser is not None and loser.target and loser.target != merged.target:
        keep_alternative(merged, loser)
        _flag(merged, context, loser)
    elif source_conflict:
        _flag(merged, context, theirs, source=theirs.source)
    return merged


def _merge_translation(
    base: Unit | None, ours: Unit, theirs: Unit, merged: Unit
) -> tuple[Unit | None, Unit | None, dict[str, Any] | None | bool]:
    """Set target/fuzzy/previous source on `merged`; returns winner, loser, edit record."""
    old = (base.target, base.fuzzy) if base else MISSING
    value, conflict = pick(old, (ours.target, ours.fuzzy), (theirs.target, theirs.fuzzy))
    if conflict:
        winner = theirs if _edit_time(theirs) > _edit_time(ours) else ours
        loser = ours if winner is theirs else theirs
    else:
        winner = ours if value == (ours.target, ours.fuzzy) else theirs
        loser = None
    merged.target, merged.fuzzy = winner.target, winner.fuzzy
    old_previous = base.previous_source if base else MISSING
    if conflict:
        merged.previous_source = winner.previous_source
    else:
        merged.previous_source = pick(old_previous, ours.previous_source, theirs.previous_source)[0]
    return winner, loser, (winner.last_edit if conflict else False)


def _flag(unit: Unit, context: _Context, other: Unit, **extra: Any) -> None:
    context.report.conflicts.append(unit.id)
    edit = other.last_edit or {}
    flag_conflict(unit, context.handle, context.at, **{"with": edit.get("by"), **extra})


# ---- whole catalogs ----------------------------------------------------------------------


def merge_catalogs(
    base: Catalog | None,
    ours: Catalog,
    theirs: Catalog,
    handle: str = "merge",
    at: str | None = None,
) -> tuple[Catalog, MergeReport]:
    """The merged catalog (at ours' path) and a report. Inputs are not modified."""
    context = _Context(handle, at or now_iso(), MergeReport())
    base_units = base.by_id() if base else {}
    ours_units, theirs_units = ours.by_id(), theirs.by_id()
    removed = {uid for uid in base_units if uid not in ours_units or uid not in theirs_units}
    order = merged_order(
        [u.id for u in ours.units],
        [u.id for u in theirs.units],
        lambda uid: uid not in removed and uid not in base_units,
        removed,
    )
    merged = Catalog(ours.path)
    merged.header, merged.header_comment = _merge_header(ours, theirs)
    for uid in order:
        mine, other = ours_units.get(uid), theirs_units.get(uid)
        if mine is not None and other is not None:
            merged.units.append(merge_unit(base_units.get(uid), mine, other, context))
        else:
            merged.units.append(mine or other)  # type: ignore[arg-type]
    active = {unit.id for unit in merged.units}
    removed_changed = _removed_but_changed(removed, base_units, ours_units, theirs_units)
    merged.obsolete = _merge_obsolete(base, ours, theirs, removed_changed, active, context)
    context.report.segments = len(merged.units)
    return merged, context.report


def merged_order(
    ours: list[str], theirs: list[str], is_new: Callable[[str], bool], removed: set[str]
) -> list[str]:
    """Ours' order; segments new in theirs go right after their predecessor there."""
    kept = [uid for uid in ours if uid not in removed]
    kept_set = set(kept)
    inserts: dict[str | None, list[str]] = defaultdict(list)
    anchor: str | None = None
    for uid in theirs:
        if uid in kept_set:
            anchor = uid
        elif is_new(uid):
            inserts[anchor].append(uid)
    order = list(inserts[None])
    for uid in kept:
        order.append(uid)
        order.extend(inserts.get(uid, ()))
    return order


def _merge_header(ours: Catalog, theirs: Catalog) -> tuple[dict[str, str], str]:
    mine = ours.header.get("PO-Revision-Date", "")
    other = theirs.header.get("PO-Revision-Date", "")
    chosen = theirs if other > mine else ours
    return dict(chosen.header), chosen.header_comment


def _removed_but_changed(
    removed: set[str],
    base_units: dict[str, Unit],
    ours_units: dict[str, Unit],
    theirs_units: dict[str, Unit],
) -> list[Unit]:
    """Segments one side removed (source edited) while the other changed them: keep the work."""
    kept = []
    for uid in sorted(removed):
        unit = ours_units.get(uid) or theirs_units.get(uid)
        if unit is not None and unit != base_units[uid] and unit.target:
            kept.append(unit)
    return kept


def _obsolete_key(unit: Unit) -> str:
    return unit.id or "msgid:" + unit.source


def _merge_obsolete(
    base: Catalog | None,
    ours: Catalog,
    theirs: Catalog,
    removed_changed: Iterable[Unit],
    active: set[str],
    context: _Context,
) -> list[Unit]:
    """The union of obsolete entries (merged per segment when both sides have one)."""
    old = {_obsolete_key(u): u for u in base.obsolete} if base else {}
    merged: dict[str, Unit] = {}
    for unit in [*ours.obsolete, *theirs.obsolete, *removed_changed]:
        key = _obsolete_key(unit)
        if unit.id in active:
            continue
        if key in merged:
            unit = merge_unit(old.get(key), merged[key], unit, context)
        merged[key] = unit
    return list(merged.values())


# ---- the driver on files -----------------------------------------------------------------


def load_base(path: Path) -> Catalog | None:
    """The common ancestor: None when empty (added on both sides) or unreadable."""
    try:
        if not path.read_bytes().strip():
            return None
        return Catalog.load(path)
    except (OSError, InputError):
        return None


def merge_po_files(
    base: str | Path, ours: str | Path, theirs: str | Path, handle: str = "merge"
) -> MergeReport:
    """Merge THEIRS into OURS (written atomically). InputError when ours or theirs is unreadable."""
    ours_path = Path(ours)
    merged, report = merge_catalogs(
        load_base(Path(base)), Catalog.load(ours_path), Catalog.load(Path(theirs)), handle
    )
    merged.path = ours_path
    write_bytes_atomic(ours_path, merged.to_text().encode("utf-8"))
    return report
