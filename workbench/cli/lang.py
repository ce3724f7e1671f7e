"""`workbench lang add|list`: the project's target languages."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from workbench.cli.arguments import Subcommands

if TYPE_CHECKING:
    from workbench.app.documents.languages import CatalogCreated


def register(subparsers: Subcommands) -> None:
    lang = subparsers.add_parser(
        "lang",
        help="add a target language; list them",
        description="The project's target languages (workbench.toml [project] target_langs).",
    )
    commands = lang.add_subparsers(dest="lang_command", metavar="SUBCOMMAND", required=True)
    add = commands.add_parser(
        "add",
        help="add a target language and create its catalogs",
        description="Add CODE to target_langs and create translations/CODE/<document>.po for "
        "every document.",
    )
    add.add_argument("code", metavar="CODE", help="a language code such as uk or pt-BR")
    add.set_defaults(func=run_add)
    listing = commands.add_parser("list", help="the target languages and their catalogs")
    listing.set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    from workbench.app.documents.languages import add_language
    from workbench.cli.common import project_from_args

    project, created = add_language(project_from_args(args), args.code)
    print(f"Target languages: {', '.join(project.settings.target_langs)}")
    return report_created(created)


def run_list(args: argparse.Namespace) -> int:
    from workbench.cli.common import project_from_args

    project = project_from_args(args)
    documents = project.documents()
    for lang in project.settings.target_langs:
        present = sum(project.catalog_path(d, lang).exists() for d in documents)
        print(f"{lang}: {present}/{len(documents)} catalogs")
    return 0


def report_created(created: list[CatalogCreated]) -> int:
    import sys

    failed = 0
    for result in created:
        if result.error:
            failed += 1
            print(
                f"workbench: warning: {result.path}: not created: {result.error}", file=sys.stderr
            )
        else:
            print(f"  created {result.path} ({result.segments} segments)")
    return 0 if not failed else 2
