"""`workbench export`: translated documents (and, with the export issue, interchange files)."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import add_lang_option, project_from_args
from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError

EXPORT_DIR = "export"
EXTENSIONS = {"text": ".txt", "markdown": ".md"}


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="write translated documents",
        description="Write the translated documents; untranslated segments stay in the source "
        "language and are reported.",
    )
    export.add_argument("document", nargs="?", metavar="DOCUMENT", help="default: all")
    export.add_argument("--format", default="text", help="text or markdown (default: text)")
    add_lang_option(export)
    export.add_argument(
        "--out", metavar="DIR", help=f"output folder (default: {EXPORT_DIR}/<lang>)"
    )
    export.add_argument("--include-drafts", action="store_true", help="publish drafts (fuzzy) too")
    export.set_defaults(func=run_export)


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
