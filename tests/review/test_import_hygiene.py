"""The review core never imports the terminal UI libraries."""

from __future__ import annotations

import subprocess
import sys

MODULES = ("review", "annotations", "web_annotation", "anonymise")


def test_review_core_does_not_import_textual_or_rich() -> None:
    imports = "; ".join(f"import workbench.core.{name}" for name in MODULES)
    code = f"import sys; {imports}; print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
