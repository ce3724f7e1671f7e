"""Enter in a dialog whose enter applies: an open drop-down list takes it first.

The dialogs bind enter (with priority) to "apply", so that it works from any field; without
this, enter on an open Select's list applied the dialog with the old value, and the choice
(an annotation's label, a search's scope) could not be changed from the keyboard."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import OptionList, Select


def enter_taken_by_open_list(screen: Screen[Any]) -> bool:
    """True when an open Select list took the enter (its highlighted option chosen). A
    closed Select opens with space or the arrows; enter on it applies the dialog."""
    focused = screen.focused
    if isinstance(focused, OptionList) and isinstance(focused.parent, Select):
        focused.action_select()
        return True
    return False
