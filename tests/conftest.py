"""Shared fixtures: real projects in temporary folders."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def load_bench_module(name: str) -> ModuleType:
    """A script of bench/ (not a package) loaded as a module, for tests of its rules."""
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SEEDS = REPO.parent / "shared" / "seeds"


def require_tool(name: str) -> str:
    """The path of a real tool the test needs. Fails (never skips) in CI when it is missing."""
    path = shutil.which(name)
    if path is None:
        import os

        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (install it in .ci/run)")
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture(autouse=True)
def own_user_config(tmp_path_factory, monkeypatch):
    """Every test gets its own user config folder: the real home is never read or written."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def project_factory(tmp_path: Path):
    from workbench.storage.project import Project

    def make(
        source: str = "en",
        targets: tuple[str, ...] = ("ru",),
        name: str = "proj",
        handle: str = "tester",
    ) -> Project:
        return Project.init(tmp_path / name, source, targets, handle)

    return make
