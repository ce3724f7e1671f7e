"""Anonymised copies: no handle, time or comment is left; the originals are untouched."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import require_tool
from workbench.app.exchange.anonymise import anonymise_catalog, anonymise_unit, personal_data
from workbench.domain.annotations import NoteChange, add_annotation, edit_annotation
from workbench.domain.comments import add_comment, resolve_thread
from workbench.domain.model import ALTERNATIVE, CONFLICT, IGNORE, State
from workbench.domain.workflow import approve, confirm
from workbench.storage.catalog import Catalog

HANDLES = ("lev", "vera", "ira", "kolya")


def busy_catalog(project) -> Catalog:
    catalog = project.load_catalog(project.document("letter"), "ru")
    first, second, third = catalog.units[:3]
    confirm(first, "Азат Мифтахов - математик.", "lev")
    confirm(first, "Азат Мифтахов — математик.", "ira")
    approve(first, "vera")
    add_comment(first, "vera", "Nice.")
    resolve_thread(first, "lev")
    note = add_annotation(first, "source", 5, 14, "person", "mathematician", "vera", True)
    edit_annotation(first, note["id"], "kolya", NoteChange(text="a mathematician"))
    confirm(second, "Его держали в СИЗО год.", "lev")
    second.plain_comments.append("Poedit note from kolya")
    second.add_record(
        IGNORE,
        {
            "check": "length",
            "reason": "kolya says fine",
            "by": "kolya",
            "at": "2026-11-01T10:00:00Z",
        },
    )
    second.add_record(
        ALTERNATIVE, {"text": "Он сидел в СИЗО.", "by": "ira", "at": "2026-11-01T10:00:00Z"}
    )
    second.add_record(CONFLICT, {"by": "ira", "at": "2026-11-01T10:00:00Z"})
    confirm(third, "Его обвинили по статье 205.2 УК.", "lev")
    catalog.save("lev")
    return Catalog.load(catalog.path)


def test_anonymised_catalog_keeps_no_handle_time_or_comment(project, tmp_path) -> None:
    catalog = busy_catalog(project)
    before = catalog.to_text()
    clean = anonymise_catalog(catalog)
    text = clean.to_text()
    for handle in HANDLES:
        assert handle not in text
    assert "2026" not in text and "Nice." not in text and "Poedit note" not in text
    assert "wb comment" not in text and "wb edit" not in text
    assert all(personal_data(unit) == [] for unit in clean.units)
    assert catalog.to_text() == before  # the original is untouched
    assert any(personal_data(unit) for unit in catalog.units)
    # the work itself is kept: texts, states, the published note
    assert [u.target for u in clean.units] == [u.target for u in catalog.units]
    assert [u.state for u in clean.units] == [u.state for u in catalog.units]
    assert clean.units[0].state is State.APPROVED
    assert clean.units[0].records_of("note")[0]["text"] == "a mathematician"
    assert clean.header["Last-Translator"] == "" and clean.header_comment == ""
    out = tmp_path / "anon.po"
    out.write_text(text, encoding="utf-8")
    subprocess.run([require_tool("msgfmt"), "-c", "-o", "/dev/null", str(out)], check=True)
    reread = Catalog.load(out)
    assert [u.state for u in reread.units] == [u.state for u in catalog.units]


def test_anonymise_unit_leaves_the_original_alone(project) -> None:
    unit = busy_catalog(project).units[0]
    snapshot = json.dumps([r.data for r in unit.records], sort_keys=True)
    copy = anonymise_unit(unit)
    assert personal_data(copy) == []
    assert json.dumps([r.data for r in unit.records], sort_keys=True) == snapshot


def test_history_and_conflict_marks_are_dropped(project) -> None:
    clean = anonymise_catalog(busy_catalog(project))
    kinds = {record.kind for unit in clean.units for record in unit.records}
    assert kinds == {"review", "note", "ignore", "alt"}
    second = clean.units[1]
    assert second.records_of("ignore") == [{"check": "length"}]
    assert second.records_of("alt") == [{"text": "Он сидел в СИЗО."}]
