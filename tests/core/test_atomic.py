"""Kill a writer at any moment: the PO file is the old one or the new one, never broken."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from workbench.domain.model import Unit
from workbench.storage.catalog import Catalog, new_header

WRITER = """
import sys
from pathlib import Path
from workbench.domain.model import Unit
from workbench.storage.catalog import Catalog, new_header
path = Path(sys.argv[1])
generation = 0
while True:
    generation += 1
    catalog = Catalog(path, header=new_header("d", "sources/d.txt", "en", "ru", "utf-8", "text",
                                              "t"))
    catalog.units = [Unit(f"s-{i}", f"Sentence {i}.", f"Перевод {generation}") for i in range(3000)]
    catalog.save("t")
    print(generation, flush=True)
"""


def test_killed_writer_never_leaves_a_broken_catalog(tmp_path: Path) -> None:
    path = tmp_path / "doc.po"
    catalog = Catalog(
        path, header=new_header("d", "sources/d.txt", "en", "ru", "utf-8", "text", "t")
    )
    catalog.units = [Unit(f"s-{i}", f"Sentence {i}.", "Перевод 0") for i in range(3000)]
    catalog.save("t")
    for delay in (0.05, 0.13, 0.31, 0.57):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        loaded = Catalog.load(path)
        assert len(loaded.units) == 3000
        generations = {unit.target for unit in loaded.units}
        assert len(generations) == 1  # one whole version, never a mix
    assert not [p for p in tmp_path.iterdir() if p.name != "doc.po" and not p.name.endswith(".tmp")]
