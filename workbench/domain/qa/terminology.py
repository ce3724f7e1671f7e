"""terminology: glossary terms translated as the glossary says, in any word form.

Works on the project's `Glossary` (loaded by the runner): `find(text, lang)` and
`find_forbidden(text, lang)` return `TermHit`s. Without a glossary the check finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.domain.glossary.entry import Entry, TermHit
from workbench.domain.glossary.model import Glossary
from workbench.domain.langtags import primary_subtag
from workbench.domain.qa.base import Hit, QAContext, segment_check


@segment_check(
    "terminology",
    "warning",
    "a glossary term's translation is missing, a forbidden variant is used, "
    "a do-not-translate term was changed, or a term's words disagree in case or number",
)
def check_terminology(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    source_lang, target_lang = context.source_lang, context.target_lang
    glossary = context.glossary
    if glossary is None:
        return
    source_hits = find_terms(source, source_lang, context)
    if source_hits:
        target_entries = {_entry_key(hit.entry) for hit in find_terms(target, target_lang, context)}
        folded_target = target.casefold()
        seen: set[str | int] = set()
        for hit in source_hits:
            key = _entry_key(hit.entry)
            if key in seen:
                continue
            seen.add(key)
            yield from _check_source_term(hit, target_lang, target_entries, folded_target)
    yield from _forbidden(glossary, target, target_lang)
    if primary_subtag(target_lang) == "ru":
        yield from _disagreeing(target, target_lang, context)


def _check_source_term(
    hit: TermHit, target_lang: str, target_entries: set[str | int], folded_target: str
) -> Iterator[Hit]:
    entry = hit.entry
    own_target_terms = getattr(entry, "terms", {}).get(target_lang)
    if getattr(entry, "dnt", False) and not own_target_terms:
        # Kept as it is (an acronym, a name in the same script); a name with a spelling of its
        # own in the target language (Азат Мифтахов) is checked like any other term below.
        if hit.text.casefold() not in folded_target:
            yield Hit(
                f"do-not-translate term {hit.text!r} is not in the translation",
                "error",
                "source",
                hit.start,
                hit.end,
            )
        return
    wanted = _terms(entry, target_lang)
    if wanted and _entry_key(entry) not in target_entries:
        choices = " / ".join(wanted[:3])
        yield Hit(
            f"glossary: {hit.text!r} should be translated as {choices!r}",
            None,
            "source",
            hit.start,
            hit.end,
        )


def _forbidden(glossary: Glossary, target: str, target_lang: str) -> Iterator[Hit]:
    finder = getattr(glossary, "find_forbidden", None)
    if finder is None or not target:
        return
    for hit in finder(target, target_lang):
        wanted = _terms(hit.entry, target_lang)
        advice = f" (use {' / '.join(wanted[:3])!r})" if wanted else ""
        yield Hit(f"forbidden variant {hit.text!r}{advice}", "error", "target", hit.start, hit.end)


def _disagreeing(target: str, target_lang: str, context: QAContext) -> Iterator[Hit]:
    """Terms whose words are in different cases or numbers: "Дело Азата Мифтахов"."""
    from workbench.domain.glossary.agreement import agreement_problem

    for hit in find_terms(target, target_lang, context):
        problem = agreement_problem(hit.text, hit.term)
        if problem:
            yield Hit(problem, None, "target", hit.start, hit.end)


def dnt_spans(text: str, lang: str, context: QAContext) -> list[tuple[int, int]]:
    """Spans of do-not-translate glossary terms in `text` (none without a glossary)."""
    return [
        (hit.start, hit.end)
        for hit in find_terms(text, lang, context)
        if getattr(hit.entry, "dnt", False)
    ]


def find_terms(text: str, lang: str, context: QAContext) -> list[TermHit]:
    """Glossary hits in `text`, remembered for the unit being checked (checks share them)."""
    if context.glossary is None or not text:
        return []
    key = (text, lang)
    hits = context.memo.get(key)
    if hits is None:
        hits = context.memo[key] = list(context.glossary.find(text, lang))
    return hits


def _terms(entry: Entry, lang: str) -> list[str]:
    terms = getattr(entry, "terms", {}) or {}
    found = terms.get(lang) or terms.get(primary_subtag(lang)) or []
    return [found] if isinstance(found, str) else list(found)


def _entry_key(entry: Entry) -> str | int:
    return getattr(entry, "id", None) or id(entry)
