"""The help screen: every action and its keys (after the user's keymap)."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.tui.keymap import ACTIONS, keys_for

KEYS_WIDTH = 22  # long key lists wrap: the descriptions keep most of a narrow screen
SCOPES = {"editor": "Editor", "overview": "Overview", "app": "Everywhere", "grid": "Grid"}
NOTES = """\
Typing goes into the translation. enter confirms and moves on; ctrl+j (or alt+enter) inserts a
line break (terminals do not pass shift+enter). Moving away keeps an unconfirmed edit as a draft.
Work is journaled on every confirm and saved to the PO file within seconds and on quit.
Keys can be changed in ~/.config/workbench/keymap.toml or <project>/.workbench/keymap.toml
(see docs/keymap.md). ctrl+p opens the command palette with every action."""


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "close", "Close", id="help.close")]

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help: every key"
            body.border_subtitle = "up/down: scroll · escape: close"
            yield Static(self.table())
            yield Static(NOTES, id="help-notes")

    def table(self) -> Table:
        table = Table(title="workbench keys", expand=True, show_edge=False)
        table.add_column("where", style="dim", no_wrap=True)
        table.add_column("keys", style="bold cyan", max_width=KEYS_WIDTH)
        table.add_column("action")
        for spec in ACTIONS:
            keys = keys_for(spec.id, self.keymap).replace(",", ", ")
            table.add_row(SCOPES.get(spec.scope, spec.scope), keys, spec.description)
        for keys, what in (
            ("up, down, pageup, pagedown, home, end", "move in the grid (when it has focus)"),
            ("ctrl+p", "command palette"),
        ):
            table.add_row("Grid" if "up" in keys else "Everywhere", keys, what)
        return table

    def action_close(self) -> None:
        self.dismiss(None)
