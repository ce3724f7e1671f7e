"""`workbench annotations ...`, `workbench comment ...`, `workbench approve`: review from the shell.

Thin: finds the catalog and the segment, calls domain.annotations / domain.comments /
domain.review, saves. Segments are named by id (`s-3f9a0c12`) or 1-based number.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.arguments import (
    Subcommands,
    add_document_argument,
    add_json_flag,
    add_lang_option,
    usage,
)
from workbench.cli.common import print_json, project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.storage.project import Document, Project

if TYPE_CHECKING:
    from workbench.domain.model import Unit
    from workbench.storage.catalog import Catalog


def register(subparsers: Subcommands) -> None:
    register_annotations(subparsers)
    register_comment(subparsers)
    register_approve(subparsers)


# ---- argument definitions -----------------------------------------------------------------
def register_annotations(subparsers: Subcommands) -> None:
    parser = subparsers.add_parser(
        "annotations",
        help="notes on spans of the source or translation",
        description="List, add, edit, remove and export annotations (notes on a span of text).",
    )
    commands = parser.add_subparsers(dest="annotations_command", metavar="SUBCOMMAND")
    parser.set_defaults(func=lambda _args: usage(parser))

    listing = commands.add_parser("list", help="list annotations")
    add_document_argument(listing)
    add_lang_option(listing)
    add_json_flag(listing, "the notes")
    listing.set_defaults(func=run_list)

    add = commands.add_parser("add", help="annotate a span of a segment")
    add_segment_arguments(add)
    add.add_argument("--side", choices=("source", "target"), default="source")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--quote", help="the annotated text (its first occurrence in the segment)")
    where.add_argument("--span", metavar="START:END", help="character offsets, end excluded")
    add.add_argument("--label", required=True, help="from the project's labels")
    add.add_argument("--text", default="", help="the note")
    add.add_argument("--publish", action="store_true", help="print as a footnote in exports")
    add.set_defaults(func=run_add)

    edit = commands.add_parser("edit", help="change an annotation's label, text or publishing")
    add_document_argument(edit, default=None)
    edit.add_argument("annotation", metavar="ID")
    add_lang_option(edit)
    edit.add_argument("--label")
    edit.add_argument("--text")
    edit.add_argument("--publish", action=argparse.BooleanOptionalAction, default=None)
    edit.set_defaults(func=run_edit)

    remove = commands.add_parser("remove", help="remove an annotation")
    add_document_argument(remove, default=None)
    remove.add_argument("annotation", metavar="ID")
    add_lang_option(remove)
    remove.set_defaults(func=run_remove)

    export = commands.add_parser(
        "export", help="all annotations as W3C Web Annotation JSON (standoff)"
    )
    add_document_argument(export)
    add_lang_option(export)
    export.add_argument(
        "--format",
        choices=("json", "collection"),
        default="json",
        help="json: a list of Annotations (default); collection: one AnnotationCollection",
    )
    export.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    export.add_argument("--anonymise", action="store_true", help="leave out handles and times")
    export.set_defaults(func=run_export)


def register_comment(subparsers: Subcommands) -> None:
    parser = subparsers.add_parser(
        "comment", help="comment threads on segments", description="Comment threads on segments."
    )
    commands = parser.add_subparsers(dest="comment_command", metavar="SUBCOMMAND")
    parser.set_defaults(func=lambda _args: usage(parser))

    add = commands.add_parser("add", help="add a comment to a segment's thread")
    add_segment_arguments(add)
    add.add_argument("text")
    add.add_argument("--reply-to", metavar="COMMENT_ID")
    add.set_defaults(func=run_comment_add)

    resolve = commands.add_parser("resolve", help="resolve a segment's open thread")
    add_segment_arguments(resolve)
    resolve.set_defaults(func=run_comment_resolve)

    listing = commands.add_parser("list", help="list comments")
    add_document_argument(listing)
    add_lang_option(listing)
    listing.add_argument("--open", action="store_true", help="only unresolved comments")
    add_json_flag(listing, "the comments")
    listing.set_defaults(func=run_comment_list)


def register_approve(subparsers: Subcommands) -> None:
    parser = subparsers.add_parser(
        "approve",
        help="approve segments (all translated ones with --all-translated)",
        description="Approve the given segments, or with --all-translated every translated "
        "segment of the document, after a confirmation saying how many. Segments with QA "
        "errors are refused (exit status 1 when any was).",
    )
    add_document_argument(parser, default=None)
    parser.add_argument("segments", nargs="*", metavar="SEGMENT", help="ids or numbers")
    add_lang_option(parser)
    parser.add_argument(
        "--all-translated", action="store_true", help="every translated segment without QA errors"
    )
    parser.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    parser.set_defaults(func=run_approve)


def add_segment_arguments(parser: argparse.ArgumentParser) -> None:
    add_document_argument(parser, default=None)
    parser.add_argument("segment", help="segment id or number")
    add_lang_option(parser)


# ---- shared helpers -------------------------------------------------------------------------
def single_lang(project: Project, lang: str | None) -> str:
    langs = project.target_langs(lang)
    if len(langs) > 1:
        raise WorkbenchError(f"--lang: choose one of {', '.join(langs)}")
    return langs[0]


@contextmanager
def changing_segment(args: argparse.Namespace) -> Iterator[tuple[Project, Document, str, Unit]]:
    """(project, document, lang, unit) of the segment named by the arguments, read under the
    project's lock and written (if changed) when the block ends."""
    from workbench.domain.review import unit_by_ref
    from workbench.storage.writer import project_writer

    project = project_from_args(args)
    document = project.document(args.document)
    lang = single_lang(project, args.lang)
    with project_writer(project).catalog(document, lang) as catalog:
        unit = unit_by_ref(catalog.units, args.segment, project.relative(catalog.path))
        yield project, document, lang, unit


