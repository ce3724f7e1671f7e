"""`workbench align`: turn a document and its translation into translation memory.

Both files are read as `add` reads them (same formats, same encoding detection) and split
into paragraphs (a block between blank lines, a block element in HTML/Markdown/DOCX). The
domain aligner links paragraphs, then sentences; this module checks the input (binary,
empty, same language, not a translation), and writes the result: a TMX in
`translations/tm/`, a JSON-lines file of links, or drafts in the project's catalogs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.align.aligner import Link
from workbench.domain.align.document import DocumentAlignment, align_documents
from workbench.domain.errors import InputError, WorkbenchError
from workbench.domain.glossary.model import Glossary
from workbench.domain.langid import detect_language
from workbench.domain.langtags import same_language
from workbench.domain.model import now_iso
from workbench.domain.workflow import mark_draft
from workbench.formats.encoding import decode_source
from workbench.formats.registry import format_for_path, format_module, parse_document
from workbench.formats.tmx import write_tmx
from workbench.storage.atomic import write_text_atomic
from workbench.storage.project import Project
from workbench.storage.tm.memory import TranslationMemory
from workbench.storage.tm.units import TMUnit

DEFAULT_MIN_SCORE = 0.5  # links below this stay out of the memory and are listed
UNITS = ("paragraph", "sentence")


@dataclass(frozen=True, slots=True)
class ReadDocument:
    path: Path
    paragraphs: list[str]
    encoding: str
    lang: str | None  # detected


@dataclass(frozen=True, slots=True)
class FileAlignment:
    source: ReadDocument
    target: ReadDocument
    source_lang: str
    target_lang: str
    result: DocumentAlignment


def read_document(path: str | Path, encoding: str | None = None) -> ReadDocument:
    """The paragraphs of a document in any format `add` reads; InputError when unusable."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    if not data.strip():
        raise InputError(path, "is empty: nothing to align")
    fmt = format_for_path(path)
    extract = getattr(format_module(fmt), "extract_text", None)
    if extract is not None:
        text, used = extract(data, str(path)), fmt
    else:
        decoded = decode_source(data, str(path), encoding)
        text, used = decoded.text, decoded.encoding
    try:
        parsed = parse_document(text, fmt, "en", paragraph_only=True)
    except InputError as error:
        raise InputError(path, error.message, error.line) from None
    paragraphs = [segment.text for segment in parsed.segments]
    if not paragraphs:
        raise InputError(path, "has no text to align")
    return ReadDocument(path, paragraphs, used, detect_language("\n\n".join(paragraphs)))


def check_languages(
    source: ReadDocument, target: ReadDocument, source_lang: str, target_lang: str
) -> None:
    if same_language(source_lang, target_lang):
        raise WorkbenchError(f"source and target language are both {source_lang!r}")
    if source.lang and source.lang == target.lang:
        raise InputError(
            target.path,
            f"is in the same language as {source.path} ({source.lang}): give its translation",
        )
    if source.lang and target.lang and _swapped(source, target, source_lang, target_lang):
        raise InputError(
            source.path,
            f"looks like {source.lang} and {target.path} like {target.lang}: "
            f"the source ({source_lang}) comes first; swap the files",
        )


def _swapped(
    source: ReadDocument, target: ReadDocument, source_lang: str, target_lang: str
) -> bool:
    return same_language(source.lang or "", target_lang) and same_language(
        target.lang or "", source_lang
    )


def align_files(
    source_path: str | Path,
    target_path: str | Path,
    source_lang: str,
    target_lang: str,
    glossary: Glossary | None = None,
    memory: TranslationMemory | None = None,
    encoding: str | None = None,
) -> FileAlignment:
    source = read_document(source_path, encoding)
    target = read_document(target_path, encoding)
    check_languages(source, target, source_lang, target_lang)
    known = None
    if memory is not None and len(memory):

        def known(sentence: str) -> Iterable[str]:
            return [m.unit.target for m in memory.lookup_exact(sentence, source_lang, target_lang)]

    result = align_documents(
        source.paragraphs, target.paragraphs, source_lang, target_lang, glossary, known
    )
    evidence = result.evidence
    if not evidence.looks_parallel:
        raise InputError(
            target.path,
            f"does not look like a translation of {source.path}: their paragraphs share "
            f"{evidence.linked_similarity:.0%} of their anchors, about what chance gives "
            f"({evidence.random_similarity:.0%}), and {evidence.null_share:.0%} stay unmatched",
        )
    return FileAlignment(source, target, source_lang, target_lang, result)


# ---- output ----------------------------------------------------------------------------------
def unit_links(alignment: FileAlignment, unit: str) -> list[Link]:
    if unit not in UNITS:
        raise WorkbenchError(f"--unit {unit}: choose paragraph or sentence")
    result = alignment.result
    return result.paragraph_links if unit == "paragraph" else result.sentence_links


def links_jsonl(links: Sequence[Link]) -> str:
    return "".join(
        json.dumps({"source": list(link.source), "target": list(link.target), "score": link.score})
        + "\n"
        for link in links
    )


def write_links(path: str | Path, alignment: FileAlignment, unit: str) -> int:
    links = unit_links(alignment, unit)
    write_text_atomic(Path(path), links_jsonl(links))
    return len(links)


def link_texts(alignment: FileAlignment, link: Link) -> tuple[str, str]:
    """The sentences of a sentence link, each side joined by a space."""
    result = alignment.result
    source = " ".join(result.source_sentences.texts[i] for i in link.source)
    target = " ".join(result.target_sentences.texts[j] for j in link.target)
    return source, target


def split_by_confidence(links: Sequence[Link], min_score: float) -> tuple[list[Link], list[Link]]:
    """(pairs for the memory, pairs left out as unsure); null links are neither."""
    paired = [link for link in links if link.source and link.target]
    return (
        [link for link in paired if link.score >= min_score],
        [link for link in paired if link.score < min_score],
    )


def memory_path(project: Project, alignment: FileAlignment) -> Path:
    name = f"aligned-{alignment.source.path.stem}.{alignment.target_lang}.tmx"
    return project.translations_dir / "tm" / name


def write_memory(
    project: Project,
    alignment: FileAlignment,
    links: Sequence[Link],
    path: Path | None = None,
) -> tuple[Path, int]:
    """Write the sentence links' pairs as TMX into translations/tm/; (path, units written)."""
    path = path or memory_path(project, alignment)
    at = now_iso()
    units = []
    for link in links:
        source, target = link_texts(alignment, link)
        units.append(
            TMUnit(
                source=source,
                target=target,
                source_lang=alignment.source_lang,
                target_lang=alignment.target_lang,
                origin=path.name,
                state="translated",
                by=project.handle,
                at=at,
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    return path, write_tmx(path, units, alignment.source_lang)


def fill_project(
    project: Project, alignment: FileAlignment, links: Sequence[Link]
) -> tuple[str, int, int]:
    """Add the source as a document; its untranslated segments get aligned drafts.

    Returns (document name, drafts written, segments).
    """
    from workbench.app.documents.importer import add_document
    from workbench.storage.writer import project_writer

    report = add_document(project, alignment.source.path)
    document = project.document(report.document)
    aligned: dict[str, str] = {}
    for link in links:
        source, target = link_texts(alignment, link)
        aligned.setdefault(" ".join(source.split()), target)
    drafts = 0
    with project_writer(project).catalog(document, alignment.target_lang) as catalog:
        for unit in catalog.units:
            draft = aligned.get(" ".join(unit.source.split()))
            if draft and not unit.target and mark_draft(unit, draft, project.handle):
                drafts += 1
    return document.name, drafts, len(catalog.units)
