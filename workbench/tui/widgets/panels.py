"""Rich renderings of the current segment: highlighted source and the side panels."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from workbench.core.model import Unit
from workbench.tui.assist import MatchView, TermView

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
