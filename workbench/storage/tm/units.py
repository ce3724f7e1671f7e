"""TMUnit and Match (the public records), and a compact table of units for big memories."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import overload

import numpy as np

from workbench.storage.tm.strings import StringTable


@dataclass(frozen=True, slots=True)
class TMUnit:
    source: str
    target: str
    source_lang: str
    target_lang: str
    origin: str  # document name, or the TMX file name for imported memories
    state: str  # a workbench State value ("translated", "draft", ...)
    by: str | None = None
    at: str | None = None
    segment_id: str | None = None  # "<document>/<unit id>" for project units
    prev_source: str | None = None
    next_source: str | None = None

    @property
    def external(self) -> bool:
        """From an imported memory (its origin is a file name) rather than a document."""
        return self.origin.lower().endswith((".tmx", ".po"))

    def as_json(self) -> dict[str, str]:
        """What a listing shows of the unit (`lang`: its target language)."""
        shown = {name: getattr(self, name) for name in ("source", "target", "origin", "state")}
        return {**shown, "lang": self.target_lang}


@dataclass(frozen=True, slots=True)
class Match:
    unit: TMUnit
    score: int  # 0-101 as shown: 100 (101 in context) for an identical source, whatever its origin
    char_score: float  # rapidfuzz fuzz.ratio of the normalised sources, 0-100
    diff: tuple[tuple[str, str], ...]  # word diff from the match's source to the query
    fixed_target: str | None  # the target with numbers/placeholders fixed, if that is all
    penalty: int = 0  # for a draft or an imported memory: orders the list, never shown as score

    @property
    def rank_score(self) -> int:
        """What orders matches: the score less the penalty."""
        return max(0, self.score - self.penalty)


def segment_key(document: str, unit_id: str) -> str:
    """The `segment_id` of a project unit: unique across documents."""
    return f"{document}/{unit_id}"


class UnitTable(Sequence[TMUnit]):
    """Units kept as JSON strings in one blob: decoded only when a lookup returns them."""

    def __init__(self, table: StringTable) -> None:
        self.table = table

    @classmethod
    def from_units(cls, units: Sequence[TMUnit]) -> UnitTable:
        names = [item.name for item in fields(TMUnit)]
        rows = (
            json.dumps([getattr(unit, name) for name in names], ensure_ascii=False)
            for unit in units
        )
        return cls(StringTable.from_strings(rows))

    def __len__(self) -> int:
        return len(self.table)

    @overload
    def __getitem__(self, index: int) -> TMUnit: ...

    @overload
    def __getitem__(self, index: slice) -> list[TMUnit]: ...

    def __getitem__(self, index: int | slice) -> TMUnit | list[TMUnit]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return TMUnit(*json.loads(self.table[index]))

    def save(self, folder: Path) -> None:
        self.table.save(folder, "units")

    @classmethod
    def load(cls, folder: Path) -> UnitTable:
        return cls(StringTable.load(folder, "units"))


def csr(groups: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Offsets and flat values of a list of lists."""
    offsets = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum([len(group) for group in groups], out=offsets[1:])
    values = np.fromiter((v for group in groups for v in group), dtype=np.int32, count=offsets[-1])
    return offsets, values
