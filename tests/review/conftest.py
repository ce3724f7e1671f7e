"""A small real project (init + add) for the review tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.app.documents.importer import add_document
from workbench.storage.project import Project

TEXT = (
    "Azat Miftakhov is a mathematician. He was held in the SIZO for a year.\n\n"
    "He was charged under Article 205.2 of the Criminal Code. Miftakhov denies it.\n"
)


@pytest.fixture
def project(project_factory, tmp_path: Path) -> Project:
    made = project_factory(handle="lev")
    source = tmp_path / "letter.txt"
    source.write_text(TEXT, encoding="utf-8")
    add_document(made, source)
    return made
