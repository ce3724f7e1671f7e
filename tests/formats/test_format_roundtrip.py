"""Property tests: the lossless round-trip contract of the text and Markdown formats.

- render(parse(t), [None] * n) == t for every document t;
- with every segment translated, the output is the skeleton with each span replaced;
- segments are ordered, disjoint, never start or end with whitespace, and show one line;
- in Markdown, code, HTML blocks, front matter and reference definitions never reach a
  segment, while every prose word does.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.formats import markdown, text
from workbench.formats.base import ParsedDocument, render

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS = {"text": text, "markdown": markdown}

EOLS = st.sampled_from(["\n", "\r\n", "\r"])
SPACE = st.sampled_from([" ", " ", " ", "\t", "\u00a0", "  "])
WORDS = st.sampled_from(
    ["Azat", "FSB", "the", "court", "СИЗО", "суд", "т.е.", "ст.", "205.2", "Mr.", "No.", "5",
     "«Сети»", "“Network”", "26<sup>th</sup>", "&amp;", "e.g.", "Art.", "А.", "С."]
)  # fmt: skip
ENDINGS = st.sampled_from(["", ".", ".", "!", "?", ",", ":", "…"])
TRAILING = st.sampled_from(["", "", " ", "  ", "\t", "\u00a0"])


@st.composite
def prose_line(draw: st.DrawFn, inline_markup: bool = False) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=8))
    if inline_markup:
        markup = st.sampled_from(["**bold**", "_it_", "`co de`", "[link](http://x.org/a.b)",
                                  "![img](i.png)", "<b>tag</b>", "<http://auto.org>"])  # fmt: skip
        words += draw(st.lists(markup, max_size=2))
        words = draw(st.permutations(words))
        words = ["Word", *words]
    parts = [words[0]]
    for word in words[1:]:
        parts.append(draw(SPACE) + word + draw(ENDINGS))
    indents = ["", " "] if inline_markup else ["", " ", "\t"]  # a tab would start Markdown code
    return draw(st.sampled_from(indents)) + "".join(parts) + draw(TRAILING)


@st.composite
def text_documents(draw: st.DrawFn) -> str:
    eol = draw(EOLS)
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["prose", "prose", "blank", "space", "long", "list", "digits"]))
        if kind == "prose":
            lines.append(draw(prose_line()))
        elif kind == "long":
            lines.append(" ".join(draw(prose_line()) for _ in range(8)))
        elif kind == "list":
            lines.append(draw(st.sampled_from(["- ", "* ", "1. ", "• "])) + draw(prose_line()))
        elif kind == "digits":
            lines.append("12 345 — 2019")
        elif kind == "space":
            lines.append(draw(st.sampled_from([" ", "\t", "\u00a0", "  \t"])))
        else:
            lines.append("")
        if draw(st.booleans()):
            eol = draw(EOLS)  # sometimes mixed line endings
        lines.append(eol)
    if lines and draw(st.booleans()):
        lines.pop()  # no final newline
    return "".join(lines)


def paragraph(draw: st.DrawFn, eol: str, prefix: str = "", lines: int = 3) -> str:
    count = draw(st.integers(1, lines))
    return eol.join(prefix + draw(prose_line(inline_markup=True)) for _ in range(count))


BLOCK_KINDS = "para atx setext list ordered quote fence indented html table reference rule".split()


@st.composite
def markdown_block(draw: st.DrawFn, eol: str) -> str:
    kind = draw(st.sampled_from(BLOCK_KINDS))
    line = prose_line(inline_markup=True)
    if kind == "para":
        return paragraph(draw, eol)
    if kind == "atx":
        closing = draw(st.sampled_from(["", " #", " ###"]))
        return "#" * draw(st.integers(1, 6)) + " " + draw(line) + closing
    if kind == "setext":
        return paragraph(draw, eol, lines=2) + eol + draw(st.sampled_from(["===", "---", "-"]))
    if kind in ("list", "ordered"):
        items = []
        for number in range(1, draw(st.integers(1, 4)) + 1):
            marker = f"{number}. " if kind == "ordered" else draw(st.sampled_from(["- ", "* "]))
            item = marker + draw(line)
            if draw(st.booleans()):
                item += eol + " " * len(marker) + draw(line)
            items.append(item)
        # a paragraph ends the list, so that an indented code block after it is code
        return eol.join(items) + eol + eol + "Word ends the list."
    if kind == "quote":
        return paragraph(draw, eol, prefix=draw(st.sampled_from(["> ", ">", "> > "])))
    if kind == "fence":
        fence = draw(st.sampled_from(["```", "~~~~", "```python"]))
        closing = fence.rstrip("python")
        return eol.join([fence, "CODEWORD = 'Azat. FSB'", "", "  CODEWORD", closing])
    if kind == "indented":
        return eol.join(["    CODEWORD indented.", "\tCODEWORD tabbed."])
    if kind == "html":
        return eol.join(["<div class='x'>", "HTMLWORD text. More HTMLWORD.", "</div>"])
    if kind == "table":
        row = "| " + draw(line).strip() + " | " + draw(line).strip() + " |"
        return eol.join([row, "|---|:--:|", row])
    if kind == "reference":
        return '[ref]: http://REFURL.org "Title"'
    return draw(st.sampled_from(["***", "---", "_ _ _"]))


@st.composite
def markdown_documents(draw: st.DrawFn) -> str:
    eol = draw(EOLS)
    blocks = [draw(markdown_block(eol)) for _ in range(draw(st.integers(0, 8)))]
    if draw(st.booleans()):
        blocks.insert(0, eol.join(["---", "FMKEY: Azat. Front matter.", "---"]))
    separators = [eol + draw(st.sampled_from(["", " ", "\t", "\u00a0 "])) + eol for _ in blocks]
    document = "".join(
        block + separator for block, separator in zip(blocks, separators, strict=True)
    )
    return document if draw(st.booleans()) else document.rstrip("\r\n")


def check_contract(document: ParsedDocument, source: str) -> None:
    segments = document.segments
    assert document.text == source
    assert render(document, [None] * len(segments)) == source
    cursor = 0
    for segment in segments:
        assert cursor <= segment.start < segment.end <= len(source)
        span = source[segment.start : segment.end]
        assert span == span.strip()
        assert "\n" not in segment.text and "\r" not in segment.text
        assert segment.line == len(re.findall(r"\r\n|\r|\n", source[: segment.start])) + 1
        cursor = segment.end
    markers = [f"<<{number}>>" for number in range(len(segments))]
    translated = render(document, markers)
    skeleton = []
    cursor = 0
    for segment in segments:
        skeleton.append(source[cursor : segment.start])
        cursor = segment.end
    skeleton.append(source[cursor:])
    assert re.split(r"<<\d+>>", translated) == skeleton
    assert re.findall(r"<<\d+>>", translated) == markers


@SETTINGS
@given(text_documents(), st.sampled_from(["en", "ru"]), st.booleans())
def test_text_documents_round_trip(source, lang, paragraph_only):
    check_contract(text.parse(source, lang, paragraph_only), source)


@SETTINGS
@given(markdown_documents(), st.sampled_from(["en", "ru"]), st.booleans())
def test_markdown_documents_round_trip(source, lang, paragraph_only):
    document = markdown.parse(source, lang, paragraph_only)
    check_contract(document, source)
    shown = " ".join(segment.text for segment in document.segments)
    for skeleton_word in ["CODEWORD", "HTMLWORD", "FMKEY", "REFURL"]:
        assert skeleton_word not in shown
    assert shown.count("Word") == source.count("Word")  # every prose line is segmented


ANY_TEXT = st.lists(
    st.sampled_from(list("ab Я.!?\t\r\n\u00a0#>-*_`[]()<>|=:1~&;\\") + ["\r\n", "```", "    "]),
    max_size=120,
).map("".join)


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["text", "markdown"]), st.sampled_from(["en", "ru"]))
def test_any_string_round_trips(source, fmt, lang):
    check_contract(FORMATS[fmt].parse(source, lang), source)
