"""Rich renderings for review: annotations, the diff since approval, QA spans, filters.

The editor's notes panel is drawn by `notes_text` here (comments, conflicts, history, the
word diff since approval and the annotations).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from workbench.app.editing.assist import TermView
from workbench.app.editing.session import conflict_alternatives
from workbench.domain.annotations import Anchored, anchored_annotations
from workbench.domain.comments import comments
from workbench.domain.model import Unit
from workbench.domain.qa.base import Finding
from workbench.domain.review import changes_since_approval, reviewer_of
from workbench.domain.workflow import previous_translations
from workbench.tui.widgets import panels

PLAIN_CONTEXTS = frozenset({"paragraph", ""})  # contexts not worth a line
NOTE_STYLE = "underline magenta"
ORPHAN_STYLE = "bold red"
SPAN_STYLE = "reverse yellow"
DIFF_STYLE = {"delete": "red strike", "insert": "bold green underline", "equal": ""}
CONTEXT = 24


# ---- the source with annotations and QA spans --------------------------------------------------
def source_text(
    unit: Unit,
    terms: Sequence[TermView],
    spans: Sequence[tuple[int, int]],
    findings: Sequence[Finding] = (),
) -> Text:
    text = panels.source_text(unit, terms, spans)
    for item in anchored_annotations(unit, "source"):
        if not item.orphaned:
            text.stylize(NOTE_STYLE, item.start, item.end)
    for start, end in finding_spans(findings, "source", len(unit.source)):
        text.stylize(SPAN_STYLE, start, end)
    return text


def finding_spans(findings: Sequence[Finding], side: str, length: int) -> list[tuple[int, int]]:
    spans = []
    for finding in findings:
        start, end = finding.start, finding.end
        if finding.side != side or start is None or end is None:
            continue
        if 0 <= start < end <= length:
            spans.append((start, end))
    return spans


def excerpt(text: str, start: int, end: int, style: str) -> Text:
    """`…context [span] context…` with the span styled."""
    before_start = max(0, start - CONTEXT)
    after_end = min(len(text), end + CONTEXT)
    result = Text("…" if before_start else "")
    result.append(text[before_start:start])
    result.append(text[start:end], style=style)
    result.append(text[end:after_end])
    result.append("…" if after_end < len(text) else "")
    return result


# ---- the QA panel --------------------------------------------------------------------------------
def findings_text(findings: Sequence[Finding], unit: Unit, note: str = "") -> Text:
    if not findings:
        return Text(note or "No QA warnings.", style="dim")
    text = Text()
    for finding in findings:
        severity = finding.severity
        text.append(f"{severity}: ", style=panels.SEVERITY_STYLE.get(severity, "yellow"))
        text.append(f"{finding.message} ")
        text.append(f"[{finding.check}]\n", style="dim")
        side = finding.side
        whole = unit.source if side == "source" else unit.target
        span = finding_spans([finding], side, len(whole))
        if span:
            text.append(f"  {side}: ", style="dim")
            text.append_text(excerpt(whole, *span[0], SPAN_STYLE))
            text.append("\n")
    text.append("palette: “Ignore a QA warning” (with a reason)", style="dim")
    return text


# ---- the notes panel -------------------------------------------------------------------------------
def notes_text(unit: Unit) -> Text:
    text = Text()
    _conflicts(text, unit)
    if unit.previous_source:
        text.append("Source changed; it was:\n", style="bold yellow")
        text.append(f"  {unit.previous_source}\n", style="dim")
    _diff_since_approval(text, unit)
    for comment in comments(unit):
        style = "dim" if comment.get("resolved") else ""
        text.append(f"{comment.get('by', '?')}: ", style="bold " + style)
        text.append(f"{comment.get('text', '')}\n", style=style)
    _annotations(text, unit)
    if unit.extracted and unit.extracted not in PLAIN_CONTEXTS:  # "paragraph" tells nothing
        text.append(f"context: {unit.extracted}\n", style="italic")
    previous = previous_translations(unit)
    if previous:
        last = previous[0]
        text.append(f"previous ({last.get('by') or '?'}): ", style="dim")
        text.append(f"{last.get('text', '')}\n", style="dim")
    edit = unit.last_edit
    if edit:
        text.append(f"last edit: {edit.get('by')}", style="dim")
    return text if text.plain else Text("No comments or notes.", style="dim")


def _conflicts(text: Text, unit: Unit) -> None:
    for alternative in conflict_alternatives(unit):
        text.append("CONFLICT: the file on disk has another version\n", style="bold red")
        text.append(f"  {alternative.get('text', '')}", style="yellow")
        text.append(f"  ({alternative.get('by') or '?'})\n", style="dim")


def _diff_since_approval(text: Text, unit: Unit) -> None:
    ops = changes_since_approval(unit)
    if ops is None:
        return
    who = reviewer_of(unit)
    text.append(f"Changed since approval{f' by {who}' if who else ''}:\n", style="bold")
    for op in ops:
        text.append(op.text, style=DIFF_STYLE[op.kind])
    text.append("\n")


def _annotations(text: Text, unit: Unit) -> None:
    placed = anchored_annotations(unit)
    if not placed:
        return
    text.append("Annotations:\n", style="bold")
    for item in placed:
        text.append_text(annotation_line(item, unit))
        text.append("\n")


def annotation_line(item: Anchored, unit: Unit) -> Text:
    line = Text()
    if item.orphaned:
        line.append("ORPHANED ", style=ORPHAN_STYLE)
    line.append(f"[{item.label}] ", style="bold magenta")
    if item.orphaned:
        line.append(f"“{item.quote}”", style="strike")
    else:
        whole = unit.source if item.side == "source" else unit.target
        line.append(f"{item.side}: ", style="dim")
        line.append_text(excerpt(whole, item.start, item.end, NOTE_STYLE))
    if item.text:
        line.append(f" — {item.text}")
    if item.publish:
        line.append(" (publish)", style="cyan")
    line.append(f" ({item.by or '?'})", style="dim")
    return line


def annotation_label(item: Anchored) -> str:
    """One line naming an annotation in a choice list."""
    flag = "ORPHANED " if item.orphaned else ""
    return f"{flag}[{item.label}] “{item.quote}” {item.text}".strip()
