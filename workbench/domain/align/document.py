"""Align two documents: paragraphs first, then the sentences inside linked paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from workbench.domain.align.aligner import Evidence, Link, align_features
from workbench.domain.align.cost import CostParams
from workbench.domain.align.features import unit_features
from workbench.domain.align.lexicon import builtin_lexicon
from workbench.domain.align.sentences import Sentences, align_sentences, split_paragraphs
from workbench.domain.glossary.model import Glossary

KnownTranslations = Callable[[str], Iterable[str]]  # source sentence -> targets from the memory


@dataclass(frozen=True, slots=True)
class DocumentAlignment:
    source_paragraphs: list[str]
    target_paragraphs: list[str]
    paragraph_links: list[Link]
    source_sentences: Sentences
    target_sentences: Sentences
    sentence_links: list[Link]
    evidence: Evidence


def memory_key(text: str) -> str:
    return "x:" + " ".join(text.casefold().split())


def align_documents(
    source_paragraphs: Sequence[str],
    target_paragraphs: Sequence[str],
    source_lang: str,
    target_lang: str,
    glossary: Glossary | None = None,
    known_translations: KnownTranslations | None = None,
    params: CostParams | None = None,
    use_lexicon: bool = True,
) -> DocumentAlignment:
    """`use_lexicon`: start from the built-in English-Russian lexicon (for those two
    languages only; other pairs rely on anchors and the dictionary learned on the way)."""
    source_sentences = split_paragraphs(source_paragraphs, source_lang)
    target_sentences = split_paragraphs(target_paragraphs, target_lang)
    source_keys: list[list[str]] | None = None
    target_keys: list[list[str]] | None = None
    if known_translations is not None:
        source_keys = [
            [memory_key(found) for found in known_translations(text)]
            for text in source_sentences.texts
        ]
        target_keys = [[memory_key(text)] for text in target_sentences.texts]
    source = [
        unit_features(
            text, source_lang, glossary, _paragraph_keys(source_keys, source_sentences, i)
        )
        for i, text in enumerate(source_paragraphs)
    ]
    target = [
        unit_features(
            text, target_lang, glossary, _paragraph_keys(target_keys, target_sentences, j)
        )
        for j, text in enumerate(target_paragraphs)
    ]
    lexicon = builtin_lexicon(source_lang, target_lang) if use_lexicon else None
    units = align_features(source, target, params, lexicon=lexicon)
    sentence_links = align_sentences(
        units.links,
        source_sentences,
        target_sentences,
        source_lang,
        target_lang,
        units.dictionary,
        units.ratio,
        glossary,
        source_keys,
        target_keys,
        params,
    )
    return DocumentAlignment(
        list(source_paragraphs),
        list(target_paragraphs),
        units.links,
        source_sentences,
        target_sentences,
        sentence_links,
        units.evidence,
    )


def _paragraph_keys(
    keys: list[list[str]] | None, sentences: Sentences, paragraph: int
) -> list[str]:
    if keys is None:
        return []
    start, stop = sentences.first_of[paragraph], sentences.first_of[paragraph + 1]
    return [key for index in range(start, stop) for key in keys[index]]
