"""`workbench glossary ...`: find terms, check consistency, import/export, add, list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli.arguments import Subcommands, add_json_flag, add_lang_option, usage
from workbench.cli.common import print_json, project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.domain.glossary import forms_for_hit
from workbench.domain.glossary.model import Glossary, TermHit
from workbench.storage.project import Project

FORMATS = {".tbx": "tbx", ".csv": "csv", ".tsv": "csv", ".tab": "csv", ".txt": "csv"}


def register(subparsers: Subcommands) -> None:
    glossary = subparsers.add_parser(
        "glossary",
        help="the shared glossary: find, check, import, export, add, list",
        description="Work with the project glossary (glossary.yml; see docs/glossary.md).",
    )
    commands = glossary.add_subparsers(dest="glossary_command", metavar="SUBCOMMAND")
    glossary.set_defaults(func=lambda args: usage(glossary))

    find = commands.add_parser("find", help="glossary terms in a text")
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--lang", metavar="LANG", help="language of TEXT (default: source)")
    add_json_flag(find, "the terms found")
    find.set_defaults(func=run_find)

    check = commands.add_parser("check", help="how each term was translated, project-wide")
    add_lang_option(check)
    add_json_flag(check, "the translations of each term")
    check.set_defaults(func=run_check)

    for name, verb in (("import", "merge a TBX/CSV/TSV file into"), ("export", "write")):
        command = commands.add_parser(name, help=f"{verb} the glossary (format by extension)")
        command.add_argument("file", metavar="FILE", help=".tbx, .csv or .tsv")
        command.add_argument("--lang", metavar="LANG", help="target language for CSV/TSV")
        command.set_defaults(func=run_import if name == "import" else run_export)

    add = commands.add_parser("add", help="add a term and its translation")
    add.add_argument("source_term", metavar="SOURCE_TERM")
    add.add_argument("target_term", metavar="TARGET_TERM", nargs="?", default="")
    add.add_argument("--lang", metavar="LANG", help="language of TARGET_TERM (default: first)")
    add.add_argument("--note", default="", help="definition or usage note")
    add.add_argument("--gloss", default="", help="short gloss for first use (target language)")
    add.add_argument(
        "--forbidden",
        action="append",
        default=[],
        metavar="TERM",
        help="a forbidden target-language variant (repeatable)",
    )
    add.add_argument("--pos", default="", help="part of speech (noun, verb, name, ...)")
    add.add_argument("--dnt", action="store_true", help="do not translate (names, acronyms)")
    add.add_argument("--tag", action="append", default=[], metavar="TAG")
    add.add_argument("--id", default="", help="entry id (default: made from the term)")
    add.set_defaults(func=run_add)

    listing = commands.add_parser("list", help="the glossary entries")
    listing.add_argument("--search", metavar="TEXT", help="only entries containing TEXT")
    add_json_flag(listing, "the entries")
    listing.set_defaults(func=run_list)


def _glossary(project: Project) -> Glossary:
    from workbench.storage.glossary import load_glossary

    return load_glossary(project.glossary_path)


def _target_lang(project: Project, lang: str | None) -> str:
    return project.target_langs(lang)[0]


def _hit_json(hit: TermHit, project: Project) -> dict[str, Any]:
    source_lang = project.settings.source_lang
    others = [lang for lang in project.settings.target_langs if lang != hit.lang]
    if hit.lang != source_lang:
        others.insert(0, source_lang)
    targets_by_lang = {lang: hit.entry.terms_for(lang) for lang in others}
    forms = {lang: forms_for_hit(hit.entry, hit.text, hit.lang, lang) for lang in others}
    return {
        "text": hit.text,
        "start": hit.start,
        "end": hit.end,
        "entry": hit.entry.label(source_lang),
        "targets": [term for terms in targets_by_lang.values() for term in terms],
        "id": hit.entry.id,
        "term": hit.term,
        "lang": hit.lang,
        "forbidden": hit.forbidden,
        "targets_by_lang": targets_by_lang,
        "forms": forms,
        "gloss": hit.entry.gloss,
        "note": hit.entry.note,
    }


def run_find(args: argparse.Namespace) -> int:
    project = project_from_args(args)
    glossary = _glossary(project)
    lang = args.lang or project.settings.source_lang
    hits = glossary.find(args.text, lang) + glossary.find_forbidden(args.text, lang)
    hits.sort(key=lambda hit: (hit.start, hit.forbidden))
    found = [_hit_json(hit, project) for hit in hits]
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no glossary terms found")
    for item in found:
        mark = "FORBIDDEN " if item["forbidden"] else ""
        targets = ", ".join(item["targets"]) or "-"
        print(
            f"{item['start']}-{item['end']}  {mark}{item['text']!r}: {item['entry']} -> {targets}"
        )
        if item["note"]:
            print(f"    {item['note']}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from workbench.app.quality.glossary_consistency import consistency_report

    project = project_from_args(args)
    glossary = _glossary(project)
    source_lang = project.settings.source_lang
    results = []
    for lang in project.target_langs(args.lang):
        for report in consistency_report(project, lang, glossary):
            results.append(report.to_json(source_lang, lang))
    problems = sum(len(result["problems"]) for result in results)
    if args.json:
        print_json(results)
    else:
        _print_check(results)
        print(f"{len(results)} terms checked, {problems} problems")
    return 1 if problems else 0


def _print_check(results: list[dict[str, Any]]) -> None:
    for result in results:
        status = "PROBLEM" if result["problems"] else "ok"
        print(f"[{result['lang']}] {result['entry']} ({result['id']}): {status}")
        for rendering, places in result["renderings"].items():
            print(f"    {rendering}: {len(places)}")
        for problem in result["problems"]:
            print(f"  ! {problem}")
        if result["problems"]:
            bad = [p for places in result["forbidden"].values() for p in places]
            bad += result["renderings"].get("(no glossary term)", [])
            for place in bad[:20]:
                print(f"      {place['document']} {place['segment']}")


def _format(path: Path) -> str:
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise WorkbenchError(f"{path}: unknown glossary format (use .tbx, .csv or .tsv)")
    return kind


def run_import(args: argparse.Namespace) -> int:
    from workbench.formats.glossary_csv import read_glossary_csv
    from workbench.formats.tbx import read_tbx
    from workbench.storage.glossary import merge_entries

    project = project_from_args(args)
    path = Path(args.file)
    if not path.is_file():
        raise WorkbenchError(f"{path}: no such file")
    if _format(path) == "tbx":
        entries = read_tbx(path, (project.settings.source_lang, *project.settings.target_langs))
    else:
        target = _target_lang(project, args.lang)
        entries = read_glossary_csv(path, project.settings.source_lang, target)
    result = merge_entries(project.glossary_path, entries)
    print(
        f"{path}: {len(entries)} entries read: {len(result.added)} added, "
        f"{len(result.merged)} merged into existing entries, {result.unchanged} already there"
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from workbench.formats.glossary_csv import write_glossary_csv
    from workbench.formats.tbx import write_tbx

    project = project_from_args(args)
    glossary = _glossary(project)
    path = Path(args.file)
    source = project.settings.source_lang
    if _format(path) == "tbx":
        write_tbx(path, glossary.entries, source)
    else:
        write_glossary_csv(path, glossary.entries, source, _target_lang(project, args.lang))
    print(f"{path}: {len(glossary.entries)} entries written")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from workbench.domain.glossary import POS_VALUES
    from workbench.storage.glossary import add_entry

    project = project_from_args(args)
    source, target = project.settings.source_lang, _target_lang(project, args.lang)
    if args.pos and args.pos not in POS_VALUES:
        raise WorkbenchError(f"--pos {args.pos}: use one of {', '.join(POS_VALUES)}")
    terms = {source: [args.source_term]}
    if args.target_term:
        terms[target] = [args.target_term]
    entry = add_entry(
        project.glossary_path,
        terms,
        id=args.id,
        forbidden={target: args.forbidden} if args.forbidden else None,
        gloss={target: args.gloss} if args.gloss else None,
        note=args.note,
        pos=args.pos,
        dnt=args.dnt,
        tags=args.tag,
    )
    print(f"added {entry.id}: {args.source_term} -> {args.target_term or '-'}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    project = project_from_args(args)
    glossary = _glossary(project)
    entries = glossary.search(args.search) if args.search else glossary.entries
    if args.json:
        print_json([entry.to_dict() for entry in entries])
        return 0
    langs = [project.settings.source_lang, *project.settings.target_langs]
    for entry in entries:
        parts = [", ".join(entry.terms.get(lang, [])) or "-" for lang in langs]
        flags = " [dnt]" if entry.dnt else ""
        print(f"{entry.id}: {' | '.join(parts)}{flags}")
    print(f"{len(entries)} entries")
    return 0
