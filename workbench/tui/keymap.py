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


# One row an action: id ("<scope>.<name>", used by keymap files), default keys (comma
# separated Textual key names), the screen action it runs, its description (help, palette,
# tooltip), a short label (default: the description) and whether the footer shows it.
# fmt: off
_TABLE: tuple[tuple[str, str, str, str, str, bool], ...] = (
    # the editor
    ("editor.confirm", "enter", "confirm", "Confirm segment, go to next", "Confirm", True),
    ("editor.newline", "ctrl+j,alt+enter", "newline", "Insert a line break", "", False),
    ("editor.draft", "ctrl+d", "draft", "Mark as draft, go to next", "Draft", True),
    ("editor.next_untranslated", "ctrl+u", "next_untranslated", "Next unconfirmed (untranslated or draft)", "Unconfirmed", True),
    ("editor.next", "alt+down", "move(1)", "Next segment (keeps the edit)", "", False),
    ("editor.previous", "alt+up", "move(-1)", "Previous segment (keeps the edit)", "", False),
    ("editor.copy_source", "ctrl+b", "extra('source')", "Copy source into the translation (replace it, or insert at the cursor)", "Source", False),
    ("editor.insert_source", "alt+b", "extra('insert_source')", "Insert the source", "", False),
    ("editor.select_all", "ctrl+a", "extra('select_all')", "Select all the translation", "", False),
    ("editor.accept_suggestion", "tab", "extra('accept_suggestion')", "Autocomplete: accept the suggestion (else next field)", "", False),
    ("editor.history", "alt+h", "extra('history')", "Versions of the segment: restore", "", False),
    ("editor.undo_replace", "alt+z", "extra('undo_replace')", "Undo the last replace-all", "", False),
    ("editor.split", "alt+k", "extra('split')", "Split the segment (cursor in source)", "", False),
    ("editor.merge", "alt+j", "extra('merge')", "Merge the segment with the next", "", False),
    ("editor.use_match", "ctrl+r", "extra('use_match')", "Replace with the selected match", "Use match", True),
    ("editor.match_1", "alt+1", "select_match(0)", "Select match 1", "", False),
    ("editor.match_2", "alt+2", "select_match(1)", "Select match 2", "", False),
    ("editor.match_3", "alt+3", "select_match(2)", "Select match 3", "", False),
    ("editor.match_4", "alt+4", "select_match(3)", "Select match 4", "", False),
    ("editor.match_5", "alt+5", "select_match(4)", "Select match 5", "", False),
    ("editor.glossary", "ctrl+g", "extra('insert_term')", "Insert a glossary term", "Term", False),
    ("editor.add_term", "ctrl+t", "flow('add_term')", "Add a glossary term (selected text)", "", False),
    ("editor.glossary_screen", "f4", "flow('glossary_screen')", "Glossary: browse, search, edit", "", False),
    ("editor.spelling", "ctrl+o", "extra('spelling')", "Spelling: correct the word at the cursor or add it to the dictionary", "", False),
    ("editor.concordance", "ctrl+k", "flow('concordance')", "Concordance search in the memory", "", False),
    ("editor.filter", "ctrl+f", "flow('filter')", "Filter, search, go to segment", "Filter", False),
    ("editor.clear_filter", "ctrl+l", "clear_filter", "Show all segments", "", False),
    ("editor.replace", "f3", "flow('search_replace')", "Search and replace", "Replace", False),
    ("editor.approve", "f5", "approve", "Approve segment (review)", "Approve", False),
    ("editor.reject", "f6", "flow('reject')", "Reject segment with a comment (review)", "Reject", False),
    ("editor.comment", "f7", "flow('comment')", "Add a comment", "", False),
    ("editor.resolve", "f8", "flow('resolve_comments')", "Resolve the comment thread", "", False),
    # review, annotations, QA, sync (most run through screens/editor_flows.py)
    ("editor.review_filter", "alt+f", "flow('review_filter')", "Review filter: by translator, changed since my review, open comments", "", False),
    ("editor.approve_all", "alt+a", "flow('approve_all')", "Approve all translated segments without QA errors", "", False),
    ("editor.annotate", "ctrl+n", "flow('annotate')", "Annotate the selection (source or translation)", "", False),
    ("editor.edit_annotation", "alt+n", "flow('edit_annotation')", "Edit an annotation", "", False),
    ("editor.remove_annotation", "alt+m", "flow('remove_annotation')", "Remove an annotation", "", False),
    ("editor.ignore_qa", "f9", "flow('ignore_qa')", "Ignore a QA warning (with a reason)", "", False),
    ("editor.qa_document", "f10", "flow('qa_document')", "QA on demand for the whole document", "", False),
    ("editor.sync", "alt+s", "sync", "Sync: commit, pull, merge, push (git)", "", False),
    ("editor.use_alternative", "alt+c", "flow('use_alternative')", "Conflict: put the other version in the editor (enter keeps it)", "", False),
    ("editor.panels", "f2", "toggle_panels", "Show or hide the side panels", "Panels", False),
    ("editor.save", "ctrl+s", "save", "Save now (saving is automatic)", "", False),
    ("editor.grid", "escape", "escape", "Grid / translation focus; back", "", False),
    # the overview
    ("overview.open", "enter", "open_document", "Open the document", "Open", True),
    ("overview.review", "r", "review_document", "Review the document", "Review", True),
    ("overview.lang", "l", "next_lang", "Switch target language", "Language", True),
    # everywhere
    ("app.help", "f1", "app.help", "Help: every key", "Help", True),
    ("app.quit", "ctrl+q", "app.quit", "Save and quit", "Quit", True),
    ("app.preview", "alt+p", "app.preview", "Preview the translated document (as exported)", "", False),
    ("app.export", "alt+x", "app.export", "Export the document into export/<lang>/", "", False),
    ("app.stats", "alt+i", "app.stats", "Statistics: segments and words by state", "", False),
)
# fmt: on

# The overview's list handles its own keys first; everywhere else ours win over the text area's.
_LIST_FIRST_SCOPES = frozenset({"overview"})

ACTIONS: tuple[ActionSpec, ...] = tuple(
    ActionSpec(
        action_id,
        keys,
        action,
        description,
        show=show,
        priority=action_id.partition(".")[0] not in _LIST_FIRST_SCOPES,
        label=label,
    )
    for action_id, keys, action, description, label, show in _TABLE
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
