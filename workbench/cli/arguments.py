"""The arguments many commands share, each with one name and one help everywhere."""

from __future__ import annotations

import argparse
from typing import TypeAlias

# What `register(subparsers)` of a command module adds its parser to.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def usage(parser: argparse.ArgumentParser) -> int:
    """A command group run without its subcommand: its help, and the exit status of a usage
    error."""
    parser.print_help()
    return 2


def add_document_argument(parser: argparse.ArgumentParser, default: str | None = "all") -> None:
    """DOCUMENT (a name, file or path); optional when the command has a `default` without it."""
    what = "a document: its name, file or path"
    if default is None:
        parser.add_argument("document", metavar="DOCUMENT", help=what)
    else:
        help_text = f"{what} (default: {default})"
        parser.add_argument("document", nargs="?", metavar="DOCUMENT", help=help_text)


def add_lang_option(parser: argparse.ArgumentParser, default: str = "all") -> None:
    parser.add_argument("--lang", metavar="LANG", help=f"target language (default: {default})")


def add_json_flag(parser: argparse.ArgumentParser, what: str = "the result") -> None:
    parser.add_argument("--json", action="store_true", help=f"print {what} as JSON")
