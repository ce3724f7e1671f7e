"""script: letters of the wrong alphabet.

Cyrillic left in an English text ("Но recently"), Latin in a Russian text outside names,
acronyms and URLs, and words that mix alphabets (homoglyphs: "Сourt" with a Cyrillic С).
GUIDE: no language detector catches these; the Unicode script of each word does.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.qa.base import Hit, QAContext, Severity, Side, segment_check
from workbench.core.qa.terminology import dnt_spans
from workbench.core.qa.text import inside, is_acronym, lang_script, letter_runs, url_spans

NAMES = {"latin": "Latin", "cyrillic": "Cyrillic"}


@segment_check(
    "script",
    "error",
    "Cyrillic left in a Latin-script text, Latin in a Cyrillic text (outside names, "
    "acronyms, URLs), words mixing alphabets",
    needs_target=False,
)
def check_script(
    source: str, target: str, source_lang: str, target_lang: str, context: QAContext
) -> Iterator[Hit]:
    if target:
        yield from _scan(target, target_lang, source, context, "target")
    yield from _scan(source, source_lang, "", context, "source")


def _scan(text: str, lang: str, other: str, context: QAContext, side: Side) -> Iterator[Hit]:
    expected = lang_script(lang)
    if text.isascii():
        if expected == "cyrillic" and side == "target":
            yield from _foreign_runs(text, lang, expected, other, context)
        return
    yield from _homoglyphs(text, side)
    if expected is not None:
        yield from _foreign_runs(text, lang, expected, other, context, side)


def _homoglyphs(text: str, side: Side) -> Iterator[Hit]:
    for match in letter_runs(text):
        word = match.group()
        if word.isascii():
            continue
        scripts = {script for script in map(_script, word) if script}
        if len(scripts) > 1:
            yield Hit(
                f"{word!r} mixes Latin and Cyrillic letters (a look-alike letter?)",
                "error" if side == "target" else "warning",
                side,
                match.start(),
                match.end(),
            )


def _foreign_runs(
    text: str, lang: str, expected: str, other: str, context: QAContext, side: Side = "target"
) -> Iterator[Hit]:
    foreign = "cyrillic" if expected == "latin" else "latin"
    if foreign == "latin" and side == "source":
        return  # names and titles in Latin letters are normal in a Cyrillic source
    keep = url_spans(text) + dnt_spans(text, lang, context.glossary)
    spans: list[tuple[int, int]] = []
    for match in letter_runs(text):
        word = match.group()
        scripts = {script for script in map(_script, word) if script}
        if scripts != {foreign} or inside(match.start(), keep):
            continue
        if foreign == "latin" and _latin_allowed(word, other):
            continue
        if spans and not any(char.isalpha() for char in text[spans[-1][1] : match.start()]):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append(match.span())
    severity: Severity = "error" if foreign == "cyrillic" else "warning"
    if side == "source":
        severity = "warning"
    for start, end in spans:
        yield Hit(
            f"{NAMES[foreign]} text {text[start:end]!r} in a {lang} "
            f"{'translation' if side == 'target' else 'source'}",
            severity,
            side,
            start,
            end,
        )


def _latin_allowed(word: str, source: str) -> bool:
    """Acronyms, and names kept as they are in the source, may stay in Latin letters."""
    return is_acronym(word) or (word[:1].isupper() and word in source)


def _script(char: str) -> str | None:
    code = ord(char)
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if char.isascii() or 0x00C0 <= code <= 0x024F:
        return "latin"
    return None
