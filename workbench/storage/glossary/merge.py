"""Three-way merge of glossary.yml, entry by entry (the git merge driver for the glossary).

Entries are matched by `id`. The result is ours' document edited in place through a
ruamel.yaml round trip, so its comments, order and layout stay. An entry changed on one side
takes that side (with its comments); an entry changed on both sides is merged key by key:
term lists (`terms`, `forbidden`, `tags`) become the union, a `note` changed on both sides
keeps both texts, and any other value changed on both sides keeps ours with theirs written
in a `# merge:` comment beside it. Entries new on the other side are inserted after their
predecessor there. A term that ends up in two entries stays only in the first (the glossary
format forbids duplicates). The result is validated before it is written.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from workbench.domain.errors import InputError
from workbench.domain.glossary.normalise import term_key
from workbench.storage.atomic import write_text_atomic
from workbench.storage.glossary.store import round_trip_yaml
from workbench.storage.merge import MISSING, pick

LIST_MAPS = ("terms", "forbidden")  # lang -> list of terms: union on conflict
NOTE_JOINER = " / "


@dataclass
class GlossaryMergeReport:
    merged_entries: list[str] = field(default_factory=list)  # changed on both sides
    added: list[str] = field(default_factory=list)  # new from theirs
    removed: list[str] = field(default_factory=list)  # deleted by theirs
    notes: list[str] = field(default_factory=list)  # values kept in comments, moved terms


def _term_key(term: object) -> tuple[str, ...]:
    """A term of the YAML (a plain or a round-trip string) as duplicate detection sees it."""
    return term_key(str(term))


def plain(value: Any) -> Any:
    """A round-trip node as plain dicts/lists/scalars, for comparing versions."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def _load(text: str, path: Path) -> CommentedMap:
    try:
        document = round_trip_yaml().load(text) if text.strip() else None
    except YAMLError as error:
        raise InputError(path, f"not valid YAML: {error}") from None
    if document is None:
        document = CommentedMap()
    if not isinstance(document, CommentedMap):
        raise InputError(path, "the glossary must be a mapping with `entries:`")
    entries = document.get("entries")
    if entries is None:
        document["entries"] = CommentedSeq()
    elif not isinstance(entries, CommentedSeq):
        raise InputError(path, "`entries` must be a list")
    return document


def _by_id(entries: CommentedSeq, path: Path) -> dict[str, CommentedMap]:
    result: dict[str, CommentedMap] = {}
    for entry in entries:
        if not isinstance(entry, CommentedMap) or "id" not in entry:
            raise InputError(path, "every glossary entry needs an `id`")
        result[str(entry["id"])] = entry
    return result


# ---- one entry ---------------------------------------------------------------------------


def _union_terms(ours: CommentedSeq | list[Any], theirs: list[Any]) -> None:
    keys = {_term_key(term) for term in ours}
    for term in theirs:
        if _term_key(term) not in keys:
            ours.append(term)
            keys.add(_term_key(term))


def merge_entry(
    base: dict[str, Any] | None,
    ours: CommentedMap,
    theirs: CommentedMap,
    report: GlossaryMergeReport,
) -> None:
    """Merge `theirs` into `ours` in place, key by key."""
    old = base or {}
    for key in [*ours, *(k for k in theirs if k not in ours)]:
        b = old.get(key, MISSING)
        o = plain(ours[key]) if key in ours else MISSING
        t = plain(theirs[key]) if key in theirs else MISSING
        value, conflict = pick(b, o, t)
        if not conflict:
            if value is MISSING:
                del ours[key]
            elif value is t and t is not o:
                ours[key] = copy.deepcopy(theirs[key])
            continue
        if o is MISSING or t is MISSING:  # removed on one side, changed on the other: keep
            if o is MISSING:
                ours[key] = copy.deepcopy(theirs[key])
            continue
        _merge_conflicting_value(key, ours, theirs, report)


