"""Precision and recall of term recognition on the annotated sentences in data/."""

from __future__ import annotations

import pytest

from tests.glossary.testset import evaluate, load


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_precision_and_recall_on_the_sample_glossary(sample, lang: str) -> None:
    precision, recall, expected, sentences, mistakes = evaluate(sample, lang)
    print(
        f"\n{lang}: {sentences} sentences, {expected} expected hits, "
        f"precision {precision:.3f}, recall {recall:.3f}"
    )
    for mistake in mistakes:
        print("  ", mistake)
    assert sentences >= 150
    assert precision >= 0.99, mistakes
    assert recall >= 0.97, mistakes


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_set_has_near_misses_and_inflected_forms(lang: str) -> None:
    sentences = load(lang)
    without_hits = [s for s in sentences if not s.expected]
    assert len(without_hits) >= 25
    spans = [s.text[a:b] for s in sentences for a, b, _id, _bad in s.expected]
    assert len(set(spans)) >= 100


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_precision_and_recall_on_text_nobody_here_wrote(sample, lang: str) -> None:
    """data/heldout_*.txt: the seeds, the sample's translations, Debian's catalogs, news."""
    precision, recall, expected, sentences, mistakes = evaluate(sample, lang, "heldout")
    print(f"\nheld out {lang}: {sentences} sentences, {expected} hits, "
          f"precision {precision:.3f}, recall {recall:.3f}")  # fmt: skip
    assert sentences >= 100 and expected >= 20
    assert precision >= 0.99, mistakes
    assert recall >= 0.97, mistakes
