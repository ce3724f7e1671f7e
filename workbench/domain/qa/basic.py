"""untranslated and unchanged: the translation is missing or is a copy of the source."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.domain.qa.base import Hit, QAContext, segment_check
from workbench.domain.qa.terminology import dnt_spans
from workbench.domain.qa.text import inside, is_acronym, letter_runs, normalise, url_spans


@segment_check("untranslated", "warning", "the segment has no translation", needs_target=False)
def check_untranslated(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    if source.strip() and not target.strip():
        yield Hit("not translated")


@segment_check(
    "unchanged",
    "warning",
    "the translation is a copy of the source (except acronyms, numbers, URLs, "
    "do-not-translate terms)",
)
def check_unchanged(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    same = normalise(source) == normalise(target)
    if not same or must_stay_as_is(source, context.source_lang, context):
        return
    yield Hit("the translation is the same as the source", start=0, end=len(target))


def must_stay_as_is(text: str, lang: str, context: QAContext) -> bool:
    """True when every word is an acronym, part of a URL or a do-not-translate term."""
    keep = url_spans(text) + dnt_spans(text, lang, context)
    for match in letter_runs(text):
        if is_acronym(match.group()) or inside(match.start(), keep):
            continue
        return False
    return True
