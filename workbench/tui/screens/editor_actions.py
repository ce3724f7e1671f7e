"""The editor's actions (what the keys and the command palette run), as a mixin."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual import work

from workbench.app.filtering import Filter
from workbench.domain.model import State
from workbench.tui.dialogs.filter import FilterDialog
from workbench.tui.dialogs.prompt import ChoiceDialog, TextPrompt
from workbench.tui.dialogs.replace import ReplaceDialog
from workbench.tui.widgets import panels
from workbench.tui.widgets.segment_grid import SegmentGrid

if TYPE_CHECKING:
    from workbench.tui.screens.editor import EditorScreen

    Base = EditorScreen
else:
    Base = object


Method = TypeVar("Method", bound=Callable[..., Any])


def after_typing(method: Method) -> Method:
    """Run the action after the keys already queued for the text area.

    Priority bindings run as soon as the app sees the key, while typed characters wait in
    the text area's queue: "abc<enter>" arriving in one read would confirm before "bc" is
    inserted. Queuing the action behind them keeps the order the translator typed.
    """

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any) -> None:
        self.target.call_later(method, self, *args)

    return wrapper  # type: ignore[return-value]


class EditorActions(Base):
    # ---- confirming and moving -----------------------------------------------------------
    @after_typing
    def action_confirm(self) -> None:
        if isinstance(self.focused, SegmentGrid):
            self.target.focus()
            return
        if not self.ready():
            return
        self.hold_frames()  # the confirmed row and the next segment: one frame
        text = self.target.text
        index = self.current
        if self.change(index, lambda: self.session.confirm(index, text)):
            self.assist.remember(self.units[index], self.session.handle)
            self.propagate_repetitions(index, text)
        self.session.set_pending(index, None)
        self.advance()

    @after_typing
    def action_draft(self) -> None:
        if not self.ready():
            return
        text = self.target.text
        index = self.current
        self.change(index, lambda: self.session.draft(index, text))
        self.session.set_pending(index, None)
        self.advance()

    def advance(self) -> None:
        following = self.next_row_index()
        if following is None:
            self.notify("That was the last segment." if not self.review else "Nothing to review.")
            self.load_current(self.current)
            return
        self.go_to(following)

    @after_typing
    def action_move(self, step: int) -> None:
        if not self.grid.row_count:
            return
        self.leave_current()
        row = max(0, min(self.grid.cursor + step, self.grid.row_count - 1))
        self.go_to(
            self.grid.unit_index(row), focus_target=not isinstance(self.focused, SegmentGrid)
        )

    @after_typing
    def action_next_untranslated(self) -> None:
        if not self.ready():
            return
        self.leave_current()
        found = self.find_in_view({State.UNTRANSLATED})
        if found is None:
            self.notify("No untranslated segment left.")
            self.target.focus()
            return
        self.go_to(found)

    @after_typing
    def action_escape(self) -> None:
        if not isinstance(self.focused, SegmentGrid):
            self.grid.focus()
            return
        self.close_editor()

    @work(exclusive=True, group="close", description="close")
    async def close_editor(self) -> None:
        self.leave_current()
        await self.shutdown()
        if len(self.app.screen_stack) > 2:
            self.app.call_later(self.app.pop_screen)
        else:
            from workbench.tui.screens.overview import OverviewScreen

            # not awaited: this worker belongs to the screen being replaced
            self.app.call_later(self.app.switch_screen, OverviewScreen(self.project, self.lang))

    # ---- editing helpers -----------------------------------------------------------------
    @after_typing
    def action_newline(self) -> None:
        if self.focused is self.target:
            self.target.insert("\n")

    def replace_text(self, text: str) -> None:
        self.target.replace(text, (0, 0), self.target.document.end)
        self.target.focus()

    @after_typing
    def action_copy_source(self) -> None:
        if self.units:
            self.replace_text(self.units[self.current].source)

    @after_typing
    def action_select_match(self, number: int) -> None:
        if number < len(self.matches):
            self.selected_match = number
            self.panel("matches").show(panels.matches_text(self.matches, number))

    @after_typing
    def action_use_match(self) -> None:
        if not self.matches:
            self.notify("No fuzzy match for this segment.", severity="warning")
            return
        self.replace_text(self.matches[min(self.selected_match, len(self.matches) - 1)].target)

    @after_typing
    def action_insert_term(self) -> None:
        choices = [(t.text, target) for t in self.terms for target in t.targets]
        if not choices:
            self.notify("No glossary term in this segment.", severity="warning")
            return
        if len(choices) == 1:
            self.insert_term(choices[0][1])
            return
        labels = [f"{source} → {target}" for source, target in choices]
        self.app.push_screen(
            ChoiceDialog("Insert which term?", [t for _s, t in choices], labels),
            self.insert_term,
        )

    def insert_term(self, term: str | None) -> None:
        if term:
            self.target.insert(term)
            self.target.focus()

    # ---- review --------------------------------------------------------------------------
    def confirm_edit_first(self) -> None:
        text = self.target.text
        index = self.current
        if text != self.units[index].target:
            self.change(index, lambda: self.session.confirm(index, text))

    @after_typing
    def action_approve(self) -> None:
        if not self.ready():
            return
        self.confirm_edit_first()
        if self.units[self.current].state is State.UNTRANSLATED:
            self.notify("An untranslated segment cannot be approved.", severity="warning")
            return
        index = self.current
        self.change(index, lambda: self.session.approve(index))
        self.session.set_pending(index, None)
        self.advance()

    @after_typing
    def action_reject(self) -> None:
        if not self.ready():
            return
        if not self.target.text and not self.units[self.current].target:
            self.notify("An untranslated segment cannot be rejected.", severity="warning")
            return
        self.app.push_screen(TextPrompt("Reject: what needs rework?", "reason"), self.reject)

    def reject(self, reason: str | None) -> None:
        if reason is None:
            return
        self.confirm_edit_first()
        index = self.current
        self.change(index, lambda: self.session.reject(index, reason))
        self.session.set_pending(index, None)
        self.advance()

    @after_typing
    def action_comment(self) -> None:
        if self.ready():
            self.app.push_screen(TextPrompt("Comment on this segment", "comment"), self.comment)

    def comment(self, text: str | None) -> None:
        if text:
            index = self.current
            self.change(index, lambda: self.session.comment(index, text))
            self.target.focus()

    def action_resolve_comments(self) -> None:
        if self.ready():
            index = self.current
            if not self.change(index, lambda: self.session.resolve_comments(index)):
                self.notify("No open comment on this segment.")

    # ---- filter, replace, panels, save ---------------------------------------------------
    @after_typing
    def action_filter(self) -> None:
        if self.ready():
            self.app.push_screen(FilterDialog(self.filter), self.filtered)

    def filtered(self, result: Filter | int | None) -> None:
        if result is None:
            return
        if isinstance(result, int):
            if not 1 <= result <= len(self.units):
                self.notify(f"No segment #{result}.", severity="warning")
                return
            self.leave_current()
            self.go_to(result - 1)
            return
        if result.has_qa:
            self.notify("Running QA on the document…")
            self.qa_then_filter(result)
            return
        self.apply_view(result)

    @work(thread=True, exclusive=True, group="qa-filter", description="qa-filter")
    def qa_then_filter(self, spec: Filter) -> None:
        flagged = {u.id for u in list(self.units) if u.target and self.assist.findings(u)}
        self.app.call_from_thread(self.apply_view, spec, flagged)

    def action_clear_filter(self) -> None:
        self.clear_filter_view()
        self.grid.move_cursor(self.current, post=False)

    @after_typing
    def action_replace(self) -> None:
        if self.ready():
            self.leave_current()
            self.app.push_screen(ReplaceDialog(self.units), self.replaced)

    def replaced(self, plan: Any) -> None:
        if not plan or self.session is None:
            return
        self.session.apply_many([(item.index, item.new) for item in plan])
        self.counts = self.session.state_counts()
        self.grid.refresh_all()
        self.grid.move_cursor(self.grid.cursor, post=False)
        self._note_change()
        self.load_current(self.current)
        self.notify(f"Replaced in {len(plan)} segment(s).")

    def action_toggle_panels(self) -> None:
        hidden = self.has_class("-no-panels")
        self.panels_forced = hidden
        self.set_class(not hidden, "-no-panels")

    @after_typing
    def action_save(self) -> None:
        if self.ready():
            self.flush_pending()
            self.start_fold()
            self.notify("Saving…")
