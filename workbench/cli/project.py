"""init, add, stats, export: the foundation's commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.arguments import (
    Subcommands,
    add_document_argument,
    add_json_flag,
    add_lang_option,
)
from workbench.cli.common import print_json, project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.storage.project import Document, Project
from workbench.storage.settings import HANDLE_ENV

if TYPE_CHECKING:
    from workbench.app.memory.tm_analysis import Counts
    from workbench.app.quality.stats import DocumentStats

Analysis = dict[tuple[str, str], dict[str, "Counts"]]  # (lang, document) -> bucket -> counts


def register(subparsers: Subcommands) -> None:
    init = subparsers.add_parser(
        "init", help="create an empty project", description="Create an empty translation project."
    )
    init.add_argument("dir", nargs="?", default=".", help="the project folder (default: here)")
    init.add_argument("--source-lang", required=True, metavar="LANG", help="e.g. en")
    init.add_argument(
        "--target-lang", required=True, metavar="LANG[,LANG...]", help="e.g. ru or ru,uk"
    )
    init.set_defaults(func=run_init)

    add = subparsers.add_parser(
        "add",
        help="import or update source documents",
        description="Import source documents into sources/ and create or update their PO files. "
        "Re-adding a changed document keeps every translation.",
    )
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--encoding", help="the file's encoding (default: detected)")
    add.set_defaults(func=run_add)

    stats = subparsers.add_parser(
        "stats", help="progress by document and state", description="Segments and words by state."
    )
    add_document_argument(stats)
    add_lang_option(stats)
    add_json_flag(stats, "the figures")
    stats.add_argument(
        "--analysis", action="store_true", help="translation-memory match buckets per document"
    )
    stats.add_argument(
        "--people", action="store_true", help="per person: translated, reviewed, approved"
    )
    stats.set_defaults(func=run_stats)


def run_init(args: argparse.Namespace) -> int:
    import os

    langs = tuple(lang.strip() for lang in args.target_lang.split(",") if lang.strip())
    handle = args.handle or os.environ.get(HANDLE_ENV) or "translator"
    project = Project.init(Path(args.dir), args.source_lang, langs, handle)
    from workbench.app.team.gitsync import setup_git

    setup_git(project.root)  # merge drivers, so git merges PO files segment by segment
    print(f"Created a project in {project.root} ({args.source_lang} -> {', '.join(langs)}).")
    print("Next: workbench add FILE...   then: workbench")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from workbench.app.documents.importer import add_document

    project = project_from_args(args)
    for file in args.files:
        report = add_document(project, Path(file), args.encoding)
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(
            f"{report.document}: {report.segments} segments from {file} "
            f"(encoding {report.encoding}, language {report.detected_lang or 'unknown'})"
        )
        for lang in report.langs:
            action = "created" if lang.created else "updated"
            print(
                f"  {lang.lang}: {action}: {lang.kept} kept, {lang.changed} changed (now drafts), "
                f"{lang.added} new, {lang.removed} removed"
            )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from workbench.app.quality.stats import project_stats, totals

    project = project_from_args(args)
    documents = project.select_documents(args.document)
    langs = project.target_langs(args.lang)
    rows = project_stats(project, documents, langs)
    analysis = analysis_rows(project, langs) if args.analysis else {}
    if args.people:
        return print_people(project, documents, langs, args.json)
    if args.json:
        data = [row.as_json() for row in rows]
        if analysis:
            for row, item in zip(rows, data, strict=True):
                item["analysis"] = analysis.get((row.lang, row.document), {})
        print_json(data)
        return 0
    print_stats_table(rows, totals(rows))
    if analysis:
        print_analysis(analysis)
    return 0


def print_people(
    project: Project, documents: list[Document], langs: tuple[str, ...], as_json: bool
) -> int:
    from workbench.app.quality.stats import project_person_stats

    people = sorted(
        project_person_stats(project, documents, langs).values(), key=lambda row: row.handle
    )
    if as_json:
        print_json([row.as_json() for row in people])
        return 0
    print(
        f"{'handle':20} {'translated':>10} {'words':>7} {'reviewed':>9} {'approved':>9} "
        f"{'rejected':>9} {'comments':>9}"
    )
    for row in people:
        print(
            f"{row.handle[:20]:20} {row.translated:>10} {row.translated_words:>7} "
            f"{row.reviewed:>9} {row.approved:>9} {row.rejected:>9} {row.comments:>9}"
        )
    return 0


def analysis_rows(project: Project, langs: tuple[str, ...]) -> Analysis:
    try:
        from workbench.app.memory.tm_analysis import analyse
    except ImportError as error:
        raise WorkbenchError("match analysis needs the translation memory module") from error
    rows: Analysis = {}
    for lang in langs:
        for document, buckets in analyse(project, lang).items():
            rows[(lang, document)] = buckets
    return rows


def print_stats_table(rows: list[DocumentStats], total: dict[str, DocumentStats]) -> None:
    states = ["untranslated", "draft", "translated", "approved", "rejected"]
    header = f"{'document':32} {'lang':4} {'segs':>6} {'words':>7}  " + " ".join(
        f"{s[:6]:>7}" for s in states
    )
    print(header)
    for row in [*rows, *total.values()]:
        counts = " ".join(f"{row.states[s]:>7}" for s in states)
        done = row.state_words["translated"] + row.state_words["approved"]
        percent = f"{100 * done / row.words:5.1f}%" if row.words else "    -"
        print(
            f"{row.document[:32]:32} {row.lang:4} {row.segments:>6} {row.words:>7}  {counts}"
            f"  {percent}"
        )


def print_analysis(analysis: Analysis) -> None:
    print("\nmatch analysis (segments/words):")
    for (lang, document), buckets in sorted(analysis.items()):
        cells = ", ".join(f"{name}: {value}" for name, value in buckets.items())
        print(f"  {document} [{lang}] {cells}")
