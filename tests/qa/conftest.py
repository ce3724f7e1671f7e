"""Helpers for the QA tests: run one check on a pair of texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbench.domain.model import Unit
from workbench.domain.qa import Finding, QAContext, check_unit

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def run_check(
    check_id: str,
    source: str,
    target: str,
    source_lang: str = "en",
    target_lang: str = "ru",
    **context: Any,
) -> list[Finding]:
    ctx = QAContext(source_lang, target_lang, only=frozenset({check_id}), **context)
    return check_unit(Unit("s-test", source, target), ctx)


def seed_text(fragment: str) -> str:
    """The paragraph of the seed texts that contains `fragment` (a real case)."""
    for path in sorted(SEEDS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if fragment in paragraph:
                return paragraph.strip()
    pytest.skip(f"seed texts not found at {SEEDS}")
    raise AssertionError  # unreachable


def make_project(
    root: Path,
    documents: dict[str, list[tuple[str, str]]],
    source_lang: str = "en",
    target_lang: str = "ru",
    settings: str = "",
):
    """A real project on disk: sources/<name>.txt and translations/<lang>/<name>.po."""
    from workbench.storage.catalog import Catalog, new_header
    from workbench.storage.project import Project

    project = Project.init(root, source_lang, (target_lang,), "tester")
    if settings:
        toml = root / "workbench.toml"
        toml.write_text(toml.read_text(encoding="utf-8") + settings, encoding="utf-8")
        project = Project.find(explicit=root)
    for name, pairs in documents.items():
        source_file = project.sources_dir / f"{name}.txt"
        source_file.write_text("\n\n".join(source for source, _ in pairs) + "\n", encoding="utf-8")
        header = new_header(
            name, f"sources/{name}.txt", source_lang, target_lang, "utf-8", "text", "tester"
        )
        path = project.translations_dir / target_lang / f"{name}.po"
        units = [
            Unit(
                f"s-{name[:4]}{index:04d}",
                source,
                target,
                references=[(f"sources/{name}.txt", str(2 * index + 1))],
            )
            for index, (source, target) in enumerate(pairs)
        ]
        Catalog(path, header=header, units=units).save()
    return project
