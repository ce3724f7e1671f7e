"""Glossary test helpers: glossaries written to real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.glossary import Glossary
from workbench.storage.glossary import load_glossary

REPO = Path(__file__).resolve().parents[2]
SAMPLE_GLOSSARY = REPO / "glossary.yml"

SMALL = """\
# team glossary: keep it short
entries:
  - id: sizo   # the remand prison
    terms:
      en: [SIZO, remand prison, pre-trial detention centre]
      ru: [СИЗО, следственный изолятор]
    forbidden: {en: [isolation ward]}
    gloss: {en: remand prison}
    note: Where people are held before and during trial.
    pos: noun
    tags: [prison]
  # Center E is a police unit
  - id: center-e
    terms:
      en: [Center E, Centre E]
      ru: [Центр «Э»]
    pos: name
  - id: colony
    terms: {en: [penal colony, colony], ru: [исправительная колония, колония]}
  - id: fsb
    terms: {en: [FSB], ru: [ФСБ]}
  - id: azat
    terms: {en: [Azat Miftakhov], ru: [Азат Мифтахов]}
    forbidden: {en: [Miftahov]}
    dnt: true
    pos: name
"""


@pytest.fixture
def small_path(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.yml"
    path.write_text(SMALL, encoding="utf-8")
    return path


@pytest.fixture
def small(small_path: Path) -> Glossary:
    return load_glossary(small_path)


@pytest.fixture(scope="session")
def sample() -> Glossary:
    return load_glossary(SAMPLE_GLOSSARY)
