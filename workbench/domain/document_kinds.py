"""Which format a source file is in, by its suffix (any other file is plain text)."""

from __future__ import annotations

from pathlib import PurePath

SUFFIXES: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}


def format_for_path(path: str | PurePath) -> str:
    """The format name for a file: by suffix; any other (text) file is plain text."""
    return SUFFIXES.get(PurePath(path).suffix.lower(), "text")
