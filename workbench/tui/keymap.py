"""Actions and their default keys, as data. Screens build their bindings from this table;
the help screen and the command palette list it; a keymap file overrides the keys.

Keymap files (TOML, later ones win):
    ~/.config/workbench/keymap.toml        (or $XDG_CONFIG_HOME/workbench/keymap.toml)
    <project>/.workbench/keymap.toml

    [keys]
    "editor.confirm" = "enter"
    "editor.next_untranslated" = "ctrl+u,f9"

See docs/keymap.md for every action id.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding, BindingType

from workbench.domain.errors import InputError


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str  # binding id used by keymap files: "<scope>.<name>"
    keys: str  # default keys, comma separated (Textual key names)
    action: str  # the screen action to run
    description: str
    show: bool = False  # shown in the footer
    priority: bool = True  # wins over the text area's own keys
    label: str = ""  # short footer label (default: the description)

    @property
    def scope(self) -> str:
        return self.id.partition(".")[0]


ACTIONS: tuple[ActionSpec, ...] = (
    # the editor
    ActionSpec(
        "editor.confirm",
        "enter",
        "confirm",
        "Confirm segment, go to next",
        True,
        label="Confirm",
    ),
    ActionSpec("editor.newline", "ctrl+j,alt+enter", "newline", "Insert a line break"),
    ActionSpec("editor.draft", "ctrl+d", "draft", "Mark as draft, go to next", True, label="Draft"),
    ActionSpec(
        "editor.next_untranslated",
        "ctrl+u",
        "next_untranslated",
        "Next unconfirmed (untranslated or draft)",
        True,
        label="Unconfirmed",
    ),
    ActionSpec("editor.next", "alt+down", "move(1)", "Next segment (keeps the edit)"),
    ActionSpec("editor.previous", "alt+up", "move(-1)", "Previous segment (keeps the edit)"),
    ActionSpec(
        "editor.copy_source",
        "ctrl+b",
        "extra('source')",
        "Copy source into the translation (replace it, or insert at the cursor)",
        label="Source",
    ),
    ActionSpec("editor.insert_source", "alt+b", "extra('insert_source')", "Insert the source"),
    ActionSpec("editor.select_all", "ctrl+a", "extra('select_all')", "Select all the translation"),
    ActionSpec(
        "editor.accept_suggestion",
        "tab",
        "extra('accept_suggestion')",
        "Autocomplete: accept the suggestion (else next field)",
    ),
    ActionSpec("editor.history", "alt+h", "extra('history')", "Versions of the segment: restore"),
    ActionSpec(
        "editor.undo_replace", "alt+z", "extra('undo_replace')", "Undo the last replace-all"
    ),
    ActionSpec("editor.split", "alt+k", "extra('split')", "Split the segment (cursor in source)"),
    ActionSpec("editor.merge", "alt+j", "extra('merge')", "Merge the segment with the next"),
    ActionSpec(
        "editor.use_match",
        "ctrl+r",
        "use_match",
        "Replace with the selected match",
        True,
        label="Use match",
    ),
    ActionSpec("editor.match_1", "alt+1", "select_match(0)", "Select match 1"),
    ActionSpec("editor.match_2", "alt+2", "select_match(1)", "Select match 2"),
    ActionSpec("editor.match_3", "alt+3", "select_match(2)", "Select match 3"),
    ActionSpec("editor.match_4", "alt+4", "select_match(3)", "Select match 4"),
    ActionSpec("editor.match_5", "alt+5", "select_match(4)", "Select match 5"),
    ActionSpec("editor.glossary", "ctrl+g", "insert_term", "Insert a glossary term", label="Term"),
    ActionSpec(
        "editor.add_term", "ctrl+t", "flow('add_term')", "Add a glossary term (selected text)"
    ),
    ActionSpec(
        "editor.glossary_screen", "f4", "flow('glossary_screen')", "Glossary: browse, search, edit"
    ),
    ActionSpec(
        "editor.spelling",
        "ctrl+o",
        "spelling",
        "Spelling: correct the word at the cursor or add it to the dictionary",
    ),
    ActionSpec(
        "editor.concordance", "ctrl+k", "flow('concordance')", "Concordance search in the memory"
    ),
    ActionSpec(
        "editor.filter",
        "ctrl+f",
        "flow('filter')",
        "Filter, search, go to segment",
        label="Filter",
    ),
    ActionSpec("editor.clear_filter", "ctrl+l", "clear_filter", "Show all segments"),
    ActionSpec(
        "editor.replace",
        "f3",
        "flow('search_replace')",
        "Search and replace",
        label="Replace",
    ),
    ActionSpec("editor.approve", "f5", "approve", "Approve segment (review)", label="Approve"),
    ActionSpec(
        "editor.reject",
        "f6",
        "flow('reject')",
        "Reject segment with a comment (review)",
        label="Reject",
    ),
    ActionSpec("editor.comment", "f7", "flow('comment')", "Add a comment"),
    ActionSpec("editor.resolve", "f8", "resolve_comments", "Resolve the comment thread"),
    # review, annotations, QA, sync (most run through screens/editor_flows.py)
    ActionSpec(
        "editor.review_filter",
        "alt+f",
        "flow('review_filter')",
        "Review filter: by translator, changed since my review, open comments",
    ),
    ActionSpec(
        "editor.approve_all",
        "alt+a",
        "flow('approve_all')",
        "Approve all translated segments without QA errors",
    ),
    ActionSpec(
        "editor.annotate",
        "ctrl+n",
        "flow('annotate')",
        "Annotate the selection (source or translation)",
    ),
    ActionSpec("editor.edit_annotation", "alt+n", "flow('edit_annotation')", "Edit an annotation"),
    ActionSpec(
        "editor.remove_annotation", "alt+m", "flow('remove_annotation')", "Remove an annotation"
    ),
    ActionSpec(
        "editor.ignore_qa", "f9", "flow('ignore_qa')", "Ignore a QA warning (with a reason)"
    ),
    ActionSpec(
        "editor.qa_document", "f10", "flow('qa_document')", "QA on demand for the whole document"
    ),
    ActionSpec("editor.sync", "alt+s", "sync", "Sync: commit, pull, merge, push (git)"),
    ActionSpec(
        "editor.use_alternative",
        "alt+c",
        "flow('use_alternative')",
        "Conflict: put the other version in the editor (enter keeps it)",
    ),
    ActionSpec(
        "editor.panels", "f2", "toggle_panels", "Show or hide the side panels", label="Panels"
    ),
    ActionSpec("editor.save", "ctrl+s", "save", "Save now (saving is automatic)"),
    ActionSpec("editor.grid", "escape", "escape", "Grid / translation focus; back"),
    # the overview
    ActionSpec(
        "overview.open", "enter", "open_document", "Open the document", True, False, label="Open"
    ),
    ActionSpec(
        "overview.review",
        "r",
        "review_document",
        "Review the document",
        True,
        False,
        label="Review",
    ),
    ActionSpec(
        "overview.lang", "l", "next_lang", "Switch target language", True, False, label="Language"
    ),
    # everywhere
    ActionSpec("app.help", "f1", "app.help", "Help: every key", True, label="Help"),
    ActionSpec("app.quit", "ctrl+q", "app.quit", "Save and quit", True, label="Quit"),
    ActionSpec(
        "app.preview",
        "alt+p",
        "app.preview",
        "Preview the translated document (as exported)",
    ),
    ActionSpec("app.export", "alt+x", "app.export", "Export the document into export/<lang>/"),
    ActionSpec("app.stats", "alt+i", "app.stats", "Statistics: segments and words by state"),
)


def specs(scope: str) -> list[ActionSpec]:
    return [spec for spec in ACTIONS if spec.scope == scope]


def bindings(scope: str) -> list[BindingType]:
    return [
        Binding(
            spec.keys,
            spec.action,
            spec.label or spec.description,
            tooltip=spec.description,
            show=spec.show,
            priority=spec.priority,
            id=spec.id,
        )
        for spec in specs(scope)
    ]


def keymap_paths(project_root: Path | None) -> list[Path]:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    paths = [config / "workbench" / "keymap.toml"]
    if project_root is not None:
        paths.append(project_root / ".workbench" / "keymap.toml")
    return paths


def load_keymap(project_root: Path | None) -> dict[str, str]:
    """Binding id -> keys from the keymap files (later files win). InputError when broken."""
    known = {spec.id for spec in ACTIONS}
    keymap: dict[str, str] = {}
    for path in keymap_paths(project_root):
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise InputError(path, f"not a valid keymap: {error}") from None
        keys = data.get("keys", {})
        if not isinstance(keys, dict):
            raise InputError(path, '[keys] must be a table of action id = "keys"')
        for action_id, value in keys.items():
            if action_id not in known:
                raise InputError(path, f"unknown action {action_id!r} (see docs/keymap.md)")
            if not isinstance(value, str) or not value.strip():
                raise InputError(path, f"{action_id}: keys must be a non-empty string")
            keymap[action_id] = value
    return keymap


def keys_for(action_id: str, keymap: dict[str, str]) -> str:
    for spec in ACTIONS:
        if spec.id == action_id:
            return keymap.get(action_id, spec.keys)
    raise KeyError(action_id)


# The footer shows the essentials only (show=True): every key is in the help (f1) and the
# palette (ctrl+p); more would cut "f1 Help" and "^q Quit" off at 80 columns.
# Scopes whose bindings are active together: a key may mean one action in each group.
SCOPE_GROUPS = (("editor", "app"), ("overview", "app"))


def keymap_conflicts(keymap: dict[str, str]) -> list[str]:
    """One line for each key that, with the user's keymap applied, two actions active at
    the same time both claim (reported at start: the later binding would silently win)."""
    found: list[str] = []
    for group in SCOPE_GROUPS:
        claimed: dict[str, list[str]] = {}
        for spec in ACTIONS:
            if spec.scope not in group:
                continue
            for key in keymap.get(spec.id, spec.keys).split(","):
                if key.strip():
                    claimed.setdefault(key.strip(), []).append(spec.id)
        for key, ids in claimed.items():
            if len(ids) > 1 and any(action_id in keymap for action_id in ids):
                line = f"keymap: {key} is bound to both {' and '.join(ids)}"
                if line not in found:
                    found.append(line)
    return found
