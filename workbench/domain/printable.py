"""Text from users' files made safe to show in a terminal.

A source, a file name or a comment may hold control characters: an escape sequence
(`ESC ] 0 ; title BEL`) printed as is changes the terminal's title, colours or worse, and a
lone carriage return hides what came before it on the line. `printable` shows each control
character as an escape (`\\u001b`, `\\r`) instead; new lines and tabs stay unless the text
must fit on one line.
"""

from __future__ import annotations

import re

# C0 controls but tab and new line, a carriage return not ending a line, DEL and C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
_CONTROLS_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\u{ord(char):04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with its control characters shown as escapes (new lines too with one_line)."""
    pattern = _CONTROLS_ONE_LINE if one_line else _CONTROLS
    return pattern.sub(_escaped, text)


def has_control_characters(text: str) -> bool:
    return _CONTROLS_ONE_LINE.search(text) is not None
