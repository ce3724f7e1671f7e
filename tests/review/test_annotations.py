"""Annotations on spans: creation, labels, re-anchoring after edits, orphans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.domain.annotations import (
    DEFAULT_LABELS,
    NoteChange,
    add_annotation,
    anchored_annotations,
    edit_annotation,
    find_annotation,
    labels,
    published_notes,
    refresh_anchors,
    remove_annotation,
)
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import NOTE, Unit
from workbench.domain.workflow import confirm
from workbench.storage.project import Project

SOURCE = "Azat Miftakhov is a mathematician. Miftakhov denies it."


def unit() -> Unit:
    return Unit(id="s-1", source=SOURCE, target="Азат Мифтахов - математик.")


def test_add_stores_the_quote_and_context() -> None:
    u = unit()
    note = add_annotation(
        u, "source", 5, 14, "person", " a mathematician ", "vera", at="2026-11-01T10:00:00Z"
    )
    assert note["quote"] == "Miftakhov" and note["prefix"] == "Azat "
    assert note["suffix"] == SOURCE[14:30]
    assert note["text"] == "a mathematician" and note["by"] == "vera"
    assert note["publish"] is False and note["id"].startswith("a-")
    assert u.records_of(NOTE) == [note]
    [placed] = anchored_annotations(u)
    assert (placed.start, placed.end, placed.orphaned, placed.moved) == (5, 14, False, False)


@pytest.mark.parametrize(
    ("side", "start", "end"),
    [("source", 5, 5), ("source", -1, 3), ("target", 0, 999), ("middle", 0, 1)],
)
def test_bad_spans_and_sides_are_refused(side: str, start: int, end: int) -> None:
    u = unit()
    with pytest.raises(WorkbenchError):
        add_annotation(u, side, start, end, "person", "", "vera")
    assert u.records_of(NOTE) == []


def test_label_must_be_from_the_project_set(project_factory) -> None:
    project = project_factory()
    assert labels(project.settings.annotations.labels) == DEFAULT_LABELS
    with pytest.raises(WorkbenchError, match="not in the project's labels"):
        add_annotation(
            unit(),
            "source",
            0,
            4,
            "colour",
            "",
            "vera",
            allowed_labels=labels(project.settings.annotations.labels),
        )
    settings_path = project.root / "workbench.toml"
    settings_path.write_text(
        settings_path.read_text() + '\n[annotations]\nlabels = ["who", "where"]\n'
    )
    assert labels(Project.load(project.root).settings.annotations.labels) == ("who", "where")


def test_reanchored_after_an_edit_before_the_quote() -> None:
    u = unit()
    note = add_annotation(u, "target", 5, 13, "person", "", "vera")
    assert note["quote"] == "Мифтахов"
    confirm(u, "Учёный Азат Мифтахов - математик.", "lev")
    [placed] = anchored_annotations(u)
    assert u.target[placed.start : placed.end] == "Мифтахов"
    assert placed.moved and not placed.orphaned
    refresh_anchors(u)
    assert (note["start"], note["end"]) == (placed.start, placed.end)
    assert note["prefix"].endswith("Азат ")


def test_context_picks_the_right_occurrence_of_a_repeated_quote() -> None:
    u = unit()
    second = SOURCE.rindex("Miftakhov")
    add_annotation(u, "source", second, second + 9, "person", "", "vera")
    u.source = "Azat Miftakhov, a mathematician. Miftakhov denies it."  # both occurrences move
    [placed] = anchored_annotations(u)
    assert placed.start == u.source.rindex("Miftakhov")


def test_orphaned_when_the_quote_is_gone_and_kept() -> None:
    u = unit()
    note = add_annotation(u, "target", 5, 13, "person", "", "vera")
    confirm(u, "Математик.", "lev")
    [placed] = refresh_anchors(u)
    assert placed.orphaned and note["orphaned"] is True
    assert u.records_of(NOTE) == [note]
    confirm(u, "Азат Мифтахов - математик.", "lev")  # the quote comes back
    [placed] = refresh_anchors(u)
    assert not placed.orphaned and "orphaned" not in note


def test_edit_and_remove() -> None:
    u = unit()
    note = add_annotation(u, "source", 0, 4, "person", "", "vera")
    change = NoteChange(label="term", text="first name", publish=True, span=(0, 14))
    edit_annotation(u, note["id"], "lev", change, at="2026-11-02T10:00:00Z")
    found = find_annotation(u, note["id"])
    assert (found["label"], found["text"], found["quote"]) == (
        "term",
        "first name",
        "Azat Miftakhov",
    )
    assert found["edited_by"] == "lev" and found["by"] == "vera"
    assert [n.id for n in published_notes(u)] == [note["id"]]
    remove_annotation(u, note["id"])
    assert anchored_annotations(u) == []
    with pytest.raises(WorkbenchError, match="no annotation"):
        remove_annotation(u, note["id"])


words = st.text(alphabet="abcdeфыв ", min_size=0, max_size=12)


@settings(max_examples=80, deadline=None)
@given(
    before=words,
    after=words,
    quote=st.text(alphabet="XYZ", min_size=1, max_size=6),
    added_before=words,
    added_after=words,
)
def test_quote_survives_any_edit_around_it(before, after, quote, added_before, added_after):
    u = Unit(id="s-1", source=before + quote + after)
    add_annotation(u, "source", len(before), len(before) + len(quote), "term", "", "vera")
    u.source = added_before + before + quote + after + added_after
    [placed] = anchored_annotations(u)
    assert not placed.orphaned
    assert u.source[placed.start : placed.end] == quote
    assert placed.start == len(added_before) + len(before)


def test_annotations_is_importable_under_its_short_name() -> None:
    from workbench.domain import annotations as module

    u = unit()
    add_annotation(u, "source", 0, 4, "person", "", "vera")
    assert module.annotations is module.anchored_annotations
    assert [a.quote for a in module.annotations(u)] == ["Azat"]
