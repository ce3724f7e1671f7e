"""The concordance: every memory segment holding the words, any word form, highlighted.

The search runs in a worker thread (a million-unit memory takes a while); a newer query
cancels the older one. The memory comes from the editor's `Assist` (loaded once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Static

from workbench.storage.tm.memory import TranslationMemory
from workbench.storage.tm.units import TMUnit
from workbench.tui.dialogs.frame import Dialog

LIMIT = 50
HIGHLIGHT = "bold black on yellow"
Hit = tuple[TMUnit, tuple[tuple[str, int, int], ...]]  # (unit, spans)


def search_memory(
    memory: TranslationMemory, words: str, langs: list[str], limit: int = LIMIT
) -> list[Hit]:
    """Concordance hits in each language (the query may be in the source or the target)."""
    hits: list[Hit] = []
    seen: set[int] = set()
    for lang in dict.fromkeys(langs):
        for unit, spans in memory.concordance(words, lang, limit=limit):
            if id(unit) not in seen:
                seen.add(id(unit))
                hits.append((unit, spans))
    return hits[:limit]


def render_hits(hits: list[Hit], words: str) -> Text:
    if not hits:
        return Text(f"Nothing in the memory holds {words!r}.", style="dim")
    text = Text()
    for unit, spans in hits:
        for field in ("source", "target"):
            line = Text(unit.source if field == "source" else unit.target)
            for where, start, end in spans:
                if where == field:
                    line.stylize(HIGHLIGHT, start, end)
            if field == "target":
                line.stylize("green")
            text.append_text(line)
            text.append("\n")
        origin = " · ".join(str(p) for p in (unit.origin, unit.state, unit.by) if p)
        text.append(f"  {origin}\n\n", style="dim")
    return text


class ConcordanceScreen(Dialog[None]):
    DEFAULT_CSS = """
    ConcordanceScreen .dialog { width: 110; height: 90%; }
    #concordance-results { height: 1fr; border-top: solid $primary; }
    #concordance-count { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="concordance.close")
    ]

    def __init__(
        self, load_memory: Callable[[], TranslationMemory | None], langs: list[str], query: str = ""
    ) -> None:
        super().__init__(
            "Concordance: memory segments holding the words", "enter: search · escape: close"
        )
        self.load_memory = load_memory
        self.langs = langs
        self.initial = query
        self.hits: list[Hit] = []

    def body(self) -> ComposeResult:
        yield Input(self.initial, placeholder="words (any form)", id="concordance-query")
        yield Label("", id="concordance-count")
        with VerticalScroll(id="concordance-results"):
            yield Static(id="concordance-hits")

    def on_mount(self) -> None:
        self.query_one("#concordance-query", Input).focus()
        if self.initial.strip():
            self.start(self.initial)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.start(event.value)

    def start(self, words: str) -> None:
        if not words.strip():
            return
        self.query_one("#concordance-count", Label).update(f"searching {words!r}…")
        self.search(words)

    @work(thread=True, exclusive=True, group="concordance", description="concordance")
    def search(self, words: str) -> None:
        try:
            memory = self.load_memory()
            if memory is None:
                raise RuntimeError("no translation memory")
            hits = search_memory(memory, words, self.langs)
        except Exception as error:  # noqa: BLE001 - shown, the editor keeps working
            self.app.call_from_thread(self.show_error, str(error))
            return
        self.app.call_from_thread(self.show, words, hits)

    def show(self, words: str, hits: list[Hit]) -> None:
        self.hits = hits
        more = "+" if len(hits) >= LIMIT else ""
        self.query_one("#concordance-count", Label).update(f"{len(hits)}{more} segment(s)")
        self.query_one("#concordance-hits", Static).update(render_hits(hits, words))

    def show_error(self, message: str) -> None:
        self.query_one("#concordance-count", Label).update(f"concordance unavailable: {message}")

    def action_close(self) -> None:
        self.dismiss(None)
