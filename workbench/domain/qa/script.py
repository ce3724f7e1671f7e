"""script: letters of the wrong alphabet.

Cyrillic left in an English text ("Но recently"), Latin in a Russian text outside names,
acronyms and URLs, and words that mix alphabets (homoglyphs: "Сourt" with a Cyrillic С).
GUIDE: no language detector catches these; the Unicode script of each word does.
Regular expressions do the scanning (this runs on every segment of the project).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.domain.qa.base import Hit, QAContext, Severity, Side, segment_check
from workbench.domain.qa.terminology import dnt_spans
from workbench.domain.qa.text import inside, is_acronym, lang_script, url_spans

LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
CYRILLIC = "\u0400-\u052f"
RUNS = {"latin": re.compile(f"[{LATIN}]+"), "cyrillic": re.compile(f"[{CYRILLIC}]+")}
MIXED_PAIR = re.compile(f"[{LATIN}][{CYRILLIC}]|[{CYRILLIC}][{LATIN}]")
LETTERS = re.compile(f"[{LATIN}{CYRILLIC}]+")
NAMES = {"latin": "Latin", "cyrillic": "Cyrillic"}


@segment_check(
    "script",
    "error",
    "Cyrillic left in a Latin-script text, Latin in a Cyrillic text (outside names, "
    "acronyms, URLs), words mixing alphabets",
    needs_target=False,
)
def check_script(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    if target:
        yield from _scan(target, context.target_lang, source, context, "target")
    yield from _scan(source, context.source_lang, "", context, "source")


def _scan(text: str, lang: str, other: str, context: QAContext, side: Side) -> Iterator[Hit]:
    expected = lang_script(lang)
    ascii_only = text.isascii()
    mixed_words = [] if ascii_only else list(_homoglyph_words(text))
    for start, end in mixed_words:
        word = text[start:end]
        yield Hit(
            f"{word!r} mixes Latin and Cyrillic letters (a look-alike letter?)",
            "error" if side == "target" else "warning",
            side,
            start,
            end,
        )
    if expected is None or (ascii_only and expected == "latin"):
        return
    foreign = "cyrillic" if expected == "latin" else "latin"
    if foreign == "latin" and side == "source":
        return  # names and titles in Latin letters are normal in a Cyrillic source
    yield from _foreign_runs(text, lang, foreign, other, context, side, mixed_words)


def _homoglyph_words(text: str) -> Iterator[tuple[int, int]]:
    last_end = -1
    for pair in MIXED_PAIR.finditer(text):
        if pair.start() < last_end:
            continue
        word = LETTERS.match(text, _word_start(text, pair.start()))
        if word is not None:
            last_end = word.end()
            yield word.span()


def _word_start(text: str, index: int) -> int:
    while index > 0 and LETTERS.match(text[index - 1]):
        index -= 1
    return index


def _foreign_runs(
    text: str,
    lang: str,
    foreign: str,
    other: str,
    context: QAContext,
    side: Side,
    mixed_words: list[tuple[int, int]],
) -> Iterator[Hit]:
    runs = [m for m in RUNS[foreign].finditer(text) if not inside(m.start(), mixed_words)]
    if foreign == "latin":
        runs = [m for m in runs if not _latin_allowed(m.group(), other)]
    if not runs:
        return
    keep = url_spans(text) + dnt_spans(text, lang, context)
    spans: list[tuple[int, int]] = []
    for match in runs:
        if inside(match.start(), keep) or _touches_letters(text, match.start(), match.end()):
            continue
        if spans and not any(char.isalpha() for char in text[spans[-1][1] : match.start()]):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append(match.span())
    severity: Severity = "error" if foreign == "cyrillic" else "warning"
    if side == "source":
        severity = "warning"
    where = "translation" if side == "target" else "source"
    for start, end in spans:
        yield Hit(
            f"{NAMES[foreign]} text {text[start:end]!r} in a {lang} {where}",
            severity,
            side,
            start,
            end,
        )


def _touches_letters(text: str, start: int, end: int) -> bool:
    """Part of a longer word in another alphabet (reported as a homoglyph instead)."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


def _latin_allowed(word: str, source: str) -> bool:
    """Acronyms, and names kept as they are in the source, may stay in Latin letters."""
    return is_acronym(word) or (word[:1].isupper() and word in source)
