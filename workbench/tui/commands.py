"""Command palette (ctrl+p): every action of the current screen and of the app."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from workbench.tui.keymap import ActionSpec, keys_for, specs


class WorkbenchCommands(Provider):
    def _entries(self) -> list[tuple[ActionSpec, str]]:
        scope = str(getattr(self.screen, "KEYMAP_SCOPE", ""))  # whose keys: "editor", ...
        keymap = getattr(self.app, "user_keymap", {})
        entries = specs(scope) + specs("app") if scope else specs("app")
        return [(spec, keys_for(spec.id, keymap)) for spec in entries]

    def _run(self, spec: ActionSpec) -> None:
        self.app.call_later(self.screen.run_action, spec.action)

    async def discover(self) -> Hits:
        for spec, keys in self._entries():
            yield DiscoveryHit(spec.description, partial(self._run, spec), help=keys)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for spec, keys in self._entries():
            label = spec.description
            score = matcher.match(f"{label} {keys}")
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(self._run, spec), help=keys)
