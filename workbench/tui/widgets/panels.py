"""Rich renderings of the current segment: highlighted source and the side panels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from workbench.core.comments import comments
from workbench.core.model import Unit
from workbench.core.session import conflict_alternatives
from workbench.core.workflow import approved_text, previous_translations
from workbench.tui.assist import MatchView, TermView, word_diff

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def source_text(unit: Unit, terms: Sequence[TermView], spans: Sequence[tuple[int, int]]) -> Text:
    text = Text(unit.source)
    for start, end in spans:
        text.stylize("bold magenta", start, end)
    for term in terms:
        text.stylize("underline bold cyan", term.start, term.end)
    return text


def matches_text(matches: Sequence[MatchView], selected: int, note: str = "") -> Text:
    if not matches:
        return Text(note or "No fuzzy matches.", style="dim")
    text = Text()
    for number, match in enumerate(matches, 1):
        marker = "▶" if number - 1 == selected else " "
        text.append(f"{marker}{number} ", style="bold")
        text.append(f"{match.score}% ", style="bold green" if match.score >= 85 else "yellow")
        text.append(f"{match.origin}\n", style="dim")
        for op, piece in match.diff:
            text.append(piece, style="on rgb(90,60,0)" if op == "insert" else "")
        text.append("\n")
        text.append(match.target + "\n", style="green")
    text.append("ctrl+r use the ▶ match · alt+1..5 select", style="dim")
    return text


def terms_text(terms: Sequence[TermView], note: str = "") -> Text:
    if not terms:
        return Text(note or "No glossary terms.", style="dim")
    text = Text()
    for term in terms:
        text.append(term.text, style="bold cyan")
        text.append(" → ")
        text.append(", ".join(term.targets) or "(no target term)", style="green")
        if term.note:
            text.append(f"\n  {term.note}", style="dim")
        text.append("\n")
    text.append("ctrl+g insert a term", style="dim")
    return text


def findings_text(findings: Sequence[Any], note: str = "") -> Text:
    if not findings:
        return Text(note or "No QA warnings.", style="dim")
    text = Text()
    for finding in findings:
        severity = str(getattr(finding, "severity", "warning"))
        text.append(f"{severity}: ", style=SEVERITY_STYLE.get(severity, "yellow"))
        text.append(f"{finding.message} ")
        text.append(f"[{finding.check}]\n", style="dim")
    return text


def notes_text(unit: Unit) -> Text:
    text = Text()
    for alternative in conflict_alternatives(unit):
        text.append("CONFLICT: the file on disk has another version\n", style="bold red")
        text.append(f"  {alternative.get('text', '')}", style="yellow")
        text.append(f"  ({alternative.get('by') or '?'})\n", style="dim")
    if unit.previous_source:
        text.append("Source changed; it was:\n", style="bold yellow")
        text.append(f"  {unit.previous_source}\n", style="dim")
    approved = approved_text(unit)
    if approved is not None:
        text.append("Changed since approval:\n", style="bold")
        for op, piece in word_diff(unit.target, approved):
            text.append(piece, style="red strike" if op == "insert" else "")
        text.append("\n")
    for comment in comments(unit):
        style = "dim" if comment.get("resolved") else ""
        text.append(f"{comment.get('by', '?')}: ", style="bold " + style)
        text.append(f"{comment.get('text', '')}\n", style=style)
    if unit.extracted:
        text.append(f"note: {unit.extracted}\n", style="italic")
    previous = previous_translations(unit)
    if previous:
        last = previous[0]
        text.append(f"previous ({last.get('by') or '?'}): ", style="dim")
        text.append(f"{last.get('text', '')}\n", style="dim")
    edit = unit.last_edit
    if edit:
        text.append(f"last edit: {edit.get('by')}", style="dim")
    return text if text.plain else Text("No comments or notes.", style="dim")
