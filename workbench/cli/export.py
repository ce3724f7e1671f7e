"""`workbench export`, `workbench import` (XLIFF) and `workbench import-review` (review DOCX)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.arguments import Subcommands, add_document_argument, add_lang_option
from workbench.cli.common import project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.storage.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from workbench.app.documents.exporter import ExportOptions
    from workbench.app.exchange.interchange import ImportReport
    from workbench.domain.glossary.model import Glossary
    from workbench.domain.model import Unit
    from workbench.domain.qa.base import Finding
    from workbench.storage.project import Document, Project

EXPORT_DIR = "export"
EXTENSIONS = {
    "text": ".txt",
    "markdown": ".md",
    "html": ".html",
    "docx": ".docx",
    "review-html": ".review.html",
    "review-docx": ".review.docx",
    "xliff12": ".xlf",
    "xliff20": ".xlf",
    "po": ".po",
}
DOCUMENT_FORMATS = ("text", "markdown", "html", "docx")
LISTED_UNTRANSLATED = 20


FORCE_HELP = (
    "apply a file that does not say what the project held at export (another tool's) to "
    "translated segments too; by default it fills untranslated segments only"
)


def register(subparsers: Subcommands) -> None:
    export = subparsers.add_parser(
        "export",
        help="write translated documents, review files, XLIFF or PO",
        description="Write the translated documents (text, markdown, html, docx), bilingual "
        "review files (review-html, review-docx) or interchange files (xliff12, xliff20, po). "
        "Untranslated segments stay in the source language and are reported.",
    )
    add_document_argument(export)
    export.add_argument("--format", default="text", choices=tuple(EXTENSIONS), help="default: text")
    add_lang_option(export)
    export.add_argument(
        "--out", metavar="DIR", help=f"output folder (default: {EXPORT_DIR}/<lang>)"
    )
    export.add_argument("--include-drafts", action="store_true", help="publish drafts (fuzzy) too")
    export.add_argument(
        "--approved-only",
        action="store_true",
        help="publish approved segments only; the others stay in the source language",
    )
    export.add_argument(
        "--fail-on-qa", action="store_true", help="write nothing when QA finds errors"
    )
    export.add_argument(
        "--glosses",
        choices=("first", "footnote", "none"),
        default="none",
        help="add the glossary's gloss after a term's first occurrence, or as a footnote",
    )
    export.add_argument(
        "--notes", action="store_true", help="annotations marked for publication become footnotes"
    )
    export.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help="leave out every handle, time and comment (po, xliff, review files)",
    )
    export.add_argument(
        "--sign",
        action="store_true",
        help="record your handle as the author of a DOCX (by default it names nobody)",
    )
    export.set_defaults(func=run_export)

    importer = subparsers.add_parser(
        "import",
        help="import translations from XLIFF 1.2 / 2.0 or PO",
        description="Update translations, states, comments and annotations from an XLIFF or "
        "PO file exported earlier (or made by another tool), as a three-way merge: work done "
        "in the project since the export is kept, a segment changed in both becomes a "
        "conflict (alt+c in the editor). A file with unknown segment ids or other languages "
        "is refused and nothing changes.",
    )
    importer.add_argument("file", metavar="FILE.xlf|FILE.po")
    add_lang_option(importer)
    importer.add_argument("--force", action="store_true", help=FORCE_HELP)
    importer.set_defaults(func=run_import)

    review = subparsers.add_parser(
        "import-review",
        help="import a reviewed bilingual DOCX",
        description="Apply a reviewer's edits, states and comments from a review DOCX made with "
        "`export --format review-docx`. Changes are recorded under your handle (--as).",
    )
    review.add_argument("file", metavar="FILE.docx")
    review.add_argument("--force", action="store_true", help=FORCE_HELP)
    review.set_defaults(func=run_import_review)


def run_export(args: argparse.Namespace) -> int:
    from workbench.app.documents.exporter import ExportOptions

    project = project_from_args(args)
    options = ExportOptions(
        approved_only=args.approved_only,
        include_drafts=args.include_drafts,
        glosses=args.glosses,
        notes=args.notes,
    )
    langs = project.target_langs(args.lang)
    documents = project.select_documents(args.document)
    findings = qa_findings(project, documents, langs) if args.fail_on_qa else None
    if findings:
        for finding in findings:
            print(
                f"qa error: {finding.document} {finding.segment}: {finding.message}",
                file=sys.stderr,
            )
        raise WorkbenchError(f"--fail-on-qa: QA found {len(findings)} errors; nothing was exported")
    glossary = load_glossary(project) if args.glosses != "none" else None
    for lang in langs:
        out_dir = project.root / EXPORT_DIR / lang
        if args.out:
            out_dir = Path(args.out) / lang if len(langs) > 1 else Path(args.out)
        for document in documents:
            target = out_dir / (document.name + EXTENSIONS[args.format])
            data, left = export_one(project, document, lang, args, options, glossary)
            write_bytes_atomic(target, data)
            report_written(project, target, left)
    return 0


def export_one(
    project: Project,
    document: Document,
    lang: str,
    args: argparse.Namespace,
    options: ExportOptions,
    glossary: Glossary | None,
) -> tuple[bytes, list[Unit]]:
    """The file's bytes and the units left in the source language (documents only)."""
    from workbench.app.exchange import interchange

    fmt = args.format
    if fmt in DOCUMENT_FORMATS:
        from workbench.app.documents.exporter import document_bytes, prepare_export, publish

        exported = prepare_export(project, document, lang, options.states)
        publication = publish(exported, options, project.settings.source_lang, glossary)
        author = project.handle if getattr(args, "sign", False) else None
        return document_bytes(publication, fmt, author), exported.left_in_source
    if fmt in ("xliff12", "xliff20"):
        version = "1.2" if fmt == "xliff12" else "2.0"
        return interchange.export_xliff(project, document, lang, version, args.anonymise), []
    if fmt == "po":
        from workbench.app.exchange.po_export import clean_po_bytes

        return clean_po_bytes(project.load_catalog(document, lang), args.anonymise), []
    if fmt == "review-docx":
        return interchange.export_review_docx(project, document, lang, args.anonymise), []
    findings = review_findings(project, document, lang)
    return interchange.export_review_html(project, document, lang, findings, args.anonymise), []


