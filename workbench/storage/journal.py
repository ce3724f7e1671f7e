"""An append-only journal of editing operations, one JSON object a line, fsync'ed per entry.

The editor writes every operation here before it moves on, and folds the journal into the PO
file (atomically) every few seconds and on quit. After a crash (`kill -9`), the journal left
behind is replayed onto the PO file on the next start, so nothing confirmed is lost.

A torn last line (the process died in the middle of a write) is ignored on reading.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from workbench.storage.atomic import fsync_dir, write_bytes_atomic


def encode_entry(entry: dict[str, Any]) -> bytes:
    return (json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class Journal:
    """One journal file: `append` is durable when it returns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def read(self) -> list[dict[str, Any]]:
        """Every complete entry in the file (a torn or garbled line is skipped)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        entries = []
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                entry = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
            if isinstance(entry, dict):
                entries.append(entry)
        return entries

    def append(self, entry: dict[str, Any]) -> None:
        fd = self._open()
        os.write(fd, encode_entry(entry))
        os.fsync(fd)

    def append_many(self, entries: list[dict[str, Any]]) -> None:
        """Several entries, one fsync (a bulk replace)."""
        if entries:
            fd = self._open()
            os.write(fd, b"".join(encode_entry(e) for e in entries))
            os.fsync(fd)

    def rewrite(self, entries: list[dict[str, Any]]) -> None:
        """Replace the journal by `entries` (atomically); an empty list removes the file."""
        self.close()
        if entries:
            write_bytes_atomic(self.path, b"".join(encode_entry(e) for e in entries))
            return
        try:
            self.path.unlink()
        except FileNotFoundError:
            return
        fsync_dir(self.path.parent)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _open(self) -> int:
        if self._fd is None:
            new = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            if new:
                fsync_dir(self.path.parent)
        return self._fd
