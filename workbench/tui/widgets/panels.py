"""Rich renderings of the current segment: highlighted source and the side panels."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import Static

from workbench.app.editing.assist import MatchView, TermView
from workbench.domain.model import Unit

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class Panel(Static):
    """A Static that repaints only when its content changes, and asks for a new layout of
    the screen only when its height changes.

    `Static.update` re-lays out the whole screen on every call, which re-arranges every
    widget and repaints every scrollbar: on a 160x50 editor that was most of the cost of
    moving to the next segment.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._shown: object = None

    def show(self, content: VisualType) -> None:
        if self._shown is not None and content == self._shown:
            return
        self._shown = content
        width, height = self.content_size
        if not self.is_mounted or not width:
            self.update(content)
            return
        self.update(content, layout=False)
        if self._height_is_fixed():
            return
        wanted = self.get_content_height(Size(0, 0), Size(0, 0), width)
        max_height = self.styles.max_height
        if max_height is not None and max_height.is_cells:
            wanted = min(wanted, int(max_height.value))
        if wanted != height:
            self.refresh(layout=True)

    def _height_is_fixed(self) -> bool:
        height = self.styles.height
        return height is not None and height.is_cells


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
