"""Comment threads with several people, replies and resolution."""

from __future__ import annotations

import pytest

from workbench.domain.comments import add_comment, comments, open_comments, resolve_thread
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import Unit
from workbench.domain.review import ReviewFilter


def test_thread_with_several_people_and_resolution() -> None:
    unit = Unit(id="s-1", source="He was held in the SIZO.", target="Его держали в СИЗО.")
    first = add_comment(unit, "vera", "Is СИЗО right here?", at="2026-11-01T10:00:00Z")
    reply = add_comment(unit, "lev", "Yes, remand prison.", reply_to=first["id"])
    add_comment(unit, "ira", "Agreed.")
    assert [c["by"] for c in comments(unit)] == ["vera", "lev", "ira"]
    assert reply["reply_to"] == first["id"] and first["id"] != reply["id"]
    assert len(open_comments(unit)) == 3
    assert ReviewFilter(open_threads=True).select([unit]) == [unit]

    assert resolve_thread(unit, "vera", at="2026-11-02T10:00:00Z") == 3
    assert open_comments(unit) == []
    assert all(c["resolved_by"] == "vera" for c in comments(unit))
    assert ReviewFilter(open_threads=True).select([unit]) == []
    assert resolve_thread(unit, "vera") == 0

    add_comment(unit, "lev", "One more thing.")
    assert [c["text"] for c in open_comments(unit)] == ["One more thing."]


def test_empty_comment_is_refused() -> None:
    unit = Unit(id="s-1", source="x")
    with pytest.raises(WorkbenchError):
        add_comment(unit, "vera", "   ")
    assert comments(unit) == []
