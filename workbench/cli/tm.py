"""tm search / import / export / concordance, and pretranslate."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.cli.arguments import (
    Subcommands,
    add_document_argument,
    add_json_flag,
    add_lang_option,
)
from workbench.cli.common import print_json, project_from_args

if TYPE_CHECKING:
    from workbench.storage.project import Project
    from workbench.storage.tm.memory import TranslationMemory
    from workbench.storage.tm.units import Match, TMUnit

FieldSpan = tuple[str, int, int]  # ("source" or "target", start, end): a concordance hit


def register(subparsers: Subcommands) -> None:
    tm = subparsers.add_parser(
        "tm",
        help="the translation memory: search, import, export, concordance",
        description="The project's translation memory: its translated segments and the TMX "
        "files imported into translations/tm/.",
    )
    commands = tm.add_subparsers(dest="tm_command", metavar="COMMAND", required=True)

    search = commands.add_parser("search", help="fuzzy matches for a source text")
    search.add_argument("text", nargs="?", metavar="TEXT")
    add_lang_option(search)
    search.add_argument("--limit", type=int, default=5, metavar="N")
    search.add_argument("--min-score", type=int, default=50, metavar="S")
    add_json_flag(search, "the matches, best first,")
    search.add_argument(
        "--stdin", action="store_true", help="one query per line; one JSON line (list) per query"
    )
    search.set_defaults(func=run_search)

    imp = commands.add_parser(
        "import", help="add a TMX file (or another project's PO file) to the project memory"
    )
    imp.add_argument("file", metavar="FILE.tmx|FILE.po")
    imp.set_defaults(func=run_import)

    exp = commands.add_parser("export", help="write the project memory as TMX 1.4b")
    exp.add_argument("file", metavar="FILE.tmx")
    add_lang_option(exp)
    exp.add_argument(
        "--all", action="store_true", help="include imported TMX units (default: project only)"
    )
    exp.set_defaults(func=run_export)

    conc = commands.add_parser("concordance", help="memory segments containing words")
    conc.add_argument("words", metavar="WORDS")
    conc.add_argument("--in", dest="in_lang", metavar="LANG", help="language of WORDS")
    conc.add_argument("--limit", type=int, default=50, metavar="N")
    add_json_flag(conc, "the segments")
    conc.set_defaults(func=run_concordance)

    pre = subparsers.add_parser(
        "pretranslate",
        help="fill untranslated segments from the memory (as drafts)",
        description="Fill untranslated segments with their best memory match, as drafts.",
    )
    add_document_argument(pre)
    pre.add_argument("--min-score", type=int, default=100, metavar="S")
    add_lang_option(pre)
    pre.set_defaults(func=run_pretranslate)


def _memory(project: Project) -> TranslationMemory:
    from workbench.app.memory.project_memory import load_project_memory

    memory = load_project_memory(project)
    for problem in memory.problems:
        print(f"workbench: warning: {problem} (left out of the memory)", file=sys.stderr)
    return memory


# ---- search ----------------------------------------------------------------------------------
def run_search(args: argparse.Namespace) -> int:
    from workbench.domain.errors import WorkbenchError

    project = project_from_args(args)
    langs = project.target_langs(args.lang)
    if args.stdin == (args.text is not None):
        raise WorkbenchError("tm search: give TEXT or --stdin (not both)")
    memory = _memory(project)

    def matches(text: str) -> list[dict[str, Any]]:
        found = []
        for lang in langs:
            found += memory.lookup(
                text, project.settings.source_lang, lang, args.limit, args.min_score
            )
        found.sort(key=lambda match: (-match.rank_score, -match.score, -match.char_score))
        return [match_json(match) for match in found[: args.limit]]

    if args.stdin:
        for line in sys.stdin:
            query = line.rstrip("\r\n")
            sys.stdout.write(json.dumps(matches(query), ensure_ascii=False) + "\n")
        return 0
    results = matches(args.text)
    if args.json:
        print_json(results)
    elif not results:
        print(f"no match at or above {args.min_score}")
    for item in [] if args.json else results:
        print(f"{item['score']:>3}  {item['source']}")
        print(f"     {item['target']}")
        who = ", ".join(x for x in (item["origin"], item["state"], item["by"], item["at"]) if x)
        print(f"     ({who})")
    return 0


def match_json(match: Match) -> dict[str, Any]:
    unit = match.unit
    return {
        "source": unit.source,
        "target": unit.target,
        "score": match.score,
        "penalty": match.penalty,
        "char_score": round(match.char_score, 1),
        "origin": unit.origin,
        "state": unit.state,
        "by": unit.by,
        "at": unit.at,
        "lang": unit.target_lang,
        "diff": [list(part) for part in match.diff],
        "fixed_target": match.fixed_target,
    }


# ---- import / export -------------------------------------------------------------------------
def run_import(args: argparse.Namespace) -> int:
    from workbench.app.memory.project_memory import TM_FOLDER
    from workbench.domain.errors import WorkbenchError
    from workbench.formats.tmx import MAX_PROBLEMS_LISTED, read_tmx
    from workbench.storage.writer import project_writer

    project = project_from_args(args)
    path = Path(args.file)
    if path.suffix.lower() == ".po":
        return import_po(project, path)
    if path.suffix.lower() != ".tmx":
        raise WorkbenchError(f"{path}: tm import takes a .tmx or .po file")
    content = read_tmx(path)  # raises InputError and imports nothing when the file is bad
    langs = {content.source_lang.lower().split("-")[0]} | {
        u.target_lang.lower().split("-")[0] for u in content.units
    }
    wanted = {
        project.settings.source_lang.lower(),
        *(x.lower() for x in project.target_langs(None)),
    }
    if not content.units:
        raise WorkbenchError(f"{path}: no usable translation unit; nothing imported")
    if not langs & wanted or content.source_lang.lower().split("-")[0] not in wanted:
        raise WorkbenchError(
            f"{path}: languages {', '.join(sorted(langs))} do not match this project "
            f"({project.settings.source_lang} -> {', '.join(project.settings.target_langs)})"
        )
    destination = project.translations_dir / TM_FOLDER / path.name
    project_writer(project).write_bytes(destination, path.read_bytes())
    print(f"Imported {len(content.units)} units into {project.relative(destination)}.")
    for problem in content.problems[:MAX_PROBLEMS_LISTED]:
        print(f"  skipped {problem}", file=sys.stderr)
    if len(content.problems) > MAX_PROBLEMS_LISTED:
        print(f"  ... and {len(content.problems) - MAX_PROBLEMS_LISTED} more", file=sys.stderr)
    if content.problems:
        print(f"Skipped {len(content.problems)} bad units.", file=sys.stderr)
    return 0


def import_po(project: Project, path: Path) -> int:
    from workbench.app.memory.project_memory import TM_FOLDER, foreign_po_units
    from workbench.domain.errors import WorkbenchError
    from workbench.storage.writer import project_writer

    units = foreign_po_units(project, path)  # refuses another language pair
    if not units:
        raise WorkbenchError(f"{path}: no translated entry; nothing imported")
    destination = project.translations_dir / TM_FOLDER / path.name
    project_writer(project).write_bytes(destination, path.read_bytes())
    print(f"Imported {len(units)} units into {project.relative(destination)}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from workbench.formats.tmx import write_tmx

    project = project_from_args(args)
    langs = project.target_langs(args.lang)
    memory = _memory(project)
    source_lang = project.settings.source_lang
    units = [
        unit
        for lang in langs
        for unit in memory.units((source_lang, lang))
        if args.all or not unit.external
    ]
    count = write_tmx(args.file, units, source_lang)
    print(f"Wrote {count} units to {args.file}.")
    return 0


# ---- concordance -----------------------------------------------------------------------------
def run_concordance(args: argparse.Namespace) -> int:
    project = project_from_args(args)
    memory = _memory(project)
    langs = [args.in_lang] if args.in_lang else [project.settings.source_lang]
    if not args.in_lang:
        langs += list(project.settings.target_langs)
    results: list[tuple[TMUnit, tuple[FieldSpan, ...]]] = []
    for lang in langs:
        results += memory.concordance(args.words, lang, args.limit - len(results))
        if len(results) >= args.limit:
            break
    if args.json:
        print_json(
            [{**unit.as_json(), "spans": [list(span) for span in spans]} for unit, spans in results]
        )
        return 0
    if not results:
        print("no segment contains these words")
    for unit, spans in results:
        print(f"{highlight(unit.source, spans, 'source')}")
        print(f"  {highlight(unit.target, spans, 'target')}   ({unit.origin})")
    return 0


def highlight(text: str, spans: Iterable[FieldSpan], field: str) -> str:
    """The text with the found words in [brackets] (plain output, no terminal colours)."""
    result, cursor = [], 0
    for _field, start, end in sorted(s for s in spans if s[0] == field):
        result += [text[cursor:start], "[", text[start:end], "]"]
        cursor = end
    result.append(text[cursor:])
    return "".join(result)


# ---- pretranslate ----------------------------------------------------------------------------
def run_pretranslate(args: argparse.Namespace) -> int:
    from workbench.app.memory.pretranslate import pretranslate

    project = project_from_args(args)
    documents = project.select_documents(args.document)
    langs = project.target_langs(args.lang)
    memory = _memory(project)
    for lang in langs:
        for document in documents:
            counts = pretranslate(project, memory, document, lang, args.min_score)
            print(
                f"{document.name} [{lang}]: {counts.filled} filled as drafts "
                f"({counts.exact} exact or in-context, {counts.fuzzy} fuzzy), "
                f"{counts.left} still untranslated"
            )
    return 0
