"""Target languages: adding one, and creating the catalogs a language is missing.

A language may be added with `workbench lang add CODE` or by hand in `workbench.toml`; either
way each document gets its catalog (`translations/<lang>/<document>.po`) from its source,
with the project's recorded splits and merges. A document whose source cannot be read gets
a clear message, and the other documents and languages go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.app.documents.exporter import load_source
from workbench.app.documents.importer import updated_catalog
from workbench.domain.errors import WorkbenchError
from workbench.storage.project import Document, Project
from workbench.storage.settings import SETTINGS_FILE, validate_lang
from workbench.storage.writer import project_writer

TARGET_LANGS_LINE = re.compile(r"(?m)^(\s*target_langs\s*=\s*)(\[[^\]\n]*\]|\"[^\"\n]*\")")


@dataclass(frozen=True, slots=True)
class CatalogCreated:
    document: str
    lang: str
    path: str
    segments: int = 0
    error: str | None = None  # why the catalog could not be created


def missing_catalogs(project: Project) -> list[tuple[Document, str]]:
    return [
        (document, lang)
        for lang in project.settings.target_langs
        for document in project.documents()
        if not project.catalog_path(document, lang).exists()
    ]


def create_missing_catalogs(project: Project) -> list[CatalogCreated]:
    """A catalog for every document and target language that has none yet."""
    results = []
    for document, lang in missing_catalogs(project):
        results.append(create_catalog(project, document, lang))
    return results


def create_catalog(project: Project, document: Document, lang: str) -> CatalogCreated:
    path = project.relative(project.catalog_path(document, lang))
    try:
        parsed, _bom = load_source(project, document)
        writer = project_writer(project)
        with writer.lock():
            catalog, _report = updated_catalog(
                project, document, lang, parsed, _source_encoding(project, document)
            )
            writer.save(catalog)
    except WorkbenchError as error:
        return CatalogCreated(document.name, lang, path, error=str(error))
    return CatalogCreated(document.name, lang, path, len(catalog.units))


def add_language(project: Project, code: str) -> tuple[Project, list[CatalogCreated]]:
    """Add `code` to the project's target languages and create its catalogs."""
    code = validate_lang(code, "lang add")
    if code == project.settings.source_lang:
        raise WorkbenchError(f"lang add {code}: {code!r} is the project's source language")
    if code not in project.settings.target_langs:
        with project_writer(project).lock():
            project = _add_to_settings(project, code)
    (project.translations_dir / code).mkdir(parents=True, exist_ok=True)
    created = [
        create_catalog(project, document, code)
        for document, lang in missing_catalogs(project)
        if lang == code
    ]
    return project, created


def _add_to_settings(project: Project, code: str) -> Project:
    """workbench.toml with `code` added to target_langs (read and written under the lock)."""
    settings_path = project.root / SETTINGS_FILE
    text = settings_path.read_text(encoding="utf-8")
    current = Project.load(project.root).settings.target_langs
    if code in current:
        return project
    listed = "[" + ", ".join(f'"{lang}"' for lang in (*current, code)) + "]"
    updated, count = TARGET_LANGS_LINE.subn(lambda m: m.group(1) + listed, text, count=1)
    if count != 1:
        raise WorkbenchError(
            f"{settings_path}: cannot find a one-line target_langs = [...] in [project]; "
            f"add {code!r} to it by hand"
        )
    project_writer(project).write_text(settings_path, updated)
    return Project.load(project.root).with_handle(
        project.handle if project.settings.handle_source == "flag" else None
    )


def _source_encoding(project: Project, document: Document) -> str:
    """The encoding recorded when the document was added (in another language's catalog)."""
    for lang in project.settings.target_langs:
        path = project.catalog_path(document, lang)
        if path.exists():
            try:
                header = project.load_catalog(document, lang).header
            except WorkbenchError:
                continue
            return header.get("X-Source-Encoding") or "utf-8"
    return "utf-8"
