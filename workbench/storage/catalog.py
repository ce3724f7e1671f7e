"""The PO store: one catalog per document and target language.

`Catalog.load` reads with the fast reader in `po_reader`; `Catalog.save` writes the text
polib would write (polib is the tests' oracle only), atomically. Workbench records travel in
translator comments (`# wb <kind> <json>`), so gettext tools keep them (see
docs/architecture.md).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain.errors import InputError
from workbench.domain.model import Unit, now_iso
from workbench.storage.atomic import write_chunks_atomic
from workbench.storage.po_reader import FastEntry, RawEntry, parse_header, read_po_fast
from workbench.storage.records import (
    RECORD_PREFIX,
    format_record,
    parse_record,
    split_comments,
)
from workbench.storage.text_files import read_utf8


def unit_from_entry(entry: RawEntry) -> Unit:
    unit = Unit(
        id=entry.msgctxt or "",
        source=entry.msgid,
        target=entry.msgstr,
        fuzzy="fuzzy" in entry.flags,
        references=[_split_reference(ref) for ref in entry.references],
        previous_source=entry.previous_msgid,
        extracted="\n".join(entry.extracted_comments),
        other_flags=[flag for flag in entry.flags if flag != "fuzzy"],
    )
    if entry.translator_comments:
        unit.plain_comments, unit.records = split_comments(entry.translator_comments)
    return unit


def unit_from_fast(entry: FastEntry) -> Unit:
    """As `unit_from_entry`, for an entry read by the fast path (the common shape)."""
    fuzzy, other_flags = False, []
    if entry.flags:
        other_flags = [f.strip() for f in entry.flags.split(",") if f.strip()]
        if "fuzzy" in other_flags:
            fuzzy = True
            other_flags = [flag for flag in other_flags if flag != "fuzzy"]
    lines = entry.references
    if lines.startswith("#: ") and lines.count("#") == 1 and " " not in lines[3:]:
        references = [_split_reference(lines[3:-1])]  # the usual single reference
    else:
        references = [_split_reference(ref) for ref in lines.replace("#:", " ").split()]
    extracted = entry.extracted
    if extracted:
        extracted = "\n".join(line[2:].strip() for line in extracted[:-1].split("\n"))
    unit = Unit(
        entry.msgctxt or "",
        entry.msgid,
        entry.msgstr,
        fuzzy,
        references,
        entry.previous_msgid,
        extracted,
        [],
        [],
        other_flags,
    )
    if entry.comments:
        comment_lines = [line[2:] for line in entry.comments[:-1].split("\n")]
        if len(comment_lines) == 1 and comment_lines[0].startswith(RECORD_PREFIX):
            record = parse_record(comment_lines[0])  # the usual single record
            if record is not None:
                unit.records.append(record)
                return unit
        unit.plain_comments, unit.records = split_comments(comment_lines)
    return unit


def _split_reference(ref: str) -> tuple[str, str]:
    path, sep, line = ref.rpartition(":")
    return (path, line) if sep and line.isdigit() else (ref, "")


def _check_ids(units: list[Unit], entries: list[RawEntry | FastEntry], path: Path) -> None:
    """Each segment id once (the reader has checked msgctxt + msgid pairs)."""
    if len({unit.id for unit in units}) == len(units):
        return
    seen: set[str] = set()
    for entry in entries:
        if isinstance(entry, RawEntry) and entry.obsolete or not entry.msgctxt:
            continue
        if entry.msgctxt in seen:
            raise InputError(path, f"segment id {entry.msgctxt} used twice", entry.line)
        seen.add(entry.msgctxt)


def _escape(text: str) -> str:
    """polib's `escape`, skipping the replacements that have nothing to do."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    for char, escaped in _ESCAPED:
        if char in text:
            text = text.replace(char, escaped)
    return text


_ESCAPED = (
    ("\t", "\\t"),
    ("\r", "\\r"),
    ("\n", "\\n"),
    ("\v", "\\v"),
    ("\b", "\\b"),
    ("\f", "\\f"),
    ('"', '\\"'),
)


def _field(lines: list[str], prefix: str, name: str, value: str) -> None:
    """polib's `_str_field` with wrapwidth 0."""
    parts = value.splitlines(True)
    if len(parts) > 1:
        lines.append(f'{prefix}{name} ""')
        lines.extend(f'{prefix}"{_escape(part)}"' for part in parts)
    else:
        lines.append(f'{prefix}{name} "{_escape(value)}"')


def format_entry(unit: Unit, obsolete: bool = False) -> str:
    """The entry's text, as polib writes it with wrapwidth 0."""
    comments = "\n".join([*unit.plain_comments, *(format_record(r) for r in unit.records)])
    lines = [f"# {line}" for line in comments.split("\n")] if comments else []
    if not obsolete:
        if unit.extracted:
            lines.extend(f"#. {line}" for line in unit.extracted.split("\n"))
        if unit.references:
            lines.append("#: " + " ".join(f"{p}:{n}" if n else p for p, n in unit.references))
    draft = unit.fuzzy and unit.target
    flags = (["fuzzy"] if draft else []) + unit.other_flags
    if flags:
        lines.append("#, " + ", ".join(flags))
    if draft and unit.previous_source is not None:
        _field(lines, "#~| " if obsolete else "#| ", "msgid", unit.previous_source)
    prefix = "#~ " if obsolete else ""
    if unit.id:
        _field(lines, prefix, "msgctxt", unit.id)
    _field(lines, prefix, "msgid", unit.source)
    _field(lines, prefix, "msgstr", unit.target)
    lines.append("")
    return "\n".join(lines)


