"""The PO store: our reader agrees with polib, gettext tools keep our records, errors are clear."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import require_tool
from tests.core.polib_oracle import polib_text
from workbench.domain.errors import InputError
from workbench.domain.model import State, Unit
from workbench.domain.workflow import approve, confirm, mark_draft, reject
from workbench.storage import po_reader
from workbench.storage.catalog import Catalog, new_header, unit_from_entry
from workbench.storage.po_reader import RawEntry, read_po


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


# ---- the fast reader agrees with the line parser; the writer agrees with polib ----------
BLOCKS = [
    'msgctxt "a{n}"\nmsgid "x{n}"\nmsgstr "y"\n',
    '# note\n# wb edit {{"by": "t"}}\n#. ext\n#: f.txt:1 g.txt\n#, fuzzy, c-format\n'
    '#| msgid "old"\nmsgctxt "b{n}"\nmsgid "x \\"q\\""\nmsgstr "y \\\\ z"\n',
    'msgctxt "c{n}"\nmsgid ""\n"l1\\n"\n"l2"\nmsgstr ""\n',
    'msgctxt "d{n}"\nmsgid ""\n"wrapped "\n"text"\nmsgstr "z"\n',
    '#~ msgctxt "o{n}"\n#~ msgid "gone"\n#~ msgstr "ушло"\n',
    '#, fuzzy\n# note\nmsgctxt "e{n}"\nmsgid "x"\nmsgstr "y"\n',
    'msgctxt ""\n"f{n}"\n\nmsgid "x"\nmsgstr "y"\n',
    "# lonely\n\n",
    'msgctxt "h{n}"\nmsgid "a"b"\nmsgstr ""\n',
    'msgctxt "i{n}"\nmsgid "t\\tab\\\\n\\a"\nmsgstr "\\b\\f\\v\\r"\n',
    'msgctxt "j{n}"\nmsgid "x\\q"\nmsgstr ""\n',
    'msgctxt "k{n}"\nmsgid "abc\\"\nmsgstr ""\n',
    '#| msgctxt "p"\n#| msgid ""\n#| "old "\n#| "two"\nmsgctxt "l{n}"\nmsgid "x"\nmsgstr "y"\n',
    '#| "stray"\nmsgctxt "m{n}"\nmsgid "x"\nmsgstr "y"\n',
    'msgctxt "n{n}"\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "a"\nmsgstr[1] "b"\n',
    'msgctxt ""\nmsgid "empty context {n}"\nmsgstr ""\n',
    'msgctxt "q{n}"\nmsgid  "two spaces"\nmsgstr "y"  \n',
    '#\n# \n#: only\nmsgctxt "r{n}"\nmsgid ""\nmsgstr ""\n',
    'msgstr "orphan"\n',
]


def reference_read(text: str) -> list[RawEntry]:
    """The line-by-line parser alone: what every PO file was read with before the fast path."""
    try:
        entries = po_reader._parse(text)[0]
    except po_reader._Malformed as error:
        raise InputError("p.po", f"malformed PO file: {error.message}", error.line) from None
    po_reader._raise_duplicate(list(entries), "p.po")
    return entries


def outcome(read, text: str) -> object:
    try:
        return read(text)
    except InputError as error:
        return str(error)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(BLOCKS) - 1), st.integers(0, 3), st.sampled_from(["\n", ""])),
        max_size=12,
    ),
    st.booleans(),
)
def test_property_fast_reader_agrees_with_line_parser(blocks, crlf) -> None:
    text = "".join(BLOCKS[kind].format(n=n) + gap for kind, n, gap in blocks)
    if crlf:
        text = text.replace("\n", "\r\n")
    assert outcome(lambda t: read_po(t, "p.po"), text) == outcome(reference_read, text)


def test_fast_reader_handles_a_catalog_written_by_us(tmp_path: Path) -> None:
    path = tmp_path / "doc.po"
    sample_catalog(path).save("lev")
    text = path.read_text(encoding="utf-8")
    fast = po_reader.read_po_fast(text, "doc.po")
    assert sum(isinstance(entry, po_reader.FastEntry) for entry in fast) >= 5  # all but obsolete
    assert read_po(text, "doc.po") == reference_read(text)
    assert Catalog.load(path).units == [unit_from_entry(e) for e in reference_read(text)[1:-1]]


def test_fast_reader_reads_a_file_many_chunks_long_like_the_line_parser() -> None:
    """The fast path runs `findall` a chunk at a time (so a worker reading a big catalog does
    not hold the GIL for the whole file); entries must come out the same across chunk ends."""
    common = [0, 2, 3, 0]  # shapes the fast path reads in one pass
    text = "".join(BLOCKS[common[n % 4]].format(n=n) + "\n" * (1 + n % 3) for n in range(25_000))
    assert len(text) > 3 * po_reader.FINDALL_CHUNK
    assert po_reader._parse_whole(text) is not None
    assert read_po(text, "p.po") == reference_read(text)
    # an obsolete entry and a blank line inside an entry, deep in the file: the mixed path
    odd = (
        text
        + BLOCKS[4].format(n=1)
        + "\n"
        + BLOCKS[6].format(n=2)
        + "\n"
        + text.replace('msgctxt "', 'msgctxt "2')
    )
    assert read_po(odd, "p.po") == reference_read(odd)


def test_a_bad_escape_after_many_good_entries_names_its_line(tmp_path: Path) -> None:
    good = "".join(f'msgctxt "s-{n}"\nmsgid "x{n}"\nmsgstr ""\n\n' for n in range(50))
    path = tmp_path / "bad.po"
    path.write_text(good + 'msgctxt "s-x"\nmsgid "bad \\q"\nmsgstr ""\n')
    with pytest.raises(InputError) as error:
        Catalog.load(path)
    assert error.value.line == 50 * 4 + 2


odd_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    | st.sampled_from(["\n", "\r", "\t", "\v", "\f", "\b", "\a", '"', "\\", "\u2028", "«"]),
    max_size=30,
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(odd_texts, odd_texts, st.booleans(), odd_texts, odd_texts, st.booleans()),
        min_size=1,
        max_size=5,
    ),
    odd_texts,
)
def test_property_writer_is_byte_identical_to_polib(tmp_path_factory, rows, note) -> None:
    path = tmp_path_factory.mktemp("po") / "doc.po"
    catalog = Catalog(path, header=new_header("d", "d.txt", "en", "ru", "utf-8", "text", "t"))
    catalog.header_comment = note
    for index, (source, target, fuzzy, comment, extracted, flagged) in enumerate(rows):
        unit = Unit(f"s-{index}", source, target, fuzzy=fuzzy, extracted=extracted)
        unit.references = [("sources/d.txt", str(index)), ("other", "")][: index % 3]
        unit.previous_source = comment if fuzzy else None
        unit.other_flags = ["c-format"] if flagged else []
        unit.plain_comments = [comment] if comment else []
        unit.add_record("comment", {"id": "c", "text": comment, "resolved": flagged})
        catalog.units.append(unit)
    catalog.obsolete = [Unit("gone", rows[0][0], rows[0][1], plain_comments=["x"])]
    text = catalog.to_text()
    assert text == polib_text(catalog)
    path.write_text(text, encoding="utf-8", newline="")
    reference = [unit_from_entry(entry) for entry in reference_read(text)]
    loaded = Catalog.load(path)
    assert loaded.units + loaded.obsolete == reference[1:]


header_keys = st.from_regex(r"X-[A-Za-z0-9-]{1,12}", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(header_keys, st.text(alphabet=st.characters(blacklist_categories=("Cs",)))),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",))),
)
def test_property_header_is_written_as_polib_writes_it(tmp_path_factory, extra, note) -> None:
    path = tmp_path_factory.mktemp("po") / "doc.po"
    header = new_header("d", "d.txt", "en", "ru", "utf-8", "text", "t")
    header.update(extra)
    catalog = Catalog(path, header=header, header_comment=note)
    assert catalog.to_text() == polib_text(catalog)
    bare = Catalog(path, header=extra, header_comment=note)
    assert bare.to_text() == polib_text(bare)


def test_the_product_does_not_import_polib() -> None:
    found = subprocess.run(
        ["grep", "-rln", "--include=*.py", "import polib", "workbench"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert found.stdout == ""