def catalogs(
    project: Project, document: str | None, lang: str | None
) -> Iterator[tuple[Document, str, Catalog]]:
    for one_lang in project.target_langs(lang):
        for doc in project.select_documents(document):
            yield doc, one_lang, project.load_catalog(doc, one_lang)


def placed_units(
    project: Project, document: str | None, lang: str | None
) -> Iterator[tuple[dict[str, object], Unit]]:
    """Each unit of the chosen catalogs, with where it is (as a listing's row starts)."""
    for doc, one_lang, catalog in catalogs(project, document, lang):
        for number, unit in enumerate(catalog.units, 1):
            yield (
                {"document": doc.name, "lang": one_lang, "number": number, "segment": unit.id},
                unit,
            )


@contextmanager
def changing_note(project: Project, args: argparse.Namespace) -> Iterator[Unit]:
    """The unit holding annotation `args.annotation` in the document, read under the
    project's lock; its catalog is written (if changed) when the block ends."""
    from workbench.domain.model import NOTE
    from workbench.storage.writer import project_writer

    writer = project_writer(project)
    with writer.lock():
        for _doc, _lang, catalog in catalogs(project, args.document, args.lang):
            for unit in catalog.units:
                if any(note.get("id") == args.annotation for note in unit.records_of(NOTE)):
                    with writer.catalog_at(catalog.path) as fresh:
                        yield fresh.unit(unit.id)
                    return
    raise WorkbenchError(f"{args.document}: no annotation {args.annotation!r}")


