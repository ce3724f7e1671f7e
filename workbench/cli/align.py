"""align: a document and its translation -> translation memory (or links, or drafts)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.cli.arguments import Subcommands
from workbench.cli.common import project_from_args

if TYPE_CHECKING:
    from workbench.domain.align.aligner import Link
    from workbench.domain.glossary.model import Glossary
    from workbench.storage.project import Project
    from workbench.storage.tm.memory import TranslationMemory

LISTED_UNSURE = 20


def register(subparsers: Subcommands) -> None:
    align = subparsers.add_parser(
        "align",
        help="align a document with its translation and add the pairs to the memory",
        description="Align SOURCE with its translation TARGET (text, Markdown, HTML, DOCX): "
        "paragraphs, then sentences. The sentence pairs go into translations/tm/ as TMX; "
        "pairs the aligner is unsure of are left out and listed.",
    )
    align.add_argument("source", metavar="SOURCE_FILE")
    align.add_argument("target", metavar="TARGET_FILE")
    align.add_argument("--lang", metavar="LANG", help="the target's language (a project language)")
    align.add_argument(
        "--links", metavar="FILE", help="write the links (JSON lines) instead of the memory"
    )
    align.add_argument(
        "--unit", choices=("paragraph", "sentence"), default="paragraph", help="for --links"
    )
    align.add_argument(
        "--into-project",
        action="store_true",
        help="also add SOURCE as a document whose segments get the aligned translations as drafts",
    )
    align.add_argument(
        "--min-score",
        type=float,
        default=None,
        metavar="S",
        help="confidence (0-1) a pair needs to enter the memory (default 0.5)",
    )
    align.add_argument(
        "--encoding", metavar="NAME", help="encoding of both files (default: detect)"
    )
    align.add_argument(
        "--review", action="store_true", help="review the links in the terminal UI before saving"
    )
    align.add_argument("--source-lang", metavar="LANG", help="outside a project: SOURCE's language")
    align.add_argument("--target-lang", metavar="LANG", help="outside a project: TARGET's language")
    align.set_defaults(func=run_align)


def run_align(args: argparse.Namespace) -> int:
    from workbench.app.documents import align as app
    from workbench.domain.errors import ProjectNotFound, WorkbenchError

    min_score = app.DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    try:
        project: Project | None = project_from_args(args)
    except ProjectNotFound:
        if not args.links:
            raise WorkbenchError(
                "not inside a project: run in one (the memory goes to translations/tm/), "
                "or give --links FILE"
            ) from None
        project = None
    source_lang, target_lang = _languages(args, project)
    glossary, memory = _project_knowledge(project)
    alignment = app.align_files(
        args.source, args.target, source_lang, target_lang, glossary, memory, args.encoding
    )
    if args.links or project is None:  # outside a project, only with --links (above)
        count = app.write_links(args.links, alignment, args.unit)
        print(
            f"{args.links}: {count} {args.unit} links ({_shapes(app.unit_links(alignment, args.unit))})"
        )
        return 0
    links = alignment.result.sentence_links
    if args.review:
        from workbench.tui.screens.align_review import review_alignment

        reviewed = review_alignment(alignment, min_score)
        if reviewed is None:
            print("review cancelled: nothing written")
            return 0
        links = reviewed
    kept, unsure = app.split_by_confidence(links, min_score)
    path, written = app.write_memory(project, alignment, kept)
    result = alignment.result
    print(
        f"{args.source} + {args.target}: {len(result.paragraph_links)} paragraph links "
        f"({_shapes(result.paragraph_links)})"
    )
    print(f"{project.relative(path)}: {written} sentence pairs for the memory")
    if unsure:
        print(f"{len(unsure)} unsure pairs left out (confidence below {min_score}):")
        for link in unsure[:LISTED_UNSURE]:
            source, target = app.link_texts(alignment, link)
            print(f"  {link.score:.2f}  {_short(source)}  =  {_short(target)}")
        if len(unsure) > LISTED_UNSURE:
            print(f"  ... and {len(unsure) - LISTED_UNSURE} more")
    if args.into_project:
        name, drafts, segments = app.fill_project(project, alignment, kept)
        print(f"{name}: {drafts} of {segments} segments drafted from the alignment")
    return 0


def _languages(args: argparse.Namespace, project: Project | None) -> tuple[str, str]:
    from workbench.app.documents.align import read_document
    from workbench.domain.errors import WorkbenchError

    if project is not None:
        langs = project.target_langs(args.lang)
        if len(langs) > 1:
            raise WorkbenchError(
                f"the project has several target languages: give --lang ({', '.join(langs)})"
            )
        return project.settings.source_lang, langs[0]
    source_lang: str | None = args.source_lang or read_document(args.source, args.encoding).lang
    target_lang: str | None = args.target_lang or read_document(args.target, args.encoding).lang
    if not source_lang or not target_lang:
        raise WorkbenchError("cannot tell the languages: give --source-lang and --target-lang")
    return source_lang, target_lang


def _project_knowledge(
    project: Project | None,
) -> tuple[Glossary | None, TranslationMemory | None]:
    if project is None:
        return None, None
    from workbench.app.memory.project_memory import load_project_memory
    from workbench.storage.glossary import load_glossary

    memory = load_project_memory(project)
    for problem in memory.problems:
        print(f"workbench: warning: {problem} (left out of the memory)", file=sys.stderr)
    return load_glossary(project.glossary_path), memory


def _shapes(links: Iterable[Link]) -> str:
    counts = Counter(link.shape for link in links)
    return ", ".join(f"{shape} {count}" for shape, count in sorted(counts.items()))


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
