"""One indexed set of units of one language pair: a trigram index over distinct sources.

Units with the same normalised source share one index entry (a "key"); `units_of(key)`
gives them back. A shard is immutable: new units go to the memory's small delta.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from workbench.domain.tm.text import normalise
from workbench.storage.atomic import write_text_atomic
from workbench.storage.tm.index import TrigramIndex
from workbench.storage.tm.strings import save_array
from workbench.storage.tm.units import TMUnit, UnitTable, csr


class Shard:
    def __init__(
        self,
        pair: tuple[str, str],
        index: TrigramIndex,
        units: Sequence[TMUnit],
        key_offsets: np.ndarray,
        key_units: np.ndarray,
    ) -> None:
        self.pair = pair
        self.index = index
        self.units = units
        self.key_offsets = key_offsets  # units of key k: key_units[off[k]:off[k+1]]
        self.key_units = key_units

    @classmethod
    def build(cls, pair: tuple[str, str], units: Sequence[TMUnit]) -> Shard:
        keys: dict[str, int] = {}
        groups: list[list[int]] = []
        for number, unit in enumerate(units):
            text = normalise(unit.source)
            key = keys.setdefault(text, len(keys))
            if key == len(groups):
                groups.append([])
            groups[key].append(number)
        key_offsets, key_units = csr(groups)
        return cls(pair, TrigramIndex.build(list(keys)), units, key_offsets, key_units)

    def __len__(self) -> int:
        return len(self.units)

    def units_of(self, key: int) -> list[TMUnit]:
        start, end = int(self.key_offsets[key]), int(self.key_offsets[key + 1])
        return [self.units[int(number)] for number in self.key_units[start:end]]

    def search(self, normalised: str, limit: int, cutoff: float) -> list[tuple[int, float]]:
        """(key, char score) of the best matching distinct sources, exact ones included."""
        hits = [(hit.key, hit.score) for hit in self.index.search(normalised, limit, cutoff)]
        if hits and hits[0][1] == 100.0:
            return hits  # the identical source is the best hit already
        exact = self.exact_key(normalised)
        if exact is not None and all(key != exact for key, _ in hits):
            hits.insert(0, (exact, 100.0))
        return hits

    def exact_key(self, normalised: str) -> int | None:
        """The key of exactly this normalised source, if any.

        A search at cutoff 100 looks at documents of this very length only, and the
        identical one shares every trigram: it always ranks first (no dict of a million
        strings to build on load).
        """
        hits = self.index.search(normalised, 1, 100.0)
        return hits[0].key if hits and hits[0].text == normalised else None

    # ---- persistence ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.index.save(folder)
        table = (
            self.units if isinstance(self.units, UnitTable) else UnitTable.from_units(self.units)
        )
        table.save(folder)
        save_array(folder / "key_offsets.npy", self.key_offsets)
        save_array(folder / "key_units.npy", self.key_units)
        write_text_atomic(folder / "shard.json", json.dumps({"pair": list(self.pair)}))

    @classmethod
    def load(cls, folder: Path) -> Shard:
        pair = json.loads((folder / "shard.json").read_text(encoding="utf-8"))["pair"]
        return cls(
            (pair[0], pair[1]),
            TrigramIndex.load(folder),
            UnitTable.load(folder),
            np.load(folder / "key_offsets.npy"),
            np.load(folder / "key_units.npy"),
        )