# ---- annotations ----------------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from workbench.domain.annotations import anchored_annotations

    project = project_from_args(args)
    rows = [
        {**place, **item.data, "start": item.start, "end": item.end, "orphaned": item.orphaned}
        for place, unit in placed_units(project, args.document, args.lang)
        for item in anchored_annotations(unit)
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No annotations.")
    for row in rows:
        flag = " ORPHANED" if row["orphaned"] else ""
        publish = " (publish)" if row.get("publish") else ""
        text = f" {row['text']}" if row.get("text") else ""
        print(
            f"{row['lang']}/{row['document']}:{row['number']} {row['id']} {row['side']} "
            f'{row["start"]}-{row["end"]} [{row["label"]}] "{row["quote"]}"{text}'
            f" ({row.get('by')}){publish}{flag}"
        )
    return 0


def run_add(args: argparse.Namespace) -> int:
    from workbench.domain.annotations import add_annotation, labels, side_text

    with changing_segment(args) as (project, document, lang, unit):
        start, end = parse_span(args, side_text(unit, args.side), unit.id)
        note = add_annotation(
            unit,
            args.side,
            start,
            end,
            args.label,
            args.text,
            project.handle,
            args.publish,
            allowed_labels=labels(project.settings.annotations.labels),
        )
    print(
        f'{lang}/{document.name}:{unit.id}: added {note["id"]} [{note["label"]}] "{note["quote"]}"'
    )
    return 0


def parse_span(args: argparse.Namespace, text: str, unit_id: str) -> tuple[int, int]:
    if args.quote is not None:
        start = text.find(args.quote) if args.quote else -1
        if start < 0:
            raise WorkbenchError(
                f"segment {unit_id}: {args.quote!r} is not in the {args.side} text"
            )
        return start, start + len(args.quote)
    first, sep, second = args.span.partition(":")
    if not sep or not first.isdigit() or not second.isdigit():
        raise WorkbenchError(f"--span {args.span}: give START:END, e.g. 4:13")
    return int(first), int(second)


def run_edit(args: argparse.Namespace) -> int:
    from workbench.domain.annotations import NoteChange, edit_annotation, labels

    project = project_from_args(args)
    change = NoteChange(label=args.label, text=args.text, publish=args.publish)
    allowed = labels(project.settings.annotations.labels)
    with changing_note(project, args) as unit:
        note = edit_annotation(unit, args.annotation, project.handle, change, allowed)
    print(f"{unit.id}: {note['id']} [{note['label']}] {note.get('text', '')}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from workbench.domain.annotations import remove_annotation

    project = project_from_args(args)
    with changing_note(project, args) as unit:
        note = remove_annotation(unit, args.annotation)
    print(f'{unit.id}: removed {note["id"]} [{note.get("label")}] "{note.get("quote")}"')
    return 0


def run_export(args: argparse.Namespace) -> int:
    import json

    from workbench.app.exchange.annotation_export import project_annotations
    from workbench.domain.web_annotation import collection
    from workbench.storage.atomic import write_text_atomic

    project = project_from_args(args)
    documents = project.select_documents(args.document)
    langs = project.target_langs(args.lang)
    items = project_annotations(project, documents, langs, anonymise=args.anonymise)
    label = f"workbench annotations: {args.document or project.root.name}"
    data = collection(items, label) if args.format == "collection" else items
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.out:
        write_text_atomic(Path(args.out), text)
        print(f"{args.out}: {len(items)} annotations", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


# ---- comments -------------------------------------------------------------------------------
def run_comment_add(args: argparse.Namespace) -> int:
    from workbench.domain.comments import add_comment

    with changing_segment(args) as (project, document, lang, unit):
        comment = add_comment(unit, project.handle, args.text, reply_to=args.reply_to)
    print(f"{lang}/{document.name}:{unit.id}: comment {comment['id']} by {comment['by']}")
    return 0


def run_comment_resolve(args: argparse.Namespace) -> int:
    from workbench.domain.comments import resolve_thread

    with changing_segment(args) as (project, document, lang, unit):
        count = resolve_thread(unit, project.handle)
    print(f"{lang}/{document.name}:{unit.id}: resolved {count} open comments")
    return 0


def run_comment_list(args: argparse.Namespace) -> int:
    from workbench.domain.comments import comments

    project = project_from_args(args)
    rows = [
        {**place, **comment}
        for place, unit in placed_units(project, args.document, args.lang)
        for comment in comments(unit)
        if not (args.open and comment.get("resolved"))
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No open comments." if args.open else "No comments.")
    for row in rows:
        state = " (resolved)" if row.get("resolved") else ""
        print(
            f"{row['lang']}/{row['document']}:{row['number']} {row['id']} {row.get('by')} "
            f"{row.get('at')}{state}: {row.get('text')}"
        )
    return 0


# ---- approve --------------------------------------------------------------------------------
def run_approve(args: argparse.Namespace) -> int:
    from workbench.app.quality.qa_run import qa_context
    from workbench.domain.review import apply_approval, plan_approval, unit_by_ref
    from workbench.storage.writer import project_writer

    if bool(args.segments) == bool(args.all_translated):
        raise WorkbenchError("approve: give SEGMENT ids or numbers, or --all-translated")
    project = project_from_args(args)
    document = project.document(args.document)
    work = []
    for lang in project.target_langs(args.lang):
        catalog = project.load_catalog(document, lang)
        where = project.relative(catalog.path)
        units = [unit_by_ref(catalog.units, ref, where) for ref in args.segments]
        ctx = qa_context(project, lang, document)
        plan = plan_approval(units or catalog.units, ctx, only_translated=args.all_translated)
        work.append((lang, catalog, plan))
    refused = 0
    for lang, _catalog, plan in work:
        refused += len(plan.refused)
        for unit, errors in plan.refused:
            print(f"{lang}/{document.name}:{unit.id}: refused (QA error) {'; '.join(errors)}")
        if not plan.qa_checked:
            print(f"{lang}/{document.name}: QA is not available; approving without QA checks")
    total = sum(len(plan.approvable) for _lang, _catalog, plan in work)
    if total == 0:
        print(f"{document.name}: nothing to approve")
        return 1 if refused else 0
    if not args.yes and not confirm(f"Approve {total} segments of {document.name}?"):
        print("Nothing approved.")
        return 1 if refused else 0
    writer = project_writer(project)
    for lang, _catalog, plan in work:
        with writer.catalog(document, lang) as catalog:
            plan.approvable = still_as_checked(plan.approvable, catalog)
            count = apply_approval(plan, project.handle)
        print(f"{lang}/{document.name}: approved {count} segments ({plan.words} words)")
    return 1 if refused else 0


def still_as_checked(planned: list[Unit], catalog: Catalog) -> list[Unit]:
    """The catalog's units for the planned ones whose translation is still the one checked
    (a segment changed since the plan was made is left for another look)."""
    fresh = catalog.by_id()
    return [
        fresh[unit.id]
        for unit in planned
        if unit.id in fresh and fresh[unit.id].target == unit.target
    ]


def confirm(question: str) -> bool:
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")
