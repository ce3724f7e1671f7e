"""punctuation, typography and repeated-words.

punctuation: end punctuation differs, unbalanced brackets or quotes.
typography: the target language's quote style (« » in Russian, “ ” in English), double
spaces, leading or trailing whitespace that differs from the source.
repeated-words: "the the", "и и" (unless the source repeats the word too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from workbench.domain.langtags import primary_subtag
from workbench.domain.qa.base import Hit, QAContext, segment_check

CLOSERS = "\"'»“”’)]}>*_ \t\n\u00a0"
END_MARKS = {".": ".", "!": "!", "?": "?", "…": "…", ":": ":", ";": ";", "。": "."}
BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))
QUOTE_PAIRS = (("«", "»"), ("“", "”"))
LIST_MARKER = re.compile(r"(?:^|\s)[\w]{1,2}\)")
TOKEN = re.compile(r"\S+")
TOKEN_EDGES = ",.;:!?…«»“”\"'()"
DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
QUOTE_STYLE = {  # language: (quotes that belong, quotes to replace, advice)
    "ru": ("«»„“", '"“”', "« »"),
    "uk": ("«»„“", '"“”', "« »"),
    "be": ("«»„“", '"“”', "« »"),
    "en": ("“”‘’", '«»„"', "“ ”"),
}


BRACKET_CHARS = {
    opening: re.compile(f"[{re.escape(opening + closing)}]")
    for opening, closing in (*BRACKETS, *QUOTE_PAIRS)
}
FOREIGN_QUOTES = {
    foreign: re.compile(f"[{re.escape(foreign)}]")
    for _belongs, foreign, _advice in QUOTE_STYLE.values()
}


def end_mark(text: str) -> str:
    stripped = text.rstrip(CLOSERS)
    if stripped.endswith("..."):
        return "…"
    return END_MARKS.get(stripped[-1:], "") if stripped else ""


def _end_message(source_end: str, target_end: str) -> str:
    if not target_end:
        return f"no end punctuation, but the source ends with {source_end!r}"
    if not source_end:
        return f"ends with {target_end!r}, but the source has no end punctuation"
    return f"ends with {target_end!r}, but the source ends with {source_end!r}"


@segment_check("punctuation", "warning", "end punctuation differs; unbalanced brackets or quotes")
def check_punctuation(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    source_end, target_end = end_mark(source), end_mark(target)
    if source_end != target_end and not (source_end in ":;" and target_end in ".:;—"):
        yield Hit(
            _end_message(source_end, target_end),
            start=max(0, len(target.rstrip()) - 1),
            end=len(target.rstrip()),
        )
    source_quotes: set[str] | None = None  # the source's quote imbalance, computed once
    for opening, closing in (*BRACKETS, *QUOTE_PAIRS):
        if opening not in target and closing not in target:
            continue
        if opening == "“" and "„" in target + source:
            continue  # „German-style“ quotes close with “
        if _balanced(target, opening, closing) or not _balanced(source, opening, closing):
            continue
        if (opening, closing) in QUOTE_PAIRS:
            # A quotation spanning segments is open (or closed) in the source too, in the
            # source language's quotes: « » in a Russian target mirror “ ” or " in English.
            source_quotes = _quote_imbalance(source) if source_quotes is None else source_quotes
            if _imbalance(target, opening, closing) & source_quotes:
                continue
        yield Hit(
            f"unbalanced {opening}{closing} in the translation",
            start=_first(target, opening, closing),
            end=None,
        )
    if target.count('"') % 2 and not source.count('"') % 2:
        source_quotes = _quote_imbalance(source) if source_quotes is None else source_quotes
        if not source_quotes:
            yield Hit('odd number of " quotes in the translation', start=target.find('"'))


def _quote_imbalance(text: str) -> set[str]:
    """Which way the quotes of `text` are unbalanced, in any style: {"open"}: a quotation is
    opened and not closed; {"close"}: one is closed that was not opened; both for an odd
    number of straight quotes, whose direction is not known."""
    found: set[str] = set()
    for opening, closing in QUOTE_PAIRS:
        if opening in text or closing in text:
            found |= _imbalance(text, opening, closing)
    if text.count("„"):  # „German-style“ quotes close with “ (or ”)
        found |= _imbalance(text.replace("“", "”"), "„", "”")
    if text.count('"') % 2:
        found |= {"open", "close"}
    return found


def _imbalance(text: str, opening: str, closing: str) -> set[str]:
    """{"open"} when a quotation stays open at the end, {"close"} when one closes before it
    opens (both can be true: `» ... «`), empty when balanced."""
    depth, lowest = 0, 0
    for char in BRACKET_CHARS.get(opening, re.compile(f"[{opening}{closing}]")).findall(text):
        depth += 1 if char == opening else -1
        lowest = min(lowest, depth)
    found = set()
    if lowest < 0:
        found.add("close")
    if depth > lowest:
        found.add("open")
    return found


def _balanced(text: str, opening: str, closing: str) -> bool:
    if opening == "(" and LIST_MARKER.search(text):
        text = LIST_MARKER.sub(" ", text)
    if text.count(opening) != text.count(closing):
        return False
    depth = 0
    for char in BRACKET_CHARS[opening].findall(text):
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _first(text: str, opening: str, closing: str) -> int:
    positions = [position for position in (text.find(opening), text.find(closing)) if position >= 0]
    return min(positions) if positions else 0


@segment_check(
    "typography",
    "info",
    "quote style of the target language, double spaces, leading/trailing "
    "whitespace that differs from the source",
)
def check_typography(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    style = QUOTE_STYLE.get(primary_subtag(context.target_lang))
    if style is not None:
        _belongs, foreign, advice = style
        for match in FOREIGN_QUOTES[foreign].finditer(target):
            index, char = match.start(), match.group()
            if not _inner_quote(target, index, primary_subtag(context.target_lang)):
                yield Hit(
                    f"quote {char!r}: {primary_subtag(context.target_lang)} uses {advice}",
                    start=index,
                    end=index + 1,
                )
                break
    if "  " in target:
        for match in DOUBLE_SPACE.finditer(target):
            if not DOUBLE_SPACE.search(source):
                yield Hit("double space", "warning", start=match.start(), end=match.end())
    if _leading(source) != _leading(target):
        yield Hit(
            "leading whitespace differs from the source",
            "warning",
            start=0,
            end=len(_leading(target)),
        )
    if _trailing(source) != _trailing(target):
        end = len(target)
        yield Hit(
            "trailing whitespace differs from the source",
            "warning",
            start=end - len(_trailing(target)),
            end=end,
        )


def _inner_quote(text: str, index: int, lang: str) -> bool:
    """„inner“ quotes inside «outer» ones are right in Russian."""
    if lang not in ("ru", "uk", "be") or text[index] != "“":
        return False
    before = text[:index]
    return before.count("«") > before.count("»") or before.count("„") > before.count("“")


def _leading(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trailing(text: str) -> str:
    return text[len(text.rstrip()) :]


@segment_check("repeated-words", "warning", 'the same word twice in a row ("the the")')
def check_repeated_words(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    if not _may_repeat(target):
        return
    source_repeats = None
    for start, end, word in repeated_words(target):
        if source_repeats is None:
            source_repeats = {repeat.casefold() for _s, _e, repeat in repeated_words(source)}
        if word.casefold() in source_repeats:
            continue
        yield Hit(f"repeated word {word!r}", start=start, end=end)


def _may_repeat(text: str) -> bool:
    """Cheap test first: most segments have no word twice in a row."""
    folded = [token.strip(TOKEN_EDGES) for token in text.casefold().split()]
    return any(first and first == second for first, second in pairwise(folded))


def repeated_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of a word written twice in a row ("the the", "2023 2023", "— —").

    With a comma between ("no, no") only words of 5+ characters count: short ones are
    often repeated on purpose.
    """
    previous: tuple[int, str, str] | None = None
    for match in TOKEN.finditer(text):
        raw = match.group()
        core = raw.strip(TOKEN_EDGES)
        if not core:
            previous = None
            continue
        if previous is not None:
            start, previous_raw, previous_core = previous
            trailing = previous_raw[len(previous_raw.rstrip(TOKEN_EDGES)) :]
            if core.casefold() == previous_core.casefold() and not any(
                mark in trailing for mark in ".!?…"
            ):
                if not trailing.strip("»”\"')") or (len(core) >= 5 and trailing in (",", ";")):
                    yield start, match.end(), previous_core
        previous = (match.start(), raw, core)
