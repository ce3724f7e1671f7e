"""Reading and validating glossary.yml (the format is documented in docs/glossary.md).

Parsed with PyYAML's composer (the C one when available: fast on big glossaries) so that
every value keeps its line; anything wrong is an InputError naming file and line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from workbench.domain.errors import InputError
from workbench.domain.glossary.model import POS_VALUES, Entry, Glossary
from workbench.domain.glossary.normalise import term_key

TOP_KEYS = ("entries",)
ENTRY_KEYS = ("id", "terms", "forbidden", "gloss", "note", "pos", "dnt", "case_sensitive", "tags")
ID_PATTERN = re.compile(r"^[A-Za-z_][\w.\-]{0,79}$")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

try:
    Composer: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    Composer = yaml.SafeLoader


class _Reader:
    """Turns YAML nodes into checked Python values, with the file and line for errors."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: set[int] = set()

    def fail(self, node: yaml.Node | None, message: str) -> InputError:
        line = node.start_mark.line + 1 if node is not None else None
        return InputError(self.path, message, line)

    def mapping(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node]:
        self._once(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping (key: value)")
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node, f"a key in {what}")
            if allowed and key not in allowed:
                raise self.fail(
                    key_node, f"unknown key {key!r} in {what} (known: {', '.join(allowed)})"
                )
            if key in result:
                raise self.fail(key_node, f"duplicate key {key!r} in {what}")
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        self._once(node)
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def scalar(self, node: yaml.Node, what: str) -> str:
        self._once(node)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"{what} must be a single value, not a list or mapping")
        return str(node.value)

    def text(self, node: yaml.Node, what: str) -> str:
        value = self.scalar(node, what).strip()
        if not value:
            raise self.fail(node, f"{what} is empty")
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool:
        value = self.scalar(node, what).lower()
        if value in ("true", "yes", "on"):
            return True
        if value in ("false", "no", "off"):
            return False
        raise self.fail(node, f"{what} must be true or false, not {value!r}")

    def text_list(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """A list of strings; a single string is a list of one."""
        if isinstance(node, yaml.ScalarNode):
            return [(self.text(node, what), node)]
        return [(self.text(item, f"an item of {what}"), item) for item in self.sequence(node, what)]

    def lang(self, node: yaml.Node) -> str:
        code = str(node.value)
        if not LANG_PATTERN.match(code):
            raise self.fail(node, f"{code!r} is not a language code (expected e.g. en, ru, pt-BR)")
        return code

    def _once(self, node: yaml.Node) -> None:
        # An alias makes the composer hand us the same node twice: refuse anchors and
        # aliases outright (they also make "billion laughs" documents possible).
        if id(node) in self.seen:
            raise self.fail(node, "YAML anchors and aliases (&, *) are not supported here")
        self.seen.add(id(node))


def parse_glossary(text: str, path: str | Path = "glossary.yml") -> Glossary:
    path = Path(path)
    try:
        root = yaml.compose(text, Loader=Composer)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(path, f"not valid YAML: {error.problem or error.context}", line) from None
    except yaml.YAMLError as error:
        raise InputError(path, f"not valid YAML: {error}") from None
    if root is None or (isinstance(root, yaml.ScalarNode) and not root.value):
        return Glossary([], path)
    reader = _Reader(path)
    top = reader.mapping(root, "the glossary", TOP_KEYS)
    entries_node = top.get("entries")
    if entries_node is None or (
        isinstance(entries_node, yaml.ScalarNode) and entries_node.value in ("", "null", "~")
    ):
        return Glossary([], path)
    entries = [_read_entry(reader, node) for node in reader.sequence(entries_node, "entries")]
    _check_unique(reader, entries)
    return Glossary(entries, path)


def _read_entry(reader: _Reader, node: yaml.Node) -> Entry:
    fields = reader.mapping(node, "an entry", ENTRY_KEYS)
    if "id" not in fields:
        raise reader.fail(node, "entry without an id (a short unique name such as sizo)")
    if "terms" not in fields:
        raise reader.fail(node, "entry without terms")
    entry_id = reader.text(fields["id"], "id")
    if not ID_PATTERN.match(entry_id):
        raise reader.fail(
            fields["id"],
            f"id {entry_id!r}: use letters, digits, '_', '-', '.', starting with a letter",
        )
    entry = Entry(
        id=entry_id, terms=_terms(reader, fields["terms"], "terms"), line=node.start_mark.line + 1
    )
    if not any(entry.terms.values()):
        raise reader.fail(fields["terms"], f"entry {entry_id!r} has no terms")
    if "forbidden" in fields:
        entry.forbidden = _terms(reader, fields["forbidden"], "forbidden")
    if "gloss" in fields:
        glosses = reader.mapping(fields["gloss"], "gloss", ())
        entry.gloss = {
            reader.lang(_key(fields["gloss"], lang)): reader.text(value, f"gloss {lang}")
            for lang, value in glosses.items()
        }
    if "note" in fields:
        entry.note = reader.scalar(fields["note"], "note").strip()
    if "pos" in fields:
        entry.pos = reader.text(fields["pos"], "pos")
        if entry.pos not in POS_VALUES:
            raise reader.fail(
                fields["pos"], f"pos {entry.pos!r} is not one of {', '.join(POS_VALUES)}"
            )
    if "dnt" in fields:
        entry.dnt = reader.boolean(fields["dnt"], "dnt")
    if "case_sensitive" in fields:
        entry.case_sensitive = reader.boolean(fields["case_sensitive"], "case_sensitive")
    if "tags" in fields:
        entry.tags = [tag for tag, _node in reader.text_list(fields["tags"], "tags")]
    for lang, terms in entry.forbidden.items():
        clash = set(map(term_key, terms)) & set(map(term_key, entry.terms.get(lang, [])))
        if clash:
            raise reader.fail(
                fields["forbidden"], f"entry {entry_id!r}: a term is both allowed and forbidden"
            )
    return entry


def _key(mapping: yaml.Node, key: str) -> yaml.Node:
    """The node of `key` in a mapping (for its line number), or the mapping itself."""
    for key_node, _value in mapping.value:
        if key_node.value == key:
            found: yaml.Node = key_node
            return found
    return mapping


def _terms(reader: _Reader, node: yaml.Node, what: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    seen: set[tuple[str, ...]] = set()
    for lang, value in reader.mapping(node, what, ()).items():
        reader.lang(_key(node, lang))
        terms = []
        for term, term_node in reader.text_list(value, f"{what} {lang}"):
            key = term_key(term)
            if not key:
                raise reader.fail(term_node, f"{what} {lang}: {term!r} has no letters or digits")
            if (lang, *key) in seen:
                raise reader.fail(term_node, f"{what} {lang}: {term!r} is listed twice")
            seen.add((lang, *key))
            terms.append(term)
        result[lang] = terms
    return result


def _check_unique(reader: _Reader, entries: list[Entry]) -> None:
    ids: dict[str, Entry] = {}
    owners: dict[tuple[str, ...], Entry] = {}
    for entry in entries:
        if entry.id in ids:
            raise InputError(
                reader.path,
                f"duplicate id {entry.id!r} (first at line {ids[entry.id].line})",
                entry.line,
            )
        ids[entry.id] = entry
        for lang, term in entry.all_terms():
            key = (lang, *term_key(term))
            other = owners.get(key)
            if other is not None:
                raise InputError(
                    reader.path,
                    f"term {term!r} ({lang}) is also in entry {other.id!r} (line {other.line})",
                    entry.line,
                )
            owners[key] = entry


def load_glossary(path: str | Path) -> Glossary:
    """glossary.yml -> Glossary; a missing file is an empty glossary; InputError on problems."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Glossary([], path)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (byte {error.start})") from None
    return parse_glossary(text, path)


def reload_glossary(path: str | Path, last_good: Glossary) -> tuple[Glossary, InputError | None]:
    """For long-running callers (the TUI): the new glossary, or the last good one + the error."""
    try:
        return load_glossary(path), None
    except InputError as error:
        return last_good, error
