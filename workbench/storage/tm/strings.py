"""A read-only table of strings stored as one UTF-8 blob plus offsets (memory-mapped on load).

A million Python strings take seconds to build and hundreds of megabytes; the table
decodes only the strings a lookup touches.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from workbench.storage.atomic import write_bytes_atomic


class StringTable:
    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self.blob = blob  # uint8
        self.offsets = offsets  # int64, len(table) + 1

    @classmethod
    def from_strings(cls, strings: Iterable[str]) -> StringTable:
        encoded = [text.encode("utf-8") for text in strings]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(item) for item in encoded], out=offsets[1:])
        blob = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        return cls(blob, offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> str:
        start, end = self.offsets[index], self.offsets[index + 1]
        return self.blob[start:end].tobytes().decode("utf-8")

    def save(self, folder: Path, name: str) -> None:
        save_array(folder / f"{name}.offsets.npy", self.offsets)
        write_bytes_atomic(folder / f"{name}.blob", self.blob.tobytes())

    @classmethod
    def load(cls, folder: Path, name: str) -> StringTable:
        offsets = np.load(folder / f"{name}.offsets.npy")
        path = folder / f"{name}.blob"
        if path.stat().st_size == 0:
            return cls(np.zeros(0, dtype=np.uint8), offsets)
        return cls(np.memmap(path, dtype=np.uint8, mode="r"), offsets)


def save_array(path: Path, array: np.ndarray) -> None:
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(array))
    write_bytes_atomic(path, buffer.getvalue())