def _merge_conflicting_value(
    key: str, ours: CommentedMap, theirs: CommentedMap, report: GlossaryMergeReport
) -> None:
    mine, other = ours[key], theirs[key]
    if key in LIST_MAPS and isinstance(mine, dict) and isinstance(other, dict):
        for lang, terms in other.items():
            if lang in mine and isinstance(mine[lang], list) and isinstance(terms, list):
                _union_terms(mine[lang], plain(terms))
            elif lang not in mine:
                mine[lang] = copy.deepcopy(terms)
        return
    if isinstance(mine, list) and isinstance(other, list):
        _union_terms(mine, plain(other))
        return
    if key == "gloss" and isinstance(mine, dict) and isinstance(other, dict):
        for lang, text in other.items():
            if lang not in mine:
                mine[lang] = text
            elif plain(mine[lang]) != plain(text):
                _comment(ours, key, f"other version of gloss {lang}: {text}", report)
        return
    if key == "note" and isinstance(mine, str) and isinstance(other, str):
        ours[key] = f"{mine}{NOTE_JOINER}{other}"
        return
    _comment(ours, key, f"other version: {plain(other)}", report)


def _comment(entry: CommentedMap, key: str, text: str, report: GlossaryMergeReport) -> None:
    message = f"merge: {text}".replace("\n", " ")
    entry.yaml_add_eol_comment(f"# {message}", key)
    report.notes.append(f"{entry.get('id')}: {message}")


# ---- the whole file ----------------------------------------------------------------------


def merge_glossary_texts(
    base_text: str, ours_text: str, theirs_text: str, path: str | Path = "glossary.yml"
) -> tuple[str, GlossaryMergeReport]:
    """The merged glossary text (ours' comments and layout) and a report."""
    path = Path(path)
    report = GlossaryMergeReport()
    try:
        base_doc = _load(base_text, path)
    except InputError:
        base_doc = CommentedMap(entries=CommentedSeq())
    ours_doc, theirs_doc = _load(ours_text, path), _load(theirs_text, path)
    base = {k: plain(v) for k, v in _by_id(base_doc["entries"], path).items()}
    entries: CommentedSeq = ours_doc["entries"]
    ours, theirs = _by_id(entries, path), _by_id(theirs_doc["entries"], path)
    for entry_id, mine in list(ours.items()):
        _merge_existing(entry_id, mine, base.get(entry_id), theirs.get(entry_id), entries, report)
    _insert_new(entries, theirs_doc["entries"], base, ours, report)
    _copy_leading_comments(entries, report.added, theirs_text, ours_text)
    _drop_duplicate_terms(entries, report)
    if entries.fa.flow_style() and len(entries):
        entries.fa.set_block_style()
    buffer = io.StringIO()
    round_trip_yaml().dump(ours_doc, buffer)
    text = buffer.getvalue()
    _validate(text, path)
    return text, report


def _merge_existing(
    entry_id: str,
    mine: CommentedMap,
    old: dict[str, Any] | None,
    other: CommentedMap | None,
    entries: CommentedSeq,
    report: GlossaryMergeReport,
) -> None:
    index = next(i for i, e in enumerate(entries) if e is mine)
    if other is None:
        if old is not None and plain(mine) == old:  # deleted by theirs, unchanged here
            del entries[index]
            report.removed.append(entry_id)
        return
    current, incoming = plain(mine), plain(other)
    value, conflict = pick(old if old is not None else MISSING, current, incoming)
    if conflict:
        merge_entry(old, mine, other, report)
        report.merged_entries.append(entry_id)
    elif value is incoming and incoming != current:
        entries[index] = copy.deepcopy(other)


