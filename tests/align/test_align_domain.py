"""The aligner on small pairs of our own: links, null links, merges, confidence, evidence."""

from __future__ import annotations

import json

from tests.align.conftest import DATA, paragraphs
from workbench.domain.align.document import align_documents
from workbench.domain.align.dp import best_path, diagonal_band, full_band
from workbench.domain.align.gale_church import gale_church
from workbench.domain.align.translit import translit_key


def shapes(alignment):
    return [(link.source, link.target) for link in alignment.paragraph_links]


def test_names_and_cognates_meet_across_scripts():
    assert translit_key("Мифтахова") == translit_key("Miftakhov")
    assert translit_key("компонента") == translit_key("components")
    assert translit_key("Шевчук") == translit_key("Shevchuk")
    assert translit_key("Азат") is None  # too short a skeleton to mean anything


def test_a_clean_pair_aligns_one_to_one(letters):
    en, ru = letters
    result = align_documents(en, ru, "en", "ru")
    assert shapes(result) == [((i,), (i,)) for i in range(len(en))]
    assert all(link.score >= 0.5 for link in result.paragraph_links)
    assert result.evidence.looks_parallel


def test_merged_and_split_paragraphs_are_linked_as_such(letters):
    en, _ = letters
    edited = paragraphs("letters.ru-edited.txt")
    links = shapes(align_documents(en, edited, "en", "ru"))
    assert ((1, 2), (1,)) in links  # two English paragraphs merged in the Russian
    assert ((6,), (4, 5)) in links  # one split in two
    # a dropped paragraph and an editor's note stay unlinked, not glued to a neighbour
    gold = [
        (tuple(link["en"]), tuple(link["ru"]))
        for link in map(json.loads, (DATA / "letters.gold-edited.jsonl").open(encoding="utf-8"))
    ]
    assert links == gold


def test_a_dropped_paragraph_is_a_one_to_zero_link(letters):
    en, ru = letters
    links = shapes(align_documents(en, ru[:4] + ru[5:], "en", "ru"))
    assert ((4,), ()) in links
    assert ((3,), (3,)) in links and ((5,), (4,)) in links  # the neighbours are untouched


def test_sentences_inside_linked_paragraphs(letters):
    en, ru = letters
    result = align_documents(en, ru, "en", "ru")
    texts = [
        (
            " ".join(result.source_sentences.texts[i] for i in link.source),
            " ".join(result.target_sentences.texts[j] for j in link.target),
        )
        for link in result.sentence_links
    ]
    assert ("Letters matter.", "Письма важны.") in texts
    assert (
        "A new case was opened against him under Article 205.2 of the Criminal Code.",
        "Против него возбудили новое дело по статье 205.2 Уголовного кодекса.",
    ) in texts


def test_an_unrelated_text_does_not_look_parallel(letters):
    en, _ = letters
    result = align_documents(en, paragraphs("garden.ru.txt"), "en", "ru")
    assert not result.evidence.looks_parallel


def test_the_band_gives_the_full_grid_answer_when_wide_enough():
    lengths_en = [120, 40, 300, 95, 200, 30]
    lengths_ru = [130, 45, 150, 155, 100, 210, 35]
    exact = gale_church(lengths_en, lengths_ru)
    assert ((2,), (2, 3)) in exact

    def cost(i0, i1, j0, j1):
        return abs(sum(lengths_en[i0:i1]) - sum(lengths_ru[j0:j1])) + 5 * (i1 - i0 + j1 - j0)

    beads = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]
    assert best_path(6, 7, beads, cost, diagonal_band(6, 7, 3)) == best_path(
        6, 7, beads, cost, full_band(6, 7)
    )


def test_gold_file_of_the_fixture_matches_the_edited_pair():
    gold = [json.loads(line) for line in (DATA / "letters.gold-edited.jsonl").open()]
    assert sum(len(link["ru"]) for link in gold) == len(paragraphs("letters.ru-edited.txt"))


def test_memory_pairs_and_glossary_terms_are_anchors(letters):
    from workbench.domain.glossary.entry import Entry
    from workbench.domain.glossary.model import Glossary

    en, ru = letters
    # without the built-in lexicon, which already knows "colony" = "колония"
    plain = align_documents(en, ru, "en", "ru", use_lexicon=False)
    known = {"Letters matter.": ["Письма важны."]}
    glossary = Glossary([Entry(id="colony", terms={"en": ["colony"], "ru": ["колония"]})])
    anchored = align_documents(
        en,
        ru,
        "en",
        "ru",
        glossary=glossary,
        known_translations=lambda s: known.get(s, []),
        use_lexicon=False,
    )
    # paragraph 3 holds the remembered sentence, paragraph 1 the term (as "колонии")
    for index in (1, 3):
        assert anchored.paragraph_links[index].similarity > plain.paragraph_links[index].similarity


def test_a_short_pair_is_too_little_to_judge_and_is_aligned(letters):
    en, ru = letters
    result = align_documents([en[0], en[3], en[9]], [ru[0], ru[3], ru[9]], "en", "ru")
    assert result.evidence.looks_parallel
    assert shapes(result) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_an_unrelated_paragraph_in_place_of_a_dropped_one_is_not_paired_with_it(letters):
    en, ru = letters
    note = "Примечание редакции: текст обновлён в ноябре, спасибо всем читателям за помощь."
    links = shapes(align_documents(en, ru[:4] + [note] + ru[5:], "en", "ru"))
    assert ((4,), ()) in links and ((), (4,)) in links
    assert ((3,), (3,)) in links and ((5,), (5,)) in links


def test_a_split_and_a_merge_that_shift_the_links_between_them_give_way_to_a_near_tie():
    from workbench.domain.align.aligner import straightened
    from workbench.domain.align.dp import Path

    shifted: Path = [((0,), (0, 1)), ((1,), (2,)), ((2, 3), (3,)), ((4,), (4,))]
    diagonal: Path = [((k,), (k,)) for k in range(5)]

    def costs(extra: float):
        """The shifted run costs 1 + 2 + 1; its four diagonal links `extra` more."""

        def cost(i0: int, i1: int, j0: int, j1: int) -> float:
            if (i1 - i0, j1 - j0) != (1, 1):
                return 1.0
            return 1.0 + extra / 4 if i0 == j0 else 2.0

        return cost

    assert straightened(shifted, costs(3.0), 4.0) == diagonal  # a near tie
    assert straightened(shifted, costs(5.0), 4.0) == shifted  # clearly dearer: kept
    assert straightened(shifted, costs(3.0), 0.0) == shifted  # switched off
    apart: Path = [((0,), (0, 1))] + [((k,), (k + 1,)) for k in range(1, 5)] + [((5, 6), (6,))]
    assert straightened(apart, costs(0.0), 4.0) == apart  # too far apart to undo each other
