"""The plain-text format: paragraphs, wrapped lines, skeleton, placeholders."""

from __future__ import annotations

from workbench.formats import text
from workbench.formats.base import render
from workbench.formats.registry import format_for_path, parse_document, protected_spans


def seg_texts(source: str, lang: str = "en", paragraph_only: bool = False) -> list[str]:
    return [segment.text for segment in text.parse(source, lang, paragraph_only).segments]


def test_blank_lines_separate_paragraphs_and_sentences_are_split():
    source = "First one. Second one.\n\n\n  Third paragraph.  \n"
    document = text.parse(source, "en")
    assert [s.text for s in document.segments] == ["First one.", "Second one.", "Third paragraph."]
    assert [s.line for s in document.segments] == [1, 1, 4]
    assert {s.context for s in document.segments} == {"paragraph"}


def test_hard_wrapped_paragraph_is_one_span_with_normalised_text():
    source = "This sentence is wrapped\r\n   over two lines. Next.\r\n"
    document = text.parse(source, "en")
    first = document.segments[0]
    assert first.text == "This sentence is wrapped over two lines."
    assert source[first.start : first.end] == "This sentence is wrapped\r\n   over two lines."
    assert render(document, ["Это предложение.", "Далее."]) == "Это предложение. Далее.\r\n"


def test_long_lines_are_paragraphs_of_their_own():
    long_line = "A long paragraph line " * 6
    source = f"Anton Kravtsov (No Future)\n{long_line.strip()}.\nshort last line here"
    assert seg_texts(source) == [
        "Anton Kravtsov (No Future)",
        long_line.strip() + ".",
        "short last line here",
    ]


def test_short_lines_in_wrapped_block_start_paragraphs_and_list_markers_stay():
    source = "Rev Dia\n17 February 2019\n- first item\n- second item\n"
    document = text.parse(source, "en")
    assert [s.text for s in document.segments] == [
        "Rev Dia",
        "17 February 2019",
        "first item",
        "second item",
    ]
    assert render(document, ["A", "B", "C", "D"]) == "A\nB\n- C\n- D\n"


def test_lines_without_letters_stay_in_the_skeleton():
    source = "12345\n\n---\n\nhttps://example.org/path\n\nText.\n"
    assert seg_texts(source) == ["Text."]


def test_paragraph_only_keeps_whole_paragraphs():
    source = "One. Two.\n\nThree.\n"
    assert seg_texts(source, paragraph_only=True) == ["One. Two.", "Three."]


def test_protected_spans_for_inline_html_and_entities():
    segment = "Retrieved on 26<sup>th</sup> January &amp; more"
    spans = protected_spans(segment, "text")
    assert [segment[a:b] for a, b in spans] == ["<sup>", "</sup>", "&amp;"]
    assert text.protected_spans("No markup here.") == []


def test_registry_picks_formats_by_suffix():
    assert format_for_path("sources/a.md") == "markdown"
    assert format_for_path("notes.MARKDOWN") == "markdown"
    assert format_for_path("a.txt") == "text"
    assert format_for_path("README") == "text"
    document = parse_document("# Title\n", "markdown", "en")
    assert [s.text for s in document.segments] == ["Title"]
    assert [s.text for s in parse_document("# Title\n", "text", "en").segments] == ["# Title"]


def test_empty_and_whitespace_documents():
    for source in ["", "\n", "\r\n\r\n", " \t\u00a0 \n"]:
        document = text.parse(source, "en")
        assert document.segments == ()
        assert render(document, []) == source
