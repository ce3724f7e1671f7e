"""`workbench segment split|merge`: fix the segmentation of a document by hand."""

from __future__ import annotations

import argparse

from workbench.cli.arguments import Subcommands, add_document_argument


def register(subparsers: Subcommands) -> None:
    segment = subparsers.add_parser(
        "segment",
        help="split a segment or merge it with the next",
        description="Fix a document's segmentation. The change is recorded in "
        "segmentation.jsonl (commit it), applied to every language's catalog, and kept when "
        "the source is added again.",
    )
    commands = segment.add_subparsers(dest="segment_command", metavar="SUBCOMMAND", required=True)
    split = commands.add_parser(
        "split",
        help="split a segment in two",
        description="Split segment ID before TEXT. The first part keeps the id and the "
        "translation (as a draft); the second part gets a new id.",
    )
    add_document_argument(split, default=None)
    split.add_argument("id", metavar="ID", help="the segment id (msgctxt), e.g. s-3f9a0c12")
    split.add_argument("--before", required=True, metavar="TEXT", help="the second part's start")
    split.set_defaults(func=run_split)
    merge = commands.add_parser(
        "merge",
        help="merge a segment with the next",
        description="Merge segment ID with the next segment of the same paragraph. The "
        "translations are joined; the id of ID stays.",
    )
    add_document_argument(merge, default=None)
    merge.add_argument("id", metavar="ID", help="the segment id (msgctxt)")
    merge.set_defaults(func=run_merge)


def run_split(args: argparse.Namespace) -> int:
    from workbench.app.editing import segment_ops
    from workbench.cli.common import project_from_args

    change = segment_ops.split(project_from_args(args), args.document, args.id, args.before)
    first, second = change.ids
    print(f"{change.document}: split {first} into {first} and {second} ({', '.join(change.langs)})")
    for segment_id, text in zip(change.ids, change.texts, strict=True):
        print(f"  {segment_id}  {text}")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from workbench.app.editing import segment_ops
    from workbench.cli.common import project_from_args

    change = segment_ops.merge(project_from_args(args), args.document, args.id)
    print(f"{change.document}: merged {args.id} with the next ({', '.join(change.langs)})")
    print(f"  {change.ids[0]}  {change.texts[0]}")
    return 0
