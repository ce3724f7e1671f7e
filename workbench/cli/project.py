"""init, add, stats, export: the foundation's commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import add_lang_option, print_json, project_from_args
from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError
from workbench.core.project import Project
from workbench.core.settings import HANDLE_ENV

EXPORT_DIR = "export"
EXTENSIONS = {"text": ".txt", "markdown": ".md"}


def register(subparsers: argparse._SubParsersAction) -> None:
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
    stats.add_argument("document", nargs="?", metavar="DOCUMENT")
    add_lang_option(stats)
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.add_argument(
        "--analysis", action="store_true", help="translation-memory match buckets per document"
    )
    stats.set_defaults(func=run_stats)

    export = subparsers.add_parser(
        "export",
        help="write translated documents",
        description="Write the translated documents; untranslated segments stay in the source "
        "language and are reported.",
    )
    export.add_argument("document", nargs="?", metavar="DOCUMENT", help="default: all")
    export.add_argument("--format", default="text", help="text or markdown (default: text)")
    add_lang_option(export)
    export.add_argument("--out", metavar="DIR", help=f"output folder (default: {EXPORT_DIR}/<lang>)")
    export.add_argument(
        "--include-drafts", action="store_true", help="publish drafts (fuzzy) too"
    )
    export.set_defaults(func=run_export)


def run_init(args: argparse.Namespace) -> int:
    import os

    langs = tuple(lang.strip() for lang in args.target_lang.split(",") if lang.strip())
    handle = args.handle or os.environ.get(HANDLE_ENV) or "translator"
    project = Project.init(Path(args.dir), args.source_lang, langs, handle)
    print(f"Created a project in {project.root} ({args.source_lang} -> {', '.join(langs)}).")
    print("Next: workbench add FILE...   then: workbench")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from workbench.core.importer import add_document

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
    from workbench.core.stats import project_stats, totals

    project = project_from_args(args)
    documents = project.select_documents(args.document)
    langs = project.target_langs(args.lang)
    rows = project_stats(project, documents, langs)
    analysis = analysis_rows(project, langs) if args.analysis else {}
    if args.json:
        data = [row.as_json() for row in rows]
        for item in data:
            if analysis:
                item["analysis"] = analysis.get((item["lang"], item["document"]), {})
        print_json(data)
        return 0
    print_stats_table(rows, totals(rows))
    if analysis:
        print_analysis(analysis)
    return 0


def analysis_rows(project: Project, langs: tuple[str, ...]) -> dict:
    try:
        from workbench.core.tm.analysis import analyse
    except ImportError as error:
        raise WorkbenchError("match analysis needs the translation memory module") from error
    rows: dict = {}
    for lang in langs:
        for document, buckets in analyse(project, lang).items():
            rows[(lang, document)] = buckets
    return rows


def print_stats_table(rows: list, total: dict) -> None:
    states = ["untranslated", "draft", "translated", "approved", "rejected"]
    header = f"{'document':32} {'lang':4} {'segs':>6} {'words':>7}  " + " ".join(
        f"{s[:6]:>7}" for s in states
    )
    print(header)
    for row in [*rows, *total.values()]:
        counts = " ".join(f"{row.states[s]:>7}" for s in states)
        done = row.state_words["translated"] + row.state_words["approved"]
        percent = f"{100 * done / row.words:5.1f}%" if row.words else "    -"
        print(f"{row.document[:32]:32} {row.lang:4} {row.segments:>6} {row.words:>7}  {counts}"
              f"  {percent}")


def print_analysis(analysis: dict) -> None:
    print("\nmatch analysis (segments/words):")
    for (lang, document), buckets in sorted(analysis.items()):
        cells = ", ".join(f"{name}: {value}" for name, value in buckets.items())
        print(f"  {document} [{lang}] {cells}")


def run_export(args: argparse.Namespace) -> int:
    from workbench.core.exporter import PUBLISHED_STATES, prepare_export
    from workbench.core.model import State

    if args.format not in EXTENSIONS:
        raise WorkbenchError(
            f"--format {args.format}: unknown format (choose from {', '.join(EXTENSIONS)})"
        )
    project = project_from_args(args)
    states = PUBLISHED_STATES | ({State.DRAFT} if args.include_drafts else frozenset())
    langs = project.target_langs(args.lang)
    for lang in langs:
        out_dir = project.root / EXPORT_DIR / lang
        if args.out:
            out_dir = Path(args.out) / lang if len(langs) > 1 else Path(args.out)
        for document in project.select_documents(args.document):
            exported = prepare_export(project, document, lang, frozenset(states))
            target = out_dir / (document.name + EXTENSIONS[args.format])
            write_bytes_atomic(target, exported.encoded())
            left = exported.left_in_source
            note = f", {len(left)} segments left in {project.settings.source_lang}" if left else ""
            print(f"{project.relative(target)}{note}")
            for unit in left[:10]:
                print(f"  untranslated: {unit.id} line {unit.line}: {unit.source[:60]}")
            if len(left) > 10:
                print(f"  ... and {len(left) - 10} more")
    return 0
