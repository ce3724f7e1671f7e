"""The PO merge, segment by segment, on catalogs and through the `merge-po` driver."""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path

from tests.conftest import require_tool
from workbench.cli import main
from workbench.domain.comments import add_comment
from workbench.domain.model import ALTERNATIVE, CONFLICT, MAX_PREVIOUS, PREVIOUS, Unit
from workbench.domain.workflow import approve, confirm
from workbench.storage.catalog import Catalog, new_header
from workbench.storage.merge import merge_catalogs

T1, T2, T3 = "2026-02-01T10:00:00Z", "2026-02-01T11:00:00Z", "2026-02-01T12:00:00Z"


def base_catalog(path: Path, count: int = 5) -> Catalog:
    catalog = Catalog(path, header=new_header("doc", "doc.txt", "en", "ru", "utf-8", "text", "a"))
    catalog.header["PO-Revision-Date"] = T1
    for index in range(count):
        unit = Unit(id=f"s-{index}", source=f"Sentence {index}.")
        unit.references = [("sources/doc.txt", str(index + 1))]
        catalog.units.append(unit)
    confirm(catalog.units[0], "Первое.", "alice", at=T1)
    return catalog


def sides(tmp_path: Path) -> tuple[Catalog, Catalog, Catalog]:
    base = base_catalog(tmp_path / "doc.po")
    return base, copy.deepcopy(base), copy.deepcopy(base)


def test_new_segments_go_after_their_predecessor_and_removed_ones_become_obsolete(
    tmp_path: Path,
) -> None:
    base, ours, theirs = sides(tmp_path)
    ours.units.insert(2, Unit(id="s-ours", source="Ours."))
    theirs.units.insert(4, Unit(id="s-theirs", source="Theirs."))
    theirs.units.insert(0, Unit(id="s-first", source="First."))
    confirm(theirs.units[1], "Изменено.", "bob", at=T2)  # s-0, which ours removes
    del ours.units[0]
    merged, report = merge_catalogs(base, ours, theirs)
    ids = [unit.id for unit in merged.units]
    assert ids == ["s-first", "s-1", "s-ours", "s-2", "s-3", "s-theirs", "s-4"]
    assert [u.target for u in merged.obsolete] == ["Изменено."]  # the work is kept
    assert not report.conflicts


def test_fields_changed_on_one_side_take_that_side(tmp_path: Path) -> None:
    base, ours, theirs = sides(tmp_path)
    ours.units[1].references = [("sources/doc.txt", "9")]
    confirm(theirs.units[1], "Второе.", "bob", at=T2)
    approve(ours.units[0], "vera", at=T2)
    theirs.units[2].plain_comments = ["a note from Poedit"]
    merged, report = merge_catalogs(base, ours, theirs)
    second = merged.units[1]
    assert second.references == [("sources/doc.txt", "9")] and second.target == "Второе."
    assert merged.units[0].state.value == "approved"
    assert merged.units[2].plain_comments == ["a note from Poedit"]
    assert not report.conflicts and not any(u.records_of(CONFLICT) for u in merged.units)


def test_both_changed_keeps_later_edit_and_the_other_as_alternative(tmp_path: Path) -> None:
    base, ours, theirs = sides(tmp_path)
    confirm(ours.units[0], "Наше.", "lev", at=T3)
    confirm(theirs.units[0], "Их.", "bob", at=T2)
    confirm(ours.units[1], "Одинаково.", "lev", at=T2)  # same text on both: no conflict
    confirm(theirs.units[1], "Одинаково.", "bob", at=T3)
    merged, report = merge_catalogs(base, ours, theirs, handle="mira", at=T3)
    unit = merged.units[0]
    assert unit.target == "Наше." and unit.last_edit == {"by": "lev", "at": T3}
    assert unit.records_of(ALTERNATIVE) == [{"text": "Их.", "by": "bob", "at": T2}]
    assert unit.records_of(CONFLICT) == [{"by": "mira", "at": T3, "with": "bob"}]
    assert [p["text"] for p in unit.records_of(PREVIOUS)] == ["Первое."]
    assert report.conflicts == ["s-0"]
    assert merged.units[1].last_edit == {"by": "bob", "at": T3}
    assert not merged.units[1].records_of(CONFLICT)


