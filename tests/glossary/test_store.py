"""Changing glossary.yml keeps comments and order; TBX and CSV round trips lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.domain.errors import WorkbenchError
from workbench.domain.glossary import Entry
from workbench.formats.glossary_csv import read_glossary_csv, write_glossary_csv
from workbench.formats.tbx import read_tbx, write_tbx
from workbench.storage.glossary import (
    add_entry,
    load_glossary,
    merge_entries,
    remove_entry,
    update_entry,
)


def test_add_keeps_comments_order_and_is_active_after_reload(small_path: Path) -> None:
    before = small_path.read_text(encoding="utf-8")
    entry = add_entry(
        small_path, {"en": ["house arrest"], "ru": ["домашний арест"]}, note="A measure."
    )
    after = small_path.read_text(encoding="utf-8")
    assert after.startswith(before)  # everything the user wrote is untouched
    assert "# the remand prison" in after and "# Center E is a police unit" in after
    assert entry.id == "house-arrest"
    glossary = load_glossary(small_path)
    assert [h.entry.id for h in glossary.find("под домашним арестом", "ru")] == ["house-arrest"]
    assert glossary.entries[-1].note == "A measure."


def test_add_refuses_a_term_another_entry_has(small_path: Path) -> None:
    before = small_path.read_bytes()
    with pytest.raises(WorkbenchError, match="already in the glossary"):
        add_entry(small_path, {"en": ["sizo"], "ru": ["изолятор"]})
    assert small_path.read_bytes() == before


def test_add_to_a_new_or_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("# The project glossary.\nentries: []\n", encoding="utf-8")
    add_entry(path, {"en": ["SIZO"], "ru": ["СИЗО"]}, gloss={"en": "remand prison"})
    add_entry(path, {"ru": ["политзаключённый"]})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# The project glossary.\nentries:\n  - id: sizo\n")
    assert [e.id for e in load_glossary(path).entries] == ["sizo", "politzaklyuchennyy"]
    missing = tmp_path / "new" / "glossary.yml"
    add_entry(missing, {"en": ["FSB"]})
    assert load_glossary(missing).entries[0].id == "fsb"


def test_update_edits_in_place_and_remove(small_path: Path) -> None:
    glossary = load_glossary(small_path)
    sizo = glossary.entry("sizo")
    sizo.terms["ru"].append("изолятор временного содержания")
    sizo.note = "Changed."
    sizo.pos = ""
    update_entry(small_path, sizo)
    text = small_path.read_text(encoding="utf-8")
    assert "  - id: sizo   # the remand prison" in text
    assert "pos: noun" not in text.split("- id: center-e")[0]
    reloaded = load_glossary(small_path)
    assert reloaded.entry("sizo").note == "Changed."
    assert [e.id for e in reloaded.entries] == ["sizo", "center-e", "colony", "fsb", "azat"]
    remove_entry(small_path, "colony")
    assert "colony" not in [e.id for e in load_glossary(small_path).entries]
    assert "# Center E is a police unit" in small_path.read_text(encoding="utf-8")


def test_merge_adds_without_duplicates(small_path: Path) -> None:
    incoming = [
        Entry("x", {"en": ["SIZO"], "ru": ["СИЗО", "изолятор"]}, note="ignored: has one"),
        Entry("shizo", {"en": ["SHIZO"], "ru": ["ШИЗО"]}),
    ]
    result = merge_entries(small_path, incoming)
    assert [e.id for e in result.added] == ["shizo"]
    assert [e.id for e in result.merged] == ["sizo"]
    glossary = load_glossary(small_path)
    assert glossary.entry("sizo").terms["ru"] == ["СИЗО", "следственный изолятор", "изолятор"]
    again = merge_entries(small_path, [Entry("shizo", {"en": ["SHIZO"], "ru": ["ШИЗО"]})])
    assert again.unchanged == 1 and not again.added


terms = (
    st.text(alphabet=st.sampled_from("abcdefgh ijkАБВгдеж-"), min_size=1, max_size=12)
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: any(c.isalnum() for c in s))
)


@st.composite
def entry_lists(draw: st.DrawFn) -> list[Entry]:
    entries, seen = [], set()
    for number in range(draw(st.integers(1, 5))):
        entry = Entry(f"e{number}", {})
        for lang in ("en", "ru"):
            for term in draw(st.lists(terms, min_size=1 if lang == "en" else 0, max_size=3)):
                from workbench.domain.glossary.normalise import term_key

                key = (lang, *term_key(term))
                if key not in seen and not (set(term) <= set(" -")):
                    seen.add(key)
                    entry.terms.setdefault(lang, []).append(term)
        if "en" not in entry.terms:
            continue
        entry.note = draw(st.sampled_from(["", 'A note, with "quotes" & <tags>', "Примечание"]))
        entries.append(entry)
    return entries


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=entry_lists())
def test_csv_and_tsv_round_trip(tmp_path: Path, entries: list[Entry]) -> None:
    for name in ("g.csv", "g.tsv"):
        path = tmp_path / name
        write_glossary_csv(path, entries, "en", "ru")
        back = read_glossary_csv(path, "en", "ru")
        assert [(e.id, e.terms, e.note) for e in back] == [(e.id, e.terms, e.note) for e in entries]


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=entry_lists(), flags=st.booleans())
def test_tbx_round_trip(tmp_path: Path, entries: list[Entry], flags: bool) -> None:
    for entry in entries:
        entry.dnt = entry.case_sensitive = flags
        entry.gloss = {"en": "a gloss"} if flags else {}
        entry.tags = ["prison"] if flags else []
        entry.pos = "noun" if flags else ""
        entry.forbidden = {"en": ["bad one"]} if flags else {}
    path = tmp_path / "g.tbx"
    write_tbx(path, entries, "en")
    assert [e.to_dict() for e in read_tbx(path)] == [e.to_dict() for e in entries]


def test_sample_glossary_tbx_is_valid_and_complete(tmp_path: Path, sample) -> None:
    import subprocess

    from tests.conftest import REPO, require_tool

    require_tool("xmllint")
    path = tmp_path / "sample.tbx"
    write_tbx(path, sample.entries, "en")
    tool = REPO.parent / "shared" / "tools" / "validate-exports"
    result = subprocess.run([str(tool), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert [e.to_dict() for e in read_tbx(path)] == [e.to_dict() for e in sample.entries]
