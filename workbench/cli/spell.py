"""`workbench spell TEXT`, `workbench spell add WORD`: spell checking and the project
dictionary (dictionary/<lang>.txt, shared through git)."""

from __future__ import annotations

import argparse

from workbench.cli.arguments import Subcommands, add_json_flag
from workbench.cli.common import print_json, project_from_args
from workbench.storage.project import Project


def register(subparsers: Subcommands) -> None:
    spell = subparsers.add_parser(
        "spell",
        help="check the spelling of a text, or add a word to the project dictionary",
        description="Check the spelling of TEXT (exit 1 when a word is misspelled), or "
        "`spell add WORD` to add WORD to the project dictionary dictionary/LANG.txt. "
        "Glossary terms in any form and names are never flagged. See docs/glossary.md.",
    )
    spell.add_argument("words", nargs="+", metavar="TEXT", help="the text, or: add WORD")
    spell.add_argument("--lang", metavar="LANG", help="language (default: first target)")
    add_json_flag(spell, "the misspelled words")
    spell.set_defaults(func=run_spell)


def _lang(project: Project, lang: str | None) -> str:
    return lang or project.settings.target_langs[0]


def run_spell(args: argparse.Namespace) -> int:
    from workbench.app.quality.spelling import add_to_dictionary, spell_check

    project = project_from_args(args)
    lang = _lang(project, args.lang)
    if args.words[0] == "add" and len(args.words) == 2:
        word = args.words[1]
        added = add_to_dictionary(project, word, lang)
        where = f"dictionary/{lang}.txt"
        if args.json:
            print_json({"word": word, "lang": lang, "added": added})
        else:
            print(f"added {word!r} to {where}" if added else f"{word!r} is already in {where}")
        return 0
    text = " ".join(args.words)
    found = spell_check(project, text, lang, suggestions=True)
    if args.json:
        print_json([item.as_dict() for item in found])
    else:
        for item in found:
            print(f"{item.start}-{item.end}  {item.word}: {', '.join(item.suggestions) or '-'}")
    return 1 if found else 0
