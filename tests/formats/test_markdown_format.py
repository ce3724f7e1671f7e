"""The Markdown format: only prose is segmented, markup stays in the skeleton."""

from __future__ import annotations

from workbench.formats import markdown
from workbench.formats.base import render

DOCUMENT = """---
title: Front matter stays
---
# Heading *one* #

Intro with **bold** text. See [the site. Really](http://x.org/a.b) now.
Wrapped line here.

Setext Heading
==============

- item one. Two sentences here.
- item two
  continues here
  1. nested ordered
     > quote in list

> Quote line one
> continues. Another sentence.

```python
code = "not translated"
```

    indented code stays

| Name | Role |
|------|:----:|
| Azat | Mathematician |
| `x|y` | a \\| b |

<div>
html block stays
</div>

[ref]: http://example.org "Title"

***
Final with 26<sup>th</sup> and <http://auto.link>.
"""

EXPECTED = [
    (4, "heading", "Heading *one*"),
    (6, "paragraph", "Intro with **bold** text."),
    (6, "paragraph", "See [the site. Really](http://x.org/a.b) now."),
    (7, "paragraph", "Wrapped line here."),
    (9, "heading", "Setext Heading"),
    (12, "list item", "item one."),
    (12, "list item", "Two sentences here."),
    (13, "list item", "item two continues here"),
    (15, "list item", "nested ordered"),
    (16, "quote", "quote in list"),
    (18, "quote", "Quote line one continues."),
    (19, "quote", "Another sentence."),
    (27, "table cell", "Name"),
    (27, "table cell", "Role"),
    (29, "table cell", "Azat"),
    (29, "table cell", "Mathematician"),
    (30, "table cell", "a \\| b"),
    (39, "paragraph", "Final with 26<sup>th</sup> and <http://auto.link>."),
]


def test_segments_contexts_and_lines():
    document = markdown.parse(DOCUMENT, "en")
    assert [(s.line, s.context, s.text) for s in document.segments] == EXPECTED


def test_translated_render_keeps_all_markup():
    document = markdown.parse(DOCUMENT, "en")
    output = render(document, [f"<<{n}>>" for n in range(len(document.segments))])
    for kept in [
        "---\ntitle: Front matter stays\n---\n# <<0>> #\n",
        "<<4>>\n==============\n",
        "- <<5>> <<6>>\n- <<7>>\n  1. <<8>>\n     > <<9>>\n",
        "> <<10>> <<11>>\n",
        '```python\ncode = "not translated"\n```\n\n    indented code stays\n',
        "| <<12>> | <<13>> |\n|------|:----:|\n| <<14>> | <<15>> |\n| `x|y` | <<16>> |\n",
        "<div>\nhtml block stays\n</div>\n",
        '[ref]: http://example.org "Title"\n\n***\n<<17>>\n',
    ]:
        assert kept in output


def test_paragraph_only_mode_keeps_paragraphs_whole():
    document = markdown.parse("- One. Two.\n\nThree. Four.\n", "en", paragraph_only=True)
    assert [s.text for s in document.segments] == ["One. Two.", "Three. Four."]


def test_list_item_does_not_interrupt_paragraph_unless_it_starts_at_one():
    document = markdown.parse("In the year\n2019. That was all.\n", "en")
    assert {s.context for s in document.segments} == {"paragraph"}
    assert document.segments[0].text == "In the year 2019."
    document = markdown.parse("Steps:\n1. first\n", "en")
    assert [(s.context, s.text) for s in document.segments] == [
        ("paragraph", "Steps:"),
        ("list item", "first"),
    ]


def test_unclosed_fence_runs_to_the_end_and_crlf_is_kept():
    source = "Text.\r\n\r\n```\r\ncode line\r\n"
    document = markdown.parse(source, "en")
    assert [s.text for s in document.segments] == ["Text."]
    assert render(document, ["Текст."]) == "Текст.\r\n\r\n```\r\ncode line\r\n"


def test_protected_spans_in_markdown_segments():
    segment = "It was **very** _bold_, see [docs](http://a.org) and `x_y` or ![alt](i.png)."
    spans = markdown.protected_spans(segment)
    assert [segment[a:b] for a, b in spans] == [
        "**", "**", "_", "_", "[", "](http://a.org)", "`x_y`", "![", "](i.png)",
    ]  # fmt: skip


def test_snake_case_and_arithmetic_are_not_emphasis():
    segment = "The snake_case name and 2 * 3 are plain."
    assert markdown.protected_spans(segment) == []


def test_code_only_paragraph_is_not_a_segment():
    assert markdown.parse("`just code`\n\n<http://x.org>\n", "en").segments == ()
