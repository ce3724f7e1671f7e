"""The `workbench` command. Thin: parses arguments and calls core.

Each command group lives in its own module exposing `register(subparsers)`; a registered
command sets `func` (called with the parsed args, returns the exit code).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.domain.errors import WorkbenchError

COMMAND_MODULES = (
    "project",  # init, add, stats (foundation)
    "export",  # export, import (foundation, issue 8)
    "glossary",  # glossary ... (issue 4)
    "tm",  # tm ..., pretranslate (issue 5)
    "qa",  # qa (issue 6)
    "review",  # annotations ..., import-review (issue 7, 8)
    "team",  # sync, setup-git, merge drivers, serve (issue 9)
    "ui",  # open, review (the TUI; issue 3)
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="workbench",
        description="A terminal translation and annotation workbench. "
        "Run without a command inside a project to open the workbench.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument(
        "--project", metavar="DIR", help="the project folder (default: found from the current one)"
    )
    parser.add_argument("--as", dest="handle", metavar="HANDLE", help="act as this handle")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"workbench.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from workbench.cli.ui import open_overview

        func = open_overview
    try:
        return int(func(args) or 0)
    except WorkbenchError as error:
        print(f"workbench: error: {error}", file=sys.stderr)
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
