"""Helpers for the QA tests: run one check on a pair of texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbench.core.model import Unit
from workbench.core.qa import Finding, QAContext, check_unit

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def run_check(check_id: str, source: str, target: str, source_lang: str = "en",
              target_lang: str = "ru", **context: Any) -> list[Finding]:
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
