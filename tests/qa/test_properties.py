"""Properties every check keeps on any text: no exception, spans inside the text they name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.domain.model import Unit
from workbench.domain.qa import QAContext, check_unit

ALPHABET = st.sampled_from(
    list("abcXYZ абвСЖЁ 0123456789.,;:!?()[]«»“”\"'<>/%{}*_-—…\u00a0\t\n")
    + ["<b>", "</b>", "%s", "{name}", "**", "the", "и", "ст.", "Article", "февраля", "May"]
)
TEXT = st.lists(ALPHABET, max_size=40).map("".join)


@settings(max_examples=100, deadline=None)
@given(
    source=TEXT,
    target=TEXT,
    pair=st.sampled_from([("en", "ru"), ("ru", "en")]),
    fmt=st.sampled_from(["text", "markdown", "html"]),
)
def test_findings_are_well_formed(source: str, target: str, pair: tuple[str, str], fmt: str):
    ctx = QAContext(pair[0], pair[1], fmt=fmt)
    for finding in check_unit(Unit("s-1", source, target), ctx):
        assert finding.severity in ("error", "warning", "info")
        assert finding.message and "\n" not in finding.message
        text = source if finding.side == "source" else target
        if finding.start is not None:
            assert 0 <= finding.start <= len(text)
        if finding.end is not None:
            assert finding.start is not None and finding.start <= finding.end <= len(text)


@settings(max_examples=50, deadline=None)
@given(text=TEXT)
def test_a_text_checked_against_itself_has_no_number_or_markup_errors(text: str):
    findings = check_unit(Unit("s-1", text, text), QAContext("en", "en-GB", fmt="html"))
    assert not [f for f in findings if f.check in ("numbers", "markup") and f.severity == "error"]
