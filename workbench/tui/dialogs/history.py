"""A segment's versions, newest first (who, when, state); enter restores the one chosen."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.editing.history import Version
from workbench.tui.dialogs.frame import Dialog


def version_line(version: Version) -> Text:
    line = Text()
    line.append(f"{version.number}{'*' if version.current else ' '} ", style="bold")
    line.append(f"{version.state:<10} ", style="cyan")
    line.append(f"{version.by or '?'} · {version.at or '?'}\n", style="dim")
    line.append(f"   {version.text}")
    return line


class HistoryDialog(Dialog[int | None]):
    """Returns the number of the version to restore (None: escape)."""

    DEFAULT_CSS = (
        "HistoryDialog .dialog { width: 90; }"
        " HistoryDialog OptionList { height: auto; max-height: 16; }"
    )

    def __init__(self, segment_id: str, versions: Sequence[Version]) -> None:
        super().__init__(
            f"Versions of {segment_id} (newest first)",
            "enter: restore the version · escape: close",
        )
        self.segment_id = segment_id
        self.versions = list(versions)

    def body(self) -> ComposeResult:
        if self.versions:
            yield OptionList(*[Option(version_line(v), id=str(v.number)) for v in self.versions])
        else:
            yield Label("Not translated yet: no versions.")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0) or None)
