"""Every state transition of the review workflow, with who and when."""

from __future__ import annotations

import pytest

from workbench.domain.diff import render_diff
from workbench.domain.model import EDIT, PREVIOUS, REVIEW, State, Unit
from workbench.domain.review import (
    changes_since_approval,
    history,
    reject_with_comment,
    review_reason,
)
from workbench.domain.workflow import (
    TransitionError,
    approve,
    approved_text,
    confirm,
    mark_draft,
    reject,
)

T1, T2, T3 = "2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z"


def fresh() -> Unit:
    return Unit(id="s-00000001", source="He was held in the SIZO.")


def test_untranslated_cannot_be_approved_or_rejected() -> None:
    unit = fresh()
    with pytest.raises(TransitionError, match="untranslated"):
        approve(unit, "vera")
    with pytest.raises(TransitionError, match="untranslated"):
        reject(unit, "vera")
    assert unit.state is State.UNTRANSLATED and unit.first_record(REVIEW) is None


def test_translate_draft_confirm_record_who_and_when() -> None:
    unit = fresh()
    mark_draft(unit, "Его держали в СИЗО.", "lev", at=T1)
    assert unit.state is State.DRAFT
    assert unit.first_record(EDIT) == {"by": "lev", "at": T1}
    confirm(unit, "Его держали в СИЗО.", "lev", at=T2)
    assert unit.state is State.TRANSLATED and review_reason(unit) == "new"
    assert unit.first_record(EDIT) == {"by": "lev", "at": T2}


def test_approving_a_draft_clears_fuzzy() -> None:
    unit = fresh()
    mark_draft(unit, "Его держали в СИЗО.", "lev")
    approve(unit, "vera", at=T2)
    assert unit.state is State.APPROVED and not unit.fuzzy
    assert (unit.first_record(REVIEW) or {}).get("by") == "vera"


def test_editing_an_approved_segment_makes_it_translated_and_keeps_the_change() -> None:
    unit = fresh()
    confirm(unit, "Его держали в СИЗО.", "lev", at=T1)
    approve(unit, "vera", at=T2)
    assert unit.state is State.APPROVED and review_reason(unit) is None
    confirm(unit, "Его держали в СИЗО год.", "ira", at=T3)
    assert unit.state is State.TRANSLATED
    assert review_reason(unit) == "changed-since-approval"
    assert unit.first_record(EDIT) == {"by": "ira", "at": T3}
    previous = unit.records_of(PREVIOUS)[0]
    assert previous == {"text": "Его держали в СИЗО.", "by": "lev", "at": T1, "state": "approved"}
    assert approved_text(unit) == "Его держали в СИЗО."
    assert render_diff(changes_since_approval(unit)) == "Его держали в СИЗО{+ год+}."
    assert [(h.text, h.by, h.current) for h in history(unit)] == [
        ("Его держали в СИЗО год.", "ira", True),
        ("Его держали в СИЗО.", "lev", False),
    ]


def test_reject_then_rework_then_reapprove() -> None:
    unit = fresh()
    confirm(unit, "Он был в тюрьме.", "lev", at=T1)
    reject_with_comment(unit, "vera", "SIZO is a remand prison: СИЗО", at=T2)
    assert unit.state is State.REJECTED and review_reason(unit) is None
    assert unit.records_of("comment")[0]["text"] == "SIZO is a remand prison: СИЗО"
    confirm(unit, "Его держали в СИЗО.", "lev", at=T3)
    assert unit.state is State.TRANSLATED
    assert review_reason(unit) == "reworked-after-rejection"
    approve(unit, "vera")
    assert unit.state is State.APPROVED
    assert changes_since_approval(unit) is None


def test_rejecting_needs_a_reason() -> None:
    unit = fresh()
    confirm(unit, "Он был в тюрьме.", "lev")
    with pytest.raises(Exception, match="say why"):
        reject_with_comment(unit, "vera", "  ")
    assert unit.state is State.TRANSLATED


def test_emptying_an_approved_segment_makes_it_untranslated() -> None:
    unit = fresh()
    confirm(unit, "Его держали в СИЗО.", "lev")
    approve(unit, "vera")
    confirm(unit, "", "ira")
    assert unit.state is State.UNTRANSLATED
    assert unit.records_of(PREVIOUS)[0]["text"] == "Его держали в СИЗО."
