"""The W3C Web Annotation export: shape of every annotation and of the collection."""

from __future__ import annotations

import json

from workbench.app.exchange.annotation_export import project_annotations
from workbench.domain.annotations import add_annotation
from workbench.domain.model import Unit
from workbench.domain.web_annotation import CONTEXT, collection, segment_iri, unit_annotations
from workbench.domain.workflow import confirm

REQUIRED = {"@context", "id", "type", "body", "target"}


def check_shape(annotation: dict, text_of_side: str) -> None:
    """The keys the Web Annotation model requires, and selectors that match the text."""
    assert REQUIRED <= annotation.keys()
    assert annotation["@context"] == CONTEXT and annotation["type"] == "Annotation"
    assert annotation["id"].startswith("urn:workbench:")
    assert annotation["motivation"] in ("commenting", "tagging")
    for body in annotation["body"]:
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body["purpose"] in ("commenting", "tagging")
    target = annotation["target"]
    assert target["source"].startswith("urn:workbench:")
    assert target["source"].rsplit("#", 1)[1] in ("source", "target")
    by_type = {selector["type"]: selector for selector in target["selector"]}
    quote = by_type["TextQuoteSelector"]
    assert {"exact", "prefix", "suffix"} <= quote.keys()
    if "TextPositionSelector" in by_type:
        position = by_type["TextPositionSelector"]
        assert text_of_side[position["start"] : position["end"]] == quote["exact"]
        assert text_of_side[: position["start"]].endswith(quote["prefix"])
        assert text_of_side[position["end"] :].startswith(quote["suffix"])


def annotated_unit() -> Unit:
    unit = Unit(
        id="s-1f2e3d4c", source="Azat Miftakhov is in the SIZO.", target="Азат Мифтахов в СИЗО."
    )
    add_annotation(
        unit, "source", 5, 14, "person", "mathematician", "vera", at="2026-11-01T10:00:00Z"
    )
    add_annotation(unit, "target", 16, 20, "term", "", "lev", publish=True)
    return unit


def test_each_annotation_has_the_required_shape() -> None:
    unit = annotated_unit()
    exported = unit_annotations([unit], "who is azat", "ru")
    assert len(exported) == 2
    check_shape(exported[0], unit.source)
    check_shape(exported[1], unit.target)
    first, second = exported
    assert first["target"]["source"] == "urn:workbench:who%20is%20azat:ru:s-1f2e3d4c#source"
    assert first["creator"] == {"type": "Person", "name": "vera"}
    assert first["created"] == "2026-11-01T10:00:00Z"
    assert [b["purpose"] for b in first["body"]] == ["commenting", "tagging"]
    assert first["body"][1]["value"] == "person"
    assert second["motivation"] == "tagging" and second["body"] == [
        {"type": "TextualBody", "value": "term", "purpose": "tagging"}
    ]
    assert second["target"]["selector"][0]["exact"] == "СИЗО"
    json.dumps(exported)  # plain JSON


def test_positions_follow_edits_and_orphans_keep_only_the_quote() -> None:
    unit = annotated_unit()
    confirm(unit, "Математик Азат Мифтахов теперь в колонии.", "lev")
    source_note, target_note = unit_annotations([unit], "doc", "ru")
    check_shape(source_note, unit.source)
    assert [s["type"] for s in target_note["target"]["selector"]] == ["TextQuoteSelector"]


def test_anonymised_export_has_no_creator_or_time() -> None:
    exported = unit_annotations([annotated_unit()], "doc", "ru", anonymise=True)
    text = json.dumps(exported)
    assert "vera" not in text and "2026" not in text
    assert all("creator" not in a and "created" not in a for a in exported)


def test_collection_and_project_export(project) -> None:
    document = project.document("letter")
    catalog = project.load_catalog(document, "ru")
    add_annotation(catalog.units[0], "source", 0, 4, "person", "", "vera")
    catalog.save("vera")
    items = project_annotations(project, project.documents(), ("ru",))
    check_shape(items[0], catalog.units[0].source)
    assert items[0]["target"]["source"] == segment_iri(
        "letter", "ru", catalog.units[0].id, "source"
    )
    made = collection(items, "letter")
    assert made["type"] == "AnnotationCollection" and made["total"] == 1
    assert made["first"]["type"] == "AnnotationPage"
    assert made["first"]["items"][0]["type"] == "Annotation"
    assert "@context" not in made["first"]["items"][0]
