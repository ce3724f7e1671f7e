"""Review records survive other tools rewriting the PO: wrapped, re-indented, re-ordered."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import polib
import pytest

from tests.conftest import REPO, require_tool
from tests.interchange.conftest import ttk_python
from workbench.domain.model import Record, State, Unit
from workbench.storage.catalog import Catalog
from workbench.storage.records import split_comments

SAMPLE = REPO / "translations" / "ru" / "azat-miftakhov-did-not-break.po"


def records_of(catalog: Catalog) -> list[tuple[str, list[tuple[str, dict]], str]]:
    """Records exactly; a person's plain comment may come back wrapped over lines."""
    return [
        (u.id, [(r.kind, r.data) for r in u.records], " ".join(u.plain_comments))
        for u in catalog.units
    ]


def rich_catalog(tmp_path: Path) -> Catalog:
    """The sample catalog plus records whose JSON holds hyphens, long words and Cyrillic."""
    catalog = Catalog.load(SAMPLE)
    catalog.path = tmp_path / "rich.po"
    unit = catalog.units[0]
    unit.plain_comments.append("A person's note in Poedit, long enough to be wrapped by polib too.")
    unit.add_record(
        "comment",
        {
            "id": "c-1a2b",
            "by": "vera-the-reviewer",
            "at": "2026-11-21T09:00:00Z",
            "text": "Well-known self-defense term: СИЗО-1 — keep it; see the so-called "
            "thief-in-law note, https://example.org/a-very-long-path/with-hyphens-in-it",
            "resolved": False,
        },
    )
    unit.add_record("prev", {"text": "x" * 120, "by": "lev", "at": "2026-11-20T10:00:00Z"})
    catalog.save("tester")
    return catalog


def sample_states() -> Counter:
    return Counter(u.state for u in Catalog.load(SAMPLE).units)


def test_the_sample_has_what_the_report_counts() -> None:
    states = sample_states()
    assert (states[State.APPROVED], states[State.REJECTED]) == (8, 1)


@pytest.mark.parametrize("width", [78, 60, 40, 30, 20])
def test_polib_wrapping_keeps_every_record(tmp_path: Path, width: int) -> None:
    catalog = rich_catalog(tmp_path)
    po = polib.pofile(str(catalog.path))
    po.wrapwidth = width
    out = tmp_path / f"polib{width}.po"
    po.save(str(out))
    text = out.read_text(encoding="utf-8")
    assert any(line.startswith("# wb ") and not line.endswith("}") for line in text.splitlines())
    reread = Catalog.load(out)
    assert records_of(reread) == records_of(catalog)
    assert Counter(u.state for u in reread.units) == sample_states()


def test_polib_at_78_keeps_the_sample_review_states(tmp_path: Path) -> None:
    out = tmp_path / "sample.po"
    po = polib.pofile(str(SAMPLE))
    po.save(str(out))  # polib's default width: 78
    assert "# wb review {" in out.read_text(encoding="utf-8")
    assert not any(
        line.startswith("# wb review") and line.rstrip().endswith("}")
        for line in out.read_text(encoding="utf-8").splitlines()
    ), "polib no longer wraps: the test would prove nothing"
    states = Counter(u.state for u in Catalog.load(out).units)
    assert (states[State.APPROVED], states[State.REJECTED]) == (8, 1)


def test_saving_a_wrapped_catalog_writes_one_line_records(tmp_path: Path) -> None:
    catalog = rich_catalog(tmp_path)
    po = polib.pofile(str(catalog.path))
    po.save(str(catalog.path))
    reread = Catalog.load(catalog.path)
    reread.save("tester")
    assert catalog.path.read_text(encoding="utf-8") == Catalog.load(catalog.path).to_text()
    assert records_of(Catalog.load(catalog.path)) == records_of(catalog)
    lines = catalog.path.read_text(encoding="utf-8").splitlines()
    assert all(line.endswith("}") for line in lines if line.startswith("# wb "))


@pytest.mark.parametrize(
    "command",
    [
        ["msgcat", "-w", "40"],
        ["msgattrib", "-w", "40"],
        ["msgcat", "-w", "40", "--sort-output"],
    ],
)
def test_gettext_tools_keep_records(tmp_path: Path, command: list[str]) -> None:
    catalog = rich_catalog(tmp_path)
    out = tmp_path / "out.po"
    subprocess.run(
        [require_tool(command[0]), *command[1:], "-o", str(out), str(catalog.path)], check=True
    )
    reread = Catalog.load(out)
    assert sorted(records_of(reread)) == sorted(records_of(catalog))


def test_msgmerge_keeps_records(tmp_path: Path) -> None:
    catalog = rich_catalog(tmp_path)
    template = tmp_path / "template.pot"
    subprocess.run(
        [require_tool("msgattrib"), "--clear-fuzzy", "-o", str(template), str(catalog.path)],
        check=True,
    )
    out = tmp_path / "merged.po"
    subprocess.run(
        [require_tool("msgmerge"), "-w", "40", "-o", str(out), str(catalog.path), str(template)],
        check=True,
        capture_output=True,
    )
    assert records_of(Catalog.load(out)) == records_of(catalog)


TTK_REWRITE = """
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
store.savefile(sys.argv[2])
"""


def test_translate_toolkit_writer_keeps_records(tmp_path: Path) -> None:
    catalog = rich_catalog(tmp_path)
    out = tmp_path / "ttk.po"
    subprocess.run([str(ttk_python()), "-c", TTK_REWRITE, str(catalog.path), str(out)], check=True)
    assert records_of(Catalog.load(out)) == records_of(catalog)


def test_re_indented_and_re_ordered_comments(tmp_path: Path) -> None:
    catalog = rich_catalog(tmp_path)
    text = catalog.path.read_text(encoding="utf-8")
    # an editor indents the records and puts the extracted comments before them
    edited = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        comments = [line.replace("# wb ", "#   wb ", 1) for line in lines if line.startswith("# ")]
        others = [line for line in lines if not line.startswith("# ")]
        extracted = [line for line in others if line.startswith("#.")]
        rest = [line for line in others if not line.startswith("#.")]
        edited.append("\n".join(extracted + comments + rest))
    out = tmp_path / "edited.po"
    out.write_text("\n\n".join(edited), encoding="utf-8")
    assert records_of(Catalog.load(out)) == records_of(catalog)


def test_a_broken_record_stays_a_plain_comment() -> None:
    lines = ['wb review {"state": "approved",', "and then something else", "plain"]
    plain, records = split_comments(lines)
    assert (plain, records) == (lines, [])


def test_hyphen_breaks_join_without_a_space() -> None:
    unit = Unit("s-1", "a", "b")
    record = Record("comment", {"text": "self-defense well-known x-y", "by": "a-b"})
    wrapped = ['wb comment {"text": "self-', 'defense well-known x-y", "by":', '"a-b"}']
    plain, records = split_comments(wrapped)
    assert plain == [] and records == [record]
    assert unit.records == []
