"""The memory of a project: its PO files and imported TMX files, indexed in a cache.

Inputs: every unit of `translations/<lang>/*.po` that is not untranslated (one shard per
language pair for all of them), and each `translations/tm/*.tmx` (its own shards, so a big
imported memory is indexed once and not again when a PO file changes). Indexes live in
`<project>/.workbench/tm/<group>/` with the list of input files (path, mtime, size) they
were built from; a group whose inputs changed is rebuilt. The cache is never a source of
truth: delete it at will.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from workbench.domain.errors import WorkbenchError
from workbench.domain.langtags import project_language
from workbench.domain.model import State, Unit
from workbench.storage.atomic import write_text_atomic
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project
from workbench.storage.tm.memory import TranslationMemory
from workbench.storage.tm.shard import Shard
from workbench.storage.tm.units import TMUnit, segment_key

CACHE_VERSION = 1
TM_FOLDER = "tm"  # translations/tm/*.tmx and .workbench/tm/


def load_project_memory(
    project: Project, loaded: dict[Path, Catalog] | None = None
) -> TranslationMemory:
    """`loaded`: catalogs already in memory by path; their PO files are not read again."""
    shards: list[Shard] = []
    problems: list[str] = []
    cache = Path(project.cache_dir) / TM_FOLDER
    po_files = project_po_files(project)
    shards += _group_shards(
        cache / "project", po_files, lambda: _po_units(project, problems, loaded or {})
    )
    for tmx in tmx_files(project):
        group = "tmx-" + hashlib.blake2b(tmx.name.encode(), digest_size=6).hexdigest()
        try:
            shards += _group_shards(cache / group, [tmx], partial(_tmx_units, project, tmx))
        except WorkbenchError as error:  # skipped with a warning, as a broken PO is
            problems.append(str(error))
    memory = TranslationMemory(shards)
    memory.problems = problems
    return memory


def project_po_files(project: Project) -> list[Path]:
    files = []
    for lang in project.settings.target_langs:
        folder = project.translations_dir / lang
        if folder.is_dir():
            files += sorted(folder.glob("*.po"))
    return files


def tmx_files(project: Project) -> list[Path]:
    """Imported memories: translations/tm/*.tmx and other projects' *.po."""
    folder = project.translations_dir / TM_FOLDER
    if not folder.is_dir():
        return []
    return sorted([*folder.glob("*.tmx"), *folder.glob("*.po")])


# ---- the cache -------------------------------------------------------------------------------
def _group_shards(
    folder: Path, inputs: list[Path], read_units: Callable[[], Iterable[TMUnit]]
) -> list[Shard]:
    manifest = _manifest(inputs)
    cached = _load_group(folder, manifest)
    if cached is not None:
        return cached
    by_pair: dict[tuple[str, str], list[TMUnit]] = defaultdict(list)
    for unit in read_units():
        by_pair[(unit.source_lang, unit.target_lang)].append(unit)
    shards = [Shard.build(pair, units) for pair, units in sorted(by_pair.items())]
    _save_group(folder, shards, manifest)
    return shards


def _manifest(inputs: list[Path]) -> dict[str, Any]:
    files = []
    for path in inputs:
        stat = path.stat()
        files.append([str(path), stat.st_mtime_ns, stat.st_size])
    return {"version": CACHE_VERSION, "inputs": files}


def _load_group(folder: Path, manifest: dict[str, Any]) -> list[Shard] | None:
    try:
        stored = json.loads((folder / "inputs.json").read_text(encoding="utf-8"))
        if stored != manifest:
            return None
        return [Shard.load(path) for path in sorted(folder.iterdir()) if path.is_dir()]
    except (OSError, ValueError, KeyError):
        return None  # missing, stale or damaged: rebuild


def _save_group(folder: Path, shards: list[Shard], manifest: dict[str, Any]) -> None:
    """Build the group in a fresh folder, then swap it in (a reader never sees half)."""
    fresh = folder.with_name(f"{folder.name}.new-{os.getpid()}")
    old = folder.with_name(f"{folder.name}.old-{os.getpid()}")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        for number, shard in enumerate(shards):
            shard.save(fresh / f"{number:03d}-{shard.pair[0]}-{shard.pair[1]}")
        fresh.mkdir(parents=True, exist_ok=True)
        write_text_atomic(fresh / "inputs.json", json.dumps(manifest))
        if folder.exists():
            folder.rename(old)
        fresh.rename(folder)
    except OSError:
        shutil.rmtree(fresh, ignore_errors=True)  # a cache: lookups still work from memory
    finally:
        shutil.rmtree(old, ignore_errors=True)


# ---- reading the inputs ----------------------------------------------------------------------
def _po_units(
    project: Project, problems: list[str], loaded: dict[Path, Catalog]
) -> Iterator[TMUnit]:
    source_lang = project.settings.source_lang
    for path in project_po_files(project):
        try:
            catalog = loaded.get(path) or Catalog.load(path)
        except WorkbenchError as error:
            problems.append(str(error))
            continue
        yield from catalog_units(catalog, path.stem, source_lang, path.parent.name)


def catalog_units(catalog: Catalog, document: str, source_lang: str, lang: str) -> Iterator[TMUnit]:
    """The memory units of one catalog: every unit that is not untranslated."""
    units = catalog.units
    for number, unit in enumerate(units):
        if unit.state == State.UNTRANSLATED:
            continue
        yield project_unit(unit, document, source_lang, lang, units, number)


def project_unit(
    unit: Unit, document: str, source_lang: str, lang: str, units: Sequence[Unit], number: int
) -> TMUnit:
    """A TMUnit for `units[number]` of a catalog (its neighbours give the context)."""
    edit = unit.last_edit or {}
    return TMUnit(
        source=unit.source,
        target=unit.target,
        source_lang=source_lang,
        target_lang=lang,
        origin=document,
        state=str(unit.state),
        by=edit.get("by"),
        at=edit.get("at"),
        segment_id=segment_key(document, unit.id),
        prev_source=units[number - 1].source if number > 0 else None,
        next_source=units[number + 1].source if number + 1 < len(units) else None,
    )


def _tmx_units(project: Project, path: Path) -> Iterator[TMUnit]:
    from workbench.formats.tmx import read_tmx

    langs = (project.settings.source_lang, *project.settings.target_langs)
    units = foreign_po_units(project, path) if path.suffix == ".po" else read_tmx(path).units
    for unit in units:
        yield _with_project_langs(unit, langs)


def foreign_po_units(project: Project, path: Path) -> list[TMUnit]:
    """The translated entries of another project's PO file (any gettext PO).

    Refused (InputError) when it does not parse or its languages are not this project's.
    """
    from workbench.domain.errors import InputError
    from workbench.storage.po_reader import parse_header, read_po

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 (convert it with msgconv --to-code=UTF-8)") from None
    entries = read_po(text, str(path))
    header = next(
        (e for e in entries if e.msgid == "" and e.msgctxt is None and not e.obsolete), None
    )
    metadata = parse_header(header.msgstr) if header else {}
    langs = (project.settings.source_lang, *project.settings.target_langs)
    target = project_lang(metadata.get("Language", "").strip(), langs)
    source = project_lang(
        metadata.get("X-Source-Language", "").strip() or project.settings.source_lang, langs
    )
    if target not in project.settings.target_langs or source != project.settings.source_lang:
        pair = f"{source or '?'} -> {target or '?'}"
        ours = f"{project.settings.source_lang} -> {', '.join(project.settings.target_langs)}"
        raise InputError(path, f"its language pair {pair} is not this project's ({ours})")
    units = []
    for entry in entries:
        if entry.obsolete or not entry.msgstr or entry.msgid_plural or entry is header:
            continue
        state = "draft" if "fuzzy" in entry.flags else "translated"
        units.append(TMUnit(entry.msgid, entry.msgstr, source, target, path.name, state))
    return units


def _with_project_langs(unit: TMUnit, langs: tuple[str, ...]) -> TMUnit:
    """Name TMX languages as the project does (EN-US -> en when the project says en)."""
    from dataclasses import replace

    return replace(
        unit,
        source_lang=project_lang(unit.source_lang, langs),
        target_lang=project_lang(unit.target_lang, langs),
    )


def project_lang(code: str, langs: tuple[str, ...]) -> str:
    return project_language(code, langs) or code
