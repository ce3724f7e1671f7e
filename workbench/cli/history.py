"""`workbench history DOC ID`: a segment's versions, and restoring one."""

from __future__ import annotations

import argparse

from workbench.cli.arguments import (
    Subcommands,
    add_document_argument,
    add_json_flag,
    add_lang_option,
)


def register(subparsers: Subcommands) -> None:
    history = subparsers.add_parser(
        "history",
        help="a segment's versions (who, when, state); restore one",
        description="List the versions of a segment's translation, newest first (1 = current).",
    )
    add_document_argument(history, default=None)
    history.add_argument("id", metavar="ID", help="the segment id (msgctxt)")
    add_lang_option(history, default="the first")
    add_json_flag(history, "the versions")
    history.add_argument(
        "--restore", type=int, metavar="N", help="make version N the current translation again"
    )
    history.set_defaults(func=run_history)


def run_history(args: argparse.Namespace) -> int:
    from workbench.app.editing.history import load_unit, restore, versions
    from workbench.cli.common import print_json, project_from_args
    from workbench.storage.writer import project_writer

    project = project_from_args(args)
    if args.restore is not None:
        writer = project_writer(project)
        with writer.lock():  # the versions as on disk now
            catalog, unit = load_unit(project, args.document, args.id, args.lang)
            chosen = restore(unit, args.restore, project.handle)
            writer.save(catalog)
        print(f"{unit.id}: version {chosen.number} restored ({unit.state}): {unit.target}")
        return 0
    catalog, unit = load_unit(project, args.document, args.id, args.lang)
    found = versions(unit)
    if args.json:
        print_json([version.to_json() for version in found])
        return 0
    if not found:
        print(f"{unit.id}: not translated yet")
    for version in found:
        mark = "*" if version.current else " "
        who = version.by or "?"
        when = version.at or "?"
        print(f"{mark}{version.number:>2}  {version.state:<12} {who:<16} {when}  {version.text}")
    return 0
