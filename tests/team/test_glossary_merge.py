"""glossary.yml merges entry by entry and keeps the file's comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.domain.errors import InputError
from workbench.storage.glossary.merge import merge_glossary_texts
from workbench.storage.glossary.schema import parse_glossary

BASE = """\
# The collective's glossary. Comments stay.
entries:
  # ---- prisons ----
  - id: sizo   # remand prison
    terms:
      en: [SIZO, remand prison]
      ru: [СИЗО]
    note: Held before trial.
    pos: noun
  - id: fsb
    terms: {en: [FSB], ru: [ФСБ]}
"""


def entries(text: str) -> dict:
    return {entry.id: entry for entry in parse_glossary(text).entries}


def test_additions_on_both_sides_and_comments_kept() -> None:
    ours = BASE.replace("  - id: fsb\n", "  - id: shizo\n    terms: {en: [SHIZO]}\n  - id: fsb\n")
    theirs = BASE + "  # theirs' comment\n  - id: gknb\n    terms: {en: [GKNB], ru: [ГКНБ]}\n"
    text, report = merge_glossary_texts(BASE, ours, theirs)
    assert list(entries(text)) == ["sizo", "shizo", "fsb", "gknb"]
    for comment in ("# The collective's glossary. Comments stay.", "# ---- prisons ----"):
        assert comment in text
    assert "# remand prison" in text and "# theirs' comment" in text
    assert report.added == ["gknb"]


def test_entry_changed_on_both_sides_unites_terms_and_keeps_notes() -> None:
    ours = (
        BASE.replace("ru: [СИЗО]", "ru: [СИЗО, следственный изолятор]")
        .replace("note: Held before trial.", "note: Held before and during trial.")
        .replace("pos: noun", "pos: verb")
    )
    theirs = (
        BASE.replace("ru: [СИЗО]", "ru: [СИЗО, изолятор]")
        .replace("note: Held before trial.", "note: Often for years.")
        .replace("pos: noun", "pos: phrase")
    )
    text, report = merge_glossary_texts(BASE, ours, theirs)
    sizo = entries(text)["sizo"]
    assert sizo.terms["ru"] == ["СИЗО", "следственный изолятор", "изолятор"]
    assert sizo.note == "Held before and during trial. / Often for years."
    assert sizo.pos == "verb" and "# merge: other version: phrase" in text
    assert report.merged_entries == ["sizo"]


def test_one_sided_changes_and_deletions() -> None:
    ours = BASE.replace("  - id: fsb\n    terms: {en: [FSB], ru: [ФСБ]}\n", "")
    theirs = BASE.replace("note: Held before trial.", "note: Held before trial, for years.")
    text, report = merge_glossary_texts(BASE, ours, theirs)
    assert list(entries(text)) == ["sizo"]
    assert entries(text)["sizo"].note == "Held before trial, for years."
    modified = BASE.replace("{en: [FSB], ru: [ФСБ]}", "{en: [FSB, Federal Security Service]}")
    text, _ = merge_glossary_texts(BASE, ours, modified)  # deleted here, changed there: kept
    assert entries(text)["fsb"].terms["en"] == ["FSB", "Federal Security Service"]


def test_same_term_added_to_two_entries_stays_valid() -> None:
    ours = BASE + "  - id: isolator\n    terms: {en: [isolator], ru: [изолятор]}\n"
    theirs = BASE + "  - id: isolator-2\n    terms: {ru: [изолятор]}\n"
    text, _ = merge_glossary_texts(BASE, ours, theirs)
    merged = entries(text)  # parses: no term in two entries
    assert "isolator-2" not in merged and "isolator-2" in text  # folded in, with a comment
    assert merged["isolator"].terms["ru"] == ["изолятор"]


def test_unreadable_side_is_an_error_and_the_driver_leaves_ours(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        merge_glossary_texts(BASE, BASE, "entries: [unclosed\n")
    paths = {name: tmp_path / f"{name}.yml" for name in ("base", "ours", "theirs")}
    paths["base"].write_text(BASE)
    paths["ours"].write_text(BASE)
    paths["theirs"].write_text("entries: {not: a list}\n")
    assert main(["merge-glossary", *(str(p) for p in paths.values())]) == 1
    assert paths["ours"].read_text() == BASE
    paths["theirs"].write_text(BASE + "  - id: gknb\n    terms: {en: [GKNB]}\n")
    assert main(["merge-glossary", *(str(p) for p in paths.values())]) == 0
    assert "gknb" in entries(paths["ours"].read_text())
