"""Protected inline markup: spans, tokens and the letter rule."""

from __future__ import annotations

from workbench.formats.placeholders import (
    has_letter_outside,
    html_protected_spans,
    merge_spans,
    tokens,
    url_spans,
)
from workbench.formats.registry import protected_spans


def test_sup_bold_and_links_as_placeholders():
    text = "On 26<sup>th</sup> January **Azat** was [sentenced](https://x.org/a_(b))."
    assert tokens(text, protected_spans(text, "markdown")) == [
        "<sup>", "</sup>", "**", "**", "[", "](https://x.org/a_(b))",
    ]  # fmt: skip
    assert tokens(text, protected_spans(text, "text")) == ["<sup>", "</sup>", "https://x.org/a_(b)"]


def test_urls_lose_trailing_punctuation_and_unbalanced_brackets():
    text = "See https://example.org/path. And (http://a.org/x)."
    assert tokens(text, url_spans(text)) == ["https://example.org/path", "http://a.org/x"]


def test_html_comments_entities_and_attributes():
    text = 'A <a href="x.html" class=big>link</a> &nbsp;&#8212; <!-- note --> end'
    assert tokens(text, html_protected_spans(text)) == [
        '<a href="x.html" class=big>', "</a>", "&nbsp;", "&#8212;", "<!-- note -->",
    ]  # fmt: skip


def test_a_lone_less_than_sign_is_not_a_tag():
    assert html_protected_spans("if a < b and c > d") == []


def test_merge_spans_and_letter_rule():
    assert merge_spans([(5, 8), (0, 2), (1, 3), (8, 9), (4, 4)]) == [(0, 3), (5, 8), (8, 9)]
    assert not has_letter_outside("<br/> 12 <hr>", [(0, 5), (9, 13)])
    assert has_letter_outside("<b>x</b> ok", [(0, 3), (4, 8)])
    assert has_letter_outside("Текст", [])
