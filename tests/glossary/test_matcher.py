"""Term recognition: inflection, acronyms, quotes, near misses, longest match."""

from __future__ import annotations

from workbench.domain.glossary import Glossary
from workbench.storage.glossary import parse_glossary


def found(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str]]:
    return [(hit.text, hit.entry.id) for hit in glossary.find(text, lang)]


def test_russian_forms_through_all_parses(small: Glossary) -> None:
    text = "В сизо и в следственном изоляторе; колонии, исправительной колонией."
    assert found(small, text, "ru") == [
        ("сизо", "sizo"),
        ("следственном изоляторе", "sizo"),
        ("колонии", "colony"),
        ("исправительной колонией", "colony"),
    ]


def test_russian_near_misses(small: Glossary) -> None:
    assert found(small, "Сизов видел сизый дым; колонна шла мимо; ФСБУ и ФСБшник.", "ru") == []


def test_acronyms_whole_word_case_insensitive_with_plural(small: Glossary) -> None:
    text = "Two SIZOs, the SIZO's rules, sizo-1, and the FSB's men; FSBU and SIZOV are not."
    assert found(small, text, "en") == [
        ("SIZOs", "sizo"),
        ("SIZO's", "sizo"),
        ("sizo", "sizo"),
        ("FSB's", "fsb"),
    ]


def test_english_plurals_and_possessives(small: Glossary) -> None:
    text = "Remand prisons and pre-trial detention centres; the colonies' doctors; colonial era."
    assert found(small, text, "en") == [
        ("Remand prisons", "sizo"),
        ("pre-trial detention centres", "sizo"),
        ("colonies", "colony"),
    ]


def test_hyphen_or_space_or_nothing_inside_terms(small: Glossary) -> None:
    text = "pre trial detention centre, pretrial detention centre"
    assert [hit.text for hit in small.find(text, "en")] == [
        "pre trial detention centre",
        "pretrial detention centre",
    ]


def test_quote_styles_are_equal(small: Glossary) -> None:
    text = 'Центр «Э», Центр "Э", центре Э, Центра «Э», Центром „Э“, Центр ‹Э›.'
    hits = small.find(text, "ru")
    assert [hit.text for hit in hits] == [
        "Центр «Э»",
        'Центр "Э"',
        "центре Э",
        "Центра «Э»",
        "Центром „Э“",
        "Центр ‹Э›",
    ]
    assert all(text[hit.start : hit.end] == hit.text for hit in hits)


def test_center_e_is_not_center_east(small: Glossary) -> None:
    text = "Center East, Center Eagle, center e-mail, Center E.T. Smith, Center E Street."
    assert found(small, text, "en") == []
    ok = "Officers of Center E came; Centre “E” and Center E, and Center E's files."
    assert [hit.text for hit in small.find(ok, "en")] == [
        "Center E",
        "Centre “E”",
        "Center E",
        "Center E's",
    ]


def test_longest_match_wins_and_hits_do_not_overlap(small: Glossary) -> None:
    hits = small.find("в исправительной колонии и в колонии", "ru")
    assert [(h.text, h.term) for h in hits] == [
        ("исправительной колонии", "исправительная колония"),
        ("колонии", "колония"),
    ]
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:], strict=False))


def test_forbidden_variants_are_found_separately(small: Glossary) -> None:
    text = "Azat Miftahov spent a week in the isolation ward."
    assert small.find(text, "en") == []
    assert [(h.text, h.entry.id, h.forbidden) for h in small.find_forbidden(text, "en")] == [
        ("Miftahov", "azat", True),
        ("isolation ward", "sizo", True),
    ]


def test_do_not_translate_terms_count_in_every_language() -> None:
    glossary = parse_glossary("entries:\n  - id: gknb\n    terms: {en: [GKNB]}\n    dnt: true\n")
    assert found(glossary, "Сотрудники GKNB пришли утром.", "ru") == [("GKNB", "gknb")]


def test_case_sensitive_entries_need_the_same_capitals() -> None:
    glossary = parse_glossary(
        "entries:\n  - id: rev\n    terms: {en: [Rev Dia]}\n    case_sensitive: true\n"
    )
    assert found(glossary, "Rev Dia wrote it; rev dia did not.", "en") == [("Rev Dia", "rev")]


def test_verbs_match_their_forms() -> None:
    glossary = parse_glossary(
        "entries:\n  - id: detain\n    terms: {en: [detain]}\n    pos: verb\n"
        "  - id: hand-over\n    terms: {en: [hand over]}\n    pos: verb\n"
    )
    text = "They detained him, detaining others, and handed over the files; detainees waited."
    assert found(glossary, text, "en") == [
        ("detained", "detain"),
        ("detaining", "detain"),
        ("handed over", "hand-over"),
    ]


def test_empty_text_and_empty_glossary() -> None:
    assert parse_glossary("entries: []\n").find("SIZO", "en") == []
    assert parse_glossary("").entries == []


def test_search_for_the_editor(small: Glossary) -> None:
    assert [e.id for e in small.search("изолятор")] == ["sizo"]
    assert [e.id for e in small.search("police")] == []
    assert len(small.search("")) == len(small.entries)
