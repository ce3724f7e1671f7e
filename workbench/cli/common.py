"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.storage.project import Project


def project_from_args(args: argparse.Namespace) -> Project:
    project = Project.find(explicit=getattr(args, "project", None))
    project = project.with_handle(getattr(args, "handle", None))
    for line in project.settings.unknown:
        print(f"workbench: warning: {line}", file=sys.stderr)
    create_missing_catalogs(project)
    return project


def create_missing_catalogs(project: Project) -> None:
    """A language added to workbench.toml by hand gets its catalogs; what cannot be created
    is reported on stderr and the command goes on with the rest."""
    documents = project.documents()
    if all(
        project.catalog_path(document, lang).exists()
        for lang in project.settings.target_langs
        for document in documents
    ):
        return
    from workbench.app.documents import languages

    for result in languages.create_missing_catalogs(project):
        if result.error:
            print(f"workbench: warning: {result.path}: missing: {result.error}", file=sys.stderr)
        else:
            print(f"workbench: created {result.path} for {result.lang}", file=sys.stderr)


def target_langs(project: Project, lang: str | None) -> tuple[str, ...]:
    return project.target_langs(lang)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
