"""Every annotation of a project's documents, as W3C Web Annotations (for `annotations export`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workbench.domain.web_annotation import unit_annotations
from workbench.storage.project import Document, Project


def project_annotations(
    project: Project,
    documents: Sequence[Document],
    langs: Sequence[str],
    *,
    anonymise: bool = False,
) -> list[dict[str, Any]]:
    """Every annotation of `documents` x `langs`, in language, document and segment order."""
    found: list[dict[str, Any]] = []
    for lang in langs:
        for document in documents:
            catalog = project.load_catalog(document, lang)
            found += unit_annotations(catalog.units, document.name, lang, anonymise=anonymise)
    return found
