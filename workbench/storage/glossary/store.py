"""Changing glossary.yml: add, edit, remove and merge entries.

Writes keep the user's comments, key order and layout (ruamel.yaml round trip) and go
through storage.atomic. A file that does not load cleanly is never written over, and the
result is re-validated before it replaces the old file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from workbench.domain.errors import InputError, WorkbenchError
from workbench.domain.glossary.model import Entry, Glossary
from workbench.domain.glossary.normalise import term_key
from workbench.storage.atomic import write_text_atomic
from workbench.storage.glossary.schema import ENTRY_KEYS, ID_PATTERN, parse_glossary
from workbench.storage.writer import lock_for_file

HEADER = "# The project glossary: see docs/glossary.md for the format.\n"
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split(),
        strict=True,
    )
)


def round_trip_yaml() -> YAML:
    """The one YAML layout the tool writes glossary.yml with (edits and merges alike)."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def _read(path: Path) -> tuple[str, Glossary]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        text = HEADER + "entries: []\n"
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (byte {error.start})") from None
    return text, parse_glossary(text, path)


T = TypeVar("T")


def _edit(path: str | Path, change: Callable[[CommentedSeq, Glossary], T]) -> T:
    """Load (validating), apply `change` to the round-trip entries list, validate, write."""
    path = Path(path)
    with lock_for_file(path):  # the project's lock: read, change and write as one
        return _edit_locked(path, change)


def _edit_locked(path: Path, change: Callable[[CommentedSeq, Glossary], T]) -> T:
    text, glossary = _read(path)
    yaml = round_trip_yaml()
    try:
        document = yaml.load(text)
    except YAMLError as error:  # the round-trip parser is stricter than the checking one
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError(
            path, f"not changed: not valid YAML ({error})".split("\n")[0], line
        ) from None
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
    entries = document.get("entries")
    if not isinstance(entries, CommentedSeq):
        entries = CommentedSeq()
        document["entries"] = entries
    if entries.fa.flow_style():
        entries.fa.set_block_style()
    result = change(entries, glossary)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    new_text = buffer.getvalue()
    try:
        parse_glossary(new_text, path)
    except InputError as error:
        raise WorkbenchError(f"{path}: not changed: {error.message}") from None
    write_text_atomic(path, new_text)
    return result


def _node(entry: Entry) -> CommentedMap:
    node = CommentedMap()
    for key, value in entry.to_dict().items():
        node[key] = _styled(key, value)
    return node


def _styled(key: str, value: Any) -> Any:
    """Term lists and short mappings in flow style, as in docs/glossary.md."""
    if isinstance(value, dict):
        mapping = CommentedMap()
        for sub_key, sub_value in value.items():
            mapping[sub_key] = _styled(key, sub_value)
        if key in ("forbidden", "gloss"):
            mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    return value


def slug(text: str) -> str:
    lowered = "".join(TRANSLIT.get(char, char) for char in text.lower())
    cleaned = re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")[:40].strip("-")
    if not cleaned or not cleaned[0].isalpha():
        cleaned = "term-" + cleaned if cleaned else "term"
    return cleaned


def unique_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _new_id(entry: Entry, glossary: Glossary, prefer_lang: str = "en") -> str:
    taken = {e.id for e in glossary.entries}
    if entry.id and ID_PATTERN.match(entry.id):
        return unique_id(entry.id, taken)
    label = entry.preferred(prefer_lang) or entry.label(prefer_lang)
    return unique_id(slug(label), taken)


def _owner(glossary: Glossary, lang: str, term: str, skip: str | None = None) -> Entry | None:
    key = term_key(term)
    for entry in glossary.entries:
        if entry.id != skip and any(term_key(t) == key for t in entry.terms.get(lang, [])):
            return entry
    return None


def _check_terms_free(glossary: Glossary, entry: Entry, skip: str | None = None) -> None:
    for lang, term in entry.all_terms():
        owner = _owner(glossary, lang, term, skip)
        if owner is not None:
            raise WorkbenchError(
                f"{term!r} ({lang}) is already in the glossary (entry {owner.id!r})"
            )


def _clean(terms: dict[str, list[str]] | None) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for lang, values in (terms or {}).items():
        kept: list[str] = []
        for value in values:
            value = value.strip()
            if value and term_key(value) not in {term_key(k) for k in kept}:
                kept.append(value)
        if kept:
            result[lang] = kept
    return result


