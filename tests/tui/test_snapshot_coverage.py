"""Every screen and dialog of the TUI has snapshots at 80x24 and 200x60.

A new Screen (or ModalScreen) class in workbench.tui fails this test until it has a snapshot
test at both sizes (opened by its keys, see tests/tui/test_snapshots_dialogs.py) and is
listed in SNAPSHOTS below with the files its snapshot test writes.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from textual.screen import Screen

import workbench.tui

TESTS = Path(__file__).parent.parent
SIZES = ("80x24", "200x60")
DIALOGS = "tui/__snapshots__/test_snapshots_dialogs/"
EDITOR_KEYS = "editor/__snapshots__/test_editor_keys/"
APP_ACTIONS = "editor/__snapshots__/test_app_actions/"

# screen class -> its snapshot files under tests/, "{size}" standing for each size
SNAPSHOTS = {
    "OverviewScreen": "tui/__snapshots__/test_snapshots/test_overview[{size}].svg",
    "EditorScreen": "tui/__snapshots__/test_snapshots/test_editor[{size}].svg",
    "TermDialog": DIALOGS + "test_editor_dialog[add_term-{size}].svg",
    "AnnotateDialog": DIALOGS + "test_editor_dialog[annotate-{size}].svg",
    "ReplaceDialog": DIALOGS + "test_editor_dialog[replace-{size}].svg",
    "ReviewFilterDialog": DIALOGS + "test_editor_dialog[review_filter-{size}].svg",
    "ConfirmDialog": DIALOGS + "test_editor_dialog[delete_term-{size}].svg",
    "TextPrompt": DIALOGS + "test_editor_dialog[comment-{size}].svg",
    "ChoiceDialog": DIALOGS + "test_editor_dialog[source_choice-{size}].svg",
    "GlossaryScreen": DIALOGS + "test_editor_dialog[glossary-{size}].svg",
    "ConcordanceScreen": DIALOGS + "test_editor_dialog[concordance-{size}].svg",
    "HelpScreen": DIALOGS + "test_editor_dialog[help-{size}].svg",
    "SpellingDialog": DIALOGS + "test_spelling_dialog[{size}].svg",
    "AlignReviewScreen": DIALOGS + "test_align_review[{size}].svg",
    "FilterDialog": EDITOR_KEYS + "test_dialog_snapshots[filter-{size}].svg",
    "HistoryDialog": EDITOR_KEYS + "test_dialog_snapshots[history-{size}].svg",
    "SplitDialog": EDITOR_KEYS + "test_dialog_snapshots[split-{size}].svg",
    "PreviewScreen": APP_ACTIONS + "test_preview_snapshot[{size}].svg",
    "StatsDialog": APP_ACTIONS + "test_stats_snapshot[{size}].svg",
    "HandleDialog": "editor/__snapshots__/test_first_start/test_handle_dialog_snapshot[{size}].svg",
}


def screen_classes() -> tuple[set[str], set[str]]:
    """Every Screen subclass defined in workbench.tui (each module imported), and those of
    them that other screens of ours subclass (a base such as a frame need not be shown alone)."""
    for module in pkgutil.walk_packages(workbench.tui.__path__, "workbench.tui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    bases: set[str] = set()
    pending = list(Screen.__subclasses__())
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if cls.__module__.startswith("workbench.tui."):
            found.add(cls.__name__)
            if any(sub.__module__.startswith("workbench.tui.") for sub in cls.__subclasses__()):
                bases.add(cls.__name__)
    return found, bases


def test_every_screen_class_is_listed() -> None:
    found, bases = screen_classes()
    assert found >= {"EditorScreen", "HelpScreen", "TermDialog"}  # the walk finds them
    missing = sorted(found - bases - set(SNAPSHOTS))
    assert not missing, (
        f"screens without snapshots: {missing}; add snapshot tests at 80x24 and 200x60, "
        "opened by keys (tests/tui/test_snapshots_dialogs.py), and list them in SNAPSHOTS"
    )
    gone = sorted(set(SNAPSHOTS) - found)
    assert not gone, f"listed but no longer in workbench.tui: {gone}"


def test_every_listed_screen_has_both_snapshots() -> None:
    absent = [
        pattern.format(size=size)
        for pattern in SNAPSHOTS.values()
        for size in SIZES
        if not (TESTS / pattern.format(size=size)).is_file()
    ]
    assert not absent, f"snapshot files missing: {absent}"
