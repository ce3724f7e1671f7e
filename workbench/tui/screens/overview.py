"""The overview: every document with words, progress by state, QA count, target language."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.widgets import DataTable, Footer, Static

from workbench.app.quality.qa_run import QACounts
from workbench.app.quality.stats import DocumentStats, document_stats
from workbench.domain.model import STATES
from workbench.storage.project import Project
from workbench.tui.navigation import OpenEditor
from workbench.tui.screens.keyed import KeyedScreen
from workbench.tui.widgets.segment_grid import STATE_MARKS

BAR_WIDTH = 24
NARROW_BAR_WIDTH = 10  # below WIDE_SCREEN columns, so that every column fits in 80
WIDE_SCREEN = 120
# what each column counts: source words, segments, words by state (bar and share done), findings
COLUMNS = ("Document", "Words", "Segments", "Progress (words)", "QA")
QA_LEGEND = (
    "Words: of the source · Progress: words done █, started ▒, untranslated ░\n"
    "QA: what `workbench qa DOC` lists (✖ errors, ⚠ warnings, i info)"
)


DONE_STATES = ("approved", "translated")
STARTED_STATES = ("rejected", "draft")
GLYPHS = {"approved": "█", "translated": "█", "rejected": "▒", "draft": "▒", "untranslated": "░"}


def done_share(stats: DocumentStats) -> float:
    """Words translated or approved, as a share of the document's words: what the bar's solid
    part and the percentage beside it both show."""
    if not stats.words:
        return 0.0
    return sum(stats.state_words[state] for state in DONE_STATES) / stats.words


def done_percent(stats: DocumentStats) -> str:
    return f"{int(100 * done_share(stats))}%" if stats.words else "–"


def progress_bar(stats: DocumentStats, width: int = BAR_WIDTH) -> Text:
    """Solid: translated or approved words; shaded: drafts and rejected; light: untranslated.
    The cells are cumulative shares rounded, so the solid part agrees with `done_percent`
    (and glyphs tell the parts apart without colour)."""
    text = Text()
    if not stats.words:
        return Text("·" * width, style="dim")
    order = (*DONE_STATES, *STARTED_STATES, "untranslated")
    used = 0
    cumulative = 0
    for state in order:
        cumulative += stats.state_words[state]
        upto = width if state == order[-1] else int(width * cumulative / stats.words)
        cells = max(0, upto - used)
        colour = STATE_MARKS[next(s for s in STATES if str(s) == state)][1]
        text.append(GLYPHS[state] * cells, style=colour)
        used += cells
    return text


def qa_cell(counts: QACounts) -> Text:
    """ "12  ✖2 ⚠9 i1": the total `workbench qa DOC` reports, then by severity."""
    text = Text(f"{counts.total}", style="bold" if counts.total else "dim")
    for number, sign, style in (
        (counts.errors, "✖", "bold red"),
        (counts.warnings, "⚠", "yellow"),
        (counts.info, "i", "cyan"),
    ):
        if number:
            text.append(f" {sign}{number}", style=style)
    return text


class OverviewScreen(KeyedScreen, scope="overview"):
    CSS_PATH = "overview.tcss"

    def __init__(self, project: Project, lang: str | None = None) -> None:
        super().__init__()
        self.project = project
        self.lang = lang or project.settings.target_langs[0]
        self.documents = project.documents()

    def compose(self) -> ComposeResult:
        yield Static(id="overview-title")
        yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
        yield Static(
            f"{QA_LEGEND}\n"
            "enter: translate · r: review · l: switch language · f1: help · ctrl+q: quit",
            id="overview-hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        self.fill()
        table.focus()

    def on_screen_resume(self) -> None:
        self.fill()

    def fill(self) -> None:
        langs = self.project.settings.target_langs
        title = Text(
            f"workbench · {self.project.root.name} · {self.project.settings.source_lang} → "
        )
        for lang in langs:  # the current target language stands out; `l` switches
            title.append(f" {lang} ", style="reverse bold" if lang == self.lang else "")
        count = len(self.documents)
        title.append(f" · {count} document{'' if count == 1 else 's'}")
        self.query_one("#overview-title", Static).update(title)
        table = self.query_one(DataTable)
        table.clear()
        for document in self.documents:
            table.add_row(document.name, "…", "…", "", "…", key=document.name)
        if not self.documents:
            table.add_row("no documents yet: `workbench add FILE`", "", "", "", "")
        self.compute_stats(self.lang)

    @work(thread=True, exclusive=True, group="stats", description="stats")
    def compute_stats(self, lang: str) -> None:
        """Progress first (cheap, row by row), then one QA run over the whole project: the
        project-wide checks read every catalog, so running QA per document would read them
        once per document."""
        for document in self.documents:
            try:
                stats = document_stats(self.project, document, lang)
            except Exception as error:  # noqa: BLE001 - a broken catalog shows in its row
                self.app.call_from_thread(self.show_error, document.name, str(error))
                continue
            self.app.call_from_thread(self.show_stats, document.name, stats, "…")
        self.app.call_from_thread(self.show_qa, self.qa_counts(lang))

    def qa_counts(self, lang: str) -> dict[str, Text]:
        """Findings per document name, as `workbench qa DOC` counts them ("–" everywhere
        when QA cannot run)."""
        try:
            from workbench.app.quality.qa_run import document_counts

            counts = document_counts(self.project, lang, self.documents)
        except Exception:  # noqa: BLE001 - QA is optional here
            return {document.name: Text("–") for document in self.documents}
        return {name: qa_cell(count) for name, count in counts.items()}

    def show_qa(self, counts: dict[str, Text]) -> None:
        table = self.query_one(DataTable)
        qa_column = list(table.columns)[-1]
        for name, count in counts.items():
            try:  # the column grows to fit: counts are never cut
                table.update_cell(name, qa_column, count, update_width=True)
            except Exception:  # noqa: BLE001 - the row went away (language switched)
                continue

    def show_stats(self, name: str, stats: DocumentStats, qa: str) -> None:
        table = self.query_one(DataTable)
        width = BAR_WIDTH if self.app.size.width >= WIDE_SCREEN else NARROW_BAR_WIDTH
        progress = progress_bar(stats, width).append(f" {done_percent(stats)}")  # same words
        values = (name, str(stats.words), str(stats.segments), progress, qa)
        try:
            for column, value in zip(table.columns, values, strict=True):
                table.update_cell(name, column, value, update_width=True)
        except Exception:  # noqa: BLE001 - the row went away (language switched)
            return

    def show_error(self, name: str, message: str) -> None:
        self.notify(message, severity="error", timeout=8)

    def selected_document(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.documents or table.cursor_row is None:
            return None
        return self.documents[table.cursor_row].name

    @on(DataTable.RowSelected)
    def action_open_document(self) -> None:
        self.open(review=False)

    def action_review_document(self) -> None:
        self.open(review=True)

    def open(self, review: bool) -> None:
        name = self.selected_document()
        if name is None:
            return
        self.app.post_message(OpenEditor(self.project.document(name), self.lang, review))

    def action_next_lang(self) -> None:
        langs = self.project.settings.target_langs
        self.lang = langs[(langs.index(self.lang) + 1) % len(langs)]
        self.fill()
