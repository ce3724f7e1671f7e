"""Fixtures: small real projects on disk, built through core (no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.model import Unit
from workbench.storage.catalog import Catalog, new_header
from workbench.storage.project import Project

HANDLE = "tester"
SOURCES = [
    "Azat Miftakhov was detained by the FSB in February 2019.",
    "He was held in SIZO for a year before the trial.",
    "The court sentenced him to six years in a penal colony.",
    "Supporters gathered outside the court building.",
    "He spent fifteen days in SHIZO after a dispute with the guards.",
    "Letters to political prisoners matter.",
]
TARGETS = {1: "Его держали в СИЗО год до суда.", 3: "Сторонники собрались у здания суда."}


def build_project(
    root: Path, sources: list[str] | None = None, targets: dict[int, str] | None = None
) -> Project:
    """A project with one document `letters` (en -> ru) and its catalog."""
    sources = SOURCES if sources is None else sources
    targets = TARGETS if targets is None else targets
    project = Project.init(root, "en", ("ru",), HANDLE)
    text = "\n".join(sources) + "\n"
    (project.sources_dir / "letters.txt").write_text(text, encoding="utf-8")
    units = [
        Unit(
            id=f"s-{i:08x}",
            source=source,
            target=targets.get(i, ""),
            references=[("sources/letters.txt", str(i + 1))],
        )
        for i, source in enumerate(sources)
    ]
    header = new_header("letters", "letters.txt", "en", "ru", "utf-8", "text", HANDLE)
    header["PO-Revision-Date"] = "2026-01-01T00:00:00Z"
    path = project.translations_dir / "ru" / "letters.po"
    Catalog(path, header=header, units=units).save(HANDLE)
    return project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return build_project(tmp_path / "proj")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests with asyncio.run (no asyncio plugin needed)."""
    import asyncio
    import inspect

    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
