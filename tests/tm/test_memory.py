from tests.tm.conftest import unit
from workbench.domain.tm.scoring import DRAFT_PENALTY, EXTERNAL_PENALTY
from workbench.domain.tm.text import normalise
from workbench.storage.tm.index import TrigramIndex, exhaustive_search
from workbench.storage.tm.memory import TranslationMemory


def test_lookup_returns_scored_matches_best_first_with_diff_and_origin():
    memory = TranslationMemory.from_units(
        [
            unit("Azat was sentenced to 6 years.", "Азата приговорили к 6 годам.", by="vera"),
            unit("Azat was sentenced to six years in a colony.", "…"),
            unit("Something else entirely, about the weather.", "Погода."),
        ]
    )
    matches = memory.lookup("Azat was sentenced to 7 years.", "en", "ru")
    assert [m.unit.source for m in matches][:2] == [
        "Azat was sentenced to 6 years.",
        "Azat was sentenced to six years in a colony.",
    ]
    best = matches[0]
    assert best.score == 99
    assert best.unit.by == "vera" and best.unit.origin == "report"
    assert best.fixed_target == "Азата приговорили к 7 годам."
    assert ("delete", "6") in best.diff and ("insert", "7") in best.diff
    assert all(m.score >= 50 for m in matches)
    assert "Something else entirely, about the weather." not in [m.unit.source for m in matches]


def test_language_pairs_are_kept_apart():
    memory = TranslationMemory.from_units(
        [
            unit("The court hearing", "Заседание суда"),
            unit("The court hearing", "Засідання", target_lang="uk"),
        ]
    )
    assert [m.unit.target for m in memory.lookup("The court hearing", "en", "uk")] == ["Засідання"]
    assert memory.lookup("The court hearing", "ru", "en") == []


def test_in_context_exact_match_scores_101_above_plain_exact():
    memory = TranslationMemory.from_units(
        [
            unit("He was detained.", "Его задержали.", prev_source="A.", next_source="B."),
            unit("He was detained.", "Он был задержан.", prev_source="X.", next_source="Y."),
        ]
    )
    matches = memory.lookup("He was detained.", "en", "ru", prev_source="A.", next_source="B.")
    assert [(m.score, m.unit.target) for m in matches] == [
        (101, "Его задержали."),
        (100, "Он был задержан."),
    ]
    # without context nothing is 101
    assert {m.score for m in memory.lookup("He was detained.", "en", "ru")} == {100}


def test_drafts_and_external_memories_come_later_but_are_still_shown_as_exact():
    memory = TranslationMemory.from_units(
        [
            unit("The verdict was read out.", "Зачитали приговор.", state="draft"),
            unit("The verdict was read out.", "Огласили приговор.", origin="big.tmx"),
            unit("The verdict was read out.", "Приговор оглашён.", state="approved"),
        ]
    )
    found = memory.lookup("The verdict was read out.", "en", "ru")
    assert [(m.score, m.penalty, m.unit.target) for m in found] == [
        (100, 0, "Приговор оглашён."),
        (100, EXTERNAL_PENALTY, "Огласили приговор."),
        (100, DRAFT_PENALTY, "Зачитали приговор."),
    ]


def test_a_penalty_never_lifts_a_fuzzy_match_over_an_exact_one():
    memory = TranslationMemory.from_units(
        [
            unit("The verdict was read out today.", "Приговор оглашён сегодня.", state="approved"),
            unit("The verdict was read out.", "Зачитали приговор.", state="draft", origin="x.tmx"),
        ]
    )
    found = memory.lookup("The verdict was read out.", "en", "ru")
    assert [(m.score, m.unit.target) for m in found][0] == (100, "Зачитали приговор.")
    assert found[1].score < 100


def test_identical_translations_are_shown_once():
    memory = TranslationMemory.from_units(
        [
            unit("Free them all.", "Свободу всем.", origin="a"),
            unit("Free them all.", "Свободу всем.", origin="b"),
        ]
    )
    assert len(memory.lookup("Free them all.", "en", "ru")) == 1


