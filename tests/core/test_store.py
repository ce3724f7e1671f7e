"""The PO store: our reader agrees with polib, gettext tools keep our records, errors are clear."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import require_tool
from workbench.core.errors import InputError
from workbench.core.model import State, Unit
from workbench.core.store import Catalog, new_header
from workbench.core.workflow import approve, confirm, mark_draft, reject


def sample_catalog(path: Path) -> Catalog:
    catalog = Catalog(
        path, header=new_header("doc", "sources/doc.txt", "en", "ru", "utf-8", "text", "lev")
    )
    first = Unit("s-1", 'The "FSB" storms\tanarchists.', references=[("sources/doc.txt", "3")])
    confirm(first, "ФСБ штурмует «анархистов».", "lev")
    approve(first, "vera")
    first.plain_comments.append("A comment written in Poedit")
    first.add_record(
        "comment",
        {
            "id": "c1",
            "by": "vera",
            "at": "2026-11-20T10:00:00Z",
            "text": "Two lines\nof comment « »",
            "resolved": False,
        },
    )
    second = Unit("s-2", "Second line\nwith a break.", previous_source="Old second.")
    mark_draft(second, "Вторая", "lev")
    second.previous_source = "Old second."
    third = Unit("s-3", "Third.")
    fourth = Unit("s-4", "Fourth.")
    confirm(fourth, "Четвёртая.", "lev")
    reject(fourth, "vera")
    catalog.units = [first, second, third, fourth]
    catalog.obsolete = [Unit("s-0", "Gone.", "Ушло")]
    return catalog


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    catalog = sample_catalog(tmp_path / "doc.po")
    catalog.save("lev")
    loaded = Catalog.load(tmp_path / "doc.po")
    assert [u.state for u in loaded.units] == [
        State.APPROVED,
        State.DRAFT,
        State.UNTRANSLATED,
        State.REJECTED,
    ]
    assert loaded.units[0].records == catalog.units[0].records
    assert loaded.units[0].plain_comments == ["A comment written in Poedit"]
    assert loaded.units[1].previous_source == "Old second."
    assert loaded.units[1].source == "Second line\nwith a break."
    assert loaded.obsolete[0].target == "Ушло"
    assert loaded.header["Language"] == "ru"


def test_msgfmt_accepts_and_msgcat_keeps_review_data(tmp_path: Path) -> None:
    msgfmt, msgcat = require_tool("msgfmt"), require_tool("msgcat")
    path = tmp_path / "doc.po"
    sample_catalog(path).save("lev")
    subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(path)], check=True)
    catted = tmp_path / "catted.po"
    subprocess.run([msgcat, "-o", str(catted), str(path)], check=True)
    before, after = Catalog.load(path), Catalog.load(catted)
    assert [(u.id, u.state, u.records) for u in after.units] == [
        (u.id, u.state, u.records) for u in before.units
    ]


def test_editing_an_approved_segment_elsewhere_makes_it_translated(tmp_path: Path) -> None:
    path = tmp_path / "doc.po"
    sample_catalog(path).save("lev")
    text = path.read_text().replace("ФСБ штурмует", "ФСБ громит")
    path.write_text(text)  # as Poedit would: the review record stays, the text changed
    assert Catalog.load(path).units[0].state is State.TRANSLATED


def test_reader_agrees_with_polib(tmp_path: Path) -> None:
    path = tmp_path / "doc.po"
    sample_catalog(path).save("lev")
    ours = Catalog.load(path)
    theirs = [e for e in polib.pofile(str(path)) if not e.obsolete]
    assert [(u.id, u.source, u.target, u.fuzzy) for u in ours.units] == [
        (e.msgctxt, e.msgid, e.msgstr, "fuzzy" in e.flags) for e in theirs
    ]


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00")
    | st.sampled_from(["\n", "\t", '"', "\\", "\r", "«", "»"]),
    max_size=40,
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(texts.filter(bool), texts, st.booleans(), texts), min_size=1, max_size=6))
def test_property_write_then_read_is_identity(tmp_path_factory, rows) -> None:
    path = tmp_path_factory.mktemp("po") / "doc.po"
    catalog = Catalog(
        path, header=new_header("d", "sources/d.txt", "en", "ru", "utf-8", "text", "t")
    )
    for index, (source, target, fuzzy, comment) in enumerate(rows):
        unit = Unit(f"s-{index}", source, target, fuzzy=fuzzy and bool(target))
        unit.add_record(
            "comment", {"id": "c", "by": "t", "at": "x", "text": comment, "resolved": False}
        )
        catalog.units.append(unit)
    catalog.save("t")
    loaded = Catalog.load(path)
    assert [(u.id, u.source, u.target, u.fuzzy, u.records) for u in loaded.units] == [
        (u.id, u.source, u.target, u.fuzzy, u.records) for u in catalog.units
    ]
    assert [(e.msgctxt, e.msgid, e.msgstr) for e in polib.pofile(str(path))] == [
        (u.id, u.source, u.target) for u in catalog.units
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            'msgctxt "a"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "b"\nmsgid "z\nmsgstr ""\n',
            6,
            "cannot read",
        ),
        ('msgctxt "a"\nmsgid "x"\nmsgstr "y"\nbogus\n', 4, "cannot read"),
        ('msgstr "y"\n', 1, "msgstr without msgid"),
        (
            'msgctxt "a"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "a"\nmsgid "x"\nmsgstr "z"\n',
            5,
            "duplicate",
        ),
        ('msgid "x"\nmsgstr "y"\n', 1, "no segment id"),
        ('msgctxt "a"\nmsgid "x\\q"\nmsgstr ""\n', 2, "escape"),
    ],
)
def test_malformed_po_names_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "bad.po"
    path.write_text(text)
    with pytest.raises(InputError) as error:
        Catalog.load(path)
    assert error.value.line == line
    assert message in str(error.value)
    assert str(error.value).startswith(f"{path}:{line}: ")


def test_hand_edited_po_with_wrapped_strings_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "hand.po"
    path.write_text(
        '# translator note\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: ru\\n"\n\n'
        '#. heading\n#: sources/a.txt:1\n#, fuzzy, c-format\n#| msgid "Old"\nmsgctxt "s-1"\n'
        'msgid ""\n"Long "\n"source"\nmsgstr ""\n"Длинный "\n"текст"\n'
    )
    catalog = Catalog.load(path)
    unit = catalog.units[0]
    assert (unit.source, unit.target, unit.fuzzy) == ("Long source", "Длинный текст", True)
    assert unit.other_flags == ["c-format"]
    assert unit.previous_source == "Old"
    assert unit.extracted == "heading"
    assert catalog.lang == "ru"
