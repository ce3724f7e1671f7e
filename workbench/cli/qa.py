"""`workbench qa`: run the quality checks; exit 1 when any finding is an error."""

from __future__ import annotations

import argparse

from workbench.cli.arguments import (
    Subcommands,
    add_document_argument,
    add_json_flag,
    add_lang_option,
)
from workbench.cli.common import print_json, project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.storage.project import Project


def register(subparsers: Subcommands) -> None:
    parser = subparsers.add_parser(
        "qa",
        help="check translations (numbers, terms, names, leftovers, ...)",
        description="Run the quality checks. Exit status: 1 when a finding is an error, "
        "0 otherwise, 2 for a usage or input error. See docs/qa.md for the checks.",
    )
    add_document_argument(parser)
    add_lang_option(parser)
    add_json_flag(parser, "the findings")
    parser.add_argument(
        "--check",
        dest="checks",
        metavar="ID",
        nargs="+",
        action="extend",
        help="run only these checks (repeatable)",
    )
    parser.add_argument("--list", action="store_true", help="list the checks and exit")
    parser.add_argument(
        "--ignore",
        metavar="SEGMENT",
        help="ignore the --check findings on this segment (id or number) "
        "for everyone; needs DOCUMENT, --check and --reason",
    )
    parser.add_argument("--reason", help="why the finding is ignored (with --ignore)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from workbench.app.quality.qa_run import run_qa
    from workbench.domain.qa import all_checks

    if args.list:
        for check in all_checks().values():
            print(f"{check.id:15} {check.severity:8} {check.description}")
        return 0
    project = project_from_args(args)
    if args.ignore:
        return ignore(args, project)
    documents = [project.document(args.document)] if args.document else None
    report = run_qa(project, documents, args.lang, args.checks)
    if args.json:
        print_json([finding.as_dict() for finding in report.findings])
    else:
        several_langs = len({finding.lang for finding in report.findings}) > 1
        untranslated: dict[str, int] = {}
        for finding in report.findings:
            where = f"{finding.lang}/{finding.document}" if several_langs else finding.document
            if finding.check == "untranslated" and not args.checks:
                untranslated[where] = untranslated.get(where, 0) + 1
                continue  # one summary line per document below, not hundreds of lines
            number = report.positions.get((finding.lang, finding.document, finding.segment), 0)
            print(f"{where}:{number} [{finding.severity}] {finding.check}: {finding.message}")
        for where, count in untranslated.items():
            print(f"{where}: {count} segments untranslated (list them: --check untranslated)")
    return 1 if report.has_errors else 0


def ignore(args: argparse.Namespace, project: Project) -> int:
    from workbench.domain.qa import ignore_finding
    from workbench.domain.review import unit_by_ref
    from workbench.storage.writer import project_writer

    if not args.document or not args.checks or not args.reason:
        raise WorkbenchError("--ignore SEGMENT needs DOCUMENT, --check ID and --reason TEXT")
    document = project.document(args.document)
    writer = project_writer(project)
    for lang in project.target_langs(args.lang):
        with writer.catalog(document, lang) as catalog:
            unit = unit_by_ref(catalog.units, args.ignore, project.relative(catalog.path))
            for check_id in args.checks:
                ignore_finding(unit, check_id, args.reason, project.handle)
        print(f"{lang}/{document.name}:{unit.id}: ignoring {', '.join(args.checks)}")
    return 0
