"""Loading glossary.yml: every problem is one InputError with the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.errors import InputError
from workbench.domain.glossary.model import Glossary
from workbench.storage.glossary import add_entry, load_glossary, reload_glossary


def error_of(tmp_path: Path, text: str) -> InputError:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_glossary(path)
    return caught.value


CASES = [
    ("entries:\n  - id: a\n    terms: {en: [x]\n", 4, "not valid YAML"),
    ("entries:\n  - id: a\n    terms: {en: [x]}\n    colour: red\n", 4, "unknown key 'colour'"),
    (
        "entries:\n  - id: a\n    terms: {en: [x]}\n  - id: a\n    terms: {en: [y]}\n",
        4,
        "duplicate id 'a'",
    ),
    (
        "entries:\n  - id: a\n    terms: {en: [x]}\n  - id: b\n    terms: {en: [X]}\n",
        4,
        "also in entry 'a'",
    ),
    ("entries:\n  - id: a\n    terms: {en: [x]}\n    dnt: maybe\n", 4, "true or false"),
    ("entries:\n  - id: a\n    terms: [x]\n", 3, "must be a mapping"),
    ("entries:\n  - id: a\n    terms: {en: [x]}\n    tags: {a: b}\n", 4, "must be a list"),
    ("entries:\n  - terms: {en: [x]}\n", 2, "without an id"),
    ("entries:\n  - id: a\n    terms: {english: [x]}\n", 3, "not a language code"),
    ("entries:\n  - id: a\n    terms: {en: [x, X]}\n", 3, "listed twice"),
    ("entries:\n  - id: a\n    terms: {en: [x]}\n    pos: thing\n", 4, "pos 'thing'"),
    ("entries:\n  - id: a\n    id: b\n    terms: {en: [x]}\n", 3, "duplicate key 'id'"),
    ("entries:\n  - id: a\n    terms: {en: &t [x]}\n    forbidden: {ru: *t}\n", 3, "aliases"),
    ("glossary:\n  - id: a\n", 1, "unknown key 'glossary'"),
    (
        "entries:\n  - id: a\n    terms: {en: [x]}\n    forbidden: {en: [x]}\n",
        4,
        "both allowed and forbidden",
    ),
]


@pytest.mark.parametrize(("text", "line", "message"), CASES)
def test_problems_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    error = error_of(tmp_path, text)
    assert error.line == line, str(error)
    assert message in error.message
    assert str(error).startswith(f"{tmp_path / 'glossary.yml'}:{line}: ")
    assert "\n" not in str(error)


def test_a_valid_entry_has_every_field(small: Glossary) -> None:
    sizo = small.entry("sizo")
    assert sizo is not None
    assert sizo.preferred("en") == "SIZO" and sizo.preferred("ru") == "СИЗО"
    assert sizo.preferred("de") is None
    assert sizo.forbidden == {"en": ["isolation ward"]}
    assert sizo.gloss == {"en": "remand prison"}
    assert sizo.pos == "noun" and sizo.tags == ["prison"] and not sizo.dnt
    assert sizo.line == 3
    assert small.entry("azat").dnt is True


def test_missing_file_is_an_empty_glossary(tmp_path: Path) -> None:
    assert load_glossary(tmp_path / "none.yml").entries == []


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_bytes("entries: [{id: a, terms: {ru: [СИЗО]}}]".encode("cp1251"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_glossary(path)


def test_a_broken_file_is_never_written_over(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    broken = b"entries:\n  - id: a\n    terms: {en: [x]\n"
    path.write_bytes(broken)
    with pytest.raises(InputError):
        add_entry(path, {"en": ["y"]})
    assert path.read_bytes() == broken


def test_reload_keeps_the_last_good_glossary(small_path: Path, small: Glossary) -> None:
    small_path.write_text("entries: [", encoding="utf-8")
    glossary, error = reload_glossary(small_path, small)
    assert glossary is small and error is not None and error.line
    small_path.write_text("entries: []\n", encoding="utf-8")
    glossary, error = reload_glossary(small_path, small)
    assert error is None and glossary.entries == []


def test_the_sample_glossary_is_valid_and_rich(sample: Glossary) -> None:
    assert len(sample.entries) >= 33
    for entry_id in ("sizo", "shizo", "center-e", "azat-miftakhov"):
        entry = sample.entry(entry_id)
        assert entry is not None and entry.note and entry.terms["en"] and entry.terms["ru"]
    azat = sample.entry("azat-miftakhov")
    assert azat.dnt and "Miftahov" in azat.forbidden["en"]
    assert all(entry.note for entry in sample.entries)
