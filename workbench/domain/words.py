"""The one word count: progress figures, review plans and the memory's analysis all count alike.

A hyphenated or elided word is one word (`SIZO-1`, `don't`, `из-за`); punctuation is none.
"""

from __future__ import annotations

import re

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text: str) -> int:
    return len(WORD.findall(text))
