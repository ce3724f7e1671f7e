"""The term dialog (add or edit a glossary entry).

The dialog only collects the fields; the caller writes glossary.yml through
`workbench.domain.glossary` (round-trip, atomic). Several variants of a term are separated
by ";" (the first is the preferred one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Button, Input, Label

from workbench.domain.glossary import Entry
from workbench.tui.dialogs.frame import SHORT_BREAKPOINTS, Dialog

VARIANT_SEPARATOR = ";"


@dataclass(frozen=True, slots=True)
class TermFields:
    source: str  # variants separated by ";"
    target: str
    note: str = ""
    gloss: str = ""  # short gloss in the target language, for first use in a text

    @staticmethod
    def variants(text: str) -> list[str]:
        return [part.strip() for part in text.split(VARIANT_SEPARATOR) if part.strip()]

    @classmethod
    def of_entry(cls, entry: Entry, source_lang: str, lang: str) -> TermFields:
        joiner = f"{VARIANT_SEPARATOR} "
        return cls(
            joiner.join(entry.terms.get(source_lang, [])),
            joiner.join(entry.terms.get(lang, [])),
            entry.note,
            entry.gloss.get(lang, ""),
        )

    def terms(self, source_lang: str, lang: str) -> dict[str, list[str]]:
        terms = {source_lang: self.variants(self.source)}
        if self.variants(self.target):
            terms[lang] = self.variants(self.target)
        return terms

    def applied_to(self, entry: Entry, source_lang: str, lang: str) -> Entry:
        """A copy of `entry` with these fields (other languages and fields kept)."""
        terms = dict(entry.terms)
        terms.pop(lang, None)
        terms.update(self.terms(source_lang, lang))
        gloss = {k: v for k, v in entry.gloss.items() if k != lang}
        if self.gloss.strip():
            gloss[lang] = self.gloss.strip()
        return replace(entry, terms=terms, gloss=gloss, note=self.note.strip())


class TermDialog(Dialog[TermFields | None]):
    """Source term, target term, note, gloss. ctrl+s or enter in the last field saves."""

    DEFAULT_CSS = """
    TermDialog .dialog Label.field { margin-top: 1; color: $text-muted; }
    TermDialog Horizontal { height: auto; margin-top: 1; }
    TermDialog Button { margin-right: 2; }
    """
    VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True, id="dialog.save"),
    ]

    def __init__(
        self, title: str, fields: TermFields, source_lang: str, lang: str, focus_target: bool
    ) -> None:
        super().__init__(title, "enter: next field / save · ctrl+s: save · escape: cancel")
        self.fields = fields
        self.source_lang = source_lang
        self.lang = lang
        self.focus_target = focus_target

    def body(self) -> ComposeResult:
        fields = self.fields
        yield Label(f"source term ({self.source_lang}; variants separated by ;)", classes="field")
        yield Input(fields.source, id="term-source")
        yield Label(f"target term ({self.lang})", classes="field")
        yield Input(fields.target, id="term-target")
        yield Label("note", classes="field")
        yield Input(fields.note, id="term-note")
        yield Label(f"gloss on first use ({self.lang}, optional)", classes="field")
        yield Input(fields.gloss, id="term-gloss")
        with Horizontal():
            yield Button("Save", variant="primary", id="term-save")
            yield Button("Cancel", id="term-cancel")

    def on_mount(self) -> None:
        wanted = "#term-target" if self.focus_target else "#term-source"
        self.query_one(wanted, Input).focus()

    def value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "term-gloss":
            self.action_save()
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "term-save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        fields = TermFields(
            self.value("term-source"),
            self.value("term-target"),
            self.value("term-note"),
            self.value("term-gloss"),
        )
        if not TermFields.variants(fields.source):
            self.notify("The source term is required.", severity="warning")
            self.query_one("#term-source", Input).focus()
            return
        self.dismiss(fields)
