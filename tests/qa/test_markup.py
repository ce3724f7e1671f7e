from __future__ import annotations

import pytest

from tests.qa.conftest import run_check, seed_text
from workbench.domain.qa.markup import fallback_spans


def test_seed_html_in_plain_text_is_reported_on_the_source():
    source = seed_text("26<sup>th</sup>")
    target = "Получено 26 января 2022 года из перевода revdia.org"
    findings = run_check("markup", source, target, fmt="text")
    assert any(f.side == "source" and "plain-text" in f.message for f in findings)
    missing = [source[f.start : f.end] for f in findings if "missing" in f.message]
    assert missing == ["<sup>", "</sup>"]
    assert all(f.severity == "warning" for f in findings)  # plain text: a warning


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Retrieved on <b>26 January</b>.", "Получено <b>26 января</b>.", "en", "ru"),
        ("Получено <b>26 января</b>.", "Retrieved on <b>26 January</b>.", "ru", "en"),
        ("Hello %s, you have %d.", "Привет, %s, у вас %d.", "en", "ru"),
        (
            'Read <a href="x.html">this</a> &amp; that.',
            'Читайте <a href="x.html">это</a> &amp; то.',
            "en",
            "ru",
        ),
    ],
)
def test_markup_kept(source, target, source_lang, target_lang):
    assert run_check("markup", source, target, source_lang, target_lang, fmt="html") == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "needle"),
    [
        ("Retrieved on <b>26 January</b>.", "Получено 26 января.", "en", "ru", "missing"),
        ("Получено 26 января.", "Retrieved on <i>26 January</i>.", "ru", "en", "not in the source"),
        ("Hello {name}!", "Привет!", "en", "ru", "missing"),
    ],
)
def test_markup_missing_or_added_is_an_error(source, target, source_lang, target_lang, needle):
    findings = run_check("markup", source, target, source_lang, target_lang, fmt="html")
    assert findings and all(f.severity == "error" for f in findings)
    assert any(needle in f.message for f in findings)


def test_tags_out_of_order():
    findings = run_check("markup", "<b>bold</b> text", "</b>жирный<b> текст", fmt="html")
    assert [(f.severity, "out of order" in f.message) for f in findings] == [("error", True)]


def test_reordered_but_well_nested_tags_are_info():
    findings = run_check(
        "markup", "<b>a</b> and <i>b</i>", "<i>б</i> и <b>а</b>", fmt="html", target_lang="ru"
    )
    assert [f.severity for f in findings] == ["info"]


def test_markdown_markers_in_markdown_documents():
    source = "The **FSB** storms [anarchists](https://x.org/a)."
    assert (
        run_check(
            "markup", source, "**ФСБ** штурмует [анархистов](https://x.org/a).", fmt="markdown"
        )
        == []
    )
    findings = run_check(
        "markup", source, "ФСБ штурмует [анархистов](https://x.org/b).", fmt="markdown"
    )
    assert {f.severity for f in findings} == {"error"} and len(findings) >= 2


def test_fallback_spans_ignore_prose():
    assert fallback_spans("50% of people, a*b and 3 < 4 > 2", "text") == []


def test_html_in_plain_text_source_is_reported_before_translation():
    source = seed_text("26<sup>th</sup>")
    findings = run_check("markup", source, "", fmt="text")
    assert [(f.side, f.severity) for f in findings] == [("source", "warning")]
    assert run_check("markup", source, "", fmt="html") == []


def test_with_the_format_registry_spans():
    registry = pytest.importorskip("workbench.formats.registry")
    spans = registry.protected_spans
    source = "The **FSB** storms [anarchists](https://x.org/a) at <b>dawn</b>."
    good = "**ФСБ** штурмует [анархистов](https://x.org/a) на <b>рассвете</b>."
    assert run_check("markup", source, good, protected_spans=spans, fmt="markdown") == []
    bad = "ФСБ штурмует [анархистов](https://x.org/b) на рассвете."
    findings = run_check("markup", source, bad, protected_spans=spans, fmt="markdown")
    assert findings and {f.severity for f in findings} == {"error"}
    # a format the registry does not know falls back to the built-in patterns
    assert run_check("markup", "<b>a</b>", "a", protected_spans=spans, fmt="nope")
