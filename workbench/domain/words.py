"""Counting words the way progress figures count them (hyphenated and elided words are one)."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text: str) -> int:
    return len(WORD.findall(text))
