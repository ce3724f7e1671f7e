"""markup: placeholders and inline markup of the source missing, added or out of order.

The protected spans of a segment come from the format registry
(`workbench.formats.registry.protected_spans`) when it is there; otherwise from the regular
expressions below (HTML/XML tags, entities, printf and brace placeholders, and Markdown
inline markers in Markdown documents). HTML inside a plain-text document ("26<sup>th</sup>")
is reported on the source side too: it usually came from a careless copy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from workbench.domain.errors import WorkbenchError
from workbench.domain.qa.base import Hit, QAContext, Severity, segment_check

TAG = r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>"
ENTITY = r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]\w*);"
PRINTF = r"%(?:\(\w+\)|\d+\$)?[-+#0]*\d*(?:\.\d+)?[sdifxXeEgGcr]\b"
BRACES = r"\$?\{\w*\}"
MARKDOWN = r"`[^`\n]+`|\]\([^)\s]+\)|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"
GENERIC = re.compile("|".join((TAG, ENTITY, PRINTF, BRACES)))
WITH_MARKDOWN = re.compile("|".join((TAG, ENTITY, PRINTF, BRACES, MARKDOWN)))
HTML_TAG = re.compile(TAG)


def fallback_spans(text: str, fmt: str) -> list[tuple[int, int]]:
    """Protected spans without the format registry."""
    if not any(char in text for char in "<&%{`*_]"):
        return []
    pattern = WITH_MARKDOWN if fmt == "markdown" else GENERIC
    return [match.span() for match in pattern.finditer(text)]


def spans_of(text: str, context: QAContext) -> list[tuple[int, int]]:
    spans = fallback_spans(text, context.fmt)
    if context.protected_spans is not None:
        try:
            spans = list(context.protected_spans(text, context.fmt))
        except WorkbenchError:  # a format the registry does not know: keep the fallback
            pass
    if context.fmt == "text" and "<" in text:
        spans.extend(match.span() for match in HTML_TAG.finditer(text))
        spans = sorted(set(spans))
    return spans


def _key(text: str) -> str:
    return " ".join(text.split())


@segment_check(
    "markup",
    "error",
    "placeholders and inline markup of the source missing, added or out of order",
    needs_target=False,
)
def check_markup(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    source_spans = spans_of(source, context)
    target_spans = spans_of(target, context)
    if not source_spans and not target_spans:
        return
    plain_text = context.fmt == "text"
    if plain_text:
        for start, end in source_spans:
            if HTML_TAG.fullmatch(source, start, end):
                yield Hit(
                    f"HTML markup {source[start:end]!r} in a plain-text document",
                    "warning",
                    "source",
                    start,
                    end,
                )
                break
    if not target:
        return  # untranslated: only the source-side warning above
    source_items = [_key(source[start:end]) for start, end in source_spans]
    target_items = [_key(target[start:end]) for start, end in target_spans]
    missing = Counter(source_items) - Counter(target_items)
    added = Counter(target_items) - Counter(source_items)
    severity: Severity | None = "warning" if plain_text else None
    for (start, end), item in zip(source_spans, source_items, strict=True):
        if missing[item] > 0:
            missing[item] -= 1
            yield Hit(f"{item!r} is missing from the translation", severity, "source", start, end)
    for (start, end), item in zip(target_spans, target_items, strict=True):
        if added[item] > 0:
            added[item] -= 1
            yield Hit(f"{item!r} is not in the source", severity, "target", start, end)
    common = Counter(source_items) & Counter(target_items)
    if _order(source_items, common) == _order(target_items, common):
        return
    start, end = target_spans[0]
    if _nested(source_items) and not _nested(target_items):
        yield Hit(
            "tags are out of order (a tag closes before it opens or overlaps another)",
            severity,
            "target",
            start,
            end,
        )
    else:
        yield Hit("markup is in a different order than in the source", "info", "target", start, end)


VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "source"})
TAG_NAME = re.compile(r"<(/?)([A-Za-z][\w:.-]*)")


def _nested(items: list[str]) -> bool:
    """True when the HTML tags among `items` open and close in a proper nesting."""
    stack: list[str] = []
    for item in items:
        match = TAG_NAME.match(item)
        if not match or item.endswith("/>") or match.group(2).lower() in VOID_TAGS:
            continue
        closing, name = match.groups()
        if not closing:
            stack.append(name.lower())
        elif not stack or stack.pop() != name.lower():
            return False
    return True


def _order(items: list[str], common: Counter[str]) -> list[str]:
    budget = Counter(common)
    ordered = []
    for item in items:
        if budget[item] > 0:
            budget[item] -= 1
            ordered.append(item)
    return ordered
