"""Nothing below the interfaces imports textual or rich (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import importlib, json, pkgutil, sys
import workbench.domain, workbench.storage, workbench.formats, workbench.app
names = []
for package in (workbench.domain, workbench.storage, workbench.formats, workbench.app):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
        names.append(module.name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"modules": names, "ui": ui}))
"""


def test_layers_below_the_interfaces_do_not_import_textual_or_rich() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "workbench.app.editing.session" in report["modules"]
    assert "workbench.storage.journal" in report["modules"]
    assert report["ui"] == []
