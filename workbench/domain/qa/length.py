"""length: the translation is much longer or shorter than the source would predict."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.domain.langtags import primary_subtag
from workbench.domain.qa.base import Hit, QAContext, segment_check

MIN_SOURCE_CHARS = 40
# Expected target/source length in characters for a language pair (measured on prose;
# Russian runs ~10% longer than English). Pairs not listed expect 1.0.
EXPECTED_RATIO = {
    ("en", "ru"): 1.1,
    ("en", "uk"): 1.1,
    ("en", "be"): 1.1,
    ("en", "de"): 1.2,
    ("en", "fr"): 1.15,
    ("en", "es"): 1.15,
}


def expected_ratio(source_lang: str, target_lang: str) -> float:
    pair = (primary_subtag(source_lang), primary_subtag(target_lang))
    if pair in EXPECTED_RATIO:
        return EXPECTED_RATIO[pair]
    reverse = (pair[1], pair[0])
    return 1 / EXPECTED_RATIO[reverse] if reverse in EXPECTED_RATIO else 1.0


def tolerance(source_chars: int) -> float:
    """How far from the expected ratio is still normal: wider for short segments."""
    return 2.5 if source_chars < 100 else 2.0


@segment_check(
    "length",
    "warning",
    f"the translation is much longer or shorter than expected (sources of "
    f"{MIN_SOURCE_CHARS}+ characters)",
)
def check_length(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    source_lang, target_lang = context.source_lang, context.target_lang
    source_chars = len(source.strip())
    if source_chars < MIN_SOURCE_CHARS:
        return
    ratio = len(target.strip()) / source_chars / expected_ratio(source_lang, target_lang)
    limit = tolerance(source_chars)
    if ratio > limit:
        yield Hit(
            f"the translation is {ratio:.1f} times longer than expected", start=0, end=len(target)
        )
    elif ratio < 1 / limit:
        yield Hit(
            f"the translation is {1 / ratio:.1f} times shorter than expected",
            start=0,
            end=len(target),
        )
