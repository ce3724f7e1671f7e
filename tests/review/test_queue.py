"""Review queues and filters, bulk approval with the QA gate, per-person statistics, diffs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.app.quality.qa_run import qa_context
from workbench.domain.comments import add_comment
from workbench.domain.diff import render_diff, word_diff
from workbench.domain.model import State, Unit
from workbench.domain.review import (
    ReviewFilter,
    apply_approval,
    changed_since_review,
    last_review_at,
    parse_time,
    person_stats,
    plan_approval,
    review_queue,
)
from workbench.domain.workflow import approve, confirm, reject

T = [f"2026-11-0{day}T10:00:00Z" for day in range(1, 10)]


def units() -> list[Unit]:
    made = [Unit(id=f"s-{n}", source=f"Sentence number {n} here.") for n in range(6)]
    new, changed, reworked, approved, rejected, _untranslated = made
    confirm(new, "Новое.", "lev", at=T[0])
    confirm(changed, "Было.", "lev", at=T[0])
    approve(changed, "vera", at=T[1])
    confirm(changed, "Стало.", "ira", at=T[4])
    confirm(reworked, "Плохо.", "lev", at=T[0])
    reject(reworked, "vera", at=T[1])
    confirm(reworked, "Лучше.", "lev", at=T[2])
    confirm(approved, "Хорошо.", "ira", at=T[0])
    approve(approved, "vera", at=T[3])
    confirm(rejected, "Не то.", "ira", at=T[0])
    reject(rejected, "kolya", at=T[5])
    return made


def test_queue_holds_new_changed_and_reworked_segments() -> None:
    made = units()
    assert [u.id for u in review_queue(made)] == ["s-0", "s-1", "s-2"]
    assert [u.id for u in ReviewFilter(needs_review=True).select(made)] == ["s-0", "s-1", "s-2"]


def test_filters_by_state_and_translator() -> None:
    made = units()
    by_state = ReviewFilter(states=frozenset({State.APPROVED, State.REJECTED})).select(made)
    assert [u.id for u in by_state] == ["s-3", "s-4"]
    assert [u.id for u in ReviewFilter(translator="ira").select(made)] == ["s-1", "s-3", "s-4"]
    both = ReviewFilter(needs_review=True, translator="lev").select(made)
    assert [u.id for u in both] == ["s-0", "s-2"]


def test_changed_since_my_last_review() -> None:
    made = units()
    assert last_review_at(made, "vera") == parse_time(T[3])
    # vera's own review of s-1 (T1) predates ira's edit (T4); s-2 was reworked (T2) after her
    # rejection (T1); s-0 was edited (T0) before her last review anywhere (T3).
    changed = ReviewFilter(changed_since_review_of="vera").select(made)
    assert [u.id for u in changed] == ["s-1", "s-2"]
    assert [u.id for u in review_queue(made, "vera")] == ["s-1", "s-2", "s-0"]
    # someone who never reviewed sees every translation by others
    assert [u.id for u in ReviewFilter(changed_since_review_of="nina").select(made)] == [
        "s-0",
        "s-1",
        "s-2",
        "s-3",
        "s-4",
    ]
    assert not changed_since_review(made[0], "lev", None)  # one's own edits do not count


def test_person_statistics_count_segments_and_words() -> None:
    made = units()
    add_comment(made[0], "vera", "Hm.")
    stats = person_stats(made)
    assert list(stats) == ["ira", "kolya", "lev", "vera"]
    lev, vera, ira, kolya = stats["lev"], stats["vera"], stats["ira"], stats["kolya"]
    assert (lev.translated, lev.translated_words) == (2, 8)
    assert ira.translated == 3
    assert (vera.reviewed, vera.approved, vera.rejected, vera.comments) == (3, 1, 0, 1)
    assert (kolya.reviewed, kolya.rejected, kolya.rejected_words) == (1, 1, 4)
    assert vera.as_json()["approved_words"] == 4


def test_bulk_approval_refuses_qa_errors(project) -> None:
    document = project.document("letter")
    catalog = project.load_catalog(document, "ru")
    good, fine, bad_number, draft = catalog.units
    confirm(good, "Азат Мифтахов — математик.", "lev")
    confirm(fine, "Его держали в СИЗО целый год.", "lev")
    confirm(bad_number, "Его обвинили по статье Уголовного кодекса.", "lev")  # 205.2 missing
    ctx = qa_context(project, "ru", document)
    assert ctx is not None
    plan = plan_approval(catalog.units, ctx)
    assert [u.id for u in plan.approvable] == [good.id, fine.id]
    assert [u.id for u, _errors in plan.refused] == [bad_number.id]
    assert "numbers" in plan.refused[0][1][0]
    assert plan.words == 5 + 9
    assert apply_approval(plan, "vera") == 2
    assert [u.state for u in catalog.units] == [
        State.APPROVED,
        State.APPROVED,
        State.TRANSLATED,
        State.UNTRANSLATED,
    ]
    assert draft.state is State.UNTRANSLATED


def test_bulk_approval_without_qa_approves_every_translated_segment() -> None:
    made = units()
    plan = plan_approval(made, None)
    assert not plan.qa_checked and [u.id for u in plan.approvable] == ["s-0", "s-1", "s-2"]


def test_word_diff() -> None:
    ops = word_diff("Его держали в СИЗО.", "Его держат в ШИЗО, говорят.")
    assert render_diff(ops) == "Его [-держали-]{+держат+} в [-СИЗО-]{+ШИЗО, говорят+}."
    assert "".join(op.text for op in ops if op.kind != "insert") == "Его держали в СИЗО."
    assert "".join(op.text for op in ops if op.kind != "delete") == "Его держат в ШИЗО, говорят."
    assert word_diff("same", "same")[0].kind == "equal"


@settings(max_examples=80, deadline=None)
@given(
    old=st.text(alphabet="аб в,.xy ", max_size=30), new=st.text(alphabet="аб в,.xy ", max_size=30)
)
def test_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.kind != "insert") == old
    assert "".join(op.text for op in ops if op.kind != "delete") == new
    assert all(a.kind != b.kind for a, b in zip(ops, ops[1:], strict=False))
