"""Language tags (BCP 47) as files write them: `ru`, `ru-RU`, `RU_ru`, `en-GB`.

Two tags name the same language when their primary subtags agree (case-insensitive, `_` read
as `-`): a TMX whose header says `srclang="ru"` may hold `xml:lang="ru-RU"` variants, a PO
may say `Language: ru_RU`. A file's tag is named as the project names the language.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache


def folded(tag: str) -> str:
    return tag.strip().replace("_", "-").lower()


@lru_cache(maxsize=256)
def primary_subtag(tag: str) -> str:
    """ "pt_BR" -> "pt", "en-GB" -> "en": the language, whatever the region."""
    return folded(tag).split("-", 1)[0]


def same_language(a: str, b: str) -> bool:
    primary = primary_subtag(a)
    return bool(primary) and primary == primary_subtag(b)


def project_language(tag: str, langs: Iterable[str]) -> str | None:
    """The project's code for `tag` (an exact match first, then by primary subtag)."""
    langs = tuple(langs)
    for lang in langs:
        if folded(lang) == folded(tag):
            return lang
    for lang in langs:
        if same_language(lang, tag):
            return lang
    return None
