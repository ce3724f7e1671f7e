"""A screen whose keys are the keymap's rows of one scope, named once in its class line:
`class EditorScreen(KeyedScreen, scope="editor")`. The command palette lists the same rows."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.screen import Screen

from workbench.tui import keymap


class KeyedScreen(Screen[None]):
    KEYMAP_SCOPE: ClassVar[str] = ""

    def __init_subclass__(cls, scope: str = "", **kwargs: Any) -> None:
        if scope:  # before Textual merges the class's bindings
            cls.KEYMAP_SCOPE = scope
            cls.BINDINGS = keymap.bindings(scope)
        super().__init_subclass__(**kwargs)
