"""Inline markup inside a segment that a translator must keep as it is.

Each format lists its patterns; `protected_spans` of a format returns the (start, end) offsets
of the matches in a segment's text, sorted and without overlaps. The TUI shows them as
placeholders, QA checks that a translation keeps them, and `tokens` gives their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int]

HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
HTML_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]*"  # name
    r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*"  # attributes
    r"\s*/?>"
)
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'«»]+|\bwww\.[^\s<>\"'«»]+\.[^\s<>\"'«»]+")
URL_TRAILING_PUNCTUATION = ".,;:!?'\"»”’"

HTML_PATTERNS: tuple[re.Pattern[str], ...] = (HTML_COMMENT, HTML_TAG, ENTITY)


def pattern_spans(text: str, patterns: Iterable[re.Pattern[str]]) -> list[Span]:
    spans: list[Span] = []
    for pattern in patterns:
        spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def url_spans(text: str) -> list[Span]:
    """Bare URLs, without trailing sentence punctuation or an unbalanced closing bracket."""
    spans: list[Span] = []
    for match in URL.finditer(text):
        start, end = match.span()
        while end > start:
            last = text[end - 1]
            unbalanced = last == ")" and text.count("(", start, end) < text.count(")", start, end)
            if last in URL_TRAILING_PUNCTUATION or unbalanced:
                end -= 1
            else:
                break
        spans.append((start, end))
    return spans


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, with overlapping or touching-inside spans merged, empty spans dropped."""
    merged: list[Span] = []
    for start, end in sorted(span for span in spans if span[0] < span[1]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def html_protected_spans(text: str) -> list[Span]:
    """Tags, comments, entities and URLs: what plain text may carry inline."""
    spans: list[Span] = []
    if "<" in text or "&" in text:
        spans = pattern_spans(text, HTML_PATTERNS)
    if "://" in text or "www." in text:
        spans.extend(url_spans(text))
    return merge_spans(spans) if spans else spans


def tokens(text: str, spans: Iterable[Span]) -> list[str]:
    """The protected pieces of `text`, in order (what a translation must contain too)."""
    return [text[start:end] for start, end in spans]


def has_letter_outside(text: str, spans: list[Span]) -> bool:
    """True when some letter of `text` lies outside the protected spans (it needs translating)."""
    cursor = 0
    for start, end in spans:
        if any(char.isalpha() for char in text[cursor:start]):
            return True
        cursor = max(cursor, end)
    return any(char.isalpha() for char in text[cursor:])


# ---- Markdown inline syntax ---------------------------------------------------------------

CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
LINK = re.compile(
    r"(?P<open>!?\[)(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*"
    r"(?P<close>\]\((?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)|\]\[[^\[\]]*\])"
)
EMPHASIS_RUN = re.compile(r"\*{1,3}|_{1,3}|~~")
BACKSLASH_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")


def markdown_protected_spans(text: str) -> list[Span]:
    """Code spans, autolinks, link and image syntax, emphasis markers, HTML, escapes, URLs."""
    spans = _html_code_and_autolinks(text)
    if "\\" in text:
        spans.extend(match.span() for match in BACKSLASH_ESCAPE.finditer(text))
    if "]" in text:
        for match in LINK.finditer(text):
            spans.append(match.span("open"))
            spans.append(match.span("close"))
    if "*" in text or "_" in text or "~" in text:
        spans.extend(emphasis_marker_spans(text))
    return merge_spans(spans) if spans else spans


def markdown_unbreakable_spans(text: str) -> list[Span]:
    """Inline constructs a sentence break must not cut: code, links, tags, URLs."""
    spans = _html_code_and_autolinks(text)
    if "]" in text:
        spans.extend(match.span() for match in LINK.finditer(text))
    return merge_spans(spans) if spans else spans


def _html_code_and_autolinks(text: str) -> list[Span]:
    """Tags, comments, entities, URLs, code spans and autolinks (not merged yet)."""
    present = [pattern for mark, pattern in (("`", CODE_SPAN), ("<", AUTOLINK)) if mark in text]
    return html_protected_spans(text) + pattern_spans(text, present)


def emphasis_marker_spans(text: str) -> list[Span]:
    """Runs of `*`, `_` or `~~` that can open or close emphasis (CommonMark flanking rules)."""
    spans: list[Span] = []
    for match in EMPHASIS_RUN.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        left_flanking = not after.isspace() and (not _is_punctuation(after) or _is_boundary(before))
        right_flanking = not before.isspace() and (
            not _is_punctuation(before) or _is_boundary(after)
        )
        if match.group().startswith("_"):
            opens = left_flanking and (not right_flanking or _is_punctuation(before))
            closes = right_flanking and (not left_flanking or _is_punctuation(after))
        else:
            opens, closes = left_flanking, right_flanking
        if opens or closes:
            spans.append((start, end))
    return spans


def _is_punctuation(char: str) -> bool:
    return not char.isalnum() and not char.isspace()


def _is_boundary(char: str) -> bool:
    return char.isspace() or _is_punctuation(char)
