"""The annotated sentences in data/: [[text|entry-id]] marks an expected hit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
MARK = re.compile(r"\[\[(.+?)\|(!?)([\w.\-]+)\]\]")

Span = tuple[int, int, str, bool]  # start, end, entry id, forbidden


@dataclass(frozen=True)
class Sentence:
    text: str
    expected: frozenset[Span]
    line: int


def parse_line(raw: str, line: int) -> Sentence:
    parts: list[str] = []
    expected: set[Span] = set()
    cursor = 0
    length = 0
    for match in MARK.finditer(raw):
        before = raw[cursor : match.start()]
        parts.append(before)
        length += len(before)
        text = match.group(1)
        expected.add((length, length + len(text), match.group(3), match.group(2) == "!"))
        parts.append(text)
        length += len(text)
        cursor = match.end()
    parts.append(raw[cursor:])
    return Sentence("".join(parts), frozenset(expected), line)


def load(lang: str, name: str = "testset") -> list[Sentence]:
    """The sentences of data/<name>_<lang>.txt."""
    sentences = []
    lines = (DATA / f"{name}_{lang}.txt").read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate(lines, start=1):
        if raw.strip() and not raw.startswith("#"):
            sentences.append(parse_line(raw, number))
    return sentences


def evaluate(
    glossary, lang: str, name: str = "testset"
) -> tuple[float, float, int, int, list[str]]:
    """(precision, recall, expected hits, sentences, mistakes) for a test set of `lang`."""
    true_positive = predicted = expected = 0
    mistakes: list[str] = []
    sentences = load(lang, name)
    for sentence in sentences:
        hits = glossary.find(sentence.text, lang) + glossary.find_forbidden(sentence.text, lang)
        found = {(h.start, h.end, h.entry.id, h.forbidden) for h in hits}
        true_positive += len(found & sentence.expected)
        predicted += len(found)
        expected += len(sentence.expected)
        for start, end, entry_id, bad in sorted(found - sentence.expected):
            mistakes.append(
                f"{lang}:{sentence.line}: unexpected {sentence.text[start:end]!r} {entry_id}{' (forbidden)' if bad else ''}"
            )
        for start, end, entry_id, _bad in sorted(sentence.expected - found):
            mistakes.append(
                f"{lang}:{sentence.line}: missed {sentence.text[start:end]!r} {entry_id}"
            )
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    return precision, recall, expected, len(sentences), mistakes