def report_written(project: Project, target: Path, left: list[Unit]) -> None:
    note = f", {len(left)} segments left in {project.settings.source_lang}" if left else ""
    print(f"{project.relative(target)}{note}")
    for unit in left[:LISTED_UNTRANSLATED]:
        print(f"  {unit.state}: {unit.id} line {unit.line}: {unit.source[:60]}")
    if len(left) > LISTED_UNTRANSLATED:
        print(f"  ... and {len(left) - LISTED_UNTRANSLATED} more")


def qa_findings(
    project: Project, documents: list[Document], langs: tuple[str, ...]
) -> list[Finding]:
    """QA errors (severity "error") for the documents in the languages exported."""
    try:
        from workbench.app.quality.qa_run import check_project
    except ImportError as error:
        raise WorkbenchError(f"--fail-on-qa: QA is not available ({error})") from None
    errors = []
    for lang in langs:
        errors += [f for f in check_project(project, documents, lang) if f.severity == "error"]
    return errors


def review_findings(project: Project, document: Document, lang: str) -> list[Finding] | None:
    try:
        from workbench.app.quality.qa_run import check_project
    except ImportError:
        return None
    return list(check_project(project, [document], lang))


def load_glossary(project: Project) -> Glossary:
    try:
        from workbench.storage.glossary import load_glossary as load
    except ImportError as error:
        raise WorkbenchError(f"--glosses: the glossary is not available ({error})") from None
    return load(project.glossary_path)


def run_import(args: argparse.Namespace) -> int:
    from workbench.app.exchange.interchange import import_xliff
    from workbench.app.exchange.po_import import import_po

    project = project_from_args(args)
    path = Path(args.file)
    if path.suffix.lower() in (".po", ".pot"):
        print_import(import_po(project, path, args.lang, force=args.force))
        return 0
    for report in import_xliff(project, path, args.lang, force=args.force):
        print_import(report)
    return 0


def run_import_review(args: argparse.Namespace) -> int:
    from workbench.app.exchange.interchange import import_review_docx

    project = project_from_args(args)
    print_import(import_review_docx(project, Path(args.file), force=args.force))
    return 0


def print_import(report: ImportReport) -> None:
    print(report.summary())
    if report.conflicts:
        print(f"  conflicts (project text kept, file's text as the alternative; alt+c in the "
              f"editor): {', '.join(report.conflict_ids)}")  # fmt: skip
