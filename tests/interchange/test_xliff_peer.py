"""An XLIFF edited in the Translate Toolkit keeps its base: the import is still three-way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.interchange.conftest import ttk_python
from tests.interchange.test_import_merge import VALIDATE, catalog, export, move_on, translated_ids
from workbench.app.exchange.interchange import import_xliff
from workbench.domain.model import CONFLICT, State
from workbench.storage.project import Project

TTK_EDIT = """
import json, sys
from translate.storage import factory
from translate.storage.xliff2 import Xliff2File
path, out, targets = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
store = Xliff2File.parsefile(path) if sys.argv[4] == "2.0" else factory.getobject(path)
for unit in store.units:
    unit_id = unit.getid().split("\x04")[-1]  # 1.2: "<original>\x04<id>"
    if unit_id in targets:
        unit.target = targets[unit_id]
store.savefile(out)
"""


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_translate_toolkit_edit_then_import(sample: Project, tmp_path: Path, version) -> None:
    import json

    edited, rejected, only_file = translated_ids(sample, State.TRANSLATED, 3)
    path = export(sample, tmp_path, version)
    out = tmp_path / f"ttk-{version}.xlf"
    targets = {edited: "Из Translate Toolkit.", only_file: "Исправлено в TTK."}
    subprocess.run(
        [str(ttk_python()), "-c", TTK_EDIT, str(path), str(out), json.dumps(targets), version],
        check=True,
        capture_output=True,
    )
    subprocess.run([str(VALIDATE), str(out)], check=True, capture_output=True)
    move_on(sample, edited, rejected)
    [report] = import_xliff(sample, out)
    assert (report.applied, report.kept_newer, report.conflicts) == (1, 1, 1)
    after = catalog(sample)
    assert after.unit(only_file).target == "Исправлено в TTK."
    assert after.unit(edited).target == "Правка рецензента."
    assert after.unit(edited).records_of(CONFLICT)
    assert after.unit(rejected).state is State.REJECTED
