"""The base of the editor screen's invisible helper widgets that work on the current segment
(`EditorFlows`, `EditorExtras`): the screen's controller and its current segment. They tell
the screen what to redraw with messages, as any child widget tells its parent."""

from __future__ import annotations

from typing import Any

from textual.widget import Widget

from workbench.tui.editor_controller import EditorController
from workbench.tui.widgets.segment_view import CurrentSegment


class EditorPart(Widget):
    DEFAULT_CSS = "EditorPart { display: none; }"

    def __init__(self, controller: EditorController, segment: CurrentSegment, **kwargs: Any):
        super().__init__(**kwargs)
        self.controller = controller
        self.segment = segment
