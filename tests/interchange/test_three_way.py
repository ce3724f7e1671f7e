"""The three-way decision, case by case."""

from __future__ import annotations

import pytest

from workbench.domain.model import State, Unit
from workbench.domain.three_way import Base, Outcome, decide
from workbench.domain.workflow import approve, confirm, reject


def unit_with(text: str, state: State = State.TRANSLATED) -> Unit:
    unit = Unit("s-1", "Source.")
    if text:
        confirm(unit, text, "lev")
    if state is State.APPROVED:
        approve(unit, "vera")
    elif state is State.REJECTED:
        reject(unit, "vera")
    return unit


BASE = Base.of(unit_with("Old."))


@pytest.mark.parametrize(
    ("project", "target", "state", "expected"),
    [
        (unit_with("Old."), "Old.", State.TRANSLATED, Outcome.UNCHANGED),
        (unit_with("Old."), "New.", State.TRANSLATED, Outcome.APPLIED),
        (unit_with("Old."), "Old.", State.APPROVED, Outcome.APPLIED),
        (unit_with("Newer."), "Old.", State.TRANSLATED, Outcome.KEPT_NEWER),
        (unit_with("Old.", State.REJECTED), "Old.", State.TRANSLATED, Outcome.KEPT_NEWER),
        (unit_with("Old.", State.REJECTED), "Old.", State.APPROVED, Outcome.KEPT_NEWER),
        (unit_with("Newer."), "New.", State.TRANSLATED, Outcome.CONFLICT),
        (unit_with("Old.", State.REJECTED), "New.", State.TRANSLATED, Outcome.CONFLICT),
        (unit_with("New."), "New.", State.TRANSLATED, Outcome.UNCHANGED),  # both did the same
        (unit_with("Old."), "", None, Outcome.UNCHANGED),  # an empty target erases nothing
    ],
)
def test_with_a_base(project: Unit, target: str, state: State | None, expected) -> None:
    assert decide(project, BASE, target, state) is expected


def test_without_a_base_only_untranslated_unless_forced() -> None:
    assert decide(unit_with(""), None, "New.", State.TRANSLATED) is Outcome.APPLIED
    assert decide(unit_with("Old."), None, "New.", State.TRANSLATED) is Outcome.KEPT_NEWER
    assert decide(unit_with("Old."), None, "New.", State.TRANSLATED, force=True) is Outcome.APPLIED
    assert decide(unit_with("Old."), None, "Old.", State.TRANSLATED) is Outcome.UNCHANGED


def test_base_round_trips_and_refuses_junk() -> None:
    assert Base.parse(BASE.format()) == BASE
    assert Base.parse("zz") is None and Base.parse("1a2b3c4d happy") is None
