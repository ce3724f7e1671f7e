"""core/ and formats/ never import textual or rich (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import importlib, json, pkgutil, sys
import workbench.core, workbench.formats
names = []
for package in (workbench.core, workbench.formats):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
        names.append(module.name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"modules": names, "ui": ui}))
"""


def test_core_and_formats_do_not_import_textual_or_rich() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "workbench.core.session" in report["modules"]
    assert "workbench.core.journal" in report["modules"]
    assert report["ui"] == []
