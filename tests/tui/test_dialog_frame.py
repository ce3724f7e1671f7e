"""The modal dialogs share one frame (workbench.tui.dialogs.frame.Dialog): its box, title and
hint, and its escape. A new modal screen uses it, or is named here with the reason."""

from __future__ import annotations

import importlib
import pkgutil

from textual.app import App
from textual.screen import ModalScreen
from textual.widgets import Label

import workbench.tui
from tests.tui.pilot_helpers import until
from workbench.tui.dialogs.frame import Dialog
from workbench.tui.dialogs.history import HistoryDialog
from workbench.tui.dialogs.prompt import TextPrompt

# modal screens with a layout of their own (not the dialog frame)
OWN_LAYOUT = {
    "HelpScreen": "a scrolling table with a border title, no title label",
    "PreviewScreen": "a full-height viewer: status line, title and hint without spacing",
}


def modal_screens() -> dict[str, type]:
    for module in pkgutil.walk_packages(workbench.tui.__path__, "workbench.tui."):
        importlib.import_module(module.name)
    found: dict[str, type] = {}
    pending: list[type] = list(ModalScreen.__subclasses__())
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if cls.__module__.startswith("workbench.tui.") and cls is not Dialog:
            found[cls.__name__] = cls
    return found


def test_every_modal_screen_uses_the_frame_or_says_why() -> None:
    screens = modal_screens()
    assert {"ConfirmDialog", "ConcordanceScreen", "SpellingDialog"} <= set(screens)
    outside = sorted(name for name, cls in screens.items() if not issubclass(cls, Dialog))
    assert outside == sorted(OWN_LAYOUT)


async def test_the_frame_lays_out_title_body_hint_and_escape_cancels() -> None:
    results: list[str | None] = []
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(TextPrompt("A reason?", "why"), results.append)
        await until(pilot, lambda: isinstance(app.screen, TextPrompt) and app.screen.query(".hint"))
        box = app.screen.query_one(".dialog")
        kinds = [(type(w).__name__, sorted(w.classes)) for w in box.children]
        assert kinds == [("Label", ["title"]), ("Input", []), ("Label", ["hint"])]
        assert app.screen.query_one(".title", Label).styles.text_style.bold
        await pilot.press("escape")
        await until(pilot, lambda: results == [None])


async def test_a_dialog_adds_its_own_css_to_the_frame() -> None:
    app: App[None] = App()
    async with app.run_test(size=(200, 60)) as pilot:
        app.push_screen(HistoryDialog("s1", []))
        await until(
            pilot, lambda: isinstance(app.screen, HistoryDialog) and app.screen.query(".hint")
        )
        box = app.screen.query_one(".dialog")
        assert box.styles.width is not None and box.styles.width.value == 90  # its own
        assert box.styles.border_top[0] == "thick"  # the frame's
        assert app.screen.styles.align == ("center", "middle")  # the frame's
