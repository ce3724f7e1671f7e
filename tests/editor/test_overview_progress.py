"""The overview's bar and percentage say the same thing (words translated or approved)."""

from __future__ import annotations

import pytest

from workbench.app.quality.stats import DocumentStats
from workbench.tui.screens.overview import BAR_WIDTH, done_percent, progress_bar


def stats(**words: int) -> DocumentStats:
    result = DocumentStats("doc", "ru", segments=len(words), words=sum(words.values()))
    result.state_words.update(words)
    return result


@pytest.mark.parametrize(
    ("words", "percent", "solid"),
    [
        ({"translated": 7, "untranslated": 93}, "7%", 1),
        ({"draft": 50, "untranslated": 50}, "0%", 0),  # drafts are not done
        ({"approved": 30, "translated": 20, "draft": 25, "untranslated": 25}, "50%", 12),
        ({"approved": 100}, "100%", BAR_WIDTH),
    ],
)
def test_the_solid_part_of_the_bar_is_the_percentage(words, percent, solid) -> None:
    figures = stats(**words)
    bar = progress_bar(figures).plain
    assert done_percent(figures) == percent
    assert len(bar) == BAR_WIDTH
    assert bar.count("█") == solid
    assert ("▒" in bar) == ("draft" in words)  # drafts shown apart, without colour too
