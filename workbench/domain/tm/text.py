"""Text handling shared by the memory: normalisation, tokens, numbers and placeholders."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")

# Inline placeholders seen in catalogs and documents: printf (%s, %1$d, %(name)s), braces
# ({0}, {name}, {{x}}), markup tags (<b>, </a>, <br/>), shell/template variables, entities.
PLACEHOLDER = (
    r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdifuxXoeEgGcp@]"
    r"|%\(\w+\)[sdif]"
    r"|\{\{?[\w.:-]*\}?\}"
    r"|</?[A-Za-z][^<>]{0,60}>"
    r"|\$\{?\w+\}?"
    r"|&#?\w+;"
)
NUMBER = r"\d+(?:[.,]\d+)*"
_TOKEN = re.compile(rf"(?P<ph>{PLACEHOLDER})|(?P<num>{NUMBER})|(?P<word>\w+)|(?P<space>\s+)|.")
NUM_MARK = "\x01#"
PH_MARK = "\x01%"


def normalise(text: str) -> str:
    """What retrieval compares: NFC, case-folded, whitespace runs as one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) for every token; kinds: ph, num, word, space, punct. Joins back to text."""
    result = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        result.append((kind, match.group()))
    return result


@lru_cache(maxsize=8192)
def score_tokens(text: str) -> tuple[str, ...]:
    """Words as scored for translators: case-folded, numbers and placeholders as one mark."""
    result = []
    for kind, token in tokens(unicodedata.normalize("NFC", text)):
        if kind == "word":
            result.append(token.casefold())
        elif kind == "num":
            result.append(NUM_MARK)
        elif kind == "ph":
            result.append(PH_MARK)
    return tuple(result)


def variables(text: str) -> list[str]:
    """Numbers and placeholders in order of appearance."""
    return [token for kind, token in tokens(text) if kind in ("num", "ph")]


def masked(text: str) -> str:
    """The text with each number and placeholder replaced by a mark."""
    parts = []
    for kind, token in tokens(text):
        parts.append(NUM_MARK if kind == "num" else PH_MARK if kind == "ph" else token)
    return "".join(parts)
