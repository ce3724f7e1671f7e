"""The layers hold: import-linter's contracts (pyproject.toml) and no import cycles at all.

Cycles are found on the whole import graph, deferred imports inside functions included, so a
circle cannot hide behind a late import.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root) & modules)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    imported = graph.find_modules_directly_imported_by(child) & modules
                    work.append((child, iter(sorted(imported))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles_deferred_imports_included() -> None:
    graph = grimp.build_graph("workbench", cache_dir=None)
    # A package's __init__ that re-exports its own modules is not a circle of design.
    modules = {m for m in graph.modules if m.startswith("workbench")}
    edges_to_packages_ignored = grimp.build_graph("workbench", cache_dir=None)
    for module in sorted(modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if module.startswith(imported + "."):
                edges_to_packages_ignored.remove_import(importer=module, imported=imported)
    assert _cycles(edges_to_packages_ignored, modules) == []


def test_no_issue_numbers_in_code() -> None:
    """Code says what and why, not which ticket asked for it."""
    pattern = re.compile(r"\b[Ii]ssues? ?#?\d+\b")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("workbench", "tests", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


def test_no_absolute_machine_paths() -> None:
    """Nothing names a folder of one machine: ../shared is found relative to the repository."""
    pattern = re.compile(r"(?<![\w.])/(?:work|home|root|Users)/\w")
    files = [ROOT / "README.md", ROOT / ".ci" / "run", ROOT / "pyproject.toml"]
    for folder, suffixes in (
        ("workbench", ("*.py", "*.tcss", "*.html")),
        ("tests", ("*.py",)),
        ("bench", ("*.py",)),
        ("docs", ("*.md",)),
    ):
        files += [path for suffix in suffixes for path in sorted((ROOT / folder).rglob(suffix))]
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        if "__snapshots__" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []
