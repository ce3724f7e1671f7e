"""Reading a UTF-8 text file someone handed us: its text, or one clear error naming it."""

from __future__ import annotations

from pathlib import Path

from workbench.domain.errors import InputError


def read_utf8(path: Path, *, bom: bool = False, kind: str = "file") -> str:
    """The file's text (a leading byte-order mark dropped when `bom`); an InputError naming
    the file when it is missing, a folder (not a `kind`), unreadable or not UTF-8."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, f"is a folder, not a {kind}") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"is not UTF-8 (byte {error.start})") from None
