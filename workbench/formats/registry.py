"""Which format reads which file, and one entry point per format operation.

Each format is a module with `parse(text, lang, paragraph_only)` and
`protected_spans(segment_text)`. Add a format by adding it to FORMATS (and its suffixes to
SUFFIXES in `workbench.domain.document_kinds`).
"""

from __future__ import annotations

from types import ModuleType

from workbench.domain.document_kinds import SUFFIXES, format_for_path  # noqa: F401  (re-exported)
from workbench.domain.errors import WorkbenchError
from workbench.formats import docx, html, markdown, text
from workbench.formats.base import ParsedDocument

FORMATS: dict[str, ModuleType] = {
    "text": text,
    "markdown": markdown,
    "html": html,
    "docx": docx,  # binary: the module's extract_text(data, path) gives the text to parse
}


def format_module(fmt: str) -> ModuleType:
    try:
        return FORMATS[fmt]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise WorkbenchError(f"unknown format {fmt!r} (known: {known})") from None


def parse_document(text: str, fmt: str, lang: str, paragraph_only: bool = False) -> ParsedDocument:
    parsed: ParsedDocument = format_module(fmt).parse(text, lang, paragraph_only)
    return parsed


def protected_spans(segment_text: str, fmt: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = format_module(fmt).protected_spans(segment_text)
    return spans
