"""A keymap entry taking another action's key is reported at start, not accepted silently."""

from __future__ import annotations

from tests.tui.pilot_helpers import editor
from workbench.storage.project import Project
from workbench.tui.keymap import keymap_conflicts


def test_defaults_have_no_conflicts_and_a_taken_key_is_reported() -> None:
    assert keymap_conflicts({}) == []
    assert keymap_conflicts({"editor.draft": "ctrl+u"}) == [
        "keymap: ctrl+u is bound to both editor.draft and editor.next_untranslated"
    ]
    assert keymap_conflicts({"editor.draft": "ctrl+q"}) == [
        "keymap: ctrl+q is bound to both editor.draft and app.quit"
    ]
    assert keymap_conflicts({"overview.lang": "ctrl+u"}) == []  # not active together


async def test_the_editor_says_so_at_start(project: Project) -> None:
    async with editor(project, keymap={"editor.draft": "ctrl+u,ctrl+d"}) as (pilot, screen):
        messages = [notification.message for notification in pilot.app._notifications]
        assert "keymap: ctrl+u is bound to both editor.draft and editor.next_untranslated" in (
            messages
        )