def test_equal_times_keep_ours(tmp_path: Path) -> None:
    base, ours, theirs = sides(tmp_path)
    confirm(ours.units[3], "Наше.", "lev", at=T2)
    confirm(theirs.units[3], "Их.", "bob", at=T2)
    merged, _ = merge_catalogs(base, ours, theirs)
    assert merged.units[3].target == "Наше."
    assert merged.units[3].records_of(ALTERNATIVE)[0]["text"] == "Их."


def test_records_merge_by_kind(tmp_path: Path) -> None:
    base, ours, theirs = sides(tmp_path)
    add_comment(base.units[4], "alice", "old thread", at=T1)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    add_comment(ours.units[4], "lev", "mine", at=T2)
    add_comment(theirs.units[4], "bob", "theirs", at=T2)
    theirs.units[4].records[0].data["resolved"] = True  # resolved on one side only
    approve(ours.units[0], "vera", at=T2)
    ours.units[0].set_single_record("review", {**ours.units[0].first_record("review")})
    theirs_review = {"state": "rejected", "by": "olga", "at": T3, "hash": "x"}
    theirs.units[0].set_single_record("review", theirs_review)
    for number in range(MAX_PREVIOUS + 2):
        side = ours if number % 2 else theirs
        confirm(side.units[2], f"v{number}", "lev", at=f"2026-03-0{number + 1}T00:00:00Z")
    merged, _ = merge_catalogs(base, ours, theirs)
    comments = merged.units[4].records_of("comment")
    assert [c["text"] for c in comments] == ["old thread", "mine", "theirs"]
    assert comments[0]["resolved"] is True
    assert merged.units[0].first_record("review") == theirs_review  # the later review
    previous = merged.units[2].records_of(PREVIOUS)
    assert len(previous) == MAX_PREVIOUS
    assert [p["at"] for p in previous] == sorted((p["at"] for p in previous), reverse=True)


def test_deleted_comment_stays_deleted_unless_changed(tmp_path: Path) -> None:
    base, _, _ = sides(tmp_path)
    add_comment(base.units[1], "alice", "typo?", at=T1)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.units[1].remove_records("comment")
    merged, _ = merge_catalogs(base, ours, theirs)
    assert merged.units[1].records_of("comment") == []


def test_header_of_the_later_revision_and_obsolete_union(tmp_path: Path) -> None:
    base, ours, theirs = sides(tmp_path)
    theirs.header["PO-Revision-Date"] = T3
    theirs.header["Last-Translator"] = "bob"
    ours.obsolete.append(Unit(id="s-old1", source="Old one.", target="Старое 1."))
    theirs.obsolete.append(Unit(id="s-old2", source="Old two.", target="Старое 2."))
    merged, _ = merge_catalogs(base, ours, theirs)
    assert merged.header["Last-Translator"] == "bob"
    assert [u.id for u in merged.obsolete] == ["s-old1", "s-old2"]


def test_driver_writes_a_valid_po_into_ours(tmp_path: Path, capsys) -> None:
    msgfmt = require_tool("msgfmt")
    base, ours, theirs = sides(tmp_path)
    confirm(ours.units[0], 'Наше "слово".\nВторая строка.', "lev", at=T3)
    confirm(theirs.units[0], "Их слово.", "bob", at=T2)
    paths = {}
    for name, catalog in (("base", base), ("ours", ours), ("theirs", theirs)):
        paths[name] = tmp_path / f"{name}.po"
        paths[name].write_text(catalog.to_text(), encoding="utf-8")
    code = main(["merge-po", *(str(paths[n]) for n in ("base", "ours", "theirs")), "x.po"])
    assert code == 0
    assert "1 segment(s) changed on both sides" in capsys.readouterr().err
    result = subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(paths["ours"])])
    assert result.returncode == 0
    merged = Catalog.load(paths["ours"])
    assert merged.units[0].records_of(ALTERNATIVE)[0]["text"] == "Их слово."
    empty = tmp_path / "empty"
    empty.write_text("")  # added on both sides: git passes an empty ancestor
    assert main(["merge-po", str(empty), str(paths["ours"]), str(paths["theirs"])]) == 0