def add_entry(
    path: str | Path,
    terms: dict[str, list[str]],
    *,
    id: str = "",  # noqa: A002 - the field's name in glossary.yml
    forbidden: dict[str, list[str]] | None = None,
    gloss: dict[str, str] | None = None,
    note: str = "",
    pos: str = "",
    dnt: bool = False,
    case_sensitive: bool = False,
    tags: list[str] | None = None,
) -> Entry:
    """Append a new entry to glossary.yml; reload the glossary to use it."""
    entry = Entry(
        id=id,
        terms=_clean(terms),
        forbidden=_clean(forbidden),
        gloss={k: v.strip() for k, v in (gloss or {}).items() if v.strip()},
        note=note.strip(),
        pos=pos,
        dnt=dnt,
        case_sensitive=case_sensitive,
        tags=list(tags or []),
    )
    if not entry.terms:
        raise WorkbenchError("a glossary entry needs at least one term")

    def change(entries: CommentedSeq, glossary: Glossary) -> Entry:
        _check_terms_free(glossary, entry)
        entry.id = _new_id(entry, glossary)
        entries.append(_node(entry))
        return entry

    return _edit(path, change)


def _find_node(entries: CommentedSeq, entry_id: str) -> CommentedMap:
    for node in entries:
        if isinstance(node, CommentedMap) and node.get("id") == entry_id:
            return node
    raise WorkbenchError(f"no glossary entry with id {entry_id!r}")


def update_entry(path: str | Path, entry: Entry, old_id: str | None = None) -> Entry:
    """Replace the fields of entry `old_id` (default: entry.id) with `entry`'s, in place."""
    old_id = old_id or entry.id

    def change(entries: CommentedSeq, glossary: Glossary) -> Entry:
        node = _find_node(entries, old_id)
        if entry.id != old_id and glossary.entry(entry.id) is not None:
            raise WorkbenchError(f"id {entry.id!r} is already used")
        _check_terms_free(glossary, entry, skip=old_id)
        _apply(node, entry.to_dict())
        return entry

    return _edit(path, change)


def _apply(node: CommentedMap, data: dict[str, object]) -> None:
    for key in ENTRY_KEYS:
        if key not in data:
            if key in node:
                del node[key]
            continue
        if node.get(key) == data[key]:
            continue  # unchanged: keep its comments and style
        if key in node:
            node[key] = _styled(key, data[key])
        else:
            position = sum(1 for k in ENTRY_KEYS[: ENTRY_KEYS.index(key)] if k in node)
            node.insert(position, key, _styled(key, data[key]))


def remove_entry(path: str | Path, entry_id: str) -> None:
    def change(entries: CommentedSeq, _glossary: Glossary) -> None:
        entries.remove(_find_node(entries, entry_id))

    _edit(path, change)


@dataclass
class MergeResult:
    added: list[Entry] = field(default_factory=list)
    merged: list[Entry] = field(default_factory=list)
    unchanged: int = 0


def merge_entries(path: str | Path, incoming: list[Entry]) -> MergeResult:
    """Add imported entries without duplicates: an entry sharing a term with an existing
    one adds its missing terms (and empty fields) to it; the others are appended."""

    def change(entries: CommentedSeq, glossary: Glossary) -> MergeResult:
        result = MergeResult()
        for new in incoming:
            existing = _matching_entry(glossary, new)
            if existing is None:
                new.id = _new_id(new, glossary)
                _check_terms_free(glossary, new)
                glossary.entries.append(new)
                entries.append(_node(new))
                result.added.append(new)
            elif _merge_into(glossary, existing, new):
                _apply(_find_node(entries, existing.id), existing.to_dict())
                result.merged.append(existing)
            else:
                result.unchanged += 1
        return result

    return _edit(path, change)


def _matching_entry(glossary: Glossary, new: Entry) -> Entry | None:
    for lang, term in new.all_terms():
        owner = _owner(glossary, lang, term)
        if owner is not None:
            return owner
    return None


def _merge_into(glossary: Glossary, existing: Entry, new: Entry) -> bool:
    before = existing.to_dict()
    for field_name in ("terms", "forbidden"):
        mine: dict[str, list[str]] = getattr(existing, field_name)
        for lang, terms in getattr(new, field_name).items():
            have = mine.setdefault(lang, [])
            keys = {term_key(t) for t in have}
            for term in terms:
                free = (
                    field_name == "forbidden" or _owner(glossary, lang, term, existing.id) is None
                )
                if term_key(term) not in keys and free:
                    have.append(term)
                    keys.add(term_key(term))
    for lang, text in new.gloss.items():
        existing.gloss.setdefault(lang, text)
    existing.note = existing.note or new.note
    existing.pos = existing.pos or new.pos
    existing.dnt = existing.dnt or new.dnt
    existing.case_sensitive = existing.case_sensitive or new.case_sensitive
    existing.tags.extend(tag for tag in new.tags if tag not in existing.tags)
    return existing.to_dict() != before
