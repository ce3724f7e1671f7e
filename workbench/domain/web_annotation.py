"""Annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), standoff JSON.

One annotation per note:

    {"@context": "http://www.w3.org/ns/anno.jsonld",
     "id": "urn:workbench:<document>:<lang>:<segment>:annotation:<note id>",
     "type": "Annotation", "motivation": "commenting",
     "body": [{"type": "TextualBody", "value": "<text>", "purpose": "commenting", ...},
              {"type": "TextualBody", "value": "<label>", "purpose": "tagging"}],
     "target": {"source": "urn:workbench:<document>:<lang>:<segment>#source",
                "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                             {"type": "TextPositionSelector", "start", "end"}]},
     "creator": {"type": "Person", "name": "<handle>"}, "created": "<time>"}

Offsets are characters (Unicode code points) into the segment's text on that side, as
re-anchored on the current text. An orphaned note (its quote is gone) keeps only its
TextQuoteSelector, so a consumer that re-anchors by quote will find nothing, which is true.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import quote as url_quote

from workbench.domain.annotations import Anchored, anchored_annotations, span_context
from workbench.domain.model import Unit

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TEXT_FORMAT = "text/plain"


def segment_iri(document: str, lang: str, segment: str, side: str) -> str:
    """A stable IRI-like id for one side of one segment of a document in a language."""
    parts = (url_quote(part, safe="-._~") for part in (document, lang, segment))
    return "urn:workbench:" + ":".join(parts) + f"#{side}"


def annotation_iri(document: str, lang: str, segment: str, note_id: str) -> str:
    parts = (url_quote(part, safe="-._~") for part in (document, lang, segment, note_id))
    document_, lang_, segment_, note_ = parts
    return f"urn:workbench:{document_}:{lang_}:{segment_}:annotation:{note_}"


def to_web_annotation(
    item: Anchored, unit: Unit, document: str, lang: str, *, anonymise: bool = False
) -> dict[str, Any]:
    """One anchored note as a Web Annotation (without personal data when `anonymise`)."""
    text = unit.source if item.side == "source" else unit.target
    bodies: list[dict[str, Any]] = []
    if item.text:
        bodies.append(
            {
                "type": "TextualBody",
                "value": item.text,
                "purpose": "commenting",
                "format": TEXT_FORMAT,
            }
        )
    bodies.append({"type": "TextualBody", "value": item.label, "purpose": "tagging"})
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_iri(document, lang, unit.id, item.id),
        "type": "Annotation",
        "motivation": "commenting" if item.text else "tagging",
        "body": bodies,
        "target": {
            "source": segment_iri(document, lang, unit.id, item.side),
            "selector": selectors(item, text),
        },
    }
    if not anonymise:
        if item.by:
            annotation["creator"] = {"type": "Person", "name": item.by}
        if item.at:
            annotation["created"] = item.at
        if item.data.get("edited_at"):
            annotation["modified"] = item.data["edited_at"]
    return annotation


def selectors(item: Anchored, text: str) -> list[dict[str, Any]]:
    if item.orphaned:
        stored = item.data
        return [
            {
                "type": "TextQuoteSelector",
                "exact": item.quote,
                "prefix": str(stored.get("prefix", "")),
                "suffix": str(stored.get("suffix", "")),
            }
        ]
    context = span_context(text, item.start, item.end)
    return [
        {
            "type": "TextQuoteSelector",
            "exact": context["quote"],
            "prefix": context["prefix"],
            "suffix": context["suffix"],
        },
        {"type": "TextPositionSelector", "start": item.start, "end": item.end},
    ]


def unit_annotations(
    units: Iterable[Unit], document: str, lang: str, *, anonymise: bool = False
) -> list[dict[str, Any]]:
    return [
        to_web_annotation(item, unit, document, lang, anonymise=anonymise)
        for unit in units
        for item in anchored_annotations(unit)
    ]


def collection(items: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """The annotations as one AnnotationCollection with a single embedded page."""
    page_items = [{k: v for k, v in item.items() if k != "@context"} for item in items]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": page_items},
    }
