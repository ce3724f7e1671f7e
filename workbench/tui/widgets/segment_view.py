"""The current segment (its source, highlighted, and the translation being typed) and the
side panels (matches, glossary, QA, comments and notes): widgets the editor composes.

`CurrentSegment` shows the controller's current unit, journals an unconfirmed edit when the
translator pauses, and looks the unit up (matches, terms, QA) in a worker once the cursor
has rested on it a moment.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widgets import TextArea

from workbench.app.editing.assist import MatchView, TermView
from workbench.app.editing.autocomplete import TermIndex
from workbench.domain.model import Unit
from workbench.domain.qa.base import Finding
from workbench.tui import review_view
from workbench.tui.editor_controller import EditorController, Lookup
from workbench.tui.widgets.panels import Panel, matches_text, terms_text
from workbench.tui.widgets.spelling import EditorSpelling, SpellingTextArea
from workbench.tui.widgets.suggestions import SuggestionStrip

PENDING_DELAY = 0.5  # seconds after the last key before an unconfirmed edit is journaled
ASSIST_DELAY = 0.12  # seconds on a segment before its matches, terms and QA are looked up
PANELS = (
    ("matches", "Matches"),
    ("terms", "Glossary"),
    ("qa", "QA"),
    ("notes", "Comments & notes"),
)

Method = TypeVar("Method", bound=Callable[..., Any])


class QueuesActions(Protocol):
    """A screen whose key actions wait for the keys typed before them."""

    def queue_action(self, action: Callable[[], None]) -> None: ...


def after_typing(method: Method) -> Method:
    """Run the action after the keys already queued for the text area (`self.queue_action`).

    Priority bindings run as soon as the app sees the key, while typed characters wait in
    the text area's queue: "abc<enter>" arriving in one read would confirm before "bc" is
    inserted. Queuing the action behind them keeps the order the translator typed.
    """

    @functools.wraps(method)
    def wrapper(self: QueuesActions, *args: Any) -> None:
        self.queue_action(functools.partial(method, self, *args))

    return wrapper  # type: ignore[return-value]


class SidePanels(VerticalScroll):
    """Matches, glossary hits, QA findings, comments and notes of the current segment."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # kept here, not looked up: a lookup that lands while the app closes finds no
        # children to query, and showing text on a removed panel does no harm
        self.panels = {name: Panel(id=f"{name}-panel", classes="panel") for name, _ in PANELS}
        for name, title in PANELS:
            self.panels[name].border_title = title

    def compose(self) -> ComposeResult:
        yield from self.panels.values()

    def panel(self, name: str) -> Panel:
        return self.panels[name]

    def show_matches(self, matches: Sequence[MatchView], selected: int, note: str = "") -> None:
        self.panel("matches").show(matches_text(matches, selected, note))

    def show_terms(self, terms: Sequence[TermView], note: str = "") -> None:
        self.panel("terms").show(terms_text(terms, note))

    def show_findings(self, unit: Unit, findings: Sequence[Finding], note: str = "") -> None:
        self.panel("qa").show(review_view.findings_text(findings, unit, note))

    def show_notes(self, unit: Unit) -> None:
        self.panel("notes").show(review_view.notes_text(unit))


class LookupDone(Message):
    def __init__(self, lookup: Lookup) -> None:
        super().__init__()
        self.lookup = lookup


