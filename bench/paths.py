"""Where the benchmarks find things, relative to the repository (never a machine's own paths).

`../shared/bench` beside the repository holds the real English-Russian memory; the Translate
Toolkit (GPL, only ever run as a separate program) is the virtualenv named by `TTK_VENV`, or
`.ci/ttk-venv` as `.ci/run` makes it.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_BENCH = SHARED / "bench"
TTK_VENV = Path(os.environ.get("TTK_VENV") or REPO / ".ci" / "ttk-venv")
