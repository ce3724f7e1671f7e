"""A translation project: a folder with workbench.toml, sources/, translations/, glossary.yml."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from workbench.domain.document_kinds import format_for_path
from workbench.domain.errors import InputError, ProjectNotFound, WorkbenchError
from workbench.storage.atomic import write_text_atomic
from workbench.storage.catalog import Catalog
from workbench.storage.settings import (
    SETTINGS_FILE,
    Settings,
    load_settings,
    render_settings,
    validate_handle,
    validate_lang,
)

SOURCES = "sources"
TRANSLATIONS = "translations"
GLOSSARY = "glossary.yml"
CACHE = ".workbench"

GITIGNORE = """\
# workbench caches and journals: rebuilt automatically, never the source of truth
.workbench/
# exported documents: made from the project, written again on every export
export/
# temporary files of interrupted atomic writes
.*.tmp
"""

EMPTY_GLOSSARY = """\
# The project glossary. See the README ("Glossary") for the format.
entries: []
"""


class UnderRoot:
    """One fixed place of the project's layout: `project.sources_dir` is `root / "sources"`."""

    def __init__(self, relative: str) -> None:
        self.relative = relative

    def __get__(self, project: Project, owner: type[Project]) -> Path:
        return project.root / self.relative


@dataclass(frozen=True, slots=True)
class Document:
    name: str  # the source file's stem: what `stats` reports
    path: Path  # the file in sources/
    format: str  # "text", "markdown", ...

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    settings: Settings

    # ---- finding and creating ------------------------------------------------------------
    @classmethod
    def find(cls, start: str | Path | None = None, explicit: str | Path | None = None) -> Project:
        """The project at `explicit`, or the nearest folder upwards from `start` (like git)."""
        if explicit is not None:
            root = Path(explicit).resolve()
            if not (root / SETTINGS_FILE).is_file():
                raise ProjectNotFound(f"{root}: not a workbench project (no {SETTINGS_FILE})")
            return cls.load(root)
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / SETTINGS_FILE).is_file():
                return cls.load(folder)
        raise ProjectNotFound(
            f"{here}: not inside a workbench project (no {SETTINGS_FILE} here or above); "
            "run `workbench init` or pass --project DIR"
        )

    @classmethod
    def load(cls, root: Path) -> Project:
        return cls(root, load_settings(root / SETTINGS_FILE))

    @classmethod
    def init(
        cls, root: str | Path, source_lang: str, target_langs: tuple[str, ...], handle: str
    ) -> Project:
        root = Path(root).resolve()
        settings_path = root / SETTINGS_FILE
        if settings_path.exists():
            raise WorkbenchError(f"{settings_path}: a project already exists here")
        source_lang = validate_lang(source_lang, "--source-lang")
        targets = tuple(validate_lang(lang, "--target-lang") for lang in target_langs)
        if not targets:
            raise WorkbenchError("--target-lang: give at least one target language")
        if source_lang in targets:
            raise WorkbenchError(f"--target-lang: {source_lang!r} is the source language")
        validate_handle(handle, "--as")
        (root / SOURCES).mkdir(parents=True, exist_ok=True)
        for lang in targets:
            (root / TRANSLATIONS / lang).mkdir(parents=True, exist_ok=True)
        if not (root / GLOSSARY).exists():
            write_text_atomic(root / GLOSSARY, EMPTY_GLOSSARY)
        gitignore = root / ".gitignore"
        if not gitignore.exists():
            write_text_atomic(gitignore, GITIGNORE)
        write_text_atomic(settings_path, render_settings(source_lang, targets, handle))
        return cls.load(root)

    def with_handle(self, handle: str | None) -> Project:
        if not handle:
            return self
        validate_handle(handle, "--as")
        settings = replace(self.settings, handle=handle, handle_source="flag")
        return replace(self, settings=settings)

    # ---- paths ---------------------------------------------------------------------------
    @property
    def handle(self) -> str:
        return self.settings.handle

    sources_dir = UnderRoot(SOURCES)
    translations_dir = UnderRoot(TRANSLATIONS)
    glossary_path = UnderRoot(GLOSSARY)
    cache_dir = UnderRoot(CACHE)

    def catalog_path(self, document: Document, lang: str) -> Path:
        return self.translations_dir / lang / f"{document.name}.po"

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    # ---- documents -----------------------------------------------------------------------
    def documents(self) -> list[Document]:
        if not self.sources_dir.is_dir():
            return []
        documents = []
        for path in sorted(self.sources_dir.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                documents.append(Document(path.stem, path, format_of(path)))
        return documents

    def document(self, ref: str) -> Document:
        """A document by its name, its file name, or its path (relative or absolute)."""
        documents = self.documents()
        for document in documents:
            if ref in (document.name, document.file_name):
                return document
        candidate = Path(ref)
        resolved = (candidate if candidate.is_absolute() else Path.cwd() / candidate).resolve()
        for document in documents:
            if document.path.resolve() == resolved:
                return document
        known = ", ".join(d.name for d in documents) or "none yet (use `workbench add`)"
        raise WorkbenchError(f"{ref}: no such document in {self.sources_dir} (documents: {known})")

    def select_documents(self, ref: str | None) -> list[Document]:
        return [self.document(ref)] if ref else self.documents()

    def target_langs(self, lang: str | None) -> tuple[str, ...]:
        if lang is None:
            return self.settings.target_langs
        if lang not in self.settings.target_langs:
            known = ", ".join(self.settings.target_langs)
            raise WorkbenchError(f"--lang {lang}: not a target language of this project ({known})")
        return (lang,)

    # ---- catalogs ------------------------------------------------------------------------
    def load_catalog(self, document: Document, lang: str) -> Catalog:
        path = self.catalog_path(document, lang)
        if not path.exists():
            raise WorkbenchError(
                f"{self.relative(path)}: missing; run `workbench add {self.relative(document.path)}`"
            )
        return Catalog.load(path)


def format_of(path: Path) -> str:
    return format_for_path(path)


def check_document_name(path: Path) -> None:
    if not path.stem or path.stem.startswith("."):
        raise InputError(path, "needs a file name that can name the document")
