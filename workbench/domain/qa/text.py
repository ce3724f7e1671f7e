"""Small text helpers the checks share: words, scripts, URLs, language families."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from workbench.domain.langtags import primary_subtag

LETTER_RUN = re.compile(r"[^\W\d_]+")
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|info|io|ru|ua|by|kz|de|uk|eu|fr|me|su|рф)\b[/\w.%?=&#-]*",
    re.IGNORECASE,
)

CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})
LATIN_LANGS = frozenset(
    {
        "en",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "nl",
        "pl",
        "cs",
        "sk",
        "sv",
        "da",
        "no",
        "nb",
        "fi",
        "et",
        "lv",
        "lt",
        "ro",
        "hu",
        "hr",
        "sl",
        "tr",
        "eo",
        "ca",
        "eu",
        "gl",
        "id",
        "ms",
        "uz",
    }
)


@lru_cache(maxsize=256)
def lang_script(code: str) -> str | None:
    """The script a language is written in ("latin", "cyrillic"), None when we don't know."""
    lang = primary_subtag(code)
    if lang in CYRILLIC_LANGS:
        return "cyrillic"
    if lang in LATIN_LANGS:
        return "latin"
    return None


def char_script(char: str) -> str:
    code = ord(char)
    if code < 0x80:
        return "latin" if char.isalpha() else "other"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
        return "latin" if char.isalpha() else "other"
    if 0x0370 <= code <= 0x03FF:
        return "greek"
    return "other"


def scripts_of(word: str) -> set[str]:
    return {char_script(char) for char in word} - {"other"}


def letter_runs(text: str) -> Iterator[re.Match[str]]:
    return LETTER_RUN.finditer(text)


def words(text: str) -> list[str]:
    return WORD.findall(text)


URL_HINT = re.compile(
    r"://|www\.|@|\.(?:org|com|net|info|io|ru|ua|by|kz|de|uk|eu|fr|me|su|рф)\b", re.IGNORECASE
)


def url_spans(text: str) -> list[tuple[int, int]]:
    if "." not in text and "@" not in text or not URL_HINT.search(text):
        return []
    return [match.span() for match in URL.finditer(text)]


def inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(span_start <= start < span_end for span_start, span_end in spans)


def is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def normalise(text: str) -> str:
    """For comparing texts: NFC, casefold, ё -> е, collapsed whitespace."""
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(text.split())
