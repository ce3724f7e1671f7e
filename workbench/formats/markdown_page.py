"""A translated Markdown document published as HTML, with its whole block structure.

The published Markdown (the source's own syntax with the translations in place, lossless) is
rendered by markdown-it (CommonMark, GFM tables, footnotes), so nested lists keep their
nesting and numbering, a block quote of several paragraphs stays one quote, tables stay
tables, reference links resolve and the document's own footnotes are footnotes. Notes added on
publishing (glosses as footnotes, published annotations) become Markdown footnotes too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workbench.formats.html import page

NOTE_LABEL = "wb-note-"  # labels of the notes added on publishing: never the document's own


def markdown_parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark").enable("table").use(footnote_plugin)


def note_ref(number: int) -> str:
    return f"[^{NOTE_LABEL}{number}]"


def with_notes(text: str, notes: Sequence[str]) -> str:
    """`text` (whose markers are `note_ref`s) followed by the notes' definitions."""
    if not notes:
        return text
    lead = "\n" if text.endswith("\n") else "\n\n"
    definitions = "".join(
        f"[^{NOTE_LABEL}{number}]: {' '.join(note.split())}\n"
        for number, note in enumerate(notes, 1)
    )
    return text + lead + definitions


def markdown_html(text: str, notes: Sequence[str], title: str, lang: str) -> str:
    """A standalone page of the published Markdown `text`."""
    body = markdown_parser().render(with_notes(text, notes))
    return page(body, title, lang)
