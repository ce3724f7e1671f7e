"""Sentences aligned inside each paragraph link, with the paragraph pass's dictionary.

A paragraph link's sentences are aligned by the same costs in a small full grid; the
sentences of a 1-0 or 0-1 paragraph link get null links. Sentence indices count through the
whole document (the n-th sentence of the text), like paragraph indices.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbench.domain.align.aligner import BEADS, Link, scored_links
from workbench.domain.align.cost import BeadCost, CostParams
from workbench.domain.align.dp import best_path, full_band
from workbench.domain.align.features import Dictionary, UnitFeatures, unit_features, with_dictionary
from workbench.domain.glossary.model import Glossary
from workbench.domain.segment import split_sentences


@dataclass(frozen=True, slots=True)
class Sentences:
    texts: list[str]
    paragraph_of: list[int]  # paragraph index of each sentence
    first_of: list[int]  # index of each paragraph's first sentence (and the total at the end)


def split_paragraphs(paragraphs: Sequence[str], lang: str) -> Sentences:
    texts: list[str] = []
    paragraph_of: list[int] = []
    first_of: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        first_of.append(len(texts))
        spans = split_sentences(paragraph, lang) or [(0, len(paragraph))]
        for start, end in spans:
            texts.append(paragraph[start:end])
            paragraph_of.append(index)
    first_of.append(len(texts))
    return Sentences(texts, paragraph_of, first_of)


def align_sentences(
    paragraph_links: Sequence[Link],
    source: Sentences,
    target: Sentences,
    source_lang: str,
    target_lang: str,
    dictionary: Dictionary,
    ratio: float,
    glossary: Glossary | None = None,
    extra_source_keys: Sequence[Sequence[str]] | None = None,
    extra_target_keys: Sequence[Sequence[str]] | None = None,
    params: CostParams | None = None,
) -> list[Link]:
    # between short units length is the strongest signal: the paragraph pass's allowances for
    # loose translations (a capped length cost, neighbours competing for a merged unit) stay off
    params = replace(params or CostParams(), length_cap=math.inf, merge_competition=0.0)
    links: list[Link] = []
    for paragraph_link in paragraph_links:
        source_ids = _sentence_ids(paragraph_link.source, source)
        target_ids = _sentence_ids(paragraph_link.target, target)
        if not source_ids or not target_ids:
            links += [Link((i,), (), paragraph_link.score) for i in source_ids]
            links += [Link((), (j,), paragraph_link.score) for j in target_ids]
            continue
        if len(source_ids) == 1 and len(target_ids) == 1:
            links.append(Link((source_ids[0],), (target_ids[0],), paragraph_link.score))
            continue
        source_units = _features(
            source, source_ids, source_lang, glossary, extra_source_keys, dictionary, False
        )
        target_units = _features(
            target, target_ids, target_lang, glossary, extra_target_keys, dictionary, True
        )
        cost = BeadCost(source_units, target_units, params, ratio)
        n, m = len(source_units), len(target_units)
        path = best_path(n, m, BEADS, cost, full_band(n, m))
        for link in scored_links(path, cost):
            score = (
                min(link.score, paragraph_link.score) if link.source and link.target else link.score
            )
            links.append(
                Link(
                    tuple(source_ids[k] for k in link.source),
                    tuple(target_ids[k] for k in link.target),
                    round(score, 3),
                    link.similarity,
                )
            )
    return links


def _features(
    sentences: Sentences,
    ids: Sequence[int],
    lang: str,
    glossary: Glossary | None,
    extra_keys: Sequence[Sequence[str]] | None,
    dictionary: Dictionary,
    target: bool,
) -> list[UnitFeatures]:
    return [
        with_dictionary(
            unit_features(sentences.texts[i], lang, glossary, _extra(extra_keys, i)),
            dictionary,
            target,
        )
        for i in ids
    ]


def _sentence_ids(paragraphs: Sequence[int], sentences: Sentences) -> list[int]:
    ids: list[int] = []
    for paragraph in paragraphs:
        ids.extend(range(sentences.first_of[paragraph], sentences.first_of[paragraph + 1]))
    return ids


def _extra(keys: Sequence[Sequence[str]] | None, index: int) -> Sequence[str]:
    return keys[index] if keys is not None else ()