class CurrentSegment(Vertical):
    """The source of the current segment above the text area holding its translation."""

    def __init__(self, controller: EditorController, side: SidePanels, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.controller = controller
        self.side = side
        self._loading_text = False
        self._loaded_text = ""
        self._pending_timer: Timer | None = None
        self._assist_timer: Timer | None = None
        self.lookup_shown = False  # the side panels show the current segment's lookup
        self._term_index: TermIndex | None = None  # the glossary's target terms, for autocomplete
        self.closed = False  # the editor is closing: a lookup still running has nowhere to go

    def compose(self) -> ComposeResult:
        yield Panel(id="source-view")
        spelling = EditorSpelling(self.controller.project, self.controller.lang)
        yield SpellingTextArea(spelling, id="target", soft_wrap=True, tab_behavior="focus")
        yield SuggestionStrip(id="suggestions")

    @property
    def source_view(self) -> Panel:
        return self.query_one("#source-view", Panel)

    @property
    def target(self) -> TextArea:
        return self.query_one("#target", TextArea)

    @property
    def suggestions(self) -> SuggestionStrip:
        return self.query_one("#suggestions", SuggestionStrip)

    def show(self, index: int, unit: Unit) -> None:
        """Make unit `index` the current one: its text (or unconfirmed edit), its source and
        notes at once; its matches, terms and QA when the cursor rests on it."""
        c = self.controller
        c.current = index
        text = c.pending_text(unit)
        self._loaded_text = text
        target = self.target
        if target.text != text:
            self._loading_text = True
            target.text = text
            self._loading_text = False
        target.move_cursor(target.document.end)
        c.forget_lookup()
        self.lookup_shown = False
        self.suggestions.prepare(self._term_index, [], [])  # the segment's own come with lookup
        self.source_view.show(review_view.source_text(unit, [], [], []))
        self.side.show_notes(unit)
        if self._assist_timer is not None:
            self._assist_timer.stop()
        self._assist_timer = self.set_timer(ASSIST_DELAY, self.request_assist)

    def refresh_views(self, findings: bool = False) -> None:
        """The current unit changed (a note, an ignored finding): its source and notes."""
        c = self.controller
        unit = c.unit()
        self.side.show_notes(unit)
        spans = self.protected_spans(unit.source)
        self.source_view.show(review_view.source_text(unit, c.terms, spans, c.findings))
        if findings:
            self.side.show_findings(unit, c.findings)

    def protected_spans(self, text: str) -> list[tuple[int, int]]:
        try:
            from workbench.formats.registry import protected_spans

            return protected_spans(text, self.controller.document.format)
        except Exception:  # noqa: BLE001 - highlighting only
            return []

    # ---- lookups -------------------------------------------------------------------------
    def request_assist(self) -> None:
        # Not before the document is loaded: the TM and QA would read the same big catalog
        # as the loading worker, at the same time, and slow it and the UI down.
        if self.controller.ready and self.controller.units and not self.closed:
            self.lookup(self.controller.current, self.controller.units)

    @work(thread=True, exclusive=True, group="assist", description="assist")
    def lookup(self, index: int, units: list[Unit]) -> None:
        found = self.controller.lookup(index, units)
        if self._term_index is None:
            self._term_index = term_index(self.controller)
        self.post_message(LookupDone(found))

    def on_lookup_done(self, message: LookupDone) -> None:
        c = self.controller
        if self.closed or not c.take_lookup(message.lookup):
            return
        unit = c.unit()
        problems = message.lookup.problems
        spans = self.protected_spans(unit.source)
        self.source_view.show(review_view.source_text(unit, c.terms, spans, c.findings))
        self.side.show_matches(c.matches, c.selected_match)
        self.side.show_terms(c.terms, problems.get("glossary", ""))
        self.side.show_findings(unit, c.findings, problems.get("qa", ""))
        term_forms = [list(term.targets) for term in c.terms]
        self.suggestions.prepare(self._term_index, term_forms, [m.target for m in c.matches])
        self.lookup_shown = True

    # ---- the unconfirmed edit ------------------------------------------------------------
    @on(TextArea.Changed, "#target")
    def on_target_changed(self) -> None:
        if self._loading_text or self.target.text == self._loaded_text:
            self.suggestions.close()  # a segment shown, not typed: nothing to complete
        else:
            self.suggestions.update_for(self.target)
        if self._loading_text or not self.controller.ready or self.target.text == self._loaded_text:
            return  # (load_text's own Changed arrives after the load: same text, nothing to keep)
        self.stop_pending()
        self._pending_timer = self.set_timer(PENDING_DELAY, self.flush_pending)

    def stop_pending(self) -> None:
        if self._pending_timer is not None:
            self._pending_timer.stop()

    def flush_pending(self) -> None:
        self.controller.set_pending(self.controller.current, self.target.text)


def term_index(controller: EditorController) -> TermIndex | None:
    """Every target term of the glossary, for autocomplete (built once, in a worker)."""
    try:
        glossary = controller.assist.glossary()
        return TermIndex.from_glossary(glossary, controller.lang) if glossary is not None else None
    except Exception:  # noqa: BLE001 - autocomplete only loses the glossary's other terms
        return None
