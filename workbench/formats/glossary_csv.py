"""Glossaries as CSV or TSV in OmegaT's column order: source term, target term, note.

One row per pair of terms. Export writes the preferred source term with every target term,
then every other source term with the preferred target term, and the entry id in a fourth
column (OmegaT reads three columns and ignores the rest), so an export/import round trip
keeps each entry whole. Import groups rows by that id when present, otherwise rows of the
same source term make one entry. Lines starting with '#' are comments (as in OmegaT).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from workbench.domain.errors import InputError
from workbench.domain.glossary.model import Entry
from workbench.domain.glossary.normalise import term_key
from workbench.storage.atomic import write_text_atomic
from workbench.storage.text_files import read_utf8

TAB_SUFFIXES = (".tsv", ".tab", ".txt", ".utf8")


def _delimiter(path: Path) -> str:
    return "\t" if path.suffix.lower() in TAB_SUFFIXES else ","


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _rows(entries: Iterable[Entry], source_lang: str, target_lang: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for entry in entries:
        sources = entry.terms.get(source_lang, [])
        targets = entry.terms.get(target_lang, [])
        if not sources:
            continue
        pairs = [(sources[0], target) for target in targets] or [(sources[0], "")]
        pairs += [(source, targets[0] if targets else "") for source in sources[1:]]
        rows.extend([source, target, entry.note, entry.id] for source, target in pairs)
    return rows


def render_csv(entries: Iterable[Entry], source_lang: str, target_lang: str, delimiter: str) -> str:
    rows = _rows(entries, source_lang, target_lang)
    if delimiter == "\t":  # OmegaT's tab-separated glossary: no quoting at all
        return "".join("\t".join(_one_line(cell) for cell in row) + "\n" for row in rows)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def write_glossary_csv(
    path: str | Path, entries: Iterable[Entry], source_lang: str, target_lang: str
) -> None:
    path = Path(path)
    write_text_atomic(path, render_csv(entries, source_lang, target_lang, _delimiter(path)))


def read_glossary_csv(path: str | Path, source_lang: str, target_lang: str) -> list[Entry]:
    path = Path(path)
    text = read_utf8(path, bom=True)
    groups: dict[object, Entry] = {}
    if _delimiter(path) == "\t":
        rows = enumerate((line.split("\t") for line in text.splitlines()), start=1)
    else:
        reader = csv.reader(io.StringIO(text))
        try:
            rows = list((reader.line_num, row) for row in reader)  # type: ignore[assignment]
        except csv.Error as error:
            raise InputError(path, f"not valid CSV: {error}", reader.line_num) from None
    for line, row in rows:
        if row and row[0].strip() and not row[0].lstrip().startswith("#"):
            _add_row(groups, row, source_lang, target_lang, line)
    return list(groups.values())


def _add_row(
    groups: dict[object, Entry], row: list[str], source_lang: str, target_lang: str, line: int
) -> None:
    source = row[0].strip()
    target = row[1].strip() if len(row) > 1 else ""
    note = row[2].strip() if len(row) > 2 else ""
    entry_id = row[3].strip() if len(row) > 3 else ""
    key: object = ("id", entry_id) if entry_id else ("term", term_key(source))
    entry = groups.get(key)
    if entry is None:
        entry = groups[key] = Entry(id=entry_id, terms={}, line=line)
    for lang, term in ((source_lang, source), (target_lang, target)):
        if term:
            terms = entry.terms.setdefault(lang, [])
            if term_key(term) not in {term_key(t) for t in terms}:
                terms.append(term)
    if note and note not in entry.note:
        entry.note = f"{entry.note}\n{note}".strip()
