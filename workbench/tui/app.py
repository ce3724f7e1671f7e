"""The workbench Textual app: the overview, and the editor on top of it."""

from __future__ import annotations

import sys

from textual import events
from textual.app import App

from workbench.storage.project import Document, Project
from workbench.tui import keymap
from workbench.tui.app_actions import ProjectActions
from workbench.tui.commands import WorkbenchCommands
from workbench.tui.editor_controller import EditorController
from workbench.tui.key_hold import KeyHold
from workbench.tui.navigation import EditorClosed, OpenConcordance, OpenEditor, OpenGlossary
from workbench.tui.screens.concordance import ConcordanceScreen
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.glossary import GlossaryScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.overview import OverviewScreen

# Workers (loading a catalog, building the translation memory) hold the GIL while the UI
# thread waits for it after every system call; CPython hands it over every 5 ms by default,
# which let a worker stretch one UI frame to a few hundred milliseconds. 1 ms keeps typing
# smooth at a small cost to the workers.
UI_SWITCH_INTERVAL = 0.001


class WorkbenchApp(ProjectActions):
    TITLE = "workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS = keymap.bindings("app")
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        project: Project,
        document: Document | None = None,
        lang: str | None = None,
        review: bool = False,
        user_keymap: dict[str, str] | None = None,
        ask_handle: bool = False,
    ) -> None:
        super().__init__()
        sys.setswitchinterval(min(sys.getswitchinterval(), UI_SWITCH_INTERVAL))
        self.project = project
        self.start_document = document
        self.lang = lang or project.settings.target_langs[0]
        self.review = review
        self.user_keymap = dict(user_keymap or {})
        self.ask_handle = ask_handle  # first start: nobody said who is working yet
        # keys typed before the editor can take them wait (the editor releases them)
        holding = document is not None and not ask_handle
        self.key_hold = KeyHold(self._dispatch_key, self.call_next, holding=holding)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self.key_hold.keep(event):
                return
        await super().on_event(event)

    async def _dispatch_key(self, event: events.Key) -> None:
        await super().on_event(event)

    def on_mount(self) -> None:
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        for conflict in keymap.keymap_conflicts(self.user_keymap):  # never accepted silently
            self.notify(conflict, title="Keymap conflict", severity="warning", timeout=15)
        for line in self.project.settings.unknown:  # a typo must not leave a default silently
            self.notify(line, title="Unknown setting", severity="warning", timeout=15)
        if self.ask_handle:
            from workbench.app.team.identity import config_path_shown
            from workbench.tui.dialogs.handle import HandleDialog

            dialog = HandleDialog(self.project.handle, config_path_shown())
            self.push_screen(dialog, self.handle_chosen)
            return
        self.open_start_screen()

    def handle_chosen(self, handle: str | None) -> None:
        if handle:
            from workbench.app.team.identity import remember_handle

            self.project = remember_handle(self.project, handle)
            self.notify(f"Welcome, {handle}: your work is recorded under this handle.")
        self.open_start_screen()

    def open_start_screen(self) -> None:
        if self.start_document is None:
            self.push_screen(OverviewScreen(self.project, self.lang))
            return
        # the overview comes when the editor closes: its statistics would compete with
        # loading a big document for the CPU
        self.open_editor(self.start_document, self.lang, self.review)

    def open_editor(self, document: Document, lang: str, review: bool) -> None:
        self.key_hold.hold()  # until the editor shows a segment to type into
        controller = EditorController(self.project, document, lang, review)
        self.push_screen(EditorScreen(controller, key_hold=self.key_hold))

    # ---- navigation: screens ask, the app decides -----------------------------------------
    def on_open_editor(self, message: OpenEditor) -> None:
        self.open_editor(message.document, message.lang, message.review)

    def on_editor_closed(self, message: EditorClosed) -> None:
        if len(self.screen_stack) > 2:
            self.pop_screen()
        else:  # opened on a document: the overview comes now
            self.switch_screen(OverviewScreen(self.project, message.lang))

    def on_open_glossary(self, message: OpenGlossary) -> None:
        screen = GlossaryScreen(self.project, message.lang, message.last_good)
        self.push_screen(screen, message.reply)

    def on_open_concordance(self, message: OpenConcordance) -> None:
        screen = ConcordanceScreen(message.load_memory, message.langs, message.query)
        self.push_screen(screen, message.reply)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.user_keymap))

    async def action_quit(self) -> None:
        """Save every open document (fold the journals), then exit. An unconfirmed edit
        stays in the journal and is offered again on the next start."""
        for screen in list(self.screen_stack):
            if isinstance(screen, EditorScreen):
                await screen.shutdown()
        self.exit()
