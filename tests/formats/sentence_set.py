"""The held-out sentence sets in data/: paragraphs with their gold sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / "data"
Splitter = Callable[[str], list[tuple[int, int]]]


def paragraphs(lang: str) -> list[list[str]]:
    """Each paragraph as its list of gold sentences."""
    found: list[list[str]] = [[]]
    for line in (DATA / f"sentences_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if found[-1]:
                found.append([])
            continue
        found[-1].append(line)
    return [paragraph for paragraph in found if paragraph]


def boundaries(spans: list[tuple[int, int]]) -> set[int]:
    """Where sentences end, except the last one's end."""
    return {end for _start, end in spans[:-1]}


def errors(lang: str, split: Splitter) -> tuple[int, int, list[str]]:
    """(boundary errors, gold sentences, mistakes): a missed or a spurious break is one error."""
    total = sentences = 0
    mistakes = []
    for gold in paragraphs(lang):
        text = " ".join(gold)
        expected, cursor = [], 0
        for sentence in gold:
            expected.append((cursor, cursor + len(sentence)))
            cursor += len(sentence) + 1
        found = split(text)
        wrong = boundaries(expected) ^ boundaries(found)
        total += len(wrong)
        sentences += len(gold)
        for at in sorted(wrong):
            kind = "spurious" if at in boundaries(found) else "missed"
            mistakes.append(
                f"{kind} break: ...{text[max(0, at - 40) : at]} | {text[at : at + 25]}..."
            )
    return total, sentences, mistakes