# The fields gettext tools write first, in their order; the others follow sorted naturally.
GETTEXT_HEADER_ORDER = (
    "Project-Id-Version",
    "Report-Msgid-Bugs-To",
    "POT-Creation-Date",
    "PO-Revision-Date",
    "Last-Translator",
    "Language-Team",
    "Language",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Plural-Forms",
)


def _natural_key(text: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"([0-9]+)", text)]


def format_header(comment: str, header: dict[str, str]) -> str:
    """The header comment and the header entry, as polib writes them."""
    lines = []
    for line in comment.split("\n"):
        if not line:
            lines.append("#")
        elif line[0] in ",:":
            lines.append("#" + line)
        else:
            lines.append("# " + line)
    known = [key for key in GETTEXT_HEADER_ORDER if key in header]
    others = sorted((key for key in header if key not in GETTEXT_HEADER_ORDER), key=_natural_key)
    fields = [f"{key}: {header[key]}" for key in (*known, *others)]
    entry: list[str] = []
    _field(entry, "", "msgid", "")
    _field(entry, "", "msgstr", "\n".join(fields) + "\n" if fields else "")
    entry.append("")
    return "\n".join(lines) + "\n" + "\n".join(entry)


@dataclass
class Catalog:
    path: Path
    header: dict[str, str] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)
    obsolete: list[Unit] = field(default_factory=list)
    header_comment: str = ""

    # ---- reading -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> Catalog:
        path = Path(path)
        text = read_utf8(path, kind="PO file")
        if not text.strip():
            size = len(text.encode("utf-8"))
            raise InputError(
                path, f"is empty ({size} bytes), not a catalog: restore it (git) or remove it"
            )
        return cls.from_text(text, path)

    @classmethod
    def from_text(cls, text: str, path: Path) -> Catalog:
        # The collector would walk the growing heap of units again and again (half the
        # time of a 100k-entry load); nothing built here forms a cycle.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._from_text(text, path)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _from_text(cls, text: str, path: Path) -> Catalog:
        if text.startswith("\ufeff"):
            text = text[1:]
        entries = read_po_fast(text, str(path))
        catalog = cls(path)
        for entry in entries:
            if isinstance(entry, FastEntry):
                if entry.msgctxt is None and entry.msgid == "":
                    catalog.header = parse_header(entry.msgstr)
                    catalog.header_comment = "\n".join(entry.translator_comments())
                    continue
                unit = unit_from_fast(entry)
                if not unit.id:
                    raise InputError(path, "entry has no segment id (msgctxt)", entry.line)
                catalog.units.append(unit)
                continue
            if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
                catalog.header = parse_header(entry.msgstr)
                catalog.header_comment = "\n".join(entry.translator_comments)
                continue
            if entry.msgid_plural is not None:
                raise InputError(
                    path, "plural entries are not supported in a document catalog", entry.line
                )
            unit = unit_from_entry(entry)
            if entry.obsolete:
                catalog.obsolete.append(unit)
                continue
            if not unit.id:
                raise InputError(path, "entry has no segment id (msgctxt)", entry.line)
            catalog.units.append(unit)
        _check_ids(catalog.units, entries, path)
        return catalog

    # ---- access --------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)

    def by_id(self) -> dict[str, Unit]:
        return {unit.id: unit for unit in self.units}

    @property
    def lang(self) -> str:
        return self.header.get("Language", "")

    @property
    def source_lang(self) -> str:
        return self.header.get("X-Source-Language", "")

    @property
    def document(self) -> str:
        return self.header.get("X-Workbench-Document", self.path.stem)

    # ---- writing -------------------------------------------------------------------------
    def to_text(self) -> str:
        """The PO text: what polib writes for the same catalog (wrapwidth 0), byte for byte
        (tests/core/polib_oracle.py checks it), 3-5x faster."""
        return "".join(self._pieces())

    def _pieces(self) -> Iterator[str]:
        """The PO text piece by piece: the header, then a newline and an entry for each."""
        yield format_header(self.header_comment, self.header)
        for unit in self.units:
            yield "\n" + format_entry(unit)
        for unit in self.obsolete:
            yield "\n" + format_entry(unit, obsolete=True)

    def save(self, handle: str | None = None) -> None:
        """Write the file atomically, encoded a few hundred entries at a time: the text of a
        100,000-entry catalog is never whole in memory (it was ~120 MB at the peak)."""
        self.header["PO-Revision-Date"] = now_iso()
        if handle:
            self.header["Last-Translator"] = handle
        write_chunks_atomic(self.path, _encoded(self._pieces()))


def _encoded(pieces: Iterable[str], batch: int = 512) -> Iterator[bytes]:
    """UTF-8 of the pieces, `batch` pieces at a time."""
    group: list[str] = []
    for piece in pieces:
        group.append(piece)
        if len(group) == batch:
            yield "".join(group).encode("utf-8")
            group.clear()
    yield "".join(group).encode("utf-8")


def new_header(
    document: str,
    source_file: str,
    source_lang: str,
    lang: str,
    encoding: str,
    fmt: str,
    handle: str,
) -> dict[str, str]:
    from workbench import __version__

    return {
        "Project-Id-Version": document,
        "PO-Revision-Date": now_iso(),
        "Last-Translator": handle,
        "Language-Team": "",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"workbench {__version__}",
        "X-Workbench-Document": document,
        "X-Source-File": source_file,
        "X-Source-Language": source_lang,
        "X-Source-Encoding": encoding,
        "X-Source-Format": fmt,
    }