def _insert_new(
    entries: CommentedSeq,
    theirs_entries: CommentedSeq,
    base: dict[str, dict[str, Any]],
    ours: dict[str, CommentedMap],
    report: GlossaryMergeReport,
) -> None:
    anchor: str | None = None
    for other in theirs_entries:
        entry_id = str(other["id"])
        present = {str(e["id"]) for e in entries}
        if entry_id in present:
            anchor = entry_id
            continue
        if entry_id in ours:  # we removed it as deleted by theirs: cannot happen here
            continue
        if entry_id in base and plain(other) == base[entry_id]:
            continue  # deleted by us, unchanged by theirs
        position = 0
        if anchor is not None:
            position = 1 + next(i for i, e in enumerate(entries) if str(e["id"]) == anchor)
        entries.insert(position, copy.deepcopy(other))
        report.added.append(entry_id)
        anchor = entry_id


def _copy_leading_comments(
    entries: CommentedSeq, added: list[str], theirs_text: str, ours_text: str
) -> None:
    """Comment lines right above an entry new from theirs come with it."""
    lines = theirs_text.splitlines()
    for index, entry in enumerate(entries):
        if str(entry["id"]) not in added:
            continue
        above: list[str] = []
        row = entry.lc.line - 1
        while 0 <= row < len(lines) and lines[row].lstrip().startswith("#"):
            above.insert(0, lines[row].strip()[1:].strip())
            row -= 1
        block = "\n".join(above)
        if above and "\n".join(f"# {line}" for line in above) not in ours_text:
            entries.yaml_set_comment_before_after_key(index, before=block, indent=2)


def _drop_duplicate_terms(entries: CommentedSeq, report: GlossaryMergeReport) -> None:
    """A term may belong to one entry only: ours' entries keep theirs, then the first one does.
    An entry whose terms all belong to other entries is folded into one of them."""
    owners: dict[tuple[str, Any], CommentedMap] = {}
    ours_first = sorted(entries, key=lambda entry: str(entry["id"]) in report.added)
    for entry in ours_first:
        terms = entry.get("terms")
        if not isinstance(terms, dict):
            continue
        taken = [
            (lang, term, owners[(str(lang), _term_key(term))])
            for lang, values in terms.items()
            if isinstance(values, list)
            for term in values
            if (str(lang), _term_key(term)) in owners
        ]
        if taken and len(taken) == len(_all_terms(entry)):
            owner = taken[0][2]
            merge_entry(None, owner, entry, report)
            _comment(owner, "id", f"entry {entry['id']} folded in (same terms)", report)
            del entries[next(i for i, e in enumerate(entries) if e is entry)]
            continue
        for lang, term, owner in taken:
            terms[lang].remove(term)
            if not terms[lang]:
                del terms[lang]
            _comment(entry, "terms", f"{term!s} ({lang}) is in entry {owner['id']}", report)
        for lang, values in terms.items():
            for term in values if isinstance(values, list) else []:
                owners.setdefault((str(lang), _term_key(term)), entry)


def _all_terms(entry: CommentedMap) -> list[str]:
    terms = entry.get("terms")
    if not isinstance(terms, dict):
        return []
    return [t for values in terms.values() if isinstance(values, list) for t in values]


def _validate(text: str, path: Path) -> None:
    try:
        from workbench.storage.glossary.schema import parse_glossary
    except ImportError:  # pragma: no cover - the glossary package is part of workbench
        return
    try:
        parse_glossary(text, path)
    except InputError as error:
        raise InputError(path, f"the merged glossary would not be valid: {error.message}") from None


def _read_text(path: Path, required: bool) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        if required:
            raise InputError(path, "no such file") from None
        return ""
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (byte {error.start})") from None


def merge_glossary_files(
    base: str | Path, ours: str | Path, theirs: str | Path
) -> GlossaryMergeReport:
    """Merge THEIRS into OURS (written atomically). InputError when a side is unreadable."""
    ours_path = Path(ours)
    text, report = merge_glossary_texts(
        _read_text(Path(base), required=False),
        _read_text(ours_path, required=True),
        _read_text(Path(theirs), required=True),
        ours_path,
    )
    write_text_atomic(ours_path, text)
    return report