def test_add_is_found_at_once_and_replaces_the_older_version_of_its_segment():
    memory = TranslationMemory.from_units(
        [unit("The appeal was rejected.", "Апелляцию отклонили.", segment_id="doc/s-1")]
    )
    memory.add(
        unit("The lawyer filed an appeal.", "Адвокат подал апелляцию.", segment_id="doc/s-2")
    )
    assert memory.lookup("The lawyer filed an appeal.", "en", "ru")[0].score == 100
    memory.add(unit("The appeal was rejected.", "Апелляция отклонена.", segment_id="doc/s-1"))
    targets = [m.unit.target for m in memory.lookup("The appeal was rejected.", "en", "ru")]
    assert targets == ["Апелляция отклонена."]
    # an emptied segment leaves the memory
    memory.add(unit("The appeal was rejected.", "", segment_id="doc/s-1"))
    assert memory.lookup("The appeal was rejected.", "en", "ru") == []
    assert len(list(memory.units())) == 1


def test_exclude_segment_id_leaves_the_segment_itself_out():
    memory = TranslationMemory.from_units(
        [unit("Solidarity.", "Солидарность.", segment_id="d/s-1")]
    )
    assert memory.lookup("Solidarity.", "en", "ru", exclude_segment_id="d/s-1") == []
    assert len(memory.lookup("Solidarity.", "en", "ru", exclude_segment_id="d/s-2")) == 1


def test_lookup_exact_finds_only_identical_sources():
    memory = TranslationMemory.from_units(
        [unit("Free Azat!", "Свободу Азату!"), unit("Free Azat", "x")]
    )
    assert [m.unit.target for m in memory.lookup_exact("Free Azat!", "en", "ru")] == [
        "Свободу Азату!"
    ]


def test_concordance_finds_russian_word_forms_with_spans():
    memory = TranslationMemory.from_units(
        [
            unit("He is in the SIZO.", "Он находится в СИЗО."),
            unit("Letters to the colony.", "Письма в исправительную колонию."),
            unit("Life in colonies.", "Жизнь в колониях."),
            unit("A column of police.", "Колонна полиции."),
        ]
    )
    found = memory.concordance("колония", "ru")
    assert [u.target for u, _ in found] == ["Письма в исправительную колонию.", "Жизнь в колониях."]
    unit_found, spans = found[0]
    ((field, start, end),) = spans
    assert field == "target" and unit_found.target[start:end] == "колонию"
    assert [u.source for u, _ in memory.concordance("SIZO", "en")] == ["He is in the SIZO."]
    assert memory.concordance("sizo colony", "en") == []


def test_index_recall_against_exhaustive_scan(generated_sources):
    texts = [normalise(text) for text in generated_sources]
    index = TrigramIndex.build(texts)
    same = 0
    queries = texts[::15]
    for query in queries:
        got = [round(hit.score, 6) for hit in index.search(query, 5, 70)]
        want = [round(hit.score, 6) for hit in exhaustive_search(query, texts, 5, 70)]
        same += got == want
    assert same / len(queries) >= 0.99


def test_index_survives_save_and_load(tmp_path, generated_sources):
    texts = [normalise(text) for text in generated_sources[:500]]
    index = TrigramIndex.build(texts)
    index.save(tmp_path / "index")
    loaded = TrigramIndex.load(tmp_path / "index")
    for query in texts[::50]:
        assert loaded.search(query, 5, 60) == index.search(query, 5, 60)


def test_empty_memory_and_empty_query():
    memory = TranslationMemory.from_units([])
    assert memory.lookup("anything", "en", "ru") == []
    memory = TranslationMemory.from_units([unit("Something.", "Что-то.")])
    assert memory.lookup("", "en", "ru") == []


def test_exact_lookup_finds_every_source(generated_sources):
    memory = TranslationMemory.from_units(
        [unit(text, f"t{i}") for i, text in enumerate(generated_sources)]
    )
    for text in generated_sources[::7]:
        (match,) = memory.lookup_exact(text, "en", "ru")
        assert match.unit.source == text
    assert memory.lookup_exact("not in the memory at all", "en", "ru") == []
