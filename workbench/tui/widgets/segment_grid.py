"""The segment grid: number, source and translation side by side, wrapped, coloured by state.

A `ScrollView` with the Line API, built for 100,000 segments:
- each row's height is first *estimated* from the text length (cheap), and measured exactly
  (word wrap) only when the row is about to be shown; prefix sums of the heights map a screen
  line to its row with a bisect;
- rendered rows are kept in an LRU cache, dropped when their unit changes or the width does;
- the position indicator is a column the grid draws itself: Textual's scrollbar widget
  repaints in a frame of its own after every scroll, which doubled the cost of a move.

The grid shows a *view*: a list of unit indices (all of them, or a filter's result).
"""

from __future__ import annotations

import itertools
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.domain.model import CONFLICT, State, Unit

STATE_MARKS: dict[State, tuple[str, str]] = {
    State.UNTRANSLATED: ("·", "red"),
    State.DRAFT: ("~", "yellow"),
    State.TRANSLATED: ("✓", "green"),
    State.APPROVED: ("★", "bright_blue"),
    State.REJECTED: ("✗", "magenta"),
}
QA_MARKS: dict[str, tuple[str, str]] = {"error": ("✖", "bright_red"), "warning": ("⚠", "yellow")}
CACHE_ROWS = 2000
TRACK_STYLE = Style(bgcolor="rgb(36,36,44)")
THUMB_STYLE = Style(bgcolor="rgb(110,120,170)")


