"""Workbench records in translator comments: `# wb <kind> <one-line JSON object>`.

We write each record on one line, but other tools rewrite PO files their own way: polib's
`save()` wraps translator comments at 78 columns (or any width it is given), breaking a
record over several `# ` lines, at spaces and after the hyphen of a hyphenated word; a
person in an editor may indent a record. The reader puts a broken record back together:
a record line whose JSON is incomplete takes the comment lines that follow until the JSON
object closes. Lines that never make a record stay plain comments, so nothing is lost.
"""

from __future__ import annotations

import json
import re
from itertools import product

from workbench.domain.model import Record

RECORD_PREFIX = "wb "
MAX_CONTINUATION = 64  # lines a wrapped record may span
_MAX_CHOICES = 6  # ambiguous joins tried both ways (2**6 candidates at most)
# textwrap breaks "well-known" after the hyphen (no space lost) only between letters.
_WORD_HYPHEN = re.compile(r"[^\W\d_]-$")

_scan_json = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner


def parse_record(line: str) -> Record | None:
    """`wb <kind> <json object>` -> Record; None for any other comment."""
    if not line.startswith(RECORD_PREFIX):
        return None
    kind, _, payload = line[len(RECORD_PREFIX) :].partition(" ")
    if not kind or not payload:
        return None
    try:
        data, end = _scan_json(payload, 0)
        if end != len(payload):
            data = json.loads(payload)  # surrounding white space, or an error
    except (json.JSONDecodeError, StopIteration):
        try:
            data = json.loads(payload)
        except json.JSONDecodeError:
            return None
    return Record(kind, data) if isinstance(data, dict) else None


def format_record(record: Record) -> str:
    return f"{RECORD_PREFIX}{record.kind} {json.dumps(record.data, ensure_ascii=False)}"


def split_comments(lines: list[str]) -> tuple[list[str], list[Record]]:
    """Translator comment lines -> (plain comments, records), wrapped records re-joined."""
    plain: list[str] = []
    records: list[Record] = []
    index, count = 0, len(lines)
    while index < count:
        line = lines[index]
        index += 1
        stripped = line.lstrip() if line[:1].isspace() else line
        if not stripped.startswith(RECORD_PREFIX):
            plain.append(line)
            continue
        record = parse_record(stripped.rstrip())
        if record is None and index < count:
            record, used = _rejoin(stripped, lines, index)
            index += used
        if record is None:
            plain.append(line)
        else:
            records.append(record)
    return plain, records


def _rejoin(first: str, lines: list[str], start: int) -> tuple[Record | None, int]:
    """The record that `first` begins, with the lines from `start`; and how many it took."""
    parts = [first.rstrip()]
    for offset, line in enumerate(lines[start : start + MAX_CONTINUATION]):
        part = line.strip()
        if not part or part.startswith(RECORD_PREFIX):
            break  # a new record (or a blank) ends a broken one
        parts.append(part)
        record = _join_parts(parts)
        if record is not None:
            return record, offset + 1
    return None, 0


def _join_parts(parts: list[str]) -> Record | None:
    """The record the wrapped `parts` make, trying "" and " " at ambiguous breaks."""
    joints: list[tuple[str, ...]] = []
    for part in parts[:-1]:
        joints.append(("", " ") if _WORD_HYPHEN.search(part) else (" ",))
    ambiguous = sum(len(choice) > 1 for choice in joints)
    if ambiguous > _MAX_CHOICES:
        joints = [choice[:1] for choice in joints]
    for chosen in product(*joints):
        text = parts[0] + "".join(j + p for j, p in zip(chosen, parts[1:], strict=True))
        record = parse_record(text)
        if record is not None:
            return record
    return None
