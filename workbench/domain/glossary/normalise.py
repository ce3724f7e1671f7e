"""Text normalisation and tokenisation shared by the glossary matcher.

Matching works on *tokens*: runs of letters and digits (an apostrophe inside a word keeps
it whole: "Azat's"). Everything between two tokens is a *gap*; a multi-word term matches
when the gaps between its words hold only spaces, hyphens and quotes, so "Центр «Э»",
"Центр "Э"" and "центре Э" are the same term.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

TOKEN = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
QUOTES = "«»\"“”„‟‹›'‘’‚‛`″‶＂〝〞"
OPENING_QUOTES = "«“„‹‘‚"
HYPHENS = "-‐‑‒–—"
# Characters that may sit between the words of a multi-word term.
JOINERS = frozenset(" \t\u00a0\u202f\u2009" + QUOTES + HYPHENS)
MAX_GAP = 4

_FOLD = str.maketrans({"ё": "е", "’": "'", "ʼ": "'", "\u0301": None})


class Token(NamedTuple):
    start: int
    end: int
    text: str  # as it appears


@lru_cache(maxsize=262_144)
def normalise_word(word: str) -> str:
    """NFC, casefold, ё -> е, one apostrophe, no stress marks."""
    folded = unicodedata.normalize("NFC", word).casefold().translate(_FOLD)
    return folded.replace("ё", "е")


# A UI accelerator mark between two lower-case letters is not a word break: ke&ys,
# Boo&kmarked, под_чёркивания (AT&T and MAX_ARGS keep theirs).
ACCELERATED = re.compile(r"[^\W_]+(?:(?:['’ʼ]|(?<=[^\W\d_])[&_](?=[^\W\d_]))[^\W_]+)*")


def _is_lower_letter(char: str) -> bool:
    return char.isalpha() and char.islower()


def tokenize(text: str) -> list[Token]:
    if "&" not in text and "_" not in text:
        return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    tokens = []
    for match in ACCELERATED.finditer(text):
        word, start = match.group(), match.start()
        pieces = re.split(r"([&_])", word)
        if len(pieces) == 1:
            tokens.append(Token(start, match.end(), word))
            continue
        # split again where a mark is not between two lower-case letters
        cursor, current, current_start = 0, "", start
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                current += piece
                cursor += len(piece)
                continue
            before, after = pieces[index - 1][-1:], pieces[index + 1][:1]
            if _is_lower_letter(before) and _is_lower_letter(after):
                cursor += 1  # an accelerator: dropped from the word
                continue
            tokens.append(Token(current_start, start + cursor, current))
            cursor += 1
            current, current_start = "", start + cursor
        tokens.append(Token(current_start, start + cursor, current))
    return tokens


_JOINING = re.compile("[" + re.escape("".join(sorted(JOINERS))) + f"]{{1,{MAX_GAP}}}")


MARKUP_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)(\s[^<>]*)?(/?)>")
QUOTED_VALUE = re.compile(r"=\s*(\"[^\"]*\"|'[^']*')")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The names inside markup tags (`<filename>%1</filename>`, `<font color="red">`,
    `<br/>`): not text, so never a term. A tag counts as markup when it closes, is closed
    in the same text, has attributes or closes itself; a lone placeholder (`<key>`) is a
    word the reader sees. A quoted attribute value (`title="Open file"`) is text."""
    if "<" not in text:
        return []
    tags = list(MARKUP_TAG.finditer(text))
    closed = {tag.group(2).lower() for tag in tags if tag.group(1)}
    spans = []
    for tag in tags:
        slash, name, attributes, self_closing = tag.groups()
        if not (slash or self_closing or attributes or name.lower() in closed):
            continue
        cursor = tag.start()
        for value in QUOTED_VALUE.finditer(text, tag.start(), tag.end()):
            spans.append((cursor, value.start(1) + 1))
            cursor = value.end(1) - 1
        spans.append((cursor, tag.end()))
    return spans


URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"'«»]+", re.IGNORECASE)


def non_text_spans(text: str) -> list[tuple[int, int]]:
    """Markup tags and URLs: where no term is looked for."""
    spans = markup_spans(text)
    if "://" in text or "www." in text:
        spans += [match.span() for match in URL.finditer(text)]
    return spans


def is_joining_gap(gap: str, extra: str = "") -> bool:
    """True when `gap` may separate two words of one term (spaces, hyphens, quotes)."""
    if _JOINING.fullmatch(gap):
        return True
    if not extra or not gap or len(gap) > MAX_GAP:
        return False
    return all(char in JOINERS or char in extra for char in gap)


def is_acronym(word: str) -> bool:
    """All capitals, at most 6 letters (SIZO, ФСБ, E): matched whole, never lemmatised."""
    letters = [char for char in word if char.isalpha()]
    return 0 < len(letters) <= 6 and all(char.isupper() for char in letters)


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in word)


def term_words(term: str) -> list[str]:
    """The words of a glossary term as they are written."""
    return [m.group() for m in TOKEN.finditer(unicodedata.normalize("NFC", term))]


def term_gaps(term: str) -> list[str]:
    """The characters between the words of a term (used to allow e.g. "205.2")."""
    term = unicodedata.normalize("NFC", term)
    matches = list(TOKEN.finditer(term))
    return [term[a.end() : b.start()] for a, b in zip(matches, matches[1:], strict=False)]


def term_key(term: str) -> tuple[str, ...]:
    """What makes two terms "the same" for duplicate detection."""
    return tuple(normalise_word(word) for word in term_words(term))
