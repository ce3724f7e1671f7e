from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.domain.diff import DELETE, EQUAL, INSERT, word_diff
from workbench.domain.tm.scoring import (
    DRAFT_PENALTY,
    EXTERNAL_PENALTY,
    fixed_target,
    penalty,
    word_score,
)
from workbench.domain.tm.text import normalise, tokens


def test_identical_text_scores_100_and_only_identical_text():
    assert word_score("They were taken to the SIZO.", "They were taken to the SIZO.") == 100
    assert word_score("They were taken to the SIZO.", "they were taken to the SIZO.") == 99
    assert word_score("They were taken to the SIZO.", "They were taken to the SIZO!") == 99


def test_score_counts_words_not_characters():
    # one word of four changed: 75 over words, whatever the characters say
    assert word_score("Open the file now", "Open the folder now") == 75
    assert word_score("Open the file now", "Close a window later") == 0


def test_numbers_and_placeholders_count_as_equal_tokens():
    assert word_score("Delete 3 files?", "Delete 125 files?") == 99
    assert word_score("Delete %d files?", "Delete {count} files?") == 99
    assert word_score("Delete 3 files?", "Delete many files?") == 67


def test_penalties_for_drafts_and_external_memories():
    assert penalty("translated", "report") == 0
    assert penalty("approved", "report") == 0
    assert penalty("draft", "report") == DRAFT_PENALTY
    assert penalty("translated", "memory.TMX") == EXTERNAL_PENALTY
    assert penalty("draft", "memory.tmx") == DRAFT_PENALTY + EXTERNAL_PENALTY


def test_fixed_target_replaces_changed_numbers_and_placeholders():
    fixed = fixed_target(
        "Sentenced to 6 years in 2024.",
        "Sentenced to 5 years in 2023.",
        "Приговорён к 5 годам в 2023 году.",
    )
    assert fixed == "Приговорён к 6 годам в 2024 году."
    assert fixed_target("Hello %s", "Hello %d", "Привет %d") == "Привет %s"


def test_fixed_target_refuses_when_words_differ_or_number_is_missing():
    assert fixed_target("Delete 3 old files", "Delete 5 files", "Удалить 5 файлов") is None
    assert fixed_target("Delete 3 files", "Delete 5 files", "Удалить пять файлов") is None
    assert fixed_target("Delete 5 files", "Delete 5 files", "Удалить 5 файлов") is None
    # the same number becoming two different ones is ambiguous
    assert fixed_target("From 1 to 2", "From 1 to 1", "С 1 по 1") is None


def test_word_diff_marks_changed_words():
    diff = word_diff("Open the file now", "Open a file")
    assert diff == (
        (EQUAL, "Open "),
        (DELETE, "the"),
        (INSERT, "a"),
        (EQUAL, " file"),
        (DELETE, " now"),
    )


def test_normalise_folds_case_and_spaces():
    assert normalise("  The\u00a0FSB\n\tdetained ") == "the fsb detained"


words = st.lists(
    st.sampled_from(["the", "SIZO", "3", "%s", ",", " ", "суд", "<b>", "x."]), max_size=12
).map("".join)


@settings(max_examples=80, deadline=None)
@given(words, words)
def test_word_diff_rebuilds_both_texts(old, new):
    diff = word_diff(old, new)
    assert "".join(text for op, text in diff if op != INSERT) == old
    assert "".join(text for op, text in diff if op != DELETE) == new


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_tokens_join_back_to_the_text(text):
    assert "".join(token for _, token in tokens(text)) == text
