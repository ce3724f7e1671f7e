"""Comments, annotations and review records through the PO files, msgcat and msgmerge."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import require_tool
from workbench.domain.annotations import add_annotation, anchored_annotations
from workbench.domain.comments import add_comment, resolve_thread
from workbench.domain.model import State, Unit
from workbench.domain.review import reject_with_comment
from workbench.domain.workflow import approve, confirm
from workbench.storage.catalog import Catalog


def review_data(catalog: Catalog) -> list[tuple[str, str, list]]:
    return [(u.id, u.target, [(r.kind, r.data) for r in u.records]) for u in catalog.units]


def reviewed_catalog(project) -> Catalog:
    catalog = project.load_catalog(project.document("letter"), "ru")
    first, second, third, fourth = catalog.units
    confirm(first, "Азат Мифтахов — математик.", "lev")
    approve(first, "vera")
    add_annotation(first, "source", 5, 14, "person", 'Азат «Мифтахов» \\ "x"', "vera", True)
    confirm(second, "Он был в тюрьме.", "lev")
    reject_with_comment(second, "vera", "SIZO -> СИЗО, please")
    add_comment(second, "lev", "Fixed? # wb not a record")
    confirm(third, "Его обвинили по статье 205.2 УК.", "lev")
    confirm(third, "Его обвинили по ст. 205.2 УК РФ.", "ira")
    add_comment(fourth, "ira", "Untranslated on purpose")
    resolve_thread(fourth, "vera")
    add_annotation(fourth, "source", 0, 9, "fact-check", "", "ira")
    catalog.save("vera")
    return catalog


def test_records_survive_save_and_load(project) -> None:
    catalog = reviewed_catalog(project)
    reread = Catalog.load(catalog.path)
    assert review_data(reread) == review_data(catalog)
    assert [u.state for u in reread.units] == [
        State.APPROVED,
        State.REJECTED,
        State.TRANSLATED,
        State.UNTRANSLATED,
    ]
    subprocess.run([require_tool("msgfmt"), "-c", "-o", "/dev/null", str(catalog.path)], check=True)


def test_records_survive_msgcat(project, tmp_path: Path) -> None:
    catalog = reviewed_catalog(project)
    out = tmp_path / "cat.po"
    subprocess.run([require_tool("msgcat"), "-o", str(out), str(catalog.path)], check=True)
    reread = Catalog.load(out)
    assert review_data(reread) == review_data(catalog)
    assert [u.state for u in reread.units] == [u.state for u in catalog.units]


def write_pot(catalog: Catalog, path: Path) -> None:
    """A template made from the catalog: same segments, no translations, no records."""
    pot = polib.POFile(wrapwidth=0)
    pot.metadata = {
        "Project-Id-Version": catalog.document,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for unit in catalog.units:
        pot.append(
            polib.POEntry(
                msgctxt=unit.id,
                msgid=unit.source,
                msgstr="",
                occurrences=list(unit.references),
                comment=unit.extracted,
            )
        )
    pot.save(str(path))


def test_records_survive_msgmerge(project, tmp_path: Path) -> None:
    catalog = reviewed_catalog(project)
    pot = tmp_path / "letter.pot"
    write_pot(catalog, pot)
    out = tmp_path / "merged.po"
    subprocess.run(
        [require_tool("msgmerge"), "--quiet", "-o", str(out), str(catalog.path), str(pot)],
        check=True,
    )
    merged = Catalog.load(out)
    assert review_data(merged) == review_data(catalog)
    assert [u.state for u in merged.units] == [u.state for u in catalog.units]
    [note] = anchored_annotations(merged.units[0])
    assert note.publish and note.quote == "Miftakhov" and not note.orphaned


record_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    comment=record_text, note_text=record_text, start=st.integers(0, 20), width=st.integers(1, 10)
)
def test_any_comment_and_note_text_round_trips(
    tmp_path: Path, comment: str, note_text: str, start: int, width: int
) -> None:
    source = "He was charged under Article 205.2 of the Criminal Code."
    unit = Unit(id="s-1", source=source, target="Его обвинили.", references=[("doc.txt", "1")])
    add_comment(unit, "vera", comment)
    add_annotation(unit, "source", start, start + width, "legal", note_text, "vera")
    catalog = Catalog(
        tmp_path / "p.po", {"Language": "ru", "Content-Type": "text/plain; charset=UTF-8"}, [unit]
    )
    catalog.save("vera")
    reread = Catalog.load(catalog.path)
    assert review_data(reread) == review_data(catalog)
