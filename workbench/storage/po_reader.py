"""A fast, strict reader for gettext PO files.

polib takes 3.3 s to read a 100,000-entry catalog here; the editor must paint in about a
second, so catalogs are read by this reader (one tight loop over the lines, see
bench/bench_po.py for the figures) and written by polib. Tests check that both agree.
Errors name the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.domain.errors import InputError

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
_KEYWORDS = ("msgctxt", "msgid", "msgid_plural", "msgstr")


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
    has_msgid: bool = False


class _Malformed(Exception):
    def __init__(self, message: str, line: int) -> None:
        self.message = message
        self.line = line


def unescape(text: str, line: int) -> str:
    if "\\" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in _ESCAPES:
            return _ESCAPES[char]
        raise _Malformed(f"unknown escape sequence \\{char}", line)

    return _ESCAPE.sub(replace, text)


def _quoted(text: str, line: int) -> str:
    """The content of a '"..."' string (already stripped)."""
    if (
        len(text) < 2
        or text[0] != '"'
        or text[-1] != '"'
        or text.endswith('\\"')
        and not (text.endswith('\\\\"'))
    ):
        raise _Malformed(f"cannot read {text[:40]!r}", line)
    return unescape(text[1:-1], line)


def _set_field(entry: RawEntry, name: str, value: str, append: bool, line: int) -> None:
    if name == "msgid":
        entry.msgid = entry.msgid + value if append else value
    elif name == "msgstr":
        entry.msgstr = entry.msgstr + value if append else value
    elif name == "msgctxt":
        entry.msgctxt = (entry.msgctxt or "") + value if append else value
    elif name == "msgid_plural":
        entry.msgid_plural = (entry.msgid_plural or "") + value if append else value
    elif name.startswith("msgstr["):
        try:
            index = int(name[7:-1])
        except ValueError:
            raise _Malformed(f"bad plural index in {name!r}", line) from None
        entry.msgstr_plural[index] = entry.msgstr_plural.get(index, "") + value if append else value
    elif name == "previous_msgid":
        entry.previous_msgid = (entry.previous_msgid or "") + value if append else value
    elif name == "previous_msgctxt":
        entry.previous_msgctxt = (entry.previous_msgctxt or "") + value if append else value


def _add_comment(entry: RawEntry, line: str, number: int, previous_field: str | None) -> str | None:
    """Add one "#..." line to `entry`; returns what a "#|" continuation appends to."""
    marker = line[1:2]
    if marker == ":":
        entry.references.extend(line[2:].split())
    elif marker == ",":
        entry.flags.extend(f.strip() for f in line[2:].split(",") if f.strip())
    elif marker == ".":
        entry.extracted_comments.append(line[2:].strip())
    elif marker == "|":
        rest = line[2:].strip()
        keyword, _, value = rest.partition(" ")
        if keyword in ("msgid", "msgctxt"):
            previous_field = "previous_" + keyword
            _set_field(entry, previous_field, _quoted(value.strip(), number), False, number)
        elif rest.startswith('"') and previous_field:
            _set_field(entry, previous_field, _quoted(rest, number), True, number)
        else:
            previous_field = None  # e.g. "#| msgid_plural": not kept
    elif marker == " ":
        entry.translator_comments.append(line[2:])
    else:
        entry.translator_comments.append(line[1:])
    return previous_field


def _parse(  # noqa: C901 - one tight loop, on purpose
    text: str, first_line: int = 1, final: bool = True
) -> tuple[list[RawEntry], bool]:
    """The line-by-line parser: every shape, errors with line numbers.

    Returns the entries and, unless `final`, whether the text ended inside an entry that has
    no msgid yet (the fast path then hands it more text: see `_parse_fast`).
    """
    entries: list[RawEntry] = []
    entry: RawEntry | None = None
    field_name: str | None = None  # what a continuation line appends to
    previous_field: str | None = None  # for "#|" continuations
    number = 0
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.endswith("\r"):
            line = line[:-1]
        if not line or line.isspace():
            field_name = None
            continue
        first = line[0]
        if first == "#" and line.startswith("#~"):
            line = line[2:].lstrip()
            if not line:
                continue
            if entry is None or not entry.obsolete or (entry.has_msgid and field_name is None):
                if entry is not None and entry.has_msgid and line[0] != '"':
                    entries.append(entry)
                    entry = None
            if line[0] == "#":
                first = "#"
            else:
                if entry is None:
                    entry = RawEntry(number, obsolete=True)
                entry.obsolete = True
                first = line[0]
        if first == "#":
            # A comment starts a new entry once the current one has its strings.
            if entry is not None and entry.has_msgid:
                entries.append(entry)
                entry = None
            if entry is None:
                entry = RawEntry(number)
                previous_field = None  # a "#|" continuation never reaches an earlier entry
            field_name = None
            previous_field = _add_comment(entry, line, number, previous_field)
            continue
        if first == '"':
            if entry is None or field_name is None:
                raise _Malformed("string continuation outside an entry", number)
            _set_field(entry, field_name, _quoted(line.strip(), number), True, number)
            continue
        stripped = line.strip()
        keyword, _, value = stripped.partition(" ")
        if keyword not in _KEYWORDS and not keyword.startswith("msgstr["):
            raise _Malformed(f"cannot read {stripped[:40]!r}", number)
        value = _quoted(value.strip(), number)
        if keyword in ("msgctxt", "msgid"):
            if entry is not None and (
                entry.has_msgid or keyword == "msgctxt" and entry.msgctxt is not None
            ):
                entries.append(entry)
                entry = None
            if entry is None:
                entry = RawEntry(number)
            if keyword == "msgid":
                entry.has_msgid = True
        elif entry is None or not entry.has_msgid:
            raise _Malformed(f"{keyword} without msgid", number)
        _set_field(entry, keyword, value, False, number)
        field_name = keyword
    if entry is not None and entry.has_msgid:
        entries.append(entry)
    elif entry is not None and final and (entry.msgctxt is not None or entry.msgstr):
        raise _Malformed("entry without msgid", entry.line)
    elif entry is not None and not final:
        return entries, True
    return entries, False


# ---- the fast path ---------------------------------------------------------------------
# One regex, matched in C, for the shape polib writes (comment kinds in its order, each
# string on one line or a run of "..." lines, a blank line after each entry). A block of
# any other shape (obsolete, plural, hand-edited) goes to the line parser above.
_STRINGS = r'".*"(?:\n".*")*'  # `.*` is the fastest loop of the re engine
_PREVIOUS = r'".*"(?:\n#\| ".*")*'
_FAST_ENTRY = re.compile(
    r"(((?:#(?: .*)?\n)*)"  # 1: the whole entry (for `findall`), 2: translator comments
    r"((?:#\..*\n)*)"  # 3: extracted comments
    r"((?:#:.*\n)*)"  # 4: references
    r"(?:#,(.*)\n)?"  # 5: flags
    rf"(?:(#\| msgctxt {_PREVIOUS})\n)?"  # 6, with its keyword: unmatched is ""
    rf"(?:(#\| msgid {_PREVIOUS})\n)?"  # 7
    rf"(?:(msgctxt {_STRINGS})\n)?"  # 8
    rf"msgid ({_STRINGS})\n"  # 9
    rf"msgstr ({_STRINGS})(?:\n\n+|\n?\Z))"  # 10
)
# A backslash followed by anything but a known escape (or a second backslash): when the
# text has none, every escape in it is known (a pair "\\\\q" is a false alarm: slow path).
_ODD_BACKSLASH = re.compile(r"\\[^ntr\"\\abfv]|\\$", re.MULTILINE)
_SIMPLE_ESCAPES = (("\\n", "\n"), ('\\"', '"'), ("\\t", "\t"), ("\\r", "\r"))
_OTHER_ESCAPES = tuple(("\\" + key, _ESCAPES[key]) for key in "trabfv")
_KNOWN_ESCAPE = re.compile(r"\\([ntr\"\\abfv])")


class _NotFast(Exception):
    """A string the regex matched but the line parser must read (it may be an error)."""


def _escape_value(match: re.Match[str]) -> str:
    return _ESCAPES[match.group(1)]


def fast_value(strings: str, joint: str = '"\n"') -> str:
    """'"a"\\n"b"' -> 'ab', escapes resolved; `_NotFast` for a bare quote inside."""
    value = strings[1:-1]
    has_backslash = "\\" in value
    if '"' in value or has_backslash:
        bare = value.replace("\\\\", "").replace('\\"', "")
        if joint in bare:
            bare = bare.replace(joint, "")
        if '"' in bare or bare.endswith("\\"):
            raise _NotFast
    if joint in value:
        value = "".join(value.split(joint))
    if has_backslash:
        if "\\\\" in value or "\\a" in value or "\\b" in value or "\\f" in value or "\\v" in value:
            return _KNOWN_ESCAPE.sub(_escape_value, value)
        for escaped, char in _SIMPLE_ESCAPES:
            value = value.replace(escaped, char)
    return value


@dataclass(slots=True)
class FastEntry:
    """An entry read by the regex: the comment blocks as matched, the strings unescaped."""

    line: int
    comments: str  # translator comment lines, each "# ..." or "#", with their newlines
    extracted: str  # "#. " lines
    references: str  # "#: " lines
    flags: str | None  # what follows "#,"
    previous_msgctxt: str | None
    previous_msgid: str | None
    msgctxt: str | None
    msgid: str
    msgstr: str

    def translator_comments(self) -> list[str]:
        return [line[2:] for line in self.comments[:-1].split("\n")] if self.comments else []

    def to_raw(self) -> RawEntry:
        entry = RawEntry(
            self.line,
            msgctxt=self.msgctxt,
            msgid=self.msgid,
            msgstr=self.msgstr,
            previous_msgctxt=self.previous_msgctxt,
            previous_msgid=self.previous_msgid,
            has_msgid=True,
        )
        entry.translator_comments = self.translator_comments()
        if self.extracted:
            entry.extracted_comments = [x[2:].strip() for x in self.extracted[:-1].split("\n")]
        entry.references = self.references.replace("#:", " ").split()
        if self.flags is not None:
            entry.flags = [f.strip() for f in self.flags.split(",") if f.strip()]
        return entry


def _fast_entry(groups: tuple[str, ...], line: int) -> FastEntry:
    _whole, comments, extracted, references, flags, old_ctxt, old_id, ctxt, msgid, msgstr = groups
    context = None  # an unmatched group is "": a matched one starts with the keyword
    if ctxt:
        context = ctxt[9:-1]  # 'msgctxt "' ... '"'
        if '"' in context or "\\" in context:
            context = _value(ctxt[8:])
    source, target = msgid[1:-1], msgstr[1:-1]
    if '"' in source or "\\" in source:
        source = _value(msgid)
    if '"' in target or "\\" in target:
        target = _value(msgstr)
    return FastEntry(
        line,
        comments,
        extracted,
        references,
        flags,
        fast_value(old_ctxt[11:], '"\n#| "') if old_ctxt else None,
        fast_value(old_id[9:], '"\n#| "') if old_id else None,
        context,
        source,
        target,
    )


def _value(strings: str) -> str:
    """`fast_value` with the common cases in a few calls in C."""
    if '"\n"' in strings:
        return fast_value(strings)
    value = strings[1:-1]
    if "\\" not in value:
        if '"' in value:
            raise _NotFast
        return value
    # Without a "\\\\" pair every backslash starts an escape: every quote must be one.
    if "\\\\" in value or value.endswith("\\") or value.count('"') != value.count('\\"'):
        return fast_value(strings)
    value = value.replace('\\"', '"')
    if "\\" in value:
        value = value.replace("\\n", "\n")
        if "\\" in value:
            for escaped, char in _OTHER_ESCAPES:
                value = value.replace(escaped, char)
    return value


FINDALL_CHUNK = 1 << 18  # characters per `findall`


def _fast_rows(text: str) -> list[tuple[str, ...]]:
    """`_FAST_ENTRY.findall(text)`, a chunk of entries at a time.

    One `findall` holds the GIL until it returns: over a 100,000-entry file that froze the
    editor's UI thread while a worker read the catalog. Chunks end after the blank lines
    that close an entry, where a match over the whole text would end too.
    """
    rows: list[tuple[str, ...]] = []
    start, size = 0, len(text)
    while start < size:
        end = size
        cut = text.find("\n\n", start + FINDALL_CHUNK) if start + FINDALL_CHUNK < size else -1
        if cut != -1:
            end = cut + 2
            while end < size and text[end] == "\n":
                end += 1
        rows.extend(_FAST_ENTRY.findall(text, start, end))
        start = end
    return rows


def _parse_whole(text: str) -> list[FastEntry] | None:
    """Every entry by `findall`; None unless the whole text is of the common shape."""
    rows = _fast_rows(text)
    if sum(len(row[0]) for row in rows) != len(text):
        return None  # some stretch matched nothing
    line = 1
    entries = []
    try:
        for row in rows:
            entries.append(_fast_entry(row, line))
            line += row[0].count("\n")
    except _NotFast:
        return None
    return entries


# After blank lines the line parser still adds these to the entry before them.
_CONTINUES_ENTRY = re.compile(r"(?:[^\S\n]*\n)*[^\S\n]*(?:msgstr|msgid_plural)")


def _parse_fast(text: str) -> list[RawEntry | FastEntry]:
    """Entries of the common shape by regex; any other stretch by the line parser."""
    if "\r" in text or _ODD_BACKSLASH.search(text):
        return list(_parse(text)[0])
    whole = _parse_whole(text)
    if whole is not None:
        return list(whole)
    return _parse_mixed(text)


def _parse_mixed(text: str) -> list[RawEntry | FastEntry]:  # noqa: C901 - one loop
    """Fast entries where the regex matches, stretches between them by the line parser.

    A stretch is parsed on its own only when the line parser would start afresh there:
    it does not go on with the entry before it, and it ends with its entries complete.
    """
    entries: list[RawEntry | FastEntry] = []
    position, line = 0, 1  # `line` is the line number at `position`
    gap_start, gap_line = 0, 1  # start of the stretch left to the line parser
    last_fast = (-1, 0, 0)  # end, start and line of the last fast entry
    size = len(text)
    while position < size:
        match = _FAST_ENTRY.match(text, position)
        entry = None
        if match is not None:
            try:
                entry = _fast_entry(match.groups(), line)
            except _NotFast:
                match = None
        if match is not None and gap_start < position:
            gap_entries, pending = _parse(text[gap_start:position], gap_line, final=False)
            if pending:  # the stretch ends inside an entry: this block belongs to it
                match = None
            else:
                entries.extend(gap_entries)
        if match is None:
            if gap_start >= position:
                gap_start, gap_line = position, line
                if last_fast[0] == position and _CONTINUES_ENTRY.match(text, position):
                    entries.pop()  # the line parser must read that entry with this stretch
                    gap_start, gap_line = last_fast[1], last_fast[2]
            end = text.find("\n\n", position)
            end = size if end < 0 else end + 2
            while end < size and text[end] == "\n":
                end += 1
        else:
            entries.append(entry)  # type: ignore[arg-type]  # set with `match`
            end = gap_start = match.end()
            last_fast = (end, position, line)
        line += text.count("\n", position, end)
        position = end
    if gap_start < size:
        entries.extend(_parse(text[gap_start:], gap_line)[0])
    return entries


def read_po(text: str, path: str) -> list[RawEntry]:
    """All entries (the header included, as the entry with an empty msgid and no msgctxt)."""
    return [e.to_raw() if isinstance(e, FastEntry) else e for e in read_po_fast(text, path)]


def read_po_fast(text: str, path: str) -> list[RawEntry | FastEntry]:
    """As `read_po`, with the entries of the common shape left as `FastEntry`."""
    try:
        entries = _parse_fast(text)
    except _Malformed as error:
        raise InputError(path, f"malformed PO file: {error.message}", error.line) from None
    live = [e for e in entries if not (type(e) is RawEntry and e.obsolete)]
    # Distinct contexts make distinct pairs: hashing every msgid is rarely needed.
    if len({e.msgctxt for e in live}) < len(live):
        keys = {(e.msgctxt, e.msgid) for e in live}
        if len(keys) < len(live):
            _raise_duplicate(entries, path)
    return entries


def _raise_duplicate(entries: list[RawEntry | FastEntry], path: str) -> None:
    seen: dict[tuple[str | None, str], int] = {}
    for entry in entries:
        if isinstance(entry, RawEntry) and entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise InputError(
                path, f"malformed PO file: duplicate entry (first at line {seen[key]})", entry.line
            )
        seen[key] = entry.line


def parse_header(msgstr: str) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in msgstr.split("\n"):
        if ":" in line:
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
    return header
