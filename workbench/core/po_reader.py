"""A fast, strict reader for gettext PO files.

polib takes 3.3 s to read a 100,000-entry catalog here; the editor must paint in under a
second, so catalogs are read by this line-based reader (about ten times faster) and written
by polib. Tests check both agree. Errors name the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.core.errors import InputError

_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    '"': '"',
    "\\": "\\",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
}
_ESCAPE = re.compile(r"\\(.)")
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"\s*$')
_CONTINUATION = re.compile(r'^"(.*)"\s*$')


@dataclass(slots=True)
class RawEntry:
    line: int  # where the entry starts, 1-based
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    obsolete: bool = False


def unescape(text: str, path: str, line: int) -> str:
    if "\\" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in _ESCAPES:
            return _ESCAPES[char]
        raise InputError(path, f"unknown escape sequence \\{char}", line)

    return _ESCAPE.sub(replace, text)


class _Parser:
    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: list[RawEntry] = []
        self.entry: RawEntry | None = None
        self.field: str | None = None  # the keyword continuation lines append to
        self.has_msgid = False

    def error(self, message: str, line: int) -> InputError:
        return InputError(self.path, f"malformed PO file: {message}", line)

    def current(self, line: int) -> RawEntry:
        if self.entry is None or self.has_msgid and self.field is None:
            self.finish(line)
            self.entry = RawEntry(line)
        return self.entry

    def finish(self, line: int) -> None:
        entry = self.entry
        if entry is None:
            return
        if not self.has_msgid:
            if entry.msgctxt is not None or entry.msgstr:
                raise self.error("entry without msgid", entry.line)
            # comments only (e.g. a trailing comment block): nothing to keep
        else:
            self.entries.append(entry)
        self.entry = None
        self.field = None
        self.has_msgid = False

    def comment(self, text: str, number: int) -> None:
        obsolete = text.startswith("#~")
        if obsolete:
            body = text[2:].lstrip()
            if body.startswith("#"):
                return self.comment(body, number)
            if not body:
                return None
            entry = self.entry if self.entry is not None and self.field else self.current(number)
            entry.obsolete = True
            return self.keyword_or_continuation(body, number)
        if self.field is not None:  # a comment ends the previous entry's strings
            self.finish(number)
        entry = self.current(number)
        marker, rest = text[:2], text[2:]
        if marker == "#.":
            entry.extracted_comments.append(rest.strip())
        elif marker == "#:":
            entry.references.extend(rest.split())
        elif marker == "#,":
            entry.flags.extend(flag.strip() for flag in rest.split(",") if flag.strip())
        elif marker == "#|":
            self.previous(entry, rest.strip(), number)
        else:
            body = text[1:]
            entry.translator_comments.append(body[1:] if body.startswith(" ") else body)
        return None

    def previous(self, entry: RawEntry, rest: str, number: int) -> None:
        match = _KEYWORD.match(rest)
        if match:
            keyword, value = match.group(1), unescape(match.group(2), self.path, number)
            if keyword == "msgctxt":
                entry.previous_msgctxt = value
                self.previous_field = "previous_msgctxt"
            else:
                entry.previous_msgid = value
                self.previous_field = "previous_msgid"
            return
        match = _CONTINUATION.match(rest)
        if match and getattr(self, "previous_field", None):
            name = self.previous_field
            setattr(
                entry,
                name,
                (getattr(entry, name) or "") + unescape(match.group(1), self.path, number),
            )
            return
        # Other tools write further "#|" lines (e.g. msgid_plural): keep reading.

    def keyword_or_continuation(self, text: str, number: int) -> None:
        match = _KEYWORD.match(text)
        if match:
            self.keyword(match.group(1), unescape(match.group(2), self.path, number), number)
            return
        match = _CONTINUATION.match(text)
        if match:
            if self.entry is None or self.field is None:
                raise self.error("string continuation outside an entry", number)
            self.append(unescape(match.group(1), self.path, number))
            return
        raise self.error(f"cannot read {text[:40]!r}", number)

    def keyword(self, keyword: str, value: str, number: int) -> None:
        if keyword == "msgctxt":
            if self.has_msgid:
                self.finish(number)
            entry = self.current(number)
            if entry.msgctxt is not None:
                raise self.error("two msgctxt in one entry", number)
            entry.msgctxt = value
        elif keyword == "msgid":
            if self.has_msgid:
                self.finish(number)
            entry = self.current(number)
            entry.msgid = value
            self.has_msgid = True
        elif keyword == "msgid_plural":
            if self.entry is None or not self.has_msgid:
                raise self.error("msgid_plural without msgid", number)
            self.entry.msgid_plural = value
        else:
            if self.entry is None or not self.has_msgid:
                raise self.error("msgstr without msgid", number)
            if keyword == "msgstr":
                self.entry.msgstr = value
            else:
                self.entry.msgstr_plural[int(keyword[7:-1])] = value
        self.field = keyword

    def append(self, value: str) -> None:
        entry = self.entry
        assert entry is not None and self.field is not None
        if self.field == "msgctxt":
            entry.msgctxt = (entry.msgctxt or "") + value
        elif self.field == "msgid":
            entry.msgid += value
        elif self.field == "msgid_plural":
            entry.msgid_plural = (entry.msgid_plural or "") + value
        elif self.field == "msgstr":
            entry.msgstr += value
        else:
            index = int(self.field[7:-1])
            entry.msgstr_plural[index] += value


def read_po(text: str, path: str) -> list[RawEntry]:
    """All entries (the header included, as the entry with an empty msgid and no msgctxt)."""
    parser = _Parser(path)
    number = 0
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line:
            if parser.field is not None:
                parser.finish(number)
            continue
        if line.startswith("#"):
            parser.comment(line if not line.startswith("# ") else raw_line.lstrip(), number)
            continue
        parser.keyword_or_continuation(line, number)
    parser.finish(number + 1)
    seen: dict[tuple[str | None, str], int] = {}
    for entry in parser.entries:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise InputError(
                path, f"malformed PO file: duplicate entry (first at line {seen[key]})", entry.line
            )
        seen[key] = entry.line
    return parser.entries


def parse_header(msgstr: str) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in msgstr.split("\n"):
        if ":" in line:
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
    return header
