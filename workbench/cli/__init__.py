"""The `workbench` command. Thin: parses arguments and calls core.

Each command group lives in its own module exposing `register(subparsers)`; a registered
command sets `func` (called with the parsed args, returns the exit code).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli.safe_output import printable_output
from workbench.domain.errors import WorkbenchError
from workbench.domain.printable import printable

COMMAND_MODULES = (
    "project",  # init, add, stats
    "export",  # export, import
    "glossary",  # glossary ...
    "spell",  # spell TEXT, spell add WORD
    "tm",  # tm ..., pretranslate
    "qa",  # qa
    "review",  # annotations ..., import-review
    "team",  # sync, setup-git, merge drivers, serve
    "remote",  # remote add, remote participants (encrypted remotes)
    "clone",  # clone (plain or encrypted)
    "ui",  # open, review (the TUI)
    "segment",  # segment split|merge
    "history",  # history DOC ID
    "lang",  # lang add|list
    "align",  # align a document with its translation
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="workbench",
        description="A terminal translation and annotation workbench. "
        "Run without a command inside a project to open the workbench.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    add_global_options(parser, None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"workbench.cli.{name}")
        module.register(subparsers)
    for command in _subcommand_parsers(parser):
        add_global_options(command, argparse.SUPPRESS)
    return parser


def add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--project and --as, accepted before the command and anywhere after it.

    After the command their default is SUPPRESS, so an option given before the command is
    not overwritten by the command's parser."""
    options = (
        ("--project", "project", "DIR", "the project folder (default: found from the current one)"),
        ("--as", "handle", "HANDLE", "act as this handle"),
    )
    for flag, dest, metavar, help_text in options:
        if flag in parser._option_string_actions:  # the command has its own meaning for it
            continue
        parser.add_argument(flag, dest=dest, metavar=metavar, help=help_text, default=default)


def _subcommand_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.append(child)
                found.extend(_subcommand_parsers(child))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from workbench.cli.ui import open_overview

        func = open_overview
    try:
        if func.__module__ == "workbench.cli.ui":  # the terminal belongs to the editor
            return int(func(args) or 0)
        with printable_output():
            return int(func(args) or 0)
    except WorkbenchError as error:
        print(f"workbench: error: {printable(str(error), one_line=True)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `workbench ... | head`: the reader left; not an error
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def run() -> None:
    sys.exit(main())
