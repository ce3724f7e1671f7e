"""Review an alignment before it goes to the memory: both sides, links, confidence.

One row per link: its confidence (a pair below the threshold is marked `?` and stays out of
the memory unless accepted), then the source and target sentences. Keys: `j` joins the link
with the next, `s` splits it, `u` / `d` move the target boundary with the next link up or
down, `a` accepts a link as it is; ctrl+s saves (the reviewed pairs go to the memory),
escape leaves without writing anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from workbench.domain.align.aligner import Link
from workbench.domain.align.edit import REVIEWED, join, shift, split

if TYPE_CHECKING:
    from workbench.app.documents.align import FileAlignment

TEXT_WIDTH = 60  # the most of each side shown; less on a narrow screen
MIN_TEXT_WIDTH = 16
OTHER_COLUMNS = 20  # the mark, the score, the cells' padding and the scroll bar


class AlignReviewScreen(Screen[list[Link] | None]):
    CSS_PATH = "align_review.tcss"
    # the footer holds what fits in 80 columns; u and d are told by the hint line
    BINDINGS = [
        Binding("ctrl+s", "save", "Save to memory", id="align.save"),
        Binding("escape", "cancel", "Cancel", id="align.cancel"),
        Binding("a", "accept", "Accept", id="align.accept"),
        Binding("j", "join", "Join", id="align.join"),
        Binding("s", "split", "Split", id="align.split"),
        Binding("u", "shift_up", "Next target up", show=False, id="align.shift_up"),
        Binding("d", "shift_down", "Last target down", show=False, id="align.shift_down"),
    ]

    def __init__(
        self,
        links: Sequence[Link],
        source_texts: Sequence[str],
        target_texts: Sequence[str],
        min_score: float,
        title: str = "",
    ) -> None:
        super().__init__()
        self.links = list(links)
        self.source_texts = source_texts
        self.target_texts = target_texts
        self.min_score = min_score
        self.heading = title
        self._shown_width = 0

    def compose(self) -> ComposeResult:
        yield Static(id="align-title")
        table: DataTable[Any] = DataTable(id="align-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("", "score", "source", "target")
        yield table
        yield Static(
            "? = unsure: stays out of the memory unless accepted (a) or fixed: j join with "
            "the next, s split, u / d move the next target up / the last target down",
            id="align-hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_rows()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        if self.text_width() != self._shown_width:
            self.refresh_rows()

    def text_width(self) -> int:
        """Each side's width: both fit on the screen, up to TEXT_WIDTH."""
        fitting = (self.size.width - OTHER_COLUMNS) // 2
        return max(MIN_TEXT_WIDTH, min(TEXT_WIDTH, fitting))

    # ---- what is shown ---------------------------------------------------------------
    def is_sure(self, link: Link) -> bool:
        return link.score >= self.min_score

    def refresh_rows(self, cursor: int | None = None) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row if cursor is None else cursor
        table.clear()
        self._shown_width = self.text_width()
        for link in self.links:
            table.add_row(*self.cells(link))
        if self.links:
            table.move_cursor(row=max(0, min(row, len(self.links) - 1)))
        paired = [link for link in self.links if link.source and link.target]
        unsure = sum(1 for link in paired if not self.is_sure(link))
        self.query_one("#align-title", Static).update(
            f"Alignment review {self.heading}: {len(paired)} pairs, {unsure} unsure, "
            f"{len(self.links) - len(paired)} without counterpart"
        )

    def cells(self, link: Link) -> tuple[Text, Text, Text, Text]:
        if not (link.source and link.target):
            mark = Text("–", style="dim")
        elif link.score >= REVIEWED:
            mark = Text("✓", style="bold green")
        elif self.is_sure(link):
            mark = Text(" ")
        else:
            mark = Text("?", style="bold red")
        score = Text(f"{link.score:.2f}", style="" if self.is_sure(link) else "red")
        return (
            mark,
            score,
            self.side(self.source_texts, link.source, self._shown_width),
            self.side(self.target_texts, link.target, self._shown_width),
        )

    @staticmethod
    def side(texts: Sequence[str], indices: tuple[int, ...], width: int = TEXT_WIDTH) -> Text:
        if not indices:
            return Text("(nothing)", style="dim italic")
        joined = " ".join(texts[i] for i in indices)
        return Text(joined if len(joined) <= width else joined[: width - 1] + "…")

    # ---- edits -----------------------------------------------------------------------
    @property
    def current(self) -> int:
        return self.query_one(DataTable).cursor_row

    def action_join(self) -> None:
        self.links = join(self.links, self.current)
        self.refresh_rows()

    def action_split(self) -> None:
        self.links = split(self.links, self.current)
        self.refresh_rows()

    def action_shift_up(self) -> None:
        self.links = shift(self.links, self.current, down=False)
        self.refresh_rows()

    def action_shift_down(self) -> None:
        self.links = shift(self.links, self.current, down=True)
        self.refresh_rows()

    def action_accept(self) -> None:
        index = self.current
        if 0 <= index < len(self.links):
            link = self.links[index]
            self.links[index] = Link(link.source, link.target, REVIEWED, link.similarity)
            self.refresh_rows(index + 1)

    def action_save(self) -> None:
        self.dismiss(self.links)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AlignReviewApp(App[list[Link] | None]):
    """The review screen on its own, as `workbench align --review` opens it."""

    TITLE = "workbench align"

    def __init__(self, screen: AlignReviewScreen) -> None:
        super().__init__()
        self.review_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.review_screen, callback=self.exit)


def review_app(alignment: FileAlignment, min_score: float) -> AlignReviewApp:
    """The review of an alignment's sentence links."""
    result = alignment.result
    screen = AlignReviewScreen(
        result.sentence_links,
        result.source_sentences.texts,
        result.target_sentences.texts,
        min_score,
        f"{alignment.source.path.name} ↔ {alignment.target.path.name}",
    )
    return AlignReviewApp(screen)


def review_alignment(alignment: FileAlignment, min_score: float) -> list[Link] | None:
    """Run the review; the reviewed links, or None when it was cancelled."""
    return review_app(alignment, min_score).run()
