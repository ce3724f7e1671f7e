from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.tui.conftest import pytest_pyfunc_call  # noqa: F401  (runs the async Pilot tests)

DATA = Path(__file__).parent / "data"


def paragraphs(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8").strip()
    return [p.strip() for p in re.split(r"\n[ \t]*\n", text)]


@pytest.fixture
def letters() -> tuple[list[str], list[str]]:
    return paragraphs("letters.en.txt"), paragraphs("letters.ru.txt")
