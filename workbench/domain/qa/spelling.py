"""spelling: words of the translation that the language's dictionary does not know.

The speller (`context.speller`: Hunspell, the project dictionary and the glossary's words,
built by `workbench.app.quality.spelling`) is None when no dictionary is installed for the target
language; then the check finds nothing. Glossary terms in any form, names inside a sentence,
acronyms, placeholders and words copied from the source are never flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.domain.qa.base import Hit, QAContext, segment_check
from workbench.domain.qa.terminology import find_terms
from workbench.domain.spelling import WORD, find_misspellings


@segment_check(
    "spelling",
    "warning",
    "a word of the translation is in neither the language's dictionary, "
    "the glossary nor the project dictionary (add it: workbench spell add WORD)",
)
def check_spelling(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    speller = context.speller
    if speller is None or not target:
        return
    skip = [(hit.start, hit.end) for hit in find_terms(target, context.target_lang, context)]
    if context.protected_spans is not None:
        skip += context.protected_spans(target, context.fmt)
    in_source = set(WORD.findall(source))
    for found in find_misspellings(
        target,
        context.target_lang,
        speller,
        glossary_words=speller.glossary_words,
        skip=skip,
    ):
        if found.word not in in_source:
            yield Hit(
                f"possible misspelling {found.word!r}", None, "target", found.start, found.end
            )