def estimate_lines(text: str, width: int) -> int:
    if "\n" not in text:
        return max(1, -(-len(text) // width))
    return sum(max(1, -(-len(part) // width)) for part in text.split("\n"))


def estimated_heights(units: Iterable[Unit], width: int, unit_count: int) -> array[int]:
    """Each row's height from its text length (no wrapping): cheap, and safe off the UI thread,
    so a worker can do it for a big document before the grid shows it. `unit_count`: how many
    units the document has (it sets the width of the number column)."""
    _number, source_w, target_w = columns(unit_count, width)
    return array(
        "l",
        (
            max(estimate_lines(u.source, source_w), estimate_lines(u.target, target_w))
            for u in units
        ),
    )


def columns(unit_count: int, width: int) -> tuple[int, int, int]:
    """Widths of the number, source and target columns."""
    number = max(4, len(str(unit_count)) + 1)
    rest = max(10, width - number - 4)  # state and QA marks, separator, position indicator
    source = rest // 2
    return number, source, rest - source


def wrap(text: str, width: int) -> list[str]:
    lines = Text(text).wrap(_CONSOLE, width, overflow="fold")
    return [line.plain for line in lines] or [""]


class _Console:
    """rich's wrap needs a console only for its tab size and encoding."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(width=200, color_system=None, force_terminal=False)


_CONSOLE = _Console().console


class SegmentGrid(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    SegmentGrid { background: $surface; scrollbar-visibility: hidden; }
    SegmentGrid:focus { background-tint: $foreground 3%; }
    """
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False, id="grid.up"),
        Binding("down", "cursor(1)", "Down", show=False, id="grid.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="grid.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="grid.page_down"),
        Binding("home", "edge(0)", "First", show=False, id="grid.first"),
        Binding("end", "edge(1)", "Last", show=False, id="grid.last"),
    ]

    def __init__(
        self,
        units: Sequence[Unit],
        on_cursor: Callable[[int], None],
        **kwargs: object,
    ) -> None:
        """`on_cursor(unit_index)` is called at once when the translator moves the cursor
        (keys, clicks): in the same turn, so the editor shows the new segment in the same
        frame as the grid (a message arrived a frame later)."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.units = units
        self.on_cursor = on_cursor
        self.view: list[int] | None = None  # unit indices shown; None: all
        self.cursor = 0
        self.highlight: str | None = None  # text highlighted in rows (search)
        self.qa_marks: Mapping[str, str] = {}  # unit id -> "error" | "warning"
        self._width = 0
        self._heights = array("l")
        self._measured = bytearray()
        self._prefix = array("q", [0])
        self._cache: OrderedDict[tuple[int, bool], list[Strip]] = OrderedDict()
        self._thumb = (0, 0)  # screen lines [start, end) of the position indicator
        self._rendering = False

    # ---- the model -------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self.units) if self.view is None else len(self.view)

    def unit_index(self, row: int) -> int:
        return row if self.view is None else self.view[row]

    def row_of(self, unit_index: int) -> int | None:
        if self.view is None:
            return unit_index if 0 <= unit_index < len(self.units) else None
        try:
            return self.view.index(unit_index)
        except ValueError:
            return None

    def rows_after_cursor(self) -> Iterator[int]:
        """Unit indices of the rows after the cursor, wrapping around to it."""
        count = self.row_count
        return (self.unit_index((self.cursor + offset) % count) for offset in range(1, count + 1))

    def set_units(
        self,
        units: Sequence[Unit],
        view: list[int] | None = None,
        heights: array[int] | None = None,
    ) -> None:
        """`heights`: `estimated_heights(units, width)` made by a worker (used when the width
        is still the same), so the UI thread does not walk 100,000 rows."""
        self.units = units
        self.set_view(view, heights)

    def width_for_estimates(self) -> int:
        return self.scrollable_content_region.width or self.size.width

    def set_view(self, view: list[int] | None, heights: array[int] | None = None) -> None:
        self.view = view
        self.cursor = min(self.cursor, max(0, self.row_count - 1))
        self._relayout(heights)

    def refresh_unit(self, unit_index: int) -> None:
        """The unit changed: measure and draw its row again."""
        row = self.row_of(unit_index)
        self._cache.pop((unit_index, False), None)
        self._cache.pop((unit_index, True), None)
        if row is not None and self._width:
            self._measured[row] = 0
            self._measure_rows(row, row + 1)
        self.refresh()

    def refresh_all(self) -> None:
        self._relayout()

    def refresh_marks(self) -> None:
        """The QA marks changed: draw the rows again (their heights stay)."""
        self._cache.clear()
        self.refresh()

    # ---- cursor --------------------------------------------------------------------------
    def move_cursor(self, row: int, post: bool = True) -> None:
        if not self.row_count:
            return
        row = max(0, min(row, self.row_count - 1))
        old = self.cursor
        self.cursor = row
        if old < self.row_count:
            self._cache.pop((self.unit_index(old), True), None)
        self.scroll_to_row(row)
        self.refresh()
        if post:
            self.on_cursor(self.unit_index(row))

    def scroll_to_row(self, row: int) -> None:
        if not self._width or not 0 <= row < self.row_count:
            return
        self._measure_rows(row, row + 1)
        top, height = self._prefix[row], self._heights[row]
        view_height = self.scrollable_content_region.height or self.size.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + height > self.scroll_y + view_height:
            self.scroll_to(y=top + height - view_height, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor + step)

    def action_page(self, step: int) -> None:
        view_height = max(1, self.scrollable_content_region.height - 1)
        target_y = self._prefix[self.cursor] + step * view_height
        target_y = max(0, min(target_y, self._prefix[-1] - 1))
        self.move_cursor(bisect_right(self._prefix, target_y) - 1)

    def action_edge(self, end: int) -> None:
        self.move_cursor(self.row_count - 1 if end else 0)

    def on_click(self, event: object) -> None:
        screen_y = int(getattr(event, "y", 0))
        if int(getattr(event, "x", 0)) >= self.size.width - 1 and self.size.height:
            # the position indicator: jump to the same fraction of the document
            fraction = screen_y / max(1, self.size.height - 1)
            y = int(fraction * max(0, self._prefix[-1] - 1))
            self.move_cursor(bisect_right(self._prefix, y) - 1)
            return
        y = int(self.scroll_y) + screen_y
        if 0 <= y < self._prefix[-1]:
            self.move_cursor(bisect_right(self._prefix, y) - 1)

    # ---- layout --------------------------------------------------------------------------
    def _columns(self) -> tuple[int, int, int]:
        return columns(len(self.units), self._width)

    def _relayout(self, heights: array[int] | None = None) -> None:
        self._width = self.width_for_estimates()
        self._cache.clear()
        count = self.row_count
        self._measured = bytearray(count)
        if not self._width:
            self._heights = array("l", [1]) * count
        elif heights is not None and self.view is None and len(heights) == count:
            self._heights = heights
        else:
            units, view = self.units, self.view
            rows = units if view is None else (units[i] for i in view)
            self._heights = estimated_heights(rows, self._width, len(units))
        self._rebuild_prefix()
        self.refresh()

    def _rebuild_prefix(self) -> None:
        self._prefix = array("q", [0])
        self._prefix.extend(itertools.accumulate(self._heights))
        size = Size(self._width, int(self._prefix[-1]))
        if self.is_mounted and size.width == self.virtual_size.width:
            # Only the height changed (a row measured while scrolling): the grid's own size is
            # the same, so skip the screen-wide layout a `virtual_size` assignment asks for;
            # it cost a second frame after the scroll.
            self.set_reactive(SegmentGrid.virtual_size, size)
            self._refresh_scrollbars()
            if not self._rendering:  # render_lines measures, then draws what it measured
                self.refresh()
        else:
            self.virtual_size = size

    def _measure_rows(self, first: int, last: int) -> bool:
        """Measure rows [first, last) exactly; True when a height changed."""
        _number, source_w, target_w = self._columns()
        changed = False
        for row in range(max(0, first), min(last, self.row_count)):
            if self._measured[row]:
                continue
            self._measured[row] = 1
            unit = self.units[self.unit_index(row)]
            height = max(len(wrap(unit.source, source_w)), len(wrap(unit.target, target_w)))
            if height != self._heights[row]:
                self._heights[row] = height
                changed = True
        if changed:
            self._rebuild_prefix()
        return changed

    def on_resize(self) -> None:
        if (self.scrollable_content_region.width or self.size.width) != self._width:
            self._relayout()
            self.scroll_to_row(self.cursor)

    # ---- rendering -----------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        if self._width:
            self._rendering = True
            try:
                for _ in range(3):  # measuring can change which rows are visible
                    top = int(self.scroll_y)
                    bottom = top + self.size.height
                    first = bisect_right(self._prefix, top) - 1
                    last = bisect_right(self._prefix, bottom)
                    if not self._measure_rows(first, last):
                        break
            finally:
                self._rendering = False
        self._thumb = self._thumb_lines()
        return super().render_lines(crop)

    def _thumb_lines(self) -> tuple[int, int]:
        total, height = int(self._prefix[-1]), self.size.height
        if total <= height or not height:
            return (0, 0)
        length = max(1, height * height // total)
        start = min(height - length, round(self.scroll_y * (height - length) / (total - height)))
        return (start, start + length)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        virtual_y = int(self.scroll_y) + y
        start, end = self._thumb
        indicator = Segment(" ", THUMB_STYLE if start <= y < end else TRACK_STYLE)
        if virtual_y >= self._prefix[-1] or not self.row_count:
            strip = Strip.blank(width - 1, self.rich_style)
        else:
            row = bisect_right(self._prefix, virtual_y) - 1
            strips = self._row_strips(row)
            line = virtual_y - self._prefix[row]
            strip = strips[line] if line < len(strips) else Strip.blank(width - 1, self.rich_style)
        return Strip([*strip, indicator], strip.cell_length + 1)

    def _row_strips(self, row: int) -> list[Strip]:
        unit_index = self.unit_index(row)
        is_cursor = row == self.cursor
        key = (unit_index, is_cursor)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        strips = self._render_row(row, unit_index, is_cursor)
        self._cache[key] = strips
        if len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return strips

    def _render_row(self, row: int, unit_index: int, is_cursor: bool) -> list[Strip]:
        unit = self.units[unit_index]
        number_w, source_w, target_w = self._columns()
        state = unit.state
        mark, colour = STATE_MARKS[state]
        if unit.first_record(CONFLICT) is not None:
            mark, colour = "!", "bright_red"
        base = self._row_style(row, is_cursor)
        target_style = base + Style(color=colour) if state is State.UNTRANSLATED else base
        source_lines = wrap(unit.source, source_w)
        target_lines = wrap(unit.target, target_w)
        height = max(len(source_lines), len(target_lines), self._heights[row])
        number_style = base + Style(dim=not is_cursor, bold=is_cursor)
        separator = base + Style(color="grey50")
        qa_mark, qa_colour = QA_MARKS.get(self.qa_marks.get(unit.id, ""), (" ", ""))
        qa_style = base + Style(color=qa_colour or None, bold=True)
        strips = []
        for line in range(height):
            number = f"{unit_index + 1:>{number_w - 1}} " if line == 0 else " " * number_w
            segments = [
                Segment(number, number_style),
                Segment(mark if line == 0 else " ", base + Style(color=colour, bold=True)),
                Segment(qa_mark if line == 0 else " ", qa_style),
                Segment(_cell(source_lines, line, source_w), base),
                Segment("│", separator),
                Segment(_cell(target_lines, line, target_w), target_style),
            ]
            strips.append(Strip(segments, number_w + source_w + target_w + 3))
        return strips

    def _row_style(self, row: int, is_cursor: bool) -> Style:
        if is_cursor:
            return Style(bgcolor="rgb(40,60,100)" if self.has_focus else "rgb(45,50,70)")
        return Style(bgcolor="rgb(30,30,36)" if row % 2 else "rgb(24,24,28)")

    def on_focus(self) -> None:
        if self.row_count:
            self._cache.pop((self.unit_index(self.cursor), True), None)
        self.refresh()

    def on_blur(self) -> None:
        self.on_focus()


def _cell(lines: list[str], index: int, width: int) -> str:
    text = lines[index] if index < len(lines) else ""
    return set_cell_size(text, width) if cell_len(text) != width else text
