"""Checking a project's own files before they are shared (`workbench sync`).

A teammate's next sync must never fail on a file we pushed: workbench.toml, glossary.yml and
every catalog are read as the workbench reads them, and the first problem is raised as an
`InputError` naming the file and the line.
"""

from __future__ import annotations

from workbench.app.memory.project_memory import TM_FOLDER
from workbench.domain.errors import InputError
from workbench.storage.catalog import Catalog
from workbench.storage.glossary.schema import load_glossary
from workbench.storage.project import Project
from workbench.storage.settings import SETTINGS_FILE, load_settings


def validate_project_files(project: Project) -> None:
    """Raise an InputError (file, line, "not committed") for the first file that does not read."""
    try:
        load_settings(project.root / SETTINGS_FILE)
        load_glossary(project.glossary_path)
        for folder in sorted(project.translations_dir.glob("*")):
            if folder.is_dir() and folder.name != TM_FOLDER:
                for path in sorted(folder.glob("*.po")):
                    Catalog.load(path)
    except InputError as error:
        raise InputError(
            error.path, f"{error.message} (nothing committed: fix it first)", error.line
        ) from None
