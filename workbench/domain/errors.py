"""Errors that reach the user as one clear line (see cli.main)."""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """A problem the user can act on. str() is the one-line message shown to them."""


class InputError(WorkbenchError):
    """A file the user gave us is wrong: names the file and, where known, the line."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ProjectNotFound(WorkbenchError):
    pass
